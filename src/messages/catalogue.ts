import type { CampaignProblem, Finding, FindingCode, FindingOf, RosterNotice } from "../core";
import type { PaneText } from "./pane";
import type { SummaryText } from "./summary";

/** Formats an ISO date `YYYY-MM-DD` the Vietnamese way, `02/10/2017`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * A deadline or date the Vietnamese way: "2017-10-13" → "13/10/2017",
 * "2022-10-13T16:00" → "16:00 13/10/2022"; text that is neither stays as it is.
 */
export function formatDeadlineVi(when: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(when);
  if (!m) return when;
  return m[2] ? `${m[2]} ${formatDate(m[1]!)}` : formatDate(m[1]!);
}

/**
 * Text as it is, with control characters made visible (␛, ␇, ␍, ␊…) and bidirectional
 * controls replaced by �: a file name or a typed text shown in a message cannot move a
 * terminal's cursor, clear its screen, forge a line of output or turn the rest of a line
 * around.
 *
 * @example visibleText("bao\u0007cao\r\n.xlsx") // 'bao␇cao␍␊.xlsx'
 */
export function visibleText(text: string): string {
  return text.replace(
    // These characters are exactly what is to be replaced.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      const code = c.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      return code === 0x7f ? "\u2421" : "\ufffd";
    }
  );
}

/** Characters of a typed text a message quotes; a longer text is cut with "…". */
export const MAX_QUOTED_CHARS = 80;

/**
 * A parameter as a message quotes it: what a unit typed can be a whole essay (up to Excel's
 * 32,767 characters), and a message needs only enough of it to find the cell.
 *
 * @example quoted("x".repeat(1000)).length // 80
 */
export function quoted(value: unknown): string {
  const text = String(value ?? "");
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS - 1)}…` : text;
}

/** A count with Vietnamese digit grouping: 32767 → `32.767`. */
export function groupDigitsVi(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

type CampaignCode = CampaignProblem["code"];

/** What reading a `--units` list noticed (core's roster notices and the CLI's own). */
export type UnitsNotice =
  | RosterNotice
  | { readonly code: "placeholder_dropped"; readonly line: number; readonly name: string };

/** What `tonghop campaign` wrote, for its closing message. */
export interface CampaignWritten {
  readonly file: string;
  readonly year: number;
  readonly week: { readonly start: string; readonly end: string };
  readonly units: number;
  /** The --units file the roster came from. */
  readonly unitsFile?: string;
  /** The campaign copied (--from): its name as given and its year. */
  readonly from?: { readonly source: string; readonly year: number };
  readonly deadlines: { readonly mau1?: string; readonly mau2?: string };
  /** Fields left empty: their label in column A and the cell of their value ("B5"). */
  readonly blanks: readonly { readonly label: string; readonly cell: string }[];
  /** The command that makes the forms from this file. */
  readonly next: string;
}

/**
 * A text for every finding code, each given a finding of its own code (so its params are
 * typed); a code without one does not compile.
 */
export type FindingMessages = { readonly [C in FindingCode]: (finding: FindingOf<C>) => string };

/** A table of some codes, each entry given a finding of its own code. */
export type ByCode<R> = { readonly [C in FindingCode]?: (finding: FindingOf<C>) => R };

/**
 * The entry of `table` for the code of `finding`, applied to it; undefined when the table
 * has none for that code. Every per-code table of findings is read through here.
 *
 * @example applyByCode(vi.finding, finding) // 'Giá trị "-5" là số âm…'
 */
export function applyByCode<R>(
  table: { readonly [C in FindingCode]: (finding: FindingOf<C>) => R },
  finding: Finding
): R;
export function applyByCode<R>(table: ByCode<R>, finding: Finding): R | undefined;
export function applyByCode<R>(table: ByCode<R>, finding: Finding): R | undefined {
  // The one cast of a finding to its code's entry. `table[finding.code]` is the entry of
  // the very code `finding` has, so it takes `finding`; but TypeScript sees a union of
  // entries and a union of findings without the tie between them, and would ask for a
  // finding of every code at once.
  const entry = table[finding.code] as ((finding: Finding) => R) | undefined;
  return entry?.(finding);
}

/**
 * A finding's own message, without its place (`describeFinding` adds the file and cell).
 *
 * @example renderFinding(vi, finding) // 'Giá trị "-5" là số âm, không được tính vào tổng…'
 */
export function renderFinding(catalogue: Catalogue, finding: Finding): string {
  return applyByCode(catalogue.finding, finding);
}

/** The data validation texts Excel shows on an input cell: a hint and an error alert. */
export interface InputHelp {
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

/**
 * Every text a user reads, per locale. Mapped types make a missing message a compile error.
 * Texts say what is wrong and what to do, in the words of an office clerk.
 */
export interface Catalogue {
  readonly locale: "vi" | "en";
  readonly campaign: { readonly [C in CampaignCode]: (problem: CampaignProblem) => string };
  readonly finding: FindingMessages;
  readonly summary: SummaryText;
  /** The task pane (Excel add-in and web page). */
  readonly pane: PaneText;
  /** "Tệp a.xlsx, trang Mẫu 2, ô C14" */
  readonly location: (at: Finding["at"]) => string;
  readonly input: {
    readonly count: InputHelp;
    readonly time: InputHelp;
    readonly date: (start: string, end: string) => InputHelp;
  };
  readonly cli: {
    readonly help: string;
    readonly unknownCommand: (command: string) => string;
    readonly unknownOption: (option: string) => string;
    readonly missingValue: (option: string) => string;
    readonly missingOption: (option: string) => string;
    readonly badForm: (value: string) => string;
    readonly unknownPreset: (value: string, presets: readonly string[]) => string;
    readonly campaignFileUnreadable: (file: string) => string;
    readonly campaignFileNotJson: (file: string, detail: string) => string;
    readonly campaignInvalid: (file: string, problems: readonly string[]) => string;
    /** A campaign workbook with errors: every problem, each naming its cell. */
    readonly campaignWorkbookInvalid: (file: string, problems: readonly string[]) => string;
    /** A usable campaign file with warnings (the command goes on). */
    readonly campaignWarnings: (file: string, problems: readonly string[]) => string;
    /** A workbook without the sheet "Đợt báo cáo" (nor any sheet with its roster). */
    readonly campaignNoSheet: (file: string) => string;
    /** A campaign workbook the reader refused (`code` a ReadRejectionCode). */
    readonly campaignWorkbookUnreadable: (file: string, code: string) => string;
    /** `tonghop campaign`: --year is no year. */
    readonly badYear: (value: string) => string;
    /** `tonghop campaign`: the --out file is there already; it is never overwritten. */
    readonly outputExists: (file: string) => string;
    /** The --units file cannot be opened. */
    readonly unitsFileUnreadable: (file: string) => string;
    /** The --units file is a spreadsheet the reader refused (`code` a ReadRejectionCode). */
    readonly unitsWorkbookUnreadable: (file: string, code: string) => string;
    /** The --units file is neither text nor a spreadsheet. */
    readonly unitsFileNotList: (file: string) => string;
    /** The --units spreadsheet has no visible sheet with anything in it. */
    readonly unitsNoSheet: (file: string) => string;
    /** One thing noticed while reading the --units list, naming its line (or row of `sheet`). */
    readonly unitsNotice: (file: string, notice: UnitsNotice, sheet?: string) => string;
    /** The new campaign has no unit yet: where to type them. */
    readonly rosterEmpty: (
      file: string,
      sheet: string,
      firstCell: string,
      unitsFile?: string
    ) => string;
    /** What `tonghop campaign` wrote, and what to do next. */
    readonly wroteCampaign: (written: CampaignWritten) => string;
    /** The written campaign still has errors: they must be fixed before making forms. */
    readonly campaignWrittenWithErrors: (file: string, problems: readonly string[]) => string;
    readonly unknownUnit: (unit: string, campaign: string) => string;
    readonly outputNotXlsx: (file: string) => string;
    readonly cannotWrite: (file: string) => string;
    readonly wroteTemplate: (file: string) => string;
    readonly wroteTemplates: (count: number, units: number, dir: string) => string;
    readonly filesArgument: string;
    readonly severity: (severity: Finding["severity"]) => string;
    readonly fileStatus: (
      file: string,
      status: "accepted" | "superseded" | "rejected",
      unit?: string
    ) => string;
    readonly nothingMerged: (files: number) => string;
    /** An accepted file some of whose values are not counted: how many, and their cells. */
    readonly valuesLeftOut: (
      file: string,
      unit: string | undefined,
      values: number,
      cells: readonly string[]
    ) => string;
    /** After the first files listed: how many more, and where to see them all. */
    readonly moreFiles: (files: number, jsonFile?: string) => string;
    /** A folder argument with no spreadsheet directly in it. */
    readonly folderEmpty: (folder: string, extensions: readonly string[]) => string;
    readonly folderUnreadable: (folder: string) => string;
    /** A `*` or `?` pattern that matched nothing. */
    readonly noMatch: (pattern: string) => string;
    /** A file among the inputs that the command itself writes (`option` is --out or --json). */
    readonly skippedOwnOutput: (file: string, option: string) => string;
    /** Every argument expanded to nothing. */
    readonly noInputFiles: string;
    /** The last line of `validate`. */
    readonly checked: (
      files: number,
      accepted: number,
      superseded: number,
      rejected: number
    ) => string;
    readonly merged: (
      out: string,
      units: number,
      accepted: number,
      rejected: number,
      missing: number
    ) => string;
  };
}

/**
 * The first sentence of a message (what is wrong, before what to do), for a line that has
 * room for one. A full stop inside quotes (a typed text) does not end it.
 *
 * @example firstSentence('Tệp là định dạng Excel cũ (.xls). Hãy mở tệp…') // 'Tệp là định dạng Excel cũ (.xls).'
 */
export function firstSentence(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "“" || c === "”")
      quoted = c === "“" ? true : c === "”" ? false : !quoted;
    else if (!quoted && (c === "." || c === ";") && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 3))) {
      return c === ";" ? `${text.slice(0, i)}.` : text.slice(0, i + 1);
    }
  }
  return text;
}
