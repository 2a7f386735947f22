import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expandInputs } from "../../src/cli/inputs";
import { makeTempDir } from "../helpers/temp";

const root = makeTempDir("inputs");

/** Makes the files (and their folders) under a fresh folder; returns the folder. */
function tree(name: string, files: readonly string[]): string {
  const dir = path.join(root, name);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "x");
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs with `dir` as the working folder, so that patterns and results are relative. */
function inFolder<T>(dir: string, run: () => T): T {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return run();
  } finally {
    process.chdir(before);
  }
}

describe("expandInputs", () => {
  const returns = tree("returns", [
    "mau2-b.xlsx",
    "mau2-a.XLSX",
    "mau1-a.xlsm",
    "cu.xls",
    "nhi-phan.xlsb",
    "libre.ods",
    "ghi-chu.txt",
    "scan.pdf",
    "~$mau2-a.xlsx",
    ".mau2-an.xlsx",
    "._mau2-b.xlsx",
    "con/mau2-c.xlsx",
  ]);

  it("takes the spreadsheets directly in a folder, sorted by name", () => {
    expect(inFolder(root, () => expandInputs(["returns"]))).toEqual({
      files: [
        "returns/cu.xls",
        "returns/libre.ods",
        "returns/mau1-a.xlsm",
        "returns/mau2-a.XLSX",
        "returns/mau2-b.xlsx",
        "returns/nhi-phan.xlsb",
      ],
      notices: [],
    });
  });

  it("keeps the order of the arguments, a literal file as it was typed", () => {
    const { files } = inFolder(root, () =>
      expandInputs(["./returns/ghi-chu.txt", "returns/con", "returns/"])
    );
    expect(files.slice(0, 2)).toEqual(["./returns/ghi-chu.txt", "returns/con/mau2-c.xlsx"]);
    expect(files).toHaveLength(2 + 6);
  });

  it("names a folder with no spreadsheet, and still takes the rest", () => {
    const empty = tree("empty", ["ghi-chu.txt", "con/mau2.xlsx"]);
    expect(expandInputs([empty, path.join(returns, "mau2-b.xlsx")])).toEqual({
      files: [path.join(returns, "mau2-b.xlsx")],
      notices: [{ code: "folder_empty", folder: empty }],
    });
  });

  it("passes a path that does not exist on to the reader, which rejects it by name", () => {
    const missing = path.join(root, "khong-co.xlsx");
    expect(expandInputs([missing])).toEqual({ files: [missing], notices: [] });
  });

  it("expands * and ? in the last segment, sorted, without hidden and lock files", () => {
    expect(expandInputs([path.join(returns, "mau2-*.xlsx")]).files).toEqual([
      path.join(returns, "mau2-b.xlsx"),
    ]);
    expect(expandInputs([path.join(returns, "mau?-a.*")]).files).toEqual([
      path.join(returns, "mau1-a.xlsm"),
      path.join(returns, "mau2-a.XLSX"),
    ]);
    expect(expandInputs([path.join(returns, ".*.xlsx")]).files).toEqual([
      path.join(returns, "._mau2-b.xlsx"),
      path.join(returns, ".mau2-an.xlsx"),
    ]);
  });

  it("takes every entry * matches, as a shell would, and a folder among them as a folder", () => {
    expect(inFolder(returns, () => expandInputs(["*"])).files).toEqual([
      "con/mau2-c.xlsx",
      "cu.xls",
      "ghi-chu.txt",
      "libre.ods",
      "mau1-a.xlsm",
      "mau2-a.XLSX",
      "mau2-b.xlsx",
      "nhi-phan.xlsb",
      "scan.pdf",
    ]);
  });

  it("expands a pattern in a folder's name", () => {
    const units = tree("units", ["phu-bai/mau2.xlsx", "thuy-van/mau2.xlsx", "thuy-van.xlsx"]);
    expect(expandInputs([path.join(units, "*", "mau2.xlsx")]).files).toEqual([
      path.join(units, "phu-bai", "mau2.xlsx"),
      path.join(units, "thuy-van", "mau2.xlsx"),
    ]);
    expect(inFolder(units, () => expandInputs(["thuy-*"])).files).toEqual([
      "thuy-van/mau2.xlsx",
      "thuy-van.xlsx",
    ]);
  });

  it("names a pattern that matches nothing", () => {
    const pattern = path.join(returns, "*.csv");
    const gone = path.join(root, "khong-co", "*.xlsx");
    expect(expandInputs([pattern, gone, path.join(returns, "cu.xls")])).toEqual({
      files: [path.join(returns, "cu.xls")],
      notices: [
        { code: "no_match", pattern },
        { code: "no_match", pattern: gone },
      ],
    });
  });

  it("takes a file whose name holds a * as it is, when it exists", () => {
    const odd = tree("odd", ["bao*cao.xlsx", "bao-cao.xlsx"]);
    expect(expandInputs([path.join(odd, "bao*cao.xlsx")]).files).toEqual([
      path.join(odd, "bao*cao.xlsx"),
    ]);
  });

  it("reads a file named twice once, however it was named", () => {
    const a = path.join(returns, "mau2-b.xlsx");
    const { files } = inFolder(root, () =>
      expandInputs([a, "returns/../returns/mau2-b.xlsx", "returns", "returns/*.xlsx", a])
    );
    expect(files[0]).toBe(a);
    expect(files.filter((file) => path.basename(file) === "mau2-b.xlsx")).toHaveLength(1);
    expect(files).toHaveLength(6);
  });

  it("never takes the command's own output files", () => {
    const dir = tree("with-output", ["mau2-a.xlsx", "tong-hop.xlsx", "bao-cao.json"]);
    const out = path.join(dir, "tong-hop.xlsx");
    const json = path.join(dir, "bao-cao.json");
    const outputs = { "--out": out, "--json": json };
    expect(inFolder(dir, () => expandInputs(["."], { outputs }))).toEqual({
      files: ["mau2-a.xlsx"],
      notices: [{ code: "own_output", file: "tong-hop.xlsx", option: "--out" }],
    });
    expect(expandInputs([path.join(dir, "*"), out], { outputs })).toEqual({
      files: [path.join(dir, "mau2-a.xlsx")],
      notices: [
        { code: "own_output", file: json, option: "--json" },
        { code: "own_output", file: out, option: "--out" },
      ],
    });
  });

  // Root reads any folder, whatever its permissions.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)("names a folder it cannot list", () => {
    const locked = tree("locked", ["mau2.xlsx"]);
    chmodSync(locked, 0o000);
    try {
      expect(expandInputs([locked]).notices).toEqual([
        { code: "folder_unreadable", folder: locked },
      ]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
