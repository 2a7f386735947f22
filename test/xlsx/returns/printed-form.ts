/**
 * Mẫu 2 laid out the two ways units type it that a one-figure-per-cell table does not
 * cover: the official printed layout (004), whose groups share one label cell with one
 * sub-item per line, and the report typed down one column ("- Số lần hội thảo, tọa đàm: 5").
 */
import { INDICATORS, SECTIONS, type IndicatorId, type SectionNumber } from "../../../src/core";
import { cellAddress } from "../../../src/xlsx/read";
import type { CellSpec } from "../../helpers/xlsx-builder";
import type { Cells } from "./corpus";

/** The printed form spells the heading of group 2 with two spaces. */
export const PRINTED_HEADINGS: Readonly<Record<SectionNumber, string>> = {
  ...SECTIONS,
  2: "2. Các  phương tiện thông tin",
};

/** The label cell of a shared group: its heading, then one sub-item per line. */
export function sharedLabel(section: SectionNumber, lineBreak = "\n"): string {
  return [
    PRINTED_HEADINGS[section],
    ...INDICATORS.filter((i) => i.section === section).map((i) => i.label),
  ].join(lineBreak);
}

export interface PrintedSpec {
  /** Groups whose heading and sub-items share one label cell (default: group 2, as printed). */
  shared?: SectionNumber[];
  /** The result cell beside each shared group's label cell. */
  groupValues?: Partial<Record<SectionNumber, CellSpec>>;
  /** The "Ghi chú" cell beside each shared group's label cell. */
  groupNotes?: Partial<Record<SectionNumber, string>>;
  /** The result cell of each indicator that has a row of its own. */
  values?: Partial<Record<IndicatorId, CellSpec>>;
  /** Free-text cells under "I. Công tác chỉ đạo, xây dựng kế hoạch:", one row each. */
  direction?: string[];
  /** Leave out the "Nội dung hoạt động | Kết quả, số lượng | Ghi chú" row. */
  noHeader?: boolean;
  /** Leave out these rows (of indicators that have a row of their own). */
  omit?: IndicatorId[];
}

export interface PrintedLayout {
  cells: Cells;
  /** The label cell of each shared group. */
  groupLabel: Partial<Record<SectionNumber, string>>;
  /** The result cell of each shared group. */
  groupValue: Partial<Record<SectionNumber, string>>;
  /** The result cell of each indicator with a row of its own. */
  valueCell: Partial<Record<IndicatorId, string>>;
}

/** Labels in column A, results in B, notes in C, as the printed three-column table. */
export function layOutPrintedMau2(spec: PrintedSpec = {}): PrintedLayout {
  const shared = new Set(spec.shared ?? [2]);
  const cells: Cells = {};
  const groupLabel: PrintedLayout["groupLabel"] = {};
  const groupValue: PrintedLayout["groupValue"] = {};
  const valueCell: PrintedLayout["valueCell"] = {};
  let row = 1;
  const line = (...values: (CellSpec | undefined)[]): void => {
    values.forEach((value, i) => {
      if (value !== undefined) cells[cellAddress(row, i + 1)] = value;
    });
    row++;
  };
  line("TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI", undefined, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  line("Số: 12/BC-TTHTCĐ", undefined, "Độc lập - Tự do - Hạnh phúc");
  line(undefined, undefined, "Phú Bài, ngày 12 tháng 10 năm 2017");
  line("BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HỌC TẬP SUỐT ĐỜI NĂM 2017");
  line("Kính gửi: Phòng Giáo dục và Đào tạo Thị xã.");
  line("I. Công tác chỉ đạo, xây dựng kế hoạch:");
  for (const text of spec.direction ?? []) line(text);
  line("II. Kết quả cụ thể:");
  line("1. Các kết quả theo từng hoạt động đã thực hiện nhằm hưởng ứng tuần lễ:");
  if (!spec.noHeader) line("Nội dung hoạt động", "Kết quả, số lượng", "Ghi chú");
  for (const section of [1, 2, 3, 4, 5] as const) {
    if (section !== 1 && shared.has(section)) {
      groupLabel[section] = cellAddress(row, 1);
      groupValue[section] = cellAddress(row, 2);
      line(sharedLabel(section), spec.groupValues?.[section], spec.groupNotes?.[section]);
      continue;
    }
    if (section !== 1) line(PRINTED_HEADINGS[section]);
    for (const indicator of INDICATORS.filter((i) => i.section === section)) {
      if (spec.omit?.includes(indicator.id)) continue;
      valueCell[indicator.id] = cellAddress(row, 2);
      line(indicator.label, spec.values?.[indicator.id]);
    }
  }
  line(" 2. Những thuận lợi, khó khăn:");
  line("Được sự quan tâm của Đảng ủy, UBND phường.");
  line("III. Kiến nghị, đề xuất:");
  line("Đề nghị cấp kinh phí tổ chức.");
  line("Nơi nhận:", undefined, "GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG");
  line("- Như trên;", undefined, "(Ký tên, đóng dấu)");
  return { cells, groupLabel, groupValue, valueCell };
}

/**
 * A report typed down column A: headings as printed, then each indicator as
 * "<label>: <figure>" (`figures`; an indicator left out has no line), free text under the
 * sections. `lines` overrides the text of an indicator's cell.
 */
export function layOutTypedDownMau2(
  figures: Partial<Record<IndicatorId, string>>,
  lines: Partial<Record<IndicatorId, string>> = {}
): { cells: Cells; cellOf: Partial<Record<IndicatorId, string>> } {
  const cells: Cells = {};
  const cellOf: Partial<Record<IndicatorId, string>> = {};
  let row = 1;
  const put = (text: string): void => {
    cells[cellAddress(row++, 1)] = text;
  };
  put("TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI");
  put("BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HỌC TẬP SUỐT ĐỜI NĂM 2017");
  put("Kính gửi: Phòng Giáo dục và Đào tạo Thị xã.");
  put("I. Công tác chỉ đạo, xây dựng kế hoạch:");
  put("Xây dựng kế hoạch từ ngày 25/9/2017.");
  put("II. Kết quả cụ thể:");
  put("1. Các kết quả theo từng hoạt động đã thực hiện nhằm hưởng ứng tuần lễ:");
  let section = 0;
  for (const indicator of INDICATORS) {
    if (indicator.section !== section) {
      section = indicator.section;
      if (section !== 1) put(`${SECTIONS[indicator.section]}:`);
    }
    const figure = figures[indicator.id];
    if (figure === undefined) continue;
    cellOf[indicator.id] = cellAddress(row, 1);
    // The printed label of ke_hoach already ends with its colon.
    const label = indicator.label.replace(/:$/, "");
    put(lines[indicator.id] ?? `${label}: ${figure}`);
  }
  put("2. Những thuận lợi, khó khăn: được sự quan tâm của UBND phường.");
  put("III. Kiến nghị, đề xuất: đề nghị cấp kinh phí.");
  put("Nơi nhận:");
  put("GIÁM ĐỐC TTHTCĐ");
  return { cells, cellOf };
}
