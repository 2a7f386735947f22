import type { NonZipKind } from "../../core/returns/finding-params";
import { isCfb, isEncryptedPackage } from "./cfb";
import type { ReadLimits } from "./limits";
import { DEFAULT_READ_LIMITS } from "./limits";
import { ODS_MIMETYPES, readOds } from "./ods";
import type { ReadResult, WorkbookData } from "./types";
import { ReadFailure, fail } from "./types";
import type { ReadOptions } from "./xlsx";
import { readXlsx } from "./xlsx";
import { findEntry, looksLikeZip, openZip, readEntry, type RawInflate } from "./zip";

export interface ReadWorkbookOptions extends ReadOptions {
  /** Lower limits (tests, or a caller with a tighter budget); unset fields keep the defaults. */
  limits?: Partial<ReadLimits>;
  /** The platform's inflate, when faster than the built-in one (the CLI passes Node's zlib). */
  inflate?: RawInflate;
}

/**
 * What a file that is not a zip appears to be, for a more helpful message
 * (`pdf`, `png`, `jpeg`, `gif`, `html`, `xml`, `spreadsheetml_2003`, `archive`, `text`, `binary`).
 */
export function sniffNonZip(b: Uint8Array): NonZipKind {
  const starts = (...sig: number[]): boolean => sig.every((v, i) => b[i] === v);
  if (starts(0x25, 0x50, 0x44, 0x46)) return "pdf";
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "png";
  if (starts(0xff, 0xd8, 0xff)) return "jpeg";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "gif";
  if (starts(0x52, 0x61, 0x72, 0x21) || starts(0x37, 0x7a, 0xbc, 0xaf) || starts(0x1f, 0x8b))
    return "archive";
  const head = new TextDecoder("utf-8").decode(b.subarray(0, 2048));
  const lower = head.toLowerCase();
  if (/^\ufeff?\s*</.test(head)) {
    // Before HTML: an Excel 2003 XML workbook has <Table> elements too.
    if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "spreadsheetml_2003";
    if (lower.includes("<html") || lower.includes("<!doctype html") || lower.includes("<table"))
      return "html";
    return "xml";
  }
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control <= head.length / 50 ? "text" : "binary";
}

function readOrFail(input: Uint8Array, options: ReadWorkbookOptions): WorkbookData {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  if (input.length === 0) fail("empty_file");
  if (input.length > limits.maxFileBytes)
    fail("too_large", { limit: "file_bytes", max: limits.maxFileBytes });
  if (isCfb(input)) fail(isEncryptedPackage(input) ? "encrypted" : "legacy_xls");
  if (!looksLikeZip(input)) fail("not_a_zip", { detected: sniffNonZip(input) });
  const zip = openZip(input, limits, options.inflate);
  if (zip.entries.length === 0) fail("not_a_workbook");
  const mimetype = findEntry(zip, "mimetype");
  if (mimetype && mimetype.size < 200) {
    const type = new TextDecoder("utf-8").decode(readEntry(zip, mimetype)).trim();
    if (ODS_MIMETYPES.includes(type)) return readOds(zip, limits, options);
    if (type.startsWith("application/vnd.oasis.opendocument.")) fail("not_a_workbook");
  }
  return readXlsx(zip, limits, options);
}

/**
 * Reads a returned spreadsheet (.xlsx/.xlsm or .ods) into workbook data. Never throws: a
 * file that cannot be read gives a rejection with a stable code.
 * @example
 * const result = readWorkbook(bytes);
 * if (result.ok) getCell(result.workbook.sheets[0], 'C14')?.value;
 * else result.rejection.code; // 'encrypted', 'not_a_zip', …
 */
export function readWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadWorkbookOptions = {}
): ReadResult {
  try {
    const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    return { ok: true, workbook: readOrFail(input, options) };
  } catch (e) {
    if (e instanceof ReadFailure) return { ok: false, rejection: e.rejection };
    // A defect in this reader or an exhausted engine (e.g. out of memory) on this input:
    // the file is reported unreadable rather than crashing a merge of many files.
    return {
      ok: false,
      rejection: { code: "unreadable", params: { error: e instanceof Error ? e.name : typeof e } },
    };
  }
}
