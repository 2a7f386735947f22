/**
 * Re-merging inside Excel (the bridge against the fake Office.js): a second
 * `writeSummarySheets` replaces the add-in's summary sheets with the new summary, and leaves
 * every other sheet exactly as it was: values, formulas, number formats, cell formats,
 * merges, sizes, validation, conditional formats, protection and visibility, compared as a
 * full snapshot. The user's workbook holds sheets named like ours ("Tổng hợp", "Tổng hợp
 * (2)"), a sheet renamed between the merges, and edits made after the first merge. Both
 * paths are covered: the whole file inserted (`insertWorksheetsFromBase64`) and values only.
 *
 * test/excel/summary-sheets.test.ts covers the writes themselves (text stays text, request
 * sizes, renamed formulas); this file covers what a second write must not touch.
 */
import { mergeReturns, type LoadedReturn } from "../../src/core";
import {
  SUMMARY_MARK_PREFIX,
  SUMMARY_SHEETS_SETTING,
  capabilitiesFrom,
  forgetRemembered,
  writeSummarySheets,
  type SummaryInput,
} from "../../src/excel";
import { summaryVi } from "../../src/messages/summary";
import { FakeExcel, parseArea, type FakeSheet } from "../helpers/fake-excel";
import { summaryInputOf } from "../helpers/summary-input";
import { campaign, loadExamples } from "../helpers/nothing-lost";

const ALL = capabilitiesFrom(() => true);
const PATHS = [
  ["whole file", ALL],
  ["values only", { ...ALL, insertFromBase64: false }],
] as const;
const SHEETS = summaryVi.sheets;
const OURS = [
  SHEETS.summary,
  SHEETS.data,
  SHEETS.schedule,
  SHEETS.submissions,
  SHEETS.checks,
  SHEETS.opinions,
  SHEETS.charts,
];

function summaryInput(returns: readonly LoadedReturn[]): Promise<SummaryInput> {
  return summaryInputOf(mergeReturns(returns, campaign), campaign);
}

/** Everything the fake holds of a sheet, as plain data (Maps as sorted entries). */
function sheetSnapshot(sheet: FakeSheet): unknown {
  const cells = [...sheet.cells]
    .sort(([a], [b]) => a - b)
    .map(([row, line]) => [row, [...line].sort(([a], [b]) => a - b)]);
  return JSON.parse(
    JSON.stringify({
      id: sheet.id,
      name: sheet.name,
      visibility: sheet.visibility,
      cells,
      merges: sheet.mergeTexts(),
      columnWidths: [...sheet.columnWidths],
      rowHeights: [...sheet.rowHeights],
      validations: sheet.validations,
      conditionalFormats: sheet.conditionalFormats,
      protection: sheet.protection,
      pageLayout: sheet.pageLayout,
      showGridlines: sheet.showGridlines,
      autofitted: sheet.autofitted,
    })
  );
}

/** Every sheet that is not the add-in's, in workbook order, plus the workbook's own data. */
function userSnapshot(excel: FakeExcel): unknown {
  const ours = new Set(excel.workbook.settings.get(SUMMARY_SHEETS_SETTING) as string[]);
  const settings = [...excel.workbook.settings].filter(([key]) => key !== SUMMARY_SHEETS_SETTING);
  return {
    sheets: excel.workbook.sheets.filter((sheet) => !ours.has(sheet.id)).map(sheetSnapshot),
    // Our marks are ours, and so are the names the inserted file brought into our sheets.
    names: JSON.parse(
      JSON.stringify(
        excel.workbook.names.filter(
          (name) => !name.name.startsWith(SUMMARY_MARK_PREFIX) && !ours.has(name.sheetId)
        )
      )
    ),
    settings,
  };
}

/** A user's sheet with something of everything: text, numbers, a formula into our sheets, formats. */
function fillUserSheet(excel: FakeExcel, name: string, salt: number): void {
  const sheet = excel.sheet(name);
  excel.type(name, "A1", `Ghi chú của phòng ${salt}`);
  excel.type(name, "B2", 1200 + salt);
  excel.type(name, "C3", "=SUM(B2:B9)");
  excel.type(name, "D4", `='${SHEETS.summary}'!C20`);
  excel.type(name, "E5", "1.200");
  const cell = sheet.ensure(6, 1);
  cell.numberFormat = "dd/mm/yyyy";
  cell.value = 43010;
  cell.format.fill = "#FFFF00";
  cell.format.font.bold = true;
  cell.format.borders.EdgeTop = { style: "Continuous", weight: "Thin" };
  sheet.merges.push(parseArea("A8:C8")!);
  sheet.columnWidths.set(1, 120 + salt);
  sheet.rowHeights.set(2, 30);
  sheet.validations.push({
    area: "B2:B9",
    rule: { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 } },
  });
  sheet.conditionalFormats.push({
    area: "B2:B9",
    type: "Custom",
    formula: "=B2<0",
    fill: "#FF0000",
  });
}

let small: SummaryInput;
let full: SummaryInput;
beforeAll(async () => {
  const examples = loadExamples();
  small = await summaryInput(examples.slice(0, 4));
  full = await summaryInput(examples);
});

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  forgetRemembered();
});

function install(sheets: string[]): FakeExcel {
  fake = new FakeExcel({ sheets, apiMinor: 13 }).install();
  return fake;
}

/** The cells of one summary sheet as the bridge left them: value or formula per address. */
function contents(sheet: FakeSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [row, line] of sheet.cells)
    for (const [col, cell] of line)
      if (cell.value !== "" || cell.formula) out[`${row}:${col}`] = cell.formula ?? cell.value;
  return out;
}

describe.each(PATHS)("re-merging into the open workbook (%s)", (_path, caps) => {
  it("replaces the add-in's sheets and leaves every other sheet exactly as it was", async () => {
    // The user already has sheets named like ours: ours become "Tổng hợp (3)" and so on.
    const excel = install(["Sheet1", SHEETS.summary, `${SHEETS.summary} (2)`, "Kế hoạch"]);
    excel.workbook.sheets[3]!.visibility = "Hidden";
    fillUserSheet(excel, "Sheet1", 1);
    fillUserSheet(excel, SHEETS.summary, 2);
    fillUserSheet(excel, `${SHEETS.summary} (2)`, 3);
    excel.workbook.settings.set("user.setting", { keep: true });
    const first = await writeSummarySheets(small, caps);
    expect(first[0]).toBe(`${SHEETS.summary} (3)`);

    // After the first merge the user keeps working: edits, a renamed sheet, a new sheet
    // named like one of ours would have been.
    excel.type("Sheet1", "A20", "sửa sau lần tổng hợp thứ nhất");
    excel.sheet("Kế hoạch").name = "Kế hoạch (cũ)";
    excel.addSheet(`${SHEETS.data} (3)`);
    fillUserSheet(excel, `${SHEETS.data} (3)`, 4);
    const before = userSnapshot(excel);
    const firstIds = excel.workbook.settings.get(SUMMARY_SHEETS_SETTING) as string[];

    const second = await writeSummarySheets(full, caps);

    expect(userSnapshot(excel)).toEqual(before);
    const secondIds = excel.workbook.settings.get(SUMMARY_SHEETS_SETTING) as string[];
    expect(secondIds).toHaveLength(OURS.length);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(excel.workbook.sheets.filter((sheet) => firstIds.includes(sheet.id))).toEqual([]);
    // The new sheets hold the new summary, under the names they had the first time.
    expect(second).toEqual(first);
    const data = full.workbook().sheets.find((sheet) => sheet.name === SHEETS.data)!;
    expect(excel.sheet(second[1]!).value(`A${data.maxRow}`)).not.toBe("");
    expect(excel.sheetNames()).toEqual([
      "Sheet1",
      SHEETS.summary,
      `${SHEETS.summary} (2)`,
      "Kế hoạch (cũ)",
      `${SHEETS.data} (3)`,
      ...second,
    ]);
  });

  it("replaces a manual edit inside one of the add-in's sheets (they are rewritten whole)", async () => {
    const excel = install(["Sheet1"]);
    await writeSummarySheets(full, caps);
    const pristine = contents(excel.sheet(SHEETS.data));
    excel.type(SHEETS.data, "B2", "sửa tay");
    excel.type(SHEETS.data, "Z99", 42);
    excel.type("Sheet1", "A1", "của người dùng");
    const before = userSnapshot(excel);

    await writeSummarySheets(full, caps);

    expect(contents(excel.sheet(SHEETS.data))).toEqual(pristine);
    expect(userSnapshot(excel)).toEqual(before);
  });

  it("replaces a summary sheet the user renamed (it is still the add-in's, known by its mark)", async () => {
    const excel = install(["Sheet1"]);
    await writeSummarySheets(small, caps);
    excel.sheet(SHEETS.summary).name = "Báo cáo gửi Sở";
    const before = userSnapshot(excel);

    const names = await writeSummarySheets(full, caps);

    expect(names).toEqual(OURS);
    expect(excel.sheetNames()).toEqual(["Sheet1", ...OURS]);
    expect(userSnapshot(excel)).toEqual(before);
  });

  it("leaves alone a user's sheet renamed to the name one of ours had", async () => {
    const excel = install(["Sheet1"]);
    await writeSummarySheets(small, caps);
    // The user renames ours away and gives its old name to a sheet of their own.
    excel.sheet(SHEETS.checks).name = "Kiểm tra (của add-in)";
    excel.sheet("Sheet1").name = SHEETS.checks.toUpperCase();
    fillUserSheet(excel, SHEETS.checks.toUpperCase(), 5);
    const before = userSnapshot(excel);

    const names = await writeSummarySheets(full, caps);

    expect(userSnapshot(excel)).toEqual(before);
    expect(names).toEqual(OURS.map((name) => (name === SHEETS.checks ? `${name} (2)` : name)));
    expect(excel.sheetNames()).not.toContain("Kiểm tra (của add-in)");
  });
});

describe("re-merging on one path after the other", () => {
  it.each([
    ["whole file, then values only", ALL, PATHS[1][1]],
    ["values only, then whole file", PATHS[1][1], ALL],
  ] as const)("replaces the sheets of either path (%s)", async (_name, firstCaps, secondCaps) => {
    const excel = install(["Sheet1", "Tổng hợp (2)"]);
    fillUserSheet(excel, "Sheet1", 6);
    fillUserSheet(excel, "Tổng hợp (2)", 7);
    await writeSummarySheets(small, firstCaps);
    const before = userSnapshot(excel);

    const names = await writeSummarySheets(full, secondCaps);

    expect(userSnapshot(excel)).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Tổng hợp (2)", ...names]);
    expect(names).toEqual(OURS);
  });
});
