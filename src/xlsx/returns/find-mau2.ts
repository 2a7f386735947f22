/**
 * Finds Mẫu 2 (the results report) in a workbook: by the defined names of a generated
 * template, else by the labels of its indicator rows on any sheet.
 */
import {
  INDICATORS,
  MAU2_TEXT_NAMES,
  METADATA_SHEET,
  matchScore,
  normalizeLabel,
  rememberKey,
  type IndicatorId,
  type Mau2Data,
  type RawValue,
} from "../../core";
import type { Cell, SheetData, WorkbookData } from "../read";
import { findNamedArea } from "./named-ranges";
import {
  cellText,
  labelKey,
  mergeAt,
  rawAt,
  rowNumbers,
  rowStartsWithAny,
  startsWithAny,
  stringCells,
  textAt,
} from "./sheet-text";

/**
 * A hand-typed label is taken for an indicator when its `matchScore` (a Dice coefficient
 * over words, after `normalizeLabel`) reaches this. 0.6 accepts a dropped or added word or
 * two ('Số lớp dạy nghề' 0.8, 'Số tin bài phát thanh' 0.62) while the group headings stay
 * below it ('4. Hội thảo, tọa đàm, triển lãm …' scores 0.47 against '- Số lần hội thảo,
 * tọa đàm'). Rows compete: each row and each indicator is taken once, best score first.
 */
export const LABEL_MATCH_THRESHOLD = 0.6;

/** How many indicator rows make a sheet a Mẫu 2 when no header row is found. */
export const MIN_INDICATORS_WITHOUT_HEADER = 3;

type TextKey = keyof Mau2Data["texts"];

const COUNT_KEYS = INDICATORS.filter((indicator) => indicator.kind === "count").map((indicator) => {
  const key = normalizeLabel(indicator.label);
  const words = key.split(" ");
  return { id: indicator.id, key, words: new Set(words), wordCount: words.length };
});
/** The participants row of each count that has one. */
const PARTICIPANTS_OF = new Map<IndicatorId, IndicatorId>(
  INDICATORS.flatMap((indicator) =>
    indicator.countOf ? [[indicator.countOf, indicator.id] as const] : []
  )
);
const PARTICIPANT_KEYS = ["so luot nguoi tham gia", "so nguoi tham gia"];

const HEADING_KEYS: Readonly<Record<TextKey, readonly string[]>> = {
  direction: ["cong tac chi dao"],
  difficulties: ["nhung thuan loi", "thuan loi kho khan"],
  proposals: ["kien nghi de xuat"],
};
const RESULT_HEADER = ["ket qua so luong"];
const ACTIVITY_HEADER = ["noi dung hoat dong"];
const NOTE_HEADER = ["ghi chu"];
const SIGNATURE_KEYS = ["noi nhan", "giam doc", "hieu truong", "ky ten", "nguoi lap bieu"];
/** Lines that end a free-text section. */
const STOP_KEYS = [
  ...Object.values(HEADING_KEYS).flat(),
  "ket qua cu the",
  "cac ket qua theo tung hoat dong",
  ...ACTIVITY_HEADER,
  ...RESULT_HEADER,
  ...SIGNATURE_KEYS,
];
/** Rows that end the table: the sections after it and the signature block. */
const TABLE_END_KEYS = [...HEADING_KEYS.difficulties, ...HEADING_KEYS.proposals, ...SIGNATURE_KEYS];
/** A free-text section longer than this is surely not one section. */
const MAX_TEXT_ROWS = 40;

/** A Mẫu 2 as found, with where its table begins (the unit's header lies above it). */
export interface FoundMau2 {
  readonly data: Mau2Data;
  readonly tableTop: number;
  /** How the count cells were found. */
  readonly by: "names" | "labels";
}

interface LabelRow {
  readonly row: number;
  readonly label: Cell;
  readonly id: IndicatorId;
}

/**
 * Mẫu 2 of a generated template, by the defined names of its input cells. The sheet is the
 * one most names point into; an indicator whose name is missing is looked up by its label.
 */
export function readMau2ByNames(workbook: WorkbookData): FoundMau2 | undefined {
  const cells = new Map<IndicatorId, { sheet: SheetData; row: number; col: number }>();
  for (const indicator of INDICATORS) {
    const named = findNamedArea(workbook, indicator.id);
    if (named)
      cells.set(indicator.id, { sheet: named.sheet, row: named.area.top, col: named.area.left });
  }
  const sheet = mostCommonSheet([...cells.values()].map((cell) => cell.sheet));
  if (!sheet) return undefined;

  const labelled = readMau2ByLabels(sheet);
  const values: Partial<Record<IndicatorId, RawValue>> = { ...labelled?.data.values };
  const notes: Partial<Record<IndicatorId, string>> = { ...labelled?.data.notes };
  let tableTop = labelled?.tableTop ?? Number.POSITIVE_INFINITY;
  for (const [id, at] of cells) {
    if (at.sheet !== sheet) continue;
    values[id] = rawAt(sheet, at.row, at.col);
    const note = textAt(sheet, at.row, at.col + 1);
    if (note) notes[id] = note;
    else delete notes[id];
    tableTop = Math.min(tableTop, at.row);
  }
  const texts: { -readonly [K in TextKey]?: string } = { ...labelled?.data.texts };
  for (const key of Object.keys(MAU2_TEXT_NAMES) as TextKey[]) {
    const named = findNamedArea(workbook, MAU2_TEXT_NAMES[key]);
    if (!named || named.sheet !== sheet) continue;
    const text = textAt(sheet, named.area.top, named.area.left);
    if (text) texts[key] = text;
    else delete texts[key];
  }
  return { data: { sheet: sheet.name, values, notes, texts }, tableTop, by: "names" };
}

/**
 * Mẫu 2 read by labels on any sheet: the sheet with the most indicator rows wins.
 * `preferred` (a sheet named by template metadata) is tried first.
 */
export function findMau2ByLabels(
  workbook: WorkbookData,
  preferred?: string
): FoundMau2 | undefined {
  let best: FoundMau2 | undefined;
  const sheets = workbook.sheets.filter((sheet) => sheet.name !== METADATA_SHEET);
  for (const sheet of sheets) {
    const found = readMau2ByLabels(sheet);
    if (!found) continue;
    const size = Object.keys(found.data.values).length;
    const bestSize = best ? Object.keys(best.data.values).length : -1;
    if (size > bestSize || (size === bestSize && sheet.name === preferred)) best = found;
  }
  return best;
}

/** Mẫu 2 read by labels from one sheet; undefined when the sheet does not hold one. */
export function readMau2ByLabels(sheet: SheetData): FoundMau2 | undefined {
  const rows = rowNumbers(sheet);
  const header = findTableHeader(sheet, rows);
  const labelRows = matchIndicatorRows(sheet, rows, header?.row);
  if (labelRows.length === 0) return undefined;
  if (!header && labelRows.length < MIN_INDICATORS_WITHOUT_HEADER) return undefined;

  const valueCol = header?.resultCol ?? guessValueColumn(sheet, labelRows);
  const values: Partial<Record<IndicatorId, RawValue>> = {};
  const notes: Partial<Record<IndicatorId, string>> = {};
  for (const { row, label, id } of labelRows) {
    const labelRight = mergeAt(sheet, row, label.col).right;
    const col = valueCol > labelRight ? valueCol : labelRight + 1;
    values[id] = rawAt(sheet, row, col);
    const noteCol = header?.noteCol;
    const note = noteCol !== undefined && noteCol > col ? textAt(sheet, row, noteCol) : "";
    if (note) notes[id] = note;
  }
  const tableTop = Math.min(header?.row ?? Number.POSITIVE_INFINITY, labelRows[0]?.row ?? 0);
  const tableRows = new Set(labelRows.map((labelRow) => labelRow.row));
  return {
    data: { sheet: sheet.name, values, notes, texts: readTexts(sheet, rows, tableRows) },
    tableTop,
    by: "labels",
  };
}

interface TableHeader {
  readonly row: number;
  readonly resultCol: number;
  readonly noteCol?: number;
}

/** The row holding "Kết quả, số lượng" (and usually "Nội dung hoạt động", "Ghi chú"). */
function findTableHeader(sheet: SheetData, rows: readonly number[]): TableHeader | undefined {
  for (const row of rows) {
    const cells = stringCells(sheet, row).map((cell) => ({
      cell,
      key: labelKey(cell),
    }));
    const result = cells.find(({ key }) => key === "ket qua" || startsWithAny(key, RESULT_HEADER));
    if (!result) continue;
    const note = cells.find(
      ({ cell, key }) => cell.col > result.cell.col && startsWithAny(key, NOTE_HEADER)
    );
    return {
      row,
      resultCol: result.cell.col,
      ...(note ? { noteCol: note.cell.col } : {}),
    };
  }
  return undefined;
}

/**
 * Which rows are which indicators. Counts are matched by label (equal keys first, then the
 * best score over the threshold); each participants row then belongs to the last count row
 * above it that has a participants pair. With a header row, only rows between it and the
 * next section or the signature count, so that free text cannot pass for an indicator.
 */
function matchIndicatorRows(
  sheet: SheetData,
  rows: readonly number[],
  headerRow: number | undefined
): LabelRow[] {
  const candidates: { row: number; label: Cell; id: IndicatorId; score: number }[] = [];
  const participantRows = new Map<number, Cell>();
  for (const row of rows) {
    if (headerRow !== undefined && row <= headerRow) continue;
    if (headerRow !== undefined && rowStartsWithAny(sheet, row, TABLE_END_KEYS)) break;
    for (const cell of stringCells(sheet, row)) {
      const key = labelKey(cell);
      if (key === "") continue;
      const label = classifyLabel(key);
      if (label === "participants") {
        participantRows.set(row, cell);
        break;
      }
      const scored = label;
      if (scored.length === 0) continue;
      for (const { id, score } of scored) candidates.push({ row, label: cell, id, score });
      break;
    }
  }

  candidates.sort((a, b) => b.score - a.score || a.row - b.row);
  const taken = new Map<number, LabelRow>();
  const used = new Set<IndicatorId>();
  for (const candidate of candidates) {
    if (taken.has(candidate.row) || used.has(candidate.id)) continue;
    taken.set(candidate.row, { row: candidate.row, label: candidate.label, id: candidate.id });
    used.add(candidate.id);
  }

  let lastPaired: IndicatorId | undefined;
  for (const row of rows) {
    const count = taken.get(row);
    if (count) {
      if (PARTICIPANTS_OF.has(count.id)) lastPaired = count.id;
      continue;
    }
    const label = participantRows.get(row);
    const id = lastPaired && PARTICIPANTS_OF.get(lastPaired);
    if (!label || !id || used.has(id)) continue;
    taken.set(row, { row, label, id });
    used.add(id);
  }
  return [...taken.values()].sort((a, b) => a.row - b.row);
}

type LabelClass = "participants" | readonly { readonly id: IndicatorId; readonly score: number }[];

/**
 * Labels already classified. Every return repeats the same labels and a merge reads
 * thousands of returns, so each label is scored against the indicators once (bounded as
 * every memo of texts is, see `rememberKey`).
 */
const labelClasses = new Map<string, LabelClass>();

/** A participants row, or the count indicators a label scores over the threshold for. */
function classifyLabel(key: string): LabelClass {
  const cached = labelClasses.get(key);
  if (cached !== undefined) return cached;
  const words = key.split(" ");
  const result: LabelClass = isParticipantsLabel(key)
    ? "participants"
    : COUNT_KEYS.flatMap(({ id, key: target, words: targetWords, wordCount }) => {
        if (key === target) return [{ id, score: 1 }];
        // The common subsequence has at most as many words as the label shares with the
        // target: when even that falls short, the scoring is skipped (most cells of a sheet).
        let shared = 0;
        for (const word of words) if (targetWords.has(word)) shared++;
        const best = (2 * Math.min(shared, wordCount)) / (words.length + wordCount);
        if (best < LABEL_MATCH_THRESHOLD) return [];
        const score = matchScore(key, target);
        return score >= LABEL_MATCH_THRESHOLD ? [{ id, score }] : [];
      });
  rememberKey(labelClasses, key, result);
  return result;
}

function isParticipantsLabel(key: string): boolean {
  return (
    ` ${key} `.includes(" tham gia ") &&
    PARTICIPANT_KEYS.some(
      (target) => key === target || matchScore(key, target) >= LABEL_MATCH_THRESHOLD
    )
  );
}

/**
 * Without a header, the value column is where most indicator rows have their first filled
 * cell right of the label; when every value is blank, the column right of each label.
 */
function guessValueColumn(sheet: SheetData, labelRows: readonly LabelRow[]): number {
  const votes = new Map<number, number>();
  for (const { row, label } of labelRows) {
    const right = mergeAt(sheet, row, label.col).right;
    const filled = [...(sheet.rows.get(row)?.values() ?? [])]
      .filter((cell) => cell.col > right && cellText(cell) !== "")
      .sort((a, b) => a.col - b.col)[0];
    const col = filled ? filled.col : right + 1;
    votes.set(col, (votes.get(col) ?? 0) + (filled ? 2 : 1));
  }
  return [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The free text under each heading, up to the next heading, the table or the signature. */
function readTexts(
  sheet: SheetData,
  rows: readonly number[],
  tableRows: ReadonlySet<number>
): Mau2Data["texts"] {
  const texts: { -readonly [K in TextKey]?: string } = {};
  for (const key of Object.keys(HEADING_KEYS) as TextKey[]) {
    const at = findHeading(sheet, rows, HEADING_KEYS[key]);
    if (!at) continue;
    const lines: string[] = [];
    const rest = headingRemainder(cellText(at.cell));
    const sameRow = rowTexts(sheet, at.row, at.cell.col + 1);
    if (rest || sameRow) lines.push([rest, sameRow].filter(Boolean).join(" "));
    for (const row of rows) {
      if (row <= at.row) continue;
      if (row > at.row + MAX_TEXT_ROWS || tableRows.has(row) || isStopRow(sheet, row)) break;
      const line = rowTexts(sheet, row, 1);
      if (line) lines.push(line);
    }
    if (lines.length > 0) texts[key] = lines.join("\n");
  }
  return texts;
}

function findHeading(
  sheet: SheetData,
  rows: readonly number[],
  keys: readonly string[]
): { row: number; cell: Cell } | undefined {
  for (const row of rows) {
    const cell = stringCells(sheet, row).find((c) => startsWithAny(labelKey(c), keys));
    if (cell) return { row, cell };
  }
  return undefined;
}

/** What a unit typed after the heading's colon in the heading's own cell. */
function headingRemainder(text: string): string {
  const colon = text.indexOf(":");
  return colon >= 0 ? text.slice(colon + 1).trim() : "";
}

function rowTexts(sheet: SheetData, row: number, fromCol: number): string {
  return [...(sheet.rows.get(row)?.values() ?? [])]
    .filter((cell) => cell.col >= fromCol)
    .sort((a, b) => a.col - b.col)
    .map(cellText)
    .filter((text) => text !== "")
    .join(" ");
}

function isStopRow(sheet: SheetData, row: number): boolean {
  return stringCells(sheet, row).some((cell) => {
    const key = labelKey(cell);
    return startsWithAny(key, STOP_KEYS) || COUNT_KEYS.some(({ key: target }) => target === key);
  });
}

function mostCommonSheet(sheets: readonly SheetData[]): SheetData | undefined {
  const counts = new Map<SheetData, number>();
  for (const sheet of sheets) counts.set(sheet, (counts.get(sheet) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
