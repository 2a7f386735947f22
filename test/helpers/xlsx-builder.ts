/**
 * Test-only builder: lays out an .xlsx from a plain description by writing the XML parts
 * itself and zipping them with fflate, so fixtures for hand-made returns stay readable in the
 * test that uses them and do not depend on a spreadsheet library's choices.
 *
 * @example
 * const bytes = buildXlsx({
 *   sheets: [
 *     {
 *       name: 'Mẫu 2',
 *       cells: {
 *         A1: 'BÁO CÁO KẾT QUẢ',                       // string (shared by default)
 *         C14: 12,                                     // number
 *         C15: { f: 'C14*2', v: 24 },                  // formula with its cached value
 *         C16: { date: new Date(Date.UTC(2017, 9, 2)) }, // date: serial + date format (id 14)
 *         C17: { v: 0.5, numFmt: '0.0%' },             // number with a custom format
 *         C18: { rich: [{ t: 'Kế ', b: true }, 'hoạch'] }, // rich text runs
 *         C19: { error: '#DIV/0!' },
 *         C20: true,
 *       },
 *       merges: ['A1:D1'],
 *     },
 *     { name: 'meta', state: 'veryHidden', cells: { A1: 'mau2' } },
 *   ],
 *   definedNames: [{ name: 'ke_hoach', ref: "'Mẫu 2'!$C$14" }],
 *   modified: new Date('2017-10-09T08:00:00Z'),
 * });
 *
 * Odd writers: `strings: 'inline'`, `omitCellRefs` / `omitRowRefs` (positions implied by order),
 * `prefix: 'x'` (`<x:c>`), `absoluteTargets` (`/xl/worksheets/sheet1.xml`), `date1904`.
 * To break a file on purpose: `replaceParts` (swap a generated part's text) and `extraParts`
 * (add entries such as `xl/media/image1.png`), or build any zip with `zipParts`.
 */
import { strToU8, zipSync } from "fflate";
import type { Zippable } from "fflate";

export type RichRun = string | { t: string; b?: boolean; i?: boolean };

export type CellSpec =
  | number
  | string
  | boolean
  | null
  /** A formula (no leading `=`) with its cached value; `si`/`ref` make it a shared-formula master. */
  | { f: string; v?: number | string | boolean; si?: number; ref?: string }
  /** A cell that uses shared formula `si` (`<f t="shared" si="0"/>`), with its cached value. */
  | { shared: number; v?: number }
  /** A date (a Date's UTC fields, or a serial number) with a date format (default id 14). */
  | { date: Date | number; numFmt?: string | number }
  /** A number with a number format: a custom code or a built-in id. */
  | { v: number; numFmt: string | number }
  | { error: string }
  | { rich: RichRun[] }
  /** A string written inline even when the workbook uses shared strings. */
  | { inline: string };

export interface SheetSpec {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  /** Cells by A1 address. */
  cells?: Record<string, CellSpec>;
  merges?: string[];
}

export interface DefinedNameSpec {
  name: string;
  /** The reference text as Excel stores it, e.g. `'Mẫu 2'!$C$14`. */
  ref: string;
  localSheetId?: number;
  hidden?: boolean;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** How strings are stored; default `shared`. */
  strings?: "shared" | "inline";
  date1904?: boolean;
  definedNames?: DefinedNameSpec[];
  /** docProps/core.xml dcterms:modified. */
  modified?: Date;
  /** docProps/app.xml Application. */
  application?: string;
  /** Leave out `r` on cells (blank `<c/>` fill the gaps), as some writers do. */
  omitCellRefs?: boolean;
  /** Leave out `r` on rows (blank `<row/>` fill the gaps). */
  omitRowRefs?: boolean;
  /** Namespace prefix for SpreadsheetML elements, e.g. `x` gives `<x:c>`. */
  prefix?: string;
  /** Write relationship targets as absolute part names (`/xl/worksheets/sheet1.xml`). */
  absoluteTargets?: boolean;
  /** Replace the text of generated parts, by part name. */
  replaceParts?: Record<string, string>;
  /** Add entries as-is. */
  extraParts?: Record<string, string | Uint8Array>;
  /** Deflate level for every entry (0 stores them); default 6. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const BUILTIN_IDS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "mm-dd-yy": 14,
  "h:mm": 20,
  "@": 49,
};

/** A Date's UTC calendar fields as an Excel serial (independent of the reader under test). */
export function toSerial(date: Date, date1904 = false): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / 86_400_000;
}

/** Escapes text for element content or attribute values. */
export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!
  );
}

/** OOXML string escaping: control characters as `_xHHHH_`, a literal `_xHHHH_` guarded. */
function escapeOoxml(s: string): string {
  const guarded = s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_");

  return escapeXml(
    guarded.replace(
      // Control characters XML cannot hold are exactly what this escapes.
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    )
  );
}

function tElement(text: string, p: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}t${space}>${escapeOoxml(text)}</${p}t>`;
}

function richXml(runs: RichRun[], p: string): string {
  return runs
    .map((run) => {
      if (typeof run === "string") return `<${p}r>${tElement(run, p)}</${p}r>`;
      const props = `${run.b ? `<${p}b/>` : ""}${run.i ? `<${p}i/>` : ""}`;
      return `<${p}r>${props ? `<${p}rPr>${props}</${p}rPr>` : ""}${tElement(run.t, p)}</${p}r>`;
    })
    .join("");
}

function splitA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`xlsx-builder: bad cell address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** Every part of the described workbook, by part name, before zipping. */
export function xlsxParts(spec: WorkbookSpec): Record<string, string> {
  const p = spec.prefix ? `${spec.prefix}:` : "";
  const xmlns = spec.prefix ? `xmlns:${spec.prefix}="${NS_MAIN}"` : `xmlns="${NS_MAIN}"`;
  const shared = (spec.strings ?? "shared") === "shared";
  const date1904 = spec.date1904 ?? false;
  const sst: string[] = [];
  const sstIndex = new Map<string, number>();
  const customFormats = new Map<string, number>();
  const xfs: number[] = [0]; // numFmtId per cellXfs entry; entry 0 is General
  const styleFor = (fmt: string | number): number => {
    let id: number;
    if (typeof fmt === "number") id = fmt;
    else if (BUILTIN_IDS[fmt] !== undefined) id = BUILTIN_IDS[fmt];
    else {
      id = customFormats.get(fmt) ?? 164 + customFormats.size;
      customFormats.set(fmt, id);
    }
    const at = xfs.indexOf(id);
    if (at >= 0) return at;
    xfs.push(id);
    return xfs.length - 1;
  };
  const stringRef = (key: string, xml: string): number => {
    let i = sstIndex.get(key);
    if (i === undefined) {
      i = sst.length;
      sst.push(xml);
      sstIndex.set(key, i);
    }
    return i;
  };

  const cellXml = (ref: string, spec: CellSpec): string => {
    const r = ref ? ` r="${ref}"` : "";
    if (spec === null) return `<${p}c${r}/>`;
    if (typeof spec === "number") return `<${p}c${r}><${p}v>${spec}</${p}v></${p}c>`;
    if (typeof spec === "boolean") return `<${p}c${r} t="b"><${p}v>${spec ? 1 : 0}</${p}v></${p}c>`;
    if (typeof spec === "string") {
      if (shared)
        return `<${p}c${r} t="s"><${p}v>${stringRef(`s:${spec}`, `<${p}si>${tElement(spec, p)}</${p}si>`)}</${p}v></${p}c>`;
      return `<${p}c${r} t="inlineStr"><${p}is>${tElement(spec, p)}</${p}is></${p}c>`;
    }
    if ("inline" in spec)
      return `<${p}c${r} t="inlineStr"><${p}is>${tElement(spec.inline, p)}</${p}is></${p}c>`;
    if ("rich" in spec) {
      const runs = richXml(spec.rich, p);
      if (shared)
        return `<${p}c${r} t="s"><${p}v>${stringRef(`r:${JSON.stringify(spec.rich)}`, `<${p}si>${runs}</${p}si>`)}</${p}v></${p}c>`;
      return `<${p}c${r} t="inlineStr"><${p}is>${runs}</${p}is></${p}c>`;
    }
    if ("error" in spec) return `<${p}c${r} t="e"><${p}v>${escapeXml(spec.error)}</${p}v></${p}c>`;
    if ("date" in spec) {
      const serial = typeof spec.date === "number" ? spec.date : toSerial(spec.date, date1904);
      return `<${p}c${r} s="${styleFor(spec.numFmt ?? 14)}"><${p}v>${serial}</${p}v></${p}c>`;
    }
    if ("shared" in spec) {
      const v = spec.v === undefined ? "" : `<${p}v>${spec.v}</${p}v>`;
      return `<${p}c${r}><${p}f t="shared" si="${spec.shared}"/>${v}</${p}c>`;
    }
    if ("f" in spec) {
      const attrs =
        spec.si !== undefined
          ? ` t="shared" si="${spec.si}"${spec.ref ? ` ref="${spec.ref}"` : ""}`
          : "";
      const f = `<${p}f${attrs}>${escapeXml(spec.f)}</${p}f>`;
      if (spec.v === undefined) return `<${p}c${r}>${f}</${p}c>`;
      if (typeof spec.v === "string")
        return `<${p}c${r} t="str">${f}<${p}v>${escapeOoxml(spec.v)}</${p}v></${p}c>`;
      if (typeof spec.v === "boolean")
        return `<${p}c${r} t="b">${f}<${p}v>${spec.v ? 1 : 0}</${p}v></${p}c>`;
      return `<${p}c${r}>${f}<${p}v>${spec.v}</${p}v></${p}c>`;
    }
    return `<${p}c${r} s="${styleFor(spec.numFmt)}"><${p}v>${spec.v}</${p}v></${p}c>`;
  };

  const sheetXml = (sheet: SheetSpec): string => {
    const byRow = new Map<number, { col: number; ref: string; spec: CellSpec }[]>();
    for (const [ref, cell] of Object.entries(sheet.cells ?? {})) {
      const { row, col } = splitA1(ref);
      if (!byRow.has(row)) byRow.set(row, []);
      byRow.get(row)!.push({ col, ref, spec: cell });
    }
    const rows: string[] = [];
    let lastRow = 0;
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      if (spec.omitRowRefs) for (let r = lastRow + 1; r < row; r++) rows.push(`<${p}row/>`);
      lastRow = row;
      const cells = byRow.get(row)!.sort((a, b) => a.col - b.col);
      let lastCol = 0;
      const parts: string[] = [];
      for (const c of cells) {
        if (spec.omitCellRefs) for (let k = lastCol + 1; k < c.col; k++) parts.push(`<${p}c/>`);
        lastCol = c.col;
        parts.push(cellXml(spec.omitCellRefs ? "" : c.ref, c.spec));
      }
      rows.push(`<${p}row${spec.omitRowRefs ? "" : ` r="${row}"`}>${parts.join("")}</${p}row>`);
    }
    const merges = sheet.merges?.length
      ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join("")}</${p}mergeCells>`
      : "";
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns} xmlns:r="${NS_REL}"><${p}sheetData>${rows.join("")}</${p}sheetData>${merges}</${p}worksheet>`;
  };

  const parts: Record<string, string> = {};
  spec.sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet);
  });

  const target = (path: string): string => (spec.absoluteTargets ? `/xl/${path}` : path);
  const sheetsXml = spec.sheets
    .map(
      (s, i) =>
        `<${p}sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state && s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
    )
    .join("");
  const names = (spec.definedNames ?? [])
    .map((d) => {
      const local = d.localSheetId !== undefined ? ` localSheetId="${d.localSheetId}"` : "";
      return `<${p}definedName name="${escapeXml(d.name)}"${local}${d.hidden ? ' hidden="1"' : ""}>${escapeXml(d.ref)}</${p}definedName>`;
    })
    .join("");
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${xmlns} xmlns:r="${NS_REL}">` +
    `<${p}workbookPr${date1904 ? ' date1904="1"' : ""}/><${p}sheets>${sheetsXml}</${p}sheets>` +
    `${names ? `<${p}definedNames>${names}</${p}definedNames>` : ""}</${p}workbook>`;

  const n = spec.sheets.length;
  const wbRels = spec.sheets.map(
    (_s, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_BASE}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`
  );
  wbRels.push(
    `<Relationship Id="rId${n + 1}" Type="${REL_BASE}/styles" Target="${target("styles.xml")}"/>`
  );
  if (shared && sst.length > 0)
    wbRels.push(
      `<Relationship Id="rId${n + 2}" Type="${REL_BASE}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`
    );
  parts["xl/_rels/workbook.xml.rels"] = rels(wbRels);

  if (shared && sst.length > 0) {
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst ${xmlns} count="${sst.length}" uniqueCount="${sst.length}">${sst.join("")}</${p}sst>`;
  }
  const numFmts = [...customFormats]
    .map(([code, id]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join("");
  parts["xl/styles.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}styleSheet ${xmlns}>` +
    (numFmts ? `<${p}numFmts count="${customFormats.size}">${numFmts}</${p}numFmts>` : "") +
    `<${p}fonts count="1"><${p}font><${p}sz val="13"/><${p}name val="Times New Roman"/></${p}font></${p}fonts>` +
    `<${p}fills count="1"><${p}fill><${p}patternFill patternType="none"/></${p}fill></${p}fills>` +
    `<${p}borders count="1"><${p}border/></${p}borders>` +
    `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
    `<${p}cellXfs count="${xfs.length}">${xfs.map((id) => `<${p}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`).join("")}</${p}cellXfs>` +
    `</${p}styleSheet>`;

  const rootRels = [
    `<Relationship Id="rId1" Type="${REL_BASE}/officeDocument" Target="xl/workbook.xml"/>`,
  ];
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ...spec.sheets.map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    ),
  ];
  if (parts["xl/sharedStrings.xml"])
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    );
  if (spec.modified) {
    rootRels.push(
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    );
    overrides.push(
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    );
    const iso = spec.modified.toISOString().replace(/\.\d{3}Z$/, "Z");
    parts["docProps/core.xml"] =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>xlsx-builder</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`;
  }
  if (spec.application !== undefined) {
    rootRels.push(
      `<Relationship Id="rId3" Type="${REL_BASE}/extended-properties" Target="docProps/app.xml"/>`
    );
    overrides.push(
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    );
    parts["docProps/app.xml"] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(spec.application)}</Application></Properties>`;
  }
  parts["_rels/.rels"] = rels(rootRels);
  parts["[Content_Types].xml"] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join("")}</Types>`;

  for (const [name, text] of Object.entries(spec.replaceParts ?? {})) parts[name] = text;
  return parts;
}

function rels(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/**
 * Zips parts given as text (UTF-8) or bytes. `[Content_Types].xml` (OOXML) or `mimetype` (ODF,
 * stored uncompressed as the format requires) comes first.
 */
export function zipParts(
  parts: Record<string, string | Uint8Array>,
  level: WorkbookSpec["level"] = 6
): Uint8Array {
  const files: Zippable = {};
  const first = (n: string): number => (n === "[Content_Types].xml" || n === "mimetype" ? 0 : 1);
  const names = Object.keys(parts).sort((a, b) => first(a) - first(b));
  for (const name of names) {
    const data = parts[name];
    files[name] = [
      typeof data === "string" ? strToU8(data) : data,
      { level: name === "mimetype" ? 0 : level },
    ];
  }
  return zipSync(files);
}

/** The described workbook as .xlsx bytes. */
export function buildXlsx(spec: WorkbookSpec): Uint8Array {
  return zipParts({ ...xlsxParts(spec), ...(spec.extraParts ?? {}) }, spec.level ?? 6);
}
