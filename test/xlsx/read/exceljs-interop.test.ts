/**
 * exceljs as an independent writer: whatever it writes, readWorkbook reads back the same
 * values, kinds, names and sheet states.
 */
import ExcelJS from "exceljs";
import type { WorkbookData } from "../../../src/xlsx/read";
import { excelSerialToDate, getCell, readWorkbook } from "../../../src/xlsx/read";

async function writeWithExcelJs(
  build: (wb: ExcelJS.Workbook) => void,
  options: Partial<ExcelJS.XlsxWriteOptions> = {}
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer(options));
}

function read(bytes: Uint8Array): WorkbookData {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`expected a workbook, got ${JSON.stringify(result.rejection)}`);
  return result.workbook;
}

const MODIFIED = new Date("2022-10-13T09:00:00Z");
const ACTIVITY_DAY = new Date(Date.UTC(2022, 9, 3));

function buildReturn(wb: ExcelJS.Workbook): void {
  wb.modified = MODIFIED;
  const ws = wb.addWorksheet("Mẫu 2");
  ws.getCell("A1").value = "BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HỌC TẬP SUỐT ĐỜI NĂM 2022";
  ws.mergeCells("A1:D1");
  ws.getCell("A14").value = "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ";
  ws.getCell("C14").value = 12;
  ws.getCell("C15").value = " 35 cuốn ";
  ws.getCell("C16").value = { formula: "C14*2", result: 24 };
  ws.getCell("C17").value = {
    richText: [{ text: "Kĩ năng ", font: { bold: true } }, { text: "sống" }],
  };
  ws.getCell("C18").value = true;
  ws.getCell("C19").value = ACTIVITY_DAY;
  ws.getCell("C20").value = 0.5;
  ws.getCell("C20").numFmt = "0%";
  ws.getCell("C21").value = { error: "#N/A" };
  ws.getCell("C22").value = "=1+1";
  for (let r = 30; r <= 33; r++) ws.getCell(`D${r}`).value = r;
  ws.getCell("E30").value = { formula: "D30*2", result: 60 };
  for (let r = 31; r <= 33; r++)
    ws.getCell(`E${r}`).value = { sharedFormula: "E30", result: r * 2 };
  wb.definedNames.add("'Mẫu 2'!$C$14", "ke_hoach");
  const hidden = wb.addWorksheet("_meta");
  hidden.state = "veryHidden";
  hidden.getCell("A1").value = "mau2";
  const plain = wb.addWorksheet("Unit's notes");
  plain.state = "hidden";
  plain.getCell("B2").value = "ghi chú";
}

describe("readWorkbook on files written by exceljs", () => {
  it.each([
    ["shared strings", { useSharedStrings: true }],
    ["inline strings", { useSharedStrings: false }],
  ])("reads values, kinds and formulas (%s)", async (_label, options) => {
    const wb = read(await writeWithExcelJs(buildReturn, options));
    const sheet = wb.sheets[0];
    expect(getCell(sheet, "A14")).toMatchObject({
      value: "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ",
      kind: "string",
    });
    expect(getCell(sheet, "C14")).toMatchObject({ value: 12, kind: "number" });
    expect(getCell(sheet, "C15")).toMatchObject({ value: " 35 cuốn ", kind: "string" });
    expect(getCell(sheet, "C16")).toMatchObject({ value: 24, kind: "number", formula: "C14*2" });
    expect(getCell(sheet, "C17")).toMatchObject({ value: "Kĩ năng sống", kind: "string" });
    expect(getCell(sheet, "C18")).toMatchObject({ value: true, kind: "boolean" });
    expect(getCell(sheet, "C19")?.kind).toBe("date");
    expect(excelSerialToDate(getCell(sheet, "C19")?.value as number, wb.date1904)).toEqual(
      ACTIVITY_DAY
    );
    expect(getCell(sheet, "C20")).toMatchObject({ value: 0.5, kind: "number", numFmt: "0%" });
    expect(getCell(sheet, "C21")).toMatchObject({ value: "#N/A", kind: "error" });
    expect(getCell(sheet, "C22")).toMatchObject({ value: "=1+1", kind: "string" });
    expect(getCell(sheet, "C22")?.formula).toBeUndefined();
    expect(getCell(sheet, "E32")).toMatchObject({ value: 64, kind: "number", formula: "D32*2" });
    expect(sheet.merges).toEqual(["A1:D1"]);
  });

  it("reads sheet states, defined names and the modified time", async () => {
    const wb = read(await writeWithExcelJs(buildReturn));
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Mẫu 2", "visible"],
      ["_meta", "veryHidden"],
      ["Unit's notes", "hidden"],
    ]);
    expect(getCell(wb.sheets[2], "B2")?.value).toBe("ghi chú");
    expect(wb.definedNames).toContainEqual({
      name: "ke_hoach",
      sheet: "Mẫu 2",
      ref: "$C$14",
      raw: "'Mẫu 2'!$C$14",
    });
    expect(wb.modified).toEqual(MODIFIED);
    expect(wb.format).toBe("xlsx");
  });

  it("reads dates in a 1904 workbook", async () => {
    const bytes = await writeWithExcelJs((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("S").getCell("A1").value = ACTIVITY_DAY;
    });
    const wb = read(bytes);
    expect(wb.date1904).toBe(true);
    expect(excelSerialToDate(getCell(wb.sheets[0], "A1")?.value as number, true)).toEqual(
      ACTIVITY_DAY
    );
  });

  it("agrees with exceljs reading the same file back", async () => {
    const bytes = await writeWithExcelJs(buildReturn);
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.load(bytes.slice().buffer);
    const ours = read(bytes);
    theirs.eachSheet((ws, id) => {
      const sheet = ours.sheets[id - 1];
      expect(sheet.name).toBe(ws.name);
      ws.eachRow((row, r) =>
        row.eachCell((c, col) => {
          if (c.isMerged && c.master !== c) return; // exceljs repeats the master's value
          const mine = getCell(sheet, r, col);
          const v = c.value as unknown;
          if (v instanceof Date) expect(excelSerialToDate(mine?.value as number, false)).toEqual(v);
          else if (v && typeof v === "object" && "richText" in v) expect(mine?.value).toBe(c.text);
          else if (v && typeof v === "object" && "error" in v)
            expect(mine?.value).toBe((v as { error: string }).error);
          else if (v && typeof v === "object" && "result" in v)
            expect(mine?.value).toBe((v as { result: unknown }).result);
          else expect(mine?.value).toBe(v);
        })
      );
    });
  });
});
