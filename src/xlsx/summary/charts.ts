/**
 * What the summary's charts sheet ("Biểu đồ") shows and where: the numbers of each chart,
 * computed from the merge, and the sheet's layout, one chart a printed page with its data
 * as a small table beside it. Pure: the file writer (`chart-sheet.ts`, `chart-parts.ts`)
 * and the Office.js bridge (`src/excel/summary-charts.ts`) draw the same plan.
 *
 * The charts reference the tables' cells, so the clerk reads the very numbers plotted,
 * and a spreadsheet program that recalculates shows what the cells hold.
 */
import { INDICATORS, type Campaign, type IndicatorId, type MergeResult } from "../../core";
import type { SummaryText } from "../../messages/summary";
import { cellAddress, columnLetters } from "../read/address";
import { cellText } from "./list-sheet";

export type ChartId = "byActivity" | "byStatus" | "byUnit";

/** `bar`: horizontal bars, the first category on top; `column`: vertical columns. */
export type ChartKind = "bar" | "column";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One chart and the table of its data: categories down column A, one column per series. */
export interface ChartTable {
  readonly id: ChartId;
  readonly kind: ChartKind;
  /** The chart's title, also the caption above its table. */
  readonly title: string;
  /** The value axis' title. */
  readonly valueTitle: string;
  /** The table's header: the categories' column, then each series' name. */
  readonly header: readonly string[];
  readonly categories: readonly string[];
  /** `series[s][c]`: the value of category `c` in series `s`. */
  readonly series: readonly (readonly number[])[];
  readonly captionRow: number;
  readonly headerRow: number;
  /** Rows of the first and last category. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The cell of the chart's top-left corner, beside its table. */
  readonly at: { readonly row: number; readonly col: number };
  /** The chart's size in points. */
  readonly size: { readonly width: number; readonly height: number };
}

export interface ChartSheetPlan {
  readonly sheet: string;
  /** The line above the first chart. */
  readonly heading: string;
  /** Widths of columns A, B, … in Excel character units. */
  readonly columnWidths: readonly number[];
  /** Height of the rows in points: the heading's, each table header's (two lines), the others'. */
  readonly rowHeight: number;
  readonly headingRowHeight: number;
  readonly headerRowHeight: number;
  readonly charts: readonly ChartTable[];
  /** Rows after which a printed page ends: one chart a page. */
  readonly pageBreaks: readonly number[];
  /** The last row of the last chart's page. */
  readonly lastRow: number;
}

/** Units plotted one by one; beyond `TOP_UNITS + 1` the rest share one bar. */
export const TOP_UNITS = 20;

/** Rows of one chart's page: caption, header, up to `TOP_UNITS + 1` categories, a gap. */
const BLOCK_ROWS = 24;
const FIRST_BLOCK_ROW = 3;
/**
 * A page of 23 rows of 18 pt and a header of 32 (446 pt), and on the first page the heading
 * and a blank row, fit the 523 pt between A4 landscape's 0.5" margins.
 */
const ROW_HEIGHT = 18;
const HEADING_ROW_HEIGHT = 24;
const HEADER_ROW_HEIGHT = 32;
/**
 * The table's columns (label, Mẫu 1 or the only series, Mẫu 2) and a narrow gap, then the
 * chart. Column widths count characters of the workbook's default font, so a spreadsheet
 * program without that font (LibreOffice without Calibri or Carlito) draws them up to a
 * third wider: the table stays narrow (283 pt in Excel) and the chart has a size of its own
 * in points, so that both fit A4 landscape's 784 pt between 0.4" margins either way. No
 * fit-to-page scaling: Excel ignores manual page breaks when it scales to fit.
 */
const COLUMN_WIDTHS = [30, 10, 10, 1];
const CHART_SIZE = { width: 400, height: 400 };

/** Fill of each series, as RGB hex: Office's blue and orange, clear in grey print too. */
export const SERIES_COLOURS: readonly string[] = ["4472C4", "ED7D31"];

/** The participants rows of Mẫu 2 ("+ Số (lượt) người tham gia"), with their count row. */
export const PARTICIPANT_INDICATORS: readonly { id: IndicatorId; countOf: IndicatorId }[] =
  INDICATORS.flatMap((indicator) =>
    indicator.kind === "participants" && indicator.countOf
      ? [{ id: indicator.id, countOf: indicator.countOf }]
      : []
  );

/** How a roster unit stands with one form. */
export type SubmissionStatus = "onTime" | "late" | "missing" | "untimed";

/** What the charts plot, before labels and layout. */
export interface ChartData {
  /** Total participants of each activity, in the form's order. */
  readonly byActivity: readonly { readonly activity: IndicatorId; readonly participants: number }[];
  /** Roster units by how each form came in. */
  readonly byStatus: Readonly<Record<"mau1" | "mau2", Readonly<Record<SubmissionStatus, number>>>>;
  /** Each counted unit's participants, largest first (ties by name). */
  readonly byUnit: readonly { readonly unit: string; readonly participants: number }[];
}

function statusOf(form: { readonly onTime?: boolean } | undefined): SubmissionStatus {
  if (!form) return "missing";
  if (form.onTime === undefined) return "untimed";
  return form.onTime ? "onTime" : "late";
}

/**
 * The numbers behind the charts: participants per activity (the merge's totals), roster
 * units per submission status of each form, and participants per unit. A value left out
 * (an error) counts as nothing, as in the totals.
 *
 * @example chartData(result).byActivity[0] // { activity: "hoi_thao_toa_dam", participants: 601 }
 */
export function chartData(result: MergeResult): ChartData {
  const byActivity = PARTICIPANT_INDICATORS.map(({ id, countOf }) => ({
    activity: countOf,
    participants: result.totals[id],
  }));
  const empty = (): Record<SubmissionStatus, number> => ({
    onTime: 0,
    late: 0,
    missing: 0,
    untimed: 0,
  });
  const byStatus = { mau1: empty(), mau2: empty() };
  for (const row of result.submissions) {
    if (!row.onRoster) continue;
    byStatus.mau1[statusOf(row.mau1)]++;
    byStatus.mau2[statusOf(row.mau2)]++;
  }
  const byUnit = result.units
    .map((unit) => ({
      unit: unit.name,
      participants: PARTICIPANT_INDICATORS.reduce((sum, { id }) => sum + (unit.values[id] ?? 0), 0),
    }))
    .sort((a, b) => b.participants - a.participants || a.unit.localeCompare(b.unit, "vi"));
  return { byActivity, byStatus, byUnit };
}

type TableContent = Pick<
  ChartTable,
  "id" | "kind" | "title" | "valueTitle" | "header" | "categories" | "series"
>;

function tables(data: ChartData, text: SummaryText): TableContent[] {
  const c = text.charts;
  const out: TableContent[] = [
    {
      id: "byActivity",
      kind: "bar",
      title: c.byActivity.title,
      valueTitle: c.byActivity.value,
      header: [c.byActivity.category, c.byActivity.value],
      categories: data.byActivity.map((row) => text.indicators[row.activity]),
      series: [data.byActivity.map((row) => row.participants)],
    },
  ];
  // "Received, timing unknown" only where some form came without a deadline or a date.
  const statuses: SubmissionStatus[] = ["onTime", "late", "missing"];
  if (data.byStatus.mau1.untimed + data.byStatus.mau2.untimed > 0) statuses.push("untimed");
  out.push({
    id: "byStatus",
    kind: "column",
    title: c.byStatus.title,
    valueTitle: c.byStatus.value,
    header: [c.byStatus.category, text.columns.mau1, text.columns.mau2],
    categories: statuses.map((status) => c.statuses[status]),
    series: [
      statuses.map((status) => data.byStatus.mau1[status]),
      statuses.map((status) => data.byStatus.mau2[status]),
    ],
  });
  // A chart needs a category: with no unit counted there is nothing to plot per unit.
  if (data.byUnit.length > 0) {
    const units =
      data.byUnit.length > TOP_UNITS + 1
        ? [
            ...data.byUnit.slice(0, TOP_UNITS),
            {
              unit: c.otherUnits(data.byUnit.length - TOP_UNITS),
              participants: data.byUnit
                .slice(TOP_UNITS)
                .reduce((sum, row) => sum + row.participants, 0),
            },
          ]
        : data.byUnit;
    out.push({
      id: "byUnit",
      kind: "bar",
      title: c.byUnit.title,
      valueTitle: c.byUnit.value,
      header: [c.byUnit.category, c.byUnit.value],
      // Cells can hold neither control characters nor more than 32,767 characters.
      categories: units.map((row) => cellText(row.unit)),
      series: [units.map((row) => row.participants)],
    });
  }
  return out;
}

/**
 * The charts sheet of a merge: participants by activity, roster units by submission status
 * (Mẫu 1 and Mẫu 2), participants per unit (the top 20 and the rest together), each with
 * its table in columns A–C and the chart from column E, on a page of its own.
 *
 * @example chartSheetPlan(result, HUONG_THUY_2017, summaryVi).charts.map((c) => c.id)
 * // ["byActivity", "byStatus", "byUnit"]
 */
export function chartSheetPlan(
  result: MergeResult,
  campaign: Campaign,
  text: SummaryText
): ChartSheetPlan {
  const charts = tables(chartData(result), text).map((table, i): ChartTable => {
    const captionRow = FIRST_BLOCK_ROW + i * BLOCK_ROWS;
    return {
      ...table,
      captionRow,
      headerRow: captionRow + 1,
      firstRow: captionRow + 2,
      lastRow: captionRow + 1 + table.categories.length,
      at: { row: captionRow, col: COLUMN_WIDTHS.length + 1 },
      size: CHART_SIZE,
    };
  });
  const blockEnds = charts.map((chart) => chart.captionRow + BLOCK_ROWS - 1);
  return {
    sheet: text.sheets.charts,
    heading: text.charts.heading(campaign.year),
    columnWidths: COLUMN_WIDTHS,
    rowHeight: ROW_HEIGHT,
    headingRowHeight: HEADING_ROW_HEIGHT,
    headerRowHeight: HEADER_ROW_HEIGHT,
    charts,
    pageBreaks: blockEnds.slice(0, -1),
    lastRow: blockEnds[blockEnds.length - 1] ?? 1,
  };
}

/** `A4:C7`: an area in A1 notation, without its sheet. */
export function areaAddress(area: CellArea): string {
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
}

/** A chart's table, header row included, without the caption: what Office.js charts. */
export function tableArea(chart: ChartTable): CellArea {
  return {
    top: chart.headerRow,
    left: 1,
    bottom: chart.lastRow,
    right: chart.header.length,
  };
}

/** The references a chart's series take, as formulas over the charts sheet. */
export interface SeriesReferences {
  /** The header cell that names the series. */
  readonly name: string;
  readonly categories: string;
  readonly values: string;
}

/** `'Biểu đồ'!$A$5:$A$12` and the like, for each series of a chart. */
export function seriesReferences(sheet: string, chart: ChartTable): SeriesReferences[] {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const column = (col: number): string =>
    `${quoted}!$${columnLetters(col)}$${chart.firstRow}:$${columnLetters(col)}$${chart.lastRow}`;
  return chart.series.map((_, s) => ({
    name: `${quoted}!$${columnLetters(s + 2)}$${chart.headerRow}`,
    categories: column(1),
    values: column(s + 2),
  }));
}
