/**
 * Size limits for reading returned spreadsheets. A return is a one- or two-sheet form of a
 * few kilobytes; these limits sit far above any honest return and far below what would make
 * a browser tab or the CLI run out of memory. Every limit is checked before the work it guards
 * (declared zip sizes before inflating, counts while scanning).
 */
export interface ReadLimits {
  /** Largest input file accepted. */
  maxFileBytes: number;
  /** Largest declared uncompressed size of one needed zip part. */
  maxPartBytes: number;
  /** Largest sum of declared uncompressed sizes of all inflated parts. */
  maxTotalInflatedBytes: number;
  /** Most zip entries listed in the central directory. */
  maxZipEntries: number;
  /** Most stored (non-blank) cells in the whole workbook. */
  maxCells: number;
  /** Most shared strings. */
  maxSharedStrings: number;
  /** Most sheets. */
  maxSheets: number;
  /** Longest text of one cell, in UTF-16 code units. */
  maxCellTextChars: number;
  /** Most characters of formula text made by copying shared formulas into the cells using them. */
  maxSharedFormulaChars: number;
  /**
   * Most steps the evaluator of formulas without a cached result may take over the workbook;
   * past it the remaining such formulas stay uncomputed (the file is still read).
   */
  maxEvaluationSteps: number;
  /** Deepest nesting of uncached formulas and parentheses the evaluator follows; the same. */
  maxEvaluationDepth: number;
}

/** 64 MB: returns are kilobytes; anything this big is not a form someone filled in. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * 64 MB of XML for one part: about a million filled cells. A JS string of the part is made
 * from it, and UTF-16 doubles the memory, so this keeps one part well under 200 MB.
 */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

/**
 * 160 MB over all inflated parts: a zip bomb declares gigabytes and is refused before
 * anything is inflated; a merge of a hundred returns still fits in a browser tab.
 */
export const MAX_TOTAL_INFLATED_BYTES = 160 * 1024 * 1024;

/** 20,000 zip entries: a workbook has tens; the central directory is walked only this far. */
export const MAX_ZIP_ENTRIES = 20_000;

/**
 * 500,000 cells: a return has a few hundred. Every stored cell is an object in a row map
 * (~150 bytes with its share of the XML text), so reading up to the limit takes about 75 MB
 * and well under a second; a file refused for too many cells has cost no more than that.
 */
export const MAX_CELLS = 500_000;

/**
 * 1,000,000 shared strings: a string costs less than a cell (~50 bytes), so the limit is
 * reached in about half a second and 60 MB; a return has a few hundred.
 */
export const MAX_SHARED_STRINGS = 1_000_000;

/** 1,000 sheets: a return has one or two; this only stops absurd files. */
export const MAX_SHEETS = 1_000;

/**
 * 32,767 characters in one cell: Excel's own limit, so no spreadsheet program writes a longer
 * text into an .xlsx, and the summary could not hold it. Checked while an .ods cell's text is
 * built, because `<text:s text:c="10000"/>` lets a few kilobytes spell out a gigabyte.
 */
export const MAX_CELL_TEXT_CHARS = 32_767;

/**
 * 4 M characters of shared-formula copies: a cell that uses a shared formula gets the master's
 * text shifted to its own position, so one long master (Excel allows 8,192 characters) used by
 * a column of cells multiplies into gigabytes and minutes of shifting. Returns hold a few dozen
 * formulas; formulas written out in full are bounded by the part size instead.
 */
export const MAX_SHARED_FORMULA_CHARS = 4 * 1024 * 1024;

/**
 * 1,000,000 evaluation steps (a token read, or a cell looked at in a SUM range): a formula
 * without a cached result is computed by the reader (evaluate.ts), and a hostile file can
 * ask for a lot: thousands of `SUM(A1:XFD1048576)` over a full sheet multiply into billions
 * of cell visits. A return's few dozen totals take a few hundred steps; a million take tens
 * of milliseconds. Past the budget the remaining formulas are left uncomputed, which the
 * extraction reports as `formula_not_computed` (open and save the file in Excel): no value
 * is invented and the file is not refused.
 */
export const MAX_EVALUATION_STEPS = 1_000_000;

/**
 * 100 levels of formulas referring to uncached formulas (and of parentheses inside them):
 * the evaluator is recursive, so a chain A1 = A2 + 1, A2 = A3 + 1, … of a hundred thousand
 * cells would overflow the stack. Excel allows 64 nested function levels in one formula; a
 * return's totals nest two or three deep. A deeper chain stops the evaluation like the step
 * budget does.
 */
export const MAX_EVALUATION_DEPTH = 100;

/*
 * No limit on XML nesting depth: the scanner (xml.ts) is a loop with a depth counter, not a
 * recursive parser, so a million nested elements cost what a million siblings cost.
 */

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: MAX_FILE_BYTES,
  maxPartBytes: MAX_PART_BYTES,
  maxTotalInflatedBytes: MAX_TOTAL_INFLATED_BYTES,
  maxZipEntries: MAX_ZIP_ENTRIES,
  maxCells: MAX_CELLS,
  maxSharedStrings: MAX_SHARED_STRINGS,
  maxSheets: MAX_SHEETS,
  maxCellTextChars: MAX_CELL_TEXT_CHARS,
  maxSharedFormulaChars: MAX_SHARED_FORMULA_CHARS,
  maxEvaluationSteps: MAX_EVALUATION_STEPS,
  maxEvaluationDepth: MAX_EVALUATION_DEPTH,
});
