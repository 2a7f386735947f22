/**
 * The add-in's own sheets are known by a mark the file keeps, not by worksheet id: ids are
 * renumbered when a workbook is opened again, so an id from before may name a user's sheet.
 * And a workbook whose structure is protected is refused before any sheet is touched, with
 * the catalogue's notice.
 */
import { CAMPAIGN_SHEET, HUONG_THUY_2017, layoutForm } from "../../src/core";
import {
  StructureProtectedError,
  capabilitiesFrom,
  createFormSheet,
  forgetRemembered,
  writeCampaignSheet,
  writeSummarySheets,
  type SummaryInput,
} from "../../src/excel";
import { en, vi } from "../../src/messages";
import { summaryVi } from "../../src/messages/summary";
import { classifyFailure, failureText } from "../../src/taskpane/failure";
import { templateMetadata } from "../../src/xlsx/templates";
import { summaryInputOf } from "../helpers/summary-input";
import { FakeExcel } from "../helpers/fake-excel";
import { mergeResultOf, sampleCampaign, unitResult } from "../helpers/merge-result";

const ALL = capabilitiesFrom(() => true);
const VALUES_ONLY = { ...ALL, insertFromBase64: false };
const SHEETS = summaryVi.sheets;

let summary: SummaryInput;
beforeAll(async () => {
  const result = mergeResultOf(
    [1, 2, 3].map((i) => unitResult(`Trường số ${i}`, { ke_hoach: i, to_roi: 10 * i }))
  );
  summary = await summaryInputOf(result, sampleCampaign());
});

let fake: FakeExcel;
afterEach(() => {
  fake?.uninstall();
  forgetRemembered();
});

function install(sheets: string[]): FakeExcel {
  fake = new FakeExcel({ sheets }).install();
  return fake;
}

/** Closes and opens the workbook again, with the add-in loaded afresh. */
function reopen(excel: FakeExcel): void {
  excel.reopen();
  forgetRemembered();
}

describe.each([
  ["values only", VALUES_ONLY],
  ["whole file", ALL],
])("writeSummarySheets after the workbook is reopened (%s)", (_path, caps) => {
  it("replaces its old sheets: no second set beside stale ones", async () => {
    const excel = install(["Sheet1"]);
    const first = await writeSummarySheets(summary, caps);
    // The user deletes Sheet1: on opening, every sheet of ours moves up one number.
    excel.workbook.sheets.splice(0, 1);
    reopen(excel);
    const second = await writeSummarySheets(summary, caps);
    expect(second).toEqual(first);
    expect(excel.sheetNames()).toEqual(first);
    expect(excel.sheetNames()).not.toContain(`${SHEETS.summary} (2)`);
  });

  it("never touches a user's sheet that got the old id of one of its sheets", async () => {
    const excel = install(["Sheet1"]);
    const first = await writeSummarySheets(summary, caps);
    const lastOfOurs = excel.sheet(first[first.length - 1]!).id;
    excel.addSheet("Ghi chú").ensure(1, 1).value = "của tôi";
    // The user deletes Sheet1: on opening, every sheet moves up one number.
    excel.workbook.sheets.splice(0, 1);
    reopen(excel);
    expect(excel.sheet("Ghi chú").id).toBe(lastOfOurs);

    const second = await writeSummarySheets(summary, caps);
    expect(second).toEqual(first);
    expect(excel.sheetNames()).toEqual(["Ghi chú", ...first]);
    expect(excel.sheet("Ghi chú").value("A1")).toBe("của tôi");
  });

  it("never renames or deletes a user's sheet named like one of its own", async () => {
    const excel = install(["Sheet1", SHEETS.summary]);
    excel.type(SHEETS.summary, "A1", "của tôi");
    const first = await writeSummarySheets(summary, caps);
    expect(first[0]).toBe(`${SHEETS.summary} (2)`);
    const lastOfOurs = excel.sheet(first[first.length - 1]!).id;
    // The user moves their sheet to the end: on opening it takes the last number of ours.
    const [users] = excel.workbook.sheets.splice(1, 1);
    excel.workbook.sheets.push(users!);
    reopen(excel);
    expect(excel.sheet(SHEETS.summary).id).toBe(lastOfOurs);

    const second = await writeSummarySheets(summary, caps);
    expect(second).toEqual(first);
    // Ours go in after the user's sheets, as always.
    expect(excel.sheetNames()).toEqual(["Sheet1", SHEETS.summary, ...first]);
    expect(excel.sheet(SHEETS.summary).value("A1")).toBe("của tôi");
  });
});

describe("writeSummarySheets on a workbook with protected structure", () => {
  it.each([
    ["values only", VALUES_ONLY],
    ["whole file", ALL],
  ])("refuses before touching a sheet, with the catalogue's notice (%s)", async (_path, caps) => {
    const excel = install(["Sheet1"]);
    await writeSummarySheets(summary, caps);
    const before = excel.sheetNames();
    excel.workbook.structureProtected = true;
    excel.resetSyncs();

    const error: unknown = await writeSummarySheets(summary, caps).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(StructureProtectedError);
    expect(excel.syncCount).toBe(1);
    expect(excel.sheetNames()).toEqual(before);
    expect(classifyFailure(error, true)).toEqual({ cause: "excelStructureProtected" });
    const text = failureText(vi, error, "writeSummary", true);
    expect(text).toBe(vi.pane.errors.failed("writeSummary", "excelStructureProtected"));
    expect(text).toContain("Xem lại › Bảo vệ sổ làm việc");
    expect(text).not.toMatch(/structure is protected|StructureProtected/);
    expect(failureText(en, error, "writeSummary", true)).toContain("Review › Protect Workbook");
  });

  it("passes Excel's own refusal on where it cannot ask first (ExcelApi < 1.7)", async () => {
    const excel = install(["Sheet1"]);
    excel.workbook.structureProtected = true;
    const caps = { ...VALUES_ONLY, structureProtection: false };
    await expect(writeSummarySheets(summary, caps)).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("sheets added elsewhere on a workbook with protected structure", () => {
  const unit = HUONG_THUY_2017.units[0]!;

  it("refuses a new form sheet before writing anything", async () => {
    const excel = install(["Sheet1"]);
    excel.workbook.structureProtected = true;
    const created = createFormSheet(
      layoutForm("mau2", HUONG_THUY_2017, unit),
      templateMetadata(HUONG_THUY_2017, ["mau2"], unit),
      vi,
      ALL
    );
    await expect(created).rejects.toBeInstanceOf(StructureProtectedError);
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
    expect(excel.syncCount).toBe(1);
  });

  it("refuses to add the campaign sheet, but rewrites one already there", async () => {
    const excel = install(["Sheet1"]);
    excel.workbook.structureProtected = true;
    await expect(writeCampaignSheet(HUONG_THUY_2017, ALL)).rejects.toBeInstanceOf(
      StructureProtectedError
    );
    expect(excel.sheetNames()).toEqual(["Sheet1"]);

    excel.workbook.structureProtected = false;
    await writeCampaignSheet(HUONG_THUY_2017, ALL);
    excel.workbook.structureProtected = true;
    await expect(writeCampaignSheet(HUONG_THUY_2017, ALL)).resolves.toBe(CAMPAIGN_SHEET);
  });
});
