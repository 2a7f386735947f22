/**
 * The Node measurements of the benchmark, each run in a child process of its own so that
 * peak memory belongs to that measure alone (the preload `bench/report-rss.js` reports
 * the child's peak RSS):
 *
 * - `node merge`: the real command line end to end, `node bin/tonghop.js merge --campaign …
 *   --out … --json … FILES…` (start-up, reading, merging, the summary workbook and the JSON
 *   report), timed from spawn to exit; it reads in worker threads, one per core;
 * - `tonghop reader`: the project's reader alone (`returnFromBytes` per file in one thread,
 *   with the CLI's zlib inflate, no merge, no summary), timed inside the child;
 * - `exceljs reader`: the baseline, each file loaded with exceljs and its cells read;
 * - `unzip floor`: each file's needed parts inflated with zlib, nothing parsed.
 *
 * Every measure runs `runs` times on the same files; the medians are reported.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.join(__dirname, "..");
const CLI = path.join(ROOT, "bin", "tonghop.js");
const PRELOAD = path.join(ROOT, "bench", "report-rss.js");
const CHILD = path.join(ROOT, "bench", "baseline-child.js");

export type MeasureName =
  "node merge" | "browser merge" | "tonghop reader" | "exceljs reader" | "unzip floor";

export interface RunResult {
  readonly seconds: number;
  /** Peak RSS of the child in MB (undefined when it could not be read). */
  readonly peakMemoryMB?: number;
}

export interface Measurement {
  readonly measure: MeasureName;
  readonly n: number;
  /** What the seconds cover. */
  readonly scope: string;
  readonly runs: readonly RunResult[];
  /** Medians over the runs. */
  readonly totalSeconds: number;
  readonly msPerReturn: number;
  readonly peakMemoryMB?: number;
  /** Anything worth knowing about the runs (files rejected, counts). */
  readonly notes?: string;
}

export interface MeasureSet {
  /** The folder holding `campaign.json` and `returns/`. */
  readonly dir: string;
  readonly files: readonly string[];
  readonly campaignFile: string;
  readonly n: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Linux's limit for one exec's arguments and environment is 2 MB; stay well below it. */
const MAX_ARGV_BYTES = 1_500_000;

interface ChildOutcome {
  readonly code: number | null;
  readonly seconds: number;
  readonly peakMemoryMB?: number;
  readonly stderr: string;
}

/** Runs `node -r report-rss.js ARGS` in `cwd`; wall time from spawn to exit. */
function runChild(args: readonly string[], cwd: string, rssFile: string): Promise<ChildOutcome> {
  rmSync(rssFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["-r", PRELOAD, ...args], {
      cwd,
      env: { ...process.env, TONGHOP_BENCH_RSS_FILE: rssFile, TONGHOP_LANG: "vi" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 10_000) stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
      resolve({
        code,
        seconds,
        ...(Number.isFinite(kb) ? { peakMemoryMB: kb / 1024 } : {}),
        stderr,
      });
    });
  });
}

function summarise(
  measure: MeasureName,
  set: MeasureSet,
  scope: string,
  runs: RunResult[],
  notes?: string
): Measurement {
  const totalSeconds = median(runs.map((run) => run.seconds));
  const memory = runs.flatMap((run) => (run.peakMemoryMB === undefined ? [] : [run.peakMemoryMB]));
  return {
    measure,
    n: set.n,
    scope,
    runs,
    totalSeconds,
    msPerReturn: (totalSeconds * 1000) / set.n,
    ...(memory.length > 0 ? { peakMemoryMB: median(memory) } : {}),
    ...(notes ? { notes } : {}),
  };
}

interface Report {
  files: { status: string }[];
}

/** (a) `tonghop merge` end to end, the files passed as arguments. */
export async function measureCli(set: MeasureSet, runs: number): Promise<Measurement> {
  const work = path.join(set.dir, "cli-out");
  const files = set.files.map((file) => path.relative(set.dir, file));
  const argv = [
    CLI,
    "merge",
    "--campaign",
    path.relative(set.dir, set.campaignFile),
    "--out",
    path.join(work, "tong-hop.xlsx"),
    "--json",
    path.join(work, "report.json"),
    ...files,
  ];
  const argvBytes = argv.reduce((sum, arg) => sum + Buffer.byteLength(arg) + 1, 0);
  if (argvBytes > MAX_ARGV_BYTES)
    throw new Error(`${argvBytes} bytes of arguments: too many files for one command line`);
  const results: RunResult[] = [];
  let notes = "";
  for (let i = 0; i < runs; i++) {
    rmSync(work, { recursive: true, force: true });
    const outcome = await runChild(argv, set.dir, path.join(set.dir, "cli.rss"));
    if (outcome.code !== 0)
      throw new Error(`tonghop merge exited with ${outcome.code}: ${outcome.stderr}`);
    const report = JSON.parse(readFileSync(path.join(work, "report.json"), "utf8")) as Report;
    if (report.files.length !== set.n)
      throw new Error(`the report lists ${report.files.length} files, not ${set.n}`);
    const rejected = report.files.filter((file) => file.status === "rejected").length;
    notes = `${set.n - rejected} files merged, ${rejected} rejected`;
    results.push({
      seconds: outcome.seconds,
      ...(outcome.peakMemoryMB !== undefined ? { peakMemoryMB: outcome.peakMemoryMB } : {}),
    });
  }
  rmSync(work, { recursive: true, force: true });
  return summarise(
    "node merge",
    set,
    "CLI end to end: process start to exit, summary .xlsx and JSON report written",
    results,
    notes
  );
}

type ChildMode = "exceljs" | "unzip" | "reader";

const CHILD_MEASURE: Record<ChildMode, { measure: MeasureName; scope: string }> = {
  reader: {
    measure: "tonghop reader",
    scope:
      "returnFromBytes per file (read + extract) in one thread, no merge or summary; loop time in a child",
  },
  exceljs: {
    measure: "exceljs reader",
    scope: "exceljs Workbook.xlsx.load per file + every cell value read; loop time in a child",
  },
  unzip: {
    measure: "unzip floor",
    scope:
      "zlib inflate of the parts a return needs, no XML parsing; one thread; loop time in a child",
  },
};

interface ChildResult {
  seconds: number;
  files: number;
  read: number;
  failed: number;
}

/** (b), (c) and the reader alone: one child process per run. */
export async function measureInChild(
  mode: ChildMode,
  set: MeasureSet,
  runs: number
): Promise<Measurement> {
  const list = path.join(set.dir, "files.json");
  writeFileSync(list, JSON.stringify(set.files));
  const out = path.join(set.dir, `${mode}.json`);
  const results: RunResult[] = [];
  let notes = "";
  for (let i = 0; i < runs; i++) {
    rmSync(out, { force: true });
    const args = [CHILD, mode, list, out, set.campaignFile];
    const outcome = await runChild(args, set.dir, path.join(set.dir, `${mode}.rss`));
    if (outcome.code !== 0 || !existsSync(out))
      throw new Error(`${mode} baseline exited with ${outcome.code}: ${outcome.stderr}`);
    const result = JSON.parse(readFileSync(out, "utf8")) as ChildResult;
    notes = `${result.read} files read, ${result.failed} failed`;
    results.push({
      seconds: result.seconds,
      ...(outcome.peakMemoryMB !== undefined ? { peakMemoryMB: outcome.peakMemoryMB } : {}),
    });
  }
  const { measure, scope } = CHILD_MEASURE[mode];
  return summarise(measure, set, scope, results, notes);
}

/** How many times each measure runs for n returns: 5 at 100, 3 at 1,000, 1 above. */
export function runsFor(n: number): number {
  return n <= 100 ? 5 : n <= 1000 ? 3 : 1;
}

/** Every Node measure on one set of returns, in order. */
export async function measureNode(
  set: MeasureSet,
  options: { runs?: number; log?: (line: string) => void } = {}
): Promise<Measurement[]> {
  const runs = options.runs ?? runsFor(set.n);
  const log = options.log ?? (() => undefined);
  const measurements: Measurement[] = [];
  log(`  node merge ×${runs}`);
  measurements.push(await measureCli(set, runs));
  for (const mode of ["reader", "exceljs", "unzip"] as const) {
    log(`  ${CHILD_MEASURE[mode].measure} ×${runs}`);
    measurements.push(await measureInChild(mode, set, runs));
  }
  return measurements;
}
