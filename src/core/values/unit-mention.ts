/**
 * Finds the names of units in a line of a form ("TRƯỜNG THCS PHÚ BÀI", "TM. UBND PHƯỜNG
 * PHÚ BÀI", "Trường Tiểu học số 1 báo cáo kết quả …"), whether or not they are on a roster:
 * a unit the form names is that unit, so the name must be found before it is matched.
 */
import { lowerNfc, stripMarks } from "./text";
import { normalizeUnitName } from "./unit-name";

/**
 * What a named body is. `office` (Phòng/Sở GD&ĐT) and `parent` (UBND thị xã, quận,
 * huyện, tỉnh, thành phố) are the levels above the units that send returns.
 */
export type UnitKind = "school" | "community" | "vocational" | "office" | "parent";

export interface UnitMention {
  /** The name as written, from its first kind word ("Trường THCS Phú Bài"). */
  readonly text: string;
  readonly kind: UnitKind;
  /** `normalizeUnitName(text)`. */
  readonly key: string;
  /** How many words of `text` are kind words ('Trường Tiểu học' is 3). */
  readonly kindWords: number;
}

interface Token {
  /** As written. */
  readonly text: string;
  /** Lower case, no marks, '&' dropped: 'gd&đt' -> 'gddt'. */
  readonly bare: string;
  /** Lower case with marks (NFC): tells 'phường' from 'phương'. */
  readonly lower: string;
  /** Where it starts and ends in its segment. */
  readonly start: number;
  readonly end: number;
}

/** Word sequences that begin a unit's name, longest first, with the kind they give. */
const KIND_WORDS: readonly { readonly words: readonly string[]; readonly kind: UnitKind }[] = [
  ["trung tam giao duc nghe nghiep", "vocational"],
  ["trung tam hoc tap cong dong", "community"],
  ["trung hoc pho thong", "school"],
  ["trung hoc co so", "school"],
  ["uy ban nhan dan", "community"],
  ["trung tam gdnn", "vocational"],
  ["trung tam gdtx", "vocational"],
  ["trung tam htcd", "community"],
  ["phong giao duc", "office"],
  ["so giao duc", "office"],
  ["thanh pho", "parent"],
  ["mam non", "school"],
  ["mau giao", "school"],
  ["tieu hoc", "school"],
  ["phong gddt", "office"],
  ["phong gd", "office"],
  ["so gddt", "office"],
  ["so gd", "office"],
  ["thi tran", "community"],
  ["thi xa", "parent"],
  ["tt htcd", "community"],
  ["ttht cd", "community"],
  ["tthtcd", "community"],
  ["truong", "school"],
  ["thcs", "school"],
  ["thpt", "school"],
  ["ptdtnt", "school"],
  ["gdnn", "vocational"],
  ["gdtx", "vocational"],
  ["ubnd", "community"],
  ["phuong", "community"],
  ["xa", "community"],
  ["quan", "parent"],
  ["huyen", "parent"],
  ["tinh", "parent"],
].map(([words, kind]) => ({ words: (words as string).split(" "), kind: kind as UnitKind }));

/** Level words that may follow 'Trường' and still belong to the kind, not the name. */
const SCHOOL_LEVELS = new Set(["th", "thcs", "thpt", "mn", "mg", "ptdtnt", "tieu", "hoc"]);
/** Words that end a name inside a sentence: what the unit did, or the year. */
const STOP_WORDS: readonly (readonly string[])[] = [
  "báo cáo",
  "kính gửi",
  "tổ chức",
  "thực hiện",
  "xây dựng",
  "tuần lễ",
  "như sau",
  "về việc",
  "xin",
  "năm",
  "đã",
  "được",
  "trong",
  "ngày",
].map((words) => words.normalize("NFC").split(" "));
/** A name has at most this many words after its kind words. */
const MAX_NAME_WORDS = 8;
/** Marks that end a name: the rest of the line says something else. */
const SEGMENT_BREAKS = /[,;:()[\]/|"“”]|\s[-–—]\s|\.(?=\s|$)/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{M}\p{N}]+)*/gu;
/** Abbreviations kept in capitals when a name typed in capitals is shown in title case. */
const ACRONYMS = new Set([
  "thcs",
  "thpt",
  "th",
  "mn",
  "mg",
  "ptdtnt",
  "tthtcd",
  "htcd",
  "tt",
  "ubnd",
  "gdnn",
  "gdtx",
  "gddt",
  "gd",
]);

/**
 * The unit names in one line of text, left to right. A name starts at a kind word and runs
 * to the end of its phrase (a comma, colon, slash or bracket, a verb such as 'báo cáo', a
 * year) and must have a word of its own after the kind words: 'Trường', 'Trung tâm HTCĐ'
 * or 'xã phường' alone name nobody.
 *
 * @example
 * findUnitMentions('PHÒNG GD&ĐT THỊ XÃ HƯƠNG THỦY') // [{ text: 'PHÒNG GD&ĐT THỊ XÃ HƯƠNG THỦY', kind: 'office', … }]
 * findUnitMentions('Trường Tiểu học số 1 báo cáo kết quả') // [{ text: 'Trường Tiểu học số 1', kind: 'school', … }]
 */
export function findUnitMentions(line: string): UnitMention[] {
  const mentions: UnitMention[] = [];
  for (const segment of line.split(SEGMENT_BREAKS)) {
    const tokens = tokenize(segment);
    for (let i = 0; i < tokens.length;) {
      const found = mentionAt(segment, tokens, i);
      if (found) {
        mentions.push(found.mention);
        i = found.end;
      } else i++;
    }
  }
  return mentions;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const lower = lowerNfc(match[0]);
    const start = match.index ?? 0;
    tokens.push({
      text: match[0],
      lower,
      bare: stripMarks(lower).replace(/&/g, ""),
      start,
      end: start + match[0].length,
    });
  }
  return tokens;
}

/** The kind words that start at `i`, or undefined. */
function kindAt(
  tokens: readonly Token[],
  i: number
): { kind: UnitKind; length: number } | undefined {
  for (const { words, kind } of KIND_WORDS) {
    if (!words.every((word, k) => tokens[i + k]?.bare === word)) continue;
    const first = tokens[i];
    const next = tokens[i + words.length];
    if (words.length === 1 && first && !isPlaceWord(first, next)) continue;
    return { kind, length: words.length };
  }
  return undefined;
}

/**
 * 'phường', 'xã', 'quận', 'huyện', 'tỉnh' written with their marks, or typed without any:
 * 'phương tiện', 'xã hội', 'quan tâm' and 'tính' are ordinary words.
 */
function isPlaceWord(token: Token, next: Token | undefined): boolean {
  const plain = token.lower === token.bare;
  switch (token.bare) {
    case "truong":
      // 'Hiệu trưởng' is the head of a school, not a school.
      return token.lower === "trường" || plain;
    case "phuong":
      return (token.lower === "phường" || plain) && next?.bare !== "tien" && next?.bare !== "phap";
    case "xa":
      return (token.lower === "xã" || plain) && next?.bare !== "hoi";
    case "quan":
      return token.lower === "quận" || (plain && /^\d/.test(next?.text ?? ""));
    case "huyen":
      return token.lower === "huyện" || plain;
    case "tinh":
      return token.lower === "tỉnh";
    default:
      return true;
  }
}

function mentionAt(
  segment: string,
  tokens: readonly Token[],
  start: number
): { mention: UnitMention; end: number } | undefined {
  const first = kindAt(tokens, start);
  if (!first) return undefined;
  // The run of kind words: 'UBND thị xã', 'Trung tâm HTCĐ phường', 'Trường THCS'.
  const kinds: UnitKind[] = [first.kind];
  let i = start + first.length;
  for (;;) {
    const token = tokens[i];
    if (token && kinds.includes("school") && SCHOOL_LEVELS.has(token.bare)) {
      i++;
      continue;
    }
    const more = kindAt(tokens, i);
    if (!more) break;
    kinds.push(more.kind);
    i += more.length;
  }
  const nameStart = i;
  while (
    i < tokens.length &&
    i - nameStart < MAX_NAME_WORDS &&
    !stopsAt(tokens, i) &&
    !startsInstitution(tokens, i)
  )
    i++;
  if (i === nameStart) return undefined;
  // As written between its first and last word ('GDNN-GDTX' keeps its hyphen).
  const text = segment
    .slice(tokens[start]?.start ?? 0, tokens[i - 1]?.end ?? 0)
    .replace(/\s+/g, " ")
    .normalize("NFC");
  const mention = {
    text,
    kind: kindOf(kinds),
    key: normalizeUnitName(text),
    kindWords: nameStart - start,
  };
  return { mention, end: i };
}

/** Kind words that begin another unit's name, even in the middle of a line. */
const INSTITUTIONS = new Set(["school", "vocational"]);
const INSTITUTION_WORDS = new Set(["ubnd", "uy", "tthtcd", "tt", "trung"]);

function startsInstitution(tokens: readonly Token[], i: number): boolean {
  const kind = kindAt(tokens, i);
  if (!kind) return false;
  return INSTITUTIONS.has(kind.kind) || INSTITUTION_WORDS.has(tokens[i]?.bare ?? "");
}

/** A word as written, or typed without marks: 'đã' stops a name, 'Đà Nẵng' does not. */
function isWord(token: Token | undefined, word: string): boolean {
  if (!token) return false;
  return token.lower === word || (token.lower === token.bare && token.bare === stripMarks(word));
}

function stopsAt(tokens: readonly Token[], i: number): boolean {
  return STOP_WORDS.some((words) => {
    if (!words.every((word, k) => isWord(tokens[i + k], word))) return false;
    // 'năm' ends a name only before a year: 'Trường THCS Năm Căn' keeps it.
    return words[0] !== "năm" || /^\d{4}$/.test(tokens[i + 1]?.text ?? "");
  });
}

/**
 * The kind of a run of kind words: a school, centre or office anywhere in it says what it
 * is; a place of a level above the commune ('UBND thị xã') makes it the parent; otherwise
 * a commune, ward or its TTHTCĐ.
 */
function kindOf(kinds: readonly UnitKind[]): UnitKind {
  for (const kind of ["school", "vocational", "office", "parent"] as const)
    if (kinds.includes(kind)) return kind;
  return "community";
}

/**
 * A name typed in capitals, as Vietnamese writes it in lists and reports: the kind words in
 * lower case after the first ('Trường Tiểu học', 'Trung tâm HTCĐ phường'), abbreviations
 * kept, the place's words capitalised, 'số' before a number; any other name as typed.
 *
 * @example displayUnitName('TRƯỜNG TIỂU HỌC SỐ 1', 3) // 'Trường Tiểu học số 1'
 */
export function displayUnitName(text: string, kindWords = 1): string {
  const trimmed = text.replace(/\s+/g, " ").trim().normalize("NFC");
  if (trimmed !== trimmed.toLocaleUpperCase("vi") || trimmed === trimmed.toLocaleLowerCase("vi"))
    return trimmed;
  let index = 0;
  return trimmed.replace(TOKEN, (word, offset: number) => {
    const position = index++;
    const lower = word.toLocaleLowerCase("vi");
    if (ACRONYMS.has(stripMarks(lower).replace(/&/g, ""))) return word;
    // 'Tiểu học' and 'Mầm non' are one level: only their first word is capitalised.
    const level = position === 1 && /^(?:tiểu|mầm|mẫu|trung)$/u.test(lower);
    if (position > 0 && position < kindWords && !level) return lower;
    if (lower === "số" && /^\s*\d/.test(trimmed.slice(offset + word.length))) return lower;
    return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
  });
}

/**
 * The kind of a unit from its name alone, when it has a kind word in front.
 *
 * @example unitKindOfName('Trường MN Hoa Sen') // 'school'
 */
export function unitKindOfName(name: string): UnitKind | undefined {
  const tokens = tokenize(name);
  return tokens.length > 0 && kindAt(tokens, 0) ? findUnitMentions(name)[0]?.kind : undefined;
}
