/**
 * The roster as a clerk types it: unit types in Vietnamese words, the type guessed from a
 * name, and a list pasted from Excel or saved as text or CSV turned into units.
 */
import type { Campaign, Unit, UnitType } from "./campaign";
import { campaignIdFor } from "./campaign";
import { stripMarks } from "./values/text";
import { unitKindOfName, type UnitKind } from "./values/unit-mention";

/** The words the campaign workbook and the pane show for each type (column "Loại"). */
export const UNIT_TYPE_LABELS: Readonly<Record<UnitType, string>> = {
  school: "Trường",
  community: "Trung tâm HTCĐ / xã / phường",
  vocational_centre: "Trung tâm GDNN-GDTX",
  district: "Phòng GD&ĐT",
  other: "Khác",
};

const KIND_TYPES: Readonly<Record<UnitKind, UnitType>> = {
  school: "school",
  community: "community",
  vocational: "vocational_centre",
  office: "district",
  parent: "other",
};

/** Lower case, no marks, '&' and punctuation as spaces: 'Trung tâm HTCĐ / xã' → 'trung tam htcd xa'. */
function bare(text: string): string {
  return stripMarks(text.normalize("NFC").toLocaleLowerCase("vi"))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The type a clerk wrote in the "Loại" column, or undefined when it is none: the labels
 * above, their first words ("Trường", "Trung tâm HTCĐ", "xã", "phường", "GDNN-GDTX"), a
 * school level ("Mầm non", "THCS"), or the JSON codes.
 *
 * @example parseUnitType('trung tâm htcđ') // 'community'
 */
export function parseUnitType(text: string): UnitType | undefined {
  const word = bare(text);
  if (word === "") return undefined;
  const code = text.trim() as UnitType;
  if (code in UNIT_TYPE_LABELS) return code;
  if (/^(truong|mam non|mau giao|tieu hoc|th|thcs|thpt|trung hoc|nha tre|ptdtnt)\b/.test(word))
    return "school";
  if (/\b(gdnn|gdtx|giao duc nghe nghiep|giao duc thuong xuyen)\b/.test(word))
    return "vocational_centre";
  if (/\b(htcd|tthtcd|hoc tap cong dong)\b/.test(word) || /^(xa|phuong|thi tran|ubnd)\b/.test(word))
    return "community";
  if (/^(phong gd|phong giao duc|so gd|so giao duc)/.test(word)) return "district";
  if (/^(khac|other)$/.test(word)) return "other";
  return undefined;
}

/**
 * The type a name says it is: "Trường…", "Mầm non…", "THCS…" → school; "TTHTCĐ…",
 * "Phường…", "Xã…", "Thị trấn…" → community; "GDNN-GDTX…" → vocational centre;
 * "Phòng GD&ĐT…" → district; anything else `other`. The clerk can change it.
 */
export function guessUnitType(name: string): UnitType {
  const kind = unitKindOfName(name);
  if (kind) return KIND_TYPES[kind];
  return parseUnitType(name.split(/\s+/).slice(0, 2).join(" ")) ?? "other";
}

/** What reading a roster list noticed, for the clerk; nothing here stops the list. */
export type RosterNotice =
  | { readonly code: "duplicate_dropped"; readonly line: number; readonly name: string }
  | { readonly code: "header_skipped"; readonly line: number }
  | { readonly code: "type_unknown"; readonly line: number; readonly value: string };

export interface RosterList {
  readonly units: readonly Unit[];
  readonly notices: readonly RosterNotice[];
}

const HEADER = /^(stt|tt|ten don vi|don vi|ten|ten truong|loai|loai don vi|email|dien thoai|sdt)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Splits one line of CSV on `separator`, honouring double quotes ("a, b" and ""). */
function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === separator) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * The separator of a pasted or saved list: a tab (a paste from Excel), else ";" or "," when
 * every non-blank line has one (a CSV; Vietnamese Excel saves CSV with ";"), else none.
 */
function separatorOf(lines: readonly string[]): string | undefined {
  const filled = lines.filter((line) => line.trim() !== "");
  if (filled.length === 0) return undefined;
  if (filled.some((line) => line.includes("\t"))) return "\t";
  for (const sep of [";", ","]) if (filled.every((line) => line.includes(sep))) return sep;
  return undefined;
}

/**
 * Rows of cells (from a paste, a text or CSV file, or a spreadsheet's column) to units: the
 * name is the column headed "Tên đơn vị" (else the first non-number column), the type the
 * column headed "Loại" (else guessed from the name), then email and phone wherever they
 * are recognised. Blank rows, a header row, a leading "STT" number are skipped; names are
 * trimmed, NFC and single-spaced; a name listed again is dropped with a notice.
 */
export function rosterFromRows(rows: readonly (readonly string[])[]): RosterList {
  const notices: RosterNotice[] = [];
  const units: Unit[] = [];
  const seen = new Set<string>();
  let nameCol: number | undefined;
  /** The lines the first units came from, in case they turn out to be titles. */
  const titleLines: number[] = [];
  let typeCol: number | undefined;
  let emailCol: number | undefined;
  let phoneCol: number | undefined;
  const clean = (text: string | undefined) =>
    (text ?? "")
      .normalize("NFC")
      .replace(/[\s\u00a0\u200b\ufeff]+/g, " ")
      .trim();

  rows.forEach((raw, index) => {
    const line = index + 1;
    const cells = raw.map(clean);
    if (cells.every((cell) => cell === "")) return;
    const words = cells.map(bare);
    // A header row, even under a title or two ("DANH SÁCH ĐƠN VỊ") already taken for names.
    const titlesOnly = units.length <= 3 && nameCol === undefined;
    if (titlesOnly && words.some((word) => /^(ten don vi|ten|don vi|ten truong)$/.test(word))) {
      for (let i = 0; i < units.length; i++)
        notices.push({ code: "header_skipped", line: titleLines[i]! });
      units.length = 0;
      seen.clear();
      titleLines.length = 0;
      nameCol = words.findIndex((word) => /^(ten don vi|ten|don vi|ten truong)$/.test(word));
      const find = (re: RegExp) => {
        const i = words.findIndex((word) => re.test(word));
        return i >= 0 ? i : undefined;
      };
      typeCol = find(/^loai/);
      emailCol = find(/^(email|e mail|thu dien tu)/);
      phoneCol = find(/^(dien thoai|sdt|so dien thoai)/);
      notices.push({ code: "header_skipped", line });
      return;
    }
    if (units.length === 0 && words.every((word) => word === "" || HEADER.test(word))) {
      notices.push({ code: "header_skipped", line });
      return;
    }
    const col = nameCol ?? cells.findIndex((cell) => cell !== "" && !/^\d+[.)]?$/.test(cell));
    const name = (cells[col] ?? "").replace(/^\d+[.)]\s+/, "");
    if (name === "") return;
    const key = bare(name);
    if (seen.has(key)) {
      notices.push({ code: "duplicate_dropped", line, name });
      return;
    }
    seen.add(key);
    titleLines.push(line);
    const typeText = typeCol === undefined ? "" : (cells[typeCol] ?? "");
    let type = typeText ? parseUnitType(typeText) : undefined;
    if (typeText && !type) notices.push({ code: "type_unknown", line, value: typeText });
    // A second column with a type word, in a paste without a header.
    if (typeCol === undefined && nameCol === undefined) {
      const other = cells.find(
        (cell, i) => i !== col && cell !== "" && !EMAIL.test(cell) && parseUnitType(cell)
      );
      if (other) type = parseUnitType(other);
    }
    const email =
      emailCol !== undefined
        ? cells[emailCol]
        : cells.find((cell, i) => i !== col && EMAIL.test(cell));
    const phone =
      phoneCol !== undefined
        ? cells[phoneCol]
        : cells.find(
            (cell, i) => i !== col && /^\+?[\d .()-]{8,}$/.test(cell) && /\d{3}/.test(cell)
          );
    units.push({
      name,
      type: type ?? guessUnitType(name),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    });
  });
  return { units, notices };
}

/**
 * A list of units as text: one a line (a paste from Excel, a .txt file) or CSV. A byte
 * order mark, CRLF, blank lines, stray spaces and decomposed (NFD) Vietnamese are all
 * taken in stride.
 *
 * @example rosterFromText('\uFEFFTrường MN Hoa Sen\r\n\r\n  Phường Phú Bài ').units.length // 2
 */
export function rosterFromText(text: string): RosterList {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const separator = separatorOf(lines);
  return rosterFromRows(lines.map((line) => (separator ? splitCsvLine(line, separator) : [line])));
}

export interface NewCampaignOptions {
  readonly year: number;
  /** A campaign to copy (last year's, a preset): its texts, roster and deadlines, moved to `year`. */
  readonly from?: Campaign;
  readonly units?: readonly Unit[];
}

/** "2025-10-01" moved to 2026 → "2026-10-01"; 29 February becomes 28 February. */
function moveToYear(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  let rest = date.slice(4);
  if (rest.startsWith("-02-29") && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)))
    rest = "-02-28" + rest.slice(6);
  return `${y}${rest}`;
}

/**
 * This year's campaign. From nothing: the week 01–07/10 of the year, no deadlines (so no
 * lateness check until the clerk sets them), empty texts to fill in. From another campaign:
 * its texts and roster, its dates moved by whole years to `year` (the clerk checks them).
 */
export function newCampaign({ year, from, units }: NewCampaignOptions): Campaign {
  if (!from) {
    return {
      id: campaignIdFor("", year),
      year,
      theme: "",
      week: { start: `${year}-10-01`, end: `${year}-10-07` },
      issuingBody: "",
      receivingOffice: "",
      deadlines: {},
      units: units ?? [],
    };
  }
  const shift = year - from.year;
  const move = (date: string | undefined) => (date ? moveToYear(date, shift) : undefined);
  const mau1 = move(from.deadlines.mau1);
  const mau2 = move(from.deadlines.mau2);
  return {
    ...from,
    id: campaignIdFor(from.collectingUnit ?? from.receivingOffice, year),
    year,
    week: { start: moveToYear(from.week.start, shift), end: moveToYear(from.week.end, shift) },
    deadlines: { ...(mau1 ? { mau1 } : {}), ...(mau2 ? { mau2 } : {}) },
    units: units ?? from.units,
  };
}
