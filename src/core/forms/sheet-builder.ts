import type { InputRule, LayoutCell, StyleRole, InputSpec, ValidationArea } from "./layout";
import { estimateRowHeight, STYLES } from "./layout";

/** Two data validations of one form that cover a cell in common: a bug in a layout. */
export class OverlappingValidationsError extends Error {
  constructor(readonly pairs: readonly (readonly [ValidationArea, ValidationArea])[]) {
    super(
      `Data validations overlap: ${pairs
        .map(([a, b]) => `${areaText(a)} and ${areaText(b)}`)
        .join("; ")}`
    );
    this.name = "OverlappingValidationsError";
  }
}

/** "R9C2:R28C2": an area in row/column numbers (core knows no A1 letters). */
function areaText(area: ValidationArea): string {
  return `R${area.first.row}C${area.first.col}:R${area.last.row}C${area.last.col}`;
}

const sameRule = (a: InputRule, b: InputRule): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The data validations of a form's input cells, as few rectangles as a simple sweep finds:
 * each column's runs of consecutive rows with one rule, then runs side by side over the same
 * rows joined. Free text gets none. A cell is in exactly one area; a merged input is
 * validated at its top-left cell, where the value lives.
 *
 * @example
 * validationAreas(layoutMau1(campaign).cells) // [{ rule: { kind: 'time' }, first: { row: 9, col: 2 }, last: { row: 28, col: 2 } }, …]
 */
export function validationAreas(cells: readonly LayoutCell[]): ValidationArea[] {
  const validated = cells
    .filter((cell) => cell.input && cell.input.rule.kind !== "text")
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: ValidationArea[] = [];
  for (const cell of validated) {
    const rule = (cell.input as InputSpec).rule;
    const last = runs[runs.length - 1];
    if (
      last &&
      last.last.col === cell.col &&
      last.last.row === cell.row - 1 &&
      sameRule(last.rule, rule)
    )
      runs[runs.length - 1] = { ...last, last: { row: cell.row, col: cell.col } };
    else
      runs.push({
        rule,
        first: { row: cell.row, col: cell.col },
        last: { row: cell.row, col: cell.col },
      });
  }
  const areas: ValidationArea[] = [];
  for (const run of runs) {
    const left = areas.find(
      (area) =>
        area.last.col === run.first.col - 1 &&
        area.first.row === run.first.row &&
        area.last.row === run.last.row &&
        sameRule(area.rule, run.rule)
    );
    if (left) areas[areas.indexOf(left)] = { ...left, last: run.last };
    else areas.push(run);
  }
  return areas;
}

/**
 * Every pair of areas that share a cell; empty when the validations can be written as they
 * are.
 *
 * @example findValidationOverlaps([b9b28, b10b28]) // [[b9b28, b10b28]]
 */
export function findValidationOverlaps(
  areas: readonly ValidationArea[]
): [ValidationArea, ValidationArea][] {
  const pairs: [ValidationArea, ValidationArea][] = [];
  areas.forEach((a, i) => {
    for (const b of areas.slice(i + 1)) {
      const rows = a.first.row <= b.last.row && b.first.row <= a.last.row;
      const cols = a.first.col <= b.last.col && b.first.col <= a.last.col;
      if (rows && cols) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** Throws `OverlappingValidationsError` when two of `areas` share a cell; else returns them. */
export function checkValidations<T extends readonly ValidationArea[]>(areas: T): T {
  const pairs = findValidationOverlaps(areas);
  if (pairs.length > 0) throw new OverlappingValidationsError(pairs);
  return areas;
}

/** Collects cells row by row while a form's layout is described. */
export class SheetBuilder {
  readonly cells: LayoutCell[] = [];
  readonly rowHeights: Record<number, number> = {};
  row = 1;

  constructor(private readonly columnWidths: readonly number[]) {}

  /** The width of `colSpan` columns from `col`, in Excel character units. */
  widthOf(col: number, colSpan = 1): number {
    return this.columnWidths.slice(col - 1, col - 1 + colSpan).reduce((a, b) => a + b, 0);
  }

  /** Places a cell on the current row. */
  put(
    col: number,
    style: StyleRole,
    value?: string | number,
    options: { colSpan?: number; rowSpan?: number; input?: InputSpec } = {}
  ): this {
    const cell: LayoutCell = {
      row: this.row,
      col,
      style,
      ...(value === undefined ? {} : { value }),
      ...(options.colSpan && options.colSpan > 1 ? { colSpan: options.colSpan } : {}),
      ...(options.rowSpan && options.rowSpan > 1 ? { rowSpan: options.rowSpan } : {}),
      ...(options.input ? { input: options.input } : {}),
    };
    this.cells.push(cell);
    // A block spanning rows shares their height, so it sets none of its own.
    if (typeof value === "string" && STYLES[style].wrap && (options.rowSpan ?? 1) === 1) {
      const width = this.widthOf(col, options.colSpan);
      this.fitHeight(this.row, estimateRowHeight(value, width, STYLES[style].size));
    }
    return this;
  }

  /** Makes the current row at least `points` tall. */
  fitHeight(row: number, points: number): this {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
    return this;
  }

  next(count = 1): this {
    this.row += count;
    return this;
  }

  /** The data validations of the cells put so far; throws if two would overlap. */
  validations(): ValidationArea[] {
    return checkValidations(validationAreas(this.cells));
  }
}
