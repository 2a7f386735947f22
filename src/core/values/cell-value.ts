/**
 * A cell value as the readers hand it over: ExcelJS, Office.js and the ODS/XLS
 * converters all reduce to these. Dates arrive as `Date` objects whose UTC fields
 * carry the wall-clock value (ExcelJS convention), or as serial numbers.
 */
export type CellValue = string | number | boolean | Date | null | undefined;
