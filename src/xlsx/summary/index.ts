export { summaryDistrict, summaryFileNames, writeSummary } from "./write-summary";
export type { SummaryNames, SummaryOptions } from "./write-summary";
export { DATA_TABLE_NAME, dataColumnLetter, dataColumnOf, dataRange } from "./list-sheets";
export { dataReference, summaryLayout } from "./form-sheet";
export type { DataRange } from "./form-sheet";
