/**
 * Sheet names within Excel's rules. Excel refuses a name that is empty, longer than 31
 * characters, holds one of `[ ] : * ? / \`, begins or ends with an apostrophe, is
 * "History" (reserved for change tracking) or equals another sheet's name in any case.
 */

/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
/** Control characters (below space, and DEL), which cannot be typed into a name either. */
const CONTROL = /[^\u0020-\u007e\u0080-\uffff]/g;
const RESERVED = "history";

/** The longest prefix of `text` within `max` UTF-16 units that does not split a character. */
function truncate(text: string, max: number): string {
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** Apostrophes and spaces off both ends (Excel forbids the first; the second look wrong). */
function trimEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/** Whether Excel would accept `name` for a new sheet next to `existingNames`. */
export function isValidSheetName(name: string, existingNames: readonly string[]): boolean {
  const key = name.toLowerCase();
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !new RegExp(FORBIDDEN.source).test(name) &&
    !new RegExp(CONTROL.source).test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    key !== RESERVED &&
    !existingNames.some((existing) => existing.toLowerCase() === key)
  );
}

/**
 * A name Excel accepts for a new sheet, as close to `wanted` as the rules allow: forbidden
 * characters become "-", the name is cut to 31 characters, and a name already taken (in any
 * case) gets " (2)", " (3)" … within the 31 characters. `fallback` stands in for a name
 * that is empty once cleaned.
 *
 * @example safeSheetName("Mẫu 2", ["Mẫu 1", "mẫu 2"]) // "Mẫu 2 (2)"
 * @example safeSheetName("Báo cáo: 2017/2018", []) // "Báo cáo- 2017-2018"
 */
export function safeSheetName(
  wanted: string,
  existingNames: readonly string[],
  fallback = "TổngHợp"
): string {
  const cleaned = (text: string): string =>
    trimEnds(
      truncate(trimEnds(text.replace(CONTROL, "").replace(FORBIDDEN, "-")), MAX_SHEET_NAME_LENGTH)
    );
  const base = cleaned(wanted) || cleaned(fallback) || "-";
  const taken = new Set(existingNames.map((name) => name.toLowerCase()));
  taken.add(RESERVED);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = trimEnds(truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length)) || "-";
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
