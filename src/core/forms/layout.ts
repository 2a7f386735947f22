/**
 * A renderer-neutral description of one form sheet: which text goes in which cell, how it
 * looks, which cells a unit fills in and what they may hold, and how the sheet prints.
 * The .xlsx writer and the Office.js bridge both render this one description, so a form
 * created in Excel and a form downloaded from the web page are the same form.
 *
 * Rows and columns are 1-based, as in Excel.
 */
import type { IndicatorId } from "./indicators";

export type FormId = "mau1" | "mau2";
export const FORM_IDS: readonly FormId[] = ["mau1", "mau2"];

/** Bumped whenever the layout of a generated template changes in a way a reader notices. */
export const TEMPLATE_VERSION = "1";

/** The font of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP). */
export const FONT_NAME = "Times New Roman";

export type StyleRole =
  | "unitHeader"
  | "unitHeaderPlain"
  | "motto"
  | "mottoSub"
  | "dateLine"
  | "title"
  | "subtitle"
  | "recipient"
  | "heading"
  | "body"
  | "tableHeader"
  | "tableSection"
  | "tableItem"
  | "tableSub"
  | "tableIndex"
  | "inputCount"
  | "inputText"
  | "inputTime"
  | "inputDate"
  | "inputLongText"
  | "receiversTitle"
  | "receivers"
  | "signatureTitle"
  | "signatureNote";

export interface StyleSpec {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly horizontal: "left" | "center" | "right";
  readonly vertical: "top" | "middle";
  readonly wrap: boolean;
  /** Thin border on every side: table cells. */
  readonly border?: boolean;
  /** Excel number format code. */
  readonly numFmt?: string;
}

const body = 13;
export const STYLES: Readonly<Record<StyleRole, StyleSpec>> = {
  unitHeader: { size: 13, bold: true, horizontal: "center", vertical: "top", wrap: true },
  unitHeaderPlain: { size: 13, horizontal: "center", vertical: "top", wrap: true },
  motto: { size: 12, bold: true, horizontal: "center", vertical: "top", wrap: false },
  mottoSub: {
    size: 13,
    bold: true,
    underline: true,
    horizontal: "center",
    vertical: "top",
    wrap: false,
  },
  dateLine: { size: body, italic: true, horizontal: "center", vertical: "top", wrap: false },
  title: { size: 14, bold: true, horizontal: "center", vertical: "middle", wrap: true },
  subtitle: { size: 14, bold: true, horizontal: "center", vertical: "middle", wrap: true },
  recipient: { size: body, horizontal: "center", vertical: "middle", wrap: true },
  heading: { size: body, bold: true, horizontal: "left", vertical: "middle", wrap: true },
  body: { size: body, horizontal: "left", vertical: "middle", wrap: true },
  tableHeader: {
    size: body,
    bold: true,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: true,
  },
  tableSection: {
    size: body,
    bold: true,
    horizontal: "left",
    vertical: "middle",
    wrap: true,
    border: true,
  },
  tableItem: { size: body, horizontal: "left", vertical: "middle", wrap: true, border: true },
  tableSub: {
    size: body,
    italic: true,
    horizontal: "left",
    vertical: "middle",
    wrap: true,
    border: true,
  },
  tableIndex: { size: body, horizontal: "center", vertical: "middle", wrap: false, border: true },
  inputCount: {
    size: body,
    horizontal: "center",
    vertical: "middle",
    wrap: false,
    border: true,
    numFmt: "#,##0",
  },
  inputText: {
    size: body,
    horizontal: "left",
    vertical: "middle",
    wrap: true,
    border: true,
    numFmt: "@",
  },
  inputTime: {
    size: body,
    horizontal: "center",
    vertical: "middle",
    wrap: false,
    border: true,
    numFmt: "hh:mm",
  },
  inputDate: {
    size: body,
    horizontal: "center",
    vertical: "middle",
    wrap: false,
    border: true,
    numFmt: "dd/mm/yyyy",
  },
  inputLongText: {
    size: body,
    horizontal: "left",
    vertical: "top",
    wrap: true,
    border: true,
    numFmt: "@",
  },
  receiversTitle: {
    size: 12,
    bold: true,
    italic: true,
    horizontal: "left",
    vertical: "top",
    wrap: true,
  },
  receivers: { size: 11, horizontal: "left", vertical: "top", wrap: true },
  signatureTitle: { size: body, bold: true, horizontal: "center", vertical: "top", wrap: true },
  signatureNote: { size: body, italic: true, horizontal: "center", vertical: "top", wrap: true },
};

/** What a unit may type into an input cell; renderers turn it into data validation. */
export type InputRule =
  | { readonly kind: "count" }
  | { readonly kind: "date"; readonly start: string; readonly end: string }
  | { readonly kind: "time" }
  | { readonly kind: "text" };

export interface InputSpec {
  readonly rule: InputRule;
  /** A workbook-level defined name for this cell (the indicator id on Mẫu 2). */
  readonly name?: string;
  readonly indicator?: IndicatorId;
  /**
   * For a participants row: the cell of its count. A participants value given without any
   * session is highlighted by conditional formatting.
   */
  readonly countCell?: { readonly row: number; readonly col: number };
}

/**
 * One data validation of a form: a rectangle of input cells that share one rule. A cell is
 * in at most one area (Excel refuses a file where two validations cover a cell, and
 * "repairs" it on open); `SheetBuilder.validations` makes the areas and checks that.
 */
export interface ValidationArea {
  readonly rule: InputRule;
  readonly first: { readonly row: number; readonly col: number };
  readonly last: { readonly row: number; readonly col: number };
}

export interface LayoutCell {
  readonly row: number;
  readonly col: number;
  /** Static text or number; for an input, the value it starts with (often none). */
  readonly value?: string | number;
  readonly style: StyleRole;
  /** Merge across this many rows and columns (1 = no merge). */
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly input?: InputSpec;
}

export interface PrintSpec {
  readonly paper: "A4";
  readonly orientation: "portrait";
  /** Fit to one page wide; as many pages tall as needed. */
  readonly fitToWidth: 1;
  /** Rows repeated at the top of every printed page (the table header). */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Rows that begin a new printed page, whatever fits above them. */
  readonly pageBreaksBefore?: readonly number[];
  /** Margins in inches (Excel's unit): Nghị định 30 asks 30–35 mm left, 15–20 mm right. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

export interface SheetLayout {
  readonly form: FormId;
  readonly sheetName: string;
  /** Column widths in Excel character units, column A first. */
  readonly columnWidths: readonly number[];
  /** Explicit heights in points for rows that need them (wrapped labels, text boxes). */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly cells: readonly LayoutCell[];
  /** Whole-workbook defined names for ranges (not single inputs), e.g. the schedule table. */
  /** The data validations of the inputs, pairwise disjoint; free text has none. */
  readonly validations: readonly ValidationArea[];
  readonly rangeNames: readonly {
    readonly name: string;
    readonly first: { row: number; col: number };
    readonly last: { row: number; col: number };
  }[];
  readonly print: PrintSpec;
  /** The last row and column printed. */
  readonly lastRow: number;
  readonly lastCol: number;
  /** Units may insert rows (more activities on Mẫu 1). */
  readonly allowInsertRows: boolean;
}

/** The key/value pairs of the hidden metadata sheet that identifies a generated template. */
export interface TemplateMetadata {
  readonly schema: "tonghop-template";
  readonly templateVersion: string;
  readonly campaign: string;
  readonly year: number;
  readonly unit?: string;
  /**
   * "summary" on an office's summary workbook: the unit is the office, and the workbook is
   * never a return of the office's own campaign.
   */
  readonly role?: "summary";
  /** Which sheet holds which form. */
  readonly sheets: Readonly<Partial<Record<FormId, string>>>;
}

/** The name of the hidden sheet that carries template metadata. */
export const METADATA_SHEET = "_TongHop";

/** The metadata as rows of [key, value], the shape in which it is stored in the hidden sheet. */
export function metadataRows(meta: TemplateMetadata): [string, string][] {
  const rows: [string, string][] = [
    ["schema", meta.schema],
    ["templateVersion", meta.templateVersion],
    ["campaign", meta.campaign],
    ["year", String(meta.year)],
  ];
  if (meta.unit !== undefined) rows.push(["unit", meta.unit]);
  if (meta.role !== undefined) rows.push(["role", meta.role]);
  for (const form of FORM_IDS) {
    const sheet = meta.sheets[form];
    if (sheet !== undefined) rows.push([`sheet.${form}`, sheet]);
  }
  return rows;
}

/**
 * Reads metadata back from [key, value] rows; undefined when they are not ours.
 *
 * @example parseMetadataRows(metadataRows(meta)) // deep-equals meta
 */
export function parseMetadataRows(
  rows: readonly (readonly [string, string])[]
): TemplateMetadata | undefined {
  const map = new Map(rows.map(([key, value]) => [key.trim(), value.trim()]));
  if (map.get("schema") !== "tonghop-template") return undefined;
  const campaign = map.get("campaign") ?? "";
  const year = Number(map.get("year"));
  const sheets: Partial<Record<FormId, string>> = {};
  for (const form of FORM_IDS) {
    const sheet = map.get(`sheet.${form}`);
    if (sheet) sheets[form] = sheet;
  }
  const unit = map.get("unit");
  const role = map.get("role") === "summary" ? "summary" : undefined;
  return {
    schema: "tonghop-template",
    templateVersion: map.get("templateVersion") ?? "",
    campaign,
    year: Number.isInteger(year) ? year : 0,
    ...(unit ? { unit } : {}),
    ...(role ? { role } : {}),
    sheets,
  };
}

/** Characters of Times New Roman that fit on one line of a wrapped cell `width` units wide. */
function charsPerLine(width: number, size: number): number {
  // A Times New Roman character at 13 pt is about 1.1 Excel width units.
  return Math.max(1, Math.floor((width * 0.95 * 13) / (size * 1.1)));
}

function heightOfLines(lines: number, size: number): number {
  return Math.ceil(lines * size * 1.3 + 4);
}

/**
 * A row height in points that shows `text` whole in a wrapped cell `width` characters wide.
 * Excel does not grow rows to fit wrapped text it did not lay out itself, so generated
 * forms set heights; the estimate errs on the tall side.
 */
export function estimateRowHeight(text: string, width: number, size = 13): number {
  const perLine = charsPerLine(width, size);
  const lines = text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return heightOfLines(lines, size);
}

/**
 * As `estimateRowHeight`, for text that must not be cut whatever font the reader's machine
 * puts in place of Times New Roman: room for glyphs a third wider (DejaVu Serif, a common
 * stand-in on Linux, is about a fifth wider; bold capitals wider still).
 *
 * @example estimateRowHeightAnyFont("GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG", 36) // 38: two lines
 */
export function estimateRowHeightAnyFont(text: string, width: number, size = 13): number {
  return estimateRowHeight(text, width * 0.75, size);
}

/**
 * The height of a wrapped box `width` characters wide that holds `chars` characters of
 * running text whole: the lines `estimateRowHeight` counts for that many characters, plus
 * one spare line for a line break the unit types. Measured with Times New Roman's metrics
 * (Liberation Serif), Vietnamese prose at 13 pt averages 5.2 pt a character: a box 90 wide
 * (487 pt in Excel) sets 1,000 characters on 12 lines of about 15 pt, where this gives 14
 * lines of 16.9 pt.
 *
 * @example textBoxHeight(1000, 90) // 241
 */
export function textBoxHeight(chars: number, width: number, size = 13): number {
  return heightOfLines(Math.ceil(chars / charsPerLine(width, size)) + 1, size);
}
