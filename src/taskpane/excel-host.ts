/**
 * The pane's Excel host: the bridge (the only code that calls Office.js) plus the lazy
 * xlsx chunks. Loaded only when the pane runs inside Excel.
 */
import { layoutForm, mergeReturns, templateMetadata, type Campaign } from "../core";
import {
  createFormSheet,
  detectCapabilities,
  fileSavingFor,
  officePlatform,
  openAsNewWorkbook,
  markCells,
  missingFeatures,
  readActiveSheet,
  readCampaignSheetData,
  selectCell,
  writeCampaignSheet,
  writeSummarySheets,
  type Capabilities,
  type InsertionNames,
} from "../excel";
import type { SummaryText } from "../messages/summary";
import type { SummaryNames } from "../xlsx/summary";
import type { ExcelHost } from "./host";
import { loadReader, loadWriter } from "./lazy";

/** Base64 of bytes, in slices so that large summaries do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export { officeIsExcel } from "../excel";

/**
 * The summary's own names for the free names the bridge chose (sheets by their key).
 *
 * @example summaryNamesFor({ sheets: new Map([["Tổng hợp", "Tổng hợp (2)"]]), … }, summaryVi.sheets)
 * // { sheets: { summary: "Tổng hợp (2)" }, dataTable: …, omitNames: … }
 */
export function summaryNamesFor(
  names: InsertionNames,
  sheets: SummaryText["sheets"],
  dataTable: string
): SummaryNames {
  const renamed: Partial<Record<keyof SummaryText["sheets"], string>> = {};
  for (const key of Object.keys(sheets) as (keyof SummaryText["sheets"])[]) {
    const to = names.sheets.get(sheets[key]);
    if (to !== undefined && to !== sheets[key]) renamed[key] = to;
  }
  return {
    sheets: renamed,
    dataTable: names.tables.get(dataTable) ?? dataTable,
    omitNames: names.omitNames,
  };
}

export function createExcelHost(
  caps: Capabilities = detectCapabilities(),
  platform: string | undefined = officePlatform()
): ExcelHost {
  return {
    missing: missingFeatures(caps),
    fileSaving: fileSavingFor(platform, caps),
    openAsWorkbook: (bytes) => openAsNewWorkbook(toBase64(bytes)),

    async createForm(form, campaign, unit, catalogue) {
      const layout = layoutForm(form, campaign, unit);
      const { sheetName } = await createFormSheet(
        layout,
        templateMetadata(campaign, [form], unit),
        catalogue,
        caps
      );
      return sheetName;
    },

    async checkActiveSheet(campaign: Campaign) {
      const [{ sheetName, workbook }, reader] = await Promise.all([
        readActiveSheet(),
        loadReader(),
      ]);
      const data = reader.extractReturn(workbook, { file: sheetName, roster: campaign.units });
      const result = mergeReturns([{ kind: "read", data }], campaign);
      const outcome = result.files[0]!;
      const marks = outcome.findings
        .filter((finding) => finding.at.cell && (finding.at.sheet ?? sheetName) === sheetName)
        .map((finding) => ({ cell: finding.at.cell!, severity: finding.severity }));
      await markCells(sheetName, marks, caps);
      return { sheetName, outcome };
    },

    selectCell: (sheetName, cell) => selectCell(sheetName, cell),

    async writeSummary(result, campaign, catalogue) {
      const writer = await loadWriter();
      const bytes = await writer.summaryFile(result, campaign, catalogue);
      const brings = writer.summaryFileNames(campaign, catalogue.summary);
      return writeSummarySheets(
        {
          base64: toBase64(bytes),
          workbook: () => {
            const read = writer.readWorkbook(bytes);
            if (!read.ok) throw new Error(`summary unreadable: ${read.rejection.code}`);
            return read.workbook;
          },
          // The sheets writeSummary writes, in its order (the metadata sheet stays out).
          sheetNames: Object.values(catalogue.summary.sheets),
          // Excel draws the charts itself: a file's charts do not come through an insert.
          charts: writer.chartSheetPlan(result, campaign, catalogue.summary),
          brings,
          // Written again, under free names, for a workbook where some of them are taken.
          rename: async (names) =>
            toBase64(
              await writer.summaryFile(
                result,
                campaign,
                catalogue,
                summaryNamesFor(names, catalogue.summary.sheets, brings.tables[0]!)
              )
            ),
        },
        caps
      );
    },

    async loadCampaign() {
      const [data, reader] = await Promise.all([readCampaignSheetData(caps), loadReader()]);
      if (!data) return undefined;
      const result = reader.campaignFromWorkbook(data);
      // The bridge read a sheet, but not one with the campaign's labels.
      if ("noSheet" in result || "rejection" in result) return undefined;
      return result;
    },

    saveCampaign: (campaign) => writeCampaignSheet(campaign, caps),
  };
}
