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
import { cellAddress, getCell, type Cell, type SheetData, type WorkbookData } from "../read";
import {
  figureOf,
  hasLineBreak,
  pairLines,
  pairTextLines,
  splitLines,
  splitTypedFigure,
} from "./multi-line";
import { findNamedArea } from "./named-ranges";
import {
  cellText,
  MAX_LABEL_CHARS,
  labelKey,
  labelPrefix,
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
/** The headings just above the table ("II. Kết quả cụ thể:", "1. Các kết quả theo từng …"). */
const RESULTS_HEADING = ["ket qua cu the", "cac ket qua theo tung hoat dong"];
const ACTIVITY_HEADER = ["noi dung hoat dong"];
const NOTE_HEADER = ["ghi chu"];
const SIGNATURE_KEYS = ["noi nhan", "giam doc", "hieu truong", "ky ten", "nguoi lap bieu"];
/** Lines that end a free-text section. */
const STOP_KEYS = [
  ...Object.values(HEADING_KEYS).flat(),
  ...RESULTS_HEADING,
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

/**
 * An indicator found by its label: a label cell, or one line of a multi-line label cell
 * ("2. Các phương tiện thông tin\n- Xây dựng phóng sự\n- …", as the printed form has it).
 */
interface LabelRow {
  readonly row: number;
  readonly label: Cell;
  readonly id: IndicatorId;
  /** The 0-based line of a multi-line label cell, with that cell's lines. */
  readonly line: number | undefined;
  readonly lines: LabelLines | undefined;
  /** What the unit typed after the label's colon ("- Số lần hội thảo, tọa đàm: 5"). */
  readonly typed: string | undefined;
}

/** The lines of a multi-line label cell, shared by the indicators it holds. */
interface LabelLines {
  /** How many lines the cell has (without empty lines at its end). */
  readonly count: number;
  /** The 0-based lines that are indicators, counts or participants, ascending. */
  readonly indicatorLines: readonly number[];
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

/**
 * Mẫu 2 read by labels from one sheet; undefined when the sheet does not hold one.
 *
 * Besides one label and one figure per row, it reads the two other ways units type the
 * report (see `multi-line.ts`): several labels in one cell, one per line, with their
 * figures one per line in the result cell; and "label: figure" typed in the label's own
 * cell. A figure typed after the label is taken only when the row's result cell is blank:
 * a unit that fills the result column means that column, and the text after a colon may be
 * left over from the printed form ("1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ:").
 */
export function readMau2ByLabels(sheet: SheetData): FoundMau2 | undefined {
  const rows = rowNumbers(sheet);
  const header = findTableHeader(sheet, rows);
  const tableStart = header?.row ?? findResultsHeading(sheet, rows);
  const labelRows = matchIndicatorRows(sheet, rows, tableStart);
  if (labelRows.length === 0) return undefined;
  if (!header && labelRows.length < MIN_INDICATORS_WITHOUT_HEADER) return undefined;

  const valueCol = header?.resultCol ?? guessValueColumn(sheet, labelRows);
  const valueColOf = ({ row, label }: LabelRow): number => {
    const labelRight = mergeAt(sheet, row, label.col).right;
    return valueCol > labelRight ? valueCol : labelRight + 1;
  };
  // A report typed down one column has figures after its labels and none right of them: a
  // blank after a label's colon is then that label's cell, not a column the unit never saw.
  const typedInLabels =
    labelRows.some(({ typed }) => typed !== undefined && typed !== "") &&
    !labelRows.some(
      (labelRow) => cellText(getCell(sheet, labelRow.row, valueColOf(labelRow))) !== ""
    );
  const values: Partial<Record<IndicatorId, RawValue>> = {};
  const notes: Partial<Record<IndicatorId, string>> = {};
  for (const group of groupByLabelCell(labelRows)) {
    const first = group[0] as LabelRow;
    const col = valueColOf(first);
    const noteCol = header?.noteCol;
    const raws = first.lines
      ? readLines(sheet, group, first.lines, col)
      : [rawAt(sheet, first.row, col)];
    group.forEach((labelRow, i) => {
      const raw = raws[i] as RawValue;
      values[labelRow.id] = withTypedFigure(raw, labelRow, typedInLabels);
    });
    if (noteCol !== undefined && noteCol > col)
      Object.assign(notes, readNotes(sheet, group, noteCol));
  }
  const tableTop = Math.min(header?.row ?? Number.POSITIVE_INFINITY, labelRows[0]?.row ?? 0);
  const tableRows = new Set(labelRows.map((labelRow) => labelRow.row));
  return {
    data: { sheet: sheet.name, values, notes, texts: readTexts(sheet, rows, tableRows) },
    tableTop,
    by: "labels",
  };
}

/** Indicators found in the same label cell together (one each for single-line cells). */
function groupByLabelCell(labelRows: readonly LabelRow[]): LabelRow[][] {
  const groups = new Map<Cell, LabelRow[]>();
  for (const labelRow of labelRows) {
    const group = groups.get(labelRow.label);
    if (group) group.push(labelRow);
    else groups.set(labelRow.label, [labelRow]);
  }
  return [...groups.values()];
}

/**
 * The figures of the indicators of one multi-line label cell, from the result cell's lines
 * (see `pairLines`); when they do not pair, every indicator of the cell carries the
 * mismatch, which the rules report as an error: the figures are left out, never guessed.
 */
function readLines(
  sheet: SheetData,
  group: readonly LabelRow[],
  lines: LabelLines,
  col: number
): RawValue[] {
  const { row } = group[0] as LabelRow;
  const cell = cellAddress(row, col);
  const raw = rawAt(sheet, row, col);
  // A formula without a result is its own error, whatever the lines.
  if (raw.problem) return group.map(() => raw);
  const pairing = pairLines(lines.count, lines.indicatorLines, raw.value);
  switch (pairing.kind) {
    case "blank":
    case "whole":
      return group.map(() => raw);
    case "mismatch": {
      const { labels, values } = pairing;
      return group.map(() => ({
        value: null,
        cell,
        problem: { code: "lines_mismatch", labels, values },
      }));
    }
    case "lines":
      return group.map(({ line }) => {
        const figure = pairing.figures[lines.indicatorLines.indexOf(line ?? -1)];
        return figure ? { ...figure, cell } : { value: null, cell };
      });
  }
}

/** A blank result cell takes the figure typed after the label's colon, when there is one. */
function withTypedFigure(raw: RawValue, labelRow: LabelRow, typedInLabels: boolean): RawValue {
  const { typed } = labelRow;
  if (typed === undefined || raw.value !== null || raw.problem) return raw;
  if (typed === "" && !typedInLabels) return raw;
  const cell = cellAddress(labelRow.row, labelRow.label.col);
  const line = labelRow.line !== undefined ? { line: labelRow.line + 1 } : {};
  return { value: figureOf(typed), cell, ...line };
}

/**
 * The notes of one label cell's indicators: a multi-line note is paired line by line as
 * the figures are; any other note belongs to the cell's first indicator.
 */
function readNotes(
  sheet: SheetData,
  group: readonly LabelRow[],
  noteCol: number
): Partial<Record<IndicatorId, string>> {
  const first = group[0] as LabelRow;
  const found = getCell(sheet, first.row, noteCol);
  const text = found?.kind === "string" ? String(found.value) : cellText(found);
  if (text.trim() === "") return {};
  const lines = first.lines && hasLineBreak(text) ? splitLines(text) : undefined;
  const paired =
    lines && first.lines && pairTextLines(first.lines.count, first.lines.indicatorLines, lines);
  if (!paired || !first.lines) return { [first.id]: text.trim() };
  const notes: Partial<Record<IndicatorId, string>> = {};
  for (const { id, line } of group) {
    const note = paired[first.lines.indicatorLines.indexOf(line ?? -1)]?.text;
    if (note) notes[id] = note;
  }
  return notes;
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
 * Without a header row, the row of the heading just above the table: the rows above it are
 * section I, whose free text may mention an indicator ("- Số lớp dạy nghề ngắn hạn: 3
 * lớp"). A multi-line cell does not count: it may be the whole report typed in one cell.
 */
function findResultsHeading(sheet: SheetData, rows: readonly number[]): number | undefined {
  return rows.find((row) =>
    stringCells(sheet, row).some(
      (cell) => !hasLineBreak(String(cell.value)) && startsWithAny(labelKey(cell), RESULTS_HEADING)
    )
  );
}

/** A label a cell gives: the whole cell, or one of its lines. */
interface CellLabel {
  readonly label: Exclude<LabelClass, readonly []>;
  /** The 0-based line, for a line of a multi-line cell. */
  readonly line: number | undefined;
  readonly typed: string | undefined;
}

/** The labels of a cell (none: not a label cell), and its lines when it has several. */
interface CellLabels {
  readonly labels: readonly CellLabel[];
  readonly lines?: LabelLines;
}

const NOT_A_LABEL: CellLabels = { labels: [] };

/**
 * Which rows are which indicators. Counts are matched by label (equal keys first, then the
 * best score over the threshold); each participants row then belongs to the last count row
 * above it that has a participants pair. A multi-line label cell gives one label per line
 * that is one, in line order, so a participants line belongs to the count line above it.
 * With a header row (or, without one, the heading above the table), only rows between it and
 * the next section or the signature count, so that free text cannot pass for an indicator.
 */
function matchIndicatorRows(
  sheet: SheetData,
  rows: readonly number[],
  tableStart: number | undefined
): LabelRow[] {
  const slots: Omit<LabelRow, "id">[] = [];
  const candidates: { slot: number; id: IndicatorId; score: number; rank: number }[] = [];
  const participantSlots = new Set<number>();
  for (const row of rows) {
    if (tableStart !== undefined && row <= tableStart) continue;
    if (tableStart !== undefined && rowStartsWithAny(sheet, row, TABLE_END_KEYS)) break;
    for (const cell of stringCells(sheet, row)) {
      const { labels, lines } = readCellLabels(cell);
      if (labels.length === 0) continue;
      for (const { label, line, typed } of labels) {
        const slot = slots.length;
        // Every field present, so that all label rows share one shape (the reader is hot).
        slots.push({ row, label: cell, line, lines, typed });
        if (label === "participants") participantSlots.add(slot);
        // On equal scores a label cell of its own beats a line of a multi-line cell.
        else
          for (const { id, score } of label)
            candidates.push({ slot, id, score, rank: lines ? 1 : 0 });
      }
      break;
    }
  }

  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.slot - b.slot);
  const taken = new Map<number, LabelRow>();
  const used = new Set<IndicatorId>();
  for (const { slot, id } of candidates) {
    if (taken.has(slot) || used.has(id)) continue;
    taken.set(slot, withId(slots[slot] as Omit<LabelRow, "id">, id));
    used.add(id);
  }

  let lastPaired: IndicatorId | undefined;
  slots.forEach((slot, index) => {
    const count = taken.get(index);
    if (count) {
      if (PARTICIPANTS_OF.has(count.id)) lastPaired = count.id;
      return;
    }
    const id = lastPaired && PARTICIPANTS_OF.get(lastPaired);
    if (!participantSlots.has(index) || !id || used.has(id)) return;
    taken.set(index, withId(slot, id));
    used.add(id);
  });
  return [...taken].sort((a, b) => a[0] - b[0]).map(([, labelRow]) => labelRow);
}

function withId(slot: Omit<LabelRow, "id">, id: IndicatorId): LabelRow {
  const { row, label, line, lines, typed } = slot;
  return { row, label, id, line, lines, typed };
}

/** Labels of one-line cells, by text: every return repeats the same labels. */
const singleLabels = new Map<string, CellLabels>();

/** Labels of multi-line cells, by cell: the finders pass over a sheet more than once. */
const multiLineLabels = new WeakMap<Cell, CellLabels>();

/**
 * The labels a string cell gives. A cell without a line break is one label as before (with
 * the figure typed after its colon, if any). A multi-line cell is split into lines, each
 * classified alone, when at least two of its lines are labels of different indicators
 * ("- Số lần hội thảo, tọa đàm\n+ Số người tham gia"); else, when the whole cell is a
 * label, it is one (a long label wrapped by hand over two lines, whose halves both resemble
 * it); else its one label line, after a group heading ("4. Hội thảo …\n- Số lần …").
 */
function readCellLabels(cell: Cell): CellLabels {
  const text = String(cell.value);
  if (!hasLineBreak(text)) {
    const known = singleLabels.get(text);
    if (known) return known;
    const result = singleLabel(text, labelKey(cell));
    rememberKey(singleLabels, text, result);
    return result;
  }
  const cached = multiLineLabels.get(cell);
  if (cached) return cached;
  const result = splitCellLabels(text, cell);
  multiLineLabels.set(cell, result);
  return result;
}

function splitCellLabels(text: string, cell: Cell): CellLabels {
  const lines = splitLines(text);
  if (!lines || lines.length < 2) return singleLabel(lines?.[0] ?? text, labelKey(cell));
  const labels: CellLabel[] = [];
  lines.forEach((line, index) => {
    if (line === "") return;
    const found = classifyText(line, normalizeLabel(labelPrefix(line)));
    if (found) labels.push({ label: found.label, line: index, typed: found.typed });
  });
  const identities = new Set(labels.map(({ label }, index) => identityOf(label, index)));
  if (identities.size < 2) {
    const whole = singleLabel(text, labelKey(cell));
    if (whole.labels.length > 0 || labels.length === 0) return whole;
  }
  return { labels, lines: { count: lines.length, indicatorLines: labels.map((l) => l.line ?? 0) } };
}

/** What a line stands for: its best count, or itself for participants (each is its own). */
function identityOf(label: CellLabel["label"], index: number): string {
  if (label === "participants") return `participants ${index}`;
  return [...label].sort((a, b) => b.score - a.score)[0]?.id ?? "";
}

function singleLabel(text: string, key: string): CellLabels {
  const found = classifyText(text, key);
  return found ? { labels: [found] } : NOT_A_LABEL;
}

/** A longer text is free text, not a label with its figure (the longest label is ~125). */
const MAX_TYPED_CHARS = 2 * MAX_LABEL_CHARS;

/** Words after a colon that may still be a figure ("không", "chưa có"); more are label. */
const MAX_TYPED_WORDS = 2;

/**
 * A label with, when the unit typed one after a colon, its figure: "- Số lần hội thảo, tọa
 * đàm: 5" is `hoi_thao_toa_dam` with "5". The text before the colon must be a label by
 * itself, so the headings "I. Công tác chỉ đạo, xây dựng kế hoạch:" stay what they are; a
 * text after it with no digit and more than two words is the label's own ("…: cập nhật
 * kiến thức, kỹ năng"), and the whole text is scored as before.
 */
function classifyText(text: string, key: string): CellLabel | undefined {
  const split =
    text.length <= MAX_TYPED_CHARS && (text.includes(":") || text.includes("\t"))
      ? splitTypedFigure(text)
      : undefined;
  if (split && isTypedFigure(split.figure)) {
    const label = classifyLabel(normalizeLabel(labelPrefix(split.label)));
    if (label === "participants" || label.length > 0)
      return { label, line: undefined, typed: split.figure };
  }
  if (key === "") return undefined;
  const label = classifyLabel(key);
  return label === "participants" || label.length > 0
    ? { label, line: undefined, typed: undefined }
    : undefined;
}

function isTypedFigure(text: string): boolean {
  return text === "" || /\d/.test(text) || text.split(/\s+/).length <= MAX_TYPED_WORDS;
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
  const seen = new Set<Cell>();
  for (const { row, label } of labelRows) {
    if (seen.has(label)) continue;
    seen.add(label);
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
