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
import { MAX_CELLS_PER_READ, MAX_RESPONSE_BYTES, jsonValueBytes } from "./payload";

export interface ReadSheetOptions {
  /** Cells read per request (responses are limited like requests); by default 20,000. */
  readonly maxCellsPerRead?: number;
  /** Estimated bytes of one response; by default 4 MB (Excel on the web refuses 5 MB). */
  readonly maxBytesPerRead?: number;
}

/** What one read may bring back, in cells and in estimated bytes. */
interface ReadLimits {
  readonly cells: number;
  readonly bytes: number;
}

function limitsOf(options: ReadSheetOptions): ReadLimits {
  return {
    cells: options.maxCellsPerRead ?? MAX_CELLS_PER_READ,
    bytes: options.maxBytesPerRead ?? MAX_RESPONSE_BYTES,
  };
}

/** DATE(2000, 1, 1) in a workbook of the 1904 date system (1,462 days fewer than in 1900's). */
const JANUARY_2000_IN_1904 = 35_064;

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

/**
 * Estimated JSON bytes of what Excel returns for a block: its four matrices, where a text
 * comes twice (as its value and as its formula).
 */
export function blockBytes(block: Block): number {
  let bytes = 0;
  for (const matrix of [block.values, block.formulas, block.numberFormat, block.valueTypes]) {
    for (const line of matrix ?? []) {
      for (const value of line) {
        bytes += jsonValueBytes(
          typeof value === "string" || typeof value === "number" || typeof value === "boolean"
            ? value
            : null
        );
      }
    }
  }
  return bytes;
}

/**
 * Rows of the next read: as many as fit both budgets at the bytes per row seen so far
 * (none seen: the cell budget alone), at least one.
 *
 * @example rowsPerRead(10, 2_000_000, { cells: 20_000, bytes: 4_000_000 }) // 20
 */
export function rowsPerRead(
  columnCount: number,
  bytesPerRow: number | undefined,
  limits: ReadLimits
): number {
  const byCells = Math.max(1, Math.floor(limits.cells / Math.max(1, columnCount)));
  if (bytesPerRow === undefined) return byCells;
  return Math.max(1, Math.min(byCells, Math.floor(limits.bytes / Math.max(1, bytesPerRow))));
}

/** Excel's refusal of a request or response too large (Excel on the web, 5 MB). */
function isSizeRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Queues the test of the workbook's date system where Excel has worksheet functions
 * (ExcelApi 1.2): DATE(2000, 1, 1) is the serial of that day in the workbook's own system.
 * Without them the answer is 1900's (the pane says so, `dateSystem`). Read after the sync.
 */
function queueDateSystem(context: Excel.RequestContext, caps: Capabilities): () => boolean {
  if (!caps.dateSystem) return () => false;
  const probe = context.workbook.functions.date(2000, 1, 1);
  probe.load("value");
  return () => probe.value === JANUARY_2000_IN_1904;
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
 * within both per-request budgets: one request per band. The first band is sized by cells
 * alone, since Excel cannot tell the length of texts before returning them; each next one
 * by the bytes per row of the bands read so far. A band Excel refuses as too large is read
 * again in halves (a refused request applies nothing); a single row too large is Excel's
 * error. Loads queued with the first band (`queueWithFirst`, queued again on a retry) go
 * with it; a used range of no band still sends them.
 */
async function readUsedBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  limits: ReadLimits,
  queueWithFirst: () => void = () => undefined
): Promise<Block[]> {
  const blocks: Block[] = [];
  const lastCol = used.columnIndex + used.columnCount;
  let rows = rowsPerRead(used.columnCount, undefined, limits);
  let bytesRead = 0;
  queueWithFirst();
  for (let offset = 0; offset < used.rowCount;) {
    const count = Math.min(rows, used.rowCount - offset);
    const firstRow = used.rowIndex + offset + 1;
    const address = `${cellAddress(firstRow, used.columnIndex + 1)}:${cellAddress(
      firstRow + count - 1,
      lastCol
    )}`;
    const range = sheet.getRange(address);
    range.load(["values", "formulas", "numberFormat", "valueTypes"]);
    try {
      // Responses are limited like requests, so a large sheet is read in bands of rows,
      // one request each; a form fits in one.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per band
      await context.sync();
    } catch (error) {
      if (!isSizeRefusal(error) || count === 1) throw error;
      rows = Math.ceil(count / 2);
      if (blocks.length === 0) queueWithFirst();
      continue;
    }
    const block: Block = {
      rowIndex: firstRow - 1,
      columnIndex: used.columnIndex,
      values: range.values,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
      valueTypes: range.valueTypes,
    };
    blocks.push(block);
    offset += count;
    bytesRead += blockBytes(block);
    rows = rowsPerRead(used.columnCount, bytesRead / offset, limits);
  }
  if (used.rowCount === 0) await context.sync();
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
 * system is the workbook's where Excel can tell (ExcelApi 1.2), else 1900. Two requests for
 * a sheet within `maxCellsPerRead` cells and `maxBytesPerRead` bytes, one more per further
 * band of rows.
 *
 * @example const { sheetName, workbook } = await readActiveSheet();
 */
export async function readActiveSheet(
  caps: Capabilities = detectCapabilities(),
  options: ReadSheetOptions = {}
): Promise<{ sheetName: string; workbook: WorkbookData }> {
  const limits = limitsOf(options);
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const date1904 = queueDateSystem(context, caps);
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

    const blocks = await readUsedBlocks(context, active, used, limits, () => {
      if (metadataRange) metadataRange.load(["values", "rowIndex", "columnIndex"]);
    });
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
      workbook: { format: "xlsx", date1904: date1904(), sheets, definedNames: names },
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
 * request for its used range and one per band of rows (see `readActiveSheet`). Dates are
 * in the workbook's date system where Excel can tell.
 *
 * @example const read = await readSheetByName("Đợt báo cáo");
 */
export async function readSheetByName(
  name: string,
  caps: Capabilities = detectCapabilities(),
  options: ReadSheetOptions = {}
): Promise<{ sheetName: string; workbook: WorkbookData } | undefined> {
  const limits = limitsOf(options);
  return Excel.run(async (context) => {
    const date1904 = queueDateSystem(context, caps);
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
    const blocks = await readUsedBlocks(context, sheet, used, limits);
    const data = sheetFrom(sheet.name, sheetStateOf(sheet.visibility), blocks, mergesOf(merged));
    return {
      sheetName: sheet.name,
      workbook: { format: "xlsx", date1904: date1904(), sheets: [data], definedNames: [] },
    };
  });
}
