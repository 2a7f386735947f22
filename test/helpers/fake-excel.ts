/**
 * Test-only fake of the part of Office.js the bridge (src/excel) uses, faithful where the
 * bridge could go wrong:
 *
 * - proxies queue property writes, method calls and loads; nothing reaches the workbook
 *   before `context.sync()`, which applies the queue in order and stops at the first error
 *   (the operations before it stay applied, as in Excel);
 * - reading a property that was not loaded and synced throws `PropertyNotLoaded`;
 *   `getItemOrNullObject` gives an object whose `isNullObject` is known after a sync, and
 *   that throws `ItemNotFound` when written to;
 * - every sync is counted with its operations and the UTF-8 size of their JSON; a request
 *   over `requestLimit` (5 MB, Excel on the web) is refused, and so is a response over
 *   `responseLimit` (the JSON of what its loads bring back): nothing loaded arrives;
 * - an API beyond the Excel's requirement sets (`apiMinor`, per test) is refused with
 *   `ApiNotFound`, member by member (setting a sheet's visibility is 1.2, reading it 1.1);
 * - `date1904` is a workbook in the 1904 date system: typed dates and `functions.date`
 *   give serials 1,462 days lower;
 * - values are entered as Excel enters typed input: a string beginning with "=" (or "+",
 *   "-", "@" when it is not a number) becomes a formula, number-like text a number, unless
 *   the cell's number format is Text ("@") or the string begins with an apostrophe, which
 *   Excel keeps out of the value of a General cell; in a Text cell the apostrophe stays part
 *   of the text unless `apostropheInTextCells: "prefix"` (Excel's behaviour there is not
 *   documented, so tests run both);
 * - sheets follow Excel's naming rules; the last visible sheet cannot be deleted or hidden;
 *   a protected sheet refuses changes to locked cells and formats, and `protect` on a
 *   protected sheet throws; data validation texts are limited to 32/255 characters;
 * - `insertWorksheetsFromBase64` reads the file with the project's reader and inserts its
 *   sheets' values, the tables on them (by name) and its workbook-level defined names into
 *   them. What Excel does when one of those names is taken is not documented, so the fake
 *   refuses every clash with `ItemAlreadyExists`: a sheet name, a table name, a defined
 *   name (tables and defined names share one namespace, in any case);
 * - `Office.context.platform` is `platform` ("PC" unless a test says "Mac"), and
 *   `Excel.createWorkbook` (ExcelApi 1.8) records the files it would open;
 * - a workbook with protected structure (`structureProtected`, read through
 *   `workbook.protection`, ExcelApi 1.7) refuses to add, insert, delete or rename sheets
 *   with `AccessDenied`;
 * - `reopen()` is the workbook saved as .xlsx, closed and opened again: what the file keeps
 *   stays (sheets in their order and visibility, values, formulas, number formats, formats,
 *   merges, sizes, validation, protection, names, workbook settings, the active sheet);
 *   what lives only in a session goes: worksheet ids are renumbered from 1 in the sheets'
 *   order (an id of before may now name another sheet), a request context of before
 *   refuses to sync. The bridge's own memory (`forgetRemembered()`) is the test's to reset,
 *   as a fresh load of the add-in would;
 * - `type()` is a user typing into a cell; with `typedDates` set, a date typed in the
 *   locale's order becomes a date serial, as Excel enters it;
 * - charts (`worksheet.charts`) record what was asked of them: type, source range, series
 *   by, name, titles, position, legend, data labels, axis order and series fills. A chart's
 *   series are its source's columns after the first (by columns) or rows after the first
 *   (by rows); asking for one beyond them is `ItemNotFound`. A chart lives on its sheet:
 *   deleting the sheet deletes it, and the saved file keeps it.
 *
 * Not modelled: formula evaluation, text measurement (autofit only forgets set heights) (a formula's value reads as ""), styles beyond what the
 * bridge sets, sheet-scoped names, tables beyond their names, chart rendering and chart data read back, events, the R1C1 and local variants,
 * `load` with object arguments, and the exact wording of Excel's errors.
 *
 * @example
 * const fake = new FakeExcel({ apiMinor: 13 });
 * fake.install();
 * await createFormSheet(layout, meta, vi, detectCapabilities());
 * fake.sheet("Mẫu 2").cell("C14")?.format.locked; // false
 * fake.syncs.length; // 2
 */
import { strFromU8, unzipSync } from "fflate";
import { readWorkbook } from "../../src/xlsx/read";
import { cellAddress, columnLetters, parseAddress } from "../../src/xlsx/read/address";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

// ---------------------------------------------------------------------------------------
// The workbook model.

export interface FakeBorder {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FakeCellFormat {
  font: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: string;
    color?: string;
  };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Record<string, FakeBorder>;
  locked: boolean;
}

export interface FakeCell {
  /** "" for a blank cell; a formula's value is "" (the fake does not calculate). */
  value: string | number | boolean;
  /** With the leading "=". */
  formula?: string;
  numberFormat: string;
  format: FakeCellFormat;
}

/** A rectangle, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeValidation {
  area: string;
  rule?: unknown;
  ignoreBlanks?: boolean;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export interface FakeConditionalFormat {
  area: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** The fake keeps cells in a map; larger areas of cells are a bridge bug here. */
const MAX_CELLS_TOUCHED = 1_000_000;
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

function newFormat(): FakeCellFormat {
  return { font: {}, borders: {}, locked: true };
}

function areaText(area: Area): string {
  const first = cellAddress(area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return first;
  if (area.top === 1 && area.bottom === MAX_ROWS)
    return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  if (area.left === 1 && area.right === MAX_COLS) return `${area.top}:${area.bottom}`;
  return `${first}:${cellAddress(area.bottom, area.right)}`;
}

/** A1 text ("A1", "$A$1:B2", "A:C", "5:7") to an area; undefined when it is not one. */
export function parseArea(text: string): Area | undefined {
  const parts = text.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return undefined;
  const [a, b = a] = parts as [string, string?];
  if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b!)) {
    const left = parseAddress(`${a}1`)?.col;
    const right = parseAddress(`${b}1`)?.col;
    if (!left || !right) return undefined;
    return { top: 1, bottom: MAX_ROWS, left: Math.min(left, right), right: Math.max(left, right) };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b!)) {
    const top = Number(a);
    const bottom = Number(b);
    if (top < 1 || bottom < 1 || top > MAX_ROWS || bottom > MAX_ROWS) return undefined;
    return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: 1, right: MAX_COLS };
  }
  const first = parseAddress(a);
  const last = parseAddress(b!);
  if (!first || !last) return undefined;
  return {
    top: Math.min(first.row, last.row),
    bottom: Math.max(first.row, last.row),
    left: Math.min(first.col, last.col),
    right: Math.max(first.col, last.col),
  };
}

function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The smallest area covering both. */
function cover(a: Area | undefined, b: Area): Area {
  if (!a) return { ...b };
  return {
    top: Math.min(a.top, b.top),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.min(a.left, b.left),
    right: Math.max(a.right, b.right),
  };
}

function cellCount(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel's rule for a sheet name, or the error it gives. */
function checkSheetName(name: string, others: readonly FakeSheet[]): void {
  // eslint-disable-next-line no-control-regex
  const bad = /[[\]:*?/\\\u0000-\u001f]/.test(name);
  if (
    name.length === 0 ||
    name.length > 31 ||
    bad ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  )
    throw new FakeOfficeError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  if (others.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()))
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
}

/** Excel (en-US) reading typed text as a number; undefined when it is not one. */
function parseTypedNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  const time = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (time) return (Number(time[1]) * 60 + Number(time[2])) / 1440;
  return undefined;
}

/** The order in which a locale reads a typed date: en-US month first, vi-VN day first. */
export type DateOrder = "mdy" | "dmy";

/** Days from 1 January 1900 (serial 1 in 1900's system) to 1 January 1904 (serial 0 in 1904's). */
export const DAYS_1900_TO_1904 = 1_462;

/** A date's serial in the 1900 date system, or in the 1904 one. */
export function dateSerial(year: number, month: number, day: number, date1904 = false): number {
  // Serial 1 is 1 January 1900; Excel counts a 29 February 1900 that never was.
  const serial = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const in1900 = serial < 61 ? serial - 1 : serial;
  return date1904 ? in1900 - DAYS_1900_TO_1904 : in1900;
}

/** A typed date ("15/10/2026" day first, "10/15/2026" month first, "2026-10-15") as a serial. */
function parseTypedDate(text: string, order: DateOrder, date1904 = false): number | undefined {
  const t = text.trim();
  let parts: [number, number, number] | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) {
    const [a, b, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
    parts = order === "dmy" ? [year, b, a] : [year, a, b];
  }
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return undefined;
  return dateSerial(year, month, day, date1904);
}

/** What decides how the workbook takes typed input. */
interface EntryRules {
  readonly dates?: DateOrder;
  readonly date1904: boolean;
  readonly apostropheInTextCells: "kept" | "prefix";
}

/** How Excel stores input written to a cell through `values`/`formulas` or typed. */
function enterInto(cell: FakeCell, input: unknown, rules: EntryRules): void {
  const { dates, date1904 } = rules;
  if (input === null || input === undefined) return; // Office.js: null leaves the cell as is
  delete cell.formula;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", `Cannot write ${typeof input} to a cell.`);
  if (input === "") {
    cell.value = "";
    return;
  }
  if (cell.numberFormat === "@") {
    // Whether a Text cell keeps a typed apostrophe is not documented: "kept" (the default)
    // makes it part of the text, which is what a bridge must survive.
    cell.value =
      rules.apostropheInTextCells === "prefix" && input.startsWith("'") ? input.slice(1) : input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (input.startsWith("=") && input.length > 1) {
    cell.formula = input;
    cell.value = "";
    return;
  }
  const date = dates ? parseTypedDate(input, dates, date1904) : undefined;
  if (date !== undefined) {
    cell.value = date;
    if (cell.numberFormat === "General")
      cell.numberFormat = dates === "dmy" ? "dd/mm/yyyy" : "m/d/yyyy";
    return;
  }
  const number = parseTypedNumber(input);
  if (number !== undefined) {
    cell.value = number;
    if (/:/.test(input) && cell.numberFormat === "General") cell.numberFormat = "h:mm";
    return;
  }
  if (/^[+\-@]/.test(input)) {
    // Excel takes "+84 123", "-5 hộ", "@abc" as the start of a formula.
    cell.formula = `=${input}`;
    cell.value = "";
    return;
  }
  if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === "true";
    return;
  }
  cell.value = input;
}

export class FakeSheet {
  visibility = "Visible";
  readonly cells = new Map<number, Map<number, FakeCell>>();
  merges: Area[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly validations: FakeValidation[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly protection: {
    protected: boolean;
    options: Record<string, unknown>;
    password?: string;
  } = { protected: false, options: {} };
  readonly pageLayout: Record<string, unknown> = {};
  showGridlines = true;
  readonly autofitted: string[] = [];
  readonly charts: FakeChart[] = [];
  /** The names of the tables on this sheet (only names are modelled). */
  readonly tables: string[] = [];
  /** Manual page breaks: the first row of each new page. */
  readonly horizontalPageBreaks: number[] = [];

  constructor(
    readonly id: string,
    public name: string
  ) {}

  /** The cell at an A1 address, when anything was ever written to it. */
  cell(address: string): FakeCell | undefined {
    const at = parseAddress(address);
    return at ? this.cells.get(at.row)?.get(at.col) : undefined;
  }

  /** A cell's value ("" for a blank). */
  value(address: string): string | number | boolean {
    return this.cell(address)?.value ?? "";
  }

  ensure(row: number, col: number): FakeCell {
    let line = this.cells.get(row);
    if (!line) {
      line = new Map();
      this.cells.set(row, line);
    }
    let cell = line.get(col);
    if (!cell) {
      cell = { value: "", numberFormat: "General", format: newFormat() };
      line.set(col, cell);
    }
    return cell;
  }

  /** Every cell of an area, created on the way. */
  each(area: Area, visit: (cell: FakeCell, row: number, col: number) => void): void {
    if (cellCount(area) > MAX_CELLS_TOUCHED)
      throw new Error(`fake Excel: ${areaText(area)} is too large an area of cells`);
    for (let row = area.top; row <= area.bottom; row++)
      for (let col = area.left; col <= area.right; col++) visit(this.ensure(row, col), row, col);
  }

  /** The merged area that covers an address, if any. */
  mergeAt(address: string): string | undefined {
    const at = parseArea(address);
    const hit = at && this.merges.find((merge) => overlaps(merge, at));
    return hit ? areaText(hit) : undefined;
  }

  mergeTexts(): string[] {
    return this.merges.map(areaText);
  }

  /** This sheet as a saved file gives it back on opening, under a new id. */
  savedCopy(id: string): FakeSheet {
    const copy = new FakeSheet(id, this.name);
    copy.visibility = this.visibility;
    for (const [row, line] of this.cells)
      copy.cells.set(row, new Map([...line].map(([col, cell]) => [col, clone(cell)])));
    copy.merges = this.merges.map((merge) => ({ ...merge }));
    for (const [col, width] of this.columnWidths) copy.columnWidths.set(col, width);
    for (const [row, height] of this.rowHeights) copy.rowHeights.set(row, height);
    copy.validations.push(...clone(this.validations));
    copy.conditionalFormats.push(...clone(this.conditionalFormats));
    Object.assign(copy.protection, clone(this.protection));
    Object.assign(copy.pageLayout, clone(this.pageLayout));
    copy.showGridlines = this.showGridlines;
    copy.charts.push(...clone(this.charts));
    copy.tables.push(...this.tables);
    copy.horizontalPageBreaks.push(...this.horizontalPageBreaks);
    return copy;
  }

  validationAt(address: string): FakeValidation | undefined {
    const at = parseArea(address);
    return this.validations.find((v) => at && overlaps(parseArea(v.area)!, at));
  }

  /** The used area: cells holding a value or formula, or (not `valuesOnly`) any format. */
  usedArea(valuesOnly: boolean): Area | undefined {
    let area: Area | undefined;
    for (const [row, line] of this.cells) {
      for (const [col, cell] of line) {
        const used =
          cell.value !== "" ||
          cell.formula !== undefined ||
          (!valuesOnly &&
            (cell.numberFormat !== "General" ||
              JSON.stringify(cell.format) !== JSON.stringify(newFormat())));
        if (!used) continue;
        area = cover(area, { top: row, bottom: row, left: col, right: col });
      }
    }
    // Merged cells carry formatting, so they count as used.
    if (!valuesOnly) for (const merge of this.merges) area = cover(area, merge);
    return area;
  }

  /** Throws as Excel does when a protected sheet would change. */
  guard(what: "cells" | "format" | "columns" | "rows" | "structure", area?: Area): void {
    if (!this.protection.protected) return;
    const options = this.protection.options;
    if (what === "format" && options.allowFormatCells) return;
    if (what === "columns" && options.allowFormatColumns) return;
    if (what === "rows" && options.allowFormatRows) return;
    if (what === "cells" && area) {
      let locked = false;
      for (let row = area.top; row <= area.bottom && !locked; row++)
        for (let col = area.left; col <= area.right && !locked; col++)
          locked = this.cells.get(row)?.get(col)?.format.locked ?? true;
      if (!locked) return;
    }
    throw new FakeOfficeError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${this.name}).`
    );
  }
}

/** A chart as the bridge asked for it. */
export interface FakeChart {
  name: string;
  type: string;
  /** The source data: its sheet's name when the chart was made, and its area ("A4:B12"). */
  source: { sheet: string; area: string };
  seriesBy?: string;
  seriesCount: number;
  title?: string;
  titleFont: { bold?: boolean; size?: number };
  font: { name?: string };
  /** Top-left and bottom-right cells (`setPosition`). */
  position?: { start: string; end?: string };
  /** Size in points, when set. */
  width?: number;
  height?: number;
  legend: { visible?: boolean; position?: string };
  dataLabels: { showValue?: boolean };
  categoryAxis: { reversePlotOrder?: boolean; position?: string };
  valueAxis: { title?: string };
  /** Series index → its solid fill. */
  fills: Record<number, string>;
}

export interface FakeName {
  name: string;
  sheetId: string;
  area: Area;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheetId = "";
  selection?: { sheetId: string; address: string };
  readonly inserts: { base64Length: number; sheetNames?: string[]; ids: string[] }[] = [];
  /**
   * Review › Protect Workbook (structure): sheets cannot be added, inserted, deleted or
   * renamed; Excel refuses with `AccessDenied`.
   */
  structureProtected = false;
  private nextId = 1;

  /** Excel numbers a session's sheets 1, 2, 3 …, so the same id means another sheet later. */
  newId(): string {
    return `{00000000-0001-0000-${String(this.nextId++).padStart(4, "0")}-000000000000}`;
  }

  /** Throws as Excel does when a sheet would be added, deleted or renamed under protection. */
  guardStructure(): void {
    if (this.structureProtected)
      throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
  }

  /**
   * Saved, closed and opened again: the sheets renumbered from 1 in their order (see
   * `FakeExcel.reopen`), so an id of before may now belong to another sheet.
   */
  reopen(): void {
    this.nextId = 1;
    const ids = new Map<string, string>();
    const copies = this.sheets.map((sheet) => {
      const copy = sheet.savedCopy(this.newId());
      ids.set(sheet.id, copy.id);
      return copy;
    });
    this.sheets.splice(0, this.sheets.length, ...copies);
    for (const name of this.names) name.sheetId = ids.get(name.sheetId) ?? name.sheetId;
    this.activeSheetId = ids.get(this.activeSheetId) ?? this.visibleSheets()[0]?.id ?? "";
    const selected = this.selection && ids.get(this.selection.sheetId);
    this.selection =
      this.selection && selected ? { ...this.selection, sheetId: selected } : undefined;
    this.inserts.length = 0;
  }

  findSheet(key: string): FakeSheet | undefined {
    return (
      this.sheets.find((sheet) => sheet.id === key) ??
      this.sheets.find((sheet) => sheet.name.toLowerCase() === key.toLowerCase())
    );
  }

  addSheet(name: string): FakeSheet {
    checkSheetName(name, this.sheets);
    const sheet = new FakeSheet(this.newId(), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  visibleSheets(): FakeSheet[] {
    return this.sheets.filter((sheet) => sheet.visibility === "Visible");
  }

  /** A free name "Name (2)" for a sheet added without a name. */
  freeName(name: string): string {
    if (!this.findSheet(name)) return name;
    for (let n = 2; ; n++) {
      const candidate = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
      if (!this.findSheet(candidate)) return candidate;
    }
  }

  /** Every table's name, sheet by sheet. */
  tableNames(): string[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }

  /** Whether a table or a workbook-level defined name is called `name` (in any case). */
  identifierTaken(name: string): boolean {
    const key = name.toLowerCase();
    return (
      this.tableNames().some((table) => table.toLowerCase() === key) ||
      this.names.some((item) => item.name.toLowerCase() === key)
    );
  }

  nameValue(name: FakeName): string {
    const sheet = this.sheets.find((s) => s.id === name.sheetId);
    const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
    const ref =
      name.area.top === name.area.bottom && name.area.left === name.area.right
        ? abs(name.area.top, name.area.left)
        : `${abs(name.area.top, name.area.left)}:${abs(name.area.bottom, name.area.right)}`;
    return sheet ? `${quoteSheetName(sheet.name)}!${ref}` : "#REF!";
  }
}

// ---------------------------------------------------------------------------------------
// The proxies.

interface Operation {
  readonly payload: unknown;
  readonly apply: () => void;
}

function parseLoad(props: unknown): string[] {
  if (props === undefined)
    throw new Error("fake Excel: load() without properties loads everything; name them");
  const list = Array.isArray(props)
    ? props
    : typeof props === "string"
      ? props.split(",")
      : undefined;
  if (!list) throw new Error("fake Excel: load with an object argument is not modelled");
  return list.map((p: string) => p.trim()).filter(Boolean);
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

class FakeContext {
  private queue: Operation[] = [];
  readonly workbook: WorkbookProxy;
  /** The opening of the workbook this context belongs to. */
  private readonly session: number;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this, "workbook", () => fake.workbook);
    this.session = fake.session;
  }

  enqueue(payload: unknown, apply: () => void): void {
    this.queue.push({ payload, apply });
  }

  /** What the loads of the request being applied bring back, held until the response is sent. */
  private deliveries: { values: unknown; deliver: () => void }[] = [];

  /** A load's values: part of the response, given to the proxy when the response is sent. */
  respond(values: unknown, deliver: () => void): void {
    this.deliveries.push({ values, deliver });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    if (this.session !== this.fake.session)
      throw new FakeOfficeError("InvalidOperation", "The workbook of this request was closed.");
    const bytes = Buffer.byteLength(JSON.stringify(operations.map((op) => op.payload)), "utf8");
    const record: FakeSync = { operations: operations.length, bytes, responseBytes: 0 };
    this.fake.syncs.push(record);
    await Promise.resolve();
    if (bytes > this.fake.requestLimit) {
      record.refused = "RequestPayloadSizeLimitExceeded";
      throw new FakeOfficeError(
        record.refused,
        `The request payload size (${bytes} bytes) has exceeded the limit.`
      );
    }
    this.deliveries = [];
    let failure: { error: unknown } | undefined;
    try {
      for (const op of operations) op.apply();
    } catch (error) {
      failure = { error };
    }
    const deliveries = this.deliveries;
    this.deliveries = [];
    record.responseBytes = Buffer.byteLength(
      JSON.stringify(deliveries.map((delivery) => delivery.values)),
      "utf8"
    );
    // Excel on the web sends no part of a response over its limit: nothing loaded arrives.
    if (record.responseBytes > this.fake.responseLimit) {
      record.refused = "ResponsePayloadSizeLimitExceeded";
      throw new FakeOfficeError(
        record.refused,
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`
      );
    }
    for (const delivery of deliveries) delivery.deliver();
    if (failure) throw failure.error;
  }
}

abstract class ClientObject<M> {
  private memo?: { model: M | null };
  private readonly loaded = new Map<string, unknown>();
  private nullKnown?: boolean;

  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string,
    private readonly resolver: () => M | null,
    nullable = false
  ) {
    if (nullable)
      ctx.enqueue({ path, resolve: true }, () => {
        this.nullKnown = this.resolve() === null;
      });
  }

  protected get fake(): FakeExcel {
    return this.ctx.fake;
  }

  protected resolve(): M | null {
    if (!this.memo) this.memo = { model: this.resolver() };
    return this.memo.model;
  }

  /** Binds the proxy to a model found otherwise (items of a collection). */
  bind(model: M, values: Record<string, unknown>): this {
    this.memo = { model };
    for (const [key, value] of Object.entries(values)) this.loaded.set(key, value);
    return this;
  }

  protected model(): M {
    const model = this.resolve();
    if (model === null) throw new FakeOfficeError("ItemNotFound", `${this.path} is a null object.`);
    return model;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `isNullObject of ${this.path} is known only after context.sync().`
      );
    return this.nullKnown;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' of ${this.path} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.loaded.get(prop) as T;
  }

  protected write(prop: string, value: unknown, apply: (model: M) => void): void {
    this.ctx.enqueue({ path: this.path, set: prop, value }, () => apply(this.model()));
  }

  protected call(method: string, args: unknown[], apply: (model: M) => void): void {
    this.ctx.enqueue({ path: this.path, call: method, args }, () => apply(this.model()));
  }

  /** A property's value from the model, for `load`. */
  protected abstract snapshot(model: M, prop: string): unknown;

  load(props?: string | string[]): this {
    const list = parseLoad(props);
    this.ctx.enqueue({ path: this.path, load: list }, () => {
      const model = this.resolve();
      if (model === null) return;
      const values = list.map((prop) => clone(this.snapshot(model, prop)));
      this.ctx.respond(values, () => {
        list.forEach((prop, i) => this.loaded.set(prop, values[i]));
      });
    });
    return this;
  }
}

function unknownProp(path: string, prop: string): never {
  throw new Error(`fake Excel: loading '${prop}' on ${path} is not modelled`);
}

/** The tables of an .xlsx file (base64) with the sheets they are on. */
function fileTables(base64: string): { name: string; sheet: string }[] {
  const parts = unzipSync(Buffer.from(base64, "base64"));
  const text = (path: string): string => (parts[path] ? strFromU8(parts[path]!) : "");
  const targets = (rels: string): Map<string, string> =>
    new Map(
      [...rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [
        m[1]!,
        m[2]!.replace(/^\/?(xl\/)?/, ""),
      ])
    );
  const sheetParts = targets(text("xl/_rels/workbook.xml.rels"));
  const found: { name: string; sheet: string }[] = [];
  for (const m of text("xl/workbook.xml").matchAll(
    /<sheet\b[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g
  )) {
    const sheet = m[1]!
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    const part = sheetParts.get(m[2]!);
    if (!part) continue;
    const slash = part.lastIndexOf("/");
    const rels = text(`xl/${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`);
    for (const target of targets(rels).values()) {
      if (!target.includes("tables/")) continue;
      const table = text(`xl/${target.replace(/^(\.\.\/)+/, "")}`);
      const name = /<table\b[^>]*?\bname="([^"]+)"/.exec(table)?.[1];
      if (name) found.push({ name, sheet });
    }
  }
  return found;
}

/** A client result (`insertWorksheetsFromBase64`): its value is there after the sync. */
class FakeClientResult<T> {
  private set = false;
  private result?: T;

  resolveWith(value: T): void {
    this.set = true;
    this.result = value;
  }

  get value(): T {
    if (!this.set)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "A ClientResult is read before context.sync()."
      );
    return this.result as T;
  }
}

class WorkbookProxy extends ClientObject<FakeWorkbook> {
  get worksheets(): WorksheetCollectionProxy {
    return new WorksheetCollectionProxy(this.ctx, `${this.path}.worksheets`, () => this.model());
  }

  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.ctx, `${this.path}.names`, () => this.model());
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.ctx, `${this.path}.tables`, () => this.model());
  }

  get settings(): SettingCollectionProxy {
    return new SettingCollectionProxy(this.ctx, `${this.path}.settings`, () => this.model());
  }

  /** Worksheet functions (ExcelApi 1.2); only DATE is modelled, in the workbook's date system. */
  get functions(): { date: (year: number, month: number, day: number) => FunctionResultProxy } {
    this.fake.require(2, "workbook.functions");
    return {
      date: (year, month, day) =>
        new FunctionResultProxy(
          this.ctx,
          `${this.path}.functions.date(${year},${month},${day})`,
          () => ({ value: dateSerial(year, month, day, this.fake.date1904) })
        ),
    };
  }

  get protection(): WorkbookProtectionProxy {
    this.fake.require(7, "workbook.protection");
    return new WorkbookProtectionProxy(this.ctx, `${this.path}.protection`, () => this.model());
  }

  insertWorksheetsFromBase64(
    base64: string,
    options: { sheetNamesToInsert?: string[]; positionType?: string } = {}
  ): FakeClientResult<string[]> {
    this.fake.require(13, "insertWorksheetsFromBase64");
    const result = new FakeClientResult<string[]>();
    this.ctx.enqueue(
      { path: this.path, call: "insertWorksheetsFromBase64", args: [base64, options] },
      () => {
        const workbook = this.model();
        workbook.guardStructure();
        const read = readWorkbook(Buffer.from(base64, "base64"));
        if (!read.ok)
          throw new FakeOfficeError(
            "InvalidArgument",
            `The file is not a workbook (${read.rejection.code}).`
          );
        const wanted = options.sheetNamesToInsert;
        for (const name of wanted ?? [])
          if (!read.workbook.sheets.some((sheet) => sheet.name === name))
            throw new FakeOfficeError("InvalidArgument", `No sheet "${name}" in the file.`);
        const sources = read.workbook.sheets.filter(
          (sheet) => !wanted || wanted.includes(sheet.name)
        );
        const tables = fileTables(base64);
        const names = read.workbook.definedNames.filter(
          (name) =>
            name.localSheet === undefined &&
            !name.name.startsWith("_xlnm.") &&
            sources.some((sheet) => sheet.name === name.sheet)
        );
        // What Excel does with a clash is not documented: the fake refuses every one.
        const clash = (what: string): never => {
          throw new FakeOfficeError("ItemAlreadyExists", `${what} already exists.`);
        };
        for (const source of sources)
          if (workbook.findSheet(source.name)) clash(`The sheet "${source.name}"`);
        for (const table of tables.filter((t) => sources.some((s) => s.name === t.sheet)))
          if (workbook.identifierTaken(table.name)) clash(`The table name "${table.name}"`);
        for (const name of names)
          if (workbook.identifierTaken(name.name)) clash(`The name "${name.name}"`);
        const ids: string[] = [];
        for (const source of sources) {
          const sheet = workbook.addSheet(source.name);
          sheet.tables.push(...tables.filter((t) => t.sheet === source.name).map((t) => t.name));
          for (const [row, line] of source.rows)
            for (const [col, cell] of line) {
              const target = sheet.ensure(row, col);
              target.value = cell.value ?? "";
              if (cell.formula !== undefined) target.formula = `=${cell.formula}`;
              if (cell.numFmt) target.numberFormat = cell.numFmt;
            }
          sheet.merges = source.merges.map((merge) => parseArea(merge)!);
          if (source.state !== "visible")
            sheet.visibility = source.state === "hidden" ? "Hidden" : "VeryHidden";
          ids.push(sheet.id);
        }
        for (const name of names) {
          const sheet = workbook.findSheet(name.sheet!)!;
          const area = parseArea(name.ref);
          if (area) workbook.names.push({ name: name.name, sheetId: sheet.id, area });
        }
        workbook.inserts.push({
          base64Length: base64.length,
          ...(wanted ? { sheetNames: [...wanted] } : {}),
          ids,
        });
        result.resolveWith(ids);
      }
    );
    return result;
  }

  protected snapshot(_model: FakeWorkbook, prop: string): unknown {
    return unknownProp(this.path, prop);
  }
}

class WorkbookProtectionProxy extends ClientObject<FakeWorkbook> {
  protected snapshot(workbook: FakeWorkbook, prop: string): unknown {
    if (prop === "protected") return workbook.structureProtected;
    return unknownProp(this.path, prop);
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

class FunctionResultProxy extends ClientObject<{ value: number }> {
  protected snapshot(model: { value: number }, prop: string): unknown {
    if (prop === "value") return model.value;
    if (prop === "error") return null;
    return unknownProp(this.path, prop);
  }

  get value(): number {
    return this.read("value");
  }
}

class WorksheetCollectionProxy extends ClientObject<FakeWorkbook> {
  private itemProxies?: WorksheetProxy[];

  add(name?: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    this.call("add", [name], (workbook) => {
      workbook.guardStructure();
      created = workbook.addSheet(name ?? workbook.freeName(`Sheet${workbook.sheets.length + 1}`));
    });
    return new WorksheetProxy(this.ctx, `${this.path}.add(${JSON.stringify(name)})`, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The sheet was not added.");
      return created;
    });
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
      const sheet = this.model().findSheet(key);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `No sheet "${key}".`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this.fake.require(4, "getItemOrNullObject");
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this.model().findSheet(key) ?? null,
      true
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getActiveWorksheet()`, () => {
      const workbook = this.model();
      return workbook.sheets.find((sheet) => sheet.id === workbook.activeSheetId) ?? null;
    });
  }

  get items(): WorksheetProxy[] {
    if (!this.itemProxies) return this.read<WorksheetProxy[]>("items");
    return this.itemProxies;
  }

  override load(props?: string | string[]): this {
    const list = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ path: this.path, load: list }, () => {
      const workbook = this.model();
      this.itemProxies = workbook.sheets.map((sheet) => {
        const proxy = new WorksheetProxy(
          this.ctx,
          `${this.path}.getItem(${JSON.stringify(sheet.id)})`,
          () => sheet
        );
        const values: Record<string, unknown> = {};
        for (const prop of list) values[prop] = proxy.snapshotOf(sheet, prop);
        return proxy.bind(sheet, values);
      });
    });
    return this;
  }

  protected snapshot(_model: FakeWorkbook, prop: string): unknown {
    return unknownProp(this.path, prop);
  }
}

class WorksheetProxy extends ClientObject<FakeSheet> {
  snapshotOf(sheet: FakeSheet, prop: string): unknown {
    return this.snapshot(sheet, prop);
  }

  protected snapshot(sheet: FakeSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.fake.workbook.sheets.indexOf(sheet);
      case "showGridlines":
        return sheet.showGridlines;
      default:
        return unknownProp(this.path, prop);
    }
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (sheet) => {
      if (sheet.name === value) return;
      this.fake.workbook.guardStructure();
      checkSheetName(
        value,
        this.fake.workbook.sheets.filter((other) => other !== sheet)
      );
      sheet.name = value;
    });
  }

  get id(): string {
    return this.read("id");
  }

  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    // Reading a sheet's visibility is ExcelApi 1.1; setting it, 1.2.
    this.fake.require(2, "setting visibility");
    this.write("visibility", value, (sheet) => {
      const workbook = this.fake.workbook;
      if (value !== "Visible" && workbook.visibleSheets().every((s) => s === sheet))
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep one visible sheet.");
      sheet.visibility = value;
      if (value !== "Visible" && workbook.activeSheetId === sheet.id)
        workbook.activeSheetId = workbook.visibleSheets()[0]!.id;
    });
  }

  get position(): number {
    return this.read("position");
  }

  get showGridlines(): boolean {
    return this.read("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.fake.require(8, "showGridlines");
    this.write("showGridlines", value, (sheet) => {
      sheet.showGridlines = value;
    });
  }

  get protection(): WorksheetProtectionProxy {
    this.fake.require(2, "protection");
    return new WorksheetProtectionProxy(this.ctx, `${this.path}.protection`, () => this.model());
  }

  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.ctx, `${this.path}.charts`, () => this.model());
  }

  get horizontalPageBreaks(): PageBreakCollectionProxy {
    this.fake.require(9, "horizontalPageBreaks");
    return new PageBreakCollectionProxy(this.ctx, `${this.path}.horizontalPageBreaks`, () =>
      this.model()
    );
  }

  get pageLayout(): PageLayoutProxy {
    this.fake.require(9, "pageLayout");
    return new PageLayoutProxy(this.ctx, `${this.path}.pageLayout`, () => this.model());
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.ctx,
      `${this.path}.getRange(${JSON.stringify(address ?? "")})`,
      () => {
        const sheet = this.model();
        const area =
          address === undefined
            ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }
            : parseArea(address);
        if (!area) throw new FakeOfficeError("InvalidArgument", `"${address}" is not an address.`);
        return { sheet, area };
      }
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== undefined) this.fake.require(2, "getUsedRange(valuesOnly)");
    return new RangeProxy(this.ctx, `${this.path}.getUsedRange(${valuesOnly ?? ""})`, () => {
      const sheet = this.model();
      return {
        sheet,
        area: sheet.usedArea(valuesOnly ?? false) ?? { top: 1, left: 1, bottom: 1, right: 1 },
      };
    });
  }

  activate(): void {
    this.call("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.fake.workbook.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.call("delete", [], (sheet) => {
      const workbook = this.fake.workbook;
      workbook.guardStructure();
      if (sheet.visibility === "Visible" && workbook.visibleSheets().length === 1)
        throw new FakeOfficeError("InvalidOperation", "The last visible sheet cannot be deleted.");
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      if (workbook.activeSheetId === sheet.id)
        workbook.activeSheetId = workbook.visibleSheets()[0]?.id ?? "";
    });
  }
}

class WorksheetProtectionProxy extends ClientObject<FakeSheet> {
  protected snapshot(sheet: FakeSheet, prop: string): unknown {
    if (prop === "protected") return sheet.protection.protected;
    if (prop === "options") return sheet.protection.options;
    return unknownProp(this.path, prop);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  get options(): Record<string, unknown> {
    return this.read("options");
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    this.call("protect", [options, password], (sheet) => {
      if (sheet.protection.protected)
        throw new FakeOfficeError(
          "InvalidOperation",
          `The sheet ${sheet.name} is already protected.`
        );
      sheet.protection.protected = true;
      sheet.protection.options = { ...(options ?? {}) };
      if (password) sheet.protection.password = password;
      else delete sheet.protection.password;
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", [password], (sheet) => {
      if (!sheet.protection.protected) return;
      if (sheet.protection.password !== undefined && sheet.protection.password !== password)
        throw new FakeOfficeError("InvalidArgument", "The password is incorrect.");
      sheet.protection.protected = false;
      delete sheet.protection.password;
    });
  }
}

class PageLayoutProxy extends ClientObject<FakeSheet> {
  constructor(ctx: FakeContext, path: string, resolver: () => FakeSheet | null) {
    super(ctx, path, resolver);
    for (const prop of [
      "paperSize",
      "orientation",
      "zoom",
      "centerHorizontally",
      "blackAndWhite",
      "leftMargin",
      "rightMargin",
      "topMargin",
      "bottomMargin",
      "headerMargin",
      "footerMargin",
    ])
      Object.defineProperty(this, prop, {
        set: (value: unknown) => {
          this.write(prop, value, (sheet) => {
            sheet.pageLayout[prop] = clone(value);
          });
        },
        get: () => this.read(prop),
      });
  }

  protected snapshot(sheet: FakeSheet, prop: string): unknown {
    return sheet.pageLayout[prop];
  }

  setPrintArea(area: string): void {
    this.call("setPrintArea", [area], (sheet) => {
      sheet.pageLayout.printArea = area;
    });
  }

  setPrintTitleRows(rows: string): void {
    this.call("setPrintTitleRows", [rows], (sheet) => {
      sheet.pageLayout.printTitleRows = rows;
    });
  }
}

interface RangeModel {
  sheet: FakeSheet;
  area: Area;
}

function matrixOf<T>(model: RangeModel, read: (cell: FakeCell | undefined) => T): T[][] {
  const { sheet, area } = model;
  if (cellCount(area) > MAX_CELLS_TOUCHED)
    throw new Error(`fake Excel: reading ${areaText(area)} is not modelled`);
  const rows: T[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: T[] = [];
    for (let col = area.left; col <= area.right; col++)
      line.push(read(sheet.cells.get(row)?.get(col)));
    rows.push(line);
  }
  return rows;
}

function checkDimensions(model: RangeModel, input: unknown, prop: string): unknown[][] {
  const rows = model.area.bottom - model.area.top + 1;
  const cols = model.area.right - model.area.left + 1;
  if (
    !Array.isArray(input) ||
    input.length !== rows ||
    input.some((line) => !Array.isArray(line) || line.length !== cols)
  )
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`
    );
  return input as unknown[][];
}

class RangeProxy extends ClientObject<RangeModel> {
  protected snapshot(model: RangeModel, prop: string): unknown {
    const { sheet, area } = model;
    switch (prop) {
      case "address":
        return `${quoteSheetName(sheet.name)}!${areaText(area)}`;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "values":
        return matrixOf(model, (cell) => cell?.value ?? "");
      case "formulas":
        return matrixOf(model, (cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return matrixOf(model, (cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return matrixOf(model, (cell) => {
          const value = cell?.value ?? "";
          if (value === "" && cell?.formula === undefined) return "Empty";
          if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
          if (typeof value === "boolean") return "Boolean";
          return /^#(NAME\?|REF!|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)$/.test(value) ? "Error" : "String";
        });
      default:
        return unknownProp(this.path, prop);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get valueTypes(): unknown[][] {
    return this.read("valueTypes");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write("values", input, (model) => {
      const rows = checkDimensions(model, input, "values");
      model.sheet.guard("cells", model.area);
      model.sheet.each(model.area, (cell, row, col) =>
        enterInto(cell, rows[row - model.area.top]![col - model.area.left], this.fake.entry)
      );
    });
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write("formulas", input, (model) => {
      const rows = checkDimensions(model, input, "formulas");
      model.sheet.guard("cells", model.area);
      model.sheet.each(model.area, (cell, row, col) =>
        enterInto(cell, rows[row - model.area.top]![col - model.area.left], this.fake.entry)
      );
    });
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, (model) => {
      const rows = checkDimensions(model, input, "numberFormat");
      model.sheet.guard("format", model.area);
      model.sheet.each(model.area, (cell, row, col) => {
        const format = rows[row - model.area.top]![col - model.area.left];
        if (format !== null && format !== undefined) cell.numberFormat = String(format);
      });
    });
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.ctx, `${this.path}.format`, () => this.model());
  }

  get dataValidation(): DataValidationProxy {
    this.fake.require(8, "dataValidation");
    return new DataValidationProxy(this.ctx, `${this.path}.dataValidation`, () => this.model());
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.fake.require(6, "conditionalFormats");
    return new ConditionalFormatCollectionProxy(this.ctx, `${this.path}.conditionalFormats`, () =>
      this.model()
    );
  }

  merge(across = false): void {
    this.fake.require(2, "merge");
    this.call("merge", [across], ({ sheet, area }) => {
      sheet.guard("structure");
      const areas: Area[] = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
            ...area,
            top: area.top + i,
            bottom: area.top + i,
          }))
        : [area];
      for (const merge of areas) {
        if (cellCount(merge) < 2) continue;
        if (sheet.merges.some((existing) => overlaps(existing, merge)))
          throw new FakeOfficeError("InvalidOperation", `${areaText(merge)} overlaps a merge.`);
        // Excel keeps the top-left value only.
        sheet.each(merge, (cell, row, col) => {
          if (row === merge.top && col === merge.left) return;
          cell.value = "";
          delete cell.formula;
        });
        sheet.merges.push(merge);
      }
    });
  }

  unmerge(): void {
    this.fake.require(2, "unmerge");
    this.call("unmerge", [], ({ sheet, area }) => {
      sheet.guard("structure");
      sheet.merges = sheet.merges.filter((merge) => !overlaps(merge, area));
    });
  }

  select(): void {
    this.call("select", [], ({ sheet, area }) => {
      if (this.fake.workbook.activeSheetId !== sheet.id)
        throw new FakeOfficeError(
          "InvalidSelection",
          "Only a range of the active sheet can be selected."
        );
      this.fake.workbook.selection = { sheetId: sheet.id, address: areaText(area) };
    });
  }

  clear(applyTo = "All"): void {
    this.call("clear", [applyTo], ({ sheet, area }) => {
      const cells = applyTo === "Formats" ? "format" : "cells";
      sheet.guard(cells, area);
      const used = sheet.usedArea(false);
      if (!used || !overlaps(used, area)) return;
      const within: Area = {
        top: Math.max(area.top, used.top),
        left: Math.max(area.left, used.left),
        bottom: Math.min(area.bottom, used.bottom),
        right: Math.min(area.right, used.right),
      };
      sheet.each(within, (cell) => {
        if (applyTo === "All" || applyTo === "Contents") {
          cell.value = "";
          delete cell.formula;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          cell.format = newFormat();
          cell.numberFormat = "General";
        }
      });
    });
  }

  /** The range's sheet and area, resolved now (for a name added with this range). */
  resolvedModel(): RangeModel {
    return this.model();
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.fake.require(13, "getMergedAreasOrNullObject");
    return new RangeAreasProxy(
      this.ctx,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        const { sheet, area } = this.model();
        const merges = sheet.merges.filter((merge) => overlaps(merge, area));
        return merges.length > 0 ? { sheet, areas: merges } : null;
      },
      true
    );
  }
}

class RangeAreasProxy extends ClientObject<{ sheet: FakeSheet; areas: Area[] }> {
  protected snapshot(model: { sheet: FakeSheet; areas: Area[] }, prop: string): unknown {
    if (prop === "address")
      return model.areas
        .map((area) => `${quoteSheetName(model.sheet.name)}!${areaText(area)}`)
        .join(", ");
    return unknownProp(this.path, prop);
  }

  get address(): string {
    return this.read("address");
  }
}

/** A proxy over every cell of a range: setters write the same thing to each cell. */
abstract class CellsProxy extends ClientObject<RangeModel> {
  protected setEach(
    prop: string,
    value: unknown,
    guard: "format" | "cells",
    apply: (cell: FakeCell) => void
  ): void {
    this.write(prop, value, ({ sheet, area }) => {
      sheet.guard(guard, area);
      sheet.each(area, apply);
    });
  }

  /** One value for the range: the first cell's, or null when the cells differ. */
  protected common<T>(model: RangeModel, read: (cell: FakeCell | undefined) => T): T | null {
    const values = matrixOf(model, read).flat();
    const first = values[0] as T;
    return values.every((v) => JSON.stringify(v) === JSON.stringify(first)) ? first : null;
  }
}

class RangeFormatProxy extends CellsProxy {
  protected snapshot(model: RangeModel, prop: string): unknown {
    switch (prop) {
      case "columnWidth":
        return model.sheet.columnWidths.get(model.area.left) ?? DEFAULT_COLUMN_WIDTH;
      case "rowHeight":
        return model.sheet.rowHeights.get(model.area.top) ?? DEFAULT_ROW_HEIGHT;
      case "wrapText":
        return this.common(model, (cell) => cell?.format.wrapText ?? false);
      case "horizontalAlignment":
        return this.common(model, (cell) => cell?.format.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return this.common(model, (cell) => cell?.format.verticalAlignment ?? "Bottom");
      default:
        return unknownProp(this.path, prop);
    }
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.fake.require(2, "columnWidth");
    this.write("columnWidth", points, ({ sheet, area }) => {
      sheet.guard("columns");
      for (let col = area.left; col <= area.right; col++) sheet.columnWidths.set(col, points);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.fake.require(2, "rowHeight");
    this.write("rowHeight", points, ({ sheet, area }) => {
      sheet.guard("rows");
      for (let row = area.top; row <= area.bottom; row++) sheet.rowHeights.set(row, points);
    });
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.setEach("horizontalAlignment", value, "format", (cell) => {
      cell.format.horizontalAlignment = value;
    });
  }

  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.setEach("verticalAlignment", value, "format", (cell) => {
      cell.format.verticalAlignment = value;
    });
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.setEach("wrapText", value, "format", (cell) => {
      cell.format.wrapText = value;
    });
  }

  autofitColumns(): void {
    this.fake.require(2, "autofitColumns");
    this.call("autofitColumns", [], ({ sheet, area }) => {
      sheet.guard("columns");
      sheet.autofitted.push(areaText(area));
    });
  }

  autofitRows(): void {
    this.fake.require(2, "autofitRows");
    this.call("autofitRows", [], ({ sheet, area }) => {
      sheet.guard("rows");
      // Without text measurement, a fitted row is one without a height of its own.
      for (const row of [...sheet.rowHeights.keys()])
        if (row >= area.top && row <= area.bottom) sheet.rowHeights.delete(row);
      sheet.autofitted.push(`rows ${areaText(area)}`);
    });
  }

  get font(): RangeFontProxy {
    return new RangeFontProxy(this.ctx, `${this.path}.font`, () => this.model());
  }

  get fill(): RangeFillProxy {
    return new RangeFillProxy(this.ctx, `${this.path}.fill`, () => this.model());
  }

  get borders(): { getItem: (edge: string) => RangeBorderProxy } {
    return {
      getItem: (edge: string) =>
        new RangeBorderProxy(
          this.ctx,
          `${this.path}.borders.getItem(${edge})`,
          () => this.model(),
          edge
        ),
    };
  }

  get protection(): FormatProtectionProxy {
    this.fake.require(2, "format.protection");
    return new FormatProtectionProxy(this.ctx, `${this.path}.protection`, () => this.model());
  }
}

class RangeFontProxy extends CellsProxy {
  constructor(ctx: FakeContext, path: string, resolver: () => RangeModel | null) {
    super(ctx, path, resolver);
    for (const prop of ["name", "size", "bold", "italic", "underline", "color"] as const)
      Object.defineProperty(this, prop, {
        set: (value: never) => {
          this.setEach(prop, value, "format", (cell) => {
            cell.format.font[prop] = value;
          });
        },
        get: () => this.read(prop),
      });
  }

  protected snapshot(model: RangeModel, prop: string): unknown {
    const key = prop as keyof FakeCellFormat["font"];
    if (!["name", "size", "bold", "italic", "underline", "color"].includes(prop))
      return unknownProp(this.path, prop);
    return this.common(model, (cell) => cell?.format.font[key] ?? null);
  }
}

class RangeFillProxy extends CellsProxy {
  protected snapshot(model: RangeModel, prop: string): unknown {
    // Excel reports a cell without fill as white.
    if (prop === "color") return this.common(model, (cell) => cell?.format.fill ?? "#FFFFFF");
    return unknownProp(this.path, prop);
  }

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setEach("color", value, "format", (cell) => {
      cell.format.fill = value.toUpperCase();
    });
  }

  clear(): void {
    this.call("clear", [], ({ sheet, area }) => {
      sheet.guard("format", area);
      sheet.each(area, (cell) => {
        delete cell.format.fill;
      });
    });
  }
}

class RangeBorderProxy extends CellsProxy {
  constructor(
    ctx: FakeContext,
    path: string,
    resolver: () => RangeModel | null,
    private readonly edge: string
  ) {
    super(ctx, path, resolver);
    for (const prop of ["style", "weight", "color"] as const)
      Object.defineProperty(this, prop, {
        set: (value: string) => {
          this.write(prop, value, ({ sheet, area }) => {
            sheet.guard("format", area);
            sheet.each(area, (cell, row, col) => {
              // A cell's own edges: the range's outer edge, or the inside lines between cells.
              const edges: string[] = [];
              if (this.edge === "EdgeTop" && row === area.top) edges.push("EdgeTop");
              if (this.edge === "EdgeBottom" && row === area.bottom) edges.push("EdgeBottom");
              if (this.edge === "EdgeLeft" && col === area.left) edges.push("EdgeLeft");
              if (this.edge === "EdgeRight" && col === area.right) edges.push("EdgeRight");
              if (this.edge === "InsideHorizontal") {
                if (row > area.top) edges.push("EdgeTop");
                if (row < area.bottom) edges.push("EdgeBottom");
              }
              if (this.edge === "InsideVertical") {
                if (col > area.left) edges.push("EdgeLeft");
                if (col < area.right) edges.push("EdgeRight");
              }
              for (const edge of edges) (cell.format.borders[edge] ??= {})[prop] = value;
            });
          });
        },
        get: () => this.read(prop),
      });
  }

  protected snapshot(_model: RangeModel, prop: string): unknown {
    return unknownProp(this.path, prop);
  }
}

class FormatProtectionProxy extends CellsProxy {
  protected snapshot(model: RangeModel, prop: string): unknown {
    if (prop === "locked") return this.common(model, (cell) => cell?.format.locked ?? true);
    return unknownProp(this.path, prop);
  }

  get locked(): boolean {
    return this.read("locked");
  }
  set locked(value: boolean) {
    this.write("locked", value, ({ sheet, area }) => {
      // Even allowFormatCells does not let locking change on a protected sheet.
      if (sheet.protection.protected)
        throw new FakeOfficeError("AccessDenied", "Locking cannot change on a protected sheet.");
      sheet.each(area, (cell) => {
        cell.format.locked = value;
      });
    });
  }
}

function checkTexts(title: unknown, message: unknown): void {
  if (typeof title === "string" && title.length > 32)
    throw new FakeOfficeError(
      "InvalidArgument",
      "A data validation title is limited to 32 characters."
    );
  if (typeof message === "string" && message.length > 255)
    throw new FakeOfficeError(
      "InvalidArgument",
      "A data validation message is limited to 255 characters."
    );
}

class DataValidationProxy extends ClientObject<RangeModel> {
  protected snapshot(model: RangeModel, prop: string): unknown {
    const entry = model.sheet.validations.find((v) => v.area === areaText(model.area));
    if (prop === "rule") return entry?.rule ?? {};
    return unknownProp(this.path, prop);
  }

  private entry(model: RangeModel): FakeValidation {
    model.sheet.guard("structure");
    const area = areaText(model.area);
    let entry = model.sheet.validations.find((v) => v.area === area);
    if (!entry) {
      entry = { area };
      model.sheet.validations.push(entry);
    }
    return entry;
  }

  set rule(rule: unknown) {
    this.write("rule", rule, (model) => {
      this.entry(model).rule = clone(rule);
    });
  }
  get rule(): unknown {
    return this.read("rule");
  }

  set ignoreBlanks(value: boolean) {
    this.write("ignoreBlanks", value, (model) => {
      this.entry(model).ignoreBlanks = value;
    });
  }

  set prompt(value: { showPrompt: boolean; title: string; message: string }) {
    this.write("prompt", value, (model) => {
      checkTexts(value.title, value.message);
      this.entry(model).prompt = clone(value);
    });
  }

  set errorAlert(value: { showAlert: boolean; style: string; title: string; message: string }) {
    this.write("errorAlert", value, (model) => {
      checkTexts(value.title, value.message);
      this.entry(model).errorAlert = clone(value);
    });
  }

  clear(): void {
    this.call("clear", [], ({ sheet, area }) => {
      sheet.guard("structure");
      const within = (v: FakeValidation): boolean => {
        const at = parseArea(v.area)!;
        return (
          at.top >= area.top &&
          at.bottom <= area.bottom &&
          at.left >= area.left &&
          at.right <= area.right
        );
      };
      if (sheet.validations.some((v) => !within(v) && overlaps(parseArea(v.area)!, area)))
        throw new Error("fake Excel: clearing part of a validation's area is not modelled");
      const kept = sheet.validations.filter((v) => !within(v));
      sheet.validations.splice(0, sheet.validations.length, ...kept);
    });
  }
}

class ConditionalFormatCollectionProxy extends ClientObject<RangeModel> {
  protected snapshot(_model: RangeModel, prop: string): unknown {
    return unknownProp(this.path, prop);
  }

  add(type: string): ConditionalFormatProxy {
    let created: FakeConditionalFormat | undefined;
    this.call("add", [type], ({ sheet, area }) => {
      sheet.guard("structure");
      created = { area: areaText(area), type };
      sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormatProxy(this.ctx, `${this.path}.add(${type})`, () => {
      if (!created)
        throw new FakeOfficeError("ItemNotFound", "The conditional format was not added.");
      return created;
    });
  }
}

class ConditionalFormatProxy extends ClientObject<FakeConditionalFormat> {
  protected snapshot(_model: FakeConditionalFormat, prop: string): unknown {
    return unknownProp(this.path, prop);
  }

  get custom(): {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  } {
    // Write-only leaves: each setter queues a write of the custom rule or format.
    const leaf = <K extends string>(
      path: string,
      key: K,
      apply: (model: FakeConditionalFormat, value: string) => void
    ): Record<K, string> =>
      Object.defineProperty({} as Record<K, string>, key, {
        set: (value: string) => {
          this.write(path, value, (model) => {
            if (model.type !== "Custom")
              throw new FakeOfficeError("InvalidOperation", "Not a custom conditional format.");
            apply(model, value);
          });
        },
      });
    return {
      rule: leaf("custom.rule.formula", "formula", (model, value) => {
        model.formula = value;
      }),
      format: {
        fill: leaf("custom.format.fill.color", "color", (model, value) => {
          model.fill = value.toUpperCase();
        }),
        font: leaf("custom.format.font.color", "color", (model, value) => {
          model.fontColor = value.toUpperCase();
        }),
      },
    };
  }
}

class PageBreakCollectionProxy extends ClientObject<FakeSheet> {
  protected snapshot(_model: FakeSheet, prop: string): unknown {
    return unknownProp(this.path, prop);
  }

  add(pageBreakRange: string): void {
    this.call("add", [pageBreakRange], (sheet) => {
      const at = parseArea(pageBreakRange);
      if (!at)
        throw new FakeOfficeError("InvalidArgument", `"${pageBreakRange}" is not an address.`);
      if (!sheet.horizontalPageBreaks.includes(at.top)) sheet.horizontalPageBreaks.push(at.top);
    });
  }
}

const CHART_TYPES = new Set(["BarClustered", "ColumnClustered", "Pie", "Doughnut", "Line"]);

class ChartCollectionProxy extends ClientObject<FakeSheet> {
  private itemProxies?: ChartProxy[];

  protected snapshot(_model: FakeSheet, prop: string): unknown {
    return unknownProp(this.path, prop);
  }

  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: FakeChart | undefined;
    this.call("add", [type, sourceData.path, seriesBy], (sheet) => {
      if (!CHART_TYPES.has(type)) throw new Error(`fake Excel: chart type ${type} is not modelled`);
      sheet.guard("structure");
      const source = sourceData.resolvedModel();
      const { area } = source;
      const byRows = seriesBy === "Rows";
      if (!byRows && seriesBy !== "Columns")
        throw new Error("fake Excel: only series by columns or rows is modelled");
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: { sheet: source.sheet.name, area: areaText(area) },
        seriesBy,
        seriesCount: byRows ? area.bottom - area.top : area.right - area.left,
        titleFont: {},
        font: {},
        legend: {},
        dataLabels: {},
        categoryAxis: {},
        valueAxis: {},
        fills: {},
      };
      sheet.charts.push(created);
    });
    return new ChartProxy(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The chart was not added.");
      return created;
    });
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const found = this.model().charts.find((chart) => chart.name === name);
      if (!found) throw new FakeOfficeError("ItemNotFound", `No chart "${name}".`);
      return found;
    });
  }

  get items(): ChartProxy[] {
    if (!this.itemProxies) return this.read<ChartProxy[]>("items");
    return this.itemProxies;
  }

  override load(props?: string | string[]): this {
    const list = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ path: this.path, load: list }, () => {
      this.itemProxies = this.model().charts.map((chart) => {
        const proxy = new ChartProxy(
          this.ctx,
          `${this.path}.getItem(${JSON.stringify(chart.name)})`,
          () => chart
        );
        const values: Record<string, unknown> = {};
        for (const prop of list) values[prop] = proxy.snapshotOf(chart, prop);
        return proxy.bind(chart, values);
      });
    });
    return this;
  }
}

class ChartProxy extends ClientObject<FakeChart> {
  snapshotOf(chart: FakeChart, prop: string): unknown {
    return this.snapshot(chart, prop);
  }

  protected snapshot(chart: FakeChart, prop: string): unknown {
    if (prop === "name") return chart.name;
    return unknownProp(this.path, prop);
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (chart) => {
      chart.name = value;
    });
  }

  set width(value: number) {
    this.write("width", value, (chart) => {
      chart.width = value;
    });
  }

  set height(value: number) {
    this.write("height", value, (chart) => {
      chart.height = value;
    });
  }

  /**
   * Write-only properties: setting `key` queues a write at `prefix + key`. Any other
   * property cannot be set (a bridge using one the fake does not know fails loudly).
   */
  private leaves<T>(
    prefix: string,
    setters: Record<string, (chart: FakeChart, value: never) => void>,
    minor: Record<string, number> = {},
    nested: Record<string, unknown> = {}
  ): T {
    const target = { ...nested };
    for (const [key, apply] of Object.entries(setters))
      Object.defineProperty(target, key, {
        enumerable: true,
        set: (value: never) => {
          this.fake.require(minor[key] ?? 1, `chart ${prefix}${key}`);
          this.write(`${prefix}${key}`, value, (chart) => apply(chart, value));
        },
      });
    return Object.preventExtensions(target) as T;
  }

  get title(): { text: string; format: { font: { bold: boolean; size: number } } } {
    const font = this.leaves<{ bold: boolean; size: number }>("title.format.font.", {
      bold: (chart, value: boolean) => {
        chart.titleFont.bold = value;
      },
      size: (chart, value: number) => {
        chart.titleFont.size = value;
      },
    });
    return this.leaves(
      "title.",
      {
        text: (chart, value: string) => {
          chart.title = value;
        },
      },
      {},
      { format: { font } }
    );
  }

  get format(): { font: { name: string } } {
    return {
      font: this.leaves("format.font.", {
        name: (chart, value: string) => {
          chart.font.name = value;
        },
      }),
    };
  }

  get legend(): { visible: boolean; position: string } {
    return this.leaves("legend.", {
      visible: (chart, value: boolean) => {
        chart.legend.visible = value;
      },
      position: (chart, value: string) => {
        chart.legend.position = value;
      },
    });
  }

  get dataLabels(): { showValue: boolean } {
    return this.leaves("dataLabels.", {
      showValue: (chart, value: boolean) => {
        chart.dataLabels.showValue = value;
      },
    });
  }

  get axes(): {
    categoryAxis: { reversePlotOrder: boolean; position: string };
    valueAxis: { title: { text: string } };
  } {
    return {
      categoryAxis: this.leaves(
        "axes.categoryAxis.",
        {
          reversePlotOrder: (chart, value: boolean) => {
            chart.categoryAxis.reversePlotOrder = value;
          },
          position: (chart, value: string) => {
            chart.categoryAxis.position = value;
          },
        },
        { reversePlotOrder: 7, position: 8 }
      ),
      valueAxis: {
        title: this.leaves("axes.valueAxis.title.", {
          text: (chart, value: string) => {
            chart.valueAxis.title = value;
          },
        }),
      },
    };
  }

  get series(): {
    getItemAt: (index: number) => { format: { fill: { setSolidColor: (c: string) => void } } };
  } {
    return {
      getItemAt: (index: number) => ({
        format: {
          fill: {
            setSolidColor: (colour: string) => {
              this.call(
                `series.getItemAt(${index}).format.fill.setSolidColor`,
                [colour],
                (chart) => {
                  if (index < 0 || index >= chart.seriesCount)
                    throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
                  chart.fills[index] = colour.toUpperCase();
                }
              );
            },
          },
        },
      }),
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.call("setPosition", [startCell, endCell], (chart) => {
      for (const cell of [startCell, endCell])
        if (cell !== undefined && !parseArea(cell))
          throw new FakeOfficeError("InvalidArgument", `"${cell}" is not a cell.`);
      chart.position = { start: startCell, ...(endCell === undefined ? {} : { end: endCell }) };
    });
  }

  delete(): void {
    this.call("delete", [], (chart) => {
      const sheet = this.fake.workbook.sheets.find((s) => s.charts.includes(chart));
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "The chart was deleted.");
      sheet.guard("structure");
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}

function nameError(name: string): string | undefined {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) return `"${name}" is not a valid name.`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name))
    return `"${name}" looks like a cell.`;
  return undefined;
}

/** The workbook's tables (ExcelApi 1.1): their names, which share the defined names' namespace. */
class TableCollectionProxy extends ClientObject<FakeWorkbook> {
  private itemProxies?: TableProxy[];

  protected snapshot(_model: FakeWorkbook, prop: string): unknown {
    return unknownProp(this.path, prop);
  }

  get items(): TableProxy[] {
    if (!this.itemProxies) return this.read<TableProxy[]>("items");
    return this.itemProxies;
  }

  override load(props?: string | string[]): this {
    const list = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ path: this.path, load: list }, () => {
      this.itemProxies = this.model()
        .tableNames()
        .map((name) => {
          const sheet = this.model().sheets.find((s) => s.tables.includes(name))!;
          const model = { name, sheet };
          const proxy = new TableProxy(
            this.ctx,
            `${this.path}.getItem(${JSON.stringify(name)})`,
            () => model
          );
          const values: Record<string, unknown> = {};
          for (const prop of list) values[prop] = proxy.snapshotOf(model, prop);
          return proxy.bind(model, values);
        });
    });
    return this;
  }
}

/** A table by its name and sheet; renaming it (ExcelApi 1.1) follows Excel's rules. */
class TableProxy extends ClientObject<{ name: string; sheet: FakeSheet }> {
  snapshotOf(table: { name: string; sheet: FakeSheet }, prop: string): unknown {
    return this.snapshot(table, prop);
  }

  protected snapshot(table: { name: string; sheet: FakeSheet }, prop: string): unknown {
    if (prop === "name") return table.name;
    if (prop === "worksheet/name") return table.sheet.name;
    return unknownProp(this.path, prop);
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.call("name =", [name], (table) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
        throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid table name.`);
      if (
        name.toLowerCase() !== table.name.toLowerCase() &&
        this.fake.workbook.identifierTaken(name)
      )
        throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      const at = table.sheet.tables.indexOf(table.name);
      table.sheet.tables[at] = name;
      table.name = name;
    });
  }

  /** The sheet it is on; only its name is modelled, read as `items/worksheet/name`. */
  get worksheet(): { readonly name: string } {
    return { name: this.read<string>("worksheet/name") };
  }
}

class NamedItemCollectionProxy extends ClientObject<FakeWorkbook> {
  private itemProxies?: NamedItemProxy[];

  protected snapshot(_model: FakeWorkbook, prop: string): unknown {
    return unknownProp(this.path, prop);
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this.fake.require(4, "names.add");
    this.call(
      "add",
      [name, typeof reference === "string" ? reference : reference.path, comment],
      (workbook) => {
        const error = nameError(name);
        if (error) throw new FakeOfficeError("InvalidArgument", error);
        if (workbook.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
        let target: RangeModel;
        if (typeof reference === "string") {
          const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference);
          const sheet = m && workbook.findSheet((m[1] ?? m[2] ?? "").replace(/''/g, "'"));
          const area = m && parseArea(m[3]!);
          if (!sheet || !area)
            throw new FakeOfficeError("InvalidArgument", `Bad reference ${reference}.`);
          target = { sheet, area };
        } else target = reference.resolvedModel();
        workbook.names.push({ name, sheetId: target.sheet.id, area: target.area });
      }
    );
    return this.getItem(name);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const found = this.model().names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new FakeOfficeError("ItemNotFound", `No name "${name}".`);
      return found;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    this.fake.require(4, "names.getItemOrNullObject");
    return new NamedItemProxy(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this.model().names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
      true
    );
  }

  get items(): NamedItemProxy[] {
    if (!this.itemProxies) return this.read<NamedItemProxy[]>("items");
    return this.itemProxies;
  }

  override load(props?: string | string[]): this {
    const list = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ path: this.path, load: list }, () => {
      this.itemProxies = this.model().names.map((name) => {
        const proxy = new NamedItemProxy(
          this.ctx,
          `${this.path}.getItem(${JSON.stringify(name.name)})`,
          () => name
        );
        const values: Record<string, unknown> = {};
        for (const prop of list) values[prop] = proxy.snapshotOf(name, prop);
        return proxy.bind(name, values);
      });
    });
    return this;
  }
}

class NamedItemProxy extends ClientObject<FakeName> {
  snapshotOf(name: FakeName, prop: string): unknown {
    return this.snapshot(name, prop);
  }

  protected snapshot(name: FakeName, prop: string): unknown {
    const value = this.fake.workbook.nameValue(name);
    switch (prop) {
      case "name":
        return name.name;
      case "type":
        return "Range";
      case "value":
        return value;
      case "formula":
        return `=${value}`;
      case "visible":
        return true;
      default:
        return unknownProp(this.path, prop);
    }
  }

  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string {
    return this.read("value");
  }
  get visible(): boolean {
    return this.read("visible");
  }

  delete(): void {
    this.fake.require(4, "NamedItem.delete");
    this.call("delete", [], (name) => {
      const names = this.fake.workbook.names;
      names.splice(names.indexOf(name), 1);
    });
  }
}

class SettingCollectionProxy extends ClientObject<FakeWorkbook> {
  constructor(ctx: FakeContext, path: string, resolver: () => FakeWorkbook | null) {
    super(ctx, path, resolver);
    ctx.fake.require(4, "settings");
  }

  protected snapshot(_model: FakeWorkbook, prop: string): unknown {
    return unknownProp(this.path, prop);
  }

  add(key: string, value: unknown): SettingProxy {
    this.call("add", [key, value], (workbook) => {
      workbook.settings.set(key, clone(value));
    });
    return this.getItem(key);
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
      if (!this.model().settings.has(key))
        throw new FakeOfficeError("ItemNotFound", `No setting "${key}".`);
      return { key };
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => (this.model().settings.has(key) ? { key } : null),
      true
    );
  }
}

class SettingProxy extends ClientObject<{ key: string }> {
  protected snapshot(model: { key: string }, prop: string): unknown {
    if (prop === "key") return model.key;
    if (prop === "value") return this.fake.workbook.settings.get(model.key);
    return unknownProp(this.path, prop);
  }

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.call("delete", [], (model) => {
      this.fake.workbook.settings.delete(model.key);
    });
  }
}

// ---------------------------------------------------------------------------------------
// The host.

export interface FakeExcelOptions {
  /** The highest ExcelApi 1.x minor version supported (default 13). */
  readonly apiMinor?: number;
  /** Sheets the workbook starts with (default one, "Sheet1"); the first is active. */
  readonly sheets?: readonly string[];
  /**
   * The locale's order of a typed date ("dmy": vi-VN, 15/10/2026); by default none, and a
   * date typed or written stays text.
   */
  readonly typedDates?: DateOrder;
  /**
   * The workbook's date system is 1904's (Excel for Mac of old, File › Options › Advanced):
   * a typed date and `functions.date` give serials 1,462 days lower than in 1900's.
   */
  readonly date1904?: boolean;
  /**
   * What a Text-formatted cell ("@") does with a leading apostrophe written to it, which no
   * documentation states: "kept" (default) keeps it as part of the text, "prefix" takes it
   * as the text prefix, as in a General cell. A bridge must write right under both.
   */
  readonly apostropheInTextCells?: "kept" | "prefix";
  /** `Office.context.platform`: "PC" (default), "Mac", "iOS", "OfficeOnline". */
  readonly platform?: string;
}

/** One `context.sync()`: its operations, the request's and the response's UTF-8 JSON size. */
export interface FakeSync {
  operations: number;
  bytes: number;
  responseBytes: number;
  /** The error code when Excel refused the request or its response as too large. */
  refused?: string;
}

export class FakeExcel {
  readonly workbook = new FakeWorkbook();
  /** One entry per `context.sync()` (including Excel.run's final one). */
  readonly syncs: FakeSync[] = [];
  /** Excel on the web refuses requests over 5 MB. */
  requestLimit = 5 * 1024 * 1024;
  /** And responses over 5 MB (`ResponsePayloadSizeLimitExceeded`). */
  responseLimit = 5 * 1024 * 1024;
  date1904: boolean;
  apiMinor: number;
  typedDates?: DateOrder;
  apostropheInTextCells: "kept" | "prefix";
  platform: string;
  /** The files `Excel.createWorkbook` (ExcelApi 1.8) opened as new workbooks, as base64. */
  readonly createdWorkbooks: string[] = [];
  /** Times the workbook was opened (`reopen`); a request context belongs to one. */
  session = 1;
  private saved?: { Excel: unknown; Office: unknown };

  constructor(options: FakeExcelOptions = {}) {
    this.apiMinor = options.apiMinor ?? 13;
    if (options.typedDates) this.typedDates = options.typedDates;
    this.date1904 = options.date1904 ?? false;
    this.apostropheInTextCells = options.apostropheInTextCells ?? "kept";
    this.platform = options.platform ?? "PC";
    for (const name of options.sheets ?? ["Sheet1"]) this.workbook.addSheet(name);
  }

  /**
   * Refuses, as an Excel without the requirement set does, with `ApiNotFound` (Excel sends
   * it back for the request; the fake throws at the call, so the test sees which one).
   */
  require(minor: number, what: string): void {
    if (this.apiMinor < minor)
      throw new FakeOfficeError(
        "ApiNotFound",
        `${what} needs ExcelApi 1.${minor}; this Excel has 1.${this.apiMinor}`
      );
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** The rules by which input is entered into a cell. */
  get entry(): EntryRules {
    return {
      ...(this.typedDates ? { dates: this.typedDates } : {}),
      date1904: this.date1904,
      apostropheInTextCells: this.apostropheInTextCells,
    };
  }

  resetSyncs(): void {
    this.syncs.length = 0;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.workbook.sheets.find((s) => s.name === name);
    if (!sheet)
      throw new Error(`fake Excel: no sheet "${name}" (have ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  activeSheet(): FakeSheet {
    return this.workbook.sheets.find((sheet) => sheet.id === this.workbook.activeSheetId)!;
  }

  /** A user adds a sheet (no request). */
  addSheet(name: string): FakeSheet {
    return this.workbook.addSheet(name);
  }

  /** A user types into a cell, as in Excel's grid (protection applies). */
  type(sheetName: string, address: string, input: string | number | boolean): void {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(address);
    if (!at) throw new Error(`fake Excel: bad address ${address}`);
    sheet.guard("cells", { top: at.row, bottom: at.row, left: at.col, right: at.col });
    enterInto(sheet.ensure(at.row, at.col), input, this.entry);
  }

  /**
   * The workbook saved as .xlsx, closed and opened again, in this Excel or (with
   * `apiMinor`) in another one. The file keeps the sheets in their order and visibility with
   * their cells (values, formulas, number formats, formats), merges, column widths, row
   * heights, validation, conditional formats, protection and page setup; the defined names,
   * the workbook settings, the active sheet and the selection. The session's state goes:
   * every worksheet is numbered anew from 1 in the sheets' order, as Excel does (names, the
   * active sheet and the selection follow their sheet, as the file records them by sheet; an
   * id the add-in stored in a setting is left pointing at nothing or at another sheet); a request context from before refuses to sync; `FakeSheet` objects held from before are stale
   * (ask `sheet(name)` again); the log of inserted files is emptied. The add-in starts
   * afresh too: the test resets the bridge's memory (`forgetRemembered()`).
   */
  reopen(options: { apiMinor?: number } = {}): this {
    this.workbook.reopen();
    this.session++;
    if (options.apiMinor !== undefined) this.apiMinor = options.apiMinor;
    return this;
  }

  /** A user activates a sheet. */
  activate(name: string): void {
    this.workbook.activeSheetId = this.sheet(name).id;
  }

  readonly run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch returns.
    if (context.pending > 0) await context.sync();
    return result;
  };

  /** The `Office` global: requirement sets up to `apiMinor`. */
  officeGlobal(): unknown {
    return {
      PlatformType: { PC: "PC", Mac: "Mac", iOS: "iOS", OfficeOnline: "OfficeOnline" },
      context: {
        platform: this.platform,
        diagnostics: { platform: this.platform },
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            if (name !== "ExcelApi") return false;
            const [major, minor = "0"] = (version ?? "1.1").split(".");
            return Number(major) === 1 && Number(minor) <= this.apiMinor;
          },
        },
      },
    };
  }

  /** Installs this fake as the `Excel` and `Office` globals. */
  install(): this {
    const scope = globalThis as unknown as Record<string, unknown>;
    this.saved = { Excel: scope.Excel, Office: scope.Office };
    scope.Excel = {
      run: this.run,
      createWorkbook: async (base64?: string): Promise<void> => {
        this.require(8, "Excel.createWorkbook");
        if (base64 !== undefined && !readWorkbook(Buffer.from(base64, "base64")).ok)
          throw new FakeOfficeError("InvalidArgument", "The file is not a workbook.");
        this.createdWorkbooks.push(base64 ?? "");
      },
    };
    scope.Office = this.officeGlobal();
    return this;
  }

  uninstall(): void {
    const scope = globalThis as unknown as Record<string, unknown>;
    if (!this.saved) return;
    scope.Excel = this.saved.Excel;
    scope.Office = this.saved.Office;
    this.saved = undefined;
  }
}
