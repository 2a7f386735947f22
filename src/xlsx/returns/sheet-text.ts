/**
 * Small read-only helpers over the generic reader's sparse sheets, shared by the form finders.
 */
import { cellAddress, getCell, parseAddress, type Cell, type SheetData } from "../read";
import type { RawValue } from "../../core";
import { normalizeLabel } from "../../core";

/** A rectangular range, 1-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Characters of a cell looked at when it is compared with the forms' labels. The longest
 * label is about 125 characters; a longer cell is free text whose start may still be a
 * heading ("III. Kiến nghị, đề xuất: …"). Folding and scoring cost time in proportion to the
 * text, and keys up to this length are memoised (see `rememberKey`), so a 30,000-character
 * text repeated in a thousand cells costs what one short label does, not a minute.
 */
export const MAX_LABEL_CHARS = 200;

/** A cell's content as trimmed text: strings as typed, numbers and booleans spelled out. */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null || cell.kind === "error") return "";
  return String(cell.value).trim();
}

/**
 * The comparison key of a cell as a label: `normalizeLabel` of its first `MAX_LABEL_CHARS`.
 * Each cell's key is made once: the finders pass over a sheet several times, and a sheet of
 * many distinct texts would otherwise overflow `normalizeLabel`'s shared memo on every pass.
 */
export function labelKey(cell: Cell | undefined): string {
  if (!cell) return "";
  let key = cellKeys.get(cell);
  if (key === undefined) {
    key = normalizeLabel(labelPrefix(cellText(cell)));
    cellKeys.set(cell, key);
  }
  return key;
}

/** Label keys by cell object, for as long as the workbook they belong to is alive. */
const cellKeys = new WeakMap<Cell, string>();

/** At most the first `MAX_LABEL_CHARS` characters of a text. */
export function labelPrefix(text: string): string {
  return text.length > MAX_LABEL_CHARS ? text.slice(0, MAX_LABEL_CHARS) : text;
}

/** The text at a position ("" when blank). */
export function textAt(sheet: SheetData, row: number, col: number): string {
  return cellText(getCell(sheet, row, col));
}

/**
 * The raw value at a position with its A1 address; a blank cell gives null. A formula the
 * file holds no result for (and the reader could not compute) carries that problem.
 */
export function rawAt(sheet: SheetData, row: number, col: number): RawValue {
  const found = getCell(sheet, row, col);
  const cell = cellAddress(row, col);
  if (found?.kind === "empty" && found.formula !== undefined)
    return {
      value: null,
      cell,
      problem: { code: "formula_not_computed", formula: `=${found.formula}` },
    };
  return { value: found?.value ?? null, cell };
}

/** The string cells of one row, left to right. */
export function stringCells(sheet: SheetData, row: number): Cell[] {
  const cells = sheet.rows.get(row);
  if (!cells) return [];
  return [...cells.values()]
    .filter((cell) => cell.kind === "string" && cellText(cell) !== "")
    .sort((a, b) => a.col - b.col);
}

/** The stored row numbers of a sheet, ascending. */
export function rowNumbers(sheet: SheetData): number[] {
  return [...sheet.rows.keys()].sort((a, b) => a - b);
}

/** An A1 range (`A1:C3`, `$A$1:$C$3`, or one cell) as an area; undefined when it is not one. */
export function parseArea(ref: string): Area | undefined {
  const [first, last = first] = ref.split(":");
  const a = first === undefined ? undefined : parseAddress(first);
  const b = parseAddress(last ?? "");
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The merged area that holds a cell, or the cell alone. */
export function mergeAt(sheet: SheetData, row: number, col: number): Area {
  for (const area of mergedAreas(sheet)) {
    if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) return area;
  }
  return { top: row, left: col, bottom: row, right: col };
}

/** A sheet's merged ranges as areas, parsed once per sheet (the finders ask per label row). */
const parsedMerges = new WeakMap<
  SheetData,
  { source: readonly string[]; length: number; areas: Area[] }
>();

function mergedAreas(sheet: SheetData): readonly Area[] {
  const cached = parsedMerges.get(sheet);
  if (cached && cached.source === sheet.merges && cached.length === sheet.merges.length)
    return cached.areas;
  const areas = sheet.merges.flatMap((merge) => parseArea(merge) ?? []);
  parsedMerges.set(sheet, { source: sheet.merges, length: sheet.merges.length, areas });
  return areas;
}

/** Whether a row holds a cell whose normalised text starts with one of `keys`. */
export function rowStartsWithAny(sheet: SheetData, row: number, keys: readonly string[]): boolean {
  return stringCells(sheet, row).some((cell) => startsWithAny(labelKey(cell), keys));
}

/** Whether normalised text equals or starts with (whole words) one of the normalised keys. */
export function startsWithAny(normalized: string, keys: readonly string[]): boolean {
  return keys.some((key) => normalized === key || normalized.startsWith(`${key} `));
}
