/**
 * The summary of a merge as the pane hands it to the bridge (`excel-host.ts`): the file as
 * base64, its reader data on demand, its sheets, the charts plan, the names it brings and
 * the same file written again under other names.
 */
import type { Campaign, MergeResult } from "../../src/core";
import type { InsertionNames, SummaryInput } from "../../src/excel";
import { vi } from "../../src/messages";
import { summaryVi } from "../../src/messages/summary";
import { summaryNamesFor } from "../../src/taskpane/excel-host";
import { readWorkbook } from "../../src/xlsx/read";
import { DATA_TABLE_NAME, summaryFileNames, writeSummary } from "../../src/xlsx/summary";
import { chartSheetPlan, type ChartSheetPlan } from "../../src/xlsx/summary/charts";

/** A summary input; `renames` records the names every rename was asked for. */
export async function summaryInputOf(
  result: MergeResult,
  campaign: Campaign,
  renames: InsertionNames[] = []
): Promise<SummaryInput & { charts: ChartSheetPlan }> {
  const generatedAt = new Date(Date.UTC(2017, 9, 14));
  const bytes = await writeSummary(result, campaign, { catalogue: vi, generatedAt });
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`summary unreadable: ${read.rejection.code}`);
  return {
    base64: Buffer.from(bytes).toString("base64"),
    workbook: () => read.workbook,
    sheetNames: read.workbook.sheets.map((sheet) => sheet.name),
    // As the pane passes it: Excel draws the charts sheet itself.
    charts: chartSheetPlan(result, campaign, summaryVi),
    brings: summaryFileNames(campaign, summaryVi),
    rename: async (names) => {
      renames.push(names);
      const again = await writeSummary(result, campaign, {
        catalogue: vi,
        generatedAt,
        names: summaryNamesFor(names, summaryVi.sheets, DATA_TABLE_NAME),
      });
      return Buffer.from(again).toString("base64");
    },
  };
}
