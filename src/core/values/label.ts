import { lowerNfc, rememberKey, spellYAsI, stripMarks } from "./text";

/** The five Vietnamese tone marks as combining characters (NFD). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/**
 * Leading list markers: '1.', '1.2.', '1)', '(1)', '1.2 ', 'a)', 'b.', 'đ)', 'II.', 'iv)'
 * and bullet or dash characters. Stripped repeatedly ('- 1. …'). '1.2 ' comes
 * first so that it is not read as '1.' followed by the text '2 …'. A letter marker may
 * carry diacritics (Vietnamese documents number points a), b), …, d), đ), e)), so that a
 * label keeps its key when it is typed without them ('đ)' and 'd)' are both markers).
 */
const LIST_MARKER =
  /^\s*(?:[-+*>•·◦▪‣⁃●○■□\u2010-\u2015\u2212]+|\d+(?:\.\d+)+(?=\s)|\(?(?:\d+(?:\.\d+)*|\p{L}\p{M}*|[ivxlc]+)[.)])\s*/u;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Folds a hand-typed label to a comparison key that keeps its Vietnamese letters:
 * NFC, lower case, one tone-mark placement, one i/y spelling, leading list
 * markers dropped, punctuation and white space collapsed to single spaces.
 *
 * Tone placement: 'hoà'/'hòa', 'toạ'/'tọa', 'thuý'/'thúy', 'huỷ'/'hủy' fold to the
 * old style (mark on the first vowel: 'hòa', 'tọa'), the spelling of the official forms.
 * Only open syllables ending in oa, oe, uy are spelled both ways, so only they move.
 *
 * i/y: a syllable whose only vowel is a final y after consonants is spelled
 * with i ('kỹ' -> 'kĩ', 'lý' -> 'lí', 'quý' -> 'quí'); every other y stays
 * ('dạy', 'thủy', 'nguyễn', 'ý'), since only those syllables are spelled both ways.
 * The key is for comparison, not for display.
 *
 * @example
 * foldLabel('4. Hội thảo, toạ đàm') // 'hội thảo tọa đàm'
 * foldLabel('— Số lớp Kỹ năng sống') // 'số lớp kĩ năng sống'
 */
export function foldLabel(text: string): string {
  const folded = lowerNfc(text).normalize("NFD").replace(WORD, placeToneMark);
  return stripListMarkers(spellYAsI(folded).normalize("NFC")).replace(NOT_WORD, " ").trim();
}

/**
 * The key used to match labels typed by hand: `foldLabel` without any diacritics
 * (đ -> d). Invariant under NFC/NFD, case, tone placement and i/y spelling.
 *
 * @example
 * normalizeLabel('— Số lớp dạy nghề ngắn hạn') // 'so lop day nghe ngan han'
 * normalizeLabel('+ Số lượt người tham gia:')   // 'so luot nguoi tham gia'
 */
export function normalizeLabel(text: string): string {
  const cached = labelKeys.get(text);
  if (cached !== undefined) return cached;
  const key = stripMarks(foldLabel(text)).replace(NOT_WORD, " ").trim();
  rememberKey(labelKeys, text, key);
  return key;
}

/**
 * Keys of short texts already normalised. Every return repeats the same few hundred labels
 * and a merge reads thousands of returns, so each label is folded once, not once per file.
 * Long texts (free-text answers) are not kept, and the cache is emptied when full.
 */
const labelKeys = new Map<string, string>();

/**
 * Whether two labels are the same after `normalizeLabel`.
 *
 * @example
 * labelsMatch('Số lớp Kỹ năng sống', 'SO LOP KI NANG SONG') // true
 */
export function labelsMatch(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

/**
 * Whether the words of `needle` occur, consecutively and whole, in `haystack`
 * (both raw labels, normalised here). An empty needle matches nothing.
 *
 * @example
 * labelIncludes('— Số lớp dạy nghề ngắn hạn (đã mở)', 'so lop day nghe ngan han') // true
 * labelIncludes('Số lớp dạy nghề ngắn hạn', 'lop day')                           // true
 * labelIncludes('Số lớp dạy nghề ngắn hạn', 'lo')                                // false
 */
export function labelIncludes(haystack: string, needle: string): boolean {
  const n = normalizeLabel(needle);
  return n !== "" && ` ${normalizeLabel(haystack)} `.includes(` ${n} `);
}

/**
 * Similarity of two already normalised labels, from 0 (no word in common) to 1
 * (equal): twice the longest common subsequence of words over the total word
 * count (a Dice coefficient over word order). Extra or missing words lower the
 * score gently; use it to pick the best of several candidate rows.
 *
 * @example
 * matchScore('so lop day nghe ngan han', 'so lop day nghe ngan han')    // 1
 * matchScore('so lop day nghe ngan han da mo', 'so lop day nghe ngan han') // 0.857…
 */
export function matchScore(normalizedCandidate: string, normalizedTarget: string): number {
  const a = splitWords(normalizedCandidate);
  const b = splitWords(normalizedTarget);
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * longestCommonSubsequence(a, b)) / (a.length + b.length);
}

function splitWords(text: string): readonly string[] {
  return text.split(" ").filter((word) => word !== "");
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const wordA of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    b.forEach((wordB, j) => {
      current[j + 1] =
        wordA === wordB ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, current[j] ?? 0);
    });
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Moves the tone mark of one NFD word (lower case) to the old-style position. */
function placeToneMark(word: string): string {
  const tone = TONE_MARK.exec(word)?.[0];
  if (tone === undefined) return word;
  const bare = word.replace(TONE_MARKS, "");
  // 'quy' (quý): 'qu' is a consonant, so the mark sits on the y in both styles.
  if (/qu[y]$/.test(bare)) return bare + tone;
  if (/(?:o[ae]|uy)$/.test(bare)) return bare.slice(0, -1) + tone + bare.slice(-1);
  return word;
}

function stripListMarkers(text: string): string {
  let rest = text;
  for (
    let marker = LIST_MARKER.exec(rest);
    marker && marker[0] !== "";
    marker = LIST_MARKER.exec(rest)
  ) {
    rest = rest.slice(marker[0].length);
  }
  return rest;
}
