import { lowerNfc, rememberKey, spellYAsI, stripMarks } from "./text";

/**
 * Words in front of the place name that say what kind of body it is; a unit writes
 * 'TTHTCĐ Phú Bài' or 'UBND phường Phú Bài' where the roster says 'Phường Phú Bài'.
 * Written as after normalisation (no diacritics, before the i/y rule).
 */
const UNIT_PREFIXES: readonly string[] = [
  "trung tam hoc tap cong dong",
  "trung tam htcd",
  "tt htcd",
  "tthtcd",
  "uy ban nhan dan",
  "ubnd",
];
/**
 * Long and short ways of writing a school's level and the education office, folded to one
 * spelling, so 'Trường Tiểu học Phú Bài' and 'TH Phú Bài', or 'Phòng Giáo dục và Đào tạo'
 * and 'Phòng GD&ĐT', have one key. The level word stays in the key: a school never shares a
 * key with the ward whose name it carries.
 */
const LONG_FORMS: readonly (readonly [RegExp, string])[] = [
  [/\btrung hoc co so\b/g, "thcs"],
  [/\btrung hoc pho thong\b/g, "thpt"],
  [/\btieu hoc\b/g, "th"],
  [/\bmam non\b/g, "mn"],
  [/\bmau giao\b/g, "mg"],
  [/\bpho thong dan toc noi tru\b/g, "ptdtnt"],
  [/\bpt dtnt\b/g, "ptdtnt"],
  [/\bgiao duc va dao tao\b/g, "gddt"],
  [/\bgd (?:va )?dt\b/g, "gddt"],
];
/** 'Trường' before a level word adds nothing: 'Trường THCS Phú Bài' is 'THCS Phú Bài'. */
const SCHOOL_WORD = /^truong (?=(?:thcs|thpt|th|mn|mg|ptdtnt|th thcs|thcs thpt)\b)/;
/** The administrative type of the place, dropped only as a last resort by `matchUnit`. */
const PLACE_TYPE = /^(?:phuong|xa|thi tran)\s+/;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * A comparison key for a unit name: lower case, no diacritics, one i/y spelling
 * (see `foldLabel`), 'p.'/'P1' -> 'phuong ', 'x.' -> 'xa ', no leading zeros in
 * numbers, prefixes such as 'Trung tâm HTCĐ', 'TTHTCĐ' and 'UBND' dropped.
 *
 * @example
 * normalizeUnitName('TTHTCĐ P. Phú Bài') // 'phuong phu bai'
 * normalizeUnitName('Phường 04')         // 'phuong 4'
 * normalizeUnitName('UBND xã Thủy Vân')  // 'xa thuy van'
 */
export function normalizeUnitName(name: string): string {
  const cached = unitKeys.get(name);
  if (cached !== undefined) return cached;
  const key = unitKey(name);
  rememberKey(unitKeys, name, key);
  return key;
}

/** Keys of names already normalised (see `rememberKey`). */
const unitKeys = new Map<string, string>();

function unitKey(name: string): string {
  let s = stripMarks(lowerNfc(name))
    .replace(/\bp\.\s*/g, "phuong ")
    .replace(/\bp(?=\d)/g, "phuong ")
    .replace(/\bx\.\s*/g, "xa ")
    .replace(NOT_WORD, " ")
    .trim()
    .replace(/\b0+(?=\d)/g, "");
  if (s.includes(" ")) for (const [form, short] of LONG_FORMS) s = s.replace(form, short);
  for (let again = true; again;) {
    again = false;
    for (const prefix of UNIT_PREFIXES) {
      if (s === prefix || s.startsWith(`${prefix} `)) {
        s = s.slice(prefix.length).trim();
        again = true;
      }
    }
  }
  return spellYAsI(s.replace(SCHOOL_WORD, ""));
}

/**
 * Finds a unit in the roster: first by equal `normalizeUnitName` keys, then, when
 * that fails, by the keys without their place type ('phường', 'xã', 'thị trấn'),
 * but only when exactly one roster entry matches that way. Numbers must agree in
 * full, so 'Phường 1' never matches 'Phường 11'.
 *
 * @example
 * matchUnit('TTHTCĐ Phú Bài', [{ name: 'Phường Thủy Dương' }, { name: 'Phường Phú Bài' }]) // { index: 1 }
 * matchUnit('Phường 1', [{ name: 'Phường 11' }]) // undefined
 */
export function matchUnit(
  name: string,
  roster: readonly { readonly name: string }[]
): { index: number } | undefined {
  const key = normalizeUnitName(name);
  if (key === "") return undefined;
  const index = rosterIndex(roster);
  const exact = index.byKey.get(key);
  if (exact !== undefined) return { index: exact };
  const place = dropPlaceType(key);
  if (place === "") return undefined;
  const hits = index.byPlace.get(place);
  return hits?.length === 1 && hits[0] !== undefined ? { index: hits[0] } : undefined;
}

interface RosterIndex {
  /** Roster length when indexed: rosters are read-only, this only catches a misuse. */
  readonly length: number;
  /** Key -> first roster position with that key. */
  readonly byKey: ReadonlyMap<string, number>;
  /** Key without its place type -> every roster position with it. */
  readonly byPlace: ReadonlyMap<string, readonly number[]>;
}

/**
 * The roster's keys, made once per roster (rosters are read-only data): a merge matches
 * every return against the same roster, and normalising every roster name for each return
 * made a merge of thousands of returns quadratic.
 */
const rosterIndexes = new WeakMap<object, RosterIndex>();

function rosterIndex(roster: readonly { readonly name: string }[]): RosterIndex {
  const cached = rosterIndexes.get(roster);
  if (cached && cached.length === roster.length) return cached;
  const byKey = new Map<string, number>();
  const byPlace = new Map<string, number[]>();
  roster.forEach((unit, i) => {
    const key = normalizeUnitName(unit.name);
    if (!byKey.has(key)) byKey.set(key, i);
    const place = dropPlaceType(key);
    const list = byPlace.get(place);
    if (list) list.push(i);
    else byPlace.set(place, [i]);
  });
  const index = { length: roster.length, byKey, byPlace };
  rosterIndexes.set(roster, index);
  return index;
}

function dropPlaceType(key: string): string {
  return key.replace(PLACE_TYPE, "");
}
