/**
 * Issue 6, hostile and broken input: every case of test/helpers/hostile-corpus.ts goes
 * through the real path of a merge (bytes → returnFromBytes → mergeReturns → writeSummary),
 * read both with fflate (the browser) and with Node's zlib (the CLI). Each case must get its
 * outcome and a Vietnamese message that names the file and says what to do, cost little
 * time and memory when it is refused, and leave the good returns beside it merged whole.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createInflateRaw } from "node:zlib";
import { mergeReturns, type LoadedReturn, type MergeResult } from "../../src/core";
import { loadReturn } from "../../src/cli/returns";
import { zlibInflate } from "../../src/cli/zlib";
import { describeFinding, visibleText } from "../../src/messages";
import type { ReadWorkbookOptions } from "../../src/xlsx/read";
import { returnFromBytes } from "../../src/xlsx/returns";
import { writeSummary } from "../../src/xlsx/summary";
import type { HostileCase } from "../helpers/hostile-corpus";
import { inspectWorkbook } from "../helpers/inspect-workbook";
import { BOMB_INFLATED_BYTES, makeZipBombStream } from "../helpers/raw-containers";
import { makeTempDir } from "../helpers/temp";
import {
  ACCEPT_BYTES,
  ACCEPT_MS,
  CAMPAIGN,
  REJECT_BYTES,
  REJECT_MS,
  codeSet,
  expectNoUnitFormula,
  expectedMerge,
  goodReturns,
  hostileCorpus,
  measure,
  readSummary,
  vi,
  expectedFileOutcome,
  type Measured,
  type Outcome,
} from "./support";

const built = performance.now();
const good = goodReturns();
const corpus = hostileCorpus(good);
const buildMs = performance.now() - built;
const inMemory = corpus.filter(
  (c): c is HostileCase & { bytes: Uint8Array } => c.bytes !== "directory"
);

/** Counts what a raw deflate stream inflates to, in chunks that are thrown away. */
function inflatedSize(stream: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const inflater = createInflateRaw({ chunkSize: 1024 * 1024 });
    inflater.on("data", (chunk: Buffer) => (total += chunk.length));
    inflater.on("end", () => resolve(total));
    inflater.on("error", reject);
    inflater.end(stream);
  });
}

/**
 * Checks one file's outcome against its case: status, codes, unit, forms, messages. A file
 * sent twice is checked against its twin when the twin is in the merge too.
 */
function expectOutcome(c: Pick<HostileCase, "name" | "expected">, result: MergeResult): void {
  const outcome = result.files.find((file) => file.path === c.name);
  expect(outcome).toBeDefined();
  if (!outcome) return;
  const { expected } = c;
  const by = outcome.findings.flatMap((f) =>
    f.code === "superseded" ? [f.params.by] : f.code === "duplicate_file" ? [f.params.of] : []
  )[0];
  const seen: Outcome = {
    file: c.name,
    status: outcome.status,
    codes: codeSet(outcome.findings.map((f) => f.code)),
    ...(by !== undefined ? { by: String(by) } : {}),
  };
  const twin = result.files.some((file) => file.path === expected.twin) ? expected.twin : undefined;
  expect(seen).toEqual(expectedFileOutcome(seen, expected, twin));
  if (expected.unit !== undefined) expect(outcome.unit).toBe(expected.unit);
  if (expected.forms !== undefined) expect(outcome.forms).toEqual(expected.forms);
  const [first] = outcome.findings;
  if (expected.params) expect(first?.params).toMatchObject(expected.params);

  for (const finding of outcome.findings) {
    const text = describeFinding(vi, finding);
    // Names the file (control characters shown as symbols), and renders every parameter.
    expect(text.startsWith(`Tệp ${visibleText(c.name)}`)).toBe(true);
    expect(text).not.toMatch(/undefined|\[object|""/);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
  }
  if (first && first.code !== "superseded") {
    const text = describeFinding(vi, first);
    for (const part of expected.says ?? []) expect(text).toContain(part);
    // A refusal always says what to do next.
    if (expected.status === "rejected") expect(text).toMatch(/Hãy /);
  }
}

function expectWithinBudget(c: HostileCase, measured: Measured<unknown>): void {
  const rejected = c.expected.status === "rejected";
  expect(measured.ms).toBeLessThan(rejected ? REJECT_MS : ACCEPT_MS);
  expect(measured.bytes).toBeLessThan(rejected ? REJECT_BYTES : ACCEPT_BYTES);
}

describe("the hostile corpus", () => {
  it("holds more than 35 distinct cases, made by code in seconds", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(35);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
    expect(corpus.filter((c) => c.expected.status === "rejected").length).toBeGreaterThan(30);
    expect(buildMs).toBeLessThan(30_000);
  });

  it("makes a zip bomb of about 1 MB in milliseconds that really inflates past 1 GB", async () => {
    const started = performance.now();
    const stream = makeZipBombStream();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(stream.length).toBeLessThan(2 * 1024 * 1024);
    const size = await inflatedSize(stream);
    expect(size).toBe(BOMB_INFLATED_BYTES);
    expect(size).toBeGreaterThan(1024 * 1024 * 1024);
  });
});

const READERS: [string, ReadWorkbookOptions][] = [
  ["fflate, as in the browser", {}],
  ["Node's zlib, as in the CLI", { inflate: zlibInflate }],
];

/** What each read cost, printed at the end when HOSTILE_REPORT is set. */
const costs: { reader: string; id: string; status: string; ms: number; mb: number }[] = [];
afterAll(() => {
  if (!process.env.HOSTILE_REPORT) return;
  const lines = costs.map(
    (c) =>
      `${c.reader.padEnd(8)} ${c.id.padEnd(32)} ${c.status.padEnd(9)} ${c.ms.toFixed(0).padStart(6)} ms ${c.mb.toFixed(1).padStart(7)} MB`
  );
  console.log(lines.join("\n"));
});

describe.each(READERS)("each hostile file alone, read with %s", (reader, options) => {
  it.each(inMemory)("$id: $title", (c) => {
    const measured = measure(() => returnFromBytes(c.bytes, { file: c.name }, CAMPAIGN, options));
    costs.push({
      reader: reader.split(",")[0]!,
      id: c.id,
      status: c.expected.status,
      ms: measured.ms,
      mb: measured.bytes / (1024 * 1024),
    });
    expectWithinBudget(c, measured);
    expectOutcome(c, mergeReturns([measured.value], CAMPAIGN));
  });
});

describe("a folder named like a workbook", () => {
  it("is refused as a file that cannot be opened, and the message says so", () => {
    const work = makeTempDir("hostile-dir");
    const folder = path.join(work, "thu-muc.xlsx");
    mkdirSync(folder);
    const c = corpus.find((x) => x.bytes === "directory");
    expect(c).toBeDefined();
    const measured = measure(() => loadReturn(folder, CAMPAIGN));
    expect(measured.ms).toBeLessThan(REJECT_MS);
    expectOutcome(
      { name: folder, expected: c!.expected },
      mergeReturns([measured.value], CAMPAIGN)
    );
    rmSync(work, { recursive: true, force: true });
  });
});

describe("the corpus merged with good returns", () => {
  const inputs = [...good, ...inMemory];
  let loaded: LoadedReturn[];
  let result: MergeResult;
  let summary: Uint8Array;

  beforeAll(async () => {
    loaded = inputs.map((input) => returnFromBytes(input.bytes, { file: input.name }, CAMPAIGN));
    result = mergeReturns(loaded, CAMPAIGN);
    summary = await writeSummary(result, CAMPAIGN, {
      catalogue: vi,
      generatedAt: new Date("2017-10-14T01:00:00Z"),
    });
  });

  it("gives every file, good or hostile, its expected outcome and message", () => {
    expect(result.files.map((file) => file.path)).toEqual(inputs.map((input) => input.name));
    for (const input of inputs) expectOutcome(input, result);
  });

  it("takes one of two files with the same bytes and names it on the other, a duplicate", () => {
    const twins = inputs.filter((input) => input.expected.twin !== undefined);
    expect(twins).toHaveLength(2);
    const outcomes = twins.map((twin) => result.files.find((file) => file.path === twin.name));
    expect(outcomes.map((o) => o?.status).sort()).toEqual(["accepted", "superseded"]);
    const kept = outcomes.find((o) => o?.status === "accepted");
    const dropped = outcomes.find((o) => o?.status === "superseded");
    expect(
      dropped?.findings.map((f) => [f.code, f.code === "duplicate_file" ? f.params.of : undefined])
    ).toEqual([["duplicate_file", kept?.path]]);
    expect(describeFinding(vi, dropped!.findings[0]!)).toContain(`"${kept?.path}"`);
  });

  it("counts the good returns and the accepted cases, each unit once", () => {
    const expected = expectedMerge(inputs.map((input) => input.expected));
    expect(result.totals).toEqual(expected.totals);
    expect(result.leftOut).toBe(expected.leftOut);
    expect(result.schedule).toHaveLength(expected.scheduleRows);
    expect(result.missing).toEqual(expected.missing);
    const counted = inputs.filter((i) => i.expected.status === "accepted" && i.expected.counted);
    expect(result.units.map((unit) => unit.name).sort()).toEqual(
      counted.map((i) => i.expected.unit).sort()
    );
  });

  it("writes a summary in which nothing a unit typed is a formula (read back by our reader)", () => {
    expectNoUnitFormula(readSummary(summary));
  });

  it("writes a summary in which exceljs, too, finds only the form's own formulas", async () => {
    const inspected = await inspectWorkbook(summary);
    expect(inspected.formulas.length).toBeGreaterThan(0);
    for (const at of inspected.formulas)
      expect(at.startsWith(`${vi.summary.sheets.summary}!`)).toBe(true);
  });
});
