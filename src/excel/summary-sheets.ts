/**
 * Writes the summary of a merge into the open workbook as sheets of its own, replacing the
 * sheets this function wrote the time before and never a sheet of the user's. Where Excel
 * can insert sheets from a file (ExcelApi 1.13) the summary workbook goes in whole, with
 * its formatting; elsewhere its values, number formats and formulas are written from the
 * reader's data, cut into requests under Excel on the web's size limit.
 */
import { METADATA_SHEET } from "../core";
import { cellAddress } from "../xlsx/read/address";
import type { Cell, SheetData, WorkbookData } from "../xlsx/read/types";
import type { ChartSheetPlan } from "../xlsx/summary/charts";
import type { Capabilities } from "./capabilities";
import { GENERAL_FORMAT, textWrite } from "./cell-text";
import { insertionNames, renamesAnything, type InsertionNames } from "./insertion";
import { remembered } from "./memory";
import {
  assertStructureEditable,
  ownMarks,
  referencedSheet,
  queueMarkSheets,
  queueOwnMarks,
  queueStructureCheck,
} from "./own-sheets";
import {
  MAX_REQUEST_BYTES,
  OPERATION_BYTES,
  bandsBySize,
  jsonValueBytes,
  packBySize,
  utf8Length,
} from "./payload";
import { safeSheetName } from "./sheet-names";
import { chartSheetBytes, queueChartSheet } from "./summary-charts";

/**
 * Workbook setting that holds the worksheet ids of the summary sheets written last: a
 * record for support only, never trusted, since ids are renumbered when the file is opened
 * again. The sheets are found by their marks (`SUMMARY_MARK_PREFIX`).
 */
export const SUMMARY_SHEETS_SETTING = "tonghop.summarySheets";

/** Defined names marking the summary sheets: `TongHop_Summary_1` … (see `own-sheets.ts`). */
export const SUMMARY_MARK_PREFIX = "TongHop_Summary_";

/** Names the replaced sheets carry for the moment between the new ones' arrival and their deletion. */
const PARKING_NAME = "~tonghop";
/** The same for their tables (a table name allows letters, digits and "_" only). */
const TABLE_PARKING_NAME = "TongHop_Cu";

export interface SummaryInput {
  /** The summary workbook (.xlsx) as base64. */
  readonly base64: string;
  /**
   * The same workbook as the reader reads it (`readWorkbook(bytes)`). Asked for only when
   * the values must be written cell by cell (no `insertWorksheetsFromBase64`, or a file
   * over the request budget), so the whole-file path parses nothing.
   */
  readonly workbook: () => WorkbookData;
  /** The sheets to write, in order; the metadata sheet is never written. */
  readonly sheetNames: readonly string[];
  /**
   * The charts sheet (`chartSheetPlan`), when its name is among `sheetNames`: drawn with
   * Excel's own charts after the other sheets, on both paths, since a file's charts do not
   * come through `insertWorksheetsFromBase64`. Without it the sheet is written as cells.
   */
  readonly charts?: ChartSheetPlan;
  /**
   * The tables and workbook-level defined names the file holds besides its sheets (the
   * data table `DuLieu`, the form's input names), which must not clash with the workbook's.
   */
  readonly brings?: { readonly tables: readonly string[]; readonly names: readonly string[] };
  /**
   * The same summary file written with other names, as base64, for a workbook where some
   * of the file's names are taken. Without it such a workbook gets the values path.
   */
  readonly rename?: (names: InsertionNames) => Promise<string>;
}

export interface SummaryWriteOptions {
  /** The budget of one request in bytes; by default `MAX_REQUEST_BYTES` (4 MB). */
  readonly maxRequestBytes?: number;
}

type Value = string | number | boolean;

/** What one cell of the summary becomes: its value, number format and formula. */
export function cellWrite(
  cell: Cell | undefined,
  renames: ReadonlyMap<string, string>
): { value: Value; format: string; formula?: string } {
  if (!cell) return { value: "", format: GENERAL_FORMAT };
  if (cell.formula !== undefined)
    return {
      value: "",
      format: cell.numFmt ?? GENERAL_FORMAT,
      formula: `=${renameSheetReferences(cell.formula, renames)}`,
    };
  if (cell.value === null) return { value: "", format: cell.numFmt ?? GENERAL_FORMAT };
  if (typeof cell.value === "string") return textWrite(cell.value);
  return { value: cell.value, format: cell.numFmt ?? GENERAL_FORMAT };
}

/**
 * A formula with references to renamed sheets pointing at their new names (a summary
 * sheet renamed because the user has a sheet of that name).
 *
 * @example renameSheetReferences("SUM('Dữ liệu'!C2:C9)", new Map([["Dữ liệu", "Dữ liệu (2)"]]))
 * // "SUM('Dữ liệu (2)'!C2:C9)"
 */
export function renameSheetReferences(
  formula: string,
  renames: ReadonlyMap<string, string>
): string {
  if (renames.size === 0) return formula;
  const quote = (name: string): string => `'${name.replace(/'/g, "''")}'!`;
  return formula.replace(
    /'((?:[^']|'')+)'!|(?<![\w.'])([A-Za-z_][\w.]*)!/g,
    (whole, quoted: string | undefined, bare: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? "");
      const renamed = renames.get(name);
      return renamed === undefined ? whole : quote(renamed);
    }
  );
}

/** Estimated request bytes of one row of a sheet written by `writeBand`. */
export function rowBytes(
  sheet: SheetData,
  row: number,
  renames: ReadonlyMap<string, string>
): number {
  let bytes = 8;
  for (let col = 1; col <= sheet.maxCol; col++) {
    const write = cellWrite(sheet.rows.get(row)?.get(col), renames);
    bytes += jsonValueBytes(write.value) + jsonValueBytes(write.format);
    if (write.formula !== undefined) bytes += OPERATION_BYTES + utf8Length(write.formula) + 16;
  }
  return bytes;
}

/** Rows `first`..`last` of one sheet, written in one piece. */
export interface Band {
  readonly sheet: number;
  readonly first: number;
  readonly last: number;
  readonly bytes: number;
}

/**
 * The requests a values-only write takes: bands of rows packed into groups whose estimated
 * size stays within `budget`. Small summaries give one group.
 */
export function planBands(
  sheets: readonly SheetData[],
  renames: ReadonlyMap<string, string>,
  budget: number
): Band[][] {
  const bandOverhead = 3 * OPERATION_BYTES;
  const rowBudget = Math.max(1, budget - bandOverhead);
  const bands: Band[] = [];
  sheets.forEach((sheet, index) => {
    const sizes = Array.from({ length: sheet.maxRow }, (_, i) => rowBytes(sheet, i + 1, renames));
    for (const { first, last } of bandsBySize(sizes, rowBudget)) {
      const bytes = sizes.slice(first - 1, last).reduce((a, b) => a + b, bandOverhead);
      bands.push({ sheet: index, first, last, bytes });
    }
  });
  return packBySize(bands, (band) => band.bytes, budget);
}

/** Queues the writes of one band: number formats first, then values, then formulas. */
function writeBand(
  target: Excel.Worksheet,
  sheet: SheetData,
  band: Band,
  renames: ReadonlyMap<string, string>
): void {
  const formats: string[][] = [];
  const values: Value[][] = [];
  const formulas: { address: string; formula: string }[] = [];
  for (let row = band.first; row <= band.last; row++) {
    const formatRow: string[] = [];
    const valueRow: Value[] = [];
    for (let col = 1; col <= sheet.maxCol; col++) {
      const write = cellWrite(sheet.rows.get(row)?.get(col), renames);
      formatRow.push(write.format);
      valueRow.push(write.value);
      if (write.formula !== undefined)
        formulas.push({ address: cellAddress(row, col), formula: write.formula });
    }
    formats.push(formatRow);
    values.push(valueRow);
  }
  const range = target.getRange(
    `${cellAddress(band.first, 1)}:${cellAddress(band.last, sheet.maxCol)}`
  );
  range.numberFormat = formats;
  range.values = values;
  // Only the summary's own formulas (its SUMs) are written as formulas.
  for (const { address, formula } of formulas) target.getRange(address).formulas = [[formula]];
}

/** Header row in bold, merges back, columns fitted to their content. */
function finishSheet(target: Excel.Worksheet, sheet: SheetData, caps: Capabilities): void {
  if (sheet.maxRow === 0 || sheet.maxCol === 0) return;
  target.getRange(`A1:${cellAddress(1, sheet.maxCol)}`).format.font.bold = true;
  if (!caps.merges) return;
  for (const merge of sheet.merges) target.getRange(merge).merge(false);
  // Autofit ignores merged cells and would shrink a form's label columns to nothing.
  if (sheet.merges.length === 0)
    target.getRange(`A1:${cellAddress(sheet.maxRow, sheet.maxCol)}`).format.autofitColumns();
}

/**
 * Writes the summary sheets into the open workbook and returns their names (a name the
 * user already uses gets " (2)"). The sheets written the time before are replaced; the
 * user's own sheets are left alone. With `insertWorksheetsFromBase64` and a file under the
 * request budget the workbook is inserted whole (three requests), under sheet, table and
 * defined names free in this workbook (`insertion.ts`; the file written again by
 * `input.rename` when some are taken); otherwise its values are written (two requests plus
 * one per group of bands, one group up to about 4 MB).
 *
 * @example await writeSummarySheets({ base64, workbook, sheetNames }, caps);
 */
export async function writeSummarySheets(
  input: SummaryInput,
  caps: Capabilities,
  options: SummaryWriteOptions = {}
): Promise<string[]> {
  const budget = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const charts =
    input.charts && input.sheetNames.includes(input.charts.sheet) ? input.charts : undefined;
  const wanted = input.sheetNames.filter(
    (name) => name !== METADATA_SHEET && name !== charts?.sheet
  );
  const chartBytes = charts ? chartSheetBytes(charts) : 0;
  const fits = (base64: string): boolean => base64.length + OPERATION_BYTES + chartBytes <= budget;

  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const worksheets = workbook.worksheets;
    worksheets.load("items/name,items/id");
    const definedNames = queueOwnMarks(workbook, caps);
    const protection = queueStructureCheck(workbook, caps);
    // Tables share one namespace with defined names; an insertion must clash with neither.
    const tables = caps.insertFromBase64
      ? workbook.tables.load("items/name,items/worksheet/name")
      : undefined;
    await context.sync();
    assertStructureEditable(protection);

    // Ours are the sheets our marks name. Only an Excel without defined names (ExcelApi
    // < 1.4, hence no settings either) goes by the ids remembered in this session.
    const marks = definedNames ? ownMarks(definedNames, SUMMARY_MARK_PREFIX) : undefined;
    const sessionIds = new Set(remembered.summarySheetIds);
    const isOwn = (sheet: Excel.Worksheet): boolean =>
      marks ? marks.sheets.has(sheet.name.toLowerCase()) : sessionIds.has(sheet.id);
    const previous = worksheets.items.filter(isOwn);
    const taken = worksheets.items.filter((sheet) => !isOwn(sheet)).map((sheet) => sheet.name);
    // Names into the old sheets (a form's input names an insertion brought) go with them;
    // left, they would turn to #REF! and hold their names against the new file's.
    const previousNames = new Set(previous.map((sheet) => sheet.name.toLowerCase()));
    const markNames = new Set(marks?.names ?? []);
    const stale = (definedNames?.items ?? []).filter((item) => {
      if (markNames.has(item)) return false;
      const sheet = typeof item.value === "string" ? referencedSheet(item.value) : undefined;
      return sheet !== undefined && previousNames.has(sheet.toLowerCase());
    });
    const kept = (definedNames?.items ?? []).filter(
      (item) => !markNames.has(item) && !stale.includes(item)
    );
    // The old sheets make way under other names first: the new ones take their names,
    // and a workbook holding nothing but old summary sheets is never left without a sheet.
    for (const sheet of previous) {
      const parked = safeSheetName(PARKING_NAME, taken);
      taken.push(parked);
      sheet.name = parked;
    }
    // So do their tables (a table name is the workbook's, not the sheet's): a re-merge's file
    // brings the same DuLieu, which would otherwise have to be written again under another.
    const tableNames: string[] = [];
    for (const table of tables?.items ?? []) {
      if (!previousNames.has(table.worksheet.name.toLowerCase())) {
        tableNames.push(table.name);
        continue;
      }
      const identifiers = new Set(
        [
          ...tableNames,
          ...(tables?.items ?? []).map((t) => t.name),
          ...kept.map((n) => n.name),
        ].map((name) => name.toLowerCase())
      );
      let parked = TABLE_PARKING_NAME;
      for (let n = 2; identifiers.has(parked.toLowerCase()); n++)
        parked = `${TABLE_PARKING_NAME}${n}`;
      tableNames.push(parked);
      table.name = parked;
    }

    const remember = (ids: string[]): void => {
      if (caps.settings) workbook.settings.add(SUMMARY_SHEETS_SETTING, ids);
      remembered.summarySheetIds = ids;
    };
    // The old marks go with the old sheets; the new sheets get theirs.
    const unmark = (): void => {
      for (const item of marks?.names ?? []) item.delete();
    };
    for (const item of stale) item.delete();
    const mark = (sheets: readonly Excel.Worksheet[]): void => {
      if (marks) queueMarkSheets(workbook, SUMMARY_MARK_PREFIX, sheets);
    };
    // The charts sheet comes last, in the same request as the sheets before it.
    const drawCharts = (): { name: string; sheet: Excel.Worksheet } | undefined => {
      if (!charts) return undefined;
      const name = safeSheetName(charts.sheet, taken);
      taken.push(name);
      const sheet = worksheets.add(name);
      sheet.load("id");
      queueChartSheet(sheet, charts, caps);
      return { name, sheet };
    };

    // The file goes in whole where Excel can insert it and it fits one request, under
    // names free in this workbook (the file written again when some are taken).
    let base64 = input.base64;
    let whole = caps.insertFromBase64 && fits(base64);
    let inserting = wanted;
    if (whole) {
      const names = insertionNames(
        {
          sheets: taken,
          tables: tableNames,
          names: kept.map((item) => item.name),
        },
        { sheets: wanted, tables: input.brings?.tables ?? [], names: input.brings?.names ?? [] }
      );
      if (renamesAnything(names)) {
        if (input.rename) base64 = await input.rename(names);
        whole = input.rename !== undefined && fits(base64);
      }
      inserting = wanted.map((name) => names.sheets.get(name) ?? name);
      if (whole) taken.push(...inserting);
    }

    if (whole) {
      const ids = workbook.insertWorksheetsFromBase64(base64, {
        sheetNamesToInsert: inserting,
        positionType: "End",
      });
      for (const sheet of previous) sheet.delete();
      unmark();
      const drawn = drawCharts();
      await context.sync();

      const inserted = ids.value.map((id) => {
        const sheet = worksheets.getItem(id);
        sheet.load("name");
        return sheet;
      });
      mark([...inserted, ...(drawn ? [drawn.sheet] : [])]);
      if (inserted[0]) inserted[0].activate();
      remember([...ids.value, ...(drawn ? [drawn.sheet.id] : [])]);
      await context.sync();
      return [...inserted.map((sheet) => sheet.name), ...(drawn ? [drawn.name] : [])];
    }

    const data = input.workbook();
    const sources = wanted.map((name) => {
      const sheet = data.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`writeSummarySheets: no sheet "${name}" in the workbook data`);
      return sheet;
    });
    const names: string[] = [];
    for (const source of sources) {
      const name = safeSheetName(source.name, taken);
      taken.push(name);
      names.push(name);
    }
    const renames = new Map(
      sources.flatMap((source, i) =>
        source.name === names[i] ? [] : [[source.name, names[i]!] as const]
      )
    );
    const targets = names.map((name) => {
      const sheet = worksheets.add(name);
      sheet.load("id");
      return sheet;
    });
    for (const sheet of previous) sheet.delete();
    unmark();
    const drawn = drawCharts();
    mark([...targets, ...(drawn ? [drawn.sheet] : [])]);

    // Room in every request for what the first and last add: sheets, merges, bold headers,
    // and the charts sheet.
    const merges = sources.reduce((sum, source) => sum + source.merges.length, 0);
    const reserve =
      OPERATION_BYTES *
        (2 * previous.length + (marks?.names.length ?? 0) + 5 * targets.length + merges + 3) +
      chartBytes;
    const groups = planBands(sources, renames, Math.max(1, budget - reserve));
    if (groups.length === 0) groups.push([]);
    for (let i = 0; i < groups.length; i++) {
      for (const band of groups[i]!)
        writeBand(targets[band.sheet]!, sources[band.sheet]!, band, renames);
      if (i === groups.length - 1) {
        sources.forEach((source, s) => finishSheet(targets[s]!, source, caps));
        if (targets[0]) targets[0].activate();
      }
      // Each group is one request under Excel on the web's size limit; a summary of a few
      // hundred units is one group.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per group
      await context.sync();
    }
    remember([...targets.map((sheet) => sheet.id), ...(drawn ? [drawn.sheet.id] : [])]);
    await context.sync();
    return [...names, ...(drawn ? [drawn.name] : [])];
  });
}
