/**
 * The data that flows from a returned workbook to the district summary:
 * reader → `ReturnData` → rules → `Finding`s and accepted values → merge → `MergeResult`.
 * All plain data, so the CLI, the web page and the add-in share it, and tests compare it.
 */
import type { IndicatorId } from "../forms/indicators";
import type { FormId } from "../forms/layout";
import type { CellValue } from "../values";
import type { FindingCode } from "./codes";
import type { CodedParams } from "./finding-params";

export type Severity = "error" | "warning";

/** Where a finding is: a file, and when known a sheet and an A1 cell. */
export interface Location {
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
}

/**
 * A finding of one code, with that code's own params (`FindingParams`). No message text:
 * the catalogue renders `code` with `params`.
 */
export type FindingOf<C extends FindingCode> = CodedParams<C> & {
  readonly severity: Severity;
  readonly at: Location;
  readonly indicator?: IndicatorId;
};

/**
 * One validation finding: a union keyed by `code`, so checking the code gives its params.
 * Codes are snake_case and stable; they appear in the JSON report.
 *
 * @example
 * if (finding.code === "count_negative") finding.params.text // '-5'
 */
export type Finding = { readonly [C in FindingCode]: FindingOf<C> }[FindingCode];

/**
 * A finding of a code and its params (a read rejection, say) at a place.
 *
 * @example toFinding({ code: "missing_part", params: { part: "xl/workbook.xml" } }, "error", { file })
 */
export function toFinding(
  coded: CodedParams<FindingCode>,
  severity: Severity,
  at: Location
): Finding {
  return { ...coded, severity, at };
}

/**
 * Why a reader could not take a value from its cell as it stands; the rules turn it into an
 * error and leave the value out of the totals.
 * - `formula_not_computed`: a formula without a cached result that the reader could not
 *   evaluate itself (`formula` holds its text).
 * - `lines_mismatch`: a multi-line cell whose value lines do not pair with its label lines
 *   (`labels` and `values` give the two counts).
 */
export type RawValueProblem =
  | { readonly code: "formula_not_computed"; readonly formula: string }
  | { readonly code: "lines_mismatch"; readonly labels: number; readonly values: number };

/** A value as read from a cell, with the cell it came from. */
export interface RawValue {
  readonly value: CellValue;
  readonly cell: string;
  /** The 1-based line of a multi-line cell the value was taken from ("\n2\n15\n6"). */
  readonly line?: number;
  readonly problem?: RawValueProblem;
}

/** What a reader found of Mẫu 2 in one workbook. */
export interface Mau2Data {
  readonly sheet: string;
  /** The count cell of each indicator found; an indicator absent here was not found. */
  readonly values: Readonly<Partial<Record<IndicatorId, RawValue>>>;
  /** The "Ghi chú" text beside an indicator, when any. */
  readonly notes: Readonly<Partial<Record<IndicatorId, string>>>;
  /** Free-text sections I, II.2 and III. */
  readonly texts: {
    readonly direction?: string;
    readonly difficulties?: string;
    readonly proposals?: string;
  };
}

/** One activity row of Mẫu 1, as read. */
export interface ScheduleRowData {
  readonly row: number;
  readonly time: RawValue;
  readonly date: RawValue;
  readonly place: string;
  readonly content: string;
  readonly note: string;
}

export interface Mau1Data {
  readonly sheet: string;
  readonly rows: readonly ScheduleRowData[];
}

/**
 * How the unit of a return was found, most trusted first: the template's metadata; the form
 * itself (its header block, its title or unit line, the "Kính gửi" sentence, its signature
 * block); the file name.
 */
export type UnitSource =
  "metadata" | "header" | "title" | "sentence" | "signature" | "file_name" | "none";

/** Everything read from one returned workbook. */
export interface ReturnData {
  readonly file: string;
  /** Last-modified time in ms since the epoch; newer returns of a form supersede older. */
  readonly modified?: number;
  readonly unitName?: string;
  readonly unitSource: UnitSource;
  /**
   * False when the unit the form names is not on the campaign's roster: it is counted under
   * its own name, never folded into a roster unit.
   */
  readonly onRoster?: boolean;
  readonly campaignId?: string;
  readonly templateVersion?: string;
  /** The year the return is for: its metadata, else its title ("… NĂM 2017"). */
  readonly year?: number;
  /** Set when the workbook is an office's summary written by TổngHợp (its metadata says so). */
  readonly role?: "summary";
  /**
   * A fingerprint of the file's bytes: byte-identical copies have the same one and are
   * counted once.
   */
  readonly digest?: string;
  readonly date1904: boolean;
  readonly mau1?: Mau1Data;
  readonly mau2?: Mau2Data;
  /** Findings made while reading (a label not found, a form not recognised, …). */
  readonly findings: readonly Finding[];
}

/** The forms a return holds, in form order. */
export function formsOf(data: ReturnData): FormId[] {
  const forms: FormId[] = [];
  if (data.mau1) forms.push("mau1");
  if (data.mau2) forms.push("mau2");
  return forms;
}

export type FileStatus = "accepted" | "superseded" | "rejected";

/**
 * What became of one return. A workbook holding the forms of several units (a sheet each)
 * gives one outcome per unit, all with the same `path`.
 */
export interface FileOutcome {
  readonly path: string;
  readonly status: FileStatus;
  /** The roster unit (or the name read, when it is not on the roster). */
  readonly unit?: string;
  /** False when `unit` is not on the roster. */
  readonly onRoster?: boolean;
  readonly forms: readonly FormId[];
  readonly modified?: number;
  readonly findings: readonly Finding[];
}

/** One accepted activity of a unit's schedule. */
export interface ScheduleEntry {
  readonly unit: string;
  readonly file: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** Minutes since midnight. */
  readonly minutes: number;
  readonly place: string;
  readonly content: string;
  readonly note: string;
}

/** A unit counted in the totals: its accepted values and texts. */
export interface UnitResult {
  readonly name: string;
  /** False for a unit that is not on the campaign's roster. */
  readonly onRoster: boolean;
  /** The files whose data are counted for this unit. */
  readonly files: readonly string[];
  /** Accepted value per indicator; null when the value was an error (left out). */
  readonly values: Readonly<Record<IndicatorId, number | null>>;
  readonly notes: Readonly<Partial<Record<IndicatorId, string>>>;
  readonly texts: Mau2Data["texts"];
}

/** Roster against returns, one row per roster unit (and per unknown unit that sent files). */
export interface SubmissionRow {
  readonly unit: string;
  readonly onRoster: boolean;
  readonly mau1?: { readonly file: string; readonly modified?: number; readonly onTime?: boolean };
  readonly mau2?: { readonly file: string; readonly modified?: number; readonly onTime?: boolean };
  readonly errors: number;
  readonly warnings: number;
}

export interface MergeResult {
  readonly campaignId: string;
  readonly totals: Readonly<Record<IndicatorId, number>>;
  readonly units: readonly UnitResult[];
  readonly files: readonly FileOutcome[];
  readonly schedule: readonly ScheduleEntry[];
  readonly submissions: readonly SubmissionRow[];
  /** Roster units with no accepted Mẫu 2. */
  readonly missing: readonly string[];
  /** How many values were errors and left out of the totals. */
  readonly leftOut: number;
}
