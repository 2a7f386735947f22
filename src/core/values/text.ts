// Small text helpers shared by the value parsers. Internal to src/core/values.

/** Combining diacritics (tone marks, circumflex, breve, horn) as left by NFD. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Full-width forms (U+FF01–U+FF5E), typed with some IMEs, read as their ASCII
 * counterparts: '１２' -> '12', '：' -> ':'.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** NFC, half-width, lower case (toLowerCase maps Đ -> đ). */
export function lowerNfc(text: string): string {
  return toHalfWidth(text.normalize("NFC")).toLowerCase();
}

/** Removes every combining mark and maps đ/Đ to d/D; the result is NFC. */
export function stripMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** Collapses every run of white space (including NBSP and thin spaces) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** A syllable whose only vowel is a final y after consonants: ky, lý, mỹ, sỹ, hy, quy. */
const CONSONANT_Y = /^(?:qu|[bcdghklmnprstvxđ]+)y$/;

/**
 * The i/y rule: in a syllable whose only vowel is a final 'y' after a consonant
 * (kỹ, lý, mỹ, sỹ, quý) the 'y' becomes 'i', because both spellings are in use
 * (kĩ/kỹ, lí/lý). Other y's are never written as i and stay: 'dạy', 'thủy',
 * 'nguyễn', 'ý kiến'. Expects lower case and NFD (or no diacritics), so that a
 * precomposed 'ỹ' is 'y' + mark here.
 */
export function spellYAsI(text: string): string {
  return text.replace(WORD, (word) =>
    CONSONANT_Y.test(stripMarks(word)) ? word.replace(/y(?=\p{M}*$)/u, "i") : word
  );
}

const CACHED_TEXT_LENGTH = 200;
/** Enough for every label of the forms and a district's roster; each read worker has its own. */
const CACHED_TEXTS = 4000;

/**
 * Stores what was worked out from a short text (a label's key, a unit name's key, a label's
 * indicators) in a memo cache: only texts up to 200 characters are kept, and a full cache
 * (4,000 texts) is emptied, so memory stays small whatever the input.
 */
export function rememberKey<V>(cache: Map<string, V>, text: string, key: V): void {
  if (text.length > CACHED_TEXT_LENGTH) return;
  if (cache.size >= CACHED_TEXTS) cache.clear();
  cache.set(text, key);
}
