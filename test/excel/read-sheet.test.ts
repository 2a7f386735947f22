import { HUONG_THUY_2017, METADATA_SHEET, MAU2_TEXT } from "../../src/core";
import { capabilitiesFrom, readActiveSheet } from "../../src/excel";
import { getCell } from "../../src/xlsx/read";
import { extractReturn } from "../../src/xlsx/returns";
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
