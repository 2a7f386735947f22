/**
 * Nothing lost, nothing changed: merging the same returns twice gives the same result, the
 * same JSON report byte for byte and the same summary workbook (byte for byte when the
 * time it was made is fixed; cell for cell through the CLI, which stamps the current time).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { mergeReturns } from "../../src/core";
import { main, type Output } from "../../src/cli/main";
import { toReport } from "../../src/cli/returns";
import { vi } from "../../src/messages";
import { writeSummary } from "../../src/xlsx/summary";
import { campaign, cellsOf, examplePaths, loadExamples } from "../helpers/nothing-lost";
import { makeTempDir } from "../helpers/temp";

const generatedAt = new Date(Date.UTC(2017, 9, 14, 9));

describe("merging the same returns twice", () => {
  // Read twice from the bytes, as two runs of the CLI or two merges in the page would.
  const first = mergeReturns(loadExamples(), campaign);
  const second = mergeReturns(loadExamples(), campaign);

  it("merges something worth comparing: units, a superseded file, a rejected one", () => {
    expect(first.units.length).toBeGreaterThan(5);
    expect(first.files.map((file) => file.status)).toEqual(
      expect.arrayContaining(["accepted", "superseded", "rejected"])
    );
  });

  it("gives a deep-equal result, and never changes its (frozen) inputs", () => {
    expect(second).toEqual(first);
  });

  it("gives a byte-equal JSON report", () => {
    const json = (result: typeof first): string => JSON.stringify(toReport(result, vi), null, 2);
    expect(json(second)).toBe(json(first));
  });

  it("writes a byte-equal summary workbook when the time it was made is the same", async () => {
    const a = await writeSummary(first, campaign, { catalogue: vi, generatedAt });
    const b = await writeSummary(second, campaign, { catalogue: vi, generatedAt });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it("writes the same cells when only the time differs", async () => {
    const a = await writeSummary(first, campaign, { catalogue: vi, generatedAt });
    const b = await writeSummary(second, campaign, {
      catalogue: vi,
      generatedAt: new Date(generatedAt.getTime() + 86_400_000),
    });
    expect(cellsOf(b)).toEqual(cellsOf(a));
  });
});

describe("tonghop merge run twice on the same files", () => {
  const quiet: Output = { out: () => undefined, err: () => undefined };
  const dir = makeTempDir("merge-twice");
  const run = async (name: string): Promise<{ code: number; json: string; cells: unknown }> => {
    const out = path.join(dir, `${name}.xlsx`);
    const json = path.join(dir, `${name}.json`);
    const code = await main(
      ["merge", "--campaign", "huong-thuy-2017", "--out", out, "--json", json, ...examplePaths()],
      quiet
    );
    return {
      code,
      json: readFileSync(json, "utf8"),
      cells: cellsOf(new Uint8Array(readFileSync(out))),
    };
  };

  it("writes a byte-equal report and a summary with the same cells", async () => {
    const a = await run("lan-1");
    const b = await run("lan-2");
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(b.json).toBe(a.json);
    expect(b.cells).toEqual(a.cells);
  });
});
