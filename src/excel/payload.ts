/**
 * The size of what a batch sends to Excel. Excel on the web refuses a request (or a
 * response) over 5 MB, so large writes and reads are cut into requests under a budget.
 * Sizes are estimates of the JSON Office.js sends, on the generous side.
 */

/** The budget of one request: under Excel on the web's 5 MB, with room for the envelope. */
export const MAX_REQUEST_BYTES = 4_000_000;

/** Estimated bytes of one queued operation besides its arguments (object path, names). */
export const OPERATION_BYTES = 200;

/** Cells read per request: values, formulas, formats and types of 20,000 short cells stay well under 4 MB. */
export const MAX_CELLS_PER_READ = 20_000;

/**
 * The budget of one response: Excel on the web refuses a response over 5 MB (long texts
 * come back twice, as values and as formulas), so reads are cut by size as well as cells.
 */
export const MAX_RESPONSE_BYTES = 4_000_000;

/**
 * UTF-8 length of a string, without allocating its encoding.
 * @example utf8Length("Mẫu") // 5
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a cell value inside a JSON array (with its separator). */
export function jsonValueBytes(value: string | number | boolean | null): number {
  if (typeof value === "string") {
    // Quotes, plus one escape byte for every character JSON escapes.
    const escapes = value.match(/["\\]|[^\u0020-\uffff]/g)?.length ?? 0;
    return utf8Length(value) + escapes * 5 + 3;
  }
  return String(value).length + 1;
}

/** A run of rows, first to last inclusive (1-based). */
export interface RowBand {
  readonly first: number;
  readonly last: number;
}

/**
 * Cuts rows 1..rowCount into bands whose estimated size stays within `budget`, given each
 * row's size. A single row larger than the budget gets a band of its own.
 *
 * @example bandsBySize([5, 5, 5], 10) // [{ first: 1, last: 2 }, { first: 3, last: 3 }]
 */
export function bandsBySize(rowBytes: readonly number[], budget: number): RowBand[] {
  const bands: RowBand[] = [];
  let first = 1;
  let size = 0;
  rowBytes.forEach((bytes, i) => {
    const row = i + 1;
    if (row > first && size + bytes > budget) {
      bands.push({ first, last: row - 1 });
      first = row;
      size = 0;
    }
    size += bytes;
  });
  if (rowBytes.length >= first) bands.push({ first, last: rowBytes.length });
  return bands;
}

/**
 * Packs items of known size into groups within `budget`, in order; an item larger than the
 * budget is a group of its own.
 */
export function packBySize<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  budget: number
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = sizeOf(item);
    if (current.length > 0 && size + bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
