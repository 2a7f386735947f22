/**
 * `tonghop merge` and `tonghop validate` on the example returns of scripts/make-examples.ts
 * (what an office really receives), and the level above: district summaries merged as the
 * returns of a province campaign.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, INDICATOR_IDS, type IndicatorId } from "../../src/core";
import { main, type Output } from "../../src/cli/main";
import { summaryDistrict } from "../../src/xlsx/summary";
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
  units: { name: string; files: string[] }[];
  files: {
    path: string;
    status: string;
    unit: string;
    forms: string[];
    issues: { severity: string; code: string; cell: string; indicator: string }[];
  }[];
  schedule: { rows: number };
  missing: string[];
  leftOut: number;
}

const quiet: Output = { out: () => undefined, err: () => undefined };

async function run(...argv: string[]): Promise<number> {
  return main(argv, quiet);
}

const dir = makeTempDir("cli-merge");
const readReport = (file: string): Report => JSON.parse(readFileSync(file, "utf8")) as Report;

describe("merge of the example returns (huong-thuy-2017)", () => {
  let files: string[] = [];
  let report: Report;
  let code: number;
  const expected = expectedOutcome();
  const fileOf = (name: string): Report["files"][number] => {
    const found = report.files.find((file) => path.basename(file.path) === name);
    if (!found) throw new Error(`no ${name} in the report`);
    return found;
  };

  beforeAll(async () => {
    files = await makeExamples(path.join(dir, "examples"));
    code = await run(
      "merge",
      "--campaign",
      "huong-thuy-2017",
      "--out",
      path.join(dir, "tong-hop.xlsx"),
      "--json",
      path.join(dir, "report.json"),
      ...files
    );
    report = readReport(path.join(dir, "report.json"));
  });

  it("writes a summary and exits 0, though one file is rejected", () => {
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, "tong-hop.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("gives every file the expected status", () => {
    expect(report.files).toHaveLength(EXAMPLES.length);
    expect(
      Object.fromEntries(report.files.map((file) => [path.basename(file.path), file.status]))
    ).toEqual(Object.fromEntries(EXAMPLES.map((example) => [example.name, example.expected])));
  });

  it("rejects the file that is not a spreadsheet as not_a_zip", () => {
    const broken = fileOf("xa-thuy-tan-bao-cao.xlsx");
    expect(broken.status).toBe("rejected");
    expect(broken.issues.map((issue) => issue.code)).toContain("not_a_zip");
  });

  it("supersedes the older return of the unit that sent two", () => {
    expect(fileOf("mau2-phuong-thuy-luong-ban-dau.xlsx").status).toBe("superseded");
    expect(fileOf("mau2-phuong-thuy-luong-sua.xlsx").status).toBe("accepted");
    const unit = report.units.find((u) => u.name === "Phường Thủy Lương");
    expect(unit?.files.map((file) => path.basename(file))).toEqual([
      "mau2-phuong-thuy-luong-sua.xlsx",
    ]);
  });

  it("identifies the unit of every readable file, the hand-made one by its header", () => {
    for (const example of EXAMPLES.filter((e) => e.unit)) {
      expect({ file: example.name, unit: fileOf(example.name).unit }).toEqual({
        file: example.name,
        unit: example.unit,
      });
    }
  });

  it("totals equal the sum of what the units typed, without the error values", () => {
    expect(report.totals).toEqual(expected.totals);
  });

  it("says how many values were left out", () => {
    expect(expected.leftOut).toBe(2);
    expect(report.leftOut).toBe(expected.leftOut);
    const errors = fileOf("mau2-phuong-thuy-phuong.xlsx").issues.filter(
      (issue) => issue.severity === "error"
    );
    expect(errors.map((issue) => issue.indicator).sort()).toEqual(["phong_su", "to_roi"]);
  });

  it("accepts numbers typed as text with a warning", () => {
    const issues = fileOf("mau2-phuong-thuy-duong.xlsx").issues;
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const warned = issues.filter((issue) => issue.severity === "warning").map((i) => i.indicator);
    expect(warned).toEqual(expect.arrayContaining(["to_roi", "sach_tai_lieu"]));
  });

  it("counts only the valid activity rows", () => {
    expect(expected.scheduleRows).toBe(3 + 2 + 2 + 4);
    expect(report.schedule.rows).toBe(expected.scheduleRows);
    const outside = fileOf("mau1-phuong-thuy-chau.xlsx").issues.filter(
      (issue) => issue.severity === "error"
    );
    expect(outside).toHaveLength(1);
  });

  it("lists the units with no Mẫu 2 as missing", () => {
    expect(report.missing.sort()).toEqual([...expected.missing].sort());
    expect(report.missing).toEqual(
      expect.arrayContaining(["Xã Thủy Phù", "Xã Thủy Tân", "Xã Phú Sơn", "Xã Dương Hòa"])
    );
    expect(report.missing).toHaveLength(4);
  });

  it("exits 1 when only broken files are given", async () => {
    const broken = files.filter((file) => file.endsWith("xa-thuy-tan-bao-cao.xlsx"));
    expect(await run("merge", "--out", path.join(dir, "nothing.xlsx"), ...broken)).toBe(1);
  });

  it("validate exits 1 when any file has an error, 0 when none has", async () => {
    expect(await run("validate", "--campaign", "huong-thuy-2017", ...files)).toBe(1);
    const clean = files.filter((file) => file.endsWith("mau2-phuong-phu-bai.xlsx"));
    expect(await run("validate", "--campaign", "huong-thuy-2017", ...clean)).toBe(0);
  });
});

describe("the level above: district summaries as returns of a province campaign", () => {
  const phuVang = {
    ...HUONG_THUY_2017,
    id: "phu-vang-2017",
    issuingBody: "Ủy ban nhân dân huyện Phú Vang",
    receivingOffice: "Phòng Giáo dục và Đào tạo huyện Phú Vang",
  };
  const districts = [HUONG_THUY_2017, phuVang];
  const province = {
    ...HUONG_THUY_2017,
    id: "thua-thien-hue-2017",
    issuingBody: "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    receivingOffice: "Sở Giáo dục và Đào tạo",
    units: districts.map((campaign) => summaryDistrict(campaign)),
  };
  const sum = (seeds: number[]): Record<IndicatorId, number> =>
    Object.fromEntries(
      INDICATOR_IDS.map((id) => [
        id,
        seeds.reduce((s, seed) => s + Number(unitValues(seed)[id]), 0),
      ])
    ) as Record<IndicatorId, number>;
  const seedsOf = [
    [1, 2, 3],
    [4, 5],
  ];

  it("totals the two districts' summaries", async () => {
    const levelDir = path.join(dir, "province");
    const summaries: string[] = [];
    const expectedDistrictTotals: Record<IndicatorId, number>[] = [];
    for (const [d, campaign] of districts.entries()) {
      const campaignFile = path.join(dir, `${campaign.id}.json`);
      writeFileSync(campaignFile, JSON.stringify(campaign));
      const seeds = seedsOf[d] as number[];
      const returns: string[] = [];
      for (const [i, seed] of seeds.entries()) {
        const file = path.join(levelDir, campaign.id, `mau2-${i}.xlsx`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(
          file,
          await filledMau2(campaign.units[i], unitValues(seed), undefined, campaign)
        );
        returns.push(file);
      }
      const summary = path.join(levelDir, `tong-hop-${campaign.id}.xlsx`);
      const json = path.join(levelDir, `${campaign.id}.json`);
      expect(
        await run("merge", "--campaign", campaignFile, "--out", summary, "--json", json, ...returns)
      ).toBe(0);
      expect(readReport(json).totals).toEqual(sum(seeds));
      expectedDistrictTotals.push(sum(seeds));
      summaries.push(summary);
    }

    const provinceFile = path.join(dir, "province.json");
    writeFileSync(provinceFile, JSON.stringify(province));
    const json = path.join(levelDir, "province-report.json");
    expect(
      await run(
        "merge",
        "--campaign",
        provinceFile,
        "--out",
        path.join(levelDir, "tong-hop-so.xlsx"),
        "--json",
        json,
        ...summaries
      )
    ).toBe(0);
    const report = readReport(json);
    expect(report.files.map((file) => file.status)).toEqual(["accepted", "accepted"]);
    expect(report.files.map((file) => file.unit)).toEqual(province.units.map((u) => u.name));
    expect(report.missing).toEqual([]);
    expect(report.totals).toEqual(sum([...(seedsOf[0] ?? []), ...(seedsOf[1] ?? [])]));
  });
});

describe("examples/huong-thuy-2017", () => {
  it("are exactly what scripts/make-examples.ts generates", async () => {
    const written = await makeExamples(makeTempDir("examples-check"));
    const committed = path.join(__dirname, "..", "..", "examples", "huong-thuy-2017");
    expect(readdirSync(committed).sort()).toEqual(
      written.map((file) => path.basename(file)).sort()
    );
    for (const file of written) {
      const name = path.basename(file);
      expect({
        name,
        same: readFileSync(file).equals(readFileSync(path.join(committed, name))),
      }).toEqual({
        name,
        same: true,
      });
    }
  });
});
