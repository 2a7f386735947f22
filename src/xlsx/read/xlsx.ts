import { MAX_COL, MAX_ROW } from "./address";
import {
  BUILTIN_NUMBER_FORMATS,
  dateToExcelSerial,
  isBuiltinDateFormat,
  isDateFormatCode,
  parseIsoDateTime,
} from "./dates";
import { shiftFormula } from "./formula";
import type { ReadLimits } from "./limits";
import { CellBudget, SheetBuilder, splitSheetReference } from "./sheet";
import type {
  Cell,
  CellKind,
  CellValue,
  DefinedName,
  SheetData,
  SheetState,
  WorkbookData,
} from "./types";
import { fail } from "./types";
import { XmlScanner, decodeOoxmlEscapes, decodeXmlBytes } from "./xml";
import type { ZipArchive } from "./zip";
import { findEntry, readEntry } from "./zip";

export interface ReadOptions {
  /** Return false to leave a sheet out; its part is then not even inflated. */
  sheetFilter?: (name: string) => boolean;
}

interface Relationship {
  type: string;
  target: string;
}

interface StyleInfo {
  numFmt?: string;
  isDate: boolean;
}

const NO_STYLE: StyleInfo = { isDate: false };

/** Text of a part, or undefined when the zip has no such entry. */
function readPart(zip: ZipArchive, path: string): string | undefined {
  const entry = findEntry(zip, path) ?? findEntry(zip, safeDecodeUri(path));
  return entry ? decodeXmlBytes(readEntry(zip, entry)) : undefined;
}

function safeDecodeUri(s: string): string {
  if (s.indexOf("%") < 0) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // not percent-encoded after all: the plain name was already tried
  }
}

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

function relsPathOf(path: string): string {
  const i = path.lastIndexOf("/");
  return `${path.slice(0, i + 1)}_rels/${path.slice(i + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
function resolveTarget(baseDir: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  const joined = t.charCodeAt(0) === 47 ? t.slice(1) : baseDir + t;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function readRels(zip: ZipArchive, sourcePath: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const path = sourcePath === "" ? "_rels/.rels" : relsPathOf(sourcePath);
  const xml = readPart(zip, path);
  if (xml === undefined) return rels;
  const sc = new XmlScanner(xml, path);
  const base = dirOf(sourcePath);
  while (sc.next()) {
    if (sc.isEnd || sc.name !== "Relationship") continue;
    const id = sc.attr("Id");
    const target = sc.attr("Target");
    if (id === undefined || target === undefined || sc.attr("TargetMode") === "External") continue;
    rels.set(id, { type: sc.attr("Type") ?? "", target: resolveTarget(base, target) });
  }
  return rels;
}

function findRel(rels: Map<string, Relationship>, typeSuffix: string): string | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(typeSuffix)) return rel.target;
  return undefined;
}

function parseSharedStrings(xml: string, part: string, limits: ReadLimits): string[] {
  const sc = new XmlScanner(xml, part);
  const out: string[] = [];
  while (sc.next()) {
    if (sc.isEnd || sc.name !== "si") continue;
    if (out.length >= limits.maxSharedStrings)
      fail("too_large", { limit: "shared_strings", max: limits.maxSharedStrings });
    out.push(readRichText(sc, "si"));
  }
  return out;
}

/** Text of `<si>` / `<is>`: the `<t>` of the element or of its runs; phonetic runs are left out. */
function readRichText(sc: XmlScanner, element: string): string {
  if (sc.selfClosing) return "";
  let out = "";
  while (sc.next()) {
    if (sc.isEnd) {
      if (sc.name === element) break;
      continue;
    }
    if (sc.name === "t") out += sc.readText();
    else if (sc.name === "rPh" || sc.name === "rPr" || sc.name === "phoneticPr") sc.skipElement();
  }
  return decodeOoxmlEscapes(out);
}

function parseStyles(xml: string, part: string): StyleInfo[] {
  const sc = new XmlScanner(xml, part);
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  while (sc.next()) {
    const name = sc.name;
    if (sc.isEnd) {
      if (name === "cellXfs") inCellXfs = false;
      continue;
    }
    if (name === "numFmt") {
      const id = Number(sc.attr("numFmtId"));
      const code = sc.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (name === "cellXfs") {
      inCellXfs = !sc.selfClosing;
    } else if (name === "xf" && inCellXfs) {
      xfFormatIds.push(Number(sc.attr("numFmtId") ?? 0));
      sc.skipElement();
    }
  }
  const codeCache = new Map<number, StyleInfo>();
  return xfFormatIds.map((id) => {
    let info = codeCache.get(id);
    if (info === undefined) {
      const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id];
      const isDate = custom.has(id) ? isDateFormatCode(code!) : isBuiltinDateFormat(id);
      info =
        !Number.isInteger(id) || id === 0 || code === undefined || code === "General"
          ? { isDate }
          : { numFmt: code, isDate };
      codeCache.set(id, info);
    }
    return info;
  });
}

interface SheetEntry {
  name: string;
  state: SheetState;
  relId?: string;
}

interface WorkbookPart {
  date1904: boolean;
  sheets: SheetEntry[];
  names: DefinedName[];
}

function startsWithRoot(sc: XmlScanner, name: string): boolean {
  return sc.next() && !sc.isEnd && sc.name === name;
}

function parseWorkbookPart(xml: string, part: string, limits: ReadLimits): WorkbookPart {
  const sc = new XmlScanner(xml, part);
  const result: WorkbookPart = { date1904: false, sheets: [], names: [] };
  // The package's main part may be a Word document or anything else: look at its root.
  if (!startsWithRoot(sc, "workbook")) fail("not_a_workbook");
  while (sc.next()) {
    if (sc.isEnd) continue;
    switch (sc.name) {
      case "workbookPr": {
        const v = sc.attr("date1904");
        result.date1904 = v === "1" || v === "true";
        break;
      }
      case "sheet": {
        if (result.sheets.length >= limits.maxSheets)
          fail("too_large", { limit: "sheets", max: limits.maxSheets });
        const state = sc.attr("state");
        result.sheets.push({
          name: sc.attr("name") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          relId: sc.attrLocal("id"),
        });
        break;
      }
      case "definedName": {
        const name = sc.attr("name") ?? "";
        const local = sc.attr("localSheetId");
        const hidden = sc.attr("hidden");
        const raw = sc.readText();
        const dn: DefinedName = { name, ...splitSheetReference(raw), raw };
        if (local !== undefined && /^\d+$/.test(local)) dn.localSheetIndex = Number(local);
        if (hidden === "1" || hidden === "true") dn.hidden = true;
        result.names.push(dn);
        break;
      }
    }
  }
  for (const dn of result.names) {
    const scope = dn.localSheetIndex === undefined ? undefined : result.sheets[dn.localSheetIndex];
    if (scope) dn.localSheet = scope.name;
  }
  return result;
}

interface SheetContext {
  sharedStrings: string[];
  styles: StyleInfo[];
  date1904: boolean;
  budget: CellBudget;
}

const CELL_ATTRS = ["r", "s", "t"] as const;
const FORMULA_ATTRS = ["t", "si"] as const;
const ROW_ATTRS = ["r", "hidden"] as const;
const COL_ATTRS = ["min", "max", "hidden"] as const;

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/** Parses "C14" into the two out-variables; false when it is not a valid address. */
function parseRef(ref: string, at: { row: number; col: number }): boolean {
  let i = 0;
  let col = 0;
  const n = ref.length;
  for (; i < n; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3) return false;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  // Rows are 1-based: "A0" is no cell (a damaged part), not a cell above the first row.
  if (i === rowStart || row === 0) return false;
  at.row = row;
  at.col = col;
  return true;
}

function parseWorksheet(xml: string, part: string, ctx: SheetContext): SheetBuilder {
  const sc = new XmlScanner(xml, part);
  const sheet = new SheetBuilder(ctx.budget);
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const attrs: (string | undefined)[] = [undefined, undefined, undefined];
  const fAttrs: (string | undefined)[] = [undefined, undefined];
  const rowAttrs: (string | undefined)[] = [undefined, undefined];
  const colAttrs: (string | undefined)[] = [undefined, undefined, undefined];
  const at = { row: 0, col: 0 };
  let inData = false;
  let inCols = false;
  let row = 0;
  let col = 0;
  while (sc.next()) {
    const name = sc.name;
    if (sc.isEnd) {
      if (name === "sheetData") inData = false;
      else if (name === "cols") inCols = false;
      continue;
    }
    if (name === "c" && inData) {
      sc.attrsInto(CELL_ATTRS, attrs);
      const [r, s, t] = attrs;
      if (r !== undefined) {
        if (!parseRef(r, at)) sc.malformed();
        row = at.row;
        col = at.col;
      } else {
        if (row === 0) row = 1;
        col++;
      }
      if (row > MAX_ROW || col > MAX_COL) sc.malformed();
      if (sc.selfClosing) continue;
      let v: string | undefined;
      let formula: string | undefined;
      let inline: string | undefined;
      while (sc.next()) {
        if (sc.isEnd) {
          if (sc.name === "c") break;
          continue;
        }
        const child = sc.name;
        if (child === "v") v = sc.readText();
        else if (child === "f") {
          sc.attrsInto(FORMULA_ATTRS, fAttrs);
          const [ft, si] = fAttrs;
          formula = sc.readText();
          if (ft === "shared" && si !== undefined) {
            if (formula !== "") shared.set(si, { formula, row, col });
            else {
              const master = shared.get(si);
              if (master) ctx.budget.takeSharedFormula(master.formula.length);
              formula = master
                ? shiftFormula(master.formula, row - master.row, col - master.col)
                : "";
            }
          }
        } else if (child === "is") inline = readRichText(sc, "is");
        else sc.skipElement();
      }
      let value: CellValue = null;
      let kind: CellKind = "empty";
      let style: StyleInfo = NO_STYLE;
      switch (t) {
        case "s":
          if (v !== undefined) {
            value = ctx.sharedStrings[Number(v)] ?? "";
            kind = "string";
          }
          break;
        case "inlineStr":
          if (inline !== undefined || v !== undefined) {
            value = inline ?? decodeOoxmlEscapes(v!);
            kind = "string";
          }
          break;
        case "str":
          if (v !== undefined) {
            value = decodeOoxmlEscapes(v);
            kind = "string";
          }
          break;
        case "b":
          if (v !== undefined) {
            value = v === "1" || v === "true";
            kind = "boolean";
          }
          break;
        case "e":
          if (v !== undefined) {
            value = v;
            kind = "error";
          }
          break;
        case "d":
          if (v !== undefined && v !== "") {
            const ms = parseIsoDateTime(v);
            const serial = ms === undefined ? NaN : dateToExcelSerial(new Date(ms), ctx.date1904);
            if (Number.isNaN(serial)) {
              // Not a date, or one the date system has no serial for (before 1900).
              value = v;
              kind = "string";
            } else {
              value = serial;
              kind = "date";
              style = (s !== undefined && ctx.styles[Number(s)]) || NO_STYLE;
            }
          }
          break;
        default:
          if (v !== undefined && v !== "") {
            const num = Number(v);
            if (Number.isNaN(num)) {
              value = v;
              kind = "string";
            } else {
              value = num;
              style = (s !== undefined && ctx.styles[Number(s)]) || NO_STYLE;
              kind = style.isDate ? "date" : "number";
            }
          }
      }
      if (kind === "empty" && formula === undefined) continue;
      const cell: Cell = { row, col, value, kind };
      if (formula !== undefined) cell.formula = formula;
      if (style.numFmt !== undefined) cell.numFmt = style.numFmt;
      sheet.put(cell);
    } else if (name === "row" && inData) {
      // One pass over the row's attributes for both: this runs once per row.
      sc.attrsInto(ROW_ATTRS, rowAttrs);
      const [r, hidden] = rowAttrs;
      if (r !== undefined) {
        row = Number(r);
        if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) sc.malformed();
      } else row++;
      col = 0;
      if (hidden !== undefined && isTrue(hidden)) sheet.hideRows(row, row);
    } else if (name === "col" && inCols) {
      sc.attrsInto(COL_ATTRS, colAttrs);
      const [min, max, hidden] = colAttrs;
      if (isTrue(hidden)) {
        const first = Number(min);
        const last = Math.min(Number(max ?? min), MAX_COL);
        if (Number.isInteger(first) && Number.isInteger(last)) sheet.hideCols(first, last);
      }
    } else if (name === "cols") {
      inCols = !sc.selfClosing;
    } else if (name === "sheetData") {
      inData = !sc.selfClosing;
    } else if (name === "mergeCell") {
      const ref = sc.attr("ref");
      if (ref) sheet.merges.push(ref);
    }
  }
  return sheet;
}

function readDocProps(
  zip: ZipArchive,
  rootRels: Map<string, Relationship>,
  workbook: WorkbookData
): void {
  const corePath = findRel(rootRels, "/core-properties") ?? "docProps/core.xml";
  const core = readPart(zip, corePath);
  if (core !== undefined) {
    const sc = new XmlScanner(core, corePath);
    while (sc.next()) {
      if (!sc.isEnd && sc.name === "modified") {
        const ms = parseIsoDateTime(sc.readText());
        if (ms !== undefined) workbook.modified = new Date(ms);
        break;
      }
    }
  }
  const appPath = findRel(rootRels, "/extended-properties") ?? "docProps/app.xml";
  const app = readPart(zip, appPath);
  if (app !== undefined) {
    const sc = new XmlScanner(app, appPath);
    while (sc.next()) {
      if (!sc.isEnd && sc.name === "Application") {
        workbook.application = sc.readText();
        break;
      }
    }
  }
}

/** Reads an OOXML workbook (.xlsx, .xlsm, .xltx) from an opened zip. */
export function readXlsx(zip: ZipArchive, limits: ReadLimits, options: ReadOptions): WorkbookData {
  const rootRels = readRels(zip, "");
  let workbookPath = findRel(rootRels, "/officeDocument");
  if (workbookPath === undefined || !findEntry(zip, workbookPath)) {
    workbookPath = findEntry(zip, "xl/workbook.xml") ? "xl/workbook.xml" : undefined;
  }
  if (workbookPath === undefined) {
    if (findEntry(zip, "xl/workbook.bin")) fail("unsupported_format", { format: "xlsb" });
    fail("not_a_workbook");
  }
  if (workbookPath.toLowerCase().endsWith(".bin")) fail("unsupported_format", { format: "xlsb" });

  const wbXml = readPart(zip, workbookPath)!;
  const wb = parseWorkbookPart(wbXml, workbookPath, limits);
  const rels = readRels(zip, workbookPath);
  const wbDir = dirOf(workbookPath);

  const ssPath =
    findRel(rels, "/sharedStrings") ??
    (findEntry(zip, `${wbDir}sharedStrings.xml`) ? `${wbDir}sharedStrings.xml` : undefined);
  const ssXml = ssPath === undefined ? undefined : readPart(zip, ssPath);
  const sharedStrings = ssXml === undefined ? [] : parseSharedStrings(ssXml, ssPath!, limits);
  const stylesPath = findRel(rels, "/styles") ?? `${wbDir}styles.xml`;
  const stylesXml = readPart(zip, stylesPath);
  const styles = stylesXml === undefined ? [] : parseStyles(stylesXml, stylesPath);

  const ctx: SheetContext = {
    sharedStrings,
    styles,
    date1904: wb.date1904,
    budget: new CellBudget(limits),
  };
  const sheets: SheetData[] = [];
  for (const entry of wb.sheets) {
    if (options.sheetFilter && !options.sheetFilter(entry.name)) continue;
    const rel = entry.relId === undefined ? undefined : rels.get(entry.relId);
    if (rel === undefined) fail("missing_part", { part: `${workbookPath}#${entry.name}` });
    const isWorksheet = rel.type.endsWith("/worksheet") || rel.type === "";
    let builder: SheetBuilder;
    if (isWorksheet) {
      const xml = readPart(zip, rel.target);
      if (xml === undefined) fail("missing_part", { part: rel.target });
      builder = parseWorksheet(xml, rel.target, ctx);
    } else {
      builder = new SheetBuilder(ctx.budget); // chart and dialog sheets hold no cells
    }
    sheets.push(builder.finish(entry.name, entry.state));
  }

  const workbook: WorkbookData = {
    format: "xlsx",
    date1904: wb.date1904,
    sheets,
    definedNames: wb.names,
  };
  readDocProps(zip, rootRels, workbook);
  return workbook;
}
