/**
 * Cells that hold several lines, and labels with their figure typed in: the two ways units
 * type a Mẫu 2 that a one-figure-per-cell reader misses.
 *
 * The printed form (004) puts the three sub-items of "2. Các phương tiện thông tin" in one
 * cell, one per line, and units answer the same way in the result cell ("\n2\n15\n6");
 * other units type the whole report down one column ("- Số lần hội thảo, tọa đàm: 5").
 * These helpers only split and pair text; which line is which indicator is `find-mau2`'s.
 */
import type { CellValue } from "../../core";

/**
 * A cell with more lines than this is free text, not a label cell: the longest label cell
 * of the printed form (group 5 with its heading) has 11 lines, a whole report typed into
 * one cell about 30. Bounding it bounds the work on a pasted essay.
 */
export const MAX_CELL_LINES = 60;

/** A text longer than this is not split at all (60 lines of 200 characters). */
const MAX_SPLIT_CHARS = 12_000;

const LINE_BREAK = /\r\n|\r|\n/;
const PLAIN_WHOLE = /^\d{1,15}$/;

/** Whether a text holds a line break (cheap: the reader's hot path asks of every cell). */
export function hasLineBreak(text: string): boolean {
  return text.includes("\n") || text.includes("\r");
}

/**
 * The lines of a text, each trimmed, without the empty lines at its end (a trailing newline
 * or trailing spaces are not lines a unit meant). Leading empty lines stay: they keep the
 * positions of "\n2\n15\n6" aligned with its label's lines. Undefined when the text is too
 * long or has too many lines to be a label or figure cell.
 *
 * @example
 * splitLines("\n2 \r\n15\n6\n") // ["", "2", "15", "6"]
 */
export function splitLines(text: string): string[] | undefined {
  if (text.length > MAX_SPLIT_CHARS) return undefined;
  const lines = text.split(LINE_BREAK).map((line) => line.trim());
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.length > MAX_CELL_LINES ? undefined : lines;
}

/**
 * A figure typed as text in a line of a cell or after a label's colon: a plain whole number
 * is a number, an empty text is blank, anything else stays text for `parseCount` to judge
 * ("2 phóng sự" is accepted with a warning, "-1" is an error).
 *
 * @example
 * figureOf("15")         // 15
 * figureOf("")           // null
 * figureOf("2 phóng sự") // "2 phóng sự"
 */
export function figureOf(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return PLAIN_WHOLE.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * A label with its figure typed in the same cell: "<label>: <figure>" split at the last
 * colon (a tab when there is none). The figure may be empty ("…:" is a blank). Undefined
 * when the text has neither separator. Whether the label part is an indicator is for the
 * caller to decide: "I. Công tác chỉ đạo, xây dựng kế hoạch:" splits too, and is not one.
 *
 * " - " is not taken as a separator: labels hold dashes of their own ("học tập suốt đời –
 * xây dựng XHHT", "HTSĐ-XDXHHT").
 *
 * @example
 * splitTypedFigure("- Số lần hội thảo, tọa đàm: 5") // { label: "- Số lần hội thảo, tọa đàm", figure: "5" }
 * splitTypedFigure("+ Số người tham gia:")          // { label: "+ Số người tham gia", figure: "" }
 */
export function splitTypedFigure(text: string): { label: string; figure: string } | undefined {
  let at = text.lastIndexOf(":");
  if (at < 0) at = text.lastIndexOf("\t");
  if (at < 0) return undefined;
  return { label: text.slice(0, at), figure: text.slice(at + 1).trim() };
}

/** How the lines of a figure cell pair with the indicator lines of its label cell. */
export type LinePairing =
  /** The figure cell is blank. */
  | { readonly kind: "blank" }
  /** One figure for the label's one indicator line: the cell's value as it stands. */
  | { readonly kind: "whole" }
  /** One figure per indicator line, in the order of the lines; `line` is 1-based. */
  | { readonly kind: "lines"; readonly figures: readonly { value: CellValue; line: number }[] }
  /** The figures cannot be paired: `labels` indicator lines, `values` non-empty figure lines. */
  | { readonly kind: "mismatch"; readonly labels: number; readonly values: number };

/**
 * Pairs a figure cell with a multi-line label cell of `labelLines` lines whose lines
 * `indicatorLines` (0-based, ascending) are indicators:
 * 1. as many figure lines as label lines, and nothing typed beside a line that is not an
 *    indicator (a group heading): by position, so "\n2\n15\n6" beside
 *    "2. Các phương tiện thông tin\n- …\n- …\n- …" gives 2, 15, 6 on lines 2–4;
 * 2. else as many non-empty figure lines as indicator lines: in order ("2\n15\n6");
 * 3. else a mismatch. A figure is never dropped and never moved to another indicator: a
 *    figure beside a heading line or one too many makes the whole cell a mismatch.
 * A figure cell without a line break (a number, or one line of text) is the value of the
 * label's one indicator line as it stands, or a mismatch when the label has several.
 *
 * @example
 * pairLines(4, [1, 2, 3], "\n2\n15\n6") // { kind: "lines", figures: [{ value: 2, line: 2 }, …] }
 * pairLines(4, [1, 2, 3], "2\n15")      // { kind: "mismatch", labels: 3, values: 2 }
 */
export function pairLines(
  labelLines: number,
  indicatorLines: readonly number[],
  value: CellValue
): LinePairing {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "string" && value.trim() === "") return { kind: "blank" };
  if (typeof value !== "string" || !hasLineBreak(value))
    return indicatorLines.length === 1
      ? { kind: "whole" }
      : { kind: "mismatch", labels: indicatorLines.length, values: 1 };
  const lines = splitLines(value) ?? value.split(LINE_BREAK).map((line) => line.trim());
  const filled = lines.filter((line) => line !== "").length;
  const paired = pairTextLines(labelLines, indicatorLines, lines);
  if (!paired) return { kind: "mismatch", labels: indicatorLines.length, values: filled };
  return {
    kind: "lines",
    figures: paired.map(({ text, line }) => ({ value: figureOf(text), line })),
  };
}

/**
 * The lines of a second cell beside a multi-line label (figures, or notes), one per
 * indicator line in order, paired as `pairLines` says; undefined when they do not pair.
 * `lines` as `splitLines` gives them.
 */
export function pairTextLines(
  labelLines: number,
  indicatorLines: readonly number[],
  lines: readonly string[]
): { text: string; line: number }[] | undefined {
  const indicators = new Set(indicatorLines);
  const positional =
    lines.length === labelLines && lines.every((line, i) => line === "" || indicators.has(i));
  if (positional) return indicatorLines.map((i) => ({ text: lines[i] ?? "", line: i + 1 }));
  const filled = lines.flatMap((text, i) => (text === "" ? [] : [{ text, line: i + 1 }]));
  return filled.length === indicatorLines.length ? filled : undefined;
}
