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

/** 1,000,000 cells: every stored cell is an object (~100 bytes), so about 100 MB at most. */
export const MAX_CELLS = 1_000_000;

/** 1,000,000 shared strings: same reasoning as `MAX_CELLS`. */
export const MAX_SHARED_STRINGS = 1_000_000;

/** 1,000 sheets: a return has one or two; this only stops absurd files. */
export const MAX_SHEETS = 1_000;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: MAX_FILE_BYTES,
  maxPartBytes: MAX_PART_BYTES,
  maxTotalInflatedBytes: MAX_TOTAL_INFLATED_BYTES,
  maxZipEntries: MAX_ZIP_ENTRIES,
  maxCells: MAX_CELLS,
  maxSharedStrings: MAX_SHARED_STRINGS,
  maxSheets: MAX_SHEETS,
});
