/**
 * The Tổng hợp area's views of a merge, as data: one row per dropped file, its order and
 * filters, the counts "at a glance", the main totals with their units, and the reminder for
 * the units that have not sent a form. Pure (no React, no DOM), so each is tested on its own
 * against real merges; the components only draw what these return.
 */
import {
  INDICATORS,
  deadlineInstant,
  stripMarks,
  type Campaign,
  type FileOutcome,
  type FormId,
  type IndicatorId,
  type MergeResult,
} from "../core";
import type { Catalogue, PaneFileStatus } from "../messages";
import type { TotalId as PaneTotalId } from "../messages/pane";
import type { MergeEntry, ReadFailure } from "./merge-state";

/** One dropped file as the list shows it. */
export interface FileRow {
  readonly id: number;
  readonly name: string;
  readonly status: PaneFileStatus;
  /** The unit (units joined, for a workbook holding several units' forms), once read. */
  readonly unit?: string;
  readonly errors: number;
  readonly warnings: number;
  /** A counted form of the file came after its deadline (a `late_return` finding). */
  readonly late: boolean;
  readonly outcome?: FileOutcome;
  /** Why a file has no result, when the reader did not give one. */
  readonly failed?: ReadFailure;
}

/**
 * One outcome per file for the list: a workbook holding several units' forms has one
 * outcome per unit, shown together (units joined, findings of all, counted if any is).
 *
 * @example outcomesByPath(result.files).get("mau2-xa-thuy-van.xlsx")?.status // "accepted"
 */
export function outcomesByPath(files: readonly FileOutcome[]): Map<string, FileOutcome> {
  const byPath = new Map<string, FileOutcome>();
  const rank = { accepted: 0, superseded: 1, rejected: 2 } as const;
  for (const file of files) {
    const seen = byPath.get(file.path);
    if (!seen) {
      byPath.set(file.path, file);
      continue;
    }
    const units = [seen.unit, file.unit].filter((unit): unit is string => unit !== undefined);
    byPath.set(file.path, {
      ...seen,
      status: rank[file.status] < rank[seen.status] ? file.status : seen.status,
      ...(units.length > 0 ? { unit: units.join(", ") } : {}),
      forms: [...new Set([...seen.forms, ...file.forms])],
      findings: [...seen.findings, ...file.findings],
    });
  }
  return byPath;
}

/**
 * The list's rows, one per entry in entry order: a read file with its outcome, a file the
 * reader could not answer refused ("rejected", never left "reading"), the rest "reading".
 *
 * @example fileRows(state.entries, result).filter((row) => row.status === "rejected")
 */
export function fileRows(entries: readonly MergeEntry[], result: MergeResult): FileRow[] {
  const outcomes = outcomesByPath(result.files);
  return entries.map((entry): FileRow => {
    const outcome = entry.loaded ? outcomes.get(entry.name) : undefined;
    const status: PaneFileStatus = outcome?.status ?? (entry.failed ? "rejected" : "reading");
    const errors = outcome?.findings.filter((f) => f.severity === "error").length ?? 0;
    return {
      id: entry.id,
      name: entry.name,
      status,
      ...(outcome?.unit !== undefined ? { unit: outcome.unit } : {}),
      errors,
      warnings: (outcome?.findings.length ?? 0) - errors,
      late: outcome?.findings.some((f) => f.code === "late_return") ?? false,
      ...(outcome ? { outcome } : {}),
      ...(entry.failed ? { failed: entry.failed } : {}),
    };
  });
}

/**
 * What needs the clerk first: refused files, then read files with errors (values left out,
 * or an older copy's errors), then the counted files, the older copies, and those being read.
 */
function sortRank(row: FileRow): number {
  if (row.status === "rejected") return 0;
  if (row.errors > 0) return 1;
  return { accepted: 2, superseded: 3, reading: 4 }[row.status];
}

/**
 * The rows in the order the list shows them: refused, with errors, accepted, superseded,
 * reading; stable, so files of one kind keep the order they were dropped in.
 *
 * @example sortRows(rows)[0]?.status // "rejected" when any file was refused
 */
export function sortRows(rows: readonly FileRow[]): FileRow[] {
  return rows
    .map((row, index) => ({ row, index, rank: sortRank(row) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ row }) => row);
}

/** The list's status filter. "errors": files read and counted or superseded, with errors. */
export type StatusFilter = "all" | "rejected" | "errors" | "accepted" | "superseded";

/** The search box is shown from this many files. */
export const SEARCH_FROM = 30;

/**
 * Text as the search compares it: lower case, without diacritics (NFD marks stripped, đ as
 * d), without white space or the separators of file names (- _ .), so "thuy luong" finds
 * "Phường Thủy Lương" and "mau2-phuong-thuy-luong-sua.xlsx".
 */
function searchKey(text: string): string {
  return stripMarks(text.normalize("NFC").toLocaleLowerCase("vi")).replace(/[\s\-_.]+/gu, "");
}

const FILTERS: Readonly<Record<StatusFilter, (row: FileRow) => boolean>> = {
  all: () => true,
  rejected: (row) => row.status === "rejected",
  errors: (row) => row.status !== "rejected" && row.errors > 0,
  accepted: (row) => row.status === "accepted",
  superseded: (row) => row.status === "superseded",
};

/**
 * The rows that pass the status filter and whose unit or file name holds the query (case,
 * white space and diacritics ignored); an empty query matches every row.
 *
 * @example filterRows(rows, "all", "thuy luong").map((row) => row.unit) // ["Phường Thủy Lương", …]
 */
export function filterRows(
  rows: readonly FileRow[],
  filter: StatusFilter,
  query: string
): FileRow[] {
  const key = searchKey(query);
  const passes = FILTERS[filter];
  return rows.filter(
    (row) =>
      passes(row) &&
      (key === "" || searchKey(row.name).includes(key) || searchKey(row.unit ?? "").includes(key))
  );
}

/** The counts of the Tổng hợp area at a glance. */
export interface Glance {
  /** Files read (whatever became of them). */
  readonly received: number;
  readonly onTime: number;
  readonly late: number;
  readonly refused: number;
  /** Files not read yet. */
  readonly reading: number;
  /** Roster units with no accepted form of each kind, in roster order. */
  readonly missing: Readonly<Record<FormId, readonly string[]>>;
}

/**
 * Whether a superseded file came after the deadline of a form it holds. The core judges only
 * the counted copy of each form (its `late_return` finding); an older copy is judged here by
 * its own last-modified time, with the same rule (no deadline or no time: not late).
 */
function supersededLate(outcome: FileOutcome | undefined, campaign: Campaign): boolean {
  if (outcome?.modified === undefined) return false;
  const modified = outcome.modified;
  return outcome.forms.some((form) => {
    const deadline = campaign.deadlines[form];
    return deadline !== undefined && modified > deadlineInstant(deadline);
  });
}

/**
 * The counts at a glance. Every file is counted once: `received` = `onTime` + `late` +
 * `refused`, and with `reading` that is every row. A superseded file (an older copy) is a
 * file received: it counts as on time or late by its own time against the deadline of the
 * forms it holds (an older copy sent on time and a late correction are one of each).
 * `missing` lists the roster units with no accepted form of each kind (`missing.mau2` is
 * the core's `result.missing`).
 *
 * @example glanceOf(rows, result, campaign).missing.mau1 // units to remind of Mẫu 1
 */
export function glanceOf(
  rows: readonly FileRow[],
  result: MergeResult,
  campaign: Campaign
): Glance {
  let received = 0;
  let late = 0;
  let refused = 0;
  for (const row of rows) {
    if (row.status === "reading") continue;
    received++;
    if (row.status === "rejected") refused++;
    else if (row.status === "superseded" ? supersededLate(row.outcome, campaign) : row.late) late++;
  }
  const sent = new Map(result.submissions.map((row) => [row.unit, row]));
  const missingOf = (form: FormId): string[] =>
    campaign.units.map((unit) => unit.name).filter((name) => !sent.get(name)?.[form]);
  return {
    received,
    onTime: received - late - refused,
    late,
    refused,
    reading: rows.length - received,
    missing: { mau1: missingOf("mau1"), mau2: missingOf("mau2") },
  };
}

/** The merge's main totals (the ids the catalogue names). */
export type TotalId = PaneTotalId;

/** One main total: its value, and each counted unit's share of it. */
export interface MainTotal {
  readonly id: TotalId;
  readonly value: number;
  /** Every counted unit, largest first; a value left out (an error) counts 0. */
  readonly units: readonly { readonly unit: string; readonly value: number }[];
}

/**
 * The indicators of each main total: every "+ Số (lượt) người tham gia" row; the classes of
 * section 5; the workshops, exhibitions and performances of section 4.
 */
export const TOTAL_INDICATORS: Readonly<Record<TotalId, readonly IndicatorId[]>> = {
  participants: INDICATORS.filter((i) => i.kind === "participants").map((i) => i.id),
  classes: INDICATORS.filter((i) => i.kind === "count" && i.section === 5).map((i) => i.id),
  sessions: INDICATORS.filter((i) => i.kind === "count" && i.section === 4).map((i) => i.id),
};

const TOTAL_IDS: readonly TotalId[] = ["participants", "classes", "sessions"];

/**
 * The three totals shown before any download (participants, classes, sessions), each with
 * its units, largest first (zeros last, ties in the merge's unit order). The units' values
 * add up to the total: both leave out the values that were errors.
 *
 * @example mainTotals(result).find((t) => t.id === "classes")?.value
 */
export function mainTotals(result: MergeResult): readonly MainTotal[] {
  return TOTAL_IDS.map((id) => {
    const ids = TOTAL_INDICATORS[id];
    const sum = (value: (indicator: IndicatorId) => number | null | undefined) =>
      ids.reduce((total, indicator) => total + (value(indicator) ?? 0), 0);
    const units = result.units
      .map((unit) => ({ unit: unit.name, value: sum((indicator) => unit.values[indicator]) }))
      .sort((a, b) => b.value - a.value);
    return { id, value: sum((indicator) => result.totals[indicator]), units };
  });
}

/** The addresses in a roster's email cell: one, or several typed together ("a@x; b@y"). */
function addressesOf(email: string | undefined): string[] {
  return (email ?? "").split(/[\s,;]+/u).filter((address) => address.includes("@"));
}

/**
 * The reminder a clerk pastes into Zalo or an email: a greeting, the form and the units that
 * have not sent it (numbered, one a line), its deadline (or that none is set), what to send,
 * thanks and the office that collects; then the e-mail addresses the roster has for those
 * units, "; "-separated on the last line, ready for the "To" field (left out when it has none).
 *
 * @example copyText(reminderText(vi, campaign, "mau2", glance.missing.mau2))
 */
export function reminderText(
  catalogue: Catalogue,
  campaign: Campaign,
  form: FormId,
  units: readonly string[]
): string {
  const text = catalogue.pane.reminder;
  const count = units.length;
  const deadline = campaign.deadlines[form];
  // The units know the office by the name printed after "Kính gửi" on their forms.
  const office = campaign.receivingOffice.trim() || campaign.collectingUnit?.trim() || "";
  const emailOf = new Map(campaign.units.map((unit) => [unit.name, unit.email]));
  const addresses = [...new Set(units.flatMap((unit) => addressesOf(emailOf.get(unit))))];
  const withEmail = units.filter((unit) => addressesOf(emailOf.get(unit)).length > 0).length;
  const lines = [
    text.greeting(count),
    "",
    text.notReceived(form, campaign.year, count),
    ...units.map((unit, i) => text.unit(i + 1, unit)),
    "",
    `${deadline ? text.deadline(form, deadline) : text.noDeadline(form)} ${text.whatToSend(form, count)}`,
    "",
    text.thanks,
    ...(office ? [office] : []),
    ...(addresses.length > 0 ? ["", text.emails(withEmail), addresses.join("; ")] : []),
  ];
  return lines.join("\n");
}
