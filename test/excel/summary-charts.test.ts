/**
 * The charts sheet made in the open workbook (the fake Office.js): its tables written as
 * text and numbers, Excel's own charts over them with the plan's titles, ranges and
 * positions, on both write paths; a second merge replaces the sheet and its charts; older
 * Excel versions get the charts without what they cannot do.
 */
import { HUONG_THUY_2017, type MergeResult } from "../../src/core";
import {
  capabilitiesFrom,
  detectCapabilities,
  forgetRemembered,
  missingFeatures,
  writeSummarySheets,
  type Capabilities,
  type SummaryInput,
} from "../../src/excel";
import { chartSheetBytes, chartSheetCells } from "../../src/excel/summary-charts";
import { summaryVi } from "../../src/messages/summary";
import type { ChartSheetPlan } from "../../src/xlsx/summary/charts";
import { examplesMerge } from "../helpers/example-merge";
import { summaryInputOf } from "../helpers/summary-input";
import { FakeExcel } from "../helpers/fake-excel";
import { FORMULA_LIKE, mergeResultOf, unitResult } from "../helpers/merge-result";

const CHARTS = summaryVi.sheets.charts;
const ALL = capabilitiesFrom(() => true);
const PATHS = [
  ["whole file", ALL],
  ["values only", { ...ALL, insertFromBase64: false }],
] as const;

function summaryInput(result: MergeResult): Promise<SummaryInput & { charts: ChartSheetPlan }> {
  return summaryInputOf(result, HUONG_THUY_2017);
}

let examples: SummaryInput & { charts: ChartSheetPlan };
beforeAll(async () => {
  examples = await summaryInput(examplesMerge());
});

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  forgetRemembered();
});

function install(apiMinor = 13, sheets = ["Sheet1"]): FakeExcel {
  fake = new FakeExcel({ sheets, apiMinor }).install();
  return fake;
}

describe.each(PATHS)("the charts sheet, %s", (_path, caps: Capabilities) => {
  it("comes last, with Excel's charts over the plan's tables", async () => {
    const excel = install();
    const names = await writeSummarySheets(examples, caps);
    expect(names[names.length - 1]).toBe(CHARTS);
    expect(excel.sheetNames()[excel.sheetNames().length - 1]).toBe(CHARTS);
    expect(excel.syncCount).toBe(3);
    const t = summaryVi.charts;
    const charts = excel.sheet(CHARTS).charts;
    expect(
      charts.map((chart) => ({
        type: chart.type,
        source: chart.source,
        seriesBy: chart.seriesBy,
        name: chart.name,
        title: chart.title,
        valueTitle: chart.valueAxis.title,
        legend: chart.legend.visible,
        labels: chart.dataLabels.showValue,
        position: chart.position,
        size: [chart.width, chart.height],
      }))
    ).toEqual([
      {
        type: "BarClustered",
        source: { sheet: CHARTS, area: "A4:B12" },
        seriesBy: "Columns",
        name: t.byActivity.title,
        title: t.byActivity.title,
        valueTitle: t.byActivity.value,
        legend: false,
        labels: true,
        position: { start: "E3" },
        size: [400, 400],
      },
      {
        type: "ColumnClustered",
        source: { sheet: CHARTS, area: "A28:C31" },
        seriesBy: "Columns",
        name: t.byStatus.title,
        title: t.byStatus.title,
        valueTitle: t.byStatus.value,
        legend: true,
        labels: true,
        position: { start: "E27" },
        size: [400, 400],
      },
      {
        type: "BarClustered",
        source: { sheet: CHARTS, area: "A52:B61" },
        seriesBy: "Columns",
        name: t.byUnit.title,
        title: t.byUnit.title,
        valueTitle: t.byUnit.value,
        legend: false,
        labels: true,
        position: { start: "E51" },
        size: [400, 400],
      },
    ]);
    // Bars top-down, as the tables read, with the value axis at the bottom.
    expect(charts.map((chart) => chart.categoryAxis)).toEqual([
      { reversePlotOrder: true, position: "Maximum" },
      {},
      { reversePlotOrder: true, position: "Maximum" },
    ]);
    expect(charts.map((chart) => chart.fills)).toEqual([
      { 0: "#4472C4" },
      { 0: "#4472C4", 1: "#ED7D31" },
      { 0: "#4472C4" },
    ]);
  });

  it("writes the tables the charts plot: labels as text, numbers as numbers", async () => {
    const excel = install();
    await writeSummarySheets(examples, caps);
    const sheet = excel.sheet(CHARTS);
    const plan = examples.charts;
    expect(sheet.value("A1")).toBe(plan.heading);
    for (const chart of plan.charts) {
      expect(sheet.value(`A${chart.captionRow}`)).toBe(chart.title);
      expect(sheet.cell(`A${chart.headerRow}`)?.format.font.bold).toBe(true);
      chart.categories.forEach((category, r) => {
        const label = sheet.cell(`A${chart.firstRow + r}`);
        expect([label?.value, label?.numberFormat, label?.formula]).toEqual([
          category,
          "@",
          undefined,
        ]);
        chart.series.forEach((values, s) => {
          const cell = sheet.cell(`${"BC"[s]}${chart.firstRow + r}`);
          expect([cell?.value, cell?.numberFormat]).toEqual([values[r], "#,##0"]);
        });
      });
    }
    expect(sheet.value("B5")).toBe(601);
    expect(sheet.value("A53")).toBe("Xã Thủy Vân");
  });

  it("prints A4 landscape, a page a chart", async () => {
    const excel = install();
    await writeSummarySheets(examples, caps);
    const sheet = excel.sheet(CHARTS);
    expect(sheet.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Landscape" });
    // A break above each chart's page but the first.
    expect(sheet.horizontalPageBreaks).toEqual([27, 51]);
    expect(sheet.columnWidths.size).toBe(examples.charts.columnWidths.length);
    expect(sheet.rowHeights.get(28)).toBe(examples.charts.headerRowHeight);
    expect(sheet.rowHeights.get(29)).toBe(examples.charts.rowHeight);
  });

  it("is replaced, not added to, when the merge is written again", async () => {
    const excel = install();
    await writeSummarySheets(examples, caps);
    const firstId = excel.sheet(CHARTS).id;
    const fewer = await summaryInput(
      mergeResultOf([unitResult("Xã Thủy Vân", { hoi_thao_toa_dam_nguoi: 7 })])
    );
    const names = await writeSummarySheets(fewer, caps);
    expect(names.filter((name) => name.startsWith(CHARTS))).toEqual([CHARTS]);
    expect(excel.sheetNames().filter((name) => name.startsWith(CHARTS))).toEqual([CHARTS]);
    const sheet = excel.sheet(CHARTS);
    expect(sheet.id).not.toBe(firstId);
    expect(excel.workbook.sheets.flatMap((s) => s.charts)).toHaveLength(3);
    expect(sheet.charts.map((chart) => chart.source.area)).toEqual([
      "A4:B12",
      "A28:C31",
      "A52:B53",
    ]);
    expect([sheet.value("A53"), sheet.value("B53"), sheet.value("B5")]).toEqual([
      "Xã Thủy Vân",
      7,
      7,
    ]);
    // What the old sheet had below the new table is gone with it.
    expect(sheet.value("A54")).toBe("");
  });

  it("keeps clear of a user's sheet of the same name", async () => {
    const excel = install(13, ["Sheet1", CHARTS]);
    const names = await writeSummarySheets(examples, caps);
    expect(names[names.length - 1]).toBe(`${CHARTS} (2)`);
    expect(excel.sheet(CHARTS).charts).toEqual([]);
    const ours = excel.sheet(`${CHARTS} (2)`);
    expect(ours.charts.map((chart) => chart.source.sheet)).toEqual([
      `${CHARTS} (2)`,
      `${CHARTS} (2)`,
      `${CHARTS} (2)`,
    ]);
  });
});

describe("the charts sheet in older Excel", () => {
  it("keeps a bar chart's categories as they come before ExcelApi 1.8, and says so", async () => {
    const excel = install(7);
    const caps = detectCapabilities();
    expect(caps.chartAxes).toBe(false);
    expect(missingFeatures(caps)).toContain("chartAxes");
    await writeSummarySheets(examples, caps);
    const charts = excel.sheet(CHARTS).charts;
    expect(charts).toHaveLength(3);
    expect(charts.map((chart) => chart.categoryAxis)).toEqual([{}, {}, {}]);
    // No page set-up before ExcelApi 1.9 either; the cells and the charts are all there.
    expect(excel.sheet(CHARTS).horizontalPageBreaks).toEqual([]);
    expect(excel.sheet(CHARTS).value("B5")).toBe(601);
  });

  it("makes the charts on ExcelApi 1.1, without sizes or page set-up", async () => {
    const excel = install(1);
    const caps = detectCapabilities();
    await writeSummarySheets(examples, caps);
    await writeSummarySheets(examples, caps);
    const sheet = excel.sheet(CHARTS);
    expect(sheet.charts.map((chart) => chart.type)).toEqual([
      "BarClustered",
      "ColumnClustered",
      "BarClustered",
    ]);
    expect(excel.workbook.sheets.flatMap((s) => s.charts)).toHaveLength(3);
    expect(sheet.columnWidths.size).toBe(0);
    expect(sheet.pageLayout).toEqual({});
  });
});

describe("chartSheetCells and chartSheetBytes", () => {
  it("keeps unit text that looks like a formula as text", async () => {
    const input = await summaryInput(
      mergeResultOf([
        unitResult(FORMULA_LIKE.hyperlink, { hoi_thao_toa_dam_nguoi: 3 }),
        unitResult("+84 123", { hoi_thao_toa_dam_nguoi: 2 }),
      ])
    );
    const excel = install();
    await writeSummarySheets(input, ALL);
    const sheet = excel.sheet(CHARTS);
    for (const [address, text] of [
      ["A53", FORMULA_LIKE.hyperlink],
      ["A54", "+84 123"],
    ] as const) {
      expect([sheet.cell(address)?.value, sheet.cell(address)?.formula]).toEqual([text, undefined]);
    }
    const blocks = chartSheetCells(input.charts);
    expect(blocks.flatMap((block) => block.values.flat())).toContain(`'${FORMULA_LIKE.hyperlink}`);
  });

  it("estimates at least what drawing the sheet sends", async () => {
    const excel = install();
    const onlyCharts: SummaryInput = { ...examples, sheetNames: [CHARTS] };
    await writeSummarySheets(onlyCharts, { ...ALL, insertFromBase64: false });
    // Load, the one request that draws the sheet, then the ids remembered.
    expect(excel.syncCount).toBe(3);
    expect(excel.syncs[1]!.bytes).toBeLessThanOrEqual(chartSheetBytes(examples.charts));
    expect(excel.syncs[1]!.bytes).toBeGreaterThan(chartSheetBytes(examples.charts) / 4);
  });
});
