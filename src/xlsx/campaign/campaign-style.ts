/**
 * How the campaign sheet looks, shared by its two renderers: the .xlsx writer (exceljs,
 * write-campaign.ts) and the Office.js bridge (excel/campaign-sheet.ts). Kept apart from
 * exceljs so that the bridge, which runs in the pane's Excel chunk, does not pull it in.
 */
import { dateToSerial } from "../../core/values/date";
import type { CampaignCell, CampaignCellRole, CampaignCellValue } from "../../core/campaign-sheet";

export interface CampaignStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap: boolean;
  readonly border?: boolean;
  readonly fill?: "header" | "input";
}

/** How each role looks. */
export const CAMPAIGN_STYLES: Readonly<Record<CampaignCellRole, CampaignStyle>> = {
  title: { size: 14, bold: true, wrap: false },
  hint: { size: 11, italic: true, wrap: true },
  header: { size: 12, bold: true, wrap: true, border: true, fill: "header" },
  label: { size: 12, bold: true, wrap: true, border: true },
  value: { size: 12, wrap: true, border: true, fill: "input" },
  note: { size: 11, italic: true, wrap: true, border: true },
  rosterTitle: { size: 13, bold: true, wrap: false },
  rosterHeader: { size: 12, bold: true, wrap: true, border: true, fill: "header" },
  rosterCell: { size: 12, wrap: true, border: true },
};

/** The fills, as RGB hex without "#". */
export const CAMPAIGN_FILLS: Readonly<Record<"header" | "input", string>> = {
  header: "DDEBF7",
  input: "FFFFF0",
};

/** The colour of the thin borders, RGB hex without "#". */
export const CAMPAIGN_BORDER_COLOR = "808080";

/** Rows under the last unit whose cells are Text, ready for units typed under the roster. */
export const ROSTER_TYPING_ROWS = 40;

/** The hint of the "Loại" drop-down (a title within Excel's 32 characters). */
export const TYPE_LIST_PROMPT = {
  title: "Loại đơn vị",
  message: "Chọn trong danh sách; để trống thì TổngHợp đoán theo tên.",
} as const;

/** The number format a value is shown with. */
export function campaignNumFmt(
  value: CampaignCellValue | undefined,
  cell: CampaignCell
): string | undefined {
  if (value !== undefined && typeof value === "object")
    return "date" in value ? "dd/mm/yyyy" : "hh:mm";
  if (cell.role === "rosterCell" || (cell.role === "value" && typeof value === "string"))
    return "@";
  return undefined;
}

/** A value as a cell holds it: dates and times as serial numbers. */
export function campaignCellNumber(value: CampaignCellValue): string | number {
  if (typeof value !== "object") return value;
  if ("date" in value) {
    const [y, m, d] = value.date.split("-").map(Number);
    return dateToSerial({ year: y!, month: m!, day: d! }, false) ?? value.date;
  }
  const [h, min] = value.time.split(":").map(Number);
  return (h! * 60 + min!) / 1440;
}
