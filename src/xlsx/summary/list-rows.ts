/**
 * Writes the rows of the summary's list sheets straight into the worksheet XML that exceljs
 * produced for their frames (see `list-sheet.ts`). A ten-thousand-unit summary has several
 * hundred thousand list cells: as XML text they take a fraction of a second and a few tens
 * of megabytes, where exceljs' cell and style objects took seconds and half a gigabyte.
 *
 * Each body cell takes the style id exceljs gave the prototype cell of its column and kind,
 * so the rows look exactly as if exceljs had written them. Text is written as inline
 * strings (`t="inlineStr"`), which no spreadsheet program reads as a formula. Each row gets
 * the height its wrapped text needs (`rowHeight`): no program fits it on opening the file.
 */
import { dateToSerial } from "../../core/values/date";
import { columnLetter } from "../write-template";
import {
  BODY_KINDS,
  LIST_FONT_SIZE,
  bodyKind,
  cellText,
  type BodyKind,
  type ListColumn,
  type ListPlan,
  type ListValue,
} from "./list-sheet";
import { rowHeight, type CellText } from "./row-height";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  // A raw CR would be read back as LF (XML end-of-line handling); the reference keeps it.
  "\r": "&#13;",
};

function escapeText(text: string): string {
  return /[&<>\r]/.test(text) ? text.replace(/[&<>\r]/g, (c) => ESCAPES[c]!) : text;
}

/** The XML of one cell; an empty value still carries its style (the borders of the list). */
function cellXml(ref: string, style: number, value: ListValue): string {
  const head = `<c r="${ref}" s="${style}"`;
  if (value === null) return `${head}/>`;
  if (typeof value === "number") {
    return Number.isFinite(value) ? `${head}><v>${value}</v></c>` : `${head}/>`;
  }
  let text: string;
  if (typeof value === "string") text = value;
  else if ("date" in value) {
    // The summary is in the 1900 date system (exceljs writes no date1904).
    const serial = dateToSerial(value.date, false);
    return serial === undefined ? `${head}/>` : `${head}><v>${serial}</v></c>`;
  } else if ("time" in value) {
    return `${head}><v>${value.time}</v></c>`;
  } else text = value.text;
  const clean = cellText(text);
  if (clean === "") return `${head}/>`;
  return `${head} t="inlineStr"><is><t xml:space="preserve">${escapeText(clean)}</t></is></c>`;
}

/** The height in points a row of `values` needs for its texts in `columns`. */
export function listRowHeight(
  values: readonly ListValue[],
  columns: readonly ListColumn[]
): number {
  const cells: CellText[] = [];
  columns.forEach((column, c) => {
    const value = values[c] ?? null;
    if (typeof value === "string") {
      cells.push({ text: value, width: column.width, wrap: column.wrap ?? false });
    } else if (value !== null && typeof value === "object" && "text" in value) {
      // Highlighted words are bold.
      cells.push({ text: value.text, width: column.width, wrap: column.wrap ?? false, bold: true });
    }
  });
  return rowHeight(cells, LIST_FONT_SIZE);
}

/** `<colBreaks>`: a manual page break before each of `columns` (1-based). */
function columnBreaksXml(columns: readonly number[]): string {
  // A break's id is the 0-based index of the column that begins the new page.
  const breaks = columns.map((column) => `<brk id="${column - 1}" max="1048575" man="1"/>`);
  return `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${breaks.join("")}</colBreaks>`;
}

/** The style id of each kind of body cell in each column, read from the prototype rows. */
function prototypeStyles(
  prototypes: string,
  plan: ListPlan,
  letters: readonly string[]
): Record<BodyKind, number[]> {
  const styles = Object.fromEntries(
    BODY_KINDS.map((kind) => [kind, plan.columns.map(() => 0)])
  ) as Record<BodyKind, number[]>;
  const found = new Set<string>();
  for (const m of prototypes.matchAll(/<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?/g)) {
    const kind = BODY_KINDS[Number(m[2]) - plan.headerRow - 1];
    const col = letters.indexOf(m[1]!);
    if (kind === undefined || col < 0) continue;
    styles[kind][col] = Number(m[3] ?? 0);
    found.add(`${kind}:${col}`);
  }
  if (found.size !== BODY_KINDS.length * plan.columns.length) {
    throw new Error(`Prototype rows of sheet "${plan.sheet.name}" are incomplete`);
  }
  return styles;
}

/** Replaces the one match of `pattern` (not global), which must be there. */
function replaceOnce(xml: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(xml)) throw new Error(`No ${what} in the list sheet XML`);
  return xml.replace(pattern, replacement);
}

/** Text is encoded in pieces of about this many characters, so no huge string is built. */
const PIECE = 1 << 18;

/** Strings appended piece by piece, encoded as UTF-8 as they go, joined once at the end. */
class Utf8Builder {
  private readonly pieces: Uint8Array[] = [];
  private text = "";
  private size = 0;

  add(text: string): void {
    this.text += text;
    if (this.text.length >= PIECE) this.flush();
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const piece of this.pieces) {
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }

  private flush(): void {
    if (this.text === "") return;
    const piece = encoder.encode(this.text);
    this.pieces.push(piece);
    this.size += piece.length;
    this.text = "";
  }
}

/** A list sheet's XML with its prototype rows replaced by the plan's rows, as UTF-8. */
export function listSheetBytes(xml: string, plan: ListPlan): Uint8Array {
  const first = plan.headerRow + 1;
  const start = xml.indexOf(`<row r="${first}"`);
  const end = xml.indexOf("</sheetData>");
  if (start < 0 || end < start) throw new Error(`No prototype rows in sheet "${plan.sheet.name}"`);
  const letters = plan.columns.map((_, i) => columnLetter(i + 1));
  const styles = prototypeStyles(xml.slice(start, end), plan, letters);
  const lastRow = plan.headerRow + plan.rows.length;
  const lastCol = letters[letters.length - 1];

  const out = new Utf8Builder();
  out.add(
    replaceOnce(
      xml.slice(0, start),
      /<dimension ref="[^"]*"\/>/,
      `<dimension ref="A1:${lastCol}${lastRow}"/>`,
      "dimension"
    )
  );
  plan.rows.forEach((values, r) => {
    const row = first + r;
    const height = listRowHeight(values, plan.columns);
    let cells = `<row r="${row}" ht="${height}" customHeight="1">`;
    for (let c = 0; c < letters.length; c++) {
      const value = values[c] ?? null;
      cells += cellXml(`${letters[c]}${row}`, styles[bodyKind(value)][c]!, value);
    }
    out.add(`${cells}</row>`);
  });
  let tail = xml.slice(end);
  if (plan.columnBreaks.length > 0) {
    // Page breaks follow the header and footer in the worksheet's order of elements.
    tail = replaceOnce(
      tail,
      /<\/headerFooter>/,
      `</headerFooter>${columnBreaksXml(plan.columnBreaks)}`,
      "headerFooter"
    );
  }
  if (plan.table === undefined) {
    tail = replaceOnce(
      tail,
      /<autoFilter ref="[^"]*"\/>/,
      `<autoFilter ref="A${plan.headerRow}:${lastCol}${lastRow}"/>`,
      "autoFilter"
    );
  }
  out.add(tail);
  return out.bytes();
}

/** A table part's XML with its range (and its filter's) set to the plan's rows. */
export function tableXml(xml: string, plan: ListPlan): string {
  const lastCol = columnLetter(plan.columns.length);
  const ref = `A${plan.headerRow}:${lastCol}${plan.headerRow + plan.rows.length}`;
  return replaceOnce(xml, /(<table\b[^>]*?\sref=")[^"]*"/, `$1${ref}"`, "table").replace(
    /<autoFilter ref="[^"]*"/,
    `<autoFilter ref="${ref}"`
  );
}

/**
 * The parts of the workbook exceljs wrote that take the plans' rows: the worksheet
 * `xl/worksheets/sheet<id>.xml` (exceljs' naming) and the plan's table, if any. Each is
 * a function, so that only one list sheet's XML exists at a time while the zip is written.
 */
export function listRowParts(
  parts: Readonly<Record<string, Uint8Array>>,
  plans: readonly ListPlan[]
): Map<string, () => Uint8Array> {
  const rewrites = new Map<string, () => Uint8Array>();
  const tables = Object.keys(parts).filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name));
  for (const plan of plans) {
    const name = `xl/worksheets/sheet${plan.sheet.id}.xml`;
    const part = parts[name];
    if (!part) throw new Error(`No part ${name} for sheet "${plan.sheet.name}"`);
    rewrites.set(name, () => listSheetBytes(decoder.decode(part), plan));
    if (plan.table === undefined) continue;
    const tableName = tables.find((table) =>
      decoder.decode(parts[table]).includes(` name="${plan.table}"`)
    );
    if (!tableName) throw new Error(`No table part for table ${plan.table}`);
    const table = parts[tableName]!;
    rewrites.set(tableName, () => encoder.encode(tableXml(decoder.decode(table), plan)));
  }
  return rewrites;
}
