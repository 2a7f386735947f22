/**
 * Renders the campaign sheet (core/campaign-sheet) to an .xlsx with exceljs: labels, real
 * date and time cells, the roster with a drop-down list of types that reaches well below
 * the last unit, so a unit typed under the roster gets it too. Not protected: the clerk
 * edits every cell.
 */
import ExcelJS from "exceljs";
import { FONT_NAME, campaignSheetLayout, type Campaign } from "../../core";
import { a1 } from "../write-template";
import {
  CAMPAIGN_BORDER_COLOR,
  CAMPAIGN_FILLS,
  CAMPAIGN_STYLES,
  ROSTER_TYPING_ROWS,
  TYPE_LIST_PROMPT,
  campaignCellNumber,
  campaignNumFmt,
} from "./campaign-style";

export { CAMPAIGN_STYLES, campaignCellNumber, campaignNumFmt } from "./campaign-style";

const thin: Partial<ExcelJS.Border> = {
  style: "thin",
  color: { argb: `FF${CAMPAIGN_BORDER_COLOR}` },
};
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${CAMPAIGN_FILLS.header}` },
};
const INPUT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${CAMPAIGN_FILLS.input}` },
};

/**
 * The campaign workbook: the sheet "Đợt báo cáo" alone.
 *
 * @example const bytes = await writeCampaignWorkbook(newCampaign({ year: 2026, units }));
 */
export async function writeCampaignWorkbook(campaign: Campaign): Promise<Uint8Array> {
  const layout = campaignSheetLayout(campaign);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TổngHợp";
  workbook.title = `Đợt báo cáo năm ${campaign.year}`;
  workbook.created = new Date(Date.UTC(campaign.year, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: "frozen", ySplit: 0, showGridLines: true }],
    properties: { defaultRowHeight: 18 },
  });
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row, cell.col);
    const style = CAMPAIGN_STYLES[cell.role];
    if (cell.value !== undefined) target.value = campaignCellNumber(cell.value);
    const numFmt = campaignNumFmt(cell.value, cell);
    target.style = {
      font: {
        name: FONT_NAME,
        size: style.size,
        bold: style.bold ?? false,
        italic: style.italic ?? false,
      },
      alignment: { vertical: "middle", wrapText: style.wrap, horizontal: "left" },
      ...(style.border ? { border: BORDER } : {}),
      ...(style.fill === "header"
        ? { fill: HEADER_FILL }
        : style.fill === "input"
          ? { fill: INPUT_FILL }
          : {}),
      ...(numFmt ? { numFmt } : {}),
    };
    if (cell.colSpan && cell.colSpan > 1)
      sheet.mergeCells(cell.row, cell.col, cell.row, cell.col + cell.colSpan - 1);
  }
  for (const [row, height] of Object.entries(layout.rowHeights))
    sheet.getRow(Number(row)).height = height;

  // Roster cells below the last unit take text and the type list, ready for typing.
  const { first, last } = layout.typeListRows;
  const typingRows = first + campaign.units.length;
  for (let row = typingRows; row < typingRows + ROSTER_TYPING_ROWS; row++) {
    for (let col = 1; col <= 4; col++) sheet.getCell(row, col).numFmt = "@";
  }
  const list = `"${layout.typeChoices.join(",")}"`;
  // One validation over the whole column range: never two on one cell.
  // exceljs writes a range key as one <dataValidation sqref="B18:B530">; its typings omit it.
  (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(`${a1(first, 2)}:${a1(last, 2)}`, {
    type: "list",
    allowBlank: true,
    formulae: [list],
    showErrorMessage: false,
    showInputMessage: true,
    promptTitle: TYPE_LIST_PROMPT.title,
    prompt: TYPE_LIST_PROMPT.message,
  });
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
