import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017 } from "../../src/core";
import { main, type Output } from "../../src/cli/main";
import { inspectWorkbook } from "../helpers/inspect-workbook";
import { makeTempDir } from "../helpers/temp";

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const output = capture();
  const code = await main(argv, output);
  return { code, out: output.lines.join("\n"), err: output.errors.join("\n") };
}

const dir = makeTempDir("cli");

describe("tonghop usage", () => {
  it("prints help in Vietnamese", async () => {
    const result = await run("--help");
    expect(result.code).toBe(0);
    expect(result.out).toContain("tonghop template --form mau1|mau2");
    expect(result.out).toContain("tonghop templates");
  });

  it("prints help in English when asked", async () => {
    expect((await run("--help", "--lang", "en")).out).toContain("Usage:");
  });

  it.each([
    [[], 2, ""],
    [["frobnicate"], 2, "frobnicate"],
    [["template", "--out", "x.xlsx"], 2, "--form"],
    [["template", "--form", "mau3", "--out", "x.xlsx"], 2, "mau3"],
    [["template", "--form", "mau1"], 2, "--out"],
    [["template", "--form", "mau1", "--out", "x.pdf"], 2, "x.pdf"],
    [["template", "--form", "mau1", "--out", "x.xlsx", "--colour", "red"], 2, "--colour"],
    [["template", "--form", "mau1", "--out", "x.xlsx", "--unit"], 2, "--unit"],
    [["templates", "--campaign", "hue-2030", "--out", "d"], 2, "hue-2030"],
    [
      ["template", "--form", "mau1", "--unit", "Phường Không Có", "--out", "x.xlsx"],
      2,
      "Phường Không Có",
    ],
  ])("exits %# with code %i and names the culprit", async (argv, code, culprit) => {
    const result = await run(...(argv as string[]));
    expect(result.code).toBe(code);
    expect(result.err + result.out).toContain(culprit);
  });
});

describe("tonghop templates", () => {
  it("writes a Mẫu 1 and a Mẫu 2 for each of the 12 roster units", async () => {
    const out = path.join(dir, "forms");
    const result = await run("templates", "--campaign", "huong-thuy-2017", "--out", out);
    expect(result.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(24);
    expect(files.filter((f) => f.startsWith("mau1-"))).toHaveLength(12);
    expect(files).toContain("mau2-xa-duong-hoa.xlsx");
    const book = await inspectWorkbook(readFileSync(path.join(out, "mau2-xa-duong-hoa.xlsx")));
    expect(book.metadata.unit).toBe("Xã Dương Hòa");
  });
});

describe("tonghop template", () => {
  it("matches --unit against the roster ignoring case and Unicode form", async () => {
    const out = path.join(dir, "thuy-van.xlsx");
    const unit = "xã thủy vân".normalize("NFD");
    expect((await run("template", "--form", "mau2", "--unit", unit, "--out", out)).code).toBe(0);
    expect((await inspectWorkbook(readFileSync(out))).metadata.unit).toBe("Xã Thủy Vân");
  });

  it("reads a campaign from a JSON file", async () => {
    const file = path.join(dir, "campaign.json");
    const campaign = {
      ...HUONG_THUY_2017,
      id: "a-luoi-2024",
      year: 2024,
      week: { start: "2024-10-01", end: "2024-10-07" },
      deadlines: { mau1: "2024-09-27", mau2: "2024-10-11" },
    };
    writeFileSync(file, "\uFEFF" + JSON.stringify(campaign));
    const out = path.join(dir, "a-luoi.xlsx");
    expect((await run("template", "--form", "mau1", "--campaign", file, "--out", out)).code).toBe(
      0
    );
    expect((await inspectWorkbook(readFileSync(out))).metadata).toMatchObject({
      campaign: "a-luoi-2024",
      year: "2024",
    });
  });

  it("names the file and the syntax error of a campaign that is not JSON", async () => {
    const file = path.join(dir, "broken.json");
    writeFileSync(file, '{ "id": "x", ');
    const result = await run(
      "template",
      "--form",
      "mau1",
      "--campaign",
      file,
      "--out",
      path.join(dir, "b.xlsx")
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain(file);
    expect(result.err).toContain("JSON");
  });

  it("lists every problem of an invalid campaign file, naming each field", async () => {
    const file = path.join(dir, "invalid.json");
    writeFileSync(file, JSON.stringify({ ...HUONG_THUY_2017, year: "2017", units: [] }));
    const result = await run("templates", "--campaign", file, "--out", path.join(dir, "none"));
    expect(result.code).toBe(2);
    expect(result.err).toContain(file);
    expect(result.err).toContain('"year"');
    expect(result.err).toContain('"units"');
  });

  it("reports a folder it cannot write to", async () => {
    const blocker = path.join(dir, "blocker");
    writeFileSync(blocker, "not a folder");
    const result = await run("template", "--form", "mau1", "--out", path.join(blocker, "x.xlsx"));
    expect(result.code).toBe(1);
    expect(result.err).toContain(path.join(blocker, "x.xlsx"));
  });
});

describe("the installed command", () => {
  it("runs as bin/tonghop.js after the build that npm ci performs", () => {
    const bin = path.join(__dirname, "..", "..", "bin", "tonghop.js");
    const result = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("tonghop templates");
  });
});
