/**
 * `--units FILE`: the roster a clerk already has, as a text file (one name a line, saved by
 * Notepad as UTF-8 with or without a byte order mark, or as "Unicode", UTF-16), a CSV saved
 * by Excel (";" or ","), or a spreadsheet (.xlsx, .ods) with the names in the column headed
 * "Tên đơn vị" (else the first column). The rows go through core's `rosterFromRows`.
 */
import {
  isPlaceholderName,
  rosterFromRows,
  rosterFromText,
  stripMarks,
  type RosterNotice,
  type Unit,
} from "../core";
import type { UnitsNotice } from "../messages/catalogue";
import { getCell, readWorkbook, type ReadRejectionCode, type SheetData } from "../xlsx/read";

/**
 * What reading the list noticed, by line (or sheet row), for the clerk: core's notices, and
 * `placeholder_dropped` for a line holding only dots or a header word ("……", "Đơn vị").
 */
export type { UnitsNotice };

export type UnitsFileResult =
  | {
      readonly ok: true;
      readonly units: readonly Unit[];
      readonly notices: readonly UnitsNotice[];
      /** The sheet the names came from, for a spreadsheet. */
      readonly sheet?: string;
    }
  /** A spreadsheet (by its bytes) the reader refused. */
  | { readonly ok: false; readonly reason: "workbook"; readonly code: ReadRejectionCode }
  /** Neither a spreadsheet nor text (a PDF, an image, a Word file saved as .doc…). */
  | { readonly ok: false; readonly reason: "not_text" }
  /** A spreadsheet whose every sheet is hidden or empty. */
  | { readonly ok: false; readonly reason: "no_sheet" };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

/** True when the bytes are a zip or an OLE container: a spreadsheet, not text. */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, OLE);
}

/**
 * Text from a file as Windows saves it: UTF-8 (with or without its byte order mark),
 * UTF-16 LE or BE with a byte order mark (Notepad's "Unicode"), else Windows-1258 (the
 * Vietnamese "ANSI" of Notepad and of Excel's plain CSV). Undefined when it is no text.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes);
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1258").decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, "");
  // A NUL or other control characters mean a binary file (or UTF-16 without its mark).
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return undefined;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > text.length / 100 ? undefined : text;
}

const bare = (text: string): string =>
  stripMarks(text.normalize("NFC").toLocaleLowerCase("vi"))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const NAME_HEADER = /^(ten don vi|ten|don vi|ten truong)$/;

/**
 * Rows ready for `rosterFromRows`, same length and order (so its line numbers stay the
 * file's): lines above the header row (a title such as "DANH SÁCH ĐƠN VỊ") blanked, and
 * lines whose only text is a placeholder ("……", "3. ………") blanked with a notice.
 */
function prepareRows(rows: readonly (readonly string[])[]): {
  rows: string[][];
  notices: UnitsNotice[];
} {
  // Anything above the header is a title or, in last year's campaign workbook, its fields.
  const header = rows.findIndex((cells) => cells.some((cell) => NAME_HEADER.test(bare(cell))));
  const notices: UnitsNotice[] = [];
  const prepared = rows.map((cells, i) => {
    if (i < header) return [];
    if (i === header) return [...cells];
    const texts = cells
      .map((cell) => cell.trim())
      .filter((cell) => cell !== "" && !/^\d+[.)]?$/.test(cell));
    const names = texts.map((cell) => cell.replace(/^\d+[.)]\s+/, ""));
    if (names.length > 0 && names.every((name) => isPlaceholderName(name))) {
      notices.push({ code: "placeholder_dropped", line: i + 1, name: names.join(" ") });
      return [];
    }
    return [...cells];
  });
  return { rows: prepared, notices };
}

/** The rows of a sheet as texts, one array per row from row 1 (hidden rows left empty). */
function sheetRows(sheet: SheetData): string[][] {
  const rows: string[][] = [];
  for (let row = 1; row <= sheet.maxRow; row++) {
    const cells: string[] = [];
    if (!sheet.hiddenRows?.has(row)) {
      for (let col = 1; col <= Math.min(sheet.maxCol, 30); col++) {
        if (sheet.hiddenCols?.has(col)) {
          cells.push("");
          continue;
        }
        const cell = getCell(sheet, row, col);
        cells.push(cell && cell.kind !== "error" && cell.value !== null ? String(cell.value) : "");
      }
    }
    rows.push(cells);
  }
  return rows;
}

function finish(
  list: { units: readonly Unit[]; notices: readonly RosterNotice[] },
  own: readonly UnitsNotice[],
  sheet?: string
): UnitsFileResult {
  const notices = [...own, ...list.notices].sort((a, b) => a.line - b.line);
  return { ok: true, units: list.units, notices, ...(sheet ? { sheet } : {}) };
}

/** The units of a roster file's bytes. */
export function unitsFromFile(bytes: Uint8Array): UnitsFileResult {
  if (looksLikeWorkbook(bytes)) {
    const read = readWorkbook(bytes);
    if (!read.ok) return { ok: false, reason: "workbook", code: read.rejection.code };
    const sheet = read.workbook.sheets.find((s) => s.state === "visible" && s.maxRow > 0);
    if (!sheet) return { ok: false, reason: "no_sheet" };
    const { rows, notices } = prepareRows(sheetRows(sheet));
    return finish(rosterFromRows(rows), notices, sheet.name);
  }
  const text = decodeText(bytes);
  if (text === undefined) return { ok: false, reason: "not_text" };
  const lines = text.split(/\r\n|\r|\n/);
  // Lines cut on any separator only to find the header and placeholders; the real split
  // (quotes, one separator for the file) is rosterFromText's.
  const { rows, notices } = prepareRows(lines.map((line) => line.split(/[;,\t]/)));
  const kept = lines.map((line, i) => ((rows[i]?.length ?? 0) === 0 ? "" : line));
  return finish(rosterFromText(kept.join("\n")), notices);
}
