/**
 * The parameters of each finding code: what its message quotes, and what the JSON report
 * lists under `params`. A finding of a code carries exactly these (`FindingOf` in types.ts),
 * so a misspelt, mistyped or missing parameter does not compile.
 */
import type { IndicatorId } from "../forms/indicators";
import type { FormId } from "../forms/layout";
import type { FindingCode } from "./codes";

/** The size limits a file can hit (src/xlsx/read/limits.ts), named in `too_large`. */
export type SizeLimit =
  | "file_bytes"
  | "part_bytes"
  | "total_inflated_bytes"
  | "zip_entries"
  | "cells"
  | "shared_strings"
  | "sheets"
  | "cell_text"
  | "shared_formula_chars";

/** What a file that is not a zip looks like, as the reader guesses it from its first bytes. */
export type NonZipKind =
  | "pdf"
  | "png"
  | "jpeg"
  | "gif"
  | "archive"
  | "html"
  | "spreadsheetml_2003"
  | "xml"
  | "text"
  | "binary";

/** What a typed cell held, as the unit typed it. */
type Typed = { readonly text: string };

/** The params of each code, in the order of FINDING_CODES (see `FindingParams`). */
interface ParamsByCode {
  // The file could not be read at all. `part`, `method` and `error` are for whoever
  // debugs the reader; the messages do not show them.
  readonly empty_file: undefined;
  readonly not_a_zip: { readonly detected: NonZipKind };
  readonly truncated: undefined;
  /** `part`: the zip entry whose data are damaged, when it is one entry's. */
  readonly corrupt_zip: { readonly part: string } | undefined;
  /** `method`: the zip compression method number (only 0 and 8 are read). */
  readonly unsupported_compression: { readonly method: number };
  readonly not_a_workbook: undefined;
  readonly unsupported_format: { readonly format: string };
  readonly encrypted: undefined;
  readonly legacy_xls: undefined;
  /** `max`: the limit's value; `part`: the zip entry too large to inflate (`part_bytes`). */
  readonly too_large: { readonly limit: SizeLimit; readonly max: number; readonly part?: string };
  readonly malformed_xml: { readonly part: string };
  readonly missing_part: { readonly part: string };
  /** `error`: the name of the exception the reader met. */
  readonly unreadable: { readonly error: string };
  readonly file_unreadable: undefined;
  // What the file holds.
  readonly no_form_found: undefined;
  readonly indicator_not_found: undefined;
  readonly unit_unknown: undefined;
  readonly unit_not_on_roster: { readonly name: string };
  readonly template_metadata_unreadable: undefined;
  /** Campaign ids. */
  readonly campaign_mismatch: { readonly found: string; readonly expected: string };
  /** Template versions. */
  readonly template_version_mismatch: { readonly found: string; readonly expected: string };
  // Whether the file is a return of this campaign, and which sheets and rows are read.
  readonly own_summary: { readonly unit: string; readonly campaign: string };
  /** Years. */
  readonly other_year: { readonly found: number; readonly expected: number };
  /** `of`: the path of the copy that is counted. */
  readonly duplicate_file: { readonly of: string };
  readonly hidden_sheet_read: { readonly sheet: string };
  /** `rows`: the hidden row numbers as ranges ("12–14, 20"). */
  readonly hidden_rows_ignored: { readonly count: number; readonly rows: string };
  /** `sheet`: the one read. */
  readonly several_forms_one_unit: { readonly form: FormId; readonly sheet: string };
  // Counts on Mẫu 2: what was typed. A blank cell has no text, a cell of spaces has it.
  readonly count_blank: Typed | undefined;
  readonly count_text: Typed;
  readonly count_grouping: Typed;
  readonly count_unit_word: Typed;
  readonly count_negative: Typed;
  readonly count_fractional: Typed;
  readonly count_ambiguous: Typed;
  readonly count_not_a_number: Typed;
  readonly count_too_large: Typed;
  /** `labels` and `values`: how many lines each of the two cells holds. */
  readonly count_lines_mismatch: {
    readonly cell: string;
    readonly labels: number;
    readonly values: number;
  };
  readonly formula_not_computed: { readonly formula: string };
  // Plausibility on Mẫu 2. `count` is the count row the participants row belongs to.
  readonly participants_without_sessions: { readonly count: IndicatorId; readonly value: number };
  /** `value` participants in `sessions` sessions; `ratio` rounded; `limit` the most plausible. */
  readonly implausible_ratio: {
    readonly value: number;
    readonly sessions: number;
    readonly ratio: number;
    readonly limit: number;
  };
  readonly community_minimum_talks: { readonly value: number; readonly minimum: number };
  readonly community_minimum_vocational: { readonly value: number; readonly minimum: number };
  // Mẫu 1 rows: what was typed (blank: empty, or spaces).
  readonly time_blank: Typed;
  readonly time_invalid: Typed;
  readonly time_range: undefined;
  readonly date_blank: Typed;
  readonly date_invalid: Typed;
  readonly date_no_year: undefined;
  readonly date_two_digit_year: undefined;
  readonly date_range: undefined;
  /** ISO dates: the row's, and the campaign week's first and last day. */
  readonly date_outside_week: {
    readonly date: string;
    readonly start: string;
    readonly end: string;
  };
  // Merge. `by`: the path of the newer file; `deadline`: the campaign's, as it is written.
  readonly superseded: { readonly form: FormId; readonly by: string };
  readonly late_return: { readonly form: FormId; readonly deadline: string };
}

/**
 * The params of every finding code. `undefined` means the params may be absent (a blank
 * count cell has no text); a code whose entry is `undefined` alone carries none.
 */
export type FindingParams = { readonly [C in FindingCode]: ParamsByCode[C] };

/** The `params` field of a finding of params `P`: required, optional, or absent. */
type ParamsField<P> = [P] extends [undefined]
  ? { readonly params?: never }
  : undefined extends P
    ? { readonly params?: Exclude<P, undefined> }
    : { readonly params: P };

/**
 * A code with its own params, as a finding and a read rejection carry them; for a union of
 * codes, the union of each code with its params.
 */
export type CodedParams<C extends FindingCode> = C extends FindingCode
  ? { readonly code: C } & ParamsField<FindingParams[C]>
  : never;

/** The params of a code as a function's last arguments: one, an optional one, or none. */
export type ParamsArgs<C extends FindingCode> = [FindingParams[C]] extends [undefined]
  ? []
  : undefined extends FindingParams[C]
    ? [params?: Exclude<FindingParams[C], undefined>]
    : [params: FindingParams[C]];

/** The names of the params of a code (none for a code without params). */
export type ParamName<C extends FindingCode> = FindingParams[C] extends infer P
  ? P extends object
    ? keyof P & string
    : never
  : never;
