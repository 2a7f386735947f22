/**
 * Shared by the hostile-input suites: the corpus with the good returns it is merged with,
 * what the merge must give, a time and memory probe, and checks on a written summary.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  HUONG_THUY_2017,
  INDICATOR_IDS,
  deadlineInstant,
  type FindingCode,
  type IndicatorId,
} from "../../src/core";
import { CATALOGUES } from "../../src/messages";
import { listCells, readWorkbook, type WorkbookData } from "../../src/xlsx/read";
import {
  EXAMPLES,
  expectedOutcome as expectedExamplesOutcome,
  type ExampleFile,
  type ExampleRow,
  type ExampleValue,
} from "../../scripts/make-examples";
import {
  FORMULA_FILE,
  FORMULA_TEXTS,
  FORMULA_UNIT,
  buildHostileCorpus,
  type HostileCase,
  type HostileExpectation,
} from "../helpers/hostile-corpus";
import { EXAMPLES_DIR } from "../helpers/nothing-lost";

export const CAMPAIGN = HUONG_THUY_2017;
export const vi = CATALOGUES.vi;

/** Rejecting any one file must take less than this… */
export const REJECT_MS = 2_000;
/** …and allocate less than this. */
export const REJECT_BYTES = 200 * 1024 * 1024;
/**
 * Reading an accepted hostile file (300,000 rows, 100,000 strings) is real work; it must
 * still end in seconds and stay within a browser tab's means.
 */
export const ACCEPT_MS = 10_000;
export const ACCEPT_BYTES = 400 * 1024 * 1024;

/** Good returns from examples/huong-thuy-2017, merged with the corpus. */
export const GOOD_NAMES = [
  "mau2-phuong-phu-bai.xlsx",
  "mau1-phuong-phu-bai.xlsx",
  "mau2-phuong-thuy-chau.xlsx",
  "mau2-xa-thuy-van.xlsx",
] as const;
/** The good return the corpus sends a second time under another name. */
const SENT_TWICE = "mau2-xa-thuy-van.xlsx";
/** The name of its copy in the corpus. */
const COPY_OF_SENT_TWICE = "mau2-xa-thuy-van (1).xlsx";

export interface GoodReturn {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly expected: HostileExpectation;
}

const countedValue = (value: ExampleValue): number | null =>
  typeof value === "number" ? value : value.counted;

/** The good returns, with what the merge must make of them next to the corpus. */
export function goodReturns(): GoodReturn[] {
  return GOOD_NAMES.map((name) => {
    const example = EXAMPLES.find((e) => e.name === name);
    if (!example?.unit) throw new Error(`no example ${name}`);
    const forms = example.values ? (["mau2"] as const) : (["mau1"] as const);
    const counted = example.values
      ? (Object.fromEntries(
          INDICATOR_IDS.map((id) => [id, countedValue(example.values![id])])
        ) as Record<IndicatorId, number | null>)
      : undefined;
    // Sent twice: its copy is counted in the corpus's expectations, not here.
    const twin = name === SENT_TWICE;
    const deadline = CAMPAIGN.deadlines[forms[0]];
    const late =
      deadline !== undefined &&
      example.modified !== undefined &&
      example.modified.getTime() > deadlineInstant(deadline);
    return {
      name,
      bytes: new Uint8Array(readFileSync(path.join(EXAMPLES_DIR, name))),
      expected: {
        status: "accepted",
        codes: late ? ["late_return"] : [],
        unit: example.unit,
        forms,
        ...(twin ? { twin: COPY_OF_SENT_TWICE } : counted ? { counted } : {}),
        ...(example.rows ? { scheduleRows: example.rows.filter((row) => row.valid).length } : {}),
      },
    };
  });
}

/** The corpus, built from the good returns. */
export function hostileCorpus(good: readonly GoodReturn[]): HostileCase[] {
  const twice = good.find((g) => g.name === SENT_TWICE);
  if (!twice?.expected.unit) throw new Error(`no good return ${SENT_TWICE}`);
  const corpus = buildHostileCorpus({
    copyOf: { name: twice.name, bytes: twice.bytes, unit: twice.expected.unit },
    toTruncate: good[0]!.bytes,
  });
  // The copy is counted in its original's place, with the original's values.
  const values = EXAMPLES.find((e) => e.name === SENT_TWICE)?.values;
  if (!values) throw new Error(`no values for ${SENT_TWICE}`);
  const counted = Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, countedValue(values[id])])
  ) as Record<IndicatorId, number | null>;
  const copy = corpus.find((c) => c.expected.twin === SENT_TWICE);
  if (copy?.name !== COPY_OF_SENT_TWICE) throw new Error(`no copy of ${SENT_TWICE}`);
  return corpus.map((c) => (c === copy ? { ...c, expected: { ...c.expected, counted } } : c));
}

/** A file's outcome as the checks compare it. */
export interface Outcome {
  readonly file: string;
  readonly status: string;
  readonly codes: readonly string[];
  /** The `by` of its superseded finding, when it has one. */
  readonly by?: string;
}

/**
 * What a file's outcome must be: its expected status and codes, or, for one of two files with
 * the same bytes, accepted itself or superseded by its twin (`twinFile`: the twin's path).
 */
export function expectedFileOutcome(
  outcome: Outcome,
  expected: HostileExpectation,
  twinFile?: string
): Outcome {
  if (expected.twin === undefined || twinFile === undefined)
    return { file: outcome.file, status: expected.status, codes: expected.codes };
  return outcome.status === "superseded"
    ? { file: outcome.file, status: "superseded", codes: ["duplicate_file"], by: twinFile }
    : { file: outcome.file, status: "accepted", codes: expected.codes };
}

/** A row of the schedule: `expectedExamplesOutcome` counts the valid ones, nothing else. */
const SCHEDULED_ROW: ExampleRow = { time: "", date: "", place: "", content: "", valid: true };

/** An expectation as make-examples describes a file, so its `expectedOutcome` can total it. */
function asExampleFile(expected: HostileExpectation, i: number): ExampleFile {
  const { counted } = expected;
  const values = counted
    ? (Object.fromEntries(
        INDICATOR_IDS.map((id) => [id, counted[id] ?? { typed: "", counted: null }])
      ) as Record<IndicatorId, ExampleValue>)
    : undefined;
  return {
    name: String(i),
    kind: values ? "mau2" : "mau1",
    ...(expected.unit !== undefined ? { unit: expected.unit } : {}),
    ...(values ? { values } : {}),
    rows: Array.from({ length: expected.scheduleRows ?? 0 }, () => SCHEDULED_ROW),
    expected: expected.status,
  };
}

/** What a merge of all these files must total: make-examples' `expectedOutcome`, and units. */
export function expectedMerge(expectations: readonly HostileExpectation[]): {
  totals: Record<IndicatorId, number>;
  leftOut: number;
  scheduleRows: number;
  missing: string[];
  /** Units counted in the totals. */
  units: number;
} {
  const counted = expectations.filter((e) => e.status === "accepted" && e.counted);
  return {
    ...expectedExamplesOutcome(expectations.map(asExampleFile)),
    units: new Set(counted.map((e) => e.unit ?? "")).size,
  };
}

/** Finding codes as a sorted set, the shape of `HostileExpectation.codes`. */
export function codeSet(codes: readonly FindingCode[]): FindingCode[] {
  return [...new Set(codes)].sort();
}

// ---------------------------------------------------------------------------------------
// Time and memory.

let gc: (() => void) | undefined;

/** V8's collector, exposed at run time so a measurement starts from a collected heap. */
function collect(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

export interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  /** Growth of the JS heap plus array buffers, or of the resident set if that is larger. */
  readonly bytes: number;
}

/**
 * Runs `work` after a full collection and reports its time and what it left allocated. No
 * collection runs in between on purpose: garbage made by the work still counts.
 */
export function measure<T>(work: () => T): Measured<T> {
  collect();
  const before = process.memoryUsage();
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  const heap = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
  return { value, ms, bytes: Math.max(heap, after.rss - before.rss) };
}

// ---------------------------------------------------------------------------------------
// The written summary.

/** Every formula of a workbook as `sheet!cell: formula`. */
export function formulasOf(workbook: WorkbookData): { sheet: string; formula: string }[] {
  return workbook.sheets.flatMap((sheet) =>
    listCells(sheet)
      .filter((cell) => cell.formula !== undefined)
      .map((cell) => ({ sheet: sheet.name, formula: cell.formula as string }))
  );
}

/** Every string cell's text of a workbook. */
export function textsOf(workbook: WorkbookData): string[] {
  return workbook.sheets.flatMap((sheet) =>
    listCells(sheet)
      .filter((cell) => cell.kind === "string" && cell.formula === undefined)
      .map((cell) => String(cell.value))
  );
}

/** Reads a summary back with our own reader; fails the test when it cannot. */
export function readSummary(bytes: Uint8Array): WorkbookData {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`the summary does not read back: ${read.rejection.code}`);
  return read.workbook;
}

/**
 * Checks that no unit text became a formula: the only formulas are the form's SUMs, and
 * the formula-like texts of the corpus are there as plain text.
 */
export function expectNoUnitFormula(workbook: WorkbookData): void {
  const formulas = formulasOf(workbook);
  expect(formulas.length).toBeGreaterThanOrEqual(INDICATOR_IDS.length);
  for (const { sheet, formula } of formulas) {
    expect({ sheet, formula }).toEqual({
      sheet: vi.summary.sheets.summary,
      formula: expect.stringMatching(/^SUM\([^()]*\)$/),
    });
  }
  const texts = textsOf(workbook);
  // The unit's formula-like name is written as text (data, submissions, comments…)…
  expect(texts.filter((text) => text === FORMULA_UNIT).length).toBeGreaterThanOrEqual(2);
  // …and so are the file's name and the notes and answers it typed.
  expect(texts.some((text) => text.includes(FORMULA_FILE))).toBe(true);
  for (const typed of FORMULA_TEXTS) {
    expect({ typed, found: texts.some((text) => text.includes(typed.trim())) }).toEqual({
      typed,
      found: true,
    });
  }
}
