/**
 * Writing text so that it stays text. Excel reads a value written through the API as if it
 * were typed: "=HYPERLINK(…)" becomes a live formula, "+84 123" and "-5 hộ" are taken for
 * formulas, "1.200" for a number. Each string is written in one of two ways, both of which
 * Excel documents for typed input:
 * - a string that begins with = + - @ or an apostrophe goes into a General cell behind
 *   Excel's text prefix, an apostrophe, which Excel keeps out of the value and the view;
 * - any other string goes into a cell formatted as Text ("@"), set before the value in the
 *   same request, so that "1.200" or "02/10" is not turned into a number or a date.
 * The two are never combined: whether a Text cell shows a typed apostrophe as part of the
 * text is not documented, and the add-in must not depend on it (docs/excel-support.md).
 */

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";

/** The number format of a cell that holds a number, date or formula without its own. */
export const GENERAL_FORMAT = "General";

/** Leading characters Excel takes as the start of a formula (or as a text prefix). */
const FORMULA_START = /^[=+\-@']/;

/** What a string becomes in `values`, and the number format its cell must have first. */
export interface TextWrite {
  readonly value: string;
  readonly format: typeof TEXT_FORMAT | typeof GENERAL_FORMAT;
}

/**
 * How to write `text` so that the cell holds exactly this text, and shows it.
 *
 * @example textWrite("- Tờ rơi") // { value: "'- Tờ rơi", format: "General" }
 * @example textWrite("1.200") // { value: "1.200", format: "@" }
 */
export function textWrite(text: string): TextWrite {
  return FORMULA_START.test(text)
    ? { value: `'${text}`, format: GENERAL_FORMAT }
    : { value: text, format: TEXT_FORMAT };
}
