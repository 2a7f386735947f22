/**
 * Hidden rows and columns: `SheetData.hiddenRows` / `hiddenCols` list the hidden lines that
 * hold a stored cell, from hand-written parts, exceljs and LibreOffice re-saves.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SheetData, WorkbookData } from "../../../src/xlsx/read";
import { readWorkbook } from "../../../src/xlsx/read";
import { convertWithLibreOffice } from "../../helpers/libreoffice";
import { makeTempDir } from "../../helpers/temp";
import { describeWithPrograms } from "../../helpers/tools";
import type { SheetSpec } from "../../helpers/xlsx-builder";
import { xlsxParts, zipParts } from "../../helpers/xlsx-builder";

function read(bytes: Uint8Array): WorkbookData {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`expected a workbook, got ${JSON.stringify(result.rejection)}`);
  return result.workbook;
}

function lines(set: ReadonlySet<number> | undefined): number[] {
  return set ? [...set] : [];
}

/** An .xlsx of one sheet whose worksheet XML is edited after the builder wrote it. */
function xlsxWith(sheet: SheetSpec, edit: (xml: string) => string): Uint8Array {
  const parts = xlsxParts({ sheets: [sheet] });
  parts["xl/worksheets/sheet1.xml"] = edit(parts["xl/worksheets/sheet1.xml"]);
  return zipParts(parts);
}

const GRID: SheetSpec = {
  name: "S",
  cells: {
    A1: "STT",
    B1: "Nội dung",
    C1: 1,
    E1: 2,
    A2: 1,
    A3: 2,
    A4: 3,
    A5: 4,
    A7: 6,
  },
};

describe("hidden rows and columns (xlsx)", () => {
  it("reads <row hidden> as 1 or true and <col hidden> ranges", () => {
    const bytes = xlsxWith(GRID, (xml) =>
      xml
        .replace('<row r="2">', '<row r="2" spans="1:5" hidden="1" ht="0" customHeight="1">')
        .replace('<row r="4">', '<row r="4" hidden="true">')
        .replace('<row r="5">', '<row r="5" hidden="0">')
        .replace(
          "<sheetData>",
          '<cols><col min="1" max="1" width="9"/><col min="2" max="3" width="20" hidden="1"/></cols><sheetData>'
        )
    );
    const sheet = read(bytes).sheets[0];
    expect(lines(sheet.hiddenRows)).toEqual([2, 4]);
    expect(lines(sheet.hiddenCols)).toEqual([2, 3]);
    expect(sheet.hiddenRows?.has(3)).toBe(false);
  });

  it("reads rows hidden without an r attribute by their position", () => {
    const bytes = xlsxWith(GRID, (xml) =>
      xml.replace(/<row r="(\d+)">/g, (_m, r: string) =>
        r === "3" ? '<row hidden="1">' : `<row r="${r}">`
      )
    );
    expect(lines(read(bytes).sheets[0].hiddenRows)).toEqual([3]);
  });

  it("lists only hidden lines that hold a cell, however wide the hidden range", () => {
    const bytes = xlsxWith(GRID, (xml) =>
      xml
        .replace("<sheetData>", '<cols><col min="4" max="16384" hidden="1"/></cols><sheetData>')
        .replace("</sheetData>", '<row r="6" hidden="1"/><row r="1048576" hidden="1"/></sheetData>')
    );
    const sheet = read(bytes).sheets[0];
    expect(lines(sheet.hiddenCols)).toEqual([5]); // D is empty; E holds a cell
    expect(sheet.hiddenRows).toBeUndefined(); // rows 6 and 1048576 hold nothing
  });

  it("leaves the fields out when nothing is hidden", () => {
    const sheet = read(xlsxWith(GRID, (xml) => xml)).sheets[0];
    expect(sheet.hiddenRows).toBeUndefined();
    expect(sheet.hiddenCols).toBeUndefined();
  });
});

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"';

function ods(tables: string): Uint8Array {
  return zipParts({
    mimetype: "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml": `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
  });
}

const num = (v: number, repeat = 1): string =>
  `<table:table-cell office:value-type="float" office:value="${v}"${repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : ""}/>`;

describe("hidden rows and columns (ods)", () => {
  it("reads table:visibility collapse and filter on repeated rows and columns", () => {
    const table =
      '<table:table table:name="S">' +
      '<table:table-column table:number-columns-repeated="2"/>' +
      '<table:table-header-columns><table:table-column table:visibility="collapse"/></table:table-header-columns>' +
      '<table:table-column table:visibility="filter" table:number-columns-repeated="2"/>' +
      '<table:table-column table:visibility="visible" table:number-columns-repeated="1019"/>' +
      `<table:table-row>${num(1, 6)}</table:table-row>` +
      `<table:table-row table:visibility="collapse" table:number-rows-repeated="3">${num(2)}</table:table-row>` +
      `<table:table-row table:visibility="visible">${num(5)}</table:table-row>` +
      `<table:table-row table:visibility="filter">${num(6)}</table:table-row>` +
      '<table:table-row table:visibility="collapse"><table:table-cell/></table:table-row>' +
      `<table:table-row>${num(8)}</table:table-row>` +
      "</table:table>";
    const sheet = read(ods(table)).sheets[0];
    expect(lines(sheet.hiddenRows)).toEqual([2, 3, 4, 6]); // row 7 is hidden but empty
    expect(lines(sheet.hiddenCols)).toEqual([3, 4, 5]);
  });

  it("stores a hidden repeated empty tail of a million rows as one range, at no cost", () => {
    const table =
      '<table:table table:name="S">' +
      '<table:table-column table:visibility="collapse" table:number-columns-repeated="16384"/>' +
      `<table:table-row>${num(1)}</table:table-row>` +
      '<table:table-row table:visibility="collapse" table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
      "</table:table>";
    const started = Date.now();
    const sheet = read(ods(table)).sheets[0];
    expect(Date.now() - started).toBeLessThan(200);
    expect(sheet.hiddenRows).toBeUndefined();
    expect(lines(sheet.hiddenCols)).toEqual([1]);
  });

  it("lists a hidden row far down after a million hidden empty rows without visiting them", () => {
    const table =
      '<table:table table:name="S">' +
      `<table:table-row>${num(1)}</table:table-row>` +
      '<table:table-row table:visibility="collapse" table:number-rows-repeated="1048574"><table:table-cell/></table:table-row>' +
      `<table:table-row table:visibility="collapse">${num(2)}</table:table-row>` +
      "</table:table>";
    const started = Date.now();
    const sheet = read(ods(table)).sheets[0];
    expect(Date.now() - started).toBeLessThan(200);
    expect(lines(sheet.hiddenRows)).toEqual([1_048_576]);
  });

  it("leaves the fields out when nothing is hidden", () => {
    const sheet = read(
      ods(`<table:table table:name="S"><table:table-row>${num(1)}</table:table-row></table:table>`)
    ).sheets[0];
    expect(sheet.hiddenRows).toBeUndefined();
    expect(sheet.hiddenCols).toBeUndefined();
  });
});

/** A return with rows 3 and 5 and column B hidden, every hidden line holding values. */
async function exceljsReturn(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Mẫu 1");
  for (let r = 1; r <= 8; r++) {
    ws.getCell(`A${r}`).value = r;
    ws.getCell(`B${r}`).value = `Hoạt động ${r}`;
    ws.getCell(`C${r}`).value = r * 10;
  }
  ws.getRow(3).hidden = true;
  ws.getRow(5).hidden = true;
  ws.getColumn(2).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function hiddenOf(sheet: SheetData): { rows: number[]; cols: number[] } {
  return { rows: lines(sheet.hiddenRows), cols: lines(sheet.hiddenCols) };
}

describe("hidden rows and columns written by exceljs", () => {
  it("reads row.hidden and column.hidden", async () => {
    const sheet = read(await exceljsReturn()).sheets[0];
    expect(hiddenOf(sheet)).toEqual({ rows: [3, 5], cols: [2] });
  });
});

describeWithPrograms(["soffice"], "hidden rows and columns after a LibreOffice re-save", () => {
  let asXlsx: WorkbookData;
  let asOds: WorkbookData;

  beforeAll(async () => {
    const dir = makeTempDir("hidden-lo");
    const source = path.join(dir, "hidden.xlsx");
    writeFileSync(source, await exceljsReturn());
    const [xlsxOut] = convertWithLibreOffice(
      [source],
      "xlsx:Calc MS Excel 2007 XML",
      makeTempDir("hidden-lo-xlsx")
    );
    const [odsOut] = convertWithLibreOffice([source], "ods", makeTempDir("hidden-lo-ods"));
    asXlsx = read(readFileSync(xlsxOut));
    asOds = read(readFileSync(odsOut));
  });

  it("keeps them in the .xlsx LibreOffice writes", () => {
    expect(asXlsx.application).toMatch(/LibreOffice/);
    expect(hiddenOf(asXlsx.sheets[0])).toEqual({ rows: [3, 5], cols: [2] });
  });

  it("keeps them in the .ods LibreOffice writes", () => {
    expect(asOds.format).toBe("ods");
    expect(hiddenOf(asOds.sheets[0])).toEqual({ rows: [3, 5], cols: [2] });
  });
});
