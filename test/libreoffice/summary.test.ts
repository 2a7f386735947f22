/**
 * The summary in real LibreOffice: written with formulas but no cached results, re-saved by
 * LibreOffice, its form's totals are what LibreOffice computed from the data sheet, and
 * they equal the merge's totals. Unit text that looks like a formula is still text.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { INDICATOR_IDS, type MergeResult } from "../../src/core";
import { vi } from "../../src/messages";
import { summaryVi } from "../../src/messages/summary";
import { DATA_TABLE_NAME, writeSummary } from "../../src/xlsx/summary";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { FORMULA_LIKE, sampleCampaign, sampleMergeResult } from "../helpers/merge-result";
import { makeTempDir } from "../helpers/temp";
import { describeWithPrograms } from "../helpers/tools";
import { sheetXml } from "../helpers/summary-parts";

const SHEETS = summaryVi.sheets;

/** Address → [has a formula, cached `<v>`] of every cell in a sheet's XML. */
function cellsOf(xml: string): Record<string, { formula: boolean; cached?: string }> {
  const cells: Record<string, { formula: boolean; cached?: string }> = {};
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/gs)) {
    const inner = m[2] ?? "";
    const cached = /<v>(.*?)<\/v>/s.exec(inner)?.[1];
    cells[m[1]!] = { formula: /<f[\s>/]/.test(inner), ...(cached === undefined ? {} : { cached }) };
  }
  return cells;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Indicator id → the address of its count cell on the form sheet, from the defined names. */
function countCells(workbook: ExcelJS.Workbook): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const entry of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /!\$?([A-Z]+)\$?(\d+)$/.exec(entry.ranges[0] ?? "");
    if (m) cells[entry.name] = `${m[1]}${m[2]}`;
  }
  return cells;
}

describeWithPrograms(["soffice"], "the summary in LibreOffice", () => {
  const dir = makeTempDir("lo-summary");
  let result: MergeResult;
  let written: Uint8Array;
  let resaved: Uint8Array;

  beforeAll(async () => {
    result = sampleMergeResult();
    written = await writeSummary(result, sampleCampaign(), {
      catalogue: vi,
      cachedResults: false,
    });
    const file = path.join(dir, "tong-hop.xlsx");
    writeFileSync(file, written);
    const [out] = convertWithLibreOffice(
      [file],
      "xlsx:Calc MS Excel 2007 XML",
      path.join(dir, "out")
    );
    resaved = readFileSync(out!);
  });

  it("starts from formulas with no cached result", () => {
    const cells = cellsOf(sheetXml(written)[SHEETS.summary]!);
    const formulas = Object.values(cells).filter((cell) => cell.formula);
    expect(formulas).toHaveLength(INDICATOR_IDS.length);
    expect(formulas.filter((cell) => cell.cached !== undefined)).toEqual([]);
  });

  it("computes every total of the form from the data sheet", async () => {
    const addresses = countCells(await load(resaved));
    const cells = cellsOf(sheetXml(resaved)[SHEETS.summary]!);
    const computed = Object.fromEntries(
      INDICATOR_IDS.map((id) => {
        const cell = cells[addresses[id] ?? ""];
        return [id, cell?.formula ? Number(cell.cached) : "no formula"];
      })
    );
    expect(computed).toEqual(result.totals);
    // Only a recalculation gives these: no number was written in the form's cells.
    expect([computed.to_roi, computed.hoi_thao_toa_dam_nguoi]).toEqual([1200, 150]);
  });

  it("keeps the data table, and unit text as text", async () => {
    const workbook = await load(resaved);
    expect(workbook.getWorksheet(SHEETS.data)?.getTable(DATA_TABLE_NAME)).toBeTruthy();
    const xml = sheetXml(resaved);
    for (const [name, text] of Object.entries(xml)) {
      if (name === SHEETS.summary) continue;
      const formulas = Object.entries(cellsOf(text)).filter(([, cell]) => cell.formula);
      expect({ name, formulas }).toEqual({ name, formulas: [] });
    }
    expect(workbook.getWorksheet(SHEETS.data)?.getCell("B4").value).toBe(FORMULA_LIKE.hyperlink);
  });
});
