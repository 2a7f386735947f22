/**
 * Which unit a form names: the lines above its table (the unit's header block, the title,
 * the Mẫu 1 unit line, the "Kính gửi" sentence) and the signature block below it. A unit the
 * form names is that unit, on the roster or not: "TRƯỜNG THCS PHÚ BÀI" is never folded into
 * "Phường Phú Bài". The file name is looked at only when the form names no unit at all.
 */
import {
  displayUnitName,
  findUnitMentions,
  matchUnit,
  normalizeLabel,
  normalizeUnitName,
  unitKindOfName,
  type Unit,
  type UnitKind,
  type UnitMention,
  type UnitSource,
} from "../../core";
import type { SheetData } from "../read";
import { cellText, labelPrefix, rowNumbers } from "./sheet-text";

/**
 * Printed placeholders of a blank form ("TRUNG TÂM HTCĐ…", "HOẶC TRƯỜNG……",
 * "Trung tâm HTCĐ xã phường/ Trường ………"): dotted leaders mark a line left unfilled.
 */
const PLACEHOLDER = /[…]|\.{3}/u;

/** Words of a file name that say which form or what kind of file it is, not who sent it. */
const FILE_NAME_NOISE = /\b(?:(?:mau|m)\s?[12]|mau|bao cao|baocao|bc|final|copy|(?:19|20)\d\d)\b/g;
/** Words of a file name that say it comes from a school. */
const SCHOOL_FILE_WORDS = /\b(?:truong|thcs|thpt|th|mn|mg|tieu hoc|mam non|mau giao|ptdtnt)\b/;

/** Rows below the start of the signature block that may still hold the signer's title. */
const SIGNATURE_ROWS = 12;
/** Rows of title (and unit line) under the first title line. */
const TITLE_ROWS = 4;

/** A unit named by a form. */
export interface NamedUnit {
  /** The roster's name when the unit is on the roster, else the name as the form writes it. */
  readonly name: string;
  readonly onRoster: boolean;
  readonly source: UnitSource;
  /** Whether the form has a title ("BÁO CÁO …", "LỊCH HOẠT ĐỘNG") above its table. */
  readonly titled: boolean;
}

/** Where a form's table is on its sheet: its header row and its last data row. */
export interface FormBounds {
  readonly tableTop: number;
  readonly tableBottom: number;
}

interface Line {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** `normalizeLabel` of the line. */
  readonly key: string;
  /**
   * The cell's lines joined into one, after its own lines: a name broken over two lines
   * ("TRUNG TÂM HTCĐ PHƯỜNG" / "PHÚ BÀI") is read whole when no line names a unit alone.
   */
  readonly joined?: boolean;
}

/** The parts of the lines above a table that say who writes, to whom, and what. */
interface HeaderZones {
  /** The unit's block and the motto, above the title. */
  readonly header: readonly Line[];
  /** The title lines and the unit line under them. */
  readonly title: readonly Line[];
  /** The "Kính gửi" line and the sentence after it. */
  readonly sentence: readonly Line[];
}

/**
 * The unit a form names, most trusted place first: the header block (its lowest unit line:
 * "UBND PHƯỜNG PHÚ BÀI" over "TRƯỜNG MẦM NON PHÚ BÀI" is the school), the title and unit
 * line, the "Kính gửi" sentence (never its recipient), then the signature block. Offices and
 * bodies of a level above ("PHÒNG GD&ĐT …", "UBND THỊ XÃ …") are the parent in a header,
 * and the unit only when the form names nobody else.
 *
 * @example findNamedUnit(sheet, { tableTop: 12, tableBottom: 40 }, roster)
 * // { name: 'Trường THCS Phú Bài', onRoster: false, source: 'header' }
 */
export function findNamedUnit(
  sheet: SheetData,
  bounds: FormBounds,
  roster: readonly Unit[]
): NamedUnit | undefined {
  const zones = headerZones(sheet, bounds.tableTop);
  const titled = zones.title.length > 0;
  const named = (unit: FoundUnit, source: UnitSource): NamedUnit => ({
    name: unit.name,
    onRoster: unit.onRoster,
    source,
    titled,
  });
  const headerUnits = unitsOfCells(zones.header, roster);
  const own = headerUnits.filter((unit) => !unit.above);
  const lowest = own[own.length - 1];
  if (lowest) return named(lowest, "header");
  const above = headerUnits[headerUnits.length - 1];
  let parent = above && named(above, "header");

  const ordered: [readonly Line[], UnitSource][] = [
    [zones.title, "title"],
    [zones.sentence, "sentence"],
    [signatureLines(sheet, bounds.tableBottom), "signature"],
  ];
  for (const [lines, source] of ordered) {
    const units = lines.flatMap((line) => unitsOfLine(line, roster, false));
    const first = units.find((unit) => !unit.above);
    if (first) return named(first, source);
    const office = units[0];
    parent ??= office && named(office, source);
  }
  return parent;
}

/**
 * The year a form's title gives ("… NĂM 2017"), or undefined.
 *
 * @example findTitleYear(sheet, 12) // 2017
 */
export function findTitleYear(sheet: SheetData, tableTop: number): number | undefined {
  for (const line of headerZones(sheet, tableTop).title) {
    const match = /\bnam ((?:19|20)\d\d)\b/.exec(line.key);
    if (match) return Number(match[1]);
  }
  return undefined;
}

interface FoundUnit {
  readonly name: string;
  readonly onRoster: boolean;
  /** An office or a body above the units (a parent line, not the sender). */
  readonly above: boolean;
}

/** The units of each cell's lines, else of the cell's lines joined. */
function unitsOfCells(lines: readonly Line[], roster: readonly Unit[]): FoundUnit[] {
  const units: FoundUnit[] = [];
  let cell: FoundUnit[] = [];
  let cellAt = "";
  for (const line of lines) {
    const at = `${line.row}:${line.col}`;
    if (at !== cellAt) {
      units.push(...cell);
      cell = [];
      cellAt = at;
    }
    if (line.joined && cell.length > 0) continue;
    cell.push(...unitsOfLine(line, roster, true));
  }
  units.push(...cell);
  return units;
}

/**
 * The units one line names. In the header block a line with no kind word may still be a
 * roster unit's bare name ("PHÚ BÀI").
 */
function unitsOfLine(line: Line, roster: readonly Unit[], bareNames: boolean): FoundUnit[] {
  const mentions = findUnitMentions(line.text);
  if (mentions.length === 0) {
    if (!bareNames) return [];
    const hit = matchUnit(labelPrefix(line.text), roster);
    const unit = hit && roster[hit.index];
    return unit ? [{ name: unit.name, onRoster: true, above: false }] : [];
  }
  return mentions.map((mention) => resolveMention(mention, roster));
}

/**
 * A named unit against the roster: the roster unit with its key (or the key of a shorter
 * start of the name: "Trường THCS Phú Bài thị xã Hương Thủy"), of the same kind; else the
 * name as written.
 */
function resolveMention(mention: UnitMention, roster: readonly Unit[]): FoundUnit {
  const above = mention.kind === "office" || mention.kind === "parent";
  const words = mention.text.split(" ");
  for (let length = words.length; length >= 2; length--) {
    const hit = matchUnit(words.slice(0, length).join(" "), roster);
    const unit = hit && roster[hit.index];
    if (unit && sameKind(mention.kind, unit)) return { name: unit.name, onRoster: true, above };
  }
  return { name: displayUnitName(mention.text, mention.kindWords), onRoster: false, above };
}

/** Whether a name of this kind may be this roster unit: a school is never a ward. */
function sameKind(kind: UnitKind, unit: Unit): boolean {
  return rosterKind(unit) === kind || (rosterKind(unit) === undefined && kind !== "school");
}

function rosterKind(unit: Unit): UnitKind | undefined {
  const byName = unitKindOfName(unit.name);
  if (byName) return byName;
  switch (unit.type) {
    case "school":
      return "school";
    case "community":
      return "community";
    case "vocational_centre":
      return "vocational";
    default:
      return undefined;
  }
}

/** Every line of text above `tableTop`, top to bottom, left to right. */
function linesAbove(sheet: SheetData, tableTop: number): Line[] {
  const lines: Line[] = [];
  for (const row of rowNumbers(sheet)) {
    if (row >= tableTop) break;
    const cells = [...(sheet.rows.get(row)?.values() ?? [])]
      .filter((cell) => cell.kind === "string")
      .sort((a, b) => a.col - b.col);
    for (const cell of cells) {
      const kept: string[] = [];
      for (const text of cellText(cell).split(/\r?\n/)) {
        const trimmed = text.trim();
        if (trimmed === "" || PLACEHOLDER.test(trimmed)) continue;
        const key = normalizeLabel(labelPrefix(trimmed));
        if (isFormulaicLine(trimmed, key)) continue;
        lines.push({ row, col: cell.col, text: trimmed, key });
        kept.push(trimmed);
      }
      if (kept.length > 1) {
        const text = kept.join(" ");
        lines.push({
          row,
          col: cell.col,
          text,
          key: normalizeLabel(labelPrefix(text)),
          joined: true,
        });
      }
    }
  }
  return lines;
}

/** The motto, the place-and-date line and the document number say nothing of the sender. */
function isFormulaicLine(text: string, key: string): boolean {
  return (
    key.startsWith("cong hoa xa hoi") ||
    key.startsWith("doc lap") ||
    /\bngay\b.*\bthang\b/.test(key) ||
    /^s[oố]\s*[:.]/iu.test(text)
  );
}

const isTitle = (key: string): boolean =>
  key.startsWith("bao cao") || key.includes("bao cao ket qua") || key.startsWith("lich hoat dong");
const isRecipient = (key: string): boolean =>
  key.startsWith("kinh gui") || key.includes(" kinh gui");
/** The first heading of Mẫu 2's text: what follows is the unit's report, not its header. */
const isSectionHeading = (key: string): boolean =>
  /^(?:i )?cong tac chi dao|^ii ket qua|^1 cac ket qua/.test(key);

/** Zones already found, by sheet and table top: the unit and the year read the same lines. */
const zoneCache = new WeakMap<SheetData, Map<number, HeaderZones>>();

function headerZones(sheet: SheetData, tableTop: number): HeaderZones {
  let bySheet = zoneCache.get(sheet);
  const cached = bySheet?.get(tableTop);
  if (cached) return cached;
  const zones = findHeaderZones(sheet, tableTop);
  if (!bySheet) zoneCache.set(sheet, (bySheet = new Map()));
  bySheet.set(tableTop, zones);
  return zones;
}

function findHeaderZones(sheet: SheetData, tableTop: number): HeaderZones {
  const lines = linesAbove(sheet, tableTop);
  const titleAt = lines.findIndex((line) => isTitle(line.key));
  const recipientAt = lines.findIndex((line) => isRecipient(line.key));
  const headingAt = lines.findIndex((line) => isSectionHeading(line.key));
  const ends = [titleAt, recipientAt, headingAt].filter((at) => at >= 0);
  const headerEnd = ends.length > 0 ? Math.min(...ends) : lines.length;
  const header = lines.slice(0, headerEnd);

  let title: Line[] = [];
  if (titleAt >= 0) {
    const titleRow = lines[titleAt]?.row ?? 0;
    const stop = [recipientAt, headingAt].filter((at) => at > titleAt);
    const end = stop.length > 0 ? Math.min(...stop) : lines.length;
    title = lines.slice(titleAt, end).filter((line) => line.row <= titleRow + TITLE_ROWS);
  }

  const sentence: Line[] = [];
  const recipient = lines[recipientAt];
  if (recipient) {
    // "Trường TH số 1 kính gửi …": the sender may stand before it; what follows is the recipient.
    const before = recipient.text.split(/k[iíì]nh\s+g[uửư]i/iu)[0] ?? "";
    if (before.trim() !== "") sentence.push({ ...recipient, text: before });
    const next = lines[recipientAt + 1];
    if (next && next.key.includes("bao cao") && !isSectionHeading(next.key)) sentence.push(next);
  }
  return { header, title, sentence };
}

/** Rows that open the signature block (or the receivers beside it). */
const SIGNATURE_KEYS =
  /^(?:noi nhan|giam doc|pho giam doc|hieu truong|pho hieu truong|tm |kt |chu tich|pho chu tich|thu truong|nguoi lap bieu|ky ten)/;

/**
 * The signer's lines under a table: from the first row of the signature block, the lines
 * that are not the receivers ("Nơi nhận", "- Như trên;") or notes.
 */
function signatureLines(sheet: SheetData, tableBottom: number): Line[] {
  const rows = rowNumbers(sheet).filter((row) => row > tableBottom);
  const cellsOf = (row: number) =>
    [...(sheet.rows.get(row)?.values() ?? [])]
      .filter((cell) => cell.kind === "string")
      .sort((a, b) => a.col - b.col);
  const start = rows.find((row) =>
    cellsOf(row).some((cell) => SIGNATURE_KEYS.test(normalizeLabel(labelPrefix(cellText(cell)))))
  );
  if (start === undefined) return [];
  const lines: Line[] = [];
  for (const row of rows) {
    if (row < start || row > start + SIGNATURE_ROWS) continue;
    for (const cell of cellsOf(row)) {
      const text = cellText(cell);
      if (normalizeLabel(labelPrefix(text)).startsWith("noi nhan")) continue;
      for (const part of text.split(/\r?\n/)) {
        const trimmed = part.trim();
        if (trimmed === "" || /^[-+*(•–]/u.test(trimmed) || PLACEHOLDER.test(trimmed)) continue;
        lines.push({
          row,
          col: cell.col,
          text: trimmed,
          key: normalizeLabel(labelPrefix(trimmed)),
        });
      }
    }
  }
  return lines;
}

/**
 * The roster unit a file name points to: folders, extension and form words dropped,
 * separators read as spaces; the whole rest is matched with `matchUnit`, else the longest
 * roster name found in it as whole words (only when no other name of that length is). A
 * file name that says school ("thcs-phu-bai") points only to a school.
 *
 * @example findUnitInFileName('in/Mau2_Phuong_Phu_Bai.xlsx', roster) // 'Phường Phú Bài'
 */
export function findUnitInFileName(file: string, roster: readonly Unit[]): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[^.]*$/, "");
  const cleaned = normalizeLabel(stem.replace(/[_\-.+,()[\]]+/g, " "))
    .replace(FILE_NAME_NOISE, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (cleaned === "") return undefined;
  const school = SCHOOL_FILE_WORDS.test(cleaned);
  const fits = (unit: Unit | undefined): unit is Unit =>
    unit !== undefined && (rosterKind(unit) === "school") === school;
  const whole = matchUnit(cleaned, roster);
  const wholeUnit = whole && roster[whole.index];
  if (fits(wholeUnit)) return wholeUnit.name;

  const key = ` ${normalizeUnitName(cleaned)} `;
  const placeKey = (name: string): string =>
    normalizeUnitName(name).replace(/^(?:phuong|xa|thi tran)\s+/, "");
  const hits = roster
    .filter(fits)
    .map((unit) => ({ unit, full: normalizeUnitName(unit.name), place: placeKey(unit.name) }))
    .flatMap(({ unit, full, place }) => {
      if (full && key.includes(` ${full} `)) return [{ unit, length: full.length + 1 }];
      if (place && key.includes(` ${place} `)) return [{ unit, length: place.length }];
      return [];
    })
    .sort((a, b) => b.length - a.length);
  const [first, second] = hits;
  if (!first || (second && second.length === first.length)) return undefined;
  return first.unit.name;
}
