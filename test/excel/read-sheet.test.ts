import { HUONG_THUY_2017, METADATA_SHEET, MAU2_TEXT, layoutForm, parseDate } from "../../src/core";
import {
  capabilitiesFrom,
  createFormSheet,
  detectCapabilities,
  missingFeatures,
  readActiveSheet,
  readSheetByName,
} from "../../src/excel";
import { MAX_RESPONSE_BYTES } from "../../src/excel/payload";
import { blockBytes, rowsPerRead } from "../../src/excel/read-sheet";
import { vi } from "../../src/messages";
import { cellAddress, getCell } from "../../src/xlsx/read";
import { extractReturn } from "../../src/xlsx/returns";
import { templateMetadata } from "../../src/xlsx/templates";
import { FakeExcel, parseArea } from "../helpers/fake-excel";

const ALL = capabilitiesFrom(() => true);
let fake: FakeExcel;
afterEach(() => fake?.uninstall());

function install(sheets = ["Báo cáo"]): FakeExcel {
  fake = new FakeExcel({ sheets }).install();
  return fake;
}

describe("readActiveSheet", () => {
  it("reads values, formulas and formats at their real positions", async () => {
    const excel = install(["Khác", "Báo cáo"]);
    excel.activate("Báo cáo");
    const sheet = excel.sheet("Báo cáo");
    excel.type("Báo cáo", "C5", "Tên");
    sheet.ensure(6, 4).numberFormat = "#,##0";
    excel.type("Báo cáo", "D6", 1200);
    excel.type("Báo cáo", "E7", "=SUM(D6)");
    sheet.ensure(8, 6).numberFormat = "@";
    excel.type("Báo cáo", "F8", "=abc");
    sheet.ensure(9, 3).numberFormat = "dd/mm/yyyy";
    excel.type("Báo cáo", "C9", 43010);
    excel.type("Báo cáo", "D9", true);

    const { sheetName, workbook } = await readActiveSheet(ALL);
    expect(sheetName).toBe("Báo cáo");
    expect(workbook).toMatchObject({ format: "xlsx", date1904: false, definedNames: [] });
    const [read] = workbook.sheets;
    expect(workbook.sheets).toHaveLength(1);
    expect(read).toMatchObject({ name: "Báo cáo", state: "visible", maxRow: 9, maxCol: 6 });
    expect(getCell(read!, "C5")).toEqual({ row: 5, col: 3, value: "Tên", kind: "string" });
    expect(getCell(read!, "D6")).toEqual({
      row: 6,
      col: 4,
      value: 1200,
      kind: "number",
      numFmt: "#,##0",
    });
    expect(getCell(read!, "E7")).toMatchObject({ kind: "string", formula: "SUM(D6)" });
    expect(getCell(read!, "F8")).toEqual({
      row: 8,
      col: 6,
      value: "=abc",
      kind: "string",
      numFmt: "@",
    });
    expect(getCell(read!, "C9")).toMatchObject({ value: 43010, kind: "date" });
    expect(getCell(read!, "D9")).toMatchObject({ value: true, kind: "boolean" });
    expect(getCell(read!, "A1")).toBeUndefined();
    expect([...read!.rows.keys()]).toEqual([5, 6, 7, 8, 9]);
  });

  it("reads merged areas where Excel offers them", async () => {
    const excel = install();
    excel.type("Báo cáo", "A1", "Tiêu đề");
    excel.type("Báo cáo", "B3", "Ghi chú");
    excel.sheet("Báo cáo").merges.push(parseArea("A1:D1")!, parseArea("B3:C4")!);
    const withMerges = await readActiveSheet(ALL);
    expect(withMerges.workbook.sheets[0]!.merges).toEqual(["A1:D1", "B3:C4"]);
    const without = await readActiveSheet({ ...ALL, mergedAreas: false });
    expect(without.workbook.sheets[0]!.merges).toEqual([]);
  });

  it("adds the metadata sheet and the workbook's names", async () => {
    const excel = install();
    const meta = excel.addSheet(METADATA_SHEET);
    meta.visibility = "VeryHidden";
    excel.type(METADATA_SHEET, "A1", "schema");
    excel.type(METADATA_SHEET, "B1", "tonghop-template");
    excel.type("Báo cáo", "C14", 5);
    excel.workbook.names.push({
      name: "ke_hoach",
      sheetId: excel.sheet("Báo cáo").id,
      area: parseArea("C14")!,
    });
    const { workbook } = await readActiveSheet(ALL);
    expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Báo cáo", "visible"],
      [METADATA_SHEET, "veryHidden"],
    ]);
    expect(getCell(workbook.sheets[1]!, "B1")?.value).toBe("tonghop-template");
    expect(workbook.definedNames).toEqual([
      { name: "ke_hoach", sheet: "Báo cáo", ref: "$C$14", raw: "'Báo cáo'!$C$14" },
    ]);
  });

  it("reads a large sheet in bands of rows, one request each", async () => {
    const excel = install();
    for (let row = 1; row <= 100; row++) excel.type("Báo cáo", `A${row}`, row);
    excel.type("Báo cáo", "B100", "cuối");
    excel.resetSyncs();
    const { workbook } = await readActiveSheet(ALL, { maxCellsPerRead: 50 });
    // 100 rows of 2 columns, 25 rows a request: four bands after the first request.
    expect(excel.syncCount).toBe(5);
    expect(workbook.sheets[0]!.rows.size).toBe(100);
    expect(getCell(workbook.sheets[0]!, "B100")?.value).toBe("cuối");

    excel.resetSyncs();
    await readActiveSheet(ALL);
    expect(excel.syncCount).toBe(2);
  });

  it("reads only the cells holding values, not formatting far below them", async () => {
    const excel = install();
    excel.type("Báo cáo", "A1", "x");
    excel.sheet("Báo cáo").ensure(5000, 1).format.fill = "#FFFF00";
    excel.resetSyncs();
    await readActiveSheet(ALL, { maxCellsPerRead: 100 });
    expect(excel.syncCount).toBe(2);
  });

  it("reads an empty sheet", async () => {
    install();
    const { workbook } = await readActiveSheet(ALL);
    expect(workbook.sheets[0]).toMatchObject({ maxRow: 0, maxCol: 0 });
  });

  it("lets extractReturn find a hand-made Mẫu 2 by its labels", async () => {
    const excel = install();
    excel.type("Báo cáo", "B4", "Phường Phú Bài");
    excel.type("Báo cáo", "B6", MAU2_TEXT.columnActivity);
    excel.type("Báo cáo", "D6", MAU2_TEXT.columnResult);
    excel.type("Báo cáo", "E6", MAU2_TEXT.columnNote);
    excel.type("Báo cáo", "B7", "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ");
    excel.type("Báo cáo", "D7", 1);
    // Typed with Excel's text prefix, as a user must: a leading "-" starts a formula.
    excel.type("Báo cáo", "B8", "'- Số lượng tờ rơi đã phát hành");
    excel.type("Báo cáo", "D8", 300);
    const { sheetName, workbook } = await readActiveSheet(ALL);
    const data = extractReturn(workbook, { file: sheetName, roster: HUONG_THUY_2017.units });
    expect(data.mau2?.values.ke_hoach).toEqual({ value: 1, cell: "D7" });
    expect(data.mau2?.values.to_roi).toEqual({ value: 300, cell: "D8" });
    expect(data.unitName).toBe("Phường Phú Bài");
  });
});

describe("reading a workbook in the 1904 date system", () => {
  /** A Mẫu 1 made in Excel with one schedule row typed on 2 October 2017, read back. */
  async function readMau1(date1904: boolean, apiMinor = 13) {
    fake = new FakeExcel({ apiMinor, typedDates: "dmy", date1904 }).install();
    const caps = detectCapabilities();
    const campaign = HUONG_THUY_2017;
    const unit = campaign.units[0]!;
    const layout = layoutForm("mau1", campaign, unit);
    const { sheetName } = await createFormSheet(
      layout,
      templateMetadata(campaign, ["mau1"], unit),
      vi,
      caps
    );
    const schedule = layout.rangeNames.find((range) => range.name === "lich_hoat_dong")!;
    const row = schedule.first.row + 1;
    fake.type(sheetName, `B${row}`, "07:15");
    fake.type(sheetName, `C${row}`, "02/10/2017");
    fake.type(sheetName, `D${row}`, "Sân UBND phường");
    const serial = fake.sheet(sheetName).value(`C${row}`);
    const { workbook } = await readActiveSheet(caps);
    const data = extractReturn(workbook, { file: sheetName, roster: campaign.units });
    const dates = (data.mau1?.rows ?? []).map(
      (r) => parseDate(r.date?.value ?? null, { date1904: data.date1904 }) as { date?: string }
    );
    return { serial, date1904: workbook.date1904, dates: dates.map((d) => d.date) };
  }

  it("reads a Mẫu 1's dates the same as in a 1900 workbook", async () => {
    const in1900 = await readMau1(false);
    fake.uninstall();
    const in1904 = await readMau1(true);
    // The same day is 1,462 serials lower in 1904's system …
    expect(in1900.serial).toBe(43010);
    expect(in1904.serial).toBe(43010 - 1462);
    // … and both read as 2 October 2017.
    expect(in1900).toMatchObject({ date1904: false, dates: ["2017-10-02"] });
    expect(in1904).toMatchObject({ date1904: true, dates: ["2017-10-02"] });
  });

  it("cannot tell on ExcelApi 1.1, and the pane says so", async () => {
    const in1904 = await readMau1(true, 1);
    expect(in1904.date1904).toBe(false);
    expect(missingFeatures(detectCapabilities())).toContain("dateSystem");
  });
});

describe("reading long texts within the response limit", () => {
  /** 300 cells of 20,000 characters: 12 MB or more as values and formulas. */
  function fillLongTexts(excel: FakeExcel): string[] {
    const texts: string[] = [];
    for (let row = 1; row <= 30; row++) {
      for (let col = 1; col <= 10; col++) {
        const text = `${row}/${col} ${"Nội dung hoạt động dài. ".repeat(900)}`.slice(0, 20_000);
        excel.type("Báo cáo", cellAddress(row, col), text);
        texts.push(text);
      }
    }
    return texts;
  }

  it("cuts the reads by bytes, so no response passes Excel on the web's 5 MB", async () => {
    const excel = install();
    const texts = fillLongTexts(excel);
    const metadata = excel.addSheet(METADATA_SHEET);
    excel.type(METADATA_SHEET, "A1", "campaign");
    metadata.visibility = "VeryHidden";
    excel.resetSyncs();

    const { workbook } = await readActiveSheet(ALL);
    const [read, meta] = workbook.sheets;
    const readTexts: unknown[] = [];
    for (let row = 1; row <= 30; row++)
      for (let col = 1; col <= 10; col++)
        readTexts.push(getCell(read!, cellAddress(row, col))?.value);
    expect(readTexts).toEqual(texts);
    // The metadata load went with the first band, and came back though that band was cut.
    expect(getCell(meta!, "A1")?.value).toBe("campaign");
    const served = excel.syncs.filter((sync) => !sync.refused);
    for (const sync of served) expect(sync.responseBytes).toBeLessThanOrEqual(excel.responseLimit);
    // Excel cannot tell a text's length before sending it: the first band, sized by cells,
    // is refused and read again in halves. Once a band has been read, the next ones are
    // sized from its bytes, within the 4 MB budget, and never refused.
    const firstServed = excel.syncs.findIndex(
      (sync) => !sync.refused && sync.responseBytes > 1_000_000
    );
    expect(firstServed).toBeGreaterThan(0);
    const after = excel.syncs.slice(firstServed + 1);
    expect(after.length).toBeGreaterThan(1);
    for (const sync of after) {
      expect(sync.refused).toBeUndefined();
      expect(sync.responseBytes).toBeLessThanOrEqual(MAX_RESPONSE_BYTES * 1.05);
    }
  });

  it("reads a sheet by name the same way", async () => {
    const excel = install(["Khác", "Báo cáo"]);
    const texts = fillLongTexts(excel);
    const found = await readSheetByName("báo cáo", ALL);
    const cells = [...found!.workbook.sheets[0]!.rows.values()].flatMap((line) =>
      [...line.values()].map((cell) => cell.value)
    );
    expect(cells).toEqual(texts);
  });

  it("sizes the next read from the bytes per row seen", () => {
    const limits = { cells: 20_000, bytes: 4_000_000 };
    expect(rowsPerRead(10, undefined, limits)).toBe(2_000);
    expect(rowsPerRead(10, 400_000, limits)).toBe(10);
    expect(rowsPerRead(10, 100, limits)).toBe(2_000);
    expect(rowsPerRead(10, 9_000_000, limits)).toBe(1);
  });

  it("estimates a block's bytes as JSON, texts counted twice", () => {
    const text = "Mẫu".repeat(1000); // 5,000 bytes in UTF-8
    const bytes = blockBytes({
      rowIndex: 0,
      columnIndex: 0,
      values: [[text, 12]],
      formulas: [[text, "=SUM(A1)"]],
      numberFormat: [["@", "General"]],
      valueTypes: [["String", "Double"]],
    });
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThan(10_100);
  });
});
