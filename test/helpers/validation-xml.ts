/**
 * The data validations of a workbook as its XML has them (`<dataValidation sqref="…">`),
 * read without exceljs, whose reader spreads each range into cells and would hide overlaps.
 */
import { strFromU8, unzipSync } from "fflate";

/** Sheet name → the sqref of each `<dataValidation>` of that sheet, in file order. */
export function validationSqrefs(bytes: Uint8Array): Record<string, string[]> {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts["xl/workbook.xml"]!);
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]!);
  const out: Record<string, string[]> = {};
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const xml = strFromU8(parts[`xl/${target.replace(/^\/?xl\//, "")}`]!);
    out[name!] = [...xml.matchAll(/<(?:\w+:)?dataValidation\b[^>]*\bsqref="([^"]*)"/g)].map(
      (m) => m[1]!
    );
  }
  return out;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Every cell ("C17") of an sqref ("C15 C17:C19"). */
export function sqrefCells(sqref: string): string[] {
  const cells: string[] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const [first, last = first] = part.replace(/\$/g, "").split(":") as [string, string?];
    const at = (a1: string): [number, number] => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1);
      if (!m) throw new Error(`not a cell: ${a1}`);
      return [Number(m[2]), columnNumber(m[1]!)];
    };
    const [top, left] = at(first);
    const [bottom, right] = at(last as string);
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++) {
        let name = "";
        for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
          name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
        cells.push(`${name}${row}`);
      }
  }
  return cells;
}

/** The cells that two or more of `sqrefs` cover, each with the sqrefs that do. */
export function doublyValidated(sqrefs: readonly string[]): Record<string, string[]> {
  const by = new Map<string, string[]>();
  for (const sqref of sqrefs)
    for (const cell of sqrefCells(sqref)) by.set(cell, [...(by.get(cell) ?? []), sqref]);
  return Object.fromEntries([...by].filter(([, list]) => list.length > 1));
}
