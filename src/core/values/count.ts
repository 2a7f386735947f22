import type { CellValue } from "./cell-value";
import { collapseSpaces, lowerNfc } from "./text";

/** Accepted, but the unit should know how it was read. */
export type CountWarningCode =
  /** Empty cell: counted as 0. */
  | "count_blank"
  /** A whole number stored as text (' 12 ', '012'). */
  | "count_text"
  /** Text with thousands grouping: '1.200', '1 200' (NBSP or thin space). */
  | "count_grouping"
  /** A trailing unit word was dropped: '35 cuốn', '150 người'. */
  | "count_unit_word";

/** Left out of every total. */
export type CountErrorCode =
  | "count_negative"
  | "count_fractional"
  /** Digits present but the value is unclear: '1,200', '10-15', 'khoảng 30', '2 triệu'. */
  | "count_ambiguous"
  /** No number at all: 'không', 'mười hai', TRUE, a date. */
  | "count_not_a_number"
  /** More than `MAX_COUNT`: '99999999999999999999', 1e308. */
  | "count_too_large";

/**
 * The outcome of reading one count cell. `text` is the cell text as typed (only
 * for text input), for the message that quotes it: every warning but a blank cell's
 * comes from text.
 */
export type CountResult =
  | { readonly ok: true; readonly value: number; readonly warning?: undefined }
  | {
      readonly ok: true;
      readonly value: number;
      readonly warning: "count_blank";
      readonly text?: string;
    }
  | {
      readonly ok: true;
      readonly value: number;
      readonly warning: Exclude<CountWarningCode, "count_blank">;
      readonly text: string;
    }
  | { readonly ok: false; readonly error: CountErrorCode; readonly text?: string };

/** Float noise from formulas (12.0000000001) still counts as whole. */
const WHOLE_TOLERANCE = 1e-9;

/**
 * The largest count taken: fifteen nines. Excel keeps 15 significant digits, so a longer
 * number was not stored as typed, and a few of them would make the district's totals
 * inexact (or Infinity, for 1e308).
 */
export const MAX_COUNT = 999_999_999_999_999;

/** Optional sign, a numeric head, optional trailing words (letters only). */
const COUNT_TEXT =
  /^([-\u2212\u2013\u2014]?)\s*(\d+(?:[.,\u00a0\u2007\u2009\u202f]\d+)*)\s*(\p{L}[\p{L}\p{M}\s]*)?$/u;
const PLAIN = /^\d+$/;
const DOT_GROUPING = /^\d{1,3}(?:\.\d{3})+$/;
const SPACE_GROUPING = /^\d{1,3}(?:[\u00a0\u2007\u2009\u202f]\d{3})+$/;
const COMMA_GROUPING = /^\d{1,3}(?:,\d{3})+$/;
/** '2,5', '1.2', '1.20', '1.200,5' (Vietnamese), '1,200.5' (English). */
const FRACTIONAL = /^(?:\d+[.,]\d+|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:,\d{3})+\.\d+)$/;

/**
 * Trailing words that change the magnitude or make the number approximate, so the
 * digits alone are not the value: '2 triệu', '30 người trở lên'. Compared with the
 * word as typed (lower case, NFC), with and without diacritics.
 */
const NOT_A_UNIT_WORD: ReadonlySet<string> = new Set([
  "nghìn",
  "nghin",
  "ngàn",
  "ngan",
  "triệu",
  "trieu",
  "tỷ",
  "tỉ",
  "ty",
  "ti",
  "trăm",
  "tram",
  "chục",
  "chuc",
  "vạn",
  "k",
  "tr",
  "m",
  "hơn",
  "hon",
  "trên",
  "tren",
  "dưới",
  "duoi",
  "gần",
  "khoảng",
  "khoang",
  "trở",
  "tro",
  "lên",
  "ít",
  "nhất",
  "tối",
  "đa",
  "thiểu",
  "xấp",
  "xỉ",
]);

/**
 * Reads a count: a whole number ≥ 0. Numbers pass as they are; text that is
 * clearly a whole number is accepted with a warning; blank is 0 with a warning;
 * anything else is an error and must stay out of every total.
 *
 * @example
 * parseCount(12)        // { ok: true, value: 12 }
 * parseCount('1.200')   // { ok: true, value: 1200, warning: 'count_grouping', text: '1.200' }
 * parseCount('35 cuốn') // { ok: true, value: 35, warning: 'count_unit_word', text: '35 cuốn' }
 * parseCount('1,200')   // { ok: false, error: 'count_ambiguous', text: '1,200' }
 */
export function parseCount(value: CellValue): CountResult {
  if (value === null || value === undefined) return { ok: true, value: 0, warning: "count_blank" };
  if (typeof value === "number") return readCountNumber(value);
  if (typeof value === "string") return readCountText(value);
  return { ok: false, error: "count_not_a_number" };
}

function readCountNumber(value: number): CountResult {
  if (!Number.isFinite(value)) return { ok: false, error: "count_not_a_number" };
  const whole = Math.round(value);
  if (Math.abs(value - whole) > WHOLE_TOLERANCE) {
    return { ok: false, error: value < 0 ? "count_negative" : "count_fractional" };
  }
  if (whole < 0) return { ok: false, error: "count_negative" };
  if (whole > MAX_COUNT) return { ok: false, error: "count_too_large" };
  return { ok: true, value: whole + 0 }; // + 0 turns -0 into 0
}

function readCountText(text: string): CountResult {
  // Not collapseSpaces: a NBSP inside the number is grouping, not a gap.
  const s = lowerNfc(text).replace(/^\s+|\s+$/g, "");
  if (s === "") return { ok: true, value: 0, warning: "count_blank", text };
  const match = COUNT_TEXT.exec(s);
  if (!match) {
    return { ok: false, error: /\d/.test(s) ? "count_ambiguous" : "count_not_a_number", text };
  }
  const [, sign, head = "", tail] = match;
  // Whatever the digits mean, a minus before them makes the count invalid ('-0' aside).
  if (sign && /[1-9]/.test(head)) return { ok: false, error: "count_negative", text };
  const read = readHead(head);
  if (read.kind === "error") return { ok: false, error: read.error, text };
  if (read.value > MAX_COUNT) return { ok: false, error: "count_too_large", text };
  if (tail !== undefined) {
    const words = collapseSpaces(tail).split(" ");
    if (words.some((word) => NOT_A_UNIT_WORD.has(word)))
      return { ok: false, error: "count_ambiguous", text };
    return { ok: true, value: read.value, warning: "count_unit_word", text };
  }
  return {
    ok: true,
    value: read.value,
    warning: read.grouped ? "count_grouping" : "count_text",
    text,
  };
}

type HeadReading =
  | { readonly kind: "whole"; readonly value: number; readonly grouped: boolean }
  | { readonly kind: "error"; readonly error: CountErrorCode };

function readHead(head: string): HeadReading {
  if (PLAIN.test(head)) return { kind: "whole", value: Number(head), grouped: false };
  if (DOT_GROUPING.test(head) || SPACE_GROUPING.test(head)) {
    return { kind: "whole", value: Number(head.replace(/\D/g, "")), grouped: true };
  }
  // '1,200' is 1.2 in Vietnamese and 1200 in English: neither reading is safe.
  if (COMMA_GROUPING.test(head)) return { kind: "error", error: "count_ambiguous" };
  if (FRACTIONAL.test(head)) return { kind: "error", error: "count_fractional" };
  return { kind: "error", error: "count_ambiguous" };
}
