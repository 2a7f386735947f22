/**
 * The charts sheet ("Biểu đồ") of the summary: the numbers it plots (from the merge of the
 * Hương Thủy 2017 examples and from built results), its layout on A4 landscape pages, and
 * the DrawingML parts the writer adds to the file exceljs wrote: well-formed, referenced
 * from the sheet, pointing at the sheet's own tables, with caches equal to the merge.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { HUONG_THUY_2017, INDICATORS, type MergeResult } from "../../../src/core";
import { en, vi } from "../../../src/messages";
import { summaryEn, summaryVi } from "../../../src/messages/summary";
import { readWorkbook, type SheetData } from "../../../src/xlsx/read";
import { writeSummary } from "../../../src/xlsx/summary";
import { chartParts, withDrawing } from "../../../src/xlsx/summary/chart-parts";
import type { ChartSheetFrame } from "../../../src/xlsx/summary/chart-sheet";
import {
  PARTICIPANT_INDICATORS,
  TOP_UNITS,
  chartData,
  chartSheetPlan,
  seriesReferences,
} from "../../../src/xlsx/summary/charts";
import {
  children,
  parseXml,
  referenceCells,
  sheetCharts,
  sheetParts,
  type ChartPart,
} from "../../helpers/chart-parts";
import { examplesMerge } from "../../helpers/example-merge";
import { FORMULA_LIKE, mergeResultOf, unitResult } from "../../helpers/merge-result";

const CHARTS = summaryVi.sheets.charts;
const GENERATED = new Date(Date.UTC(2017, 9, 14, 3));

/** A unit's participants: `total` in the first participants row, the rest 0. */
const withParticipants = (name: string, total: number | null) =>
  unitResult(name, { hoi_thao_toa_dam_nguoi: total });

function sheetOf(bytes: Uint8Array, name: string): SheetData {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`unreadable: ${read.rejection.code}`);
  const sheet = read.workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("chartData", () => {
  it("totals the examples' participants by activity, as the merge's totals", () => {
    const result = examplesMerge();
    const data = chartData(result);
    expect(data.byActivity.map((row) => row.activity)).toEqual(
      INDICATORS.filter((i) => i.kind === "participants").map((i) => i.countOf)
    );
    expect(data.byActivity.map((row) => row.participants)).toEqual(
      PARTICIPANT_INDICATORS.map(({ id }) => result.totals[id])
    );
    expect(data.byActivity[0]).toEqual({ activity: "hoi_thao_toa_dam", participants: 601 });
  });

  it("counts the examples' roster units by how each form came in", () => {
    const result = examplesMerge();
    const { byStatus } = chartData(result);
    // Twelve xã/phường on the roster; Trường THCS Phú Bài sent a form but is not on it.
    expect(byStatus).toEqual({
      mau1: { onTime: 0, late: 4, missing: 8, untimed: 0 },
      mau2: { onTime: 8, late: 0, missing: 4, untimed: 0 },
    });
    expect(result.submissions.filter((row) => row.onRoster)).toHaveLength(12);
    expect(result.missing).toHaveLength(byStatus.mau2.missing);
  });

  it("lists the examples' units by participants, largest first", () => {
    const result = examplesMerge();
    const { byUnit } = chartData(result);
    expect(byUnit).toHaveLength(result.units.length);
    expect(byUnit[0]).toEqual({ unit: "Xã Thủy Vân", participants: 480 });
    const values = byUnit.map((row) => row.participants);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const all = PARTICIPANT_INDICATORS.reduce((sum, { id }) => sum + result.totals[id], 0);
    expect(values.reduce((a, b) => a + b, 0)).toBe(all);
  });

  it("counts a value left out as nothing and orders ties by name", () => {
    const result = mergeResultOf([
      withParticipants("Xã B", 5),
      withParticipants("Xã A", 5),
      withParticipants("Xã C", null),
    ]);
    expect(chartData(result).byUnit).toEqual([
      { unit: "Xã A", participants: 5 },
      { unit: "Xã B", participants: 5 },
      { unit: "Xã C", participants: 0 },
    ]);
  });

  it("counts a form received without a deadline or a date as untimed", () => {
    const result = mergeResultOf([], {
      submissions: [
        { unit: "Xã A", onRoster: true, mau2: { file: "a.xlsx" }, errors: 0, warnings: 0 },
        { unit: "Xã B", onRoster: true, errors: 0, warnings: 0 },
        { unit: "Xã C", onRoster: false, mau2: { file: "c.xlsx" }, errors: 0, warnings: 0 },
      ],
    });
    expect(chartData(result).byStatus.mau2).toEqual({
      onTime: 0,
      late: 0,
      missing: 1,
      untimed: 1,
    });
    const status = chartSheetPlan(result, HUONG_THUY_2017, summaryVi).charts[1]!;
    expect(status.categories).toEqual([
      summaryVi.charts.statuses.onTime,
      summaryVi.charts.statuses.late,
      summaryVi.charts.statuses.missing,
      summaryVi.charts.statuses.untimed,
    ]);
  });
});

describe("chartSheetPlan", () => {
  it("labels the activities by their count rows and the forms by the catalogue", () => {
    const plan = chartSheetPlan(examplesMerge(), HUONG_THUY_2017, summaryVi);
    expect(plan.sheet).toBe("Biểu đồ");
    expect(plan.charts.map((chart) => [chart.id, chart.kind])).toEqual([
      ["byActivity", "bar"],
      ["byStatus", "column"],
      ["byUnit", "bar"],
    ]);
    expect(plan.charts[0]!.categories).toEqual([
      "Hội thảo, tọa đàm",
      "Triển lãm",
      "Văn nghệ",
      "Lớp chuyên môn nghiệp vụ",
      "Lớp tin học, ngoại ngữ",
      "Lớp dạy nghề ngắn hạn",
      "Lớp kỹ năng sống",
      "Lớp theo nhu cầu người học",
    ]);
    expect(plan.charts[1]!.header).toEqual(["Tình hình nộp", "Mẫu 1", "Mẫu 2"]);
    expect(plan.charts[1]!.categories).toEqual(["Nộp đúng hạn", "Nộp muộn", "Chưa nộp"]);
    expect(plan.heading).toContain("NĂM 2017");
  });

  it("plots the top 20 units and the others together", () => {
    const units = Array.from({ length: 25 }, (_, i) => withParticipants(`Đơn vị ${i + 1}`, i));
    const byUnit = chartSheetPlan(mergeResultOf(units), HUONG_THUY_2017, summaryVi).charts[2]!;
    expect(byUnit.categories).toHaveLength(TOP_UNITS + 1);
    expect(byUnit.categories[0]).toBe("Đơn vị 25");
    expect(byUnit.categories[TOP_UNITS]).toBe("Các đơn vị khác (5 đơn vị)");
    expect(byUnit.series[0]![TOP_UNITS]).toBe(0 + 1 + 2 + 3 + 4);
    // 21 units: the 21st gets its own bar rather than a group of one.
    const plan21 = chartSheetPlan(mergeResultOf(units.slice(0, 21)), HUONG_THUY_2017, summaryVi);
    expect(plan21.charts[2]!.categories).toHaveLength(21);
    expect(plan21.charts[2]!.categories).not.toContain(expect.stringMatching(/khác/));
  });

  it("draws no per-unit chart when no unit was counted", () => {
    const plan = chartSheetPlan(mergeResultOf([]), HUONG_THUY_2017, summaryVi);
    expect(plan.charts.map((chart) => chart.id)).toEqual(["byActivity", "byStatus"]);
  });

  it("puts each chart and its table on one A4 landscape page, in Excel and in a wider font", () => {
    const many = Array.from({ length: 40 }, (_, i) => withParticipants(`Đơn vị ${i + 1}`, i));
    const plan = chartSheetPlan(mergeResultOf(many), HUONG_THUY_2017, summaryVi);
    // A4 landscape less 0.5" top and bottom, 0.4" left and right, in points.
    const pageHeight = 595 - 72;
    const pageWidth = 842 - 57.6;
    const pages = [0, ...plan.pageBreaks, plan.lastRow];
    const heightOf = (row: number): number =>
      row === 1
        ? plan.headingRowHeight
        : plan.charts.some((chart) => chart.headerRow === row)
          ? plan.headerRowHeight
          : plan.rowHeight;
    plan.charts.forEach((chart, i) => {
      const [first, last] = [pages[i]! + 1, pages[i + 1]!];
      expect([chart.captionRow, chart.lastRow].every((r) => r >= first && r <= last)).toBe(true);
      let height = 0;
      let top = 0;
      for (let row = first; row <= last; row++) {
        if (row === chart.at.row) top = height;
        height += heightOf(row);
      }
      expect(height).toBeLessThanOrEqual(pageHeight);
      expect(top + chart.size.height).toBeLessThanOrEqual(pageHeight);
    });
    // Excel's width of a column of w characters of Calibri 11: 7 px a character and 5 of
    // padding, at 96 px an inch. Without Calibri, LibreOffice draws them up to 4/3 wider.
    const tablePoints = plan.columnWidths.reduce((sum, w) => sum + ((w * 7 + 5) * 72) / 96, 0);
    for (const chart of plan.charts) {
      expect(tablePoints + chart.size.width).toBeLessThanOrEqual(pageWidth);
      expect((tablePoints * 4) / 3 + chart.size.width).toBeLessThanOrEqual(pageWidth);
    }
  });
});

describe("the charts in the summary file", () => {
  let result: MergeResult;
  let bytes: Uint8Array;
  let parts: Record<string, Uint8Array>;
  let charts: ChartPart[];
  let sheetPart: string;

  beforeAll(async () => {
    result = examplesMerge();
    bytes = await writeSummary(result, HUONG_THUY_2017, { catalogue: vi, generatedAt: GENERATED });
    parts = unzipSync(bytes);
    charts = await sheetCharts(bytes, CHARTS);
    sheetPart = (await sheetParts(bytes)).get(CHARTS)!;
  });

  it("adds the charts sheet after the others, before the hidden metadata sheet", async () => {
    const names = [...(await sheetParts(bytes)).keys()];
    expect(names.slice(-2)).toEqual([CHARTS, "_TongHop"]);
  });

  it("writes well-formed parts, each with its content type", async () => {
    const types = strFromU8(parts["[Content_Types].xml"]!);
    await expect(parseXml(types)).resolves.toBeTruthy();
    const added = Object.keys(parts).filter((name) => /^xl\/(charts|drawings)\//.test(name));
    expect(added.sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    for (const name of [...added, sheetPart, sheetPart.replace(/([^/]+)$/, "_rels/$1.rels")])
      await expect(parseXml(strFromU8(parts[name]!))).resolves.toBeTruthy();
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    for (const n of [1, 2, 3])
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
      );
  });

  it("places the sheet's drawing after its page set-up and page breaks", async () => {
    const xml = strFromU8(parts[sheetPart]!);
    const order = [...xml.matchAll(/<(\w+)[\s/>]/g)].map((m) => m[1]);
    const top = order.filter((tag) =>
      ["sheetData", "pageMargins", "pageSetup", "rowBreaks", "drawing"].includes(tag!)
    );
    expect(top).toEqual(["sheetData", "pageMargins", "pageSetup", "rowBreaks", "drawing"]);
    const root = await parseXml(xml);
    const sheet = children(root, "worksheet")[0];
    expect(children(sheet, "drawing")).toHaveLength(1);
    expect(children(sheet, "pageSetup")[0]!.$).toMatchObject({
      paperSize: "9",
      orientation: "landscape",
    });
    // One chart a page: a manual break after each chart's page but the last, no scaling.
    const plan = chartSheetPlan(result, HUONG_THUY_2017, summaryVi);
    const breaks = children(children(sheet, "rowBreaks")[0], "brk").map((b) => Number(b.$!.id));
    expect(breaks).toEqual(plan.pageBreaks);
    expect(xml).not.toContain("fitToPage");
  });

  it("draws the three charts with their titles and kinds", () => {
    const t = summaryVi.charts;
    expect(charts.map((chart) => [chart.title, chart.barDir, chart.series.length])).toEqual([
      [t.byActivity.title, "bar", 1],
      [t.byStatus.title, "col", 2],
      [t.byUnit.title, "bar", 1],
    ]);
  });

  it("references the sheet's own tables, whose cells hold the cached values", () => {
    const sheet = sheetOf(bytes, CHARTS);
    const cell = (row: number, col: number) => sheet.rows.get(row)?.get(col);
    for (const chart of charts)
      for (const series of chart.series) {
        for (const [ref, cached] of [
          [series.nameRef, [series.name]],
          [series.categoriesRef, series.categories],
          [series.valuesRef, series.values],
        ] as const) {
          const { sheet: target, cells } = referenceCells(ref);
          expect(target).toBe(CHARTS);
          const values = cells.map(({ row, col }) => cell(row, col)?.value);
          expect({ ref, values }).toEqual({ ref, values: [...cached] });
        }
        // Numbers are numbers, labels text; nothing is a formula.
        for (const { row, col } of referenceCells(series.valuesRef).cells)
          expect(cell(row, col)?.kind).toBe("number");
      }
    for (const line of sheet.rows.values())
      for (const c of line.values()) expect(c.formula).toBeUndefined();
  });

  it("caches what the merge gives", () => {
    const data = chartData(result);
    expect(charts[0]!.series[0]!.values).toEqual(data.byActivity.map((row) => row.participants));
    expect(charts[1]!.series.map((series) => [series.name, series.values])).toEqual([
      ["Mẫu 1", [0, 4, 8]],
      ["Mẫu 2", [8, 0, 4]],
    ]);
    expect(charts[2]!.series[0]!.categories).toEqual(data.byUnit.map((row) => row.unit));
    expect(charts[2]!.series[0]!.values).toEqual(data.byUnit.map((row) => row.participants));
  });

  it("is read again by exceljs and by the project's reader", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(CHARTS);
    expect(sheet?.getCell("A1").value).toBe(summaryVi.charts.heading(2017));
    expect(sheet?.getCell("B5").value).toBe(601);
    const read = readWorkbook(bytes);
    expect(read.ok).toBe(true);
    expect(sheetOf(bytes, CHARTS).state).toBe("visible");
  });
});

describe("unit names in the charts", () => {
  const odd = [FORMULA_LIKE.hyperlink, 'Trường <THCS> & "Phú Bài"', "Xã A\u0001 B"];
  let bytes: Uint8Array;

  beforeAll(async () => {
    const units = odd.map((name, i) => withParticipants(name, 10 * (i + 1)));
    bytes = await writeSummary(mergeResultOf(units), HUONG_THUY_2017, { catalogue: vi });
  });

  it("are escaped text in the chart and text cells in the table, never formulas", async () => {
    const [, , byUnit] = await sheetCharts(bytes, CHARTS);
    const expected = ["Xã A B", 'Trường <THCS> & "Phú Bài"', FORMULA_LIKE.hyperlink];
    expect(byUnit!.series[0]!.categories).toEqual(expected);
    expect(byUnit!.xml).toContain("Trường &lt;THCS&gt; &amp; &quot;Phú Bài&quot;");
    const sheet = sheetOf(bytes, CHARTS);
    const cells = referenceCells(byUnit!.series[0]!.categoriesRef).cells.map(({ row, col }) =>
      sheet.rows.get(row)?.get(col)
    );
    expect(cells.map((c) => [c?.kind, c?.value, c?.formula])).toEqual(
      expected.map((name) => ["string", name, undefined])
    );
  });
});

describe("the charts in English", () => {
  it("names the sheet and the charts from the English catalogue", async () => {
    const bytes = await writeSummary(examplesMerge(), HUONG_THUY_2017, { catalogue: en });
    const charts = await sheetCharts(bytes, summaryEn.sheets.charts);
    expect(charts.map((chart) => chart.title)).toEqual([
      "Participants by activity",
      "Reports from the units on the roster",
      "Participants by unit",
    ]);
    expect(charts[0]!.series[0]!.categories[0]).toBe(summaryEn.indicators.hoi_thao_toa_dam);
    expect(charts[0]!.series[0]!.categoriesRef).toMatch(/^'Charts'!\$A\$\d+:\$A\$\d+$/);
  });
});

describe("chartParts", () => {
  const plan = chartSheetPlan(examplesMerge(), HUONG_THUY_2017, summaryVi);
  const frame = { sheet: { id: 3 }, plan } as unknown as ChartSheetFrame;
  const sheetXml =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    "<sheetData/><pageMargins/><pageSetup/><tableParts/></worksheet>";

  it("takes free part names and relationship ids next to what is there", async () => {
    const parts = {
      "[Content_Types].xml": strToU8("<Types></Types>"),
      "xl/worksheets/sheet3.xml": strToU8(sheetXml),
      "xl/worksheets/_rels/sheet3.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Type="t" Target="../tables/table1.xml"/></Relationships>'
      ),
      "xl/drawings/drawing1.xml": strToU8("<x/>"),
      "xl/charts/chart2.xml": strToU8("<x/>"),
    };
    const out = chartParts(parts, frame);
    expect(Object.keys(out).sort()).toEqual([
      "[Content_Types].xml",
      "xl/charts/chart1.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing2.xml",
      "xl/worksheets/_rels/sheet3.xml.rels",
      "xl/worksheets/sheet3.xml",
    ]);
    const rels = strFromU8(out["xl/worksheets/_rels/sheet3.xml.rels"]!);
    expect(rels).toContain('Id="rId1" Type="t"');
    expect(rels).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"'
    );
    const sheet = strFromU8(out["xl/worksheets/sheet3.xml"]!);
    // Before tableParts (CT_Worksheet's order), with the r namespace declared.
    expect(sheet).toContain('<pageSetup/><drawing r:id="rId2"/><tableParts/>');
    await expect(parseXml(sheet)).resolves.toBeTruthy();
    const drawingRels = strFromU8(out["xl/drawings/_rels/drawing2.xml.rels"]!);
    expect([...drawingRels.matchAll(/Target="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "../charts/chart1.xml",
      "../charts/chart3.xml",
      "../charts/chart4.xml",
    ]);
  });

  it("refuses a sheet that has a drawing already", () => {
    expect(() =>
      withDrawing(sheetXml.replace("<tableParts/>", '<drawing r:id="x"/>'), "rId1")
    ).toThrow(/drawing already/);
  });

  it("builds its references from the sheet name, quoted", () => {
    const refs = seriesReferences("Bà's sheet", plan.charts[1]!);
    expect(refs[1]).toEqual({
      name: "'Bà''s sheet'!$C$28",
      categories: "'Bà''s sheet'!$A$29:$A$31",
      values: "'Bà''s sheet'!$C$29:$C$31",
    });
  });
});
