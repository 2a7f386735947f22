/**
 * Finds Mẫu 1 (the activity schedule) in a workbook: by the `lich_hoat_dong` range of a
 * generated template, else by its header row (STT, Giờ, Ngày, Địa điểm, Nội dung, Ghi chú)
 * on any sheet.
 */
import {
  METADATA_SHEET,
  SCHEDULE_RANGE_NAME,
  type Mau1Data,
  type ScheduleRowData,
} from "../../core";
import type { SheetData, WorkbookData } from "../read";
import { findNamedArea } from "./named-ranges";
import {
  labelKey,
  rawAt,
  rowStartsWithAny,
  startsWithAny,
  stringCells,
  textAt,
} from "./sheet-text";

/** Normalised header labels of the schedule's columns. */
const COLUMN_KEYS = {
  index: "stt",
  time: "gio",
  date: "ngay",
  place: "dia diem",
  content: "noi dung",
  note: "ghi chu",
} as const;
type Column = keyof typeof COLUMN_KEYS;
type Columns = Partial<Record<Column, number>>;
/** A header row must name these; STT and Ghi chú may be missing. */
const REQUIRED: readonly Column[] = ["time", "date", "place", "content"];
/** Rows that end the schedule: the receivers and the signature block. */
const END_KEYS = ["noi nhan", "giam doc", "hieu truong", "ky ten", "nguoi lap bieu"];
/** The schedule ends at this many empty rows in a row, once it has data. */
const EMPTY_ROWS_TO_END = 2;

export interface FoundMau1 {
  readonly data: Mau1Data;
  /** The header row; the unit's own header lies above it. */
  readonly headerRow: number;
  readonly by: "names" | "labels";
}

/**
 * Mẫu 1 of a generated template: every row of the named schedule range below its header
 * that has a time, date, place or content (a row with only its number is empty).
 */
export function readMau1ByNames(workbook: WorkbookData): FoundMau1 | undefined {
  const named = findNamedArea(workbook, SCHEDULE_RANGE_NAME);
  if (!named) return undefined;
  const { sheet, area } = named;
  const found = headerColumns(sheet, area.top);
  const columns: Columns = isComplete(found)
    ? found
    : {
        index: area.left,
        time: area.left + 1,
        date: area.left + 2,
        place: area.left + 3,
        content: area.left + 4,
        note: area.left + 5,
      };
  const rows: ScheduleRowData[] = [];
  for (let row = area.top + 1; row <= area.bottom; row++) {
    const data = readRow(sheet, row, columns);
    if (data) rows.push(data);
  }
  return { data: { sheet: sheet.name, rows }, headerRow: area.top, by: "names" };
}

/** Mẫu 1 read by its header row on any sheet; `preferred` wins a tie. */
export function findMau1ByLabels(
  workbook: WorkbookData,
  preferred?: string
): FoundMau1 | undefined {
  let best: FoundMau1 | undefined;
  for (const sheet of workbook.sheets) {
    if (sheet.name === METADATA_SHEET) continue;
    const found = readMau1ByLabels(sheet);
    if (!found) continue;
    const size = found.data.rows.length;
    const bestSize = best ? best.data.rows.length : -1;
    if (size > bestSize || (size === bestSize && sheet.name === preferred)) best = found;
  }
  return best;
}

/**
 * Mẫu 1 read by labels from one sheet: the rows below the header up to two empty rows after
 * data, "Nơi nhận" or the signature.
 */
export function readMau1ByLabels(sheet: SheetData): FoundMau1 | undefined {
  const headerRow = [...sheet.rows.keys()]
    .sort((a, b) => a - b)
    .find((row) => isComplete(headerColumns(sheet, row)));
  if (headerRow === undefined) return undefined;
  const columns = headerColumns(sheet, headerRow);
  const rows: ScheduleRowData[] = [];
  let empty = 0;
  for (let row = headerRow + 1; row <= sheet.maxRow; row++) {
    if (rowStartsWithAny(sheet, row, END_KEYS)) break;
    const data = readRow(sheet, row, columns);
    if (data) {
      rows.push(data);
      empty = 0;
    } else if (rows.length > 0 && ++empty >= EMPTY_ROWS_TO_END) break;
  }
  return { data: { sheet: sheet.name, rows }, headerRow, by: "labels" };
}

/** The columns a row names, by normalised header label (first match per column). */
function headerColumns(sheet: SheetData, row: number): Columns {
  const columns: Columns = {};
  for (const cell of stringCells(sheet, row)) {
    const key = labelKey(cell);
    for (const column of Object.keys(COLUMN_KEYS) as Column[]) {
      if (columns[column] === undefined && startsWithAny(key, [COLUMN_KEYS[column]])) {
        // 'Nội dung hoạt động' is Mẫu 2's header, not a schedule column.
        if (
          column === "content" &&
          key !== COLUMN_KEYS.content &&
          key.startsWith("noi dung hoat dong")
        )
          continue;
        columns[column] = cell.col;
        break;
      }
    }
  }
  return columns;
}

function isComplete(columns: Columns): boolean {
  return REQUIRED.every((column) => columns[column] !== undefined);
}

/** One schedule row, or undefined when its time, date, place and content are all blank. */
function readRow(sheet: SheetData, row: number, columns: Columns): ScheduleRowData | undefined {
  const text = (column: Column): string => {
    const col = columns[column];
    return col === undefined ? "" : textAt(sheet, row, col);
  };
  if (REQUIRED.every((column) => text(column) === "")) return undefined;
  return {
    row,
    time: rawAt(sheet, row, columns.time ?? 0),
    date: rawAt(sheet, row, columns.date ?? 0),
    place: text("place"),
    content: text("content"),
    note: text("note"),
  };
}
