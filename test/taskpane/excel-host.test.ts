/**
 * The pane's Excel host end to end against the fake Office.js: the bridge, the lazy xlsx
 * chunks and the core together, as the task pane calls them inside Excel.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  CAMPAIGN_SHEET,
  HUONG_THUY_2017,
  campaignIdFor,
  layoutForm,
  mergeReturns,
  newCampaign,
  type IndicatorId,
  type MergeResult,
} from "../../src/core";
import {
  MARK_FILLS,
  SUMMARY_SHEETS_SETTING,
  capabilitiesFrom,
  forgetRemembered,
} from "../../src/excel";
import { vi } from "../../src/messages";
import { createExcelHost, toBase64 } from "../../src/taskpane/excel-host";
import { a1 } from "../../src/xlsx";
import { returnFromBytes } from "../../src/xlsx/returns";
import { FakeExcel } from "../helpers/fake-excel";

const examples = path.join(__dirname, "../../examples/huong-thuy-2017");
const PHU_BAI = HUONG_THUY_2017.units[0]!;

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  forgetRemembered();
});

function excelWith(apiMinor: number) {
  fake = new FakeExcel({ apiMinor, sheets: ["Sheet1"] }).install();
  const caps = capabilitiesFrom((_set, version) => Number(version.split(".")[1]) <= apiMinor);
  return { excel: fake, host: createExcelHost(caps) };
}

function inputCell(indicator: IndicatorId): string {
  const cell = layoutForm("mau2", HUONG_THUY_2017, PHU_BAI).cells.find(
    (c) => c.input?.indicator === indicator && c.input.rule.kind === "count"
  );
  if (!cell) throw new Error(`no input for ${indicator}`);
  return a1(cell.row, cell.col);
}

function examplesMerge(): MergeResult {
  const loaded = readdirSync(examples).map((name) =>
    returnFromBytes(
      new Uint8Array(readFileSync(path.join(examples, name))),
      { file: name },
      HUONG_THUY_2017
    )
  );
  return mergeReturns(loaded, HUONG_THUY_2017);
}

test("toBase64 matches Node's encoder, also past one slice", () => {
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
  expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
});

test("create a Mẫu 2, type a unit's figures, check the sheet: bad cells are marked and named", async () => {
  const { excel, host } = excelWith(13);
  expect(host.missing).toEqual([]);
  const sheetName = await host.createForm("mau2", HUONG_THUY_2017, PHU_BAI, vi);
  expect(sheetName).toBe("Mẫu 2");
  const good = inputCell("ke_hoach");
  const bad = inputCell("to_roi");
  excel.type(sheetName, good, 3);
  excel.type(sheetName, bad, "-2");

  const { outcome } = await host.checkActiveSheet(HUONG_THUY_2017);
  expect(outcome.unit).toBe("Phường Phú Bài");
  expect(outcome.forms).toEqual(["mau2"]);
  const negative = outcome.findings.find((f) => f.code === "count_negative");
  expect(negative?.at.cell).toBe(bad);
  expect(excel.sheet(sheetName).cell(bad)?.format.fill).toBe(MARK_FILLS.error);
  expect(excel.sheet(sheetName).cell(good)?.format.fill).not.toBe(MARK_FILLS.error);

  await host.selectCell(sheetName, bad);
});

test("merge into the workbook: whole sheets on ExcelApi 1.13, and a re-merge replaces only them", async () => {
  const { excel, host } = excelWith(13);
  excel.addSheet("Tổng hợp (của tôi)");
  const result = examplesMerge();
  const first = await host.writeSummary(result, HUONG_THUY_2017, vi);
  expect(first).toEqual(expect.arrayContaining(["Tổng hợp", "Dữ liệu", "Kiểm tra"]));
  expect(excel.sheetNames()).not.toContain("_TongHop");
  const second = await host.writeSummary(result, HUONG_THUY_2017, vi);
  expect(second).toEqual(first);
  expect(excel.sheetNames().filter((name) => name === "Tổng hợp")).toHaveLength(1);
  expect(excel.sheetNames()).toContain("Tổng hợp (của tôi)");
  expect(excel.workbook.settings.get(SUMMARY_SHEETS_SETTING)).toBeDefined();
});

test("merge into an Excel without insertWorksheetsFromBase64 writes the values, unit text as text", async () => {
  const { excel, host } = excelWith(8);
  expect(host.missing).toContain("insertFromBase64");
  const result = examplesMerge();
  const sheets = await host.writeSummary(result, HUONG_THUY_2017, vi);
  expect(sheets[0]).toBe("Tổng hợp");
  const texts = (name: string) =>
    [...excel.sheet(name).cells.values()].flatMap((row) => [...row.values()].map((c) => c.value));
  expect(texts("Dữ liệu")).toEqual(expect.arrayContaining(result.units.map((unit) => unit.name)));
  // The only formulas are the form's own sums; nothing a unit typed became one.
  const formulas = sheets.flatMap((name) =>
    [...excel.sheet(name).cells.values()].flatMap((row) =>
      [...row.values()].flatMap((cell) => (cell.formula ? [cell.formula] : []))
    )
  );
  expect(formulas.length).toBeGreaterThan(20);
  for (const formula of formulas) expect(formula).toMatch(/^=SUM\(/);
});

test("the campaign: none before it is saved; saved onto its sheet, read back after the workbook is reopened", async () => {
  const { excel, host } = excelWith(13);
  await expect(host.loadCampaign()).resolves.toBeUndefined();
  const campaign = {
    ...newCampaign({ year: 2026, from: HUONG_THUY_2017 }),
    id: campaignIdFor("Phường Phú Bài", 2026),
    collectingUnit: "Phường Phú Bài",
    signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
    deadlines: { mau1: "2026-09-29", mau2: "2026-10-13T16:00" },
  };
  expect(await host.saveCampaign(campaign)).toBe(CAMPAIGN_SHEET);
  excel.reopen();
  const read = await host.loadCampaign();
  expect(read).toEqual({ ok: true, campaign, problems: [] });
  // Saved again, the sheet is replaced, not doubled.
  await host.saveCampaign({ ...campaign, units: campaign.units.slice(0, 3) });
  expect(excel.sheetNames().filter((name) => name === CAMPAIGN_SHEET)).toHaveLength(1);
  const again = await host.loadCampaign();
  expect(again?.ok && again.campaign.units).toHaveLength(3);
});

describe("files the pane makes, where Excel cannot download (Excel for Mac)", () => {
  function hostOn(platform: string, apiMinor: number) {
    fake = new FakeExcel({ apiMinor, platform }).install();
    const caps = capabilitiesFrom((_set, version) => Number(version.split(".")[1]) <= apiMinor);
    return { excel: fake, host: createExcelHost(caps) };
  }

  test("Windows and the web download; Mac opens a new workbook, or refuses before ExcelApi 1.8", () => {
    expect(hostOn("PC", 13).host.fileSaving).toBe("download");
    expect(hostOn("OfficeOnline", 13).host.fileSaving).toBe("download");
    expect(hostOn("Mac", 13).host.fileSaving).toBe("newWorkbook");
    expect(hostOn("iOS", 13).host.fileSaving).toBe("newWorkbook");
    expect(hostOn("Mac", 7).host.fileSaving).toBe("none");
  });

  test("a form opened as a new workbook is the same file the web page downloads", async () => {
    const { excel, host } = hostOn("Mac", 13);
    const { writeFormTemplate } = await import("../../src/xlsx/templates");
    const bytes = await writeFormTemplate(["mau2"], HUONG_THUY_2017, PHU_BAI, vi);
    await host.openAsWorkbook(bytes);
    expect(excel.createdWorkbooks).toEqual([toBase64(bytes)]);
  });
});
