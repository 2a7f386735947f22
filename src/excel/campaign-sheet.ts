/**
 * The campaign sheet "Đợt báo cáo" in the open workbook, so that this year's campaign
 * travels with the office's workbook: written from the campaign (the same description,
 * core's `campaignSheetLayout`, and the same look, xlsx/campaign's styles, as the
 * downloaded campaign workbook), and read back as the reader's workbook data, which
 * `campaignFromWorkbook` turns into the campaign by the sheet's labels, so whatever the
 * clerk typed on the sheet counts.
 */
import { CAMPAIGN_SHEET, FONT_NAME, campaignSheetLayout, type Campaign } from "../core";
import type { CampaignCell, CampaignCellRole, CampaignSheetLayout } from "../core/campaign-sheet";
import { cellAddress, columnLetters } from "../xlsx/read/address";
import type { WorkbookData } from "../xlsx/read/types";
import {
  CAMPAIGN_BORDER_COLOR,
  CAMPAIGN_FILLS,
  CAMPAIGN_STYLES,
  ROSTER_TYPING_ROWS,
  TYPE_LIST_PROMPT,
  campaignCellNumber,
  campaignNumFmt,
} from "../xlsx/campaign/campaign-style";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { TEXT_FORMAT, textWrite } from "./cell-text";
import { characterWidthToPoints } from "./form-sheet";
import { assertStructureEditable, queueStructureCheck } from "./own-sheets";
import {
  MAX_REQUEST_BYTES,
  OPERATION_BYTES,
  bandsBySize,
  jsonValueBytes,
  packBySize,
  utf8Length,
} from "./payload";
import { readSheetByName, type ReadSheetOptions } from "./read-sheet";

export interface CampaignWriteOptions {
  /** The budget of one request in bytes; by default `MAX_REQUEST_BYTES` (4 MB). */
  readonly maxRequestBytes?: number;
}

/**
 * What one cell of the sheet gets: its number format (set before the value) and value;
 * null leaves the cell as the clearing left it (blank, General), which is also what the
 * cells a merge covers must get.
 */
export interface CellWrite {
  readonly format: string | null;
  readonly value: string | number | null;
}

/** A rectangle of cells of one role, 1-based and inclusive. */
export interface StyleArea {
  readonly role: CampaignCellRole;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The cells of the layout as a grid of writes, rows 1..lastRow by columns 1..lastCol. */
export interface CampaignGridPlan {
  readonly lastRow: number;
  readonly lastCol: number;
  /** `writes[row - 1][col - 1]`; a cell the layout leaves out is left as it is. */
  readonly writes: readonly (readonly CellWrite[])[];
}

const UNTOUCHED: CellWrite = { format: null, value: null };
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

function spanOf(cell: CampaignCell): number {
  return Math.max(1, cell.colSpan ?? 1);
}

/** The write of one layout cell: strings through `textWrite`, dates and times as serials. */
export function cellWriteOf(cell: CampaignCell): CellWrite {
  const value = cell.value === undefined ? null : campaignCellNumber(cell.value);
  if (typeof value === "string") return textWrite(value);
  return { format: campaignNumFmt(cell.value, cell) ?? null, value };
}

/** Every cell of the layout in one grid (the cells a merge covers blank, as Excel keeps them). */
export function campaignGridPlan(layout: CampaignSheetLayout): CampaignGridPlan {
  let lastRow = 0;
  let lastCol = 0;
  for (const cell of layout.cells) {
    lastRow = Math.max(lastRow, cell.row);
    lastCol = Math.max(lastCol, cell.col + spanOf(cell) - 1);
  }
  const writes: CellWrite[][] = Array.from({ length: lastRow }, () =>
    Array.from({ length: lastCol }, () => UNTOUCHED)
  );
  for (const cell of layout.cells) writes[cell.row - 1]![cell.col - 1] = cellWriteOf(cell);
  return { lastRow, lastCol, writes };
}

/**
 * The layout's cells as few rectangles of one role each (a merged cell's whole area takes
 * its role), so that a roster of any length is styled with the same handful of requests.
 */
export function styleAreas(layout: CampaignSheetLayout): StyleArea[] {
  const roles = new Map<number, Map<number, CampaignCellRole>>();
  for (const cell of layout.cells) {
    let line = roles.get(cell.row);
    if (!line) roles.set(cell.row, (line = new Map()));
    for (let col = cell.col; col < cell.col + spanOf(cell); col++) line.set(col, cell.role);
  }
  // Runs of one role along each row, then runs of equal runs down the rows.
  const open: StyleArea[] = [];
  const done: StyleArea[] = [];
  for (const row of [...roles.keys()].sort((a, b) => a - b)) {
    const line = roles.get(row)!;
    const runs: StyleArea[] = [];
    for (const col of [...line.keys()].sort((a, b) => a - b)) {
      const role = line.get(col)!;
      const last = runs[runs.length - 1];
      if (last && last.role === role && last.right === col - 1)
        runs[runs.length - 1] = { ...last, right: col };
      else runs.push({ role, top: row, bottom: row, left: col, right: col });
    }
    const still: StyleArea[] = [];
    for (const run of runs) {
      const i = open.findIndex(
        (area) =>
          area.bottom === row - 1 &&
          area.role === run.role &&
          area.left === run.left &&
          area.right === run.right
      );
      if (i >= 0) {
        still.push({ ...open[i]!, bottom: row });
        open.splice(i, 1);
      } else still.push(run);
    }
    done.push(...open);
    open.length = 0;
    open.push(...still);
  }
  done.push(...open);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function areaAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

/** A matrix of `rows` by `cols` holding `value` everywhere (Office.js wants full matrices). */
function matrix<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** Operations queued per style area at most: font (4), alignment and wrap (3), fill, 6 edges × 3. */
const STYLE_OPERATIONS = 26;

function applyStyle(sheet: Excel.Worksheet, area: StyleArea, caps: Capabilities): void {
  const style = CAMPAIGN_STYLES[area.role];
  const format = sheet.getRange(areaAddress(area.top, area.left, area.bottom, area.right)).format;
  const font = format.font;
  font.name = FONT_NAME;
  font.size = style.size;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  format.horizontalAlignment = "Left";
  format.verticalAlignment = "Center";
  // Without merges (ExcelApi 1.1) a text spread over columns runs on to the right rather
  // than wrapping within column A.
  const spread =
    area.right > area.left &&
    (area.role === "title" || area.role === "hint" || area.role === "rosterTitle");
  format.wrapText = style.wrap && (caps.merges || !spread);
  if (style.fill) format.fill.color = `#${CAMPAIGN_FILLS[style.fill]}`;
  if (!style.border) return;
  for (const edge of EDGES) {
    if (edge === "InsideHorizontal" && area.top === area.bottom) continue;
    if (edge === "InsideVertical" && area.left === area.right) continue;
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = `#${CAMPAIGN_BORDER_COLOR}`;
  }
}

/** Rows `first`..`last` of the grid, written in one piece. */
interface Band {
  readonly first: number;
  readonly last: number;
  readonly bytes: number;
}

function rowBytes(writes: readonly CellWrite[]): number {
  return writes.reduce(
    (sum, write) => sum + jsonValueBytes(write.value) + jsonValueBytes(write.format),
    8
  );
}

/** Queues one band: number formats first, so that every string meets a Text cell. */
function writeBand(sheet: Excel.Worksheet, plan: CampaignGridPlan, band: Band): void {
  const rows = plan.writes.slice(band.first - 1, band.last);
  const range = sheet.getRange(areaAddress(band.first, 1, band.last, plan.lastCol));
  range.numberFormat = rows.map((row) => row.map((write) => write.format));
  range.values = rows.map((row) => row.map((write) => write.value));
}

/** Queues the list of types on the roster's "Loại" cells and those below it. */
function addTypeList(sheet: Excel.Worksheet, layout: CampaignSheetLayout): void {
  const { first, last } = layout.typeListRows;
  const validation = sheet.getRange(
    `${cellAddress(first, 2)}:${cellAddress(last, 2)}`
  ).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source: layout.typeChoices.join(",") } };
  validation.ignoreBlanks = true;
  validation.prompt = {
    showPrompt: true,
    title: TYPE_LIST_PROMPT.title,
    message: TYPE_LIST_PROMPT.message,
  };
  // Any word may be typed (the reader knows more than the list), as in the .xlsx.
  validation.errorAlert = {
    showAlert: false,
    style: "Information",
    title: TYPE_LIST_PROMPT.title,
    message: TYPE_LIST_PROMPT.message,
  };
}

/**
 * Writes the campaign into the open workbook as the sheet "Đợt báo cáo" and returns its
 * name. A sheet of that name (in any case) is cleared (contents and formats; merges from
 * ExcelApi 1.2, the type list from 1.8) and written again in place, keeping its position
 * and visibility; otherwise the sheet is added at the end. No other sheet is touched and
 * the active sheet stays the same.
 *
 * Texts are written as Text (the roster's names, e-mails and phone numbers stay exactly as
 * given, "=HYPERLINK(…)" and "+84 …" too), the year as a number, dates and times as
 * serials shown dd/mm/yyyy and hh:mm; fonts, fills, borders and wrapping as in the .xlsx.
 * Column widths, row heights and merges need ExcelApi 1.2, the drop-down list of types
 * ExcelApi 1.8 (`caps.dataValidation`). Two requests; a roster of many thousand units
 * takes one more per further `maxRequestBytes`.
 *
 * @example await writeCampaignSheet(campaign, detectCapabilities()); // "Đợt báo cáo"
 */
export async function writeCampaignSheet(
  campaign: Campaign,
  caps: Capabilities,
  options: CampaignWriteOptions = {}
): Promise<string> {
  const budget = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const layout = campaignSheetLayout(campaign);
  const plan = campaignGridPlan(layout);
  const areas = styleAreas(layout);
  const merged = layout.cells.filter((cell) => spanOf(cell) > 1);
  const typingFirst = layout.rosterHeaderRow + campaign.units.length + 1;

  // What the first request carries besides the cells' values: clearing, sizes, styles,
  // merges, the type list and the Text cells under the roster.
  const fixedOperations =
    8 +
    layout.columnWidths.length +
    Object.keys(layout.rowHeights).length +
    areas.length * STYLE_OPERATIONS +
    merged.length;
  const fixedBytes =
    fixedOperations * OPERATION_BYTES +
    2 * (utf8Length(layout.typeChoices.join(",")) + utf8Length(TYPE_LIST_PROMPT.message) + 64) +
    ROSTER_TYPING_ROWS * plan.lastCol * jsonValueBytes(TEXT_FORMAT);
  const bandOverhead = 3 * OPERATION_BYTES;
  const rowBudget = Math.max(1, budget - fixedBytes - bandOverhead);
  const bands = bandsBySize(plan.writes.map(rowBytes), rowBudget).map(({ first, last }) => ({
    first,
    last,
    bytes:
      plan.writes.slice(first - 1, last).reduce((sum, row) => sum + rowBytes(row), 0) +
      bandOverhead,
  }));
  const groups = packBySize(bands, (band) => band.bytes, Math.max(1, budget - fixedBytes));

  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const structure = queueStructureCheck(context.workbook, caps);
    await context.sync();

    const key = CAMPAIGN_SHEET.toLowerCase();
    const existing = worksheets.items.find(
      (item) => item.name.normalize("NFC").toLowerCase() === key
    );
    // Adding the sheet or renaming it needs the structure unprotected; rewriting it does not.
    if (existing?.name !== CAMPAIGN_SHEET) assertStructureEditable(structure);
    let sheet: Excel.Worksheet;
    if (existing) {
      sheet = existing;
      const all = sheet.getRange();
      if (caps.merges) all.unmerge();
      if (caps.dataValidation) all.dataValidation.clear();
      all.clear("All");
      if (existing.name !== CAMPAIGN_SHEET) sheet.name = CAMPAIGN_SHEET;
    } else {
      sheet = worksheets.add(CAMPAIGN_SHEET);
    }

    if (caps.merges) {
      layout.columnWidths.forEach((width, i) => {
        const column = columnLetters(i + 1);
        sheet.getRange(`${column}:${column}`).format.columnWidth = characterWidthToPoints(width);
      });
    }
    for (const band of groups[0] ?? []) writeBand(sheet, plan, band);
    for (const area of areas) applyStyle(sheet, area, caps);
    if (caps.merges) {
      for (const cell of merged)
        sheet
          .getRange(areaAddress(cell.row, cell.col, cell.row, cell.col + spanOf(cell) - 1))
          .merge(false);
      // Heights the sheet had before give way to the content's, then the layout's own.
      sheet.getRange(`1:${layout.rosterHeaderRow}`).format.autofitRows();
      for (const [row, height] of Object.entries(layout.rowHeights))
        sheet.getRange(`${row}:${row}`).format.rowHeight = height;
    }
    // Units typed under the roster meet Text cells, as in the .xlsx.
    sheet.getRange(
      areaAddress(typingFirst, 1, typingFirst + ROSTER_TYPING_ROWS - 1, plan.lastCol)
    ).numberFormat = matrix(ROSTER_TYPING_ROWS, plan.lastCol, TEXT_FORMAT);
    if (caps.dataValidation) addTypeList(sheet, layout);
    await context.sync();

    for (const group of groups.slice(1)) {
      for (const band of group) writeBand(sheet, plan, band);
      // Each group is one request under Excel on the web's size limit; a roster of a few
      // thousand units is none.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per group
      await context.sync();
    }
    return CAMPAIGN_SHEET;
  });
}

/**
 * Reads the sheet "Đợt báo cáo" of the open workbook (found by its name, in any case) as
 * the reader's workbook data holding that sheet alone, for `campaignFromWorkbook`;
 * undefined when the workbook has no such sheet. Three requests for a sheet up to
 * `maxCellsPerRead` cells (see `readSheetByName`); hidden rows are read like the others.
 *
 * @example const data = await readCampaignSheetData(); if (data) campaignFromWorkbook(data);
 */
export async function readCampaignSheetData(
  caps: Capabilities = detectCapabilities(),
  options: ReadSheetOptions = {}
): Promise<WorkbookData | undefined> {
  const read = await readSheetByName(CAMPAIGN_SHEET, caps, options);
  return read?.workbook;
}
