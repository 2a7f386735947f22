/**
 * The five list sheets of the summary: data table, schedule, submissions, checks and
 * comments. Each is built from `MergeResult` data as rows of plain values.
 */
import type ExcelJS from "exceljs";
import {
  INDICATORS,
  compareScheduleEntries,
  type Finding,
  type IndicatorId,
  type MergeResult,
} from "../../core";
import type { SummaryText } from "../../messages/summary";
import { columnLetter } from "../write-template";
import type { DataRange } from "./form-sheet";
import {
  COUNT_FORMAT,
  addListSheet,
  BODY_KINDS,
  calendarDate,
  styleList,
  type ListColumn,
  type ListPlan,
  type ListValue,
} from "./list-sheet";

/** The name of the data table (ASCII: table names are identifiers in formulas). */
export const DATA_TABLE_NAME = "DuLieu";

const joinFiles = (files: readonly string[]): string => files.join("; ");

/** Column of each indicator on the data sheet: after STT and Đơn vị, in catalogue order. */
export function dataColumnOf(id: IndicatorId): number {
  return INDICATORS.findIndex((indicator) => indicator.id === id) + 3;
}

/**
 * Where each indicator's values will be on the data sheet: one row per unit (at least one,
 * since a table needs a data row) under the header.
 */
export function dataRange(result: MergeResult, text: SummaryText): DataRange {
  return {
    sheet: text.sheets.data,
    firstRow: 2,
    lastRow: Math.max(result.units.length, 1) + 1,
    columnOf: dataColumnOf,
  };
}

/**
 * Dữ liệu: an Excel table, one row per counted unit, one column per indicator. A value
 * left out (an error) is an empty cell. Its ranges are those of `dataRange`.
 */
export function addDataSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  text: SummaryText
): ListPlan {
  const sheet = workbook.addWorksheet(text.sheets.data);
  const columns: ListColumn[] = [
    { header: text.columns.index, width: 6, align: "center" },
    { header: text.columns.unit, width: 30, wrap: true },
    ...INDICATORS.map((indicator) => ({
      header: text.indicators[indicator.id],
      width: 14,
      numFmt: COUNT_FORMAT,
      align: "right" as const,
    })),
    { header: text.columns.files, width: 30, wrap: true },
  ];
  const rows: ListValue[][] = result.units.map((unit, i) => [
    i + 1,
    unit.name,
    ...INDICATORS.map((indicator) => unit.values[indicator.id]),
    joinFiles(unit.files),
  ]);
  // A table needs at least one data row; an empty one keeps the file valid and the SUMs 0.
  const tableRows = rows.length > 0 ? rows : [columns.map(() => null)];
  sheet.addTable({
    name: DATA_TABLE_NAME,
    displayName: DATA_TABLE_NAME,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: columns.map((column) => ({ name: column.header, filterButton: true })),
    // Over the prototype rows for now; `listRowParts` sets its range to the written rows.
    rows: BODY_KINDS.map(() => columns.map(() => null)),
  });
  styleList(sheet, columns, 1);
  return { sheet, headerRow: 1, columns, rows: tableRows, table: DATA_TABLE_NAME };
}

/** Lịch hoạt động: every accepted activity, by date, then time, then unit. */
export function addScheduleSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  text: SummaryText
): ListPlan {
  const c = text.columns;
  const columns: ListColumn[] = [
    { header: c.index, width: 6, align: "center" },
    { header: c.unit, width: 26, wrap: true },
    { header: c.date, width: 13, align: "center" },
    { header: c.time, width: 8, align: "center" },
    { header: c.place, width: 28, wrap: true },
    { header: c.content, width: 40, wrap: true },
    { header: c.note, width: 24, wrap: true },
    { header: c.files, width: 24, wrap: true },
  ];
  // Any MergeResult may be written, so the sheet applies the district's one order itself.
  const sorted = [...result.schedule].sort(compareScheduleEntries);
  const rows = sorted.map((entry, i): ListValue[] => [
    i + 1,
    entry.unit,
    { date: calendarDate(entry.date) },
    { time: entry.minutes / 1440 },
    entry.place,
    entry.content,
    entry.note,
    entry.file,
  ]);
  return addListSheet(workbook, text.sheets.schedule, columns, rows);
}

/** Tình hình nộp: the roster against returns; missing forms and late ones highlighted. */
export function addSubmissionsSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  text: SummaryText
): ListPlan {
  const c = text.columns;
  const w = text.words;
  const columns: ListColumn[] = [
    { header: c.index, width: 6, align: "center" },
    { header: c.unit, width: 28, wrap: true },
    { header: c.onRoster, width: 12, align: "center" },
    { header: c.mau1, width: 12, align: "center" },
    { header: c.mau1Timing, width: 12, align: "center" },
    { header: c.mau2, width: 12, align: "center" },
    { header: c.mau2Timing, width: 12, align: "center" },
    { header: c.mau1File, width: 24, wrap: true },
    { header: c.mau2File, width: 24, wrap: true },
    { header: c.errors, width: 9, align: "right" },
    { header: c.warnings, width: 11, align: "right" },
  ];
  type Form = { readonly file: string; readonly onTime?: boolean } | undefined;
  const received = (form: Form): ListValue =>
    form ? w.submitted : { text: w.notSubmitted, highlight: "missing" };
  const timing = (form: Form): ListValue =>
    form?.onTime === undefined
      ? null
      : form.onTime
        ? w.onTime
        : { text: w.late, highlight: "late" };
  const rows = result.submissions.map((row, i): ListValue[] => [
    i + 1,
    row.unit,
    row.onRoster ? w.yes : { text: w.no, highlight: "late" },
    received(row.mau1),
    timing(row.mau1),
    received(row.mau2),
    timing(row.mau2),
    row.mau1?.file ?? null,
    row.mau2?.file ?? null,
    row.errors,
    row.warnings,
  ]);
  return addListSheet(workbook, text.sheets.submissions, columns, rows);
}

/** Kiểm tra: every finding of every file, under the count of values left out. */
export function addChecksSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  text: SummaryText,
  renderFinding: (finding: Finding) => string
): ListPlan {
  const c = text.columns;
  const columns: ListColumn[] = [
    { header: c.file, width: 26, wrap: true },
    { header: c.fileStatus, width: 14, align: "center" },
    { header: c.severity, width: 11, align: "center" },
    { header: c.code, width: 22 },
    { header: c.sheet, width: 14 },
    { header: c.cell, width: 7, align: "center" },
    { header: c.indicator, width: 22 },
    { header: c.message, width: 60, wrap: true },
  ];
  const rows: ListValue[][] = [];
  for (const file of result.files) {
    for (const finding of file.findings) {
      rows.push([
        file.path,
        text.words.fileStatus[file.status],
        finding.severity === "error"
          ? { text: text.words.severity.error, highlight: "missing" }
          : text.words.severity.warning,
        finding.code,
        finding.at.sheet ?? null,
        finding.at.cell ?? null,
        finding.indicator ?? null,
        renderFinding(finding),
      ]);
    }
  }
  const plan = addListSheet(workbook, text.sheets.checks, columns, rows, [
    [text.leftOut, null, null, null, null, null, null, result.leftOut],
  ]);
  // The label runs across the empty cells to the right; the count sits under the messages.
  plan.sheet.getCell(1, 1).alignment = { wrapText: false, vertical: "middle" };
  plan.sheet.getCell(1, columns.length).alignment = { horizontal: "left", vertical: "middle" };
  return plan;
}

/** Ý kiến: each unit's free-text sections and its non-empty notes per indicator. */
export function addOpinionsSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  text: SummaryText
): ListPlan {
  const c = text.columns;
  const o = text.opinions;
  const columns: ListColumn[] = [
    { header: c.index, width: 6, align: "center" },
    { header: c.unit, width: 26, wrap: true },
    { header: c.section, width: 24, wrap: true },
    { header: c.indicator, width: 24, wrap: true },
    { header: c.text, width: 80, wrap: true },
  ];
  const rows: ListValue[][] = [];
  const push = (unit: string, section: string, indicator: string | null, body?: string): void => {
    if (body === undefined || body.trim() === "") return;
    rows.push([rows.length + 1, unit, section, indicator, body]);
  };
  for (const unit of result.units) {
    push(unit.name, o.direction, null, unit.texts.direction);
    push(unit.name, o.difficulties, null, unit.texts.difficulties);
    push(unit.name, o.proposals, null, unit.texts.proposals);
    for (const indicator of INDICATORS)
      push(unit.name, o.note, text.indicators[indicator.id], unit.notes[indicator.id]);
  }
  return addListSheet(workbook, text.sheets.opinions, columns, rows);
}

/** The letter of an indicator's column on the data sheet (for messages and tests). */
export function dataColumnLetter(id: IndicatorId): string {
  return columnLetter(dataColumnOf(id));
}
