/**
 * The charts sheet of the Hương Thủy 2017 examples' summary in real LibreOffice: printed to
 * PDF, the sheet's three pages each carry one chart whole (its title, its category labels
 * and its values, drawn beside the table that holds the same numbers), and saved again as
 * .xlsx the charts are still there, still referencing the sheet's tables.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, type MergeResult } from "../../src/core";
import { vi } from "../../src/messages";
import { summaryVi } from "../../src/messages/summary";
import { writeSummary } from "../../src/xlsx/summary";
import { chartSheetPlan, type ChartSheetPlan } from "../../src/xlsx/summary/charts";
import { referenceCells, sheetCharts } from "../helpers/chart-parts";
import { examplesMerge } from "../helpers/example-merge";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { makeTempDir } from "../helpers/temp";
import { describeWithPrograms } from "../helpers/tools";

const CHARTS = summaryVi.sheets.charts;

function run(program: string, args: string[]): string {
  const out = spawnSync(program, args, { encoding: "utf8" });
  if (out.status !== 0) throw new Error(`${program} failed: ${out.stderr}`);
  return out.stdout;
}

/**
 * Text of a page without any whitespace: pdftotext spaces a chart's letters by their
 * positions ("Số ng ười"), so words are compared without it.
 */
function squeezed(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, "");
}

function occurrences(haystack: string, needle: string): number {
  const target = squeezed(needle);
  let count = 0;
  for (let at = haystack.indexOf(target); at >= 0; at = haystack.indexOf(target, at + 1)) count++;
  return count;
}

describeWithPrograms(["soffice", "pdftotext", "pdfinfo"], "the charts sheet in LibreOffice", () => {
  const dir = makeTempDir("lo-summary-charts");
  let result: MergeResult;
  let plan: ChartSheetPlan;
  let pages: string[];
  let resaved: Uint8Array;

  beforeAll(async () => {
    result = examplesMerge();
    plan = chartSheetPlan(result, HUONG_THUY_2017, summaryVi);
    const bytes = await writeSummary(result, HUONG_THUY_2017, { catalogue: vi });
    const file = path.join(dir, "tong-hop.xlsx");
    writeFileSync(file, bytes);
    const [pdf] = convertWithLibreOffice([file], "pdf", path.join(dir, "pdf"));
    const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf!]))?.[1]);
    pages = Array.from({ length: count }, (_, i) =>
      squeezed(run("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf!, "-"]))
    );
    const [xlsx] = convertWithLibreOffice(
      [file],
      "xlsx:Calc MS Excel 2007 XML",
      path.join(dir, "xlsx")
    );
    resaved = new Uint8Array(readFileSync(xlsx!));
  });

  it("prints the charts sheet last, one page a chart, none spilling onto another page", () => {
    const first = pages.findIndex((page) => page.includes(squeezed(plan.heading)));
    expect(first).toBeGreaterThan(0);
    // The sheet is the last one printed (the metadata sheet is hidden): three pages.
    expect(pages.length - first).toBe(plan.charts.length);
    plan.charts.forEach((chart, i) => {
      const page = pages[first + i]!;
      // The caption above the table and the chart's own title.
      expect({ chart: chart.id, titles: occurrences(page, chart.title) }).toEqual({
        chart: chart.id,
        titles: 2,
      });
      expect(page).toContain(squeezed(chart.valueTitle));
      for (const other of plan.charts.filter((c) => c !== chart))
        expect(page).not.toContain(squeezed(other.title));
    });
  });

  it("draws every category label and value in the chart beside the table", () => {
    const first = pages.findIndex((page) => page.includes(squeezed(plan.heading)));
    plan.charts.forEach((chart, i) => {
      const page = pages[first + i]!;
      // Each label is in the table and on the chart's axis; each value in the table and
      // in its data label (three-digit values: shorter ones are found anywhere, longer
      // ones are grouped by the locale).
      for (const category of chart.categories)
        expect({ category, times: occurrences(page, category) >= 2 }).toEqual({
          category,
          times: true,
        });
      for (const value of chart.series.flat().filter((v) => v >= 100 && v < 1000))
        expect({ value, times: occurrences(page, String(value)) >= 2 }).toEqual({
          value,
          times: true,
        });
    });
    expect(pages[first]).toContain(squeezed("Hội thảo, tọa đàm"));
    expect(pages[first + 1]).toContain(squeezed("Nộp đúng hạn"));
    expect(pages[first + 2]).toContain(squeezed("Xã Thủy Vân"));
  });

  it("keeps the charts when LibreOffice saves the file again", async () => {
    const charts = await sheetCharts(resaved, CHARTS);
    expect(charts.map((chart) => chart.title)).toEqual(plan.charts.map((chart) => chart.title));
    charts.forEach((chart, i) => {
      const planned = plan.charts[i]!;
      expect(chart.series.map((series) => series.values)).toEqual(planned.series);
      for (const series of chart.series) {
        const { sheet, cells } = referenceCells(series.categoriesRef);
        expect(sheet).toBe(CHARTS);
        expect(cells.map((cell) => cell.row)).toEqual(
          planned.categories.map((_, r) => planned.firstRow + r)
        );
      }
    });
  });
});
