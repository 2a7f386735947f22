/**
 * Returns that went through real LibreOffice: generated templates filled with exceljs,
 * re-saved by `soffice` as .xlsx (and one as .ods), then merged: every file is read and
 * the totals equal what was filled.
 */
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, INDICATOR_IDS, type IndicatorId } from "../../src/core";
import { main } from "../../src/cli/main";
import { filledMau1, filledMau2, unitValues } from "../../scripts/make-examples";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { makeTempDir } from "../helpers/temp";
import { describeWithPrograms } from "../helpers/tools";

const quiet = { out: () => undefined, err: (line: string) => console.error(line) };

interface Report {
  totals: Record<IndicatorId, number>;
  files: { path: string; status: string; unit: string; forms: string[] }[];
  schedule: { rows: number };
  missing: string[];
  leftOut: number;
}

describeWithPrograms(["soffice"], "returns re-saved by LibreOffice", () => {
  const dir = makeTempDir("lo-round-trip");
  const filledDir = path.join(dir, "filled");
  const xlsxDir = path.join(dir, "xlsx");
  const odsDir = path.join(dir, "ods");
  const units = HUONG_THUY_2017.units.slice(0, 4);
  const seeds = units.map((_, i) => i + 1);
  let report: Report;
  let code: number;

  beforeAll(async () => {
    mkdirSync(filledDir, { recursive: true });
    const mau2Files: string[] = [];
    for (const [i, unit] of units.entries()) {
      const file = path.join(filledDir, `mau2-${i + 1}.xlsx`);
      writeFileSync(file, await filledMau2(unit, unitValues(seeds[i] as number)));
      mau2Files.push(file);
    }
    const mau1File = path.join(filledDir, "mau1-1.xlsx");
    writeFileSync(
      mau1File,
      await filledMau1(units[0] as (typeof units)[number], [
        {
          time: "07:30",
          date: "2017-10-02",
          place: "Nhà văn hóa",
          content: "Phát động",
          valid: true,
        },
        { time: "14:00", date: "2017-10-05", place: "Trường", content: "Tọa đàm", valid: true },
      ])
    );
    // The last Mẫu 2 goes to .ods, the rest (and the schedule) to .xlsx.
    const toXlsx = [...mau2Files.slice(0, -1), mau1File];
    const resaved = [
      ...convertWithLibreOffice(toXlsx, "xlsx:Calc MS Excel 2007 XML", xlsxDir),
      ...convertWithLibreOffice(mau2Files.slice(-1), "ods", odsDir),
    ];
    code = await main(
      [
        "merge",
        "--campaign",
        "huong-thuy-2017",
        "--out",
        path.join(dir, "tong-hop.xlsx"),
        "--json",
        path.join(dir, "report.json"),
        ...resaved,
      ],
      quiet
    );
    report = JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8")) as Report;
  });

  it("merges every re-saved file", () => {
    expect(code).toBe(0);
    expect(report.files.map((file) => [path.extname(file.path), file.status])).toEqual([
      [".xlsx", "accepted"],
      [".xlsx", "accepted"],
      [".xlsx", "accepted"],
      [".xlsx", "accepted"],
      [".ods", "accepted"],
    ]);
  });

  it("still knows each file's unit", () => {
    const units4 = units.map((unit) => unit.name);
    expect(report.files.map((file) => file.unit).sort()).toEqual(
      [...units4, units4[0] as string].sort()
    );
  });

  it("totals equal what was filled", () => {
    const expected = Object.fromEntries(
      INDICATOR_IDS.map((id) => [
        id,
        seeds.reduce((s, seed) => s + Number(unitValues(seed)[id]), 0),
      ])
    );
    expect(report.totals).toEqual(expected);
    expect(report.leftOut).toBe(0);
  });

  it("keeps the schedule's dates and times", () => {
    expect(report.schedule.rows).toBe(2);
    expect(report.missing).toHaveLength(HUONG_THUY_2017.units.length - units.length);
  });
});
