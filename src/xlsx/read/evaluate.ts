/**
 * Computes formulas that a file holds without a cached result (written by a program, or saved
 * with manual calculation), so that a unit's `=3+2` or `=SUM(C3:C5)` counts instead of being
 * reported as not computed. Only what can be computed exactly as Excel would:
 *
 * - numbers, `+ - * / ^`, unary minus and plus, `%`, parentheses;
 * - references to cells of the same sheet (`A1`, `$A$1`; in .ods `[.A1]`), where a blank
 *   cell counts 0 and a cell holding text, a boolean or an error makes the formula
 *   uncomputable (Excel would coerce `"3"` or TRUE; the reader does not guess);
 * - `SUM(...)` of numbers, cells and ranges (`A1:B3`; in .ods `[.A1:.B3]`, arguments separated
 *   by `;`), where text and booleans in referenced cells are skipped as Excel skips them.
 *
 * A referenced cell that is itself an uncached formula is computed first. Anything else (another
 * sheet, a defined name, any other function, text, comparisons, a division by zero, a cycle)
 * leaves the cell as it was: kind `empty`, no value, its formula kept. Cells that have a cached
 * value are never recomputed: the cached value always wins.
 *
 * The work is bounded by `maxEvaluationSteps` for the workbook and `maxEvaluationDepth` for
 * nesting (limits.ts); past either, the evaluation stops and the formulas not yet computed keep
 * no value.
 */
import { parseAddress } from "./address";
import type { CellBudget } from "./sheet";
import type { Cell, SheetData, SheetRows } from "./types";

/** How formulas are written: Excel's A1 syntax (.xlsx) or OpenFormula (.ods). */
export type FormulaSyntax = "excel" | "openformula";

/** A rectangle of cells, 1-based, both corners included. */
interface Area {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** A number, or a reference kept as such until it is known whether SUM or arithmetic reads it. */
type Operand = number | Area;

/**
 * Computes `cells` (formula cells of `sheet` without a cached value) where they can be: on
 * success the cell gets `value`, `kind: "number"` and `evaluated: true`.
 */
export function evaluateUncached(
  sheet: SheetData,
  cells: readonly Cell[],
  syntax: FormulaSyntax,
  budget: CellBudget
): void {
  const evaluator = new Evaluator(sheet, syntax, budget);
  for (const cell of cells) {
    if (evaluator.stopped) break;
    if (cell.kind === "empty") evaluator.evaluateCell(cell);
  }
}

class Evaluator {
  stopped = false;
  depth = 0;
  readonly rows: SheetRows;
  private readonly failed = new Set<Cell>();
  private readonly active = new Set<Cell>();

  constructor(
    readonly sheet: SheetData,
    readonly syntax: FormulaSyntax,
    private readonly budget: CellBudget
  ) {
    this.rows = sheet.rows;
  }

  /** Counts `n` steps; false (and the evaluation stops) when the budget is spent. */
  take(n: number): boolean {
    if (this.stopped) return false;
    this.budget.evaluationSteps += n;
    if (this.budget.evaluationSteps > this.budget.limits.maxEvaluationSteps) this.stopped = true;
    return !this.stopped;
  }

  /** One level deeper (a referenced formula, a parenthesis, a function); false past the limit. */
  enter(): boolean {
    if (this.depth >= this.budget.limits.maxEvaluationDepth) this.stopped = true;
    if (this.stopped) return false;
    this.depth++;
    return true;
  }

  leave(): void {
    this.depth--;
  }

  /** The number an uncached formula cell computes to (and sets on the cell), or NaN. */
  evaluateCell(cell: Cell): number {
    const formula = cell.formula;
    // A cell already on the way down is a cycle: it, and what depends on it, stays uncomputed.
    if (formula === undefined || this.failed.has(cell) || this.active.has(cell)) return NaN;
    if (!this.enter()) return NaN;
    this.active.add(cell);
    const value = new FormulaReader(this, formula).read();
    this.active.delete(cell);
    this.leave();
    if (Number.isNaN(value)) {
      if (!this.stopped) this.failed.add(cell);
      return NaN;
    }
    cell.value = value;
    cell.kind = "number";
    cell.evaluated = true;
    return value;
  }

  /** A referenced cell as a number in arithmetic: blank is 0; text, booleans, errors are NaN. */
  cellNumber(row: number, col: number): number {
    const cell = this.rows.get(row)?.get(col);
    if (cell === undefined) return 0;
    switch (cell.kind) {
      case "number":
      case "date":
        return cell.value as number;
      case "empty":
        return this.evaluateCell(cell);
      default:
        return NaN;
    }
  }

  /** SUM over an area: numbers add, text and booleans are skipped, an error or uncomputable formula is NaN. */
  sumArea(area: Area): number {
    let sum = 0;
    const { r1, r2 } = area;
    if (r2 - r1 + 1 <= this.rows.size) {
      for (let r = r1; r <= r2; r++) {
        if (!this.take(1)) return NaN;
        const rowMap = this.rows.get(r);
        if (rowMap !== undefined) sum += this.sumRow(rowMap, area);
      }
    } else {
      // A range far larger than the sheet (`A1:A1048576`): walk the stored rows instead.
      for (const [r, rowMap] of this.rows) {
        if (!this.take(1)) return NaN;
        if (r >= r1 && r <= r2) sum += this.sumRow(rowMap, area);
      }
    }
    return sum;
  }

  private sumRow(rowMap: Map<number, Cell>, area: Area): number {
    let sum = 0;
    const { c1, c2 } = area;
    if (c2 - c1 + 1 <= rowMap.size) {
      for (let c = c1; c <= c2; c++) {
        if (!this.take(1)) return NaN;
        const cell = rowMap.get(c);
        if (cell !== undefined) sum += this.sumValue(cell);
      }
    } else {
      for (const [c, cell] of rowMap) {
        if (!this.take(1)) return NaN;
        if (c >= c1 && c <= c2) sum += this.sumValue(cell);
      }
    }
    return sum;
  }

  private sumValue(cell: Cell): number {
    switch (cell.kind) {
      case "number":
      case "date":
        return cell.value as number;
      case "empty":
        return this.evaluateCell(cell);
      case "error":
        return NaN;
      default:
        return 0; // text and booleans in a referenced range: SUM skips them
    }
  }
}

const enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Quote = 39,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Semicolon = 59,
  Bang = 33,
  Percent = 37,
  LBracket = 91,
  RBracket = 93,
  Caret = 94,
  UpperE = 69,
  LowerE = 101,
}

/** Characters that end a name or an unquoted reference in Excel syntax. */
const NAME_END = new Set(" \t\r\n+-*/^%&=<>(),;:!\"'{}[]@#~".split("").map((c) => c.charCodeAt(0)));

/**
 * Reads one formula and computes it as it goes (recursive descent, Excel's precedence: unary
 * signs, then `%`, then `^`, then `* /`, then `+ -`). Any text it does not understand makes
 * the result NaN.
 */
class FormulaReader {
  private pos = 0;
  private bad = false;

  constructor(
    private readonly ev: Evaluator,
    private readonly src: string
  ) {}

  read(): number {
    if (!this.ev.take(this.src.length + 1)) return NaN;
    const value = this.additive();
    this.skipSpace();
    if (this.bad || this.pos !== this.src.length) return NaN;
    const n = this.toNumber(value);
    if (!Number.isFinite(n)) return NaN;
    return n === 0 ? 0 : n; // no -0
  }

  private fail(): number {
    this.bad = true;
    return NaN;
  }

  private skipSpace(): void {
    const s = this.src;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === Ch.Space || c === Ch.Tab || c === Ch.Lf || c === Ch.Cr) this.pos++;
      else return;
    }
  }

  /** The next character after spaces, without consuming it (NaN at the end). */
  private peek(): number {
    this.skipSpace();
    return this.src.charCodeAt(this.pos);
  }

  private toNumber(value: Operand): number {
    if (typeof value === "number") return value;
    if (value.r1 !== value.r2 || value.c1 !== value.c2) return this.fail(); // a range in arithmetic
    return this.ev.cellNumber(value.r1, value.c1);
  }

  private additive(): Operand {
    let left = this.multiplicative();
    for (;;) {
      const c = this.peek();
      if (c !== Ch.Plus && c !== Ch.Minus) return left;
      this.pos++;
      const a = this.toNumber(left);
      const b = this.toNumber(this.multiplicative());
      left = finite(c === Ch.Plus ? a + b : a - b);
    }
  }

  private multiplicative(): Operand {
    let left = this.power();
    for (;;) {
      const c = this.peek();
      if (c !== Ch.Star && c !== Ch.Slash) return left;
      this.pos++;
      const a = this.toNumber(left);
      const b = this.toNumber(this.power());
      if (c === Ch.Slash && b === 0)
        left = NaN; // #DIV/0!
      else left = finite(c === Ch.Star ? a * b : a / b);
    }
  }

  private power(): Operand {
    let left = this.unary();
    for (;;) {
      if (this.peek() !== Ch.Caret) return left;
      this.pos++;
      const a = this.toNumber(left);
      const b = this.toNumber(this.unary());
      // Math.pow(NaN, 0) is 1 and 0^0 is #NUM! in Excel: both stay uncomputable.
      left = Number.isNaN(a) || Number.isNaN(b) || (a === 0 && b === 0) ? NaN : finite(a ** b);
    }
  }

  /** Signs are counted in a loop, so `----…1` costs no stack. */
  private unary(): Operand {
    let negative = false;
    let signed = false;
    for (;;) {
      const c = this.peek();
      if (c !== Ch.Minus && c !== Ch.Plus) break;
      this.pos++;
      signed = true;
      if (c === Ch.Minus) negative = !negative;
    }
    const value = this.postfix();
    if (!signed) return value;
    const n = this.toNumber(value);
    return negative ? -n : n;
  }

  private postfix(): Operand {
    let value = this.primary();
    while (this.peek() === Ch.Percent) {
      this.pos++;
      value = this.toNumber(value) / 100;
    }
    return value;
  }

  private primary(): Operand {
    if (this.bad) return NaN;
    const c = this.peek();
    if (c === Ch.LParen) {
      this.pos++;
      if (!this.ev.enter()) return this.fail();
      const value = this.additive();
      this.ev.leave();
      if (this.peek() !== Ch.RParen) return this.fail();
      this.pos++;
      return value;
    }
    if ((c >= Ch.Zero && c <= Ch.Nine) || c === Ch.Dot) return this.numberLiteral();
    if (this.ev.syntax === "openformula") {
      if (c === Ch.LBracket) return this.odsReference();
      return this.functionCall(this.name());
    }
    return this.excelNameOrReference();
  }

  private numberLiteral(): number {
    const s = this.src;
    const start = this.pos;
    let i = start;
    while (isDigit(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) === Ch.Dot) {
      i++;
      while (isDigit(s.charCodeAt(i))) i++;
    }
    const e = s.charCodeAt(i);
    if (e === Ch.UpperE || e === Ch.LowerE) {
      let j = i + 1;
      const sign = s.charCodeAt(j);
      if (sign === Ch.Plus || sign === Ch.Minus) j++;
      if (isDigit(s.charCodeAt(j))) {
        while (isDigit(s.charCodeAt(j))) j++;
        i = j;
      }
    }
    this.pos = i;
    const n = Number(s.slice(start, i));
    return Number.isFinite(n) ? n : this.fail();
  }

  /** A run of name characters (function names, unquoted sheet names, A1 references). */
  private name(): string {
    const s = this.src;
    const start = this.pos;
    let i = start;
    while (i < s.length && !NAME_END.has(s.charCodeAt(i))) i++;
    this.pos = i;
    return s.slice(start, i);
  }

  /** `SUM(` after its name; any other function cannot be computed. */
  private functionCall(name: string): Operand {
    if (name.toUpperCase() !== "SUM" || this.src.charCodeAt(this.pos) !== Ch.LParen)
      return this.fail();
    this.pos++;
    if (!this.ev.enter()) return this.fail();
    const separator = this.ev.syntax === "openformula" ? Ch.Semicolon : Ch.Comma;
    let sum = 0;
    for (;;) {
      const arg = this.additive();
      if (this.bad) break;
      sum += typeof arg === "number" ? arg : this.ev.sumArea(arg);
      const c = this.peek();
      this.pos++;
      if (c === separator) continue;
      if (c !== Ch.RParen) this.fail();
      break;
    }
    this.ev.leave();
    return this.bad ? NaN : finite(sum);
  }

  /** Excel syntax: `SUM(`, `A1`, `$A$1`, `A1:B3`, optionally after this sheet's name and `!`. */
  private excelNameOrReference(): Operand {
    let text: string;
    if (this.src.charCodeAt(this.pos) === Ch.Quote) {
      const quoted = this.quoted();
      if (quoted === undefined || this.src.charCodeAt(this.pos) !== Ch.Bang) return this.fail();
      text = quoted;
    } else {
      text = this.name();
      if (text === "") return this.fail();
      if (this.src.charCodeAt(this.pos) === Ch.LParen) return this.functionCall(text);
    }
    if (this.src.charCodeAt(this.pos) === Ch.Bang) {
      if (!this.isThisSheet(text)) return this.fail();
      this.pos++;
      text = this.name();
    }
    const first = parseAddress(text);
    if (first === undefined) return this.fail(); // a defined name, TRUE, a whole column…
    if (this.src.charCodeAt(this.pos) !== Ch.Colon) return cellArea(first, first);
    this.pos++;
    const last = parseAddress(this.name());
    return last === undefined ? this.fail() : cellArea(first, last);
  }

  /** OpenFormula: `[.A1]`, `[.$A$1]`, `[.A1:.B3]`, `[$'Mẫu 2'.A1]` when it names this sheet. */
  private odsReference(): Operand {
    const s = this.src;
    this.pos++; // [
    const corners: { row: number; col: number }[] = [];
    for (;;) {
      if (s.charCodeAt(this.pos) === 36 /* $ */) this.pos++;
      let sheet = "";
      if (s.charCodeAt(this.pos) === Ch.Quote) {
        const quoted = this.quoted();
        if (quoted === undefined) return this.fail();
        sheet = quoted;
      } else {
        const dot = s.indexOf(".", this.pos);
        const close = s.indexOf("]", this.pos);
        if (dot < 0 || close < 0 || dot > close) return this.fail();
        sheet = s.slice(this.pos, dot);
        this.pos = dot;
      }
      if (s.charCodeAt(this.pos) !== Ch.Dot) return this.fail();
      this.pos++;
      if (sheet !== "" && !this.isThisSheet(sheet)) return this.fail();
      const start = this.pos;
      while (
        this.pos < s.length &&
        s.charCodeAt(this.pos) !== Ch.Colon &&
        s.charCodeAt(this.pos) !== Ch.RBracket
      )
        this.pos++;
      const at = parseAddress(s.slice(start, this.pos));
      if (at === undefined) return this.fail();
      corners.push(at);
      const c = s.charCodeAt(this.pos++);
      if (c === Ch.RBracket) break;
      if (c !== Ch.Colon || corners.length > 1) return this.fail();
    }
    return cellArea(corners[0]!, corners[corners.length - 1]!);
  }

  /** A quoted sheet name (`'Mẫu 2'`, `''` for a quote inside); undefined when unclosed. */
  private quoted(): string | undefined {
    const s = this.src;
    let out = "";
    let i = this.pos + 1;
    for (;;) {
      const q = s.indexOf("'", i);
      if (q < 0) return undefined;
      out += s.slice(i, q);
      if (s.charCodeAt(q + 1) === Ch.Quote) {
        out += "'";
        i = q + 2;
        continue;
      }
      this.pos = q + 1;
      return out;
    }
  }

  /** Sheet names compare without regard to case, as in Excel and LibreOffice. */
  private isThisSheet(name: string): boolean {
    return name.toLowerCase() === this.ev.sheet.name.toLowerCase();
  }
}

function isDigit(c: number): boolean {
  return c >= Ch.Zero && c <= Ch.Nine;
}

/** NaN for infinities: an overflow is #NUM! in Excel, not a number to go on with. */
function finite(n: number): number {
  return Number.isFinite(n) ? n : NaN;
}

function cellArea(a: { row: number; col: number }, b: { row: number; col: number }): Area {
  return {
    r1: Math.min(a.row, b.row),
    c1: Math.min(a.col, b.col),
    r2: Math.max(a.row, b.row),
    c2: Math.max(a.col, b.col),
  };
}
