import { parseAddress } from "./address";
import { evaluateUncached, type FormulaSyntax } from "./evaluate";
import type { ReadLimits } from "./limits";
import type { Cell, SheetData, SheetRows, SheetState } from "./types";
import { fail } from "./types";

/**
 * The cell at a 1-based row and column, or at an A1 address (`C14`, `$C$14`); undefined for
 * a blank cell.
 * @example getCell(sheet, 'C14')?.value
 */
export function getCell(sheet: SheetData, row: number, col: number): Cell | undefined;
export function getCell(sheet: SheetData, address: string): Cell | undefined;
export function getCell(
  sheet: SheetData,
  rowOrAddress: number | string,
  col?: number
): Cell | undefined {
  if (typeof rowOrAddress === "string") {
    const at = parseAddress(rowOrAddress);
    return at ? sheet.rows.get(at.row)?.get(at.col) : undefined;
  }
  return col === undefined ? undefined : sheet.rows.get(rowOrAddress)?.get(col);
}

/** Every stored cell of a sheet, row by row, left to right. */
export function listCells(sheet: SheetData): Cell[] {
  const out: Cell[] = [];
  const rowNums = [...sheet.rows.keys()].sort((a, b) => a - b);
  for (const r of rowNums) {
    const row = sheet.rows.get(r)!;
    const cols = [...row.keys()].sort((a, b) => a - b);
    for (const c of cols) out.push(row.get(c)!);
  }
  return out;
}

/**
 * Counts what a workbook costs to hold, across all its sheets: stored cells (`maxCells`),
 * and characters of shared-formula copies (`maxSharedFormulaChars`); checks each cell's text
 * against `maxCellTextChars`.
 */
export class CellBudget {
  count = 0;
  sharedFormulaChars = 0;
  /** Work done by the evaluator of uncached formulas (evaluate.ts), for `maxEvaluationSteps`. */
  evaluationSteps = 0;
  constructor(readonly limits: ReadLimits) {}

  take(n: number): void {
    this.count += n;
    if (this.count > this.limits.maxCells)
      fail("too_large", { limit: "cells", max: this.limits.maxCells });
  }

  /** Before a shared formula of `chars` characters is copied into one more cell. */
  takeSharedFormula(chars: number): void {
    this.sharedFormulaChars += chars;
    if (this.sharedFormulaChars > this.limits.maxSharedFormulaChars)
      fail("too_large", { limit: "shared_formula_chars", max: this.limits.maxSharedFormulaChars });
  }

  /** A cell text of `length` code units (also called while a text is still being built). */
  checkText(length: number): void {
    if (length > this.limits.maxCellTextChars)
      fail("too_large", { limit: "cell_text", max: this.limits.maxCellTextChars });
  }
}

/** Collects the cells of one sheet in the sparse layout of `SheetData`. */
export class SheetBuilder {
  readonly rows: SheetRows = new Map();
  readonly merges: string[] = [];
  maxRow = 0;
  maxCol = 0;
  private lastRow = -1;
  private lastRowMap: Map<number, Cell> | undefined;
  /** Formula cells without a cached value, for the evaluator. */
  private readonly uncached: Cell[] = [];
  /** Hidden rows and columns as ranges `[first, last, first, last, …]`, in the order found. */
  private readonly hiddenRowRanges: number[] = [];
  private readonly hiddenColRanges: number[] = [];

  constructor(
    private readonly budget: CellBudget,
    private readonly syntax: FormulaSyntax = "excel"
  ) {}

  put(cell: Cell): void {
    this.budget.take(1);
    if (typeof cell.value === "string") this.budget.checkText(cell.value.length);
    else if (cell.kind === "empty" && cell.formula !== undefined) this.uncached.push(cell);
    const { row, col } = cell;
    let rowMap = this.lastRowMap;
    if (row !== this.lastRow || rowMap === undefined) {
      rowMap = this.rows.get(row);
      if (rowMap === undefined) {
        rowMap = new Map();
        this.rows.set(row, rowMap);
      }
      this.lastRow = row;
      this.lastRowMap = rowMap;
    }
    rowMap.set(col, cell);
    if (row > this.maxRow) this.maxRow = row;
    if (col > this.maxCol) this.maxCol = col;
  }

  /** Rows `first..last` (1-based, inclusive) are hidden. Costs the same for one row or a million. */
  hideRows(first: number, last: number): void {
    addRange(this.hiddenRowRanges, first, last);
  }

  /** Columns `first..last` (1-based, inclusive) are hidden. */
  hideCols(first: number, last: number): void {
    addRange(this.hiddenColRanges, first, last);
  }

  /** The sheet, with its uncached formulas evaluated where they can be (evaluate.ts). */
  finish(name: string, state: SheetState): SheetData {
    const sheet: SheetData = {
      name,
      state,
      rows: this.rows,
      maxRow: this.maxRow,
      maxCol: this.maxCol,
      merges: this.merges,
    };
    if (this.hiddenRowRanges.length > 0) {
      const rows = this.rows;
      const hidden = linesIn(this.hiddenRowRanges, rows.size, rows.keys(), (r) => rows.has(r));
      if (hidden) sheet.hiddenRows = hidden;
    }
    if (this.hiddenColRanges.length > 0) {
      const used = new Uint8Array(this.maxCol + 1);
      let usedCount = 0;
      for (const rowMap of this.rows.values()) {
        for (const c of rowMap.keys()) {
          if (used[c] === 0) usedCount++;
          used[c] = 1;
        }
      }
      const cols = usedColumns(used, usedCount);
      const hidden = linesIn(this.hiddenColRanges, usedCount, cols, (c) => used[c] === 1);
      if (hidden) sheet.hiddenCols = hidden;
    }
    if (this.uncached.length > 0) evaluateUncached(sheet, this.uncached, this.syntax, this.budget);
    return sheet;
  }
}

/** Appends a range to flat `[first, last, …]` ranges, extending the last one when they touch. */
function addRange(ranges: number[], first: number, last: number): void {
  if (!(first >= 1 && last >= first)) return;
  const n = ranges.length;
  if (n > 0 && first >= ranges[n - 2] && first <= ranges[n - 1] + 1) {
    if (last > ranges[n - 1]) ranges[n - 1] = last;
    return;
  }
  ranges.push(first, last);
}

function* usedColumns(used: Uint8Array, count: number): Generator<number> {
  let seen = 0;
  for (let c = 1; c < used.length && seen < count; c++) {
    if (used[c] === 1) {
      seen++;
      yield c;
    }
  }
}

/**
 * The lines (rows or columns) of `ranges` that hold a stored cell, ascending; undefined when
 * none does. A hidden line without cells hides nothing, and leaving such lines out keeps the
 * set no larger than the sheet's stored lines: an .ods hides a repeated empty tail of a
 * million rows in one element. The work is the smaller of the ranges' length and the
 * number of stored lines.
 */
function linesIn(
  ranges: readonly number[],
  storedCount: number,
  stored: Iterable<number>,
  isStored: (line: number) => boolean
): Set<number> | undefined {
  const sorted: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) sorted.push([ranges[i], ranges[i + 1]]);
  sorted.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  let length = 0;
  for (const range of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && range[0] <= prev[1] + 1) {
      if (range[1] > prev[1]) {
        length += range[1] - prev[1];
        prev[1] = range[1];
      }
    } else {
      merged.push([range[0], range[1]]);
      length += range[1] - range[0] + 1;
    }
  }
  let lines: number[] = [];
  if (length <= storedCount) {
    for (const [first, last] of merged)
      for (let line = first; line <= last; line++) if (isStored(line)) lines.push(line);
  } else {
    for (const line of stored) if (inRanges(merged, line)) lines.push(line);
    lines = lines.sort((a, b) => a - b);
  }
  return lines.length > 0 ? new Set(lines) : undefined;
}

/** Binary search in sorted, disjoint ranges. */
function inRanges(ranges: readonly (readonly [number, number])[], line: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid];
    if (line < first) hi = mid - 1;
    else if (line > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * A defined name's reference split into sheet and range: `'Mẫu 2'!$C$14` gives sheet
 * `Mẫu 2` and ref `$C$14`. Anything else (several areas, a formula, `#REF!`) keeps its text.
 */
export function splitSheetReference(raw: string): { sheet?: string; ref: string } {
  const text = raw.trim().replace(/^=/, "");
  const m =
    /^(?:'((?:[^']|'')+)'|([^'!:()\s,"]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$/.exec(
      text
    );
  if (!m) return { ref: raw };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ref: m[3] };
}
