/**
 * How tall a row of a generated sheet must be for its wrapped text. Neither Excel nor
 * LibreOffice fits the rows of a file it did not lay out itself when it opens it: a row keeps
 * the height the file gives it, and wrapped text beyond it prints over the rows below. So the
 * writer lays the text out itself, roughly as they do: words are put on a line while they fit
 * the column, a line may end after a hyphen, a word longer than the column is cut anywhere,
 * an explicit line break starts a new line.
 *
 * The measure errs on the tall side wherever the programs differ:
 * - character widths are Times New Roman's, except the Vietnamese letters that older
 *   Liberation Serif (the Times substitute of many LibreOffice installations) lacks, which
 *   LibreOffice then draws from DejaVu Serif, a wider font: those take DejaVu's widths;
 * - a column is taken as wide as Excel makes it (a width unit is the digit width of the
 *   workbook's default font, Calibri 11: 7 pixels); LibreOffice without Calibri measures
 *   the unit with a wider substitute, and has more room per line;
 * - a line is as tall as Excel's (about 1.2 font sizes for Times New Roman), taller than
 *   LibreOffice's;
 * - a line is full at 95 % of the column, since programs measure text a little wider
 *   than the font says when they break it.
 */

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Points per column width unit in Excel with Calibri 11 as the default font (7 px). */
export const EXCEL_POINTS_PER_WIDTH_UNIT = 5.25;

/** Space of a cell that text does not use: the margins left and right, in points. */
const CELL_MARGIN = 4;
/**
 * The share of the rest a line is taken to fill. Programs lay text out with the widths of
 * their screen or printer, which differ from the font's by a few per cent (LibreOffice
 * breaks bold text and runs of fallback letters up to 4 % early).
 */
const ROOM = 0.95;
/** A line of text, in font sizes; and the room above and below the lines, in points. */
export const LINE_HEIGHT = 1.22;
const ROW_PADDING = 2.5;
/** Excel's row heights go in steps of one pixel at 96 dpi. */
const STEP = 0.75;

/**
 * Advance widths in thousandths of an em of Times New Roman (= Liberation Serif) for the
 * printable ASCII characters, from U+0020 on: regular, then bold.
 */
const ASCII_REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const ASCII_BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
  611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
  722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
  278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/**
 * DejaVu Serif's widths of the vowels, by base letter, for the Vietnamese letters that old
 * Liberation Serif lacks (ơ, ư and the letters with a hook or a dot below or two marks):
 * regular, then bold.
 */
const FALLBACK_VOWELS: Readonly<Record<string, readonly [number, number]>> = {
  a: [613, 648],
  e: [615, 636],
  i: [320, 380],
  o: [612, 667],
  u: [644, 727],
  y: [565, 581],
  A: [722, 776],
  E: [730, 762],
  I: [395, 468],
  O: [820, 871],
  U: [843, 872],
  Y: [660, 714],
};
/** Other letters and marks of Vietnamese text: regular, then bold. */
const OTHER: Readonly<Record<string, readonly [number, number]>> = {
  đ: [500, 556],
  Đ: [722, 722],
  "–": [500, 500],
  "—": [1000, 1000],
  "…": [1000, 1000],
  "“": [511, 575],
  "”": [511, 575],
  "‘": [333, 348],
  "’": [333, 348],
};
/** Any other character: as wide as a wide letter. */
const UNKNOWN = 722;
/** Characters wider than a letter (CJK, emoji…): a whole em. */
const WIDE = 1000;

const cache: [Map<number, number>, Map<number, number>] = [new Map(), new Map()];

/** Width in thousandths of an em of the character with code point `code`. */
function charWidth(code: number, bold: boolean): number {
  if (code >= 0x20 && code < 0x7f) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 0x20]!;
  const known = cache[bold ? 1 : 0];
  const hit = known.get(code);
  if (hit !== undefined) return hit;
  const width = measureChar(String.fromCodePoint(code), bold);
  known.set(code, width);
  return width;
}

function measureChar(char: string, bold: boolean): number {
  const style = bold ? 1 : 0;
  const other = OTHER[char];
  if (other) return other[style];
  const code = char.codePointAt(0)!;
  // Combining marks and invisible characters take no room of their own.
  if (/^[\p{M}\u200b-\u200f\u2060\ufeff]$/u.test(char)) return 0;
  if (code >= 0x1100 && /^[\p{Script=Han}\p{Script=Hangul}\p{Extended_Pictographic}]$/u.test(char))
    return WIDE;
  const base = char.normalize("NFD").charAt(0);
  const baseCode = base.charCodeAt(0);
  // ơ ư (U+01A0–01B0) and the Vietnamese block (U+1EA0–1EF9): the fallback font's widths.
  if ((code >= 0x1ea0 && code <= 0x1ef9) || (code >= 0x01a0 && code <= 0x01b0)) {
    const vowel = FALLBACK_VOWELS[base];
    if (vowel) return vowel[style];
  }
  if (base !== char && baseCode >= 0x20 && baseCode < 0x7f) return charWidth(baseCode, bold);
  return UNKNOWN;
}

/**
 * The width in points of one line of `text` at `size` points.
 *
 * @example textWidth("Tờ rơi", 12) // 32.352
 */
export function textWidth(text: string, size: number, bold = false): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    sum += charWidth(code, bold);
  }
  return (sum * size) / 1000;
}

/**
 * How many lines `text` takes in a wrapped cell `room` points wide (the column less its
 * margins), at `size` points: words fill a line while they fit, a line may end after a
 * hyphen, a word wider than the column is cut, each explicit line break starts a line. An
 * empty text is one line.
 *
 * @example wrappedLines("Lớp dạy nghề ngắn hạn", 60, 12) // 3
 */
export function wrappedLines(text: string, room: number, size: number, bold = false): number {
  const space = textWidth(" ", size, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      // A line may also end after a hyphen inside a word ("thuy-chau"), not before a digit.
      const pieces = word.split(/(?<=-)(?=[^\d-])/);
      pieces.forEach((piece, i) => {
        const gap = i === 0 && used > 0 ? space : 0;
        const width = textWidth(piece, size, bold);
        if (used + gap + width <= room) {
          used += gap + width;
          return;
        }
        if (used > 0) lines++;
        if (width <= room) {
          used = width;
          return;
        }
        // A piece wider than the column: cut it where the line is full.
        used = 0;
        for (const char of piece) {
          const w = textWidth(char, size, bold);
          if (used > 0 && used + w > room) {
            lines++;
            used = 0;
          }
          used += w;
        }
      });
    }
  }
  return lines;
}

/** One cell of a row as the estimate sees it. */
export interface CellText {
  readonly text: string;
  /** The column's width in Excel width units (characters of the default font). */
  readonly width: number;
  readonly wrap: boolean;
  readonly bold?: boolean;
}

export interface RowHeightOptions {
  /**
   * Points per column width unit; by default Excel's (`EXCEL_POINTS_PER_WIDTH_UNIT`). Tests
   * pass what LibreOffice made of the columns to compare its own fitting with the estimate.
   */
  readonly pointsPerWidthUnit?: number;
}

/**
 * The lines a cell's text takes at `size` points: wrapped to the column if the cell wraps,
 * else one for each explicit line break.
 *
 * @example cellLines({ text: "Lớp dạy nghề ngắn hạn", width: 10, wrap: true }, 12) // 4
 */
export function cellLines(cell: CellText, size: number, options: RowHeightOptions = {}): number {
  if (cell.text === "") return 1;
  if (!cell.wrap) return cell.text.split(/\r\n|\r|\n/).length;
  const unit = options.pointsPerWidthUnit ?? EXCEL_POINTS_PER_WIDTH_UNIT;
  return wrappedLines(cell.text, (cell.width * unit - CELL_MARGIN) * ROOM, size, cell.bold);
}

/**
 * The height in points a row needs to show every cell's text whole at `size` points: the
 * tallest cell's lines (`cellLines`), a little room, in Excel's pixel steps, at most
 * Excel's 409 points.
 *
 * @example rowHeight([{ text: "Phường Phú Bài", width: 26, wrap: true }], 12) // 17.25 (one line)
 */
export function rowHeight(
  cells: readonly CellText[],
  size: number,
  options: RowHeightOptions = {}
): number {
  let lines = 1;
  for (const cell of cells) {
    const count = cellLines(cell, size, options);
    if (count > lines) lines = count;
  }
  const height = Math.ceil((lines * LINE_HEIGHT * size + ROW_PADDING) / STEP) * STEP;
  return Math.min(height, MAX_ROW_HEIGHT);
}
