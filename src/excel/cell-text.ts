/**
 * Writing text so that it stays text. Excel reads a value written through the API as if it
 * were typed: "=HYPERLINK(…)" becomes a live formula, "+84 123" and "-5 hộ" are taken for
 * formulas, "1.200" for a number. Two guards, both applied to every string the bridge
 * writes: the cell gets the Text number format before its value (same batch, earlier
 * operation), and a string that begins with = + - @ or an apostrophe gets Excel's text
 * prefix, an apostrophe, which Excel keeps out of the value.
 */

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";

/** The number format of a cell that holds a number, date or formula without its own. */
export const GENERAL_FORMAT = "General";

/** Leading characters Excel takes as the start of a formula (or as a text prefix). */
const FORMULA_START = /^[=+\-@']/;

/**
 * A string as it must be written into `values` to reach the cell as exactly this text.
 *
 * @example excelText("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 * @example excelText("Phường Phú Bài") // "Phường Phú Bài"
 */
export function excelText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
