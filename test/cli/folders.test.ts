/**
 * `tonghop merge` and `validate` given folders, patterns and bad paths, as an office runs
 * them: what they read, and what they say on stderr about the files left out.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, type IndicatorId } from "../../src/core";
import { main, type Output } from "../../src/cli/main";
import { SPREADSHEET_EXTENSIONS } from "../../src/cli/inputs";
import { en, vi } from "../../src/messages";
import {
  EXAMPLES,
  expectedOutcome,
  filledMau2,
  makeExamples,
  unitValues,
} from "../../scripts/make-examples";
import { makeTempDir } from "../helpers/temp";

interface Report {
  totals: Record<IndicatorId, number>;
  files: { path: string; status: string; unit: string; issues: { code: string }[] }[];
}

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (line) => out.push(line), err: (line) => err.push(line) };
  return { code: await main(argv, output), out, err };
}

const readReport = (file: string): Report => JSON.parse(readFileSync(file, "utf8")) as Report;
const dir = makeTempDir("cli-folders");
const expected = expectedOutcome();

describe("merge of a folder of returns", () => {
  const returns = path.join(dir, "returns");
  const out = path.join(returns, "tong-hop.xlsx");
  const json = path.join(returns, "tong-hop.json");
  let first: Run;
  let firstReport: Report;

  beforeAll(async () => {
    await makeExamples(returns);
    first = await run("merge", "--out", out, "--json", json, returns);
    firstReport = readReport(json);
  });

  it("reads every return in the folder, in name order", () => {
    expect(first.code).toBe(0);
    const names = EXAMPLES.map((example) => example.name).sort();
    expect(firstReport.files.map((file) => path.basename(file.path))).toEqual(names);
    expect(firstReport.totals).toEqual(expected.totals);
  });

  it("names each rejected file on stderr with its reasons under it", () => {
    const broken = path.join(returns, "xa-thuy-tan-bao-cao.xlsx");
    const at = first.err.indexOf(vi.cli.fileStatus(broken, "rejected"));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(first.err[at + 1]).toMatch(/^ {2}\[LỖI\] Tệp .*xa-thuy-tan-bao-cao\.xlsx: /);
  });

  it("counts the values of an accepted file that were left out, with their cells", () => {
    const line = first.err.find((l) => l.includes("mau2-phuong-thuy-phuong.xlsx"));
    expect(line).toMatch(/: 2 giá trị không được tính vào tổng \(ô [A-Z]+\d+, [A-Z]+\d+\)$/);
  });

  it("gives the same totals when run again with the summary now in the folder", async () => {
    const second = await run("merge", "--out", out, "--json", json, returns);
    expect(second.code).toBe(0);
    expect(second.err).toContain(vi.cli.skippedOwnOutput(out, "--out"));
    const report = readReport(json);
    expect(report.totals).toEqual(firstReport.totals);
    expect(report.files.map((file) => file.path)).toEqual(
      firstReport.files.map((file) => file.path)
    );
  });

  it("lists the summary of a run with another --out as the office's own summary", async () => {
    const otherJson = path.join(dir, "tong-hop-khac.json");
    const result = await run(
      "merge",
      "--out",
      path.join(dir, "tong-hop-khac.xlsx"),
      "--json",
      otherJson,
      returns
    );
    expect(result.code).toBe(0);
    const summary = readReport(otherJson).files.find((file) => file.path === out);
    expect(summary?.status).toBe("rejected");
    const codes = summary?.issues.map((issue) => issue.code) ?? [];
    expect(codes).toContain("own_summary");
    // Rejected with warnings only: those are its reasons.
    const at = result.err.indexOf(vi.cli.fileStatus(out, "rejected", summary?.unit));
    expect(at).toBeGreaterThanOrEqual(0);
    const reasons = result.err.slice(at + 1, at + 1 + codes.length);
    expect(reasons.every((line) => line.startsWith("  [Cảnh báo] "))).toBe(true);
  });
});

describe("a folder and a pattern of the same returns", () => {
  const returns = path.join(dir, "clean");

  beforeAll(async () => {
    await makeExamples(returns);
  });

  it("reads what a pattern matches, once even if also named by its folder", async () => {
    const pattern = path.join(returns, "mau2-*.xlsx");
    const result = await run(
      "merge",
      "--out",
      path.join(dir, "mau2.xlsx"),
      "--json",
      path.join(dir, "mau2.json"),
      pattern,
      returns
    );
    expect(result.code).toBe(0);
    const paths = readReport(path.join(dir, "mau2.json")).files.map((file) => file.path);
    const mau2 = EXAMPLES.filter((example) => /^mau2-/.test(example.name));
    expect(paths.slice(0, mau2.length).map((file) => path.basename(file))).toEqual(
      mau2.map((example) => example.name).sort()
    );
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toHaveLength(EXAMPLES.length);
  });

  it("validate takes a folder and ends by counting the rejected files", async () => {
    const result = await run("validate", returns);
    expect(result.code).toBe(1);
    const count = (status: string): number =>
      EXAMPLES.filter((example) => example.expected === status).length;
    expect(result.out.at(-1)).toBe(
      vi.cli.checked(EXAMPLES.length, count("accepted"), count("superseded"), count("rejected"))
    );
    expect(result.out.at(-1)).toMatch(
      /^Đã kiểm tra \d+ tệp: \d+ tệp được tổng hợp, 1 tệp đã được thay bằng tệp mới hơn, 1 tệp bị loại\.$/
    );
  });
});

describe("merge of many broken files", () => {
  const folder = path.join(dir, "broken");

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    for (let i = 1; i <= 25; i++) {
      writeFileSync(path.join(folder, `hong-${String(i).padStart(2, "0")}.xlsx`), "không phải");
    }
    writeFileSync(
      path.join(folder, "mau2-phu-bai.xlsx"),
      await filledMau2(HUONG_THUY_2017.units[0], unitValues(1))
    );
  });

  it("lists the first 20 with their reasons, then counts the others", async () => {
    const result = await run("merge", "--out", path.join(dir, "broken.xlsx"), folder);
    expect(result.code).toBe(0);
    const listed = result.err.filter((line) => line.endsWith(": bị loại"));
    expect(listed).toEqual(
      Array.from({ length: 20 }, (_, i) =>
        vi.cli.fileStatus(
          path.join(folder, `hong-${String(i + 1).padStart(2, "0")}.xlsx`),
          "rejected"
        )
      )
    );
    expect(result.err.filter((line) => line.startsWith("  [LỖI] "))).toHaveLength(20);
    expect(result.err.at(-1)).toBe("… và 5 tệp khác (xem --json)");
    expect(result.out).toHaveLength(1);
  });

  it("says it in English when asked", async () => {
    const result = await run("merge", "--lang", "en", "--out", path.join(dir, "b.xlsx"), folder);
    expect(result.err.at(-1)).toBe("… and 5 more files (see --json)");
    expect(result.err[0]).toBe(en.cli.fileStatus(path.join(folder, "hong-01.xlsx"), "rejected"));
  });

  it("lists them above the message that nothing could be merged", async () => {
    const pattern = path.join(folder, "hong-0?.xlsx");
    const result = await run("merge", "--out", path.join(dir, "none.xlsx"), pattern);
    expect(result.code).toBe(1);
    expect(result.err.filter((line) => line.endsWith(": bị loại"))).toHaveLength(9);
    expect(result.err.at(-1)).toBe(vi.cli.nothingMerged(9));
  });
});

describe("arguments that name no return", () => {
  const good = path.join(dir, "good");
  let file: string;

  beforeAll(async () => {
    mkdirSync(good, { recursive: true });
    file = path.join(good, "mau2-phu-bai.xlsx");
    writeFileSync(file, await filledMau2(HUONG_THUY_2017.units[0], unitValues(2)));
  });

  it("rejects a path that does not exist by name, and merges the rest", async () => {
    const missing = path.join(dir, "khong-co", "mau2.xlsx");
    const json = path.join(dir, "missing.json");
    const result = await run(
      "merge",
      "--out",
      path.join(dir, "m.xlsx"),
      "--json",
      json,
      missing,
      file
    );
    expect(result.code).toBe(0);
    expect(result.err[0]).toBe(vi.cli.fileStatus(missing, "rejected"));
    expect(result.err[1]).toContain(missing);
    expect(readReport(json).files.map((f) => [f.status, f.issues[0]?.code])).toEqual([
      ["rejected", "file_unreadable"],
      ["accepted", undefined],
    ]);
  });

  it("names an empty folder and a pattern that matches nothing, and still merges the rest", async () => {
    const empty = path.join(dir, "empty");
    mkdirSync(empty, { recursive: true });
    writeFileSync(path.join(empty, "ghi-chu.txt"), "");
    const pattern = path.join(good, "*.ods");
    const result = await run("merge", "--out", path.join(dir, "e.xlsx"), empty, pattern, good);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([
      vi.cli.folderEmpty(empty, SPREADSHEET_EXTENSIONS),
      vi.cli.noMatch(pattern),
    ]);
    expect(result.err[0]).toBe(
      `Thư mục "${empty}" không có tệp bảng tính nào (.xlsx, .xlsm, .xls, .xlsb, .ods) nằm ngay trong đó (thư mục con không được đọc); bỏ qua thư mục này.`
    );
  });

  it("exits 1 with a message when nothing is left to read", async () => {
    const pattern = path.join(good, "*.ods");
    for (const command of [
      ["merge", "--out", path.join(dir, "n.xlsx"), pattern],
      ["validate", pattern],
    ]) {
      const result = await run(...command);
      expect(result.code).toBe(1);
      expect(result.err).toEqual([vi.cli.noMatch(pattern), vi.cli.noInputFiles]);
    }
  });

  it("never reads its own summary, even when named", async () => {
    const out = path.join(good, "tong-hop.xlsx");
    expect((await run("merge", "--out", out, good)).code).toBe(0);
    const result = await run("merge", "--out", out, out);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([vi.cli.skippedOwnOutput(out, "--out"), vi.cli.noInputFiles]);
  });
});
