/**
 * The summary's charts sheet ("Biểu đồ") made in the open workbook: the tables of
 * `chartSheetPlan` as cells, and a native chart over each table, made by Excel itself
 * (`worksheet.charts.add`). Charts of a file do not come through
 * `insertWorksheetsFromBase64`, so the sheet is drawn here on both write paths.
 *
 * Requirement sets: the charts, their titles, legends, data labels, fills and positions are
 * ExcelApi 1.1. Column widths and row heights need 1.2 (`caps.merges`), the print set-up and
 * page breaks 1.9 (`caps.pageLayout`), and listing a bar chart's categories top-down needs
 * 1.8 (`caps.chartAxes`: `reversePlotOrder`, 1.7, and the value axis' `position`, 1.8);
 * without it the bars run bottom-up, and the pane says so.
 */
import { cellAddress, columnLetters } from "../xlsx/read/address";
import {
  SERIES_COLOURS,
  areaAddress,
  tableArea,
  type ChartSheetPlan,
  type ChartTable,
} from "../xlsx/summary/charts";
import type { Capabilities } from "./capabilities";
import { textWrite } from "./cell-text";
import { OPERATION_BYTES, jsonValueBytes, utf8Length } from "./payload";

/** The number format of the tables' counts, as in the summary file. */
const COUNT_FORMAT = "#,##0";
const FONT = "Times New Roman";
/** Operations queued per chart besides its series' fills (see `addChart`). */
const CHART_OPERATIONS = 16;

type Value = string | number;

/** One block of cells written in one go: values with their number formats. */
export interface CellBlock {
  readonly address: string;
  readonly values: Value[][];
  readonly formats: string[][];
  /** The block's first row, in bold: a caption, a table's header. */
  readonly firstRow: string;
}

/** The cells of the charts sheet: the heading, then each chart's caption and table. */
export function chartSheetCells(plan: ChartSheetPlan): CellBlock[] {
  const text = textWrite;
  const single = (row: number, value: string): CellBlock => {
    const cell = text(value);
    return {
      address: cellAddress(row, 1),
      values: [[cell.value]],
      formats: [[cell.format]],
      firstRow: cellAddress(row, 1),
    };
  };
  const blocks: CellBlock[] = [single(1, plan.heading)];
  for (const chart of plan.charts) {
    blocks.push(single(chart.captionRow, chart.title));
    const header = chart.header.map(text);
    const rows = chart.categories.map((category, r) => [
      text(category),
      ...chart.series.map((values) => ({ value: values[r] ?? 0, format: COUNT_FORMAT })),
    ]);
    const all = [header, ...rows];
    blocks.push({
      address: areaAddress(tableArea(chart)),
      values: all.map((line) => line.map((cell) => cell.value)),
      formats: all.map((line) => line.map((cell) => cell.format)),
      firstRow: `${cellAddress(chart.headerRow, 1)}:${cellAddress(chart.headerRow, header.length)}`,
    });
  }
  return blocks;
}

/** Estimated request bytes of `queueChartSheet` for the plan (generous, as `payload.ts`). */
export function chartSheetBytes(plan: ChartSheetPlan): number {
  let bytes = 0;
  for (const block of chartSheetCells(plan)) {
    bytes += 4 * OPERATION_BYTES + utf8Length(block.address) + utf8Length(block.firstRow);
    for (const line of block.values) for (const value of line) bytes += jsonValueBytes(value);
    for (const line of block.formats) for (const format of line) bytes += jsonValueBytes(format);
  }
  for (const chart of plan.charts) {
    const texts = [chart.title, chart.title, chart.valueTitle];
    bytes += (CHART_OPERATIONS + chart.series.length) * OPERATION_BYTES;
    for (const text of texts) bytes += utf8Length(text) + 8;
  }
  // Column widths, row heights, page set-up and page breaks.
  bytes +=
    (plan.columnWidths.length + plan.pageBreaks.length + 2 * plan.charts.length + 12) *
    OPERATION_BYTES;
  return bytes;
}

/** Excel measures column widths in points; the plan in characters of the default font. */
function characterPoints(width: number): number {
  // Calibri 11's digit is 7 px wide, with 5 px of padding; 96 px to 72 pt.
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

function addChart(sheet: Excel.Worksheet, chart: ChartTable, caps: Capabilities): void {
  const bar = chart.kind === "bar";
  const source = sheet.getRange(areaAddress(tableArea(chart)));
  const made = sheet.charts.add(bar ? "BarClustered" : "ColumnClustered", source, "Columns");
  made.name = chart.title;
  made.title.text = chart.title;
  made.title.format.font.bold = true;
  made.title.format.font.size = 14;
  made.format.font.name = FONT;
  made.legend.visible = chart.series.length > 1;
  made.legend.position = "Bottom";
  made.dataLabels.showValue = true;
  made.axes.valueAxis.title.text = chart.valueTitle;
  chart.series.forEach((_, s) =>
    made.series
      .getItemAt(s)
      .format.fill.setSolidColor(`#${SERIES_COLOURS[s % SERIES_COLOURS.length]}`)
  );
  // Categories top-down, as the table reads, with the value axis still at the bottom.
  if (bar && caps.chartAxes) {
    made.axes.categoryAxis.reversePlotOrder = true;
    made.axes.categoryAxis.position = "Maximum";
  }
  made.setPosition(cellAddress(chart.at.row, chart.at.col));
  made.width = chart.size.width;
  made.height = chart.size.height;
}

/**
 * Queues the whole charts sheet into `sheet` (new and empty): the cells, their widths and
 * heights where Excel can set them, A4 landscape with a page a chart, and the charts.
 * Nothing is synced here.
 */
export function queueChartSheet(
  sheet: Excel.Worksheet,
  plan: ChartSheetPlan,
  caps: Capabilities
): void {
  for (const block of chartSheetCells(plan)) {
    const range = sheet.getRange(block.address);
    // The Text format goes first, so that no unit name is read as a formula or a number.
    range.numberFormat = block.formats;
    range.values = block.values;
    range.format.font.name = FONT;
    sheet.getRange(block.firstRow).format.font.bold = true;
  }
  if (caps.merges) {
    plan.columnWidths.forEach((width, i) => {
      const column = columnLetters(i + 1);
      sheet.getRange(`${column}:${column}`).format.columnWidth = characterPoints(width);
    });
    sheet.getRange(`2:${plan.lastRow}`).format.rowHeight = plan.rowHeight;
    sheet.getRange("1:1").format.rowHeight = plan.headingRowHeight;
    for (const chart of plan.charts) {
      const header = sheet.getRange(`${chart.headerRow}:${chart.headerRow}`);
      header.format.rowHeight = plan.headerRowHeight;
      header.format.wrapText = true;
    }
  }
  if (caps.pageLayout) {
    const page = sheet.pageLayout;
    page.paperSize = "A4";
    page.orientation = "Landscape";
    // Points: 0.4" left and right, 0.5" top and bottom, as in the summary file.
    page.leftMargin = 28.8;
    page.rightMargin = 28.8;
    page.topMargin = 36;
    page.bottomMargin = 36;
    page.centerHorizontally = true;
    for (const row of plan.pageBreaks) sheet.horizontalPageBreaks.add(cellAddress(row + 1, 1));
  }
  for (const chart of plan.charts) addChart(sheet, chart, caps);
}
