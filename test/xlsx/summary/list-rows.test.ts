/**
 * The list rows written as XML into exceljs' frame: they must read back exactly as the
 * values given, styled like the prototypes, with no formula, in any number.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { vi } from "../../../src/messages";
import { summaryVi } from "../../../src/messages/summary";
import { readWorkbook, getCell } from "../../../src/xlsx/read";
import { writeSummary } from "../../../src/xlsx/summary";
import { addListSheet, pageFooter, type ListColumn } from "../../../src/xlsx/summary/list-sheet";
import { listRowParts, listSheetBytes } from "../../../src/xlsx/summary/list-rows";
import { mergeResultOf, sampleCampaign, unitResult } from "../../helpers/merge-result";

const COLUMNS: ListColumn[] = [
  { header: "STT", width: 6, align: "center" },
  { header: "Tên", width: 20, wrap: true },
  { header: "Ngày", width: 12 },
];
const FOOTER = pageFooter(summaryVi);

/** A workbook with one list sheet written through both halves: exceljs frame, then rows. */
async function listWorkbook(rows: Parameters<typeof addListSheet>[3]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const plan = addListSheet(workbook, "Danh sách", COLUMNS, rows, { footer: FOOTER });
  const frame = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never);
  const parts: Record<string, Uint8Array> = unzipSync(new Uint8Array(frame as ArrayBuffer));
  for (const [name, rewrite] of listRowParts(parts, [plan])) parts[name] = rewrite();
  return zipSync(parts);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

describe("list rows written as XML", () => {
  const awkward = [
    "A & B <b>x</b> > y",
    "dòng một\r\ndòng hai\rba",
    '=HYPERLINK("http://evil.example","x")',
    "=cmd|' /C calc'!A0",
    "  khoảng trắng hai đầu  ",
    "Ký tự \u0001điều khiển\u0008 bị bỏ",
  ];

  it("reads back every text exactly (control characters dropped), as text, never a formula", async () => {
    const bytes = await listWorkbook(awkward.map((text, i) => [i + 1, text, null]));
    const sheet = await load(bytes);
    const read = awkward.map((_, i) => sheet.getCell(i + 2, 2));
    expect(read.map((cell) => cell.value)).toEqual([
      ...awkward.slice(0, 5),
      "Ký tự điều khiển bị bỏ",
    ]);
    expect(read.map((cell) => cell.type)).toEqual(awkward.map(() => ExcelJS.ValueType.String));
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(xml).not.toMatch(/<f[\s>]/);
    // Our own reader agrees, CR included.
    const ours = readWorkbook(bytes);
    if (!ours.ok) throw new Error(ours.rejection.code);
    expect(getCell(ours.workbook.sheets[0]!, "B3")?.value).toBe("dòng một\r\ndòng hai\rba");
  });

  it("writes dates as serials with the date format, times with the time format", async () => {
    const bytes = await listWorkbook([
      [1, "x", { date: new Date(Date.UTC(2017, 9, 2)) }],
      [2, "y", { time: 0.375 }],
    ]);
    const sheet = await load(bytes);
    expect(sheet.getCell("C2").value).toEqual(new Date(Date.UTC(2017, 9, 2)));
    expect(sheet.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    // 09:00 as a day fraction; exceljs reads a time-formatted serial as a date on day 0.
    expect(sheet.getCell("C3").value).toEqual(new Date(Date.UTC(1899, 11, 30, 9)));
    expect(sheet.getCell("C3").numFmt).toBe("hh:mm");
  });

  it("styles each cell like its column's prototype: borders on empty cells, fills on highlights", async () => {
    const bytes = await listWorkbook([
      [1, { text: "Chưa nộp", highlight: "missing" }, null],
      [2, { text: "Nộp muộn", highlight: "late" }, ""],
    ]);
    const sheet = await load(bytes);
    expect(sheet.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("B3").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(sheet.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FF9C0006" } });
    for (const address of ["C2", "C3"]) {
      expect(sheet.getCell(address).value).toBeNull();
      expect(sheet.getCell(address).border?.top).toMatchObject({ style: "thin" });
    }
    expect(sheet.getCell("A2").alignment).toMatchObject({ horizontal: "center" });
    expect(sheet.getCell("A2").font).toMatchObject({ name: "Times New Roman", size: 12 });
  });

  it("leaves no prototype row behind, and filters exactly the rows written", async () => {
    const xml = (rows: number): Promise<string> =>
      listWorkbook(Array.from({ length: rows }, (_, i) => [i + 1, `r${i}`, null])).then((bytes) =>
        strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!)
      );
    const none = await xml(0);
    expect(none).toContain('<dimension ref="A1:C1"/>');
    expect(none).toContain('<autoFilter ref="A1:C1"/>');
    expect(none).not.toContain('<row r="2"');
    const three = await xml(3);
    expect(three).toContain('<autoFilter ref="A1:C4"/>');
    expect(three.match(/<row /g)).toHaveLength(4);
  });

  it("refuses a frame whose prototype rows are not all there (a change in exceljs' output)", async () => {
    const workbook = new ExcelJS.Workbook();
    const plan = addListSheet(workbook, "Danh sách", COLUMNS, [[1, "a", null]], {
      footer: FOOTER,
    });
    const frame = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never);
    const xml = strFromU8(
      unzipSync(new Uint8Array(frame as ArrayBuffer))["xl/worksheets/sheet1.xml"]!
    );
    const damaged = xml.replace(/<row r="4".*?<\/row>/s, "");
    expect(() => listSheetBytes(damaged, plan)).toThrow(/Prototype rows/);
    expect(() => listSheetBytes(xml.replace("</sheetData>", ""), plan)).toThrow(/No prototype/);
  });
});

describe("a summary of many units", () => {
  const campaign = sampleCampaign();
  const units = Array.from({ length: 2500 }, (_, i) =>
    unitResult(`Trường số ${i + 1} & <con>`, { to_roi: i, hoi_thao_toa_dam: i % 7 })
  );
  const result = mergeResultOf(units);
  const generatedAt = new Date("2017-10-14T03:00:00Z");

  it("holds every unit's row on the data sheet, and the table spans them all", async () => {
    const bytes = await writeSummary(result, campaign, { catalogue: vi, generatedAt });
    const ours = readWorkbook(bytes);
    if (!ours.ok) throw new Error(ours.rejection.code);
    const data = ours.workbook.sheets.find((sheet) => sheet.name === summaryVi.sheets.data)!;
    expect(getCell(data, "B2501")?.value).toBe("Trường số 2500 & <con>");
    expect(getCell(data, "A2501")?.value).toBe(2500);
    expect(getCell(data, "B2502")).toBeUndefined();
    const table = strFromU8(unzipSync(bytes)["xl/tables/table1.xml"]!);
    expect(table).toMatch(/ ref="A1:[A-Z]+2501"/);
  });

  it("gives the same bytes for the same merge at the same time", async () => {
    const one = await writeSummary(result, campaign, { catalogue: vi, generatedAt });
    const two = await writeSummary(result, campaign, { catalogue: vi, generatedAt });
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
  });
});
