import {
  MARKED_SHEET_PREFIX,
  MARKS_SETTING,
  MARK_FILLS,
  capabilitiesFrom,
  forgetRemembered,
  markCells,
  selectCell,
} from "../../src/excel";
import { FakeExcel } from "../helpers/fake-excel";

const ALL = capabilitiesFrom(() => true);
/** ExcelApi 1.2: protection, but no workbook settings. */
const NO_SETTINGS = capabilitiesFrom(
  (set, version) => set === "ExcelApi" && Number(version.split(".")[1]) <= 2
);

let fake: FakeExcel;
afterEach(() => {
  fake?.uninstall();
  forgetRemembered();
});

function install(apiMinor = 13): FakeExcel {
  fake = new FakeExcel({ apiMinor, sheets: ["Mẫu 2", "Khác"] }).install();
  return fake;
}

const fillAt = (excel: FakeExcel, cell: string): string | undefined =>
  excel.sheet("Mẫu 2").cell(cell)?.format.fill;

describe("markCells", () => {
  it("colours errors light red and warnings light yellow, the error winning", async () => {
    const excel = install();
    await markCells(
      "Mẫu 2",
      [
        { cell: "C14", severity: "warning" },
        { cell: "$C$14", severity: "error" },
        { cell: "C15", severity: "warning" },
      ],
      ALL
    );
    expect(fillAt(excel, "C14")).toBe(MARK_FILLS.error);
    expect(fillAt(excel, "C15")).toBe(MARK_FILLS.warning);
    expect(MARK_FILLS).toEqual({ error: "#FFC7CE", warning: "#FFEB9C" });
    expect(excel.syncCount).toBe(2);
  });

  it("clears its own earlier marks, restoring the fill a cell had", async () => {
    const excel = install();
    excel.sheet("Mẫu 2").ensure(20, 3).format.fill = "#00B050";
    await markCells(
      "Mẫu 2",
      [
        { cell: "C14", severity: "error" },
        { cell: "C20", severity: "warning" },
      ],
      ALL
    );
    await markCells("Mẫu 2", [{ cell: "C15", severity: "error" }], ALL);
    expect(fillAt(excel, "C14")).toBeUndefined();
    expect(fillAt(excel, "C20")).toBe("#00B050");
    expect(fillAt(excel, "C15")).toBe(MARK_FILLS.error);
    expect(excel.workbook.settings.get(MARKS_SETTING)).toEqual({
      [`${MARKED_SHEET_PREFIX}1`]: [{ cell: "C15", fill: "#FFFFFF" }],
    });
    expect(excel.workbook.nameValue(excel.workbook.names[0]!)).toBe("'Mẫu 2'!$A$1");

    await markCells("Mẫu 2", [], ALL);
    expect(fillAt(excel, "C15")).toBeUndefined();
    expect(excel.workbook.settings.get(MARKS_SETTING)).toEqual({});
    expect(excel.workbook.names).toEqual([]);
  });

  it("clears its marks after the workbook is reopened, and never touches the sheet that got the old id", async () => {
    fake = new FakeExcel({ sheets: ["Sheet1", "Mẫu 2", "Khác"] }).install();
    const excel = fake;
    excel.sheet("Mẫu 2").ensure(20, 3).format.fill = "#00B050";
    excel.sheet("Khác").ensure(14, 3).format.fill = "#0070C0";
    await markCells(
      "Mẫu 2",
      [
        { cell: "C14", severity: "error" },
        { cell: "C20", severity: "warning" },
      ],
      ALL
    );
    const markedId = excel.sheet("Mẫu 2").id;
    // The user deletes Sheet1: on opening, "Khác" takes the number "Mẫu 2" had.
    excel.workbook.sheets.splice(0, 1);
    excel.reopen();
    forgetRemembered();
    expect(excel.sheet("Khác").id).toBe(markedId);

    await markCells("Khác", [], ALL);
    expect(excel.sheet("Khác").cell("C14")?.format.fill).toBe("#0070C0");
    await markCells("Mẫu 2", [], ALL);
    expect(fillAt(excel, "C14")).toBeUndefined();
    expect(fillAt(excel, "C20")).toBe("#00B050");
    expect(excel.workbook.settings.get(MARKS_SETTING)).toEqual({});
  });

  it("keeps the original fill of a cell marked twice", async () => {
    const excel = install();
    excel.sheet("Mẫu 2").ensure(14, 3).format.fill = "#00B050";
    await markCells("Mẫu 2", [{ cell: "C14", severity: "warning" }], ALL);
    await markCells("Mẫu 2", [{ cell: "C14", severity: "error" }], ALL);
    expect(fillAt(excel, "C14")).toBe(MARK_FILLS.error);
    await markCells("Mẫu 2", [], ALL);
    expect(fillAt(excel, "C14")).toBe("#00B050");
  });

  it("leaves marks on other sheets and cells it did not mark alone", async () => {
    const excel = install();
    excel.sheet("Khác").ensure(1, 1).format.fill = "#FFFF00";
    await markCells("Khác", [{ cell: "B2", severity: "error" }], ALL);
    await markCells("Mẫu 2", [{ cell: "C14", severity: "error" }], ALL);
    await markCells("Mẫu 2", [], ALL);
    expect(excel.sheet("Khác").cell("B2")?.format.fill).toBe(MARK_FILLS.error);
    expect(excel.sheet("Khác").cell("A1")?.format.fill).toBe("#FFFF00");
  });

  it("unprotects a protected sheet for the marks and protects it again, options kept", async () => {
    const excel = install();
    const sheet = excel.sheet("Mẫu 2");
    sheet.protection.protected = true;
    sheet.protection.options = { allowInsertRows: true, allowFormatColumns: true };
    await markCells("Mẫu 2", [{ cell: "C14", severity: "error" }], ALL);
    expect(fillAt(excel, "C14")).toBe(MARK_FILLS.error);
    expect(sheet.protection).toEqual({
      protected: true,
      options: { allowInsertRows: true, allowFormatColumns: true },
    });
    await markCells("Mẫu 2", [], ALL);
    expect(fillAt(excel, "C14")).toBeUndefined();
    expect(sheet.protection.protected).toBe(true);
    expect(excel.syncCount).toBe(4);
  });

  it("does not protect a sheet that was not protected", async () => {
    const excel = install();
    await markCells("Mẫu 2", [{ cell: "C14", severity: "error" }], ALL);
    expect(excel.sheet("Mẫu 2").protection.protected).toBe(false);
  });

  it("passes on Excel's refusal to unprotect a sheet with a password", async () => {
    const excel = install();
    excel.sheet("Mẫu 2").protection.protected = true;
    excel.sheet("Mẫu 2").protection.password = "bí mật";
    await expect(markCells("Mẫu 2", [{ cell: "C14", severity: "error" }], ALL)).rejects.toThrow(
      /InvalidArgument/
    );
    await expect(markCells("Không có", [], ALL)).rejects.toThrow(/ItemNotFound/);
  });

  it("takes two requests for one mark or three hundred", async () => {
    const one = install();
    await markCells("Mẫu 2", [{ cell: "A1", severity: "error" }], ALL);
    const many = install();
    const marks = Array.from({ length: 300 }, (_, i) => ({
      cell: `C${i + 1}`,
      severity: i % 2 ? ("error" as const) : ("warning" as const),
    }));
    await markCells("Mẫu 2", marks, ALL);
    await markCells("Mẫu 2", marks.slice(0, 10), ALL);
    expect(one.syncCount).toBe(2);
    expect(many.syncCount).toBe(4);
    expect(many.sheet("Mẫu 2").cell("C300")?.format.fill).toBeUndefined();
  });

  it("remembers its marks in memory where Excel has no workbook settings", async () => {
    const excel = install(2);
    await markCells("Mẫu 2", [{ cell: "C14", severity: "error" }], NO_SETTINGS);
    await markCells("Mẫu 2", [{ cell: "C15", severity: "warning" }], NO_SETTINGS);
    expect(fillAt(excel, "C14")).toBeUndefined();
    expect(fillAt(excel, "C15")).toBe(MARK_FILLS.warning);
    expect(excel.workbook.settings.size).toBe(0);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const excel = install();
    await selectCell("Khác", "B7");
    expect(excel.activeSheet().name).toBe("Khác");
    expect(excel.workbook.selection).toEqual({ sheetId: excel.sheet("Khác").id, address: "B7" });
    expect(excel.syncCount).toBe(1);
  });
});
