/**
 * The Office.js bridge: the only code that calls Excel. Every function runs its own
 * `Excel.run` with a small, fixed number of requests, and lets Excel's errors through.
 */
export {
  MISSING_FEATURE_ORDER,
  capabilitiesFrom,
  detectCapabilities,
  missingFeatures,
  officeIsExcel,
} from "./capabilities";
export type { Capabilities } from "./capabilities";
export { readCampaignSheetData, writeCampaignSheet } from "./campaign-sheet";
export type { CampaignWriteOptions } from "./campaign-sheet";
export { GENERAL_FORMAT, TEXT_FORMAT, textWrite } from "./cell-text";
export { characterWidthToPoints, createFormSheet } from "./form-sheet";
export { MARKED_SHEET_PREFIX, MARKS_SETTING, MARK_FILLS, markCells, selectCell } from "./marks";
export type { CellMark, MarkSeverity } from "./marks";
export { forgetRemembered } from "./memory";
export { MAX_CELLS_PER_READ, MAX_REQUEST_BYTES, MAX_RESPONSE_BYTES } from "./payload";
export { readActiveSheet, readSheetByName } from "./read-sheet";
export type { ReadSheetOptions } from "./read-sheet";
export { MAX_SHEET_NAME_LENGTH, isValidSheetName, safeSheetName } from "./sheet-names";
export { StructureProtectedError } from "./own-sheets";
export { SUMMARY_MARK_PREFIX, SUMMARY_SHEETS_SETTING, writeSummarySheets } from "./summary-sheets";
export type { SummaryInput, SummaryWriteOptions } from "./summary-sheets";
export { insertionNames, renamesAnything } from "./insertion";
export type { InsertionNames, NameSpace } from "./insertion";
export { fileSavingFor, officePlatform, openAsNewWorkbook } from "./file-saving";
export type { FileSaving } from "./file-saving";
