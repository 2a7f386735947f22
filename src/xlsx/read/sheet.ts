import { parseAddress } from "./address";
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

  constructor(private readonly budget: CellBudget) {}

  put(cell: Cell): void {
    this.budget.take(1);
    if (typeof cell.value === "string") this.budget.checkText(cell.value.length);
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

  finish(name: string, state: SheetState): SheetData {
    return {
      name,
      state,
      rows: this.rows,
      maxRow: this.maxRow,
      maxCol: this.maxCol,
      merges: this.merges,
    };
  }
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
