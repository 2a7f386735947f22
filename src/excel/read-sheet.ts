/**
 * Reads the active sheet of the open workbook into the reader's `WorkbookData`, so that the
 * same extraction that reads returned files (`extractReturn`) reads a sheet in Excel: the
 * used range's values, formulas and number formats at their real positions, the hidden
 * metadata sheet and the workbook's defined names.
 */
import { METADATA_SHEET } from "../core";
import { cellAddress, parseAddress } from "../xlsx/read/address";
import { isDateFormatCode } from "../xlsx/read/dates";
import { splitSheetReference } from "../xlsx/read/sheet";
import type { Cell, DefinedName, SheetData, SheetRows, WorkbookData } from "../xlsx/read/types";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { GENERAL_FORMAT } from "./cell-text";
import { MAX_CELLS_PER_READ } from "./payload";

export interface ReadSheetOptions {
  /** Cells read per request (responses are limited like requests); by default 20,000. */
  readonly maxCellsPerRead?: number;
}

/** What Office.js returns for a block of cells. */
interface Block {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly unknown[])[];
  readonly numberFormat?: readonly (readonly unknown[])[];
  readonly valueTypes?: readonly (readonly unknown[])[];
}

/**
 * One cell from the arrays Office.js returns; undefined for a blank cell. A formula is told
 * from text that merely begins with "=" by its value: a text cell's formula is its value.
 */
export function cellFrom(
  row: number,
  col: number,
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  valueType: unknown
): Cell | undefined {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  const numFmt =
    typeof numberFormat === "string" && numberFormat !== GENERAL_FORMAT && numberFormat !== ""
      ? numberFormat
      : undefined;
  const extra = {
    ...(isFormula ? { formula: (formula as string).slice(1) } : {}),
    ...(numFmt ? { numFmt } : {}),
  };
  if (valueType === "Error") return { row, col, value: String(value), kind: "error", ...extra };
  if (typeof value === "number") {
    const kind = numFmt && isDateFormatCode(numFmt) ? "date" : "number";
    return { row, col, value, kind, ...extra };
  }
  if (typeof value === "boolean") return { row, col, value, kind: "boolean", ...extra };
  const text = value === null || value === undefined ? "" : String(value);
  if (text === "" && !isFormula) return undefined;
  return { row, col, value: text, kind: "string", ...extra };
}

/** Puts a block's cells into sparse rows; returns the largest row and column seen. */
function addBlock(rows: SheetRows, block: Block): { maxRow: number; maxCol: number } {
  let maxRow = 0;
  let maxCol = 0;
  block.values.forEach((line, i) => {
    line.forEach((value, j) => {
      const row = block.rowIndex + i + 1;
      const col = block.columnIndex + j + 1;
      const cell = cellFrom(
        row,
        col,
        value,
        block.formulas?.[i]?.[j],
        block.numberFormat?.[i]?.[j],
        block.valueTypes?.[i]?.[j]
      );
      if (!cell) return;
      let cells = rows.get(row);
      if (!cells) {
        cells = new Map();
        rows.set(row, cells);
      }
      cells.set(col, cell);
      maxRow = Math.max(maxRow, row);
      maxCol = Math.max(maxCol, col);
    });
  });
  return { maxRow, maxCol };
}

/** A sheet's data from the blocks read from it, rows in order. */
export function sheetFrom(
  name: string,
  state: SheetData["state"],
  blocks: readonly Block[],
  merges: readonly string[] = []
): SheetData {
  const unordered: SheetRows = new Map();
  let maxRow = 0;
  let maxCol = 0;
  for (const block of blocks) {
    const seen = addBlock(unordered, block);
    maxRow = Math.max(maxRow, seen.maxRow);
    maxCol = Math.max(maxCol, seen.maxCol);
  }
  const rows: SheetRows = new Map([...unordered].sort((a, b) => a[0] - b[0]));
  return { name, state, rows, maxRow, maxCol, merges: [...merges] };
}

/**
 * The A1 ranges of a RangeAreas address such as `'Mẫu 2'!A1:C1, 'Mẫu 2'!$D$1:$F$1`,
 * without sheet names or dollar signs.
 */
export function areasOf(address: string): string[] {
  const areas: string[] = [];
  const pattern =
    /(?:(?:'(?:[^']|'')+'|[^'!,\s][^'!,]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  for (const match of address.matchAll(pattern)) {
    areas.push((match[1] ?? "").replace(/\$/g, "").toUpperCase());
  }
  return areas.filter((area) => area.split(":").every((part) => parseAddress(part)));
}

/** A workbook-level name as the reader describes it. */
export function definedNameFrom(name: string, value: unknown, visible: unknown): DefinedName {
  const raw = typeof value === "string" ? value : String(value ?? "");
  const { sheet, ref } = splitSheetReference(raw);
  return {
    name,
    ...(sheet !== undefined ? { sheet } : {}),
    ref,
    ...(visible === false ? { hidden: true } : {}),
    raw,
  };
}

/** Row offsets of the bands a used range is read in, within the per-request budget. */
export function readBands(
  rowCount: number,
  columnCount: number,
  maxCells: number
): { offset: number; count: number }[] {
  const perBand = Math.max(1, Math.floor(maxCells / Math.max(1, columnCount)));
  const bands: { offset: number; count: number }[] = [];
  for (let offset = 0; offset < rowCount; offset += perBand)
    bands.push({ offset, count: Math.min(perBand, rowCount - offset) });
  return bands;
}

/** How the reader names a worksheet's visibility. */
export function sheetStateOf(visibility: unknown): SheetData["state"] {
  return visibility === "Hidden"
    ? "hidden"
    : visibility === "VeryHidden"
      ? "veryHidden"
      : "visible";
}

/**
 * Queues the load of a worksheet's used range: values only where Excel can tell (ExcelApi
 * 1.2, with merges), since formatting alone, such as whole columns given a border, would
 * stretch the range over a million empty rows. Its merged areas too where Excel offers them.
 */
function loadUsedRange(
  sheet: Excel.Worksheet,
  caps: Capabilities
): { used: Excel.Range; merged?: Excel.RangeAreas } {
  const used = caps.merges ? sheet.getUsedRange(true) : sheet.getUsedRange();
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
  if (merged) merged.load("address");
  return { used, ...(merged ? { merged } : {}) };
}

/**
 * Reads the cells of a used range already loaded (see `loadUsedRange`), in bands of rows
 * within the per-request budget: one request per band. Requests queued before (other
 * loads) go with the first band; a used range of no band still sends them.
 */
async function readUsedBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  maxCells: number
): Promise<Block[]> {
  const bands = readBands(used.rowCount, used.columnCount, maxCells);
  const blocks: Block[] = [];
  const lastCol = used.columnIndex + used.columnCount;
  for (const band of bands) {
    const firstRow = used.rowIndex + band.offset + 1;
    const address = `${cellAddress(firstRow, used.columnIndex + 1)}:${cellAddress(
      firstRow + band.count - 1,
      lastCol
    )}`;
    const range = sheet.getRange(address);
    range.load(["values", "formulas", "numberFormat", "valueTypes"]);
    // Responses are limited like requests, so a large sheet is read in bands of rows,
    // one request each; a form fits in one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per band
    await context.sync();
    blocks.push({
      rowIndex: firstRow - 1,
      columnIndex: used.columnIndex,
      values: range.values,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
      valueTypes: range.valueTypes,
    });
  }
  if (bands.length === 0) await context.sync();
  return blocks;
}

/** The A1 areas of merged cells loaded with `loadUsedRange`. */
function mergesOf(merged: Excel.RangeAreas | undefined): string[] {
  return merged && !merged.isNullObject ? areasOf(merged.address) : [];
}

/**
 * Reads the active sheet (and the metadata sheet and defined names) as the reader's
 * workbook data, so `extractReturn(workbook, { file: sheetName, roster })` reads it like a
 * returned file. Merged areas are read where Excel offers them (ExcelApi 1.13); the date
 * system is taken as 1900. Two requests for a sheet up to `maxCellsPerRead` cells, one more
 * per further band of rows.
 *
 * @example const { sheetName, workbook } = await readActiveSheet();
 */
export async function readActiveSheet(
  caps: Capabilities = detectCapabilities(),
  options: ReadSheetOptions = {}
): Promise<{ sheetName: string; workbook: WorkbookData }> {
  const maxCells = options.maxCellsPerRead ?? MAX_CELLS_PER_READ;
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const active = workbook.worksheets.getActiveWorksheet();
    active.load("name");
    const { used, merged } = loadUsedRange(active, caps);
    const worksheets = workbook.worksheets;
    worksheets.load("items/name");
    const definedNames = workbook.names;
    definedNames.load("items/name,items/type,items/value,items/visible");
    await context.sync();

    const sheetName = active.name;
    const hasMetadata =
      sheetName !== METADATA_SHEET &&
      worksheets.items.some((sheet) => sheet.name === METADATA_SHEET);
    const metadataRange = hasMetadata
      ? worksheets.getItem(METADATA_SHEET).getUsedRange()
      : undefined;
    if (metadataRange) metadataRange.load(["values", "rowIndex", "columnIndex"]);

    const blocks = await readUsedBlocks(context, active, used, maxCells);
    const sheets: SheetData[] = [sheetFrom(sheetName, "visible", blocks, mergesOf(merged))];
    if (metadataRange) {
      sheets.push(
        sheetFrom(METADATA_SHEET, "veryHidden", [
          {
            rowIndex: metadataRange.rowIndex,
            columnIndex: metadataRange.columnIndex,
            values: metadataRange.values,
          },
        ])
      );
    }
    const names = definedNames.items
      .filter((item) => item.type === "Range")
      .map((item) => definedNameFrom(item.name, item.value, item.visible));
    return {
      sheetName,
      workbook: { format: "xlsx", date1904: false, sheets, definedNames: names },
    };
  });
}

/** Sheet names as Excel compares them: in any case (and any Unicode form). */
function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

/**
 * Reads the sheet of this name (in any case, as Excel finds sheets), visible or not, as
 * the reader's workbook data holding that sheet alone, with its actual name and state;
 * undefined when the workbook has no such sheet. Hidden rows are not read. The sheet is
 * found with `getItemOrNullObject` (ExcelApi 1.4), else from the sheets' names; then one
 * request for its used range and one per band of `maxCellsPerRead` cells.
 *
 * @example const read = await readSheetByName("Đợt báo cáo");
 */
export async function readSheetByName(
  name: string,
  caps: Capabilities = detectCapabilities(),
  options: ReadSheetOptions = {}
): Promise<{ sheetName: string; workbook: WorkbookData } | undefined> {
  const maxCells = options.maxCellsPerRead ?? MAX_CELLS_PER_READ;
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet | undefined;
    if (caps.settings) {
      const found = worksheets.getItemOrNullObject(name);
      found.load("name,visibility");
      await context.sync();
      if (!found.isNullObject) sheet = found;
    } else {
      worksheets.load("items/name,items/visibility");
      await context.sync();
      sheet = worksheets.items.find((item) => sameSheetName(item.name, name));
    }
    if (!sheet) return undefined;

    const { used, merged } = loadUsedRange(sheet, caps);
    await context.sync();
    const blocks = await readUsedBlocks(context, sheet, used, maxCells);
    const data = sheetFrom(sheet.name, sheetStateOf(sheet.visibility), blocks, mergesOf(merged));
    return {
      sheetName: sheet.name,
      workbook: { format: "xlsx", date1904: false, sheets: [data], definedNames: [] },
    };
  });
}
