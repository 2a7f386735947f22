/**
 * Writes the district's summary workbook from a merge: the district's own Mẫu 2 with live
 * totals, the data table behind them, the schedule, the roster against returns, every
 * finding and the units' comments. Nothing a unit typed becomes a formula: the only
 * formulas are the form's SUMs, built here from sheet names and cell addresses.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { Campaign, MergeResult, Unit } from "../../core";
import { visibleText, type Catalogue } from "../../messages";
import { addFormSheet, addMetadataSheet, summaryLayout } from "./form-sheet";
import { chartParts } from "./chart-parts";
import { addChartSheet } from "./chart-sheet";
import {
  addChecksSheet,
  addDataSheet,
  addOpinionsSheet,
  addScheduleSheet,
  addSubmissionsSheet,
  dataRange,
} from "./list-sheets";
import { listRowParts } from "./list-rows";
import { fflateDeflate, writeZip, zipEntry, type RawDeflate } from "../zip-writer";

export interface SummaryOptions {
  /**
   * Every text of the workbook: sheet names and headers (`summary`), finding sentences on
   * the checks sheet, and the input hints of the form, all from the one locale.
   */
  readonly catalogue: Catalogue;
  /** The office whose report this is; by default the campaign's receiving office. */
  readonly district?: Unit;
  /** When the summary was made (workbook properties); by default now. */
  readonly generatedAt?: Date;
  /**
   * Write the totals as the formulas' cached results (default true). Tests turn it off to
   * see a spreadsheet program compute the formulas itself.
   */
  readonly cachedResults?: boolean;
  /** Raw deflate for the file's parts: fflate by default; the CLI passes Node's zlib. */
  readonly deflate?: RawDeflate;
}

/**
 * The office a summary reports for: `options.district`, else the campaign's collecting unit
 * ("Phường Phú Bài"), else its receiving office (the presets' Phòng GD&ĐT).
 */
export function summaryDistrict(campaign: Campaign, district?: Unit): Unit {
  return (
    district ?? { name: campaign.collectingUnit || campaign.receivingOffice, type: "district" }
  );
}

/**
 * The summary workbook of a merge, as .xlsx bytes: seven sheets (form, data, schedule,
 * submissions, checks, comments, charts) and the hidden metadata sheet.
 *
 * @example
 * const bytes = await writeSummary(result, HUONG_THUY_2017, { catalogue: vi });
 */
export async function writeSummary(
  result: MergeResult,
  campaign: Campaign,
  options: SummaryOptions
): Promise<Uint8Array> {
  const { catalogue } = options;
  const text = catalogue.summary;
  const district = summaryDistrict(campaign, options.district);
  const generatedAt = options.generatedAt ?? new Date();

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TổngHợp";
  workbook.title = `${text.sheets.summary} – ${district.name}`;
  workbook.subject = `Tuần lễ hưởng ứng học tập suốt đời năm ${campaign.year}`;
  workbook.created = generatedAt;
  workbook.modified = generatedAt;

  // The form comes first but refers to the data sheet, whose ranges are known up front.
  const layout = summaryLayout(campaign, district, text);
  const totals = options.cachedResults === false ? undefined : result.totals;
  await addFormSheet(workbook, layout, dataRange(result, text), catalogue, totals);
  const lists = [
    addDataSheet(workbook, result, text),
    addScheduleSheet(workbook, result, text),
    addSubmissionsSheet(workbook, result, text),
    // The file, sheet and cell have columns of their own: the sentence is the finding's alone.
    addChecksSheet(workbook, result, text, (finding) =>
      visibleText(catalogue.finding[finding.code](finding))
    ),
    addOpinionsSheet(workbook, result, text),
  ];
  const charts = addChartSheet(workbook, result, campaign, text);
  addMetadataSheet(workbook, campaign, district, layout.sheetName);

  // exceljs writes the frame uncompressed; the list rows go into its XML, then one deflate.
  const frame = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never);
  const parts = unzipSync(new Uint8Array(frame as ArrayBuffer));
  const rewrites = listRowParts(parts, lists);
  // exceljs has no charts: their drawing and chart parts are written here.
  Object.assign(parts, chartParts(parts, charts));
  const deflate = options.deflate ?? fflateDeflate;
  // Each list sheet's XML is made just before it is deflated, and dropped after.
  const entries = Object.entries(parts).map(([name, bytes]) =>
    zipEntry(name, rewrites.get(name)?.() ?? bytes, deflate)
  );
  // Every entry dated as the summary: the same merge at the same time gives the same bytes.
  return writeZip(entries, generatedAt);
}
