/**
 * Issue 6 through the real command line: `node bin/tonghop.js merge` (the compiled CLI, read
 * workers and Node's zlib) on one folder holding the whole hostile corpus and good returns
 * from examples/huong-thuy-2017, then `validate` on the same files. The merge must finish,
 * report every file as the in-process merge does, count the good returns, leave every input
 * byte for byte as it was, and print nothing a file name could use to drive a terminal.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FindingCode, IndicatorId } from "../../src/core";
import type { HostileExpectation } from "../helpers/hostile-corpus";
import { makeTempDir } from "../helpers/temp";
import {
  CAMPAIGN,
  codeSet,
  expectNoUnitFormula,
  expectedMerge,
  expectedFileOutcome,
  goodReturns,
  hostileCorpus,
  readSummary,
  type Outcome,
} from "./support";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/tonghop.js");
const COMPILED = path.join(ROOT, "dist/node/cli/main.js");
/** A merge of ~60 files, a few of them large, on a busy two-core machine. */
const CLI_TIMEOUT_MS = 120_000;

interface Report {
  totals: Record<IndicatorId, number>;
  files: {
    path: string;
    status: string;
    unit: string;
    issues: { code: string; message: string }[];
  }[];
  schedule: { rows: number };
  missing: string[];
  leftOut: number;
}

/** Every file under a folder (folders themselves listed with a trailing slash). */
function listTree(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name);
    return entry.isDirectory() ? [`${rel}/`, ...listTree(path.join(dir, entry.name), rel)] : [rel];
  });
}

/** sha256 and modification time of every file under a folder. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    listTree(dir).map((rel) => {
      const full = path.join(dir, rel);
      if (rel.endsWith("/")) return [rel, "folder"];
      const hash = createHash("sha256").update(readFileSync(full)).digest("hex");
      return [rel, `${hash} ${statSync(full).mtimeMs}`];
    })
  );
}

function runCli(args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    timeout: CLI_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    // Two read workers even for this few files: the threads and their memory limits are
    // part of the path under test.
    env: { ...process.env, TONGHOP_READ_WORKERS: "2", TONGHOP_LANG: "vi" },
  });
}

describe("tonghop merge on a folder of hostile files and good returns", () => {
  const work = makeTempDir("hostile-cli");
  const inbox = path.join(work, "tep-nhan-ve");
  const out = path.join(work, "ket-qua");
  const good = goodReturns();
  const corpus = hostileCorpus(good);
  const expectedOf = new Map<string, HostileExpectation>();
  const files: string[] = [];
  /** Inputs that are folders with a workbook's name. */
  const folders = new Set<string>();
  let before: Record<string, string>;
  let after: Record<string, string>;
  let merge: SpawnSyncReturns<string>;
  let validate: SpawnSyncReturns<string>;
  let report: Report;

  beforeAll(() => {
    mkdirSync(inbox, { recursive: true });
    for (const input of [...good, ...corpus]) {
      const file = path.join(inbox, input.name);
      mkdirSync(path.dirname(file), { recursive: true });
      if (input.bytes === "directory") {
        mkdirSync(file);
        folders.add(file);
      } else writeFileSync(file, input.bytes);
      files.push(file);
      expectedOf.set(file, input.expected);
    }
    before = fingerprint(inbox);
    merge = runCli([
      "merge",
      "--campaign",
      CAMPAIGN.id,
      "--out",
      path.join(out, "tong-hop.xlsx"),
      "--json",
      path.join(out, "bao-cao.json"),
      ...files,
    ]);
    validate = runCli(["validate", "--campaign", CAMPAIGN.id, ...files]);
    after = fingerprint(inbox);
    if (merge.status === 0)
      report = JSON.parse(readFileSync(path.join(out, "bao-cao.json"), "utf8")) as Report;
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("runs the compiled CLI to the end and exits 0 with a summary written", () => {
    expect(existsSync(COMPILED)).toBe(true); // `npm run build:cli` first
    expect({ signal: merge.signal, error: merge.error?.message }).toEqual({
      signal: null,
      error: undefined,
    });
    expect(merge.status).toBe(0);
    // Every refused file is named on stderr with its reason, control characters made visible;
    // a folder named like a workbook is read as the folder it is (empty: skipped, said so).
    // eslint-disable-next-line no-control-regex
    expect(merge.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    const refused = merge.stderr.split("\n").filter((line) => line.endsWith(": bị loại"));
    const rejectedFiles = files.filter(
      (file) => !folders.has(file) && expectedOf.get(file)?.status === "rejected"
    ).length;
    // The first 20 files with problems, then how many more (the rest are in --json).
    expect(refused).toHaveLength(Math.min(20, rejectedFiles));
    expect(merge.stderr).toMatch(/… và \d+ tệp khác \(xem .*bao-cao\.json\)/);
    for (const folder of folders) expect(merge.stderr).toContain(`Thư mục "${folder}"`);
    expect(readFileSync(path.join(out, "tong-hop.xlsx")).subarray(0, 2).toString()).toBe("PK");
    const { units } = expectedMerge([...expectedOf.values()]);
    expect(merge.stdout).toContain(`tong-hop.xlsx: ${units} đơn vị`);
  });

  it("reports every file with the outcome the in-process merge gives it", () => {
    expect(report.files.map((file) => file.path)).toEqual(files.filter((f) => !folders.has(f)));
    for (const file of report.files) {
      const expected = expectedOf.get(file.path)!;
      const superseded = file.issues.find(
        (issue) => issue.code === "superseded" || issue.code === "duplicate_file"
      );
      const by = superseded?.message.match(/"([^"]+)"/)?.[1];
      const seen: Outcome = {
        file: file.path,
        status: file.status,
        codes: codeSet(file.issues.map((issue) => issue.code as FindingCode)),
        ...(by !== undefined ? { by } : {}),
      };
      const twin = expected.twin === undefined ? undefined : path.join(inbox, expected.twin);
      expect(seen).toEqual(expectedFileOutcome(seen, expected, twin));
      if (expected.unit !== undefined) expect(file.unit).toBe(expected.unit);
      if (!superseded)
        for (const part of expected.says ?? []) expect(file.issues[0]?.message).toContain(part);
    }
    const twins = report.files.filter((file) => expectedOf.get(file.path)?.twin !== undefined);
    expect(twins.map((file) => file.status).sort()).toEqual(["accepted", "superseded"]);
  });

  it("totals the good returns and the accepted hostile ones, each unit once", () => {
    const expected = expectedMerge([...expectedOf.values()]);
    expect(report.totals).toEqual(expected.totals);
    expect(report.leftOut).toBe(expected.leftOut);
    expect(report.schedule.rows).toBe(expected.scheduleRows);
    expect(report.missing).toEqual(expected.missing);
  });

  it("leaves every input file byte for byte as it was and adds nothing beside them", () => {
    const inputs = files.map((file) =>
      folders.has(file) ? `${path.relative(inbox, file)}/` : path.relative(inbox, file)
    );
    expect(Object.keys(before).sort()).toEqual([...inputs, "email/", "zalo/"].sort());
    expect(after).toEqual(before);
  });

  it("never writes a zip entry's climbing name anywhere", () => {
    for (const place of [tmpdir(), "/tmp", work, ROOT, "/etc/cron.d"]) {
      expect(existsSync(path.join(place, "tonghop-pwned.txt"))).toBe(false);
      expect(existsSync(path.join(place, "tonghop-pwned"))).toBe(false);
      expect(existsSync(path.join(place, "tonghop-pwned.xml"))).toBe(false);
    }
  });

  it("writes a summary in which nothing a unit typed is a formula", () => {
    expectNoUnitFormula(readSummary(new Uint8Array(readFileSync(path.join(out, "tong-hop.xlsx")))));
  });

  it("validates the same files, printing file names with their control characters made visible", () => {
    expect(validate.signal).toBeNull();
    expect(validate.status).toBe(1); // errors were found
    const printed = validate.stdout + validate.stderr;
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(printed).toContain("anh␛[2J␛[31m-bao␇cao␍␊OK");
    expect(printed).toContain("Tệp quá lớn so với một báo cáo");
    expect(printed.split("\n").filter((line) => line.endsWith(": bị loại")).length).toBe(
      files.filter((file) => !folders.has(file) && expectedOf.get(file)?.status === "rejected")
        .length
    );
  });
});
