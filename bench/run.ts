/**
 * `npm run bench`: generates N realistic returns into a temporary folder per N, measures the
 * merge in Node (the CLI end to end, the reader alone, an exceljs reader and the unzip
 * floor) and in headless chromium through the web page, prints a table and writes
 * `results.json` and `ms-per-return.svg` into the output folder.
 *
 *   node scripts/run-ts.js bench/run.ts [--large] [--skip-browser] [--out DIR]
 *                                       [--sizes 100,1000] [--seed 1]
 *
 * N is 100 and 1,000 (`--large` adds 10,000; `--sizes` replaces the list). Each measure runs
 * 5 times at N = 100, 3 times at 1,000 and once at 10,000; medians are reported.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureBrowserMerge } from "./browser-merge";
import { PAGE_TARGETS, measureSingleFile, type SingleFileResult } from "./single-file";
import { msPerReturnChart } from "./chart";
import { generateReturns } from "./generate";
import {
  ROOT,
  measureNode,
  median,
  runsFor,
  type MeasureName,
  type Measurement,
  type RunResult,
} from "./node";

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly out: string;
  readonly skipBrowser: boolean;
  readonly seed: number;
}

/** The targets (medians, 2-core machine). */
export const TARGETS = {
  msPerReturnAt1000: 1,
  secondsAt10000: 15,
  peakMemoryMBAt10000: 300,
} as const;

export interface Row extends Measurement {
  readonly target?: string;
  readonly met?: boolean;
}

/** The target a measure has at n, and whether it is met. */
export function judge(m: Measurement): Row {
  const merge = m.measure === "node merge" || m.measure === "browser merge";
  if (merge && m.n === 1000) {
    return {
      ...m,
      target: `≤ ${TARGETS.msPerReturnAt1000} ms/return`,
      met: m.msPerReturn <= TARGETS.msPerReturnAt1000,
    };
  }
  if (merge && m.n === 10000) {
    const memoryOk = m.peakMemoryMB === undefined || m.peakMemoryMB <= TARGETS.peakMemoryMBAt10000;
    return {
      ...m,
      target: `≤ ${TARGETS.secondsAt10000} s, ≤ ${TARGETS.peakMemoryMBAt10000} MB`,
      met: m.totalSeconds <= TARGETS.secondsAt10000 && memoryOk,
    };
  }
  return m;
}

export function parseOptions(args: readonly string[]): BenchOptions {
  let sizes: number[] = [100, 1000];
  let large = false;
  let out = path.join(ROOT, "bench", "results");
  let skipBrowser = false;
  let seed = 1;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--large") large = true;
    else if (arg === "--skip-browser") skipBrowser = true;
    else if (arg === "--out") out = path.resolve(value());
    else if (arg === "--seed") seed = Number(value());
    else if (arg === "--sizes") {
      sizes = value()
        .split(",")
        .map((s) => Number(s.trim()));
      if (sizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error("--sizes takes whole numbers, e.g. 100,1000");
    } else throw new Error(`unknown option ${arg}`);
  }
  if (large && !sizes.includes(10000)) sizes = [...sizes, 10000];
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), out, skipBrowser, seed };
}

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds dist/node when it is missing or older than its sources: the CLI must be current. */
export function ensureCliBuilt(log: (line: string) => void): void {
  const built = path.join(ROOT, "dist", "node", "cli", "main.js");
  const sources = ["core", "messages", "xlsx", "cli"].map((d) => path.join(ROOT, "src", d));
  let stale = true;
  try {
    stale = statSync(built).mtimeMs < Math.max(...sources.map(newest));
  } catch {
    stale = true;
  }
  if (!stale) return;
  log("building the CLI (npm run build:cli)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build:cli failed");
}

const fmt = (v: number | undefined, digits: number): string =>
  v === undefined || !Number.isFinite(v) ? "—" : v.toFixed(digits);

/** The results as a plain-text table. */
export function table(rows: readonly Row[]): string {
  const header = ["N", "measure", "total s", "ms/return", "peak MB", "target", "met?"];
  const body = rows.map((r) => [
    r.n.toLocaleString("en-US"),
    r.measure,
    fmt(r.totalSeconds, 2),
    fmt(r.msPerReturn, 3),
    fmt(r.peakMemoryMB, 0),
    r.target ?? "",
    r.met === undefined ? "" : r.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < 2 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

async function browserMeasurement(
  set: { dir: string; files: string[]; campaignFile: string; n: number },
  runs: number
): Promise<Measurement> {
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const one = await measureBrowserMerge(set);
    results.push({ seconds: one.totalSeconds, peakMemoryMB: one.peakMemoryMB });
  }
  const totalSeconds = median(results.map((r) => r.seconds));
  const memory = results.flatMap((r) => (r.peakMemoryMB === undefined ? [] : [r.peakMemoryMB]));
  return {
    measure: "browser merge",
    n: set.n,
    scope: "the web page in headless chromium: files picked to summary downloaded",
    runs: results,
    totalSeconds,
    msPerReturn: (totalSeconds * 1000) / set.n,
    ...(memory.length > 0 ? { peakMemoryMB: median(memory) } : {}),
  };
}

const CHART_ORDER: readonly MeasureName[] = [
  "node merge",
  "browser merge",
  "tonghop reader",
  "exceljs reader",
  "unzip floor",
];

export async function runBench(options: BenchOptions, log = console.log): Promise<Row[]> {
  ensureCliBuilt(log);
  const rows: Row[] = [];
  const generation: { n: number; seconds: number }[] = [];
  const notes: string[] = [];
  const temps: string[] = [];
  const cleanUp = (): void => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (): void => {
    cleanUp();
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  let page: (SingleFileResult & { medianSeconds: number; met: boolean }) | undefined;
  try {
    if (!options.skipBrowser) {
      log("dist/TongHop.html: opened from a folder ×3");
      try {
        const measured = await measureSingleFile(3);
        const medianSeconds = median([...measured.interactiveSeconds]);
        page = {
          ...measured,
          medianSeconds,
          met:
            measured.sizeMB <= PAGE_TARGETS.sizeMB &&
            medianSeconds <= PAGE_TARGETS.interactiveSeconds,
        };
      } catch (error) {
        notes.push(`TongHop.html: ${(error as Error).message}`);
        process.exitCode = 1;
      }
    }
    for (const n of options.sizes) {
      const dir = mkdtempSync(path.join(os.tmpdir(), `tonghop-bench-${n}-`));
      temps.push(dir);
      log(`N = ${n.toLocaleString("en-US")}: generating into ${dir}`);
      const started = performance.now();
      const set = await generateReturns(dir, n, { seed: options.seed });
      const seconds = (performance.now() - started) / 1000;
      generation.push({ n, seconds });
      log(`  ${n} returns generated in ${seconds.toFixed(2)} s`);
      const measureSet = { dir, files: set.files, campaignFile: set.campaignFile, n };
      for (const m of await measureNode(measureSet, { log })) rows.push(judge(m));
      if (!options.skipBrowser) {
        log(`  browser merge ×${runsFor(n)}`);
        try {
          rows.push(judge(await browserMeasurement(measureSet, runsFor(n))));
        } catch (error) {
          notes.push(`N = ${n}: browser merge failed: ${(error as Error).message}`);
          process.exitCode = 1;
        }
      }
      cleanUp();
    }
  } finally {
    cleanUp();
    process.removeListener("SIGINT", onSignal);
  }

  log("");
  log(table(rows));
  if (page)
    log(
      `\nTongHop.html: ${page.sizeMB.toFixed(2)} MB (target ≤ ${PAGE_TARGETS.sizeMB} MB), ` +
        `usable ${page.medianSeconds.toFixed(2)} s after opening (median; target ≤ ` +
        `${PAGE_TARGETS.interactiveSeconds} s): ${page.met ? "met" : "MISSED"}`
    );
  for (const note of notes) log(note);

  mkdirSync(options.out, { recursive: true });
  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? "",
      totalMemoryMB: Math.round(os.totalmem() / 1024 / 1024),
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    },
    options: { sizes: options.sizes, seed: options.seed, skipBrowser: options.skipBrowser },
    targets: {
      "ms per return at N = 1,000 (node and browser merge)": TARGETS.msPerReturnAt1000,
      "seconds at N = 10,000": TARGETS.secondsAt10000,
      "peak MB at N = 10,000": TARGETS.peakMemoryMBAt10000,
    },
    generation,
    ...(page ? { singleFilePage: { ...page, targets: PAGE_TARGETS } } : {}),
    results: rows,
    notes,
  };
  const jsonFile = path.join(options.out, "results.json");
  writeFileSync(jsonFile, JSON.stringify(results, null, 2) + "\n");
  const svgFile = path.join(options.out, "ms-per-return.svg");
  // Every measure, in the same order and colour on every run; one not run is "not measured".
  const series = CHART_ORDER.map((name) => ({
    name,
    points: rows.filter((r) => r.measure === name).map((r) => ({ n: r.n, ms: r.msPerReturn })),
  }));
  writeFileSync(
    svgFile,
    msPerReturnChart(series, {
      title: `TổngHợp merge: ms per return (${cpus.length} CPUs, Node ${process.version})`,
      target: TARGETS.msPerReturnAt1000,
    })
  );
  log(
    `\nwrote ${path.relative(process.cwd(), jsonFile)} and ${path.relative(process.cwd(), svgFile)}`
  );
  return rows;
}

export async function main(args: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(args);
  } catch (error) {
    console.error((error as Error).message);
    console.error(
      "usage: node scripts/run-ts.js bench/run.ts [--large] [--skip-browser] [--out DIR] [--sizes 100,1000] [--seed N]"
    );
    return 2;
  }
  await runBench(options);
  return process.exitCode === undefined ? 0 : Number(process.exitCode);
}
