import { MAX_COL, MAX_ROW, cellAddress } from "./address";
import { dateToExcelSerial, parseIsoDateTime, parseIsoDuration } from "./dates";
import type { ReadLimits } from "./limits";
import { CellBudget, SheetBuilder } from "./sheet";
import type { CellKind, CellValue, DefinedName, SheetData, WorkbookData } from "./types";
import { fail } from "./types";
import { XmlScanner, decodeXml, decodeXmlBytes } from "./xml";
import type { ReadOptions } from "./xlsx";
import type { ZipArchive } from "./zip";
import { findEntry, readEntry } from "./zip";

export const ODS_MIMETYPES = [
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.spreadsheet-template",
];

const DEFAULT_NULL_DATE = Date.UTC(1899, 11, 30);
const NULL_DATE_1904 = Date.UTC(1904, 0, 1);

function readPart(zip: ZipArchive, path: string): string | undefined {
  const entry = findEntry(zip, path);
  return entry ? decodeXmlBytes(readEntry(zip, entry)) : undefined;
}

/** A cell as found in one `<table:table-cell>`, before row and column repeats are applied. */
interface OdsCell {
  value: CellValue;
  kind: CellKind;
  formula?: string;
}

const CELL_ATTRS = [
  "office:value-type",
  "calcext:value-type",
  "office:value",
  "office:date-value",
  "office:time-value",
  "office:boolean-value",
  "office:string-value",
  "table:formula",
  "table:number-columns-repeated",
  "table:number-columns-spanned",
  "table:number-rows-spanned",
] as const;

const ROW_ATTRS = ["table:number-rows-repeated", "table:visibility"] as const;
const COLUMN_ATTRS = ["table:number-columns-repeated", "table:visibility"] as const;

/** `table:visibility` of a row or column: `collapse` (hidden) and `filter` (filtered out) hide it. */
function isHidden(visibility: string | undefined): boolean {
  return visibility === "collapse" || visibility === "filter";
}

function positiveInt(s: string | undefined): number {
  if (s === undefined) return 1;
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * The text of a cell: its paragraphs joined by newlines, with `<text:s/>`, `<text:tab/>` and
 * `<text:line-break/>` expanded; annotations (comments) are left out. Ends after the cell's
 * end tag. The length is checked as the text grows: `<text:s text:c="10000"/>` repeated would
 * otherwise spell out gigabytes from a few kilobytes.
 */
function readCellText(sc: XmlScanner, budget: CellBudget): string {
  let out = "";
  let paragraphs = 0;
  let inParagraph = 0;
  let depth = 0;
  while (sc.next()) {
    if (inParagraph > 0) {
      const text = sc.textBefore();
      if (text.length > 0) out += decodeXml(text);
    }
    const name = sc.name;
    if (sc.isEnd) {
      if (depth === 0) break;
      depth--;
      if (name === "p" || name === "h") inParagraph--;
      continue;
    }
    if (name === "annotation") {
      sc.skipElement();
      continue;
    }
    if (name === "p" || name === "h") {
      if (paragraphs++ > 0) out += "\n";
      if (!sc.selfClosing) inParagraph++;
    } else if (inParagraph > 0) {
      if (name === "s") out += " ".repeat(Math.min(positiveInt(sc.attr("text:c")), 10_000));
      else if (name === "tab") out += "\t";
      else if (name === "line-break") out += "\n";
    }
    if (!sc.selfClosing) depth++;
    budget.checkText(out.length);
  }
  return out;
}

/** `$'Mẫu 2'.$C$14` or `$Sheet1.$A$1:.$B$3` to sheet and `$C$14` / `$A$1:$B$3`. */
export function splitOdsAddress(raw: string): { sheet?: string; ref: string } {
  const m =
    /^\$?(?:'((?:[^']|'')*)'|([^.'\s]*))\.(\$?[A-Z]+\$?\d+)(?::(?:\$?(?:'(?:[^']|'')*'|[^.'\s]*))?\.(\$?[A-Z]+\$?\d+))?$/.exec(
      raw.trim()
    );
  if (!m) return { ref: raw };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const ref = m[4] ? `${m[3]}:${m[4]}` : m[3];
  return sheet ? { sheet, ref } : { ref };
}

function formulaText(raw: string): string {
  return raw.replace(/^[a-z]+:/, "").replace(/^=/, "");
}

function parseContent(
  xml: string,
  limits: ReadLimits,
  options: ReadOptions
): { sheets: SheetData[]; names: DefinedName[]; date1904: boolean } {
  const sc = new XmlScanner(xml, "content.xml");
  const budget = new CellBudget(limits);
  const hiddenTableStyles = new Set<string>();
  const sheets: SheetData[] = [];
  const names: DefinedName[] = [];
  const attrs: (string | undefined)[] = [];
  const lineAttrs: (string | undefined)[] = [undefined, undefined];
  let nullDate = DEFAULT_NULL_DATE;
  let styleName: string | undefined;
  let tableIndex = -1;
  let sheet: SheetBuilder | undefined;
  let sheetName = "";
  let sheetHidden = false;
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let rowHidden = false;
  let column = 1;
  let rowCells: { col: number; repeat: number; cell: OdsCell }[] = [];
  let rowMerges: string[] = [];

  const toCell = (): OdsCell | undefined => {
    const [valueType, calcType, value, dateValue, timeValue, boolValue, stringValue, formulaRaw] =
      attrs;
    const text = sc.selfClosing ? "" : readCellText(sc, budget);
    const formula = formulaRaw === undefined ? undefined : formulaText(formulaRaw);
    let cell: OdsCell | undefined;
    if (calcType === "error") cell = { value: text, kind: "error" };
    else {
      switch (valueType) {
        case "float":
        case "percentage":
        case "currency": {
          const n = Number(value);
          cell =
            Number.isNaN(n) || value === undefined
              ? { value: text, kind: "string" }
              : { value: n, kind: "number" };
          break;
        }
        case "date": {
          // The calendar date as an Excel serial (the one conversion, core's dateToSerial), not
          // days since the null date: LibreOffice has no 29 Feb 1900, so before March 1900 its
          // day counts differ from Excel's, and a StarCalc null date (1900-01-01) shifts them.
          const ms = dateValue === undefined ? undefined : parseIsoDateTime(dateValue);
          const serial =
            ms === undefined ? NaN : dateToExcelSerial(new Date(ms), nullDate === NULL_DATE_1904);
          cell = Number.isNaN(serial)
            ? { value: text, kind: "string" }
            : { value: serial, kind: "date" };
          break;
        }
        case "time": {
          const days = timeValue === undefined ? undefined : parseIsoDuration(timeValue);
          cell =
            days === undefined ? { value: text, kind: "string" } : { value: days, kind: "date" };
          break;
        }
        case "boolean":
          cell = { value: boolValue === "true" || boolValue === "1", kind: "boolean" };
          break;
        case "string":
          cell = { value: stringValue ?? text, kind: "string" };
          break;
        default:
          // No value type: an empty cell, unless a writer left text in it anyway.
          if (text !== "") cell = { value: text, kind: "string" };
      }
    }
    if (formula !== undefined) {
      // LibreOffice imports .xlsx booleans as =TRUE() / =FALSE() with a float result; the
      // cell shows TRUE / FALSE, so it is read as the boolean the unit typed.
      if ((formula === "TRUE()" || formula === "FALSE()") && cell?.kind === "number")
        cell = { value: cell.value === 1, kind: "boolean" };
      cell ??= { value: null, kind: "empty" };
      cell.formula = formula;
    }
    return cell;
  };

  const flushRow = (): void => {
    if (!sheet) return;
    const repeat = Math.min(rowRepeat, MAX_ROW - row + 1);
    // One range however many rows repeat: a hidden empty tail of a million rows costs nothing.
    if (rowHidden && repeat > 0) sheet.hideRows(row, row + repeat - 1);
    if (rowCells.length > 0) {
      let perRow = 0;
      for (const c of rowCells) perRow += c.repeat;
      // Refuse before expanding: a filled row repeated a million times must not allocate.
      if (budget.count + perRow * repeat > limits.maxCells)
        fail("too_large", { limit: "cells", max: limits.maxCells });
      for (let k = 0; k < repeat; k++) {
        for (const c of rowCells) {
          for (let j = 0; j < c.repeat; j++) {
            const cell = { row: row + k, col: c.col + j, value: c.cell.value, kind: c.cell.kind };
            sheet.put(c.cell.formula === undefined ? cell : { ...cell, formula: c.cell.formula });
          }
        }
      }
    }
    sheet.merges.push(...rowMerges);
    row += rowRepeat;
    rowCells = [];
    rowMerges = [];
  };

  while (sc.next()) {
    const name = sc.name;
    if (sc.isEnd) {
      if (name === "table-row" && sheet) flushRow();
      else if (name === "table" && sheet) {
        sheets.push(sheet.finish(sheetName, sheetHidden ? "hidden" : "visible"));
        sheet = undefined;
      }
      continue;
    }
    switch (name) {
      case "style":
        styleName = sc.attr("style:family") === "table" ? sc.attr("style:name") : undefined;
        break;
      case "table-properties":
        if (styleName !== undefined && sc.attr("table:display") === "false")
          hiddenTableStyles.add(styleName);
        break;
      case "null-date": {
        const ms = parseIsoDateTime(sc.attr("table:date-value") ?? "");
        if (ms !== undefined) nullDate = ms;
        break;
      }
      case "table": {
        tableIndex++;
        if (tableIndex >= limits.maxSheets)
          fail("too_large", { limit: "sheets", max: limits.maxSheets });
        sheetName = sc.attr("table:name") ?? "";
        const style = sc.attr("table:style-name");
        sheetHidden = style !== undefined && hiddenTableStyles.has(style);
        if (options.sheetFilter && !options.sheetFilter(sheetName)) {
          sc.skipElement();
          break;
        }
        sheet = new SheetBuilder(budget, "openformula");
        row = 1;
        column = 1;
        if (sc.selfClosing) {
          sheets.push(sheet.finish(sheetName, sheetHidden ? "hidden" : "visible"));
          sheet = undefined;
        }
        break;
      }
      case "table-column": {
        if (!sheet) break;
        sc.attrsInto(COLUMN_ATTRS, lineAttrs);
        const repeat = Math.min(positiveInt(lineAttrs[0]), MAX_COL - column + 1);
        if (isHidden(lineAttrs[1]) && repeat > 0) sheet.hideCols(column, column + repeat - 1);
        column += Math.max(repeat, 0);
        break;
      }
      case "table-row":
        if (!sheet) break;
        sc.attrsInto(ROW_ATTRS, lineAttrs);
        rowRepeat = positiveInt(lineAttrs[0]);
        rowHidden = isHidden(lineAttrs[1]);
        col = 1;
        rowCells = [];
        rowMerges = [];
        if (sc.selfClosing) flushRow();
        break;
      case "table-cell":
      case "covered-table-cell": {
        if (!sheet) break;
        sc.attrsInto(CELL_ATTRS, attrs);
        const repeat = Math.min(positiveInt(attrs[8]), MAX_COL - col + 1);
        const colSpan = positiveInt(attrs[9]);
        const rowSpan = positiveInt(attrs[10]);
        if (name === "table-cell" && (colSpan > 1 || rowSpan > 1)) {
          rowMerges.push(
            `${cellAddress(row, col)}:${cellAddress(row + rowSpan - 1, col + colSpan - 1)}`
          );
        }
        const cell = toCell();
        if (cell && repeat > 0) rowCells.push({ col, repeat, cell });
        col += Math.max(repeat, 1);
        break;
      }
      case "named-range":
      case "named-expression": {
        const nameAttr = sc.attr("table:name") ?? "";
        const raw = sc.attr("table:cell-range-address") ?? sc.attr("table:expression") ?? "";
        const dn: DefinedName = { name: nameAttr, ...splitOdsAddress(raw), raw };
        if (sheet) {
          dn.localSheetIndex = tableIndex;
          dn.localSheet = sheetName;
        }
        names.push(dn);
        break;
      }
    }
  }
  return { sheets, names, date1904: nullDate === NULL_DATE_1904 };
}

function readMeta(zip: ZipArchive, workbook: WorkbookData): void {
  const xml = readPart(zip, "meta.xml");
  if (xml === undefined) return;
  const sc = new XmlScanner(xml, "meta.xml");
  while (sc.next()) {
    if (sc.isEnd) continue;
    if (sc.name === "date") {
      const ms = parseIsoDateTime(sc.readText());
      if (ms !== undefined) workbook.modified = new Date(ms);
    } else if (sc.name === "generator") workbook.application = sc.readText();
  }
}

/** Reads an OpenDocument spreadsheet (.ods) from an opened zip. */
export function readOds(zip: ZipArchive, limits: ReadLimits, options: ReadOptions): WorkbookData {
  const manifest = readPart(zip, "META-INF/manifest.xml");
  // A password-protected ODS keeps its manifest in clear and lists how each part is encrypted.
  if (manifest !== undefined && manifest.indexOf("encryption-data") >= 0) fail("encrypted");
  const content = readPart(zip, "content.xml");
  if (content === undefined) fail("not_a_workbook");
  const { sheets, names, date1904 } = parseContent(content, limits, options);
  const workbook: WorkbookData = { format: "ods", date1904, sheets, definedNames: names };
  readMeta(zip, workbook);
  return workbook;
}
