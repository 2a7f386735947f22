/**
 * The five list sheets of the summary: data table, schedule, submissions, checks and
 * comments. Each is built from `MergeResult` data as rows of plain values.
 */
import type ExcelJS from "exceljs";
import {
  INDICATORS,
  compareScheduleEntries,
  findIndicator,
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
  pageFooter,
  styleList,
  type ListColumn,
  type ListPlan,
  type ListValue,
} from "./list-sheet";

/** The name of the data table (ASCII: table names are identifiers in formulas). */
export const DATA_TABLE_NAME = "DuLieu";

/**
 * A file as the lists show it: its name without the folders ("C:\Báo cáo\a.xlsx" → "a.xlsx");
 * the full path goes in a column of its own, right of the printed ones.
 */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1) || path;
}

const joinFiles = (files: readonly string[]): string => files.map(fileName).join("; ");

/**
 * An indicator as the checks sheet names it: the form's label without its leading "- " or
 * "+ " and closing "." or ":", and for a "+ Số lượt người tham gia" row the label of its
 * count row in brackets. The form is Vietnamese in every locale, and so are its labels.
 *
 * @example indicatorText("lop_day_nghe_luot") // "Số lượt người tham gia (Số lớp dạy nghề ngắn hạn)"
 */
export function indicatorText(id: string): string {
  const indicator = findIndicator(id);
  if (!indicator) return id;
  const plain = (label: string): string =>
    label
      .replace(/^[-+–]\s*/, "")
      .replace(/[.:]\s*$/, "")
      .trim();
  const count = indicator.countOf ? findIndicator(indicator.countOf) : undefined;
  return count ? `${plain(indicator.label)} (${plain(count.label)})` : plain(indicator.label);
}

/**
 * A finding as the checks sheet words it: the other file a finding names (its params `by`
 * and `of` hold a path) by its name.
 */
function withFileNames(finding: Finding): Finding {
  switch (finding.code) {
    case "superseded":
      return { ...finding, params: { ...finding.params, by: fileName(finding.params.by) } };
    case "duplicate_file":
      return { ...finding, params: { ...finding.params, of: fileName(finding.params.of) } };
    default:
      return finding;
  }
}

/**
 * The data sheet's groups of columns kept on one printed page: each section of the form
 * (its first indicator's column), then the files.
 */
function dataGroups(): number[] {
  const firsts = INDICATORS.filter(
    (indicator, i) => i === 0 || indicator.section !== INDICATORS[i - 1]!.section
  ).map((indicator) => dataColumnOf(indicator.id));
  return [...firsts, INDICATORS.length + 3];
}

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
  text: SummaryText,
  tableName = DATA_TABLE_NAME
): ListPlan {
  const sheet = workbook.addWorksheet(text.sheets.data);
  const columns: ListColumn[] = [
    { header: text.columns.index, width: 6, align: "center" },
    { header: text.columns.unit, width: 24, wrap: true },
    ...INDICATORS.map((indicator) => ({
      header: text.indicators[indicator.id],
      width: 10,
      numFmt: COUNT_FORMAT,
      align: "right" as const,
    })),
    { header: text.columns.files, width: 26, wrap: true },
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
    name: tableName,
    displayName: tableName,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: columns.map((column) => ({ name: column.header, filterButton: true })),
    // Over the prototype rows for now; `listRowParts` sets its range to the written rows.
    rows: BODY_KINDS.map(() => columns.map(() => null)),
  });
  // Too wide for one page: printed across pages by the form's sections, STT and unit repeated.
  const columnBreaks = styleList(sheet, columns, 1, {
    footer: pageFooter(text),
    rows: tableRows.length,
    repeat: 2,
    groups: dataGroups(),
  });
  return {
    sheet,
    headerRow: 1,
    columns,
    rows: tableRows,
    table: tableName,
    columnBreaks,
  };
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
    { header: c.unit, width: 22, wrap: true },
    { header: c.date, width: 11, align: "center" },
    { header: c.time, width: 7, align: "center" },
    { header: c.place, width: 24, wrap: true },
    { header: c.content, width: 38, wrap: true },
    { header: c.note, width: 22, wrap: true },
    { header: c.files, width: 26, wrap: true },
    { header: c.path, width: 50, screenOnly: true },
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
    fileName(entry.file),
    entry.file,
  ]);
  return addListSheet(workbook, text.sheets.schedule, columns, rows, { footer: pageFooter(text) });
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
    { header: c.unit, width: 26, wrap: true },
    { header: c.onRoster, width: 11, align: "center" },
    { header: c.mau1, width: 11, align: "center" },
    { header: c.mau1Timing, width: 11, align: "center" },
    { header: c.mau2, width: 11, align: "center" },
    { header: c.mau2Timing, width: 11, align: "center" },
    { header: c.mau1File, width: 26, wrap: true },
    { header: c.mau2File, width: 26, wrap: true },
    { header: c.errors, width: 8, align: "right" },
    { header: c.warnings, width: 10, align: "right" },
    { header: c.mau1Path, width: 50, screenOnly: true },
    { header: c.mau2Path, width: 50, screenOnly: true },
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
    row.mau1 ? fileName(row.mau1.file) : null,
    row.mau2 ? fileName(row.mau2.file) : null,
    row.errors,
    row.warnings,
    row.mau1?.file ?? null,
    row.mau2?.file ?? null,
  ]);
  return addListSheet(workbook, text.sheets.submissions, columns, rows, {
    footer: pageFooter(text),
  });
}

/**
 * Kiểm tra: every finding of every file, under the count of values left out, in words: the
 * file's name and unit, what the finding is about ("Nộp muộn"), the indicator's label and
 * `renderFinding`'s sentence. The code, the indicator id and the full path follow in
 * columns that are not printed, for filters.
 */
export function addChecksSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  text: SummaryText,
  renderFinding: (finding: Finding) => string
): ListPlan {
  const c = text.columns;
  const columns: ListColumn[] = [
    { header: c.file, width: 24, wrap: true },
    { header: c.unit, width: 18, wrap: true },
    { header: c.fileStatus, width: 11, wrap: true, align: "center" },
    { header: c.severity, width: 10, align: "center" },
    { header: c.problem, width: 18, wrap: true },
    { header: c.sheet, width: 11, wrap: true },
    { header: c.cell, width: 6, align: "center" },
    { header: c.indicator, width: 22, wrap: true },
    { header: c.message, width: 46, wrap: true },
    { header: c.code, width: 26, screenOnly: true },
    { header: c.indicatorId, width: 26, screenOnly: true },
    { header: c.path, width: 50, screenOnly: true },
  ];
  const rows: ListValue[][] = [];
  for (const file of result.files) {
    for (const finding of file.findings) {
      rows.push([
        fileName(file.path),
        file.unit ?? null,
        file.status === "rejected"
          ? { text: text.words.fileStatus.rejected, highlight: "missing" }
          : text.words.fileStatus[file.status],
        finding.severity === "error"
          ? { text: text.words.severity.error, highlight: "missing" }
          : text.words.severity.warning,
        text.findingTitles[finding.code],
        finding.at.sheet ?? null,
        finding.at.cell ?? null,
        finding.indicator ? indicatorText(finding.indicator) : null,
        renderFinding(withFileNames(finding)),
        finding.code,
        finding.indicator ?? null,
        file.path,
      ]);
    }
  }
  const message = columns.findIndex((column) => column.header === c.message);
  const above = columns.map((_, i): ListValue => (i === 0 ? text.leftOut : null));
  above[message] = result.leftOut;
  const plan = addListSheet(workbook, text.sheets.checks, columns, rows, {
    footer: pageFooter(text),
    above: [above],
  });
  // The label runs across the empty cells to the right; the count sits over the messages.
  plan.sheet.getCell(1, 1).alignment = { wrapText: false, vertical: "middle" };
  plan.sheet.getCell(1, message + 1).alignment = { horizontal: "left", vertical: "middle" };
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
    { header: c.unit, width: 22, wrap: true },
    { header: c.section, width: 22, wrap: true },
    { header: c.indicator, width: 24, wrap: true },
    { header: c.text, width: 72, wrap: true },
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
  return addListSheet(workbook, text.sheets.opinions, columns, rows, { footer: pageFooter(text) });
}

/** The letter of an indicator's column on the data sheet (for messages and tests). */
export function dataColumnLetter(id: IndicatorId): string {
  return columnLetter(dataColumnOf(id));
}
