/**
 * Reads a campaign workbook (.xlsx or .ods, as written by `writeCampaignWorkbook` and then
 * edited and re-saved in Excel or LibreOffice): the sheet "Đợt báo cáo", or else the first
 * visible sheet that has the campaign's labels, through core's `readCampaignSheet`.
 */
import {
  CAMPAIGN_SHEET,
  readCampaignSheet,
  type CampaignGrid,
  type CampaignResult,
} from "../../core";
import { foldLabel } from "../../core/values/label";
import { readWorkbook } from "../read";
import { getCell } from "../read/sheet";
import type { ReadRejection, SheetData, WorkbookData } from "../read/types";

/** The reader's sheet as the grid core reads a campaign from. */
export function campaignGrid(sheet: SheetData, date1904: boolean): CampaignGrid {
  return {
    maxRow: sheet.maxRow,
    maxCol: sheet.maxCol,
    date1904,
    value: (row, col) => {
      const cell = getCell(sheet, row, col);
      if (!cell || cell.kind === "error" || cell.kind === "empty") return null;
      return typeof cell.value === "boolean" ? String(cell.value) : cell.value;
    },
    isHidden: (row) => sheet.hiddenRows?.has(row) ?? false,
  };
}

const SHEET_KEY = foldLabel(CAMPAIGN_SHEET);

/** The sheet that holds the campaign: by its name, else the first visible one with "Tên đơn vị". */
export function findCampaignSheet(workbook: WorkbookData): SheetData | undefined {
  const named = workbook.sheets.find((sheet) => foldLabel(sheet.name) === SHEET_KEY);
  if (named) return named;
  return workbook.sheets.find(
    (sheet) =>
      sheet.state === "visible" &&
      [...sheet.rows.values()].some((cells) =>
        [...cells.values()].some(
          (cell) =>
            typeof cell.value === "string" && foldLabel(cell.value) === foldLabel("Tên đơn vị")
        )
      )
  );
}

export type CampaignFileResult =
  | CampaignResult
  | { readonly ok: false; readonly rejection: ReadRejection; readonly problems: readonly [] }
  | { readonly ok: false; readonly noSheet: true; readonly problems: readonly [] };

/** A campaign from workbook data already read (a file, or a sheet read in Excel). */
export function campaignFromWorkbook(workbook: WorkbookData): CampaignFileResult {
  const sheet = findCampaignSheet(workbook);
  if (!sheet) return { ok: false, noSheet: true, problems: [] };
  return readCampaignSheet(campaignGrid(sheet, workbook.date1904), sheet.name);
}

/**
 * A campaign from a workbook's bytes. A file that is no workbook gives its read rejection;
 * a workbook without the campaign sheet says so; otherwise every problem with its cell.
 */
export function readCampaignWorkbook(bytes: Uint8Array): CampaignFileResult {
  const read = readWorkbook(bytes);
  if (!read.ok) return { ok: false, rejection: read.rejection, problems: [] };
  return campaignFromWorkbook(read.workbook);
}
