/**
 * Findings as people read them: the ones identical but for their cell collapse into one
 * group ("24 ô để trống, được tính là 0"), the reasons a file is refused come first, and a
 * file's verdict says what the merge does with it. Pure: no React, no DOM.
 */
import {
  findIndicator,
  refusesReturn,
  type FileOutcome,
  type FileStatus,
  type Finding,
  type FindingCode,
  type IndicatorId,
  type ParamName,
  type Severity,
} from "../core";
import { describeFinding, visibleText, type Catalogue } from "../messages";
import type {
  FileVerdict,
  FindingNoun,
  GroupCell,
  IndicatorLabel,
} from "../messages/findings-view";

export type { FileVerdict, GroupCell, IndicatorLabel } from "../messages/findings-view";

/** Findings of one code, severity and sheet that differ only by their cell. */
export interface FindingGroup {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
  /** The cells of the findings, each once, in order (none for file-wide findings). */
  readonly cells: readonly string[];
  /** The indicators of the findings, each once, in order. */
  readonly indicators: readonly IndicatorId[];
  /** True for a reason the merge refuses the file. */
  readonly refusal: boolean;
}

/** How many cells or indicators a group lists before it counts the rest ("và 12 ô khác"). */
export const LISTED = 12;

/**
 * The params of each code that belong to one cell (what the unit typed there, its row's
 * date…): findings that differ only in these, and in their cell and indicator, are one
 * group. The others (a week's start and end, a limit) must be equal. A code with no such
 * param groups only findings whose params are all equal, so the group's text can quote any
 * of them. Every code is listed, so a new code makes this decision where it is added.
 */
export const CELL_PARAMS: { readonly [C in FindingCode]: readonly ParamName<C>[] } = {
  empty_file: [],
  not_a_zip: [],
  truncated: [],
  corrupt_zip: [],
  unsupported_compression: [],
  not_a_workbook: [],
  unsupported_format: [],
  encrypted: [],
  legacy_xls: [],
  too_large: [],
  malformed_xml: [],
  missing_part: [],
  unreadable: [],
  file_unreadable: [],
  no_form_found: [],
  indicator_not_found: [],
  unit_unknown: [],
  unit_not_on_roster: [],
  template_metadata_unreadable: [],
  campaign_mismatch: [],
  template_version_mismatch: [],
  own_summary: [],
  other_year: [],
  duplicate_file: [],
  hidden_sheet_read: [],
  hidden_rows_ignored: [],
  several_forms_one_unit: [],
  count_blank: [],
  count_text: ["text"],
  count_grouping: ["text"],
  count_unit_word: ["text"],
  count_negative: ["text"],
  count_fractional: ["text"],
  count_ambiguous: ["text"],
  count_not_a_number: ["text"],
  count_too_large: ["text"],
  // Its message names the cell and its line counts: only the indicators of one cell group.
  count_lines_mismatch: [],
  formula_not_computed: ["formula"],
  // Their messages quote the row's own figures.
  participants_without_sessions: [],
  implausible_ratio: [],
  community_minimum_talks: [],
  community_minimum_vocational: [],
  time_blank: ["text"],
  time_invalid: ["text"],
  time_range: [],
  date_blank: ["text"],
  date_invalid: ["text"],
  date_no_year: [],
  date_two_digit_year: [],
  date_range: [],
  date_outside_week: ["date"],
  superseded: [],
  late_return: [],
};

/**
 * Errors that leave a Mẫu 1 row out of the schedule (see validate-return `readSchedule`: a
 * row with any error is not an activity). Errors with an indicator leave a Mẫu 2 value out.
 */
const ROW_ERRORS: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "time_blank",
  "time_invalid",
  "date_blank",
  "date_invalid",
  "date_outside_week",
]);

/** The params that make findings "the same": all but the cell's own, in a stable order. */
function sharedParams(finding: Finding): string {
  const own: readonly string[] = CELL_PARAMS[finding.code];
  const shared = Object.entries(finding.params ?? {})
    .filter(([key]) => !own.includes(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(shared);
}

/**
 * Whether each finding is a reason the merge refuses the file: those `refusesReturn` names
 * (the merge's own test), and for a file refused without any of them (a file that could not
 * be read at all) its errors.
 */
function refusalTest(findings: readonly Finding[], status?: FileStatus): (f: Finding) => boolean {
  const named = findings.some(refusesReturn);
  if (status === "rejected" && !named) return (finding) => finding.severity === "error";
  return refusesReturn;
}

const rank = (group: FindingGroup): number =>
  group.refusal ? 0 : group.severity === "error" ? 1 : 2;

/**
 * Groups findings identical but for their cell: same code, severity, file and sheet, the
 * same params apart from those of the cell (`CELL_PARAMS`). The reasons the file is refused
 * come first, then the other errors, then the warnings; otherwise in the order found.
 *
 * @example
 * groupFindings(outcome.findings, outcome.status)[0]
 * // { code: "count_blank", severity: "warning", cells: ["C10", "C11", …], refusal: false, … }
 */
export function groupFindings(findings: readonly Finding[], status?: FileStatus): FindingGroup[] {
  const isRefusal = refusalTest(findings, status);
  const byKey = new Map<string, { refusal: boolean; findings: Finding[] }>();
  for (const finding of findings) {
    const refusal = isRefusal(finding);
    const key = JSON.stringify([
      refusal,
      finding.code,
      finding.severity,
      finding.at.file,
      finding.at.sheet ?? null,
      finding.at.cell === undefined,
      sharedParams(finding),
    ]);
    const group = byKey.get(key);
    if (group) group.findings.push(finding);
    else byKey.set(key, { refusal, findings: [finding] });
  }
  const groups = [...byKey.values()].map(({ refusal, findings: members }): FindingGroup => {
    const first = members[0]!;
    return {
      code: first.code,
      severity: first.severity,
      findings: members,
      cells: unique(members.map((finding) => finding.at.cell)),
      indicators: unique(members.map((finding) => finding.indicator)),
      refusal,
    };
  });
  // Array.prototype.sort is stable: within a rank, the order found.
  return groups.sort((a, b) => rank(a) - rank(b));
}

function unique<T>(values: readonly (T | undefined)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== undefined))];
}

/** The forms of a file that a newer file of its unit replaces. */
function supersededForms(findings: readonly Finding[]): Set<string> {
  return new Set(
    findings.flatMap((finding) => (finding.code === "superseded" ? [finding.params.form] : []))
  );
}

/**
 * What the merge does with a file: counts it, counts it without its error values, refuses
 * it (and why), or leaves it as an older copy. `leftOut` counts its Mẫu 2 values left out of
 * the totals (one per indicator in error), `rowsLeftOut` its Mẫu 1 rows left out of the
 * schedule; a form a newer file replaces leaves nothing out of this file's count.
 *
 * @example verdictOf(outcome) // { kind: "counted_with_errors", reasons: ["count_negative"], leftOut: 1, rowsLeftOut: 0 }
 */
export function verdictOf(outcome: FileOutcome): FileVerdict {
  const { status, findings } = outcome;
  if (status === "superseded")
    return { kind: "superseded", reasons: ["superseded"], leftOut: 0, rowsLeftOut: 0 };
  if (status === "rejected") {
    const reasons = groupFindings(findings, status)
      .filter((group) => group.refusal)
      .map((group) => group.code);
    return { kind: "refused", reasons: [...new Set(reasons)], leftOut: 0, rowsLeftOut: 0 };
  }
  const replaced = supersededForms(findings);
  const errors = findings.filter((finding) => finding.severity === "error");
  if (errors.length === 0) return { kind: "counted", reasons: [], leftOut: 0, rowsLeftOut: 0 };
  const values = replaced.has("mau2") ? [] : unique(errors.map((finding) => finding.indicator));
  const rows = replaced.has("mau1")
    ? []
    : unique(
        errors
          .filter((finding) => ROW_ERRORS.has(finding.code) && finding.at.cell !== undefined)
          .map((finding) => `${finding.at.sheet ?? ""}!${rowOf(finding.at.cell!)}`)
      );
  return {
    kind: "counted_with_errors",
    reasons: [...new Set(errors.map((finding) => finding.code))],
    leftOut: values.length,
    rowsLeftOut: rows.length,
  };
}

/** The row number of an A1 address ("C14" → 14). */
function rowOf(cell: string): string {
  return /\d+$/.exec(cell)?.[0] ?? cell;
}

/**
 * An indicator as a sentence names it: its printed label without the form's leading "- " or
 * "+ " and trailing "." or ":", and for a participants row the label of its count row.
 *
 * @example indicatorLabel("lop_day_nghe_luot") // { label: "Số lượt người tham gia", countOf: "Số lớp dạy nghề ngắn hạn" }
 */
export function indicatorLabel(id: IndicatorId): IndicatorLabel {
  const indicator = findIndicator(id);
  if (!indicator) return { label: id };
  const count = indicator.countOf ? findIndicator(indicator.countOf) : undefined;
  return {
    label: plainLabel(indicator.label),
    ...(count ? { countOf: plainLabel(count.label) } : {}),
  };
}

function plainLabel(label: string): string {
  return label
    .replace(/^[-+–]\s*/, "")
    .replace(/[.:]\s*$/, "")
    .trim();
}

/**
 * The cells of a group as a text lists them, with what the unit typed where the finding
 * quotes it (`text`), cut after `limit` (the feedback to a unit lists every cell).
 */
export function groupCells(
  group: FindingGroup,
  limit = LISTED
): { cells: GroupCell[]; more: number } {
  const own: readonly string[] = CELL_PARAMS[group.code];
  const quotes = own.includes("text");
  const typed = new Map<string, string>();
  for (const finding of group.findings) {
    const text = typedText(finding);
    if (
      quotes &&
      finding.at.cell !== undefined &&
      text !== undefined &&
      !typed.has(finding.at.cell)
    )
      typed.set(finding.at.cell, text);
  }
  const cells = group.cells.slice(0, limit).map((cell): GroupCell => {
    const text = typed.get(cell);
    return text !== undefined && text !== "" ? { cell, text } : { cell };
  });
  return { cells, more: Math.max(0, group.cells.length - limit) };
}

/** What the unit typed in the cell of a finding that quotes it. */
function typedText(finding: Finding): string | undefined {
  return finding.params && "text" in finding.params ? finding.params.text : undefined;
}

/** A group with cells names its indicators beside them only when there are this few. */
export const LABELS_BESIDE_CELLS = 3;

/**
 * The indicators a text names for a group, cut after `LISTED`: a single finding's, a group
 * without cells' (indicators not found), or a few beside the cells; undefined otherwise
 * (24 blank cells list their cells, not 24 labels).
 */
export function groupLabels(
  group: FindingGroup
): { labels: IndicatorLabel[]; more: number } | undefined {
  const few =
    group.findings.length === 1 ||
    group.cells.length === 0 ||
    group.indicators.length <= LABELS_BESIDE_CELLS;
  if (group.indicators.length === 0 || !few) return undefined;
  return {
    labels: group.indicators.slice(0, LISTED).map(indicatorLabel),
    more: Math.max(0, group.indicators.length - LISTED),
  };
}

/** What a group counts: its cells, else its indicators, else the times it was found. */
export function groupNoun(group: FindingGroup): FindingNoun {
  if (group.cells.length === group.findings.length) return "cells";
  if (group.indicators.length === group.findings.length) return "indicators";
  return "times";
}

/**
 * A group in one sentence: a single finding as `describeFinding` says it; several as where
 * they are (file and sheet) and a count ("Tệp a.xlsx, trang "Mẫu 2": 24 ô để trống…").
 *
 * @example describeGroup(vi, group) // 'Tệp a.xlsx, trang "Mẫu 2": 24 ô để trống, được tính là 0. …'
 */
export function describeGroup(catalogue: Catalogue, group: FindingGroup): string {
  const first = group.findings[0]!;
  if (group.findings.length === 1) return describeFinding(catalogue, first);
  const { file, sheet } = first.at;
  const where = catalogue.location({ file, ...(sheet !== undefined ? { sheet } : {}) });
  const heading = catalogue.pane.findingsView.heading(
    group.findings.length,
    first,
    groupNoun(group)
  );
  return visibleText(`${where}: ${heading}`);
}
