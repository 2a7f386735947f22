import type { Campaign, Unit } from "../campaign";
import type { SheetLayout } from "./layout";
import { printA4, putDocumentHeader, putSignatureBlock, unitTitle } from "./common";
import { SheetBuilder } from "./sheet-builder";

/** Printed labels of Mẫu 1 (seed 004). */
export const MAU1_TEXT = {
  sheetName: "Mẫu 1",
  title: "LỊCH HOẠT ĐỘNG",
  subtitlePrefix: "TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM ",
  unitLine: "Trung tâm HTCĐ xã phường/ Trường ……………………………….",
  columns: ["STT", "Giờ", "Ngày", "Địa điểm", "Nội dung", "Ghi chú"],
  receivers: ["- Phòng Giáo dục và Đào tạo (để báo cáo);", "- Lưu: VP."],
} as const;

/**
 * The receivers of a schedule: the office the campaign names ("- Ủy ban nhân dân phường
 * Phú Bài (để báo cáo);"), else the printed form's "- Phòng Giáo dục và Đào tạo".
 */
export function mau1Receivers(campaign: Campaign): readonly [string, string] {
  const office = campaign.receivingOffice.trim();
  return office ? [`- ${office} (để báo cáo);`, MAU1_TEXT.receivers[1]] : MAU1_TEXT.receivers;
}

/** The defined name of the schedule table (header and input rows). */
export const SCHEDULE_RANGE_NAME = "lich_hoat_dong";

/** How many activity rows a blank schedule offers; units may insert more. */
export const MAU1_INPUT_ROWS = 20;

const WIDTHS = [6, 9, 13, 22, 34, 12] as const;
const ALL = 6;

/**
 * Lays out Mẫu 1 (activity schedule) for a campaign, and for one unit when given.
 *
 * @example layoutMau1(HUONG_THUY_2017).cells.some(c => c.value === 'Địa điểm') === true
 */
export function layoutMau1(campaign: Campaign, unit?: Unit): SheetLayout {
  const s = new SheetBuilder(WIDTHS);
  putDocumentHeader(s, unit, 3, 3);
  s.next();
  s.put(1, "title", MAU1_TEXT.title, { colSpan: ALL }).next();
  s.put(1, "subtitle", `${MAU1_TEXT.subtitlePrefix}${campaign.year}`, { colSpan: ALL }).next();
  if (unit) s.put(1, "recipient", unitTitle(unit), { colSpan: ALL });
  else
    s.put(1, "recipient", MAU1_TEXT.unitLine, { colSpan: ALL, input: { rule: { kind: "text" } } });
  s.next(2);

  const headerRow = s.row;
  MAU1_TEXT.columns.forEach((label, i) => s.put(i + 1, "tableHeader", label));
  s.next();

  const week = { kind: "date", start: campaign.week.start, end: campaign.week.end } as const;
  const text = { rule: { kind: "text" } } as const;
  for (let i = 1; i <= MAU1_INPUT_ROWS; i++) {
    s.put(1, "tableIndex", i);
    s.put(2, "inputTime", undefined, { input: { rule: { kind: "time" } } });
    s.put(3, "inputDate", undefined, { input: { rule: week } });
    s.put(4, "inputText", undefined, { input: text });
    s.put(5, "inputText", undefined, { input: text });
    s.put(6, "inputText", undefined, { input: text });
    s.fitHeight(s.row, 34).next();
  }
  const lastInputRow = s.row - 1;
  s.next();

  const lastRow = putSignatureBlock(s, mau1Receivers(campaign), 3, 3);

  return {
    form: "mau1",
    sheetName: MAU1_TEXT.sheetName,
    columnWidths: WIDTHS,
    rowHeights: s.rowHeights,
    cells: s.cells,
    validations: s.validations(),
    rangeNames: [
      {
        name: SCHEDULE_RANGE_NAME,
        first: { row: headerRow, col: 1 },
        last: { row: lastInputRow, col: ALL },
      },
    ],
    print: printA4(headerRow),
    lastRow,
    lastCol: ALL,
    allowInsertRows: true,
  };
}
