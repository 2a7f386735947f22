/**
 * Returns made the way clerks make them: a Mẫu 2 typed by hand into a blank workbook
 * (written by exceljs, a real spreadsheet library, not by our template writer), with the
 * unit's own header lines, title, "Kính gửi" sentence and signature, and whatever the clerk
 * did to it: hidden sheets, hidden rows of last year's figures, a sheet per unit, formulas
 * without results, the printed form's shared cells.
 */
import ExcelJS from "exceljs";
import { INDICATORS, SECTIONS, type IndicatorId } from "../../src/core";

export type HandValue = number | string | { formula: string };

export interface HandMadeMau2 {
  /** Lines of the top-left header block, one row each (e.g. ["PHÒNG GD&ĐT …", "TRƯỜNG …"]). */
  readonly header?: readonly string[];
  /** Title lines; default the form's, "NĂM 2017". */
  readonly title?: readonly string[];
  /** The "Kính gửi" line; default the Hương Thủy office. */
  readonly recipient?: string;
  /** A sentence under "Kính gửi", e.g. "Trường Tiểu học số 1 báo cáo kết quả như sau:". */
  readonly sentence?: string;
  readonly values?: Partial<Record<IndicatorId, HandValue>>;
  /** The signature cell's lines; default the printed "GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG". */
  readonly signature?: readonly string[];
  /** Rows holding last year's figures, hidden, above this year's table. */
  readonly hiddenLastYear?: Partial<Record<IndicatorId, number>>;
}

export const RECIPIENT_2017 = "Kính gửi: Phòng Giáo dục và Đào tạo Thị xã.";

/** Lays a hand-made Mẫu 2 on `sheet`: label in A (merged A:B), value in C, note in D. */
export function layHandMadeMau2(sheet: ExcelJS.Worksheet, spec: HandMadeMau2): void {
  let row = 1;
  const put = (col: number, value: ExcelJS.CellValue): void => {
    sheet.getCell(row, col).value = value;
  };
  for (const line of spec.header ?? []) {
    put(1, line);
    row++;
  }
  put(3, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  row++;
  put(3, "Độc lập - Tự do - Hạnh phúc");
  row += 2;
  for (const line of spec.title ?? [
    "BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HỌC TẬP SUỐT ĐỜI",
    "NĂM 2017",
  ]) {
    put(1, line);
    row++;
  }
  row++;
  put(1, spec.recipient ?? RECIPIENT_2017);
  row++;
  if (spec.sentence) {
    put(1, spec.sentence);
    row++;
  }
  put(1, "I. Công tác chỉ đạo, xây dựng kế hoạch:");
  row++;
  put(1, "Phối hợp với Trường THCS Thủy Dương và UBND xã Thủy Vân tổ chức các hoạt động.");
  row++;
  put(1, "II. Kết quả cụ thể:");
  row++;
  if (spec.hiddenLastYear) {
    // Last year's table, kept and hidden by the clerk above this year's.
    for (const indicator of INDICATORS) {
      const value = spec.hiddenLastYear[indicator.id];
      if (value === undefined) continue;
      put(1, indicator.label);
      put(3, value);
      sheet.getRow(row).hidden = true;
      row++;
    }
  }
  put(1, "Nội dung hoạt động");
  put(3, "Kết quả, số lượng");
  put(4, "Ghi chú");
  row++;
  let section = 0;
  for (const indicator of INDICATORS) {
    if (indicator.section !== section && indicator.section !== 1) {
      put(1, SECTIONS[indicator.section]);
      row++;
    }
    section = indicator.section;
    put(1, indicator.label);
    sheet.mergeCells(row, 1, row, 2);
    const value = spec.values?.[indicator.id];
    if (value !== undefined) put(3, value as ExcelJS.CellValue);
    row++;
  }
  row++;
  put(1, "2. Những thuận lợi, khó khăn:");
  row += 2;
  put(1, "III. Kiến nghị, đề xuất:");
  row += 2;
  put(1, "Nơi nhận:\n- Như trên;\n- Lưu: VP.");
  put(3, (spec.signature ?? ["GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG", "(Ký tên, đóng dấu)"]).join("\n"));
  sheet.getColumn(1).width = 40;
  sheet.getColumn(3).width = 14;
}

export interface ClerkWorkbook {
  readonly sheets: readonly {
    readonly name: string;
    readonly state?: "visible" | "hidden";
    readonly mau2: HandMadeMau2;
  }[];
  /** When the unit saved it (the workbook's last-modified property). */
  readonly modified: Date;
}

/** The bytes of a clerk's workbook, as Excel would save them. */
export async function clerkWorkbook(spec: ClerkWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = spec.modified;
  workbook.modified = spec.modified;
  for (const sheetSpec of spec.sheets) {
    const sheet = workbook.addWorksheet(sheetSpec.name);
    if (sheetSpec.state) sheet.state = sheetSpec.state;
    layHandMadeMau2(sheet, sheetSpec.mau2);
  }
  // Excel opens on a visible sheet; with a hidden one active, LibreOffice would unhide it.
  const activeTab = Math.max(
    0,
    spec.sheets.findIndex((sheet) => sheet.state !== "hidden")
  );
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" },
  ];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One hand-made Mẫu 2 on a sheet named "Sheet1". */
export function oneSheet(mau2: HandMadeMau2, modified: Date): Promise<Uint8Array> {
  return clerkWorkbook({ sheets: [{ name: "Sheet1", mau2 }], modified });
}
