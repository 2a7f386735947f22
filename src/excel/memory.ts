/**
 * What the bridge remembers when the workbook cannot (Excel without workbook settings,
 * ExcelApi < 1.4): the sheets it wrote and the cells it marked, for as long as the pane
 * stays open. With settings the same records live in the workbook instead.
 */

/** A cell the bridge coloured, with the fill it had before (null: none). */
export interface MarkRecord {
  readonly cell: string;
  readonly fill: string | null;
}

interface Remembered {
  /** Worksheet ids of the summary sheets written last. */
  summarySheetIds: string[];
  /** Marked cells by worksheet id. */
  marks: Record<string, MarkRecord[]>;
}

export const remembered: Remembered = { summarySheetIds: [], marks: {} };

/** Forgets everything remembered (tests; a new workbook). */
export function forgetRemembered(): void {
  remembered.summarySheetIds = [];
  remembered.marks = {};
}
