/**
 * The first sheet of the summary: the district's own Mẫu 2, drawn from the same layout as
 * the units' template, with each count a live SUM over the data sheet. With the hidden
 * metadata sheet it is itself a Mẫu 2 return that the level above can merge.
 */
import type ExcelJS from "exceljs";
import {
  INDICATORS,
  METADATA_SHEET,
  TEMPLATE_VERSION,
  STYLES,
  estimateRowHeightAnyFont,
  layoutMau2,
  metadataRows,
  recipientLine,
  type Campaign,
  type IndicatorId,
  type LayoutCell,
  type SheetLayout,
  type TemplateMetadata,
  type Unit,
} from "../../core";
import type { Catalogue } from "../../messages";
import type { SummaryText } from "../../messages/summary";
import { columnLetter, renderLayout } from "../write-template";

/** Where each indicator's values are on the data sheet. */
export interface DataRange {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columnOf: (id: IndicatorId) => number;
}

/** `'Dữ liệu'!$C$2:$C$4`: the cells of one indicator on the data sheet. */
export function dataReference(range: DataRange, id: IndicatorId): string {
  const quoted = `'${range.sheet.replace(/'/g, "''")}'`;
  const col = columnLetter(range.columnOf(id));
  return `${quoted}!$${col}$${range.firstRow}:$${col}$${range.lastRow}`;
}

/**
 * The form as the office's report: its sheet name, "Kính gửi" the level it reports to
 * (`campaign.reportsTo`, else a dotted line to fill in), and the campaign's signature lines
 * (else the catalogue's title).
 */
export function summaryLayout(campaign: Campaign, district: Unit, text: SummaryText): SheetLayout {
  const base = layoutMau2(campaign, district);
  const signer = campaign.signer?.length ? campaign.signer.join("\n") : text.form.signatureTitle;
  const rowHeights: Record<number, number> = { ...base.rowHeights };
  // The signer's lines span as many rows, beside "Nơi nhận" and the receivers (which stay
  // under it, not a tall row below), and "(Ký tên, đóng dấu)" moves under the last line.
  const lines = signer.split("\n").length;
  const fit = (row: number, height: number): void => {
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, height);
  };
  const widthOf = (cell: LayoutCell): number =>
    base.columnWidths
      .slice(cell.col - 1, cell.col - 1 + (cell.colSpan ?? 1))
      .reduce((a, b) => a + b, 0);
  const adjust = (cell: LayoutCell): LayoutCell => {
    if (cell.style === "recipient")
      return {
        ...cell,
        value: campaign.reportsTo ? recipientLine(campaign.reportsTo) : text.form.recipient,
      };
    if (cell.style === "signatureTitle") {
      // As the units' forms: room for the lines in a font wider than Times New Roman.
      const height = estimateRowHeightAnyFont(signer, widthOf(cell), STYLES.signatureTitle.size);
      for (let row = cell.row; row < cell.row + lines; row++) fit(row, Math.ceil(height / lines));
      return { ...cell, value: signer, ...(lines > 1 ? { rowSpan: lines } : {}) };
    }
    if (cell.style === "signatureNote") {
      const row = cell.row + lines - 1;
      const text = String(cell.value);
      fit(row, estimateRowHeightAnyFont(text, widthOf(cell), STYLES.signatureNote.size));
      return { ...cell, row };
    }
    return cell;
  };
  return {
    ...base,
    sheetName: text.sheets.summary,
    cells: base.cells.map(adjust),
    rowHeights,
    lastRow: base.lastRow + lines - 1,
  };
}

/**
 * Draws the form and puts `SUM` formulas in its count cells. `totals`, when given, are
 * written as the formulas' cached results, so readers that do not recalculate see them.
 */
export async function addFormSheet(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout,
  range: DataRange,
  catalogue: Catalogue,
  totals: Readonly<Record<IndicatorId, number>> | undefined
): Promise<ExcelJS.Worksheet> {
  const sheet = await renderLayout(workbook, layout, catalogue);
  // The summary is the office's own document, edited and signed there: no protection.
  sheet.unprotect();
  const known = new Set<string>(INDICATORS.map((indicator) => indicator.id));
  for (const cell of layout.cells) {
    const id = cell.input?.indicator;
    if (!id || !known.has(id)) continue;
    const formula = `SUM(${dataReference(range, id)})`;
    sheet.getCell(cell.row, cell.col).value = totals
      ? { formula, result: totals[id] }
      : ({ formula } as ExcelJS.CellFormulaValue);
  }
  return sheet;
}

/** The hidden sheet that marks the summary as a Mẫu 2 return of the district. */
export function addMetadataSheet(
  workbook: ExcelJS.Workbook,
  campaign: Campaign,
  district: Unit,
  formSheet: string
): void {
  const meta: TemplateMetadata = {
    schema: "tonghop-template",
    templateVersion: TEMPLATE_VERSION,
    campaign: campaign.id,
    year: campaign.year,
    unit: district.name,
    role: "summary",
    sheets: { mau2: formSheet },
  };
  const sheet = workbook.addWorksheet(METADATA_SHEET, { state: "veryHidden" });
  for (const [key, value] of metadataRows(meta)) sheet.addRow([key, value]);
}
