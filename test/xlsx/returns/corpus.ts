/**
 * Hand-made returns laid out by the tests themselves (through the xlsx builder, not the
 * template writer): a Mẫu 2 and a Mẫu 1 at any position, with labels rewritten at will.
 */
import { INDICATORS, SECTIONS, type IndicatorId } from "../../../src/core";
import { cellAddress } from "../../../src/xlsx/read";
import type { CellSpec } from "../../helpers/xlsx-builder";

export type Cells = Record<string, CellSpec>;

export interface Mau2Spec {
  /** Row of the first header line (default 1). */
  top?: number;
  /** Column of the label (default 1); the label spans two columns, then value, then note. */
  left?: number;
  /** Header lines above the form (default the printed placeholders). */
  unitLines?: string[];
  /** Rewrites every label (to drop diacritics, decompose…). */
  label?: (text: string) => string;
  values?: Partial<Record<IndicatorId, CellSpec>>;
  notes?: Partial<Record<IndicatorId, string>>;
  /** Empty rows after each group of the table. */
  blankRowsBetweenGroups?: number;
  /** Leave out the "Nội dung hoạt động | Kết quả, số lượng | Ghi chú" row. */
  noHeader?: boolean;
  /** Leave out these rows entirely. */
  omit?: IndicatorId[];
  texts?: { direction?: string[]; difficulties?: string[]; proposals?: string[] };
}

/** Where each indicator's label and value ended up. */
export interface Mau2Layout {
  cells: Cells;
  merges: string[];
  valueCell: Record<IndicatorId, string>;
  noteCell: Record<IndicatorId, string>;
}

export function layOutMau2(spec: Mau2Spec = {}): Mau2Layout {
  const left = spec.left ?? 1;
  const label = spec.label ?? ((text: string) => text);
  const cells: Cells = {};
  const merges: string[] = [];
  const valueCell = {} as Record<IndicatorId, string>;
  const noteCell = {} as Record<IndicatorId, string>;
  let row = spec.top ?? 1;
  const put = (col: number, value: CellSpec): void => {
    cells[cellAddress(row, col)] = value;
  };
  const putLabel = (text: string): void => {
    put(left, label(text));
    merges.push(`${cellAddress(row, left)}:${cellAddress(row, left + 1)}`);
  };

  for (const line of spec.unitLines ?? ["TRUNG TÂM HTCĐ…", "HOẶC TRƯỜNG……"]) {
    put(left, line);
    put(left + 2, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    row++;
  }
  put(left, "BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HỌC TẬP SUỐT ĐỜI");
  row += 2;
  put(left, "Kính gửi: Phòng Giáo dục và Đào tạo Thị xã.");
  row += 2;
  put(left, label("I. Công tác chỉ đạo, xây dựng kế hoạch:"));
  row++;
  for (const line of spec.texts?.direction ?? []) {
    put(left, line);
    row++;
  }
  put(left, label("II. Kết quả cụ thể:"));
  row++;
  if (!spec.noHeader) {
    put(left, label("Nội dung hoạt động"));
    put(left + 2, label("Kết quả, số lượng"));
    put(left + 3, label("Ghi chú"));
    row++;
  }
  let section = 0;
  for (const indicator of INDICATORS) {
    if (indicator.section !== section) {
      if (section !== 0) row += spec.blankRowsBetweenGroups ?? 0;
      if (indicator.section !== 1) {
        putLabel(SECTIONS[indicator.section]);
        row++;
      }
      section = indicator.section;
    }
    if (spec.omit?.includes(indicator.id)) continue;
    putLabel(indicator.label);
    valueCell[indicator.id] = cellAddress(row, left + 2);
    noteCell[indicator.id] = cellAddress(row, left + 3);
    const value = spec.values?.[indicator.id];
    if (value !== undefined) put(left + 2, value);
    const note = spec.notes?.[indicator.id];
    if (note !== undefined) put(left + 3, note);
    row++;
  }
  row++;
  put(left, label("2. Những thuận lợi, khó khăn:"));
  row++;
  for (const line of spec.texts?.difficulties ?? []) {
    put(left, line);
    row++;
  }
  put(left, label("III. Kiến nghị, đề xuất:"));
  row++;
  for (const line of spec.texts?.proposals ?? []) {
    put(left, line);
    row++;
  }
  row++;
  put(left, "Nơi nhận:");
  put(left + 2, "GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG");
  row++;
  put(left, "- Như trên;");
  return { cells, merges, valueCell, noteCell };
}

export interface Mau1Spec {
  top?: number;
  left?: number;
  unitLine?: string;
  label?: (text: string) => string;
  /** Activity rows: [time, date, place, content, note]; null leaves a blank row. */
  rows?: ([CellSpec, CellSpec, CellSpec, CellSpec, CellSpec] | null)[];
  /** Numbered rows with nothing else after the activities (as a printed blank form has). */
  numberedBlanks?: number;
}

export interface Mau1Layout {
  cells: Cells;
  headerRow: number;
  /** Sheet row of each activity row given (null rows included). */
  rowOf: number[];
}

export function layOutMau1(spec: Mau1Spec = {}): Mau1Layout {
  const left = spec.left ?? 1;
  const label = spec.label ?? ((text: string) => text);
  const cells: Cells = {};
  let row = spec.top ?? 1;
  const put = (col: number, value: CellSpec): void => {
    cells[cellAddress(row, col)] = value;
  };
  put(left, "TRUNG TÂM HTCĐ…");
  row++;
  put(left, "LỊCH HOẠT ĐỘNG");
  row++;
  put(left, "TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2017");
  row++;
  put(left, spec.unitLine ?? "Trung tâm HTCĐ xã phường/ Trường ……………………………….");
  row += 2;
  const headerRow = row;
  ["STT", "Giờ", "Ngày", "Địa điểm", "Nội dung", "Ghi chú"].forEach((text, i) =>
    put(left + i, label(text))
  );
  row++;
  const rowOf: number[] = [];
  let n = 1;
  for (const activity of spec.rows ?? []) {
    rowOf.push(row);
    if (activity) {
      put(left, n++);
      activity.forEach((value, i) => {
        if (value !== null) put(left + 1 + i, value);
      });
    }
    row++;
  }
  for (let i = 0; i < (spec.numberedBlanks ?? 0); i++) {
    put(left, n++);
    row++;
  }
  row++;
  put(left, "Nơi nhận:");
  put(left + 3, "GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG");
  row++;
  put(left, "- Lưu: VP.");
  return { cells, headerRow, rowOf };
}
