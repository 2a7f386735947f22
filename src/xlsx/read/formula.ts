import { MAX_COL, MAX_ROW, columnLetters } from "./address";

// String literals, quoted sheet names and structured references are copied unchanged; A1
// references (optionally with $) are shifted.
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[(?:[^[\]]|\[[^\]]*\])*\]|(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])/g;

function isNameChar(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 46 ||
    c === 36
  );
}

/**
 * The formula of a cell that uses a shared formula: the master's text with its relative
 * references moved by the distance between the two cells.
 * @example shiftFormula('A1+$B$1', 2, 0) // 'A3+$B$1'
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula.replace(
    TOKEN,
    (
      m: string,
      colAbs?: string,
      letters?: string,
      rowAbs?: string,
      digits?: string,
      ...rest: unknown[]
    ) => {
      if (letters === undefined || digits === undefined) return m;
      const offset = rest[0] as number;
      if (offset > 0 && isNameChar(formula.charCodeAt(offset - 1))) return m;
      let col = 0;
      for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
      let row = Number(digits);
      if (col > MAX_COL || row > MAX_ROW) return m;
      if (!colAbs) col += dCol;
      if (!rowAbs) row += dRow;
      if (col < 1 || row < 1 || col > MAX_COL || row > MAX_ROW) return "#REF!";
      return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
    }
  );
}
