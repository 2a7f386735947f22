/**
 * The pane's xlsx writer chunk: exceljs and everything that renders workbooks. Loaded by
 * `import()` the first time a form or a summary is made, so opening the pane stays light.
 */
import { zipSync } from "fflate";
import {
  FORM_IDS,
  templateFileName,
  type Campaign,
  type FormId,
  type MergeResult,
  type Unit,
} from "../core";
import type { Catalogue } from "../messages";
import { writeFormTemplate } from "../xlsx/templates";
import { writeSummary, type SummaryNames } from "../xlsx/summary";

export { readWorkbook } from "../xlsx/read";
export { summaryFileNames } from "../xlsx/summary";
export { chartSheetPlan } from "../xlsx/summary/charts";
export { writeCampaignWorkbook } from "../xlsx/campaign/write-campaign";

/** One form as a ready-to-send .xlsx. */
export function formFile(
  form: FormId,
  campaign: Campaign,
  unit: Unit | undefined,
  catalogue: Catalogue
): Promise<Uint8Array> {
  return writeFormTemplate([form], campaign, unit, catalogue);
}

/**
 * Every unit's Mẫu 1 and Mẫu 2 in one zip, named as `tonghop templates` names them.
 * Stored, not deflated: .xlsx files are zips already.
 */
export async function rosterZip(campaign: Campaign, catalogue: Catalogue): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const unit of campaign.units) {
    for (const form of FORM_IDS) {
      files[templateFileName(form, unit)] = await writeFormTemplate(
        [form],
        campaign,
        unit,
        catalogue
      );
    }
  }
  return zipSync(files, { level: 0 });
}

/** The district's summary workbook for a merge; `names` for one that goes into a workbook. */
export function summaryFile(
  result: MergeResult,
  campaign: Campaign,
  catalogue: Catalogue,
  names?: SummaryNames
): Promise<Uint8Array> {
  return writeSummary(result, campaign, { catalogue, ...(names ? { names } : {}) });
}
