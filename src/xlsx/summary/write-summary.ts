/**
 * Writes the district's summary workbook from a merge: the district's own Mẫu 2 with live
 * totals, the data table behind them, the schedule, the roster against returns, every
 * finding and the units' comments. Nothing a unit typed becomes a formula: the only
 * formulas are the form's SUMs, built here from sheet names and cell addresses.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { Campaign, MergeResult, SheetLayout, Unit } from "../../core";
import { renderFinding, visibleText, type Catalogue } from "../../messages";
import type { SummaryText } from "../../messages/summary";
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
  DATA_TABLE_NAME,
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
  /** Other names for the file's sheets, table and defined names (see `SummaryNames`). */
  readonly names?: SummaryNames;
}

/**
 * Names the summary takes instead of its own, for a workbook it is inserted into where its
 * own are taken (the add-in's "Tổng hợp vào sổ tính"): sheets by their key, the data
 * table, and the form's defined names to leave out.
 */
export interface SummaryNames {
  readonly sheets?: Partial<Record<keyof SummaryText["sheets"], string>>;
  readonly dataTable?: string;
  readonly omitNames?: readonly string[];
}

/** The tables and workbook-level defined names a summary file holds besides its sheets. */
export function summaryFileNames(
  campaign: Campaign,
  text: SummaryText
): { tables: string[]; names: string[] } {
  const layout = summaryLayout(campaign, summaryDistrict(campaign), text);
  return {
    tables: [DATA_TABLE_NAME],
    names: [
      ...layout.cells.flatMap((cell) => (cell.input?.name ? [cell.input.name] : [])),
      ...layout.rangeNames.map((range) => range.name),
    ],
  };
}

/** The layout without the defined names `omit` lists (compared in any case). */
function withoutNames(layout: SheetLayout, omit: readonly string[]): SheetLayout {
  if (omit.length === 0) return layout;
  const left = (name: string): boolean =>
    !omit.some((other) => other.toLowerCase() === name.toLowerCase());
  return {
    ...layout,
    cells: layout.cells.map((cell) => {
      if (!cell.input?.name || left(cell.input.name)) return cell;
      const { name: _omitted, ...input } = cell.input;
      return { ...cell, input };
    }),
    rangeNames: layout.rangeNames.filter((range) => left(range.name)),
  };
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
  const names = options.names ?? {};
  const catalogue: Catalogue = names.sheets
    ? {
        ...options.catalogue,
        summary: {
          ...options.catalogue.summary,
          sheets: { ...options.catalogue.summary.sheets, ...names.sheets },
        },
      }
    : options.catalogue;
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
  const layout = withoutNames(summaryLayout(campaign, district, text), names.omitNames ?? []);
  const totals = options.cachedResults === false ? undefined : result.totals;
  await addFormSheet(workbook, layout, dataRange(result, text), catalogue, totals);
  const lists = [
    addDataSheet(workbook, result, text, names.dataTable ?? DATA_TABLE_NAME),
    addScheduleSheet(workbook, result, text),
    addSubmissionsSheet(workbook, result, text),
    // The file, sheet and cell have columns of their own: the sentence is the finding's alone.
    addChecksSheet(workbook, result, text, (finding) =>
      visibleText(renderFinding(catalogue, finding))
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
