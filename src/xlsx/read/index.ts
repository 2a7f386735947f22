/**
 * Returned spreadsheets, bytes -> workbook data: .xlsx/.xlsm and .ods, read with fflate and
 * TextDecoder only, so the same code runs in Node and in the browser. `readWorkbook` never
 * throws; a file it cannot read gives a rejection code for the message catalogue.
 */
export { readWorkbook, sniffNonZip } from "./read-workbook";
export type { ReadWorkbookOptions } from "./read-workbook";
export type {
  Cell,
  CellKind,
  CellValue,
  DefinedName,
  ReadRejection,
  ReadRejectionCode,
  ReadResult,
  SheetData,
  SheetRows,
  SheetState,
  WorkbookData,
} from "./types";
export { cellAddress, columnLetters, parseAddress, MAX_COL, MAX_ROW } from "./address";
export { excelSerialToDate, dateToExcelSerial, isDateFormatCode } from "./dates";
export { getCell, listCells } from "./sheet";
export {
  DEFAULT_READ_LIMITS,
  MAX_CELLS,
  MAX_CELL_TEXT_CHARS,
  MAX_EVALUATION_DEPTH,
  MAX_EVALUATION_STEPS,
  MAX_FILE_BYTES,
  MAX_PART_BYTES,
  MAX_SHARED_FORMULA_CHARS,
  MAX_SHARED_STRINGS,
  MAX_SHEETS,
  MAX_TOTAL_INFLATED_BYTES,
  MAX_ZIP_ENTRIES,
} from "./limits";
export type { ReadLimits } from "./limits";
export type { RawInflate } from "./zip";
