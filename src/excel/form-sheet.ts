/**
 * Draws a form layout (core/forms) onto a new sheet of the open workbook: the same
 * description the .xlsx writer renders, so a form made in Excel and a downloaded form are
 * the same form. Everything is queued and sent in one request; only the reads that decide
 * the sheet's name and the metadata to keep come before it.
 */
import {
  FONT_NAME,
  METADATA_SHEET,
  STYLES,
  metadataRows,
  parseMetadataRows,
  type FormId,
  type InputRule,
  type LayoutCell,
  type SheetLayout,
  type StyleSpec,
  type TemplateMetadata,
  type ValidationArea,
} from "../core";
import type { Catalogue } from "../messages/catalogue";
import { inputHelp } from "../messages/input-help";
import { cellAddress, columnLetters } from "../xlsx/read/address";
import type { Capabilities } from "./capabilities";
import { textWrite } from "./cell-text";
import { assertStructureEditable, queueStructureCheck } from "./own-sheets";
import { safeSheetName } from "./sheet-names";

/** The highlight of a participants value given without any session (as in the .xlsx). */
const WARNING_FILL = "#FFC7CE";
const WARNING_FONT = "#9C0006";
const BORDER_COLOR = "#000000";
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const POINTS_PER_INCH = 72;
/** Header and footer margins of the .xlsx templates, in inches. */
const HEADER_FOOTER_MARGIN = 0.3;

/**
 * A column width in Excel's character units as points, the unit of `format.columnWidth`.
 * A character is the widest digit of the workbook's default font (7 pixels in Calibri 11)
 * and Excel adds 5 pixels of padding; a pixel is 3/4 of a point.
 *
 * @example characterWidthToPoints(30) // 161.25
 */
export function characterWidthToPoints(characters: number): number {
  return (Math.round(characters * 7) + 5) * 0.75;
}

/** A matrix of `rows` by `cols` holding `value` everywhere (Office.js wants full matrices). */
function matrix<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

function areaOf(cell: LayoutCell): { address: string; rows: number; cols: number } {
  const rows = cell.rowSpan ?? 1;
  const cols = cell.colSpan ?? 1;
  const first = cellAddress(cell.row, cell.col);
  const last = cellAddress(cell.row + rows - 1, cell.col + cols - 1);
  return { address: rows === 1 && cols === 1 ? first : `${first}:${last}`, rows, cols };
}

/** The number format of a layout cell: a string's own (`textWrite`), else the style's. */
function numberFormatOf(cell: LayoutCell, spec: StyleSpec): string | undefined {
  if (typeof cell.value === "string") return textWrite(cell.value).format;
  return spec.numFmt;
}

function applyStyle(range: Excel.Range, spec: StyleSpec, centreAcross: boolean): void {
  const format = range.format;
  const font = format.font;
  font.name = FONT_NAME;
  font.size = spec.size;
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.underline) font.underline = "Single";
  // Without merges (ExcelApi 1.1) a centred title still centres over its columns.
  format.horizontalAlignment = centreAcross
    ? "CenterAcrossSelection"
    : spec.horizontal === "center"
      ? "Center"
      : spec.horizontal === "right"
        ? "Right"
        : "Left";
  format.verticalAlignment = spec.vertical === "top" ? "Top" : "Center";
  format.wrapText = spec.wrap;
  if (!spec.border) return;
  for (const edge of EDGES) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = BORDER_COLOR;
  }
}

/** The Office.js rule of an input, or undefined for free text (as in the .xlsx). */
export function validationRuleFor(rule: InputRule): Excel.DataValidationRule | undefined {
  switch (rule.kind) {
    case "count":
      return { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    case "time":
      // A time of day is a fraction of a day, 00:00 up to 23:59:59.
      return { time: { formula1: "=0", formula2: "=0.999988", operator: "Between" } };
    case "date":
      // ISO dates are what the API documents for date rules.
      return { date: { formula1: rule.start, formula2: rule.end, operator: "Between" } };
    case "text":
      return undefined;
  }
}

function addValidation(range: Excel.Range, rule: InputRule, catalogue: Catalogue): void {
  const excelRule = validationRuleFor(rule);
  const help = inputHelp(rule, catalogue);
  if (!excelRule || !help) return;
  const validation = range.dataValidation;
  validation.rule = excelRule;
  validation.ignoreBlanks = true;
  validation.prompt = { showPrompt: true, title: help.promptTitle, message: help.prompt };
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: help.errorTitle,
    message: help.error,
  };
}

function drawCell(sheet: Excel.Worksheet, cell: LayoutCell, caps: Capabilities): void {
  const spec = STYLES[cell.style];
  const area = areaOf(cell);
  const range = sheet.getRange(area.address);
  const merged = area.rows > 1 || area.cols > 1;
  // The format goes first: a string must meet a Text cell, or Excel may parse it.
  const numberFormat = numberFormatOf(cell, spec);
  if (numberFormat) range.numberFormat = matrix(area.rows, area.cols, numberFormat);
  // Every cell of a merge carries the style, or borders show only on the first cell.
  applyStyle(range, spec, !caps.merges && area.cols > 1 && spec.horizontal === "center");
  if (merged && caps.merges) range.merge(false);

  const topLeft = merged ? sheet.getRange(cellAddress(cell.row, cell.col)) : range;
  if (cell.value !== undefined) {
    topLeft.values = [[typeof cell.value === "string" ? textWrite(cell.value).value : cell.value]];
  }
  if (!cell.input) return;
  if (caps.protection) range.format.protection.locked = false;
}

/** The A1 range of a validation area ("C17:C19", or "C15" for one cell). */
export function validationAddress(area: ValidationArea): string {
  const first = cellAddress(area.first.row, area.first.col);
  const last = cellAddress(area.last.row, area.last.col);
  return first === last ? first : `${first}:${last}`;
}

function addParticipantsHighlight(sheet: Excel.Worksheet, cell: LayoutCell): void {
  const countCell = cell.input?.countCell;
  if (!countCell) return;
  const self = cellAddress(cell.row, cell.col);
  const count = cellAddress(countCell.row, countCell.col);
  const format = sheet.getRange(self).conditionalFormats.add("Custom");
  format.custom.rule.formula = `=AND(ISNUMBER(${self}),${self}>0,N(${count})=0)`;
  format.custom.format.fill.color = WARNING_FILL;
  format.custom.format.font.color = WARNING_FONT;
}

function setUpPrinting(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const { print } = layout;
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = "Portrait";
  // Fit to one page wide, as many pages tall as the content needs (0, as in the .xlsx).
  page.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  page.centerHorizontally = true;
  page.blackAndWhite = true;
  page.leftMargin = print.margins.left * POINTS_PER_INCH;
  page.rightMargin = print.margins.right * POINTS_PER_INCH;
  page.topMargin = print.margins.top * POINTS_PER_INCH;
  page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  page.headerMargin = HEADER_FOOTER_MARGIN * POINTS_PER_INCH;
  page.footerMargin = HEADER_FOOTER_MARGIN * POINTS_PER_INCH;
  page.setPrintArea(`A1:${cellAddress(layout.lastRow, layout.lastCol)}`);
  if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  // Office.js breaks above the cell it is given.
  for (const row of print.pageBreaksBefore ?? [])
    sheet.horizontalPageBreaks.add(cellAddress(row, 1));
  sheet.showGridlines = false;
}

/** Queues every write that draws `layout` on `sheet`. */
export function drawLayout(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  catalogue: Catalogue,
  caps: Capabilities
): void {
  if (caps.merges) {
    layout.columnWidths.forEach((width, i) => {
      const column = columnLetters(i + 1);
      sheet.getRange(`${column}:${column}`).format.columnWidth = characterWidthToPoints(width);
    });
    for (const [row, height] of Object.entries(layout.rowHeights))
      sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  for (const cell of layout.cells) drawCell(sheet, cell, caps);
  // The layout's areas, as the .xlsx has them: one validation per area, none overlapping.
  if (caps.dataValidation) {
    for (const area of layout.validations)
      addValidation(sheet.getRange(validationAddress(area)), area.rule, catalogue);
  }
  if (caps.conditionalFormats) {
    for (const cell of layout.cells) addParticipantsHighlight(sheet, cell);
  }
  if (caps.pageLayout) setUpPrinting(sheet, layout);
}

/** The defined names of a layout: each named input cell and each named range. */
export function layoutNames(layout: SheetLayout): { name: string; address: string }[] {
  const names: { name: string; address: string }[] = [];
  for (const cell of layout.cells) {
    if (cell.input?.name)
      names.push({ name: cell.input.name, address: cellAddress(cell.row, cell.col) });
  }
  for (const range of layout.rangeNames) {
    const first = cellAddress(range.first.row, range.first.col);
    const last = cellAddress(range.last.row, range.last.col);
    names.push({ name: range.name, address: `${first}:${last}` });
  }
  return names;
}

/** Key/value rows from the values of a used range that starts at 0-based `columnIndex`. */
export function keyValueRows(
  values: readonly (readonly unknown[])[],
  columnIndex: number
): [string, string][] {
  if (columnIndex > 0) return [];
  const text = (value: unknown): string =>
    value === null || value === undefined ? "" : String(value).trim();
  return values
    .map((row): [string, string] => [text(row[0]), text(row[1])])
    .filter(([key]) => key !== "");
}

/**
 * The metadata after adding a form: the new one's campaign, unit and sheet, plus the other
 * forms already recorded for the same campaign and unit whose sheets still exist.
 */
export function mergeMetadata(
  previous: TemplateMetadata | undefined,
  next: TemplateMetadata,
  form: FormId,
  sheetName: string,
  existingSheets: readonly string[]
): TemplateMetadata {
  const kept: Partial<Record<FormId, string>> = {};
  if (previous && previous.campaign === next.campaign && previous.unit === next.unit) {
    for (const [key, name] of Object.entries(previous.sheets) as [FormId, string][]) {
      if (existingSheets.includes(name)) kept[key] = name;
    }
  }
  return { ...next, sheets: { ...kept, ...next.sheets, [form]: sheetName } };
}

function writeMetadataRows(sheet: Excel.Worksheet, rows: readonly [string, string][]): void {
  const range = sheet.getRange(`A1:B${rows.length}`);
  const writes = rows.map((row) => row.map(textWrite));
  range.numberFormat = writes.map((row) => row.map((write) => write.format));
  range.values = writes.map((row) => row.map((write) => write.value));
}

/**
 * Creates a form sheet (Mẫu 1 or Mẫu 2) in the open workbook and activates it: the layout
 * with its styles, merges, sizes, unlocked inputs, validation hints, highlight, defined
 * names (workbook-level, replacing any of the same name), A4 print setup, protection
 * without password, and the very hidden metadata sheet recording the sheet's actual name.
 * Features this Excel lacks (see `Capabilities`) are left out. Two requests, three when
 * the workbook already holds metadata to update.
 *
 * @example const { sheetName } = await createFormSheet(layoutForm("mau2", campaign, unit), meta, vi, caps);
 */
export async function createFormSheet(
  layout: SheetLayout,
  metadata: TemplateMetadata,
  catalogue: Catalogue,
  caps: Capabilities
): Promise<{ sheetName: string }> {
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const worksheets = workbook.worksheets;
    worksheets.load("items/name");
    const definedNames = workbook.names;
    definedNames.load("items/name");
    const structure = queueStructureCheck(workbook, caps);
    await context.sync();
    // The form is a new sheet: refused with the reason before anything is written.
    assertStructureEditable(structure);

    const existing = worksheets.items.map((sheet) => sheet.name);
    const metadataName = existing.find(
      (name) => name.toLowerCase() === METADATA_SHEET.toLowerCase()
    );
    let previous: TemplateMetadata | undefined;
    if (metadataName !== undefined) {
      const used = worksheets.getItem(metadataName).getUsedRange();
      used.load(["values", "columnIndex"]);
      await context.sync();
      previous = parseMetadataRows(keyValueRows(used.values, used.columnIndex));
    }

    const sheetName = safeSheetName(layout.sheetName, existing);
    const sheet = worksheets.add(sheetName);
    drawLayout(sheet, layout, catalogue, caps);

    if (caps.names) {
      const present = new Map(
        definedNames.items.map((item) => [item.name.toLowerCase(), item.name] as const)
      );
      for (const { name, address } of layoutNames(layout)) {
        const old = present.get(name.toLowerCase());
        if (old !== undefined) definedNames.getItem(old).delete();
        definedNames.add(name, sheet.getRange(address));
      }
    }

    const rows = metadataRows(
      mergeMetadata(previous, metadata, layout.form, sheetName, [...existing, sheetName])
    );
    let metadataSheet: Excel.Worksheet;
    if (metadataName === undefined) {
      metadataSheet = worksheets.add(METADATA_SHEET);
    } else {
      metadataSheet = worksheets.getItem(metadataName);
      metadataSheet.getUsedRange().clear("Contents");
      if (metadataName !== METADATA_SHEET) metadataSheet.name = METADATA_SHEET;
    }
    writeMetadataRows(metadataSheet, rows);
    // Setting a sheet's visibility is ExcelApi 1.2 (Hidden as much as VeryHidden), so an
    // Excel of 1.1 leaves the metadata sheet in view; the pane names the loss
    // (`sheetVisibility`) and the form itself is drawn as usual.
    if (caps.sheetVisibility) metadataSheet.visibility = "VeryHidden";

    // A sheet added in this very request cannot be protected yet, so it is protected
    // without first loading its state (that load would cost a request of its own).
    if (caps.protection) {
      sheet.protection.protect({
        allowFormatColumns: true,
        allowFormatRows: true,
        allowInsertRows: layout.allowInsertRows,
      });
    }
    sheet.activate();
    await context.sync();
    return { sheetName };
  });
}
