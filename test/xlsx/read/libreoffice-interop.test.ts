/**
 * Files saved by LibreOffice, as units without Excel send them: an exceljs-written return
 * converted by real soffice to .xlsx and to .ods reads back with the same cell values.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SheetData, WorkbookData } from "../../../src/xlsx/read";
import { listCells, readWorkbook } from "../../../src/xlsx/read";
import { convertWithLibreOffice } from "../../helpers/libreoffice";
import { makeTempDir } from "../../helpers/temp";
import { describeWithPrograms } from "../../helpers/tools";

function read(bytes: Uint8Array): WorkbookData {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`expected a workbook, got ${JSON.stringify(result.rejection)}`);
  return result.workbook;
}

function cellsOf(sheet: SheetData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of listCells(sheet))
    out[`${c.row},${c.col}`] = [
      c.kind,
      typeof c.value === "number" ? Math.round(c.value * 1e9) / 1e9 : c.value,
    ];
  return out;
}

describeWithPrograms(["soffice"], "readWorkbook on files saved by LibreOffice", () => {
  const dir = makeTempDir("read-lo");
  let original: WorkbookData;
  let asXlsx: WorkbookData;
  let asOds: WorkbookData;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Mẫu 2");
    ws.getCell("A1").value = "BÁO CÁO KẾT QUẢ";
    ws.getCell("A2").value = "Số lượt người tham gia";
    ws.getCell("C2").value = 1200;
    ws.getCell("C3").value = " 35 cuốn ";
    ws.getCell("C4").value = { formula: "C2*2", result: 2400 };
    ws.getCell("C5").value = true;
    ws.getCell("C6").value = new Date(Date.UTC(2022, 9, 3));
    ws.getCell("C7").value = 2.5;
    ws.getCell("C8").value = {
      richText: [{ text: "Kĩ năng ", font: { bold: true } }, { text: "sống" }],
    };
    for (let r = 10; r <= 70; r++) {
      ws.getCell(`A${r}`).value = r - 9;
      ws.getCell(`B${r}`).value = `Hoạt động ${r % 7}`;
      ws.getCell(`C${r}`).value = r * 3;
    }
    const meta = wb.addWorksheet("_meta");
    meta.state = "hidden";
    meta.getCell("A1").value = "mau2";
    const source = path.join(dir, "return.xlsx");
    writeFileSync(source, new Uint8Array(await wb.xlsx.writeBuffer()));
    const [xlsxOut] = convertWithLibreOffice(
      [source],
      "xlsx:Calc MS Excel 2007 XML",
      makeTempDir("read-lo-xlsx")
    );
    const [odsOut] = convertWithLibreOffice([source], "ods", makeTempDir("read-lo-ods"));
    original = read(readFileSync(source));
    asXlsx = read(readFileSync(xlsxOut));
    asOds = read(readFileSync(odsOut));
  });

  it("reads the same cell values from the LibreOffice .xlsx", () => {
    expect(asXlsx.format).toBe("xlsx");
    expect(asXlsx.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Mẫu 2", "visible"],
      ["_meta", "hidden"],
    ]);
    expect(cellsOf(asXlsx.sheets[0])).toEqual(cellsOf(original.sheets[0]));
    expect(cellsOf(asXlsx.sheets[1])).toEqual(cellsOf(original.sheets[1]));
    expect(asXlsx.application).toMatch(/LibreOffice/);
  });

  it("reads the same cell values from the LibreOffice .ods", () => {
    expect(asOds.format).toBe("ods");
    expect(asOds.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Mẫu 2", "visible"],
      ["_meta", "hidden"],
    ]);
    expect(cellsOf(asOds.sheets[0])).toEqual(cellsOf(original.sheets[0]));
    expect(cellsOf(asOds.sheets[1])).toEqual(cellsOf(original.sheets[1]));
    expect(asOds.modified).toBeInstanceOf(Date);
  });
});
