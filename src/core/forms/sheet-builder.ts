import type { LayoutCell, StyleRole, InputSpec } from "./layout";
import { estimateRowHeight, STYLES } from "./layout";

/** Collects cells row by row while a form's layout is described. */
export class SheetBuilder {
  readonly cells: LayoutCell[] = [];
  readonly rowHeights: Record<number, number> = {};
  row = 1;

  constructor(private readonly columnWidths: readonly number[]) {}

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
      const width = this.columnWidths
        .slice(col - 1, col - 1 + (options.colSpan ?? 1))
        .reduce((a, b) => a + b, 0);
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
}
