/**
 * The pane's xlsx reader chunk: bytes of a returned workbook → a return the core merges.
 * Loaded by `import()` when the first file is dropped.
 */
export { returnFromBytes, rejectedReturn } from "../xlsx/returns/load-return";
export { extractReturn } from "../xlsx/returns/extract-return";
// The campaign workbook (a file the clerk opens, or the sheet read in Excel). Not the
// campaign index, which would bring the writer (exceljs) into this chunk.
export { campaignFromWorkbook, readCampaignWorkbook } from "../xlsx/campaign/read-campaign";
