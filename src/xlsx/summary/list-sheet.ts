/**
 * The list sheets of the summary: a header row and one row per item, in Times New Roman,
 * header frozen and filterable.
 *
 * exceljs draws each sheet's frame: lines above the header, the header, column widths,
 * print setup, filter, table, and one prototype row per kind of body cell
 * (`BODY_KINDS`), so that every style a body cell can need is in the workbook's styles.
 * The rows themselves are written afterwards as XML by `list-rows.ts`, with the style ids
 * exceljs gave the prototypes: at ten thousand units exceljs' cell objects would take
 * seconds and hundreds of megabytes. Strings are never formulas on either path: exceljs
 * writes a formula only for `{ formula }` objects, and `list-rows.ts` writes inline strings.
 */
import type ExcelJS from "exceljs";
import { FONT_NAME } from "../../core";
import { dateToSerial } from "../../core/values/date";
import type { SummaryText } from "../../messages/summary";
import { columnLetter } from "../write-template";
import { PRINT_MARGINS, planPrint } from "./print-setup";
import { rowHeight } from "./row-height";

/** What a list cell may hold. Dates are calendar dates (their UTC fields); times are day fractions. */
export type ListValue =
  | string
  | number
  | null
  | { readonly date: Date }
  | { readonly time: number }
  | { readonly text: string; readonly highlight: Highlight };

export type Highlight = "missing" | "late";

/** The kinds of body cell, each with its own style: a column's own, or a value's override. */
export const BODY_KINDS = ["plain", "date", "time", "missing", "late"] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** The kind of body cell a value needs. */
export function bodyKind(value: ListValue): BodyKind {
  if (value === null || typeof value !== "object") return "plain";
  if ("date" in value) return "date";
  if ("time" in value) return "time";
  return value.highlight;
}

/** A value of each kind, put into the prototype rows only to give their cells that style. */
const PROTOTYPE_VALUES: Readonly<Record<BodyKind, ListValue>> = {
  plain: "",
  date: { date: new Date(0) },
  time: { time: 0 },
  missing: { text: "", highlight: "missing" },
  late: { text: "", highlight: "late" },
};

/**
 * A list sheet whose frame exceljs has drawn and whose rows are still to be written: the
 * prototype rows sit under the header, one per `BODY_KINDS` entry, and are replaced.
 */
export interface ListPlan {
  readonly sheet: ExcelJS.Worksheet;
  readonly headerRow: number;
  readonly columns: readonly ListColumn[];
  readonly rows: readonly (readonly ListValue[])[];
  /** The table over the header and rows, when the sheet has one. */
  readonly table?: string;
  /** The 1-based columns that begin a new printed page across (manual page breaks). */
  readonly columnBreaks: readonly number[];
}

export interface ListColumn {
  readonly header: string;
  /** Width in Excel character units. */
  readonly width: number;
  readonly wrap?: boolean;
  readonly numFmt?: string;
  readonly align?: "left" | "center" | "right";
  /**
   * Shown and filtered on screen but not printed (codes, full paths): such columns come
   * after every printed one.
   */
  readonly screenOnly?: boolean;
}

/** How a list prints, beyond what its columns say. */
export interface ListPrint {
  /** The footer in Excel's header/footer codes (`pageFooter`). */
  readonly footer: string;
  /** The number of rows under the header (the print area ends there). */
  readonly rows: number;
  /** How many first columns repeat on every page across. */
  readonly repeat?: number;
  /** The first column of each group of columns kept on one page (`planPrint`). */
  readonly groups?: readonly number[];
}

export const LIST_FONT_SIZE = 12;
export const DATE_FORMAT = "dd/mm/yyyy";
export const TIME_FORMAT = "hh:mm";
export const COUNT_FORMAT = "#,##0";

const HIGHLIGHTS: Readonly<Record<Highlight, { fill: string; font: string }>> = {
  missing: { fill: "FFFFC7CE", font: "FF9C0006" },
  late: { fill: "FFFFEB9C", font: "FF9C5700" },
};
/** Excel's code for A4 paper. */
const PAPER_A4 = 9;
/** Header and footer texts are codes: `&P` the page, `&N` the pages, `&&` an ampersand. */
const PAGE = "\u0001";
const PAGES = "\u0002";
const HEADER_FILL = "FFD9E1F2";
const MAX_CELL_TEXT = 32_767;

/**
 * Text as a cell can hold it: without the control characters XML cannot carry (a corrupt
 * file otherwise) and within Excel's 32,767 characters. Nothing else changes; a leading
 * `=` stays a character of the text.
 */
export function cellText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
  return clean.length > MAX_CELL_TEXT ? clean.slice(0, MAX_CELL_TEXT) : clean;
}

/** Footer text in the lists' font, 10 pt (Excel's codes: each section starts afresh). */
const FOOTER_FONT = `&"${FONT_NAME},Regular"&10`;

/**
 * The footer of every printed list page in Excel's codes: the sheet's name on the left (a
 * loose page still says which list it is), "Trang 1 / 3" in the middle.
 *
 * @example pageFooter(summaryVi) // '&L&"Times New Roman,Regular"&10&A&C&"Times New Roman,Regular"&10Trang &P / &N'
 */
export function pageFooter(text: SummaryText): string {
  const words = text.pageNumber(PAGE, PAGES).replace(/&/g, "&&");
  const numbers = words.replace(PAGE, "&P").replace(PAGES, "&N");
  return `&L${FOOTER_FONT}&A&C${FOOTER_FONT}${numbers}`;
}

/** A calendar date `YYYY-MM-DD` as the Date exceljs turns into that day's serial. */
export function calendarDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function font(bold = false): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size: LIST_FONT_SIZE, bold };
}

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Puts one value into a cell, with its number format and highlight. */
export function putValue(cell: ExcelJS.Cell, value: ListValue): void {
  if (value === null) return;
  if (typeof value === "string") {
    cell.value = cellText(value);
  } else if (typeof value === "number") {
    cell.value = value;
  } else if ("date" in value) {
    // The serial itself, by the project's one conversion (core's dateToSerial), rather than
    // exceljs' own Date arithmetic; the summary is in the 1900 date system.
    cell.value = dateToSerial(value.date, false) ?? null;
    cell.numFmt = DATE_FORMAT;
  } else if ("time" in value) {
    cell.value = value.time;
    cell.numFmt = TIME_FORMAT;
  } else {
    cell.value = cellText(value.text);
    const colours = HIGHLIGHTS[value.highlight];
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: colours.fill } };
    cell.font = { ...font(true), color: { argb: colours.font } };
  }
}

/**
 * Sets widths, fonts and formats of a list's columns, styles and fills its header row, and
 * puts the prototype rows under it: in row `headerRow + 1 + k`, every cell has the style of
 * a body cell of kind `BODY_KINDS[k]` in its column. Sets up printing (`planPrint`) and
 * returns the columns where printed pages break across.
 */
export function styleList(
  sheet: ExcelJS.Worksheet,
  columns: readonly ListColumn[],
  headerRow: number,
  print: ListPrint
): readonly number[] {
  const bodyFont = font();
  const headerStyle: Partial<ExcelJS.Style> = {
    font: font(true),
    alignment: { vertical: "middle", horizontal: "center", wrapText: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
    border,
  };
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
    const body: Partial<ExcelJS.Style> = {
      font: bodyFont,
      alignment: {
        vertical: "top",
        horizontal: column.align ?? "left",
        wrapText: column.wrap ?? false,
      },
      border,
      ...(column.numFmt ? { numFmt: column.numFmt } : {}),
    };
    // Each cell gets its own shallow style object: exceljs sets numFmt, fill and font on
    // it in place. The value's own format or highlight then overrides the column's.
    BODY_KINDS.forEach((kind, k) => {
      const cell = sheet.getCell(headerRow + 1 + k, i + 1);
      cell.style = { ...body };
      putValue(cell, PROTOTYPE_VALUES[kind]);
    });
    const header = sheet.getCell(headerRow, i + 1);
    header.style = { ...headerStyle };
    putValue(header, column.header);
  });
  sheet.getRow(headerRow).height = rowHeight(
    columns.map((column) => ({ text: column.header, width: column.width, wrap: true, bold: true })),
    LIST_FONT_SIZE
  );
  // Lists print too: A4, readable, the header row (and `repeat` columns) on every page.
  const printed = columns.filter((column) => !column.screenOnly).length;
  const plan = planPrint(
    columns.slice(0, printed).map((column) => column.width),
    print
  );
  const lastRow = headerRow + print.rows;
  sheet.pageSetup = {
    paperSize: PAPER_A4,
    orientation: plan.orientation,
    ...(plan.scale === undefined
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: plan.scale, pageOrder: "overThenDown" as const }),
    printTitlesRow: `${headerRow}:${headerRow}`,
    ...(print.repeat ? { printTitlesColumn: `A:${columnLetter(print.repeat)}` } : {}),
    // exceljs puts a "$" before each end only (A$1 → $A$1); both must be absolute to count.
    ...(printed < columns.length ? { printArea: `A$1:${columnLetter(printed)}$${lastRow}` } : {}),
    margins: { ...PRINT_MARGINS },
  };
  sheet.headerFooter = { oddFooter: print.footer } as ExcelJS.HeaderFooter;
  sheet.views = [
    { state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` },
  ];
  return plan.breaks;
}

/**
 * Adds a list sheet's frame: optional lines above the header, the header row, a frozen
 * header and an autofilter over the list. Its rows are written by `listRowParts`.
 */
export function addListSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly ListColumn[],
  rows: readonly (readonly ListValue[])[],
  options: { readonly footer: string; readonly above?: readonly (readonly ListValue[])[] }
): ListPlan {
  const above = options.above ?? [];
  const sheet = workbook.addWorksheet(name);
  above.forEach((values, r) =>
    values.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      putValue(cell, value);
      cell.font = font(true);
    })
  );
  const headerRow = above.length + 1;
  const columnBreaks = styleList(sheet, columns, headerRow, {
    footer: options.footer,
    rows: rows.length,
  });
  // The filter covers the prototypes now; `listRowParts` sets it to the written rows.
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + BODY_KINDS.length, column: columns.length },
  };
  return { sheet, headerRow, columns, rows, columnBreaks };
}
