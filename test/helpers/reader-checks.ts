/**
 * Test-only checks for property tests of the reader: what `readWorkbook`, `returnFromBytes`
 * and `loadReturn` answer is either well-formed data or a rejection with a known code and a
 * message naming the file, and a merge of it holds together. Plain throws rather than
 * `expect`, so a thousand runs stay fast; fast-check reports the failing input and its seed.
 *
 * @example
 * const outcomes = new Outcomes();
 * fc.assert(fc.property(fc.uint8Array(), (bytes) => outcomes.add(checkBytes(bytes))));
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import {
  FINDING_CODES,
  HUONG_THUY_2017,
  INDICATOR_IDS,
  mergeReturns,
  toFinding,
  type Finding,
  type LoadedReturn,
} from "../../src/core";
import { describeFinding, en, vi } from "../../src/messages";
import {
  MAX_COL,
  MAX_ROW,
  MAX_SHEETS,
  readWorkbook,
  type ReadRejectionCode,
  type ReadResult,
  type WorkbookData,
} from "../../src/xlsx/read";
import { writeFormTemplate } from "../../src/xlsx";
import { returnFromBytes } from "../../src/xlsx/returns";
import { writeSummary } from "../../src/xlsx/summary";
import { examplePaths } from "./nothing-lost";
import { odsPackage } from "./raw-containers";
import { zipRegions, type ZipRegions } from "./zip-mutations";

/** Every rejection code of the reader; a code added to the type but not here does not compile. */
export const READ_CODES: Readonly<Record<ReadRejectionCode, true>> = {
  empty_file: true,
  not_a_zip: true,
  truncated: true,
  corrupt_zip: true,
  unsupported_compression: true,
  not_a_workbook: true,
  unsupported_format: true,
  encrypted: true,
  legacy_xls: true,
  too_large: true,
  malformed_xml: true,
  missing_part: true,
  unreadable: true,
};

const KNOWN_FINDINGS = new Set<string>(FINDING_CODES);
const VALUE_TYPE: Readonly<Record<string, string>> = {
  number: "number",
  date: "number",
  string: "string",
  error: "string",
  boolean: "boolean",
  empty: "null",
};
const A1 = /^[A-Z]{1,3}[1-9]\d*$/;
const SHEET_STATES = new Set(["visible", "hidden", "veryHidden"]);

export const campaign = HUONG_THUY_2017;
export const FILE = "don-vi/Báo cáo (sửa).xlsx";

/** Throws `message` (with the value that broke it) unless `condition` holds. */
export function check(condition: boolean, message: string, value?: unknown): asserts condition {
  if (!condition)
    throw new Error(value === undefined ? message : `${message}: ${JSON.stringify(value)}`);
}

/** The message of a finding in both catalogues: present, and naming the file. */
export function checkRendered(finding: Finding): void {
  for (const catalogue of [vi, en]) {
    const text = describeFinding(catalogue, finding);
    check(text.trim() !== "", `empty ${catalogue.locale} message`, finding);
    check(text.includes(finding.at.file), `${catalogue.locale} message without the file`, text);
    check(!/undefined|\[object Object\]|NaN/.test(text), "message with a hole", text);
  }
}

/** Workbook data as the types promise it, whatever file it came from. */
export function checkWellFormed(workbook: WorkbookData): void {
  check(workbook.format === "xlsx" || workbook.format === "ods", "format", workbook.format);
  check(typeof workbook.date1904 === "boolean", "date1904");
  check(workbook.sheets.length <= MAX_SHEETS, "too many sheets");
  if (workbook.modified !== undefined)
    check(Number.isFinite(workbook.modified.getTime()), "invalid modified date");
  for (const sheet of workbook.sheets) {
    check(typeof sheet.name === "string", "sheet name");
    check(SHEET_STATES.has(sheet.state), "sheet state", sheet.state);
    check(
      sheet.merges.every((merge) => typeof merge === "string"),
      "merges"
    );
    for (const [row, line] of sheet.rows) {
      check(Number.isInteger(row) && row >= 1 && row <= Math.min(MAX_ROW, sheet.maxRow), "row", [
        sheet.name,
        row,
        sheet.maxRow,
      ]);
      for (const [col, cell] of line) {
        const where = [sheet.name, row, col];
        check(cell.row === row && cell.col === col, "cell position", [
          ...where,
          cell.row,
          cell.col,
        ]);
        check(Number.isInteger(col) && col >= 1 && col <= Math.min(MAX_COL, sheet.maxCol), "col", [
          ...where,
          sheet.maxCol,
        ]);
        const type = cell.value === null ? "null" : typeof cell.value;
        check(VALUE_TYPE[cell.kind] === type, "value of its kind", [...where, cell.kind, type]);
        check(cell.formula === undefined || typeof cell.formula === "string", "formula");
      }
    }
  }
  for (const name of workbook.definedNames)
    check(
      typeof name.name === "string" && typeof name.ref === "string" && typeof name.raw === "string",
      "defined name",
      name
    );
}

/** The answer of `readWorkbook`: well-formed data, or a known rejection that renders. */
export function checkReadResult(result: ReadResult, file: string): string {
  if (result.ok) {
    checkWellFormed(result.workbook);
    return "ok";
  }
  const { code } = result.rejection;
  check(code in READ_CODES, "unknown rejection code", code);
  // `unreadable` is the reader's own defect caught at the boundary, never a verdict on a file.
  check(code !== "unreadable", "the reader threw inside", result.rejection);
  checkRendered(toFinding(result.rejection, "error", { file }));
  return code;
}

/** What `returnFromBytes` or `loadReturn` answered, and a merge of it, hold together. */
export function checkLoaded(loaded: LoadedReturn, file: string): void {
  if (loaded.kind === "rejected") {
    check(loaded.file === file, "rejected under another name", loaded.file);
    check(loaded.findings.length === 1, "one finding says why", loaded.findings);
    check(loaded.findings[0]?.severity === "error", "a rejection is an error");
    check(loaded.findings[0]?.code !== "unreadable", "the reader threw inside", loaded.findings);
  } else {
    check(loaded.data.file === file, "read under another name", loaded.data.file);
    for (const [id, raw] of Object.entries(loaded.data.mau2?.values ?? {})) {
      check((INDICATOR_IDS as readonly string[]).includes(id), "unknown indicator", id);
      check(A1.test(raw?.cell ?? ""), "value without an A1 cell", raw);
    }
    for (const row of loaded.data.mau1?.rows ?? []) check(row.row >= 1, "schedule row", row);
  }
  const findings = loaded.kind === "rejected" ? loaded.findings : loaded.data.findings;
  for (const finding of findings) {
    check(KNOWN_FINDINGS.has(finding.code), "unknown finding code", finding.code);
    checkRendered(finding);
  }

  const merged = mergeReturns([loaded], campaign);
  check(merged.files.length === 1, "one file in, one file out", merged.files);
  for (const finding of merged.files[0]!.findings) {
    check(KNOWN_FINDINGS.has(finding.code), "unknown finding code", finding.code);
    checkRendered(finding);
  }
  for (const id of INDICATOR_IDS) {
    const total = merged.totals[id];
    check(Number.isSafeInteger(total) && total >= 0, "total", [id, total]);
  }
}

/** Reads `bytes` through both public entry points, checks both answers, returns the outcome. */
export function checkBytes(bytes: Uint8Array, file = FILE): string {
  const outcome = checkReadResult(readWorkbook(bytes), file);
  checkLoaded(returnFromBytes(bytes, { file, fallbackModified: 0 }, campaign), file);
  return outcome;
}

/** Counts the outcomes of a property's runs, to show the inputs reached deep into the reader. */
export class Outcomes {
  readonly counts = new Map<string, number>();

  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }

  get kinds(): string[] {
    return [...this.counts.keys()].sort();
  }
}

/** A good file to damage: its bytes, where its zip parts lie, and its parts unzipped. */
export interface Base {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly regions: ZipRegions;
  /** File entries only (no folder entries); empty for a file that is not a zip. */
  readonly parts: Readonly<Record<string, Uint8Array>>;
}

/**
 * The files damage starts from: every example return of huong-thuy-2017 (one is a text
 * file), generated templates of Mẫu 1, Mẫu 2 and both, a hand-made Mẫu 2 in .ods, and the
 * summary workbook of a merge of them all.
 */
export async function loadBases(): Promise<Base[]> {
  const unit = campaign.units[0];
  const files: [string, Uint8Array][] = examplePaths().map((file) => [
    path.basename(file),
    new Uint8Array(readFileSync(file)),
  ]);
  files.push(
    ["template-mau1.xlsx", await writeFormTemplate(["mau1"], campaign, unit, vi)],
    ["template-mau2.xlsx", await writeFormTemplate(["mau2"], campaign, unit, vi)],
    ["template-both.xlsx", await writeFormTemplate(["mau1", "mau2"], campaign, undefined, vi)],
    ["ods-mau2.ods", odsReturn()]
  );
  // The district's summary: itself a Mẫu 2 return at the level above.
  const merged = mergeReturns(
    files.map(([file, bytes]) => returnFromBytes(bytes, { file }, campaign)),
    campaign
  );
  files.push([
    "tong-hop.xlsx",
    await writeSummary(merged, campaign, {
      catalogue: vi,
      generatedAt: new Date(Date.UTC(2017, 9, 14)),
    }),
  ]);
  return files.map(([name, bytes]) => {
    // A file that is not a zip (the example that is a text file) gets byte damage only; a
    // zip that does not unzip is a broken base and fails here.
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const parts = isZip
      ? Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([part]) => !part.endsWith("/")))
      : {};
    return { name, bytes, regions: zipRegions(bytes), parts };
  });
}

/** A Mẫu 2 laid out by hand in an .ods: labels and counts, the way LibreOffice saves it. */
function odsReturn(): Uint8Array {
  const text = (value: string): string =>
    `<table:table-cell office:value-type="string"><text:p>${value}</text:p></table:table-cell>`;
  const number = (n: number): string =>
    `<table:table-cell office:value-type="float" office:value="${n}"><text:p>${n}</text:p></table:table-cell>`;
  const rows = [
    `<table:table-row>${text("TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI")}</table:table-row>`,
    `<table:table-row>${text("Nội dung hoạt động")}${text("Kết quả, số lượng")}${text("Ghi chú")}</table:table-row>`,
    `<table:table-row>${text("- Số lớp dạy nghề ngắn hạn")}${number(3)}</table:table-row>`,
    `<table:table-row>${text("+ Số lượt người tham gia")}${number(90)}</table:table-row>`,
    `<table:table-row>${text("- Số lượng tờ rơi đã phát hành")}${text("1.200")}</table:table-row>`,
    `<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="4"/></table:table-row>`,
  ];
  return odsPackage(`<table:table table:name="Mẫu 2">${rows.join("")}</table:table>`);
}
