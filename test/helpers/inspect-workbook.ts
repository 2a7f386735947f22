/**
 * Reads a workbook back with exceljs (an independent reader of what we wrote, or of what
 * LibreOffice re-saved) and summarises what a template promises: inputs, validations,
 * names, metadata, protection and print setup.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { METADATA_SHEET } from "../../src/core";

export interface TemplateSummary {
  sheets: { name: string; state: string }[];
  /** Defined names other than Excel's own (_xlnm.*), name -> ranges. */
  names: Record<string, string[]>;
  metadata: Record<string, string>;
  unlocked: (sheet: string) => string[];
  validation: (sheet: string, address: string) => ExcelJS.DataValidation | undefined;
  sheet: (name: string) => ExcelJS.Worksheet;
  /** The sheet's protection settings as read (exceljs leaves them out of its types). */
  protection: (sheet: string) => Record<string, unknown> | undefined;
  /** The ranges that carry data validation. */
  validationRanges: (sheet: string) => string[];
  formulas: string[];
}

/**
 * OOXML booleans may be written "true"/"false" (LibreOffice does) or "1"/"0". exceljs reads
 * several of them (a cell's `locked`, a sheet's protection) only as "1"/"0", so the styles
 * and worksheet parts are put in that spelling first; the meaning is the same.
 */
function normaliseBooleans(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const name of Object.keys(parts)) {
    if (name !== "xl/styles.xml" && !name.startsWith("xl/worksheets/")) continue;
    parts[name] = strToU8(
      strFromU8(parts[name] as Uint8Array).replace(
        /(\s[A-Za-z]+)="(true|false)"/g,
        (_, attribute: string, value: string) => `${attribute}="${value === "true" ? 1 : 0}"`
      )
    );
  }
  return zipSync(parts);
}

export async function inspectWorkbook(bytes: Uint8Array | Buffer): Promise<TemplateSummary> {
  const workbook = new ExcelJS.Workbook();
  const normalised = normaliseBooleans(new Uint8Array(bytes));
  await workbook.xlsx.load(Buffer.from(normalised) as unknown as ExcelJS.Buffer);
  const names: Record<string, string[]> = {};
  for (const entry of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    if (!entry.name.startsWith("_xlnm")) names[entry.name] = entry.ranges;
  }
  const metadata: Record<string, string> = {};
  workbook.getWorksheet(METADATA_SHEET)?.eachRow((row) => {
    metadata[String(row.getCell(1).value)] = String(row.getCell(2).value);
  });
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${sheet.name}!${cell.address}`);
      })
    )
  );
  const sheet = (name: string): ExcelJS.Worksheet => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return {
    sheets: workbook.worksheets.map((s) => ({ name: s.name, state: s.state })),
    names,
    metadata,
    formulas,
    sheet,
    unlocked: (name) => {
      const addresses: string[] = [];
      sheet(name).eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.protection?.locked === false) addresses.push(cell.address);
        })
      );
      return addresses;
    },
    validation: (name, address) => sheet(name).getCell(address).dataValidation,
    protection: (name) =>
      (sheet(name) as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection,
    validationRanges: (name) =>
      Object.keys(
        (sheet(name) as unknown as { dataValidations: { model: Record<string, unknown> } })
          .dataValidations.model
      ),
  };
}
