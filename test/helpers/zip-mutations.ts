/**
 * Test-only damage for property tests of the reader: where a zip's parts lie (local headers,
 * deflated data, central directory, end record), byte-level mutations aimed at those regions,
 * and text-level mutations of XML parts. Positions are drawn as plain naturals and reduced
 * modulo the region's length when applied, so one arbitrary fits files of any size and
 * fast-check can shrink them.
 *
 * @example
 * fc.assert(fc.property(byteDamageArb, (damage) => {
 *   checkBytes(applyByteDamage(bytes, zipRegions(bytes), damage)); // test/helpers/reader-checks
 * }));
 */
import fc from "fast-check";
import { concat } from "./raw-containers";
import { escapeXml } from "./xlsx-builder";

/** A half-open byte range `[start, end)`. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

export type RegionName = "anywhere" | "local_header" | "data" | "central" | "end";

export type ZipRegions = Readonly<Record<Exclude<RegionName, "anywhere">, readonly ByteRange[]>>;

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/**
 * The regions of a well-formed zip, read from its central directory (written here rather
 * than with the reader under test). Empty lists when the bytes are not a zip.
 */
export function zipRegions(bytes: Uint8Array): ZipRegions {
  const regions = {
    local_header: [] as ByteRange[],
    data: [] as ByteRange[],
    central: [] as ByteRange[],
    end: [] as ByteRange[],
  };
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return regions;
  regions.end.push({ start: eocd, end: bytes.length });
  const entries = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  regions.central.push({ start: offset, end: offset + size });
  let at = offset;
  for (let n = 0; n < entries && u32(bytes, at) === 0x02014b50; n++) {
    const compressed = u32(bytes, at + 20);
    const local = u32(bytes, at + 42);
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    regions.local_header.push({ start: local, end: dataStart });
    regions.data.push({ start: dataStart, end: dataStart + compressed });
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return regions;
}

/** One change to a byte array; `at` and `length` are reduced to fit when applied. */
export type ByteMutation =
  | { readonly kind: "flip"; readonly at: number; readonly bit: number }
  | { readonly kind: "set"; readonly at: number; readonly byte: number }
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "insert"; readonly at: number; readonly bytes: Uint8Array }
  | {
      readonly kind: "duplicate";
      readonly at: number;
      readonly length: number;
      readonly to: number;
    };

export interface ByteDamage {
  readonly region: RegionName;
  readonly mutations: readonly ByteMutation[];
}

const position = fc.nat();

export const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("flip"), at: position, bit: fc.nat(7) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("set"), at: position, byte: fc.nat(255) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate"), at: position }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("delete"),
      at: position,
      length: fc.integer({ min: 1, max: 64 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("insert"),
      at: position,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("duplicate"),
      at: position,
      length: fc.integer({ min: 1, max: 256 }),
      to: position,
    }),
  }
) as fc.Arbitrary<ByteMutation>;

export const byteDamageArb: fc.Arbitrary<ByteDamage> = fc.record({
  region: fc.constantFrom<RegionName>("anywhere", "local_header", "data", "central", "end"),
  mutations: fc.array(byteMutationArb, { minLength: 1, maxLength: 6 }),
});

/** A position inside one of `ranges` (or the whole array), chosen by `seed`. */
function pick(seed: number, length: number, ranges: readonly ByteRange[] | undefined): number {
  const usable = (ranges ?? []).filter((r) => r.end > r.start && r.start < length);
  if (usable.length === 0) return length === 0 ? 0 : seed % length;
  const range = usable[seed % usable.length]!;
  const end = Math.min(range.end, length);
  return range.start + (Math.floor(seed / usable.length) % (end - range.start));
}

/** The bytes with `damage` applied, in order; the input is not changed. */
export function applyByteDamage(
  bytes: Uint8Array,
  regions: ZipRegions,
  damage: ByteDamage
): Uint8Array {
  let out: Uint8Array = bytes.slice();
  const ranges = damage.region === "anywhere" ? undefined : regions[damage.region];
  for (const m of damage.mutations) {
    if (out.length === 0) break;
    const at = pick(m.at, out.length, ranges);
    switch (m.kind) {
      case "flip":
        out[at] = (out[at] ?? 0) ^ (1 << m.bit);
        break;
      case "set":
        out[at] = m.byte;
        break;
      case "truncate":
        out = out.slice(0, at);
        break;
      case "delete":
        out = concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + m.length))]);
        break;
      case "insert":
        out = concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
        break;
      case "duplicate": {
        const slice = out.slice(at, Math.min(out.length, at + m.length));
        const to = m.to % (out.length + 1);
        out = concat([out.subarray(0, to), slice, out.subarray(to)]);
        break;
      }
    }
  }
  return out;
}

/** Snippets that stress an XML scanner and the cell reader when spliced into a part. */
export const XML_SNIPPETS: readonly string[] = [
  "<",
  ">",
  "/>",
  "</",
  '"',
  "'",
  "=",
  "&",
  "&amp;",
  "&lt;",
  "&#0;",
  "&#x110000;",
  "&#xD800;",
  "&bogus;",
  "<!DOCTYPE x [<!ENTITY a 'b'>]>",
  "<!ENTITY e SYSTEM 'file:///etc/passwd'>",
  "<![CDATA[",
  "]]>",
  "<!--",
  "-->",
  "<?xml version='1.0'?>",
  '<c r="A1" t="s"><v>999999</v></c>',
  '<c r="XFE1"><v>1</v></c>',
  '<c r="A1048577"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r="ZZZZ1"><v>1</v></c>',
  '<c t="n"><v>1e400</v></c>',
  '<c t="n"><v>NaN</v></c>',
  '<c t="d"><v>not a date</v></c>',
  '<c t="b"><v>2</v></c>',
  '<c t="e"><v>#DIV/0!</v></c>',
  '<c r="B2" s="99999"><v>1</v></c>',
  '<c r="C3"><f t="shared" si="7"/><v>1</v></c>',
  '<c r="C4"><f t="shared" si="0" ref="C4:C9999999">A1+1</f></c>',
  '<row r="0">',
  '<row r="-5">',
  '<row r="99999999999">',
  "<row>",
  "</row>",
  "<sheetData>",
  "</sheetData>",
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="nonsense"/>',
  '<definedName name="ke_hoach">Sheet1!$Z$0</definedName>',
  '<definedName name="to_roi">#REF!</definedName>',
  "<definedName name=\"lich_hoat_dong\">'Mẫu 1'!$A$1:$F$99999999</definedName>",
  '<sheet name="" sheetId="1" r:id="rId999"/>',
  '<Relationship Id="rId1" Type="x/worksheet" Target="../../../../etc/passwd"/>',
  '<Relationship Id="rId1" Type="x/worksheet" Target="%ZZ"/>',
  "_x0000_",
  "_xD800_",
  "_x005F_x0041_",
  '<si><t xml:space="preserve"> 1.200 </t></si>',
  '<numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy"/>',
  '<xf numFmtId="999999"/>',
  '<workbookPr date1904="1"/>',
  "<dcterms:modified>9999-99-99T99:99:99Z</dcterms:modified>",
  "<dcterms:modified>2017-10-09T08:00:00Z</dcterms:modified>",
  '<table:table-cell table:number-columns-repeated="16384"/>',
  '<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row>',
  '<table:table-cell office:value-type="float" office:value="1e999"/>',
  '<table:table-cell office:value-type="date" office:date-value="0000-00-00"/>',
  "\u0000",
  "\uFEFF",
  "\uFFFF",
  "\uD800",
  "Tọa đàm",
];

/** One change to a part's text. */
export type TextMutation =
  | { readonly kind: "insert"; readonly at: number; readonly text: string }
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "duplicate"; readonly at: number; readonly length: number }
  | { readonly kind: "truncate"; readonly at: number };

const snippetArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...XML_SNIPPETS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) }
);

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("insert"), at: position, text: snippetArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("delete"),
      at: position,
      length: fc.integer({ min: 1, max: 80 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("duplicate"),
      at: position,
      length: fc.integer({ min: 1, max: 400 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate"), at: position }) }
) as fc.Arbitrary<TextMutation>;

/** The text with the mutations applied in order. */
export function applyTextMutations(text: string, mutations: readonly TextMutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    switch (m.kind) {
      case "insert":
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      case "delete":
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      case "duplicate":
        out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
        break;
      case "truncate":
        out = out.slice(0, at);
        break;
    }
  }
  return out;
}

/** Element and attribute names of SpreadsheetML, OPC and ODF parts the reader looks at. */
const ELEMENTS = [
  "workbook",
  "sheets",
  "sheet",
  "definedNames",
  "definedName",
  "workbookPr",
  "worksheet",
  "sheetData",
  "row",
  "c",
  "v",
  "f",
  "is",
  "t",
  "r",
  "rPh",
  "mergeCells",
  "mergeCell",
  "sst",
  "si",
  "styleSheet",
  "numFmts",
  "numFmt",
  "cellXfs",
  "xf",
  "Relationships",
  "Relationship",
  "Types",
  "Default",
  "Override",
  "cp:coreProperties",
  "dcterms:modified",
  "Properties",
  "Application",
  "office:document-content",
  "office:body",
  "office:spreadsheet",
  "table:table",
  "table:table-row",
  "table:table-cell",
  "table:covered-table-cell",
  "text:p",
  "text:s",
  "table:named-expressions",
  "table:named-range",
  "meta:date",
];
const ATTRIBUTES = [
  "r",
  "t",
  "s",
  "ref",
  "si",
  "name",
  "sheetId",
  "r:id",
  "Id",
  "Target",
  "Type",
  "state",
  "localSheetId",
  "hidden",
  "numFmtId",
  "formatCode",
  "date1904",
  "spans",
  "table:name",
  "office:value-type",
  "office:value",
  "office:date-value",
  "office:time-value",
  "office:string-value",
  "office:boolean-value",
  "table:formula",
  "table:number-columns-repeated",
  "table:number-rows-repeated",
  "table:number-columns-spanned",
  "table:number-rows-spanned",
  "table:cell-range-address",
  "table:display",
];
const ATTRIBUTE_VALUES = [
  "A1",
  "C14",
  "XFD1048576",
  "XFE1",
  "A0",
  "0",
  "1",
  "-1",
  "2",
  "99999999",
  "1e309",
  "NaN",
  "s",
  "str",
  "inlineStr",
  "b",
  "e",
  "n",
  "d",
  "shared",
  "hidden",
  "veryHidden",
  "rId1",
  "worksheets/sheet1.xml",
  "/xl/worksheets/sheet1.xml",
  "../x.xml",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  "float",
  "string",
  "date",
  "time",
  "boolean",
  "percentage",
  "currency",
  "2017-10-03",
  "PT07H15M00S",
  "of:=SUM([.A1:.A2])",
  "$Sheet1.$A$1:.$B$2",
  "Mẫu 2",
  "ke_hoach",
  "lich_hoat_dong",
  "dd/mm/yyyy",
  "",
];
const TEXTS = [
  "1",
  "0",
  "-3",
  "1.200",
  "35 cuốn",
  "12",
  "",
  " ",
  "Số lớp dạy nghề ngắn hạn",
  "SUM(A1:A3)",
  "2017-10-09T08:00:00Z",
  "#REF!",
];

const attributeArb = fc.tuple(
  fc.constantFrom(...ATTRIBUTES),
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ATTRIBUTE_VALUES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
  )
);

/**
 * XML-shaped text built from the vocabulary of the parts the reader reads: usually
 * well-formed, with a chance of raw snippets that are not.
 */
export const xmlArb: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: fc.constantFrom(...TEXTS).map(escapeXml) },
    { weight: 1, arbitrary: fc.constantFrom(...XML_SNIPPETS) },
    { weight: 4, arbitrary: tie("element") }
  ),
  element: fc
    .tuple(
      fc.constantFrom(...ELEMENTS),
      fc.array(attributeArb, { maxLength: 4 }),
      fc.array(tie("node"), { maxLength: 5 })
    )
    .map(([name, attributes, children]) => {
      const attrs = attributes.map(([a, v]) => ` ${a}="${escapeXml(v)}"`).join("");
      return children.length === 0
        ? `<${name}${attrs}/>`
        : `<${name}${attrs}>${children.join("")}</${name}>`;
    }),
})).element;

/** Part names a reader of .xlsx and .ods looks for (and a few it should ignore). */
export const PART_NAMES: readonly string[] = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/sheet2.xml",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
  "docProps/core.xml",
  "docProps/app.xml",
  "XL/WORKBOOK.XML",
  "xl/workbook.bin",
  "mimetype",
  "content.xml",
  "meta.xml",
  "META-INF/manifest.xml",
  "EncryptionInfo",
];
