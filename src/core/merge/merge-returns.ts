/**
 * Merges validated returns into the district's result: newest return of each form per unit
 * wins, accepted values are totalled (errors left out and counted), schedules appended,
 * and the roster checked for who is missing or late.
 */
import { deadlineInstant, type Campaign } from "../campaign";
import { INDICATOR_IDS, type IndicatorId } from "../forms/indicators";
import type { FormId } from "../forms/layout";
import { validateReturn, type ValidatedReturn } from "../rules/validate-return";
import { normalizeUnitName } from "../values";
import {
  formsOf,
  type FileOutcome,
  type Finding,
  type MergeResult,
  type ReturnData,
  type ScheduleEntry,
  type SubmissionRow,
  type UnitResult,
} from "../returns/types";

/**
 * One input of a merge: a file that was read, or one that could not be. A workbook holding
 * the forms of several units gives one return per unit: the first in `data`, the others in
 * `others`.
 */
export type LoadedReturn =
  | {
      readonly kind: "read";
      readonly data: ReturnData;
      readonly others?: readonly ReturnData[];
    }
  | {
      readonly kind: "rejected";
      readonly file: string;
      readonly modified?: number;
      readonly findings: readonly Finding[];
    };

interface Candidate {
  /** Position among the returns of the merge (a workbook may hold several). */
  readonly index: number;
  readonly checked: ValidatedReturn;
  /** Which unit: the roster's name, or the key of a name that is not on the roster. */
  readonly unitKey: string;
}

/** One return of the merge: a file that could not be read, or one unit's forms of a file. */
type Entry =
  | { readonly kind: "rejected"; readonly input: Extract<LoadedReturn, { kind: "rejected" }> }
  | { readonly kind: "read"; readonly data: ReturnData };

function entriesOf(returns: readonly LoadedReturn[]): Entry[] {
  return returns.flatMap((input): Entry[] =>
    input.kind === "rejected"
      ? [{ kind: "rejected", input }]
      : [input.data, ...(input.others ?? [])].map((data) => ({ kind: "read", data }))
  );
}

/** Returns that are read but never counted: not a unit's form, not this year's. */
const NOT_A_RETURN: readonly Finding["code"][] = ["no_form_found", "unit_unknown", "other_year"];

/**
 * Whether a finding makes the merge refuse a return it could read: no form or no unit found,
 * another year's return, or the office's own summary. (A file that could not be read at all
 * is refused for the one error its reader gives.) The pane names these reasons first.
 *
 * @example refusesReturn({ code: "other_year", severity: "error", at: { file: "a.xlsx" } }) // true
 */
export function refusesReturn(finding: Finding): boolean {
  return (
    (finding.severity === "error" && NOT_A_RETURN.includes(finding.code)) ||
    finding.code === "own_summary"
  );
}

/**
 * Newer first. Equal times (the same file twice, or a time to the second shared) go to the
 * file whose path sorts last, so the winner does not depend on the order files were given
 * or dropped; the same path twice, to the later in the input.
 */
function newerFirst(a: Candidate, b: Candidate): number {
  const ta = a.checked.data.modified ?? -Infinity;
  const tb = b.checked.data.modified ?? -Infinity;
  const pa = a.checked.data.file;
  const pb = b.checked.data.file;
  return tb - ta || (pa < pb ? 1 : pa > pb ? -1 : 0) || b.index - a.index;
}

/**
 * The order of the district's schedule: by date, time, unit, then content. The summary
 * sheet and the JSON report use this one order.
 */
export function compareScheduleEntries(a: ScheduleEntry, b: ScheduleEntry): number {
  return (
    a.date.localeCompare(b.date) ||
    a.minutes - b.minutes ||
    a.unit.localeCompare(b.unit, "vi") ||
    a.content.localeCompare(b.content, "vi")
  );
}

/** The roster's name of a return's unit, or the key of a name that is not on the roster. */
function unitKeyOf(checked: ValidatedReturn): string {
  if (checked.unit) return `r:${checked.unit.name}`;
  return `o:${normalizeUnitName(checked.unitName ?? "")}`;
}

/**
 * The name each unit is listed under: the roster's, or for a unit not on the roster the
 * name its newest return writes (the same whatever the order of the files).
 */
function displayNames(candidates: readonly Candidate[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const candidate of [...candidates].sort(newerFirst)) {
    if (names.has(candidate.unitKey)) continue;
    const { unit, unitName } = candidate.checked;
    names.set(candidate.unitKey, unit?.name ?? unitName ?? "");
  }
  return names;
}

function onTime(modified: number | undefined, deadline: string | undefined): boolean | undefined {
  if (modified === undefined || deadline === undefined) return undefined;
  return modified <= deadlineInstant(deadline);
}

/**
 * Merges returns for a campaign. Never throws on bad data: every problem is a finding on
 * its file, and the rest still merge.
 *
 * @example
 * const result = mergeReturns(loaded, HUONG_THUY_2017);
 * result.totals.lop_day_nghe // the district's short vocational classes
 */
export function mergeReturns(returns: readonly LoadedReturn[], campaign: Campaign): MergeResult {
  const entries = entriesOf(returns);
  const findingsOf = new Map<number, Finding[]>();
  const rejected = new Set<number>();
  const duplicates = new Set<number>();
  let candidates: Candidate[] = [];

  entries.forEach((entry, index) => {
    if (entry.kind === "rejected") {
      findingsOf.set(index, [...entry.input.findings]);
      rejected.add(index);
      return;
    }
    const checked = validateReturn(entry.data, campaign);
    findingsOf.set(index, [...checked.findings]);
    const unreadable =
      formsOf(entry.data).length === 0 ||
      checked.unitName === undefined ||
      checked.findings.some(refusesReturn);
    if (unreadable) rejected.add(index);
    else candidates.push({ index, checked, unitKey: unitKeyOf(checked) });
  });

  // Byte-identical copies of one file (sent twice, or saved in two folders) count once.
  const copies = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const digest = candidate.checked.data.digest;
    if (digest === undefined) continue;
    const key = `${digest}|${candidate.unitKey}`;
    const list = copies.get(key);
    if (list) list.push(candidate);
    else copies.set(key, [candidate]);
  }
  for (const list of copies.values()) {
    const [kept, ...others] = [...list].sort(newerFirst);
    if (!kept) continue;
    for (const copy of others) {
      duplicates.add(copy.index);
      findingsOf.get(copy.index)?.push({
        code: "duplicate_file",
        severity: "warning",
        at: { file: copy.checked.data.file },
        params: { of: kept.checked.data.file },
      });
    }
  }
  candidates = candidates.filter((candidate) => !duplicates.has(candidate.index));
  const names = displayNames(candidates);

  // The newest return of each form of each unit wins; the older ones are superseded.
  const winner = new Map<string, Candidate>();
  const usedForms = new Map<number, FormId[]>();
  for (const form of ["mau1", "mau2"] as const) {
    const byUnit = new Map<string, Candidate[]>();
    for (const candidate of candidates) {
      if (!candidate.checked.data[form]) continue;
      const unit = names.get(candidate.unitKey) as string;
      const list = byUnit.get(unit);
      if (list) list.push(candidate);
      else byUnit.set(unit, [candidate]);
    }
    for (const [unit, list] of byUnit) {
      const [newest, ...older] = [...list].sort(newerFirst);
      if (!newest) continue;
      winner.set(`${form}:${unit}`, newest);
      usedForms.set(newest.index, [...(usedForms.get(newest.index) ?? []), form]);
      for (const old of older) {
        findingsOf.get(old.index)?.push({
          code: "superseded",
          severity: "warning",
          at: { file: old.checked.data.file },
          params: { form, by: newest.checked.data.file },
        });
      }
    }
  }

  const deadlineOf = (form: FormId): string | undefined => campaign.deadlines[form];
  for (const [key, candidate] of winner) {
    const form = key.slice(0, 4) as FormId;
    if (onTime(candidate.checked.data.modified, deadlineOf(form)) === false) {
      findingsOf.get(candidate.index)?.push({
        code: "late_return",
        severity: "warning",
        at: { file: candidate.checked.data.file },
        params: { form, deadline: deadlineOf(form) ?? "" },
      });
    }
  }

  const totals = Object.fromEntries(INDICATOR_IDS.map((id) => [id, 0])) as Record<
    IndicatorId,
    number
  >;
  let leftOut = 0;
  const units: UnitResult[] = [];
  const schedule: ScheduleEntry[] = [];
  const unitNames = [...new Set(names.values())];
  const rosterPosition = new Map<string, number>();
  campaign.units.forEach((unit, i) => {
    if (!rosterPosition.has(unit.name)) rosterPosition.set(unit.name, i);
  });
  const rosterOrder = (name: string): number => rosterPosition.get(name) ?? Number.MAX_SAFE_INTEGER;
  unitNames.sort((a, b) => rosterOrder(a) - rosterOrder(b) || a.localeCompare(b, "vi"));

  for (const name of unitNames) {
    const mau2 = winner.get(`mau2:${name}`);
    const mau1 = winner.get(`mau1:${name}`);
    if (mau1)
      for (const entry of mau1.checked.schedule)
        schedule.push(entry.unit === name ? entry : { ...entry, unit: name });
    if (!mau2?.checked.values || !mau2.checked.data.mau2) continue;
    const values = mau2.checked.values;
    for (const id of INDICATOR_IDS) {
      const value = values[id];
      if (value === null) leftOut++;
      else totals[id] += value;
    }
    const files = [...new Set([mau2.checked.data.file, ...(mau1 ? [mau1.checked.data.file] : [])])];
    units.push({
      name,
      onRoster: rosterPosition.has(name),
      files,
      values,
      notes: mau2.checked.data.mau2.notes,
      texts: mau2.checked.data.mau2.texts,
    });
  }
  schedule.sort(compareScheduleEntries);

  const candidateAt = new Map(candidates.map((candidate) => [candidate.index, candidate]));
  const files: FileOutcome[] = entries.map((entry, index) => {
    const findings = findingsOf.get(index) ?? [];
    if (entry.kind === "rejected") {
      const { input } = entry;
      return {
        path: input.file,
        status: "rejected",
        forms: [],
        ...(input.modified !== undefined ? { modified: input.modified } : {}),
        findings,
      };
    }
    const { data } = entry;
    const candidate = candidateAt.get(index);
    const unit = candidate ? names.get(candidate.unitKey) : data.unitName;
    const onRoster = unit !== undefined && rosterPosition.has(unit);
    return {
      path: data.file,
      status: rejected.has(index) ? "rejected" : usedForms.has(index) ? "accepted" : "superseded",
      ...(unit !== undefined ? { unit, onRoster } : {}),
      forms: formsOf(data),
      ...(data.modified !== undefined ? { modified: data.modified } : {}),
      findings,
    };
  });

  // One pass over the files, not one per unit: a province merges thousands of returns.
  const findingCounts = new Map<string, { errors: number; warnings: number }>();
  for (const file of files) {
    if (file.unit === undefined || file.status === "superseded") continue;
    const counts = findingCounts.get(file.unit) ?? { errors: 0, warnings: 0 };
    for (const finding of file.findings) {
      if (finding.severity === "error") counts.errors++;
      else counts.warnings++;
    }
    findingCounts.set(file.unit, counts);
  }
  const countsFor = (name: string): { errors: number; warnings: number } =>
    findingCounts.get(name) ?? { errors: 0, warnings: 0 };
  const submission = (form: FormId, name: string): SubmissionRow["mau1"] => {
    const chosen = winner.get(`${form}:${name}`);
    if (!chosen) return undefined;
    const { modified, file } = chosen.checked.data;
    const timely = onTime(modified, deadlineOf(form));
    return {
      file,
      ...(modified !== undefined ? { modified } : {}),
      ...(timely !== undefined ? { onTime: timely } : {}),
    };
  };
  const rosterNames = campaign.units.map((unit) => unit.name);
  const onRoster = new Set(rosterNames);
  const submissions: SubmissionRow[] = [
    ...rosterNames,
    ...unitNames.filter((name) => !onRoster.has(name)),
  ].map((name) => {
    const mau1 = submission("mau1", name);
    const mau2 = submission("mau2", name);
    return {
      unit: name,
      onRoster: onRoster.has(name),
      ...(mau1 ? { mau1 } : {}),
      ...(mau2 ? { mau2 } : {}),
      ...countsFor(name),
    };
  });

  return {
    campaignId: campaign.id,
    totals,
    units,
    files,
    schedule,
    submissions,
    missing: rosterNames.filter((name) => !winner.has(`mau2:${name}`)),
    leftOut,
  };
}
