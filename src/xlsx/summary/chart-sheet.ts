/**
 * The cells of the charts sheet ("Biểu đồ"), drawn by exceljs: the heading, and each
 * chart's caption and table. exceljs cannot write charts; `chart-parts.ts` adds them to the
 * file it wrote. Unit names are text cells: exceljs writes a formula only for `{ formula }`.
 */
import type ExcelJS from "exceljs";
import { FONT_NAME, type Campaign, type MergeResult } from "../../core";
import type { SummaryText } from "../../messages/summary";
import { chartSheetPlan, type ChartSheetPlan } from "./charts";
import { COUNT_FORMAT } from "./list-sheet";

/** The charts sheet as exceljs holds it, and the plan its charts are drawn from. */
export interface ChartSheetFrame {
  readonly sheet: ExcelJS.Worksheet;
  readonly plan: ChartSheetPlan;
}

/** Excel's code for A4 paper. */
const PAPER_A4 = 9;
const TABLE_FONT_SIZE = 12;
const HEADER_FILL = "FFD9E1F2";
const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * Adds the charts sheet of a merge: every table of `chartSheetPlan`, numbers as numbers,
 * A4 landscape, one chart a page (manual page breaks, no scaling).
 */
export function addChartSheet(
  workbook: ExcelJS.Workbook,
  result: MergeResult,
  campaign: Campaign,
  text: SummaryText
): ChartSheetFrame {
  const plan = chartSheetPlan(result, campaign, text);
  const sheet = workbook.addWorksheet(plan.sheet);
  const font = (bold: boolean, size = TABLE_FONT_SIZE): Partial<ExcelJS.Font> => ({
    name: FONT_NAME,
    size,
    bold,
  });
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (let row = 2; row <= plan.lastRow; row++) sheet.getRow(row).height = plan.rowHeight;

  const heading = sheet.getCell(1, 1);
  heading.value = plan.heading;
  heading.font = font(true, 14);
  heading.alignment = { vertical: "middle" };
  sheet.getRow(1).height = plan.headingRowHeight;

  for (const chart of plan.charts) {
    const caption = sheet.getCell(chart.captionRow, 1);
    caption.value = chart.title;
    caption.font = font(true);
    caption.alignment = { vertical: "middle" };
    sheet.getRow(chart.headerRow).height = plan.headerRowHeight;
    chart.header.forEach((header, c) => {
      const cell = sheet.getCell(chart.headerRow, c + 1);
      cell.value = header;
      cell.style = {
        font: font(true),
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
        border,
      };
    });
    chart.categories.forEach((category, r) => {
      const row = chart.firstRow + r;
      const label = sheet.getCell(row, 1);
      label.value = category;
      // A long unit name shrinks rather than spills over its number or wraps out of its row.
      label.style = {
        font: font(false),
        alignment: { vertical: "middle", shrinkToFit: true },
        border,
      };
      chart.series.forEach((values, s) => {
        const cell = sheet.getCell(row, s + 2);
        cell.value = values[r] ?? 0;
        cell.style = {
          font: font(false),
          alignment: { horizontal: "right", vertical: "middle" },
          numFmt: COUNT_FORMAT,
          border,
        };
      });
    });
  }
  for (const row of plan.pageBreaks) sheet.getRow(row).addPageBreak();

  // No print area: the charts' extent depends on the column widths a program draws, and
  // without one Excel and LibreOffice print the cells and the charts whole.
  sheet.pageSetup = {
    paperSize: PAPER_A4,
    orientation: "landscape",
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  sheet.views = [{ showGridLines: false }];
  return { sheet, plan };
}
