/** Excel's grid: 1,048,576 rows by 16,384 columns (A..XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** Column number (1-based) to letters: 1 -> "A", 28 -> "AB". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - 1 - m) / 26;
  }
  return s;
}

/**
 * 1-based row and column to an A1 address.
 * @example cellAddress(14, 3) // "C14"
 */
export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + row;
}

/**
 * An A1 address (with or without `$`, any letter case) to 1-based row and column; undefined
 * when it is not a cell address inside Excel's grid.
 * @example parseAddress('$C$14') // { row: 14, col: 3 }
 */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  let i = 0;
  const n = a1.length;
  if (a1.charCodeAt(i) === 36) i++;
  let col = 0;
  const colStart = i;
  for (; i < n; i++) {
    let c = a1.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === colStart || i - colStart > 3) return undefined;
  if (a1.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = a1.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || i - rowStart > 7) return undefined;
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return undefined;
  return { row, col };
}
