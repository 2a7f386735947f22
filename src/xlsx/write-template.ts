/**
 * Renders form layouts (core/forms) to an .xlsx workbook with exceljs: styles, merges,
 * unlocked inputs on a protected sheet, data validation with Vietnamese hints, conditional
 * formatting, defined names, print setup and the hidden metadata sheet.
 */
import ExcelJS from "exceljs";
import {
  FONT_NAME,
  METADATA_SHEET,
  STYLES,
  metadataRows,
  type InputRule,
  type LayoutCell,
  type SheetLayout,
  type StyleSpec,
  type TemplateMetadata,
} from "../core";
import type { Catalogue } from "../messages";
import { inputHelp } from "../messages/input-help";

/** Excel's code for A4 paper. */
const PAPER_A4 = 9;
/** The highlight of a participants value given without any session. */
const WARNING_FILL = "FFFFC7CE";
const WARNING_FONT = "FF9C0006";

export function columnLetter(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

function toExcelStyle(spec: StyleSpec): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
  return {
    font: {
      name: FONT_NAME,
      size: spec.size,
      bold: spec.bold ?? false,
      italic: spec.italic ?? false,
      ...(spec.underline ? { underline: true } : {}),
    },
    alignment: { horizontal: spec.horizontal, vertical: spec.vertical, wrapText: spec.wrap },
    ...(spec.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    ...(spec.numFmt ? { numFmt: spec.numFmt } : {}),
  };
}

/** The data validation of an input cell, or undefined for free text. */
export function validationFor(
  rule: InputRule,
  catalogue: Catalogue
): ExcelJS.DataValidation | undefined {
  const help = inputHelp(rule, catalogue);
  if (!help) return undefined;
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: help.promptTitle,
    prompt: help.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: help.errorTitle,
    error: help.error,
  } as const;
  switch (rule.kind) {
    case "count":
      return { ...common, type: "whole", operator: "greaterThanOrEqual", formulae: [0] };
    case "time":
      // A time of day is a fraction of a day: 00:00 up to 23:59:59. OOXML has a 'time'
      // validation type that exceljs writes as given but leaves out of its types.
      return {
        ...common,
        type: "time" as ExcelJS.DataValidation["type"],
        operator: "between",
        formulae: [0, 0.999988],
      };
    case "date":
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [new Date(rule.start), new Date(rule.end)],
      };
  }
}

function renderCell(sheet: ExcelJS.Worksheet, cell: LayoutCell): void {
  const style = toExcelStyle(STYLES[cell.style]);
  const lastRow = cell.row + (cell.rowSpan ?? 1) - 1;
  const lastCol = cell.col + (cell.colSpan ?? 1) - 1;
  // Every cell of a merge carries the style, or borders show only on the first cell.
  for (let r = cell.row; r <= lastRow; r++) {
    for (let c = cell.col; c <= lastCol; c++) sheet.getCell(r, c).style = style;
  }
  if (lastRow > cell.row || lastCol > cell.col)
    sheet.mergeCells(cell.row, cell.col, lastRow, lastCol);

  const target = sheet.getCell(cell.row, cell.col);
  // Strings go in as plain strings: exceljs writes a formula only for { formula } values,
  // so nothing here can turn into a live formula.
  if (cell.value !== undefined) target.value = cell.value;
  if (!cell.input) return;
  target.protection = { locked: false };
  if (cell.input.name) target.name = cell.input.name;
}

/** The sheet's validations by range; exceljs keeps them but leaves them out of its types. */
interface SheetValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Writes the layout's validation areas, one `<dataValidation>` each. They are given as
 * ranges: per-cell validations would go through exceljs's own grouping, which sorts "B10"
 * before "B9" and writes B10:B28 and B9:B28 for one column, a file Excel "repairs".
 */
function addValidations(sheet: ExcelJS.Worksheet, layout: SheetLayout, catalogue: Catalogue): void {
  const validations = (sheet as unknown as SheetValidations).dataValidations;
  for (const area of layout.validations) {
    const validation = validationFor(area.rule, catalogue);
    if (!validation) continue;
    const first = a1(area.first.row, area.first.col);
    const last = a1(area.last.row, area.last.col);
    validations.add(first === last ? first : `${first}:${last}`, validation);
  }
}

function participantsRule(
  cell: LayoutCell,
  priority: number
): ExcelJS.ConditionalFormattingOptions | undefined {
  const countCell = cell.input?.countCell;
  if (!countCell) return undefined;
  const self = a1(cell.row, cell.col);
  const count = a1(countCell.row, countCell.col);
  return {
    ref: self,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [`AND(ISNUMBER(${self}),${self}>0,N(${count})=0)`],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: WARNING_FILL } },
          font: { color: { argb: WARNING_FONT } },
        },
      },
    ],
  };
}

/** Draws one form layout onto a new worksheet of `workbook`. */
export async function renderLayout(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout,
  catalogue: Catalogue
): Promise<ExcelJS.Worksheet> {
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ showGridLines: false }],
    properties: { defaultRowHeight: 18 },
  });
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const cell of layout.cells) renderCell(sheet, cell);
  addValidations(sheet, layout, catalogue);
  for (const [row, height] of Object.entries(layout.rowHeights))
    sheet.getRow(Number(row)).height = height;

  let priority = 1;
  for (const cell of layout.cells) {
    const rule = participantsRule(cell, priority);
    if (rule) {
      sheet.addConditionalFormatting(rule);
      priority++;
    }
  }

  for (const range of layout.rangeNames) {
    const quoted = `'${layout.sheetName.replace(/'/g, "''")}'`;
    const first = `$${columnLetter(range.first.col)}$${range.first.row}`;
    const last = `$${columnLetter(range.last.col)}$${range.last.row}`;
    workbook.definedNames.add(`${quoted}!${first}:${last}`, range.name);
  }

  const { print } = layout;
  sheet.pageSetup = {
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    // 0 = as many pages tall as the content needs.
    fitToHeight: 0,
    horizontalCentered: true,
    blackAndWhite: true,
    printArea: `A1:${a1(layout.lastRow, layout.lastCol)}`,
    ...(print.titleRows
      ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` }
      : {}),
    margins: { ...print.margins, header: 0.3, footer: 0.3 },
  };
  // exceljs breaks after the row it is given.
  for (const row of print.pageBreaksBefore ?? []) sheet.getRow(row - 1).addPageBreak();

  // Guidance, not security: no password, so nothing costly to compute and nothing to lose.
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: layout.allowInsertRows,
  });
  return sheet;
}

function addMetadataSheet(workbook: ExcelJS.Workbook, meta: TemplateMetadata): void {
  const sheet = workbook.addWorksheet(METADATA_SHEET, { state: "veryHidden" });
  for (const [key, value] of metadataRows(meta)) sheet.addRow([key, value]);
}

/**
 * Writes the given form layouts into one workbook, with the metadata that identifies it.
 *
 * @example
 * const bytes = await writeTemplate([layoutMau2(campaign, unit)], metadata, vi);
 */
export async function writeTemplate(
  layouts: readonly SheetLayout[],
  meta: TemplateMetadata,
  catalogue: Catalogue
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TổngHợp";
  workbook.title = layouts.map((layout) => layout.sheetName).join(", ");
  workbook.subject = `Tuần lễ hưởng ứng học tập suốt đời năm ${meta.year}`;
  // A fixed date keeps the bytes reproducible for the same inputs.
  workbook.created = new Date(Date.UTC(meta.year, 0, 1));
  workbook.modified = workbook.created;
  for (const layout of layouts) await renderLayout(workbook, layout, catalogue);
  addMetadataSheet(workbook, meta);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
