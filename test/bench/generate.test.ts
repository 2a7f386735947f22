/**
 * The benchmark's generated returns are read as written: the project's own reader finds
 * the unit, every count, every activity and the mistakes put in on purpose. A benchmark of
 * files the reader misreads would measure the wrong thing.
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { INDICATOR_IDS, mergeReturns, parseCampaign, type LoadedReturn } from "../../src/core";
import { returnFromBytes } from "../../src/xlsx/returns";
import { generateReturns, rosterUnit, type GeneratedSet } from "../../bench/generate";
import { makeTempDir } from "../helpers/temp";

const N = 300;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

let dir: string;
let set: GeneratedSet;
let loaded: LoadedReturn[];

beforeAll(async () => {
  dir = makeTempDir("bench-generate");
  set = await generateReturns(dir, N, { seed: 7 });
  loaded = set.returns.map((ret) =>
    returnFromBytes(readFileSync(ret.path), { file: path.basename(ret.path) }, set.campaign)
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** About 50 files: every 6th, which covers every kind and every mistake of this seed. */
const sample = (): number[] => Array.from({ length: N }, (_, i) => i).filter((i) => i % 6 === 0);

describe("generateReturns", () => {
  test("writes n files and a valid campaign with one roster unit per file", () => {
    expect(set.files).toHaveLength(N);
    expect(new Set(set.files).size).toBe(N);
    const parsed = parseCampaign(JSON.parse(readFileSync(set.campaignFile, "utf8")));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.campaign.units).toHaveLength(N);
    expect(new Set(parsed.campaign.units.map((u) => u.name)).size).toBe(N);
    expect(parsed.campaign.units[16]).toEqual(rosterUnit(16));
  });

  test("mixes generated templates, hand-made layouts and mistakes as the benchmark says", () => {
    const count = (predicate: (kind: string) => boolean): number =>
      set.returns.filter((ret) => predicate(ret.kind)).length;
    const generated = count((k) => k === "mau2" || k === "mau1" || k === "mau1+mau2");
    const handmade = count((k) => k.startsWith("handmade"));
    expect(generated / N).toBeGreaterThan(0.6);
    expect(generated / N).toBeLessThan(0.8);
    expect(handmade / N).toBeGreaterThan(0.18);
    expect(handmade / N).toBeLessThan(0.32);
    for (const kind of ["mau2", "mau1", "mau1+mau2", "handmade-mau2", "handmade-mau1"])
      expect(count((k) => k === kind)).toBeGreaterThan(0);
    const mistakes = set.returns.filter((ret) => ret.mistake !== undefined);
    expect(mistakes.length / N).toBeGreaterThan(0.02);
    expect(mistakes.length / N).toBeLessThan(0.09);
    expect(set.returns.filter((ret) => ret.mistake === "not_a_spreadsheet")).toHaveLength(N / 100);
    for (const mistake of ["negative", "text_number", "date_outside_week"])
      expect(mistakes.some((ret) => ret.mistake === mistake)).toBe(true);
  });

  test("the sample is read back with the unit, values, activities and time written", () => {
    const indexes = sample();
    expect(indexes.length).toBeGreaterThanOrEqual(50);
    const kinds = new Set(indexes.map((i) => set.returns[i]?.kind));
    expect(kinds.size).toBe(6);
    for (const i of indexes) {
      const ret = set.returns[i]!;
      const result = loaded[i]!;
      if (ret.kind === "not-a-spreadsheet") {
        expect(result.kind).toBe("rejected");
        if (result.kind === "rejected") expect(result.findings[0]?.code).toBe("not_a_zip");
        continue;
      }
      expect(result.kind).toBe("read");
      if (result.kind !== "read") continue;
      const data = result.data;
      expect({ file: ret.path, unit: data.unitName }).toEqual({ file: ret.path, unit: ret.unit });
      expect(data.unitSource).toBe(ret.kind.startsWith("handmade") ? "header" : "metadata");
      expect(data.modified).toBe(Date.parse(ret.modified!));
      expect(data.findings.filter((f) => f.severity === "error")).toEqual([]);

      if (ret.mau2) {
        expect(data.mau2).toBeDefined();
        for (const id of INDICATOR_IDS) expect(data.mau2?.values[id]?.value).toBe(ret.mau2[id]);
      } else expect(data.mau2).toBeUndefined();

      if (ret.mau1) {
        const rows = data.mau1?.rows ?? [];
        expect(rows).toHaveLength(ret.mau1.length);
        ret.mau1.forEach((activity, r) => {
          const row = rows[r]!;
          expect(row.time.value).toBe(activity.time);
          expect(row.date.value).toBe(
            activity.dateAs === "serial"
              ? (Date.parse(activity.date) - EXCEL_EPOCH) / DAY
              : activity.date.split("-").reverse().join("/")
          );
          expect(row.place).toBe(activity.place);
          expect(row.content).toBe(activity.content);
        });
      } else expect(data.mau1).toBeUndefined();
    }
  });

  test("a merge of the whole set finds exactly the mistakes put in", () => {
    const result = mergeReturns(loaded, set.campaign);
    const codes = new Map<string, number>();
    for (const file of result.files)
      for (const finding of file.findings)
        codes.set(
          `${finding.severity}:${finding.code}`,
          (codes.get(`${finding.severity}:${finding.code}`) ?? 0) + 1
        );
    const made = (mistake: string): number =>
      set.returns.filter((ret) => ret.mistake === mistake).length;
    expect(codes.get("error:not_a_zip")).toBe(made("not_a_spreadsheet"));
    expect(codes.get("error:count_negative")).toBe(made("negative"));
    expect(codes.get("warning:count_grouping")).toBe(made("text_number"));
    expect(codes.get("error:date_outside_week")).toBe(made("date_outside_week"));
    const errors = [...codes.keys()].filter((code) => code.startsWith("error:"));
    expect(errors.sort()).toEqual(
      ["error:count_negative", "error:date_outside_week", "error:not_a_zip"].sort()
    );
    expect(result.files.filter((file) => file.status === "rejected")).toHaveLength(
      made("not_a_spreadsheet")
    );
    expect(result.units).toHaveLength(set.returns.filter((ret) => ret.mau2).length);
  });

  test("the same seed gives the same bytes; another seed other data", async () => {
    const again = makeTempDir("bench-generate-again");
    try {
      const same = await generateReturns(again, 20, { seed: 7 });
      for (let i = 0; i < 20; i++) {
        expect(readFileSync(same.files[i]!).equals(readFileSync(set.files[i]!))).toBe(true);
      }
      const other = await generateReturns(again, 20, { seed: 8 });
      const differ = other.files.filter(
        (file, i) => !readFileSync(file).equals(readFileSync(set.files[i]!))
      );
      expect(differ.length).toBeGreaterThan(10);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
