/**
 * The campaign sheet "Đợt báo cáo" in the open workbook, against the fake Office.js: it is
 * written, the workbook saved, closed and opened again (`fake.reopen()`), and the campaign
 * read back from the sheet; what the clerk types on it counts.
 */
import {
  CAMPAIGN_SHEET,
  HUONG_THUY_2017,
  campaignIdFor,
  campaignSheetLayout,
  newCampaign,
  type Campaign,
  type Unit,
} from "../../src/core";
import {
  capabilitiesFrom,
  characterWidthToPoints,
  forgetRemembered,
  readCampaignSheetData,
  writeCampaignSheet,
  type Capabilities,
} from "../../src/excel";
import { campaignFromWorkbook, writeCampaignWorkbook } from "../../src/xlsx/campaign";
import { readWorkbook, type SheetData, type WorkbookData } from "../../src/xlsx/read";
import { FakeExcel, type FakeExcelOptions } from "../helpers/fake-excel";
import { FORMULA_LIKE } from "../helpers/merge-result";

const ALL = capabilitiesFrom(() => true);
/** Excel 2016 without updates: ExcelApi 1.1 and nothing more. */
const OLD = capabilitiesFrom(() => false);

const CAMPAIGN: Campaign = {
  ...newCampaign({ year: 2026, from: HUONG_THUY_2017 }),
  id: campaignIdFor("Phường Phú Bài", 2026),
  theme: "Học tập suốt đời trong kỷ nguyên số",
  collectingUnit: "Phường Phú Bài",
  reportsTo: "Phòng Văn hóa - Xã hội thành phố Huế",
  signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  deadlines: { mau1: "2026-09-29", mau2: "2026-10-13T16:00" },
  units: [
    {
      name: "Trường Mầm non Hoa Sen",
      type: "school",
      email: "hoasen@example.vn",
      phone: "0234 3861 234",
    },
    { name: "Trung tâm HTCĐ phường Phú Bài", type: "community", phone: "+84 234 3861 000" },
    { name: "Trung tâm GDNN-GDTX thị xã", type: "vocational_centre" },
    { name: "Phòng GD&ĐT thị xã", type: "district" },
    { name: "Hội Khuyến học phường", type: "other" },
  ],
};

const LAYOUT = campaignSheetLayout(CAMPAIGN);
/** The row of the first unit. */
const FIRST_UNIT = LAYOUT.rosterHeaderRow + 1;

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  forgetRemembered();
});

function excel(options: FakeExcelOptions = {}): FakeExcel {
  fake = new FakeExcel(options).install();
  return fake;
}

/** Saved, closed and opened again, with the add-in loaded afresh. */
function reopen(excelFake: FakeExcel, apiMinor?: number): void {
  excelFake.reopen(apiMinor === undefined ? {} : { apiMinor });
  forgetRemembered();
}

async function readBack(caps: Capabilities = ALL): Promise<Campaign> {
  const data = await readCampaignSheetData(caps);
  if (!data) throw new Error("no campaign sheet");
  const result = campaignFromWorkbook(data);
  if (!result.ok) throw new Error(`not a campaign: ${JSON.stringify(result)}`);
  return result.campaign;
}

/** The cells of a sheet as `address → value`. */
function valuesOf(sheet: SheetData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const cells of sheet.rows.values())
    for (const cell of cells.values()) out[`${cell.row}:${cell.col}`] = cell.value;
  return out;
}

describe("writeCampaignSheet and readCampaignSheetData", () => {
  it("write the campaign and read it back the same after the workbook is closed and opened", async () => {
    const x = excel({ sheets: ["Sổ theo dõi"] });
    x.resetSyncs();
    await expect(writeCampaignSheet(CAMPAIGN, ALL)).resolves.toBe(CAMPAIGN_SHEET);
    expect(x.syncs).toHaveLength(2);
    const sheetBefore = x.sheet(CAMPAIGN_SHEET);

    reopen(x);
    expect(x.sheetNames()).toEqual(["Sổ theo dõi", CAMPAIGN_SHEET]);
    // A sheet opened anew (its id renumbered by position); it is found by its name.
    expect(x.sheet(CAMPAIGN_SHEET)).not.toBe(sheetBefore);
    // The user's sheet stays the active one.
    expect(x.activeSheet().name).toBe("Sổ theo dõi");
    x.resetSyncs();
    await expect(readBack()).resolves.toEqual(CAMPAIGN);
    expect(x.syncs).toHaveLength(3);
  });

  it("writes numbers, dates and times as such and texts as Text, styled as the .xlsx", async () => {
    const x = excel();
    await writeCampaignSheet(CAMPAIGN, ALL);
    reopen(x);
    const sheet = x.sheet(CAMPAIGN_SHEET);
    const { fieldRows } = LAYOUT;
    expect(sheet.cell(`B${fieldRows.year}`)).toMatchObject({
      value: 2026,
      numberFormat: "General",
    });
    expect(sheet.cell(`B${fieldRows.weekStart}`)).toMatchObject({
      value: 46297, // 02/10/2026
      numberFormat: "dd/mm/yyyy",
    });
    expect(sheet.cell(`C${fieldRows.mau2}`)).toMatchObject({
      value: 16 / 24,
      numberFormat: "hh:mm",
    });
    expect(sheet.cell(`B${fieldRows.theme}`)).toMatchObject({
      value: CAMPAIGN.theme,
      numberFormat: "@",
    });
    expect(sheet.value(`B${fieldRows.signer}`)).toBe(CAMPAIGN.signer!.join("\n"));
    expect(sheet.cell(`D${FIRST_UNIT}`)).toMatchObject({
      value: "0234 3861 234",
      numberFormat: "@",
    });
    expect(sheet.value(`B${FIRST_UNIT + 2}`)).toBe("Trung tâm GDNN-GDTX");

    // Looks: the roles' fonts and fills, a border between every roster cell, merges, sizes.
    const title = sheet.cell("A1")!.format;
    expect(title.font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(sheet.cell(`A${fieldRows.year}`)!.format.font).toMatchObject({ size: 12, bold: true });
    expect(sheet.cell(`B${fieldRows.year}`)!.format.fill).toBe("#FFFFF0");
    expect(sheet.cell(`B${LAYOUT.rosterHeaderRow}`)!.format.fill).toBe("#DDEBF7");
    const inner = sheet.cell(`B${FIRST_UNIT + 1}`)!.format.borders;
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"])
      expect(inner[edge]).toEqual({ style: "Continuous", weight: "Thin", color: "#808080" });
    expect(sheet.mergeTexts().sort()).toEqual(["A1:D1", "A2:D2", "A16:D16"].sort());
    expect([...sheet.columnWidths.entries()]).toEqual(
      LAYOUT.columnWidths.map((width, i) => [i + 1, characterWidthToPoints(width)])
    );
    expect(Object.fromEntries(sheet.rowHeights)).toEqual(
      Object.fromEntries(Object.entries(LAYOUT.rowHeights).map(([row, h]) => [Number(row), h]))
    );
    // The type list from the first unit to well below the last, and Text cells to type into.
    const { first, last } = LAYOUT.typeListRows;
    expect(sheet.validations).toEqual([
      expect.objectContaining({
        area: `B${first}:B${last}`,
        rule: { list: { inCellDropDown: true, source: LAYOUT.typeChoices.join(",") } },
        errorAlert: expect.objectContaining({ showAlert: false }),
      }),
    ]);
    const below = FIRST_UNIT + CAMPAIGN.units.length;
    expect(sheet.cell(`A${below}`)?.numberFormat).toBe("@");
    expect(sheet.cell(`D${below + 39}`)?.numberFormat).toBe("@");
  });

  it("gives the same cells and merges as the downloaded campaign workbook", async () => {
    excel();
    await writeCampaignSheet(CAMPAIGN, ALL);
    const inExcel = (await readCampaignSheetData(ALL))!.sheets[0]!;
    const read = readWorkbook(await writeCampaignWorkbook(CAMPAIGN));
    if (!read.ok) throw new Error(read.rejection.code);
    const file = read.workbook.sheets.find((sheet) => sheet.name === CAMPAIGN_SHEET)!;
    expect(valuesOf(inExcel)).toEqual(valuesOf(file));
    expect(inExcel.merges.sort()).toEqual([...file.merges].sort());
  });

  it("rewrites the sheet in place: no second sheet, the others untouched, its position kept", async () => {
    const x = excel({ sheets: ["Sổ theo dõi", "Khác"] });
    // A theme of two lines gets its row a height; the next campaign's of one line does not.
    const theme = "Học tập suốt đời: xây dựng xã hội học tập trong kỷ nguyên số";
    await writeCampaignSheet({ ...CAMPAIGN, theme }, ALL);
    expect(x.sheet(CAMPAIGN_SHEET).rowHeights.get(LAYOUT.fieldRows.theme)).toBe(
      campaignSheetLayout({ ...CAMPAIGN, theme }).rowHeights[LAYOUT.fieldRows.theme]
    );
    x.addSheet("Ghi chú");
    x.type("Khác", "B2", "của người dùng");
    x.type("Ghi chú", "A1", 7);
    reopen(x);
    const id = x.sheet(CAMPAIGN_SHEET).id;

    const smaller: Campaign = {
      ...CAMPAIGN,
      signer: ["CHỦ TỊCH"],
      deadlines: { mau2: "2026-10-14" },
      units: [
        { name: "Xã Thủy Vân", type: "community" },
        { name: "Trường Tiểu học Thủy Vân", type: "school" },
      ],
    };
    await expect(writeCampaignSheet(smaller, ALL)).resolves.toBe(CAMPAIGN_SHEET);
    expect(x.sheetNames()).toEqual(["Sổ theo dõi", "Khác", CAMPAIGN_SHEET, "Ghi chú"]);
    const sheet = x.sheet(CAMPAIGN_SHEET);
    expect(sheet.id).toBe(id);
    expect(x.sheet("Khác").value("B2")).toBe("của người dùng");
    expect(x.sheet("Ghi chú").value("A1")).toBe(7);
    expect(x.activeSheet().name).toBe("Sổ theo dõi");
    // Nothing of the first campaign is left: rows of units, the old time, old heights.
    expect(sheet.value(`A${FIRST_UNIT + 4}`)).toBe("");
    expect(sheet.cell(`A${FIRST_UNIT + 4}`)?.format.borders ?? {}).toEqual({});
    expect(sheet.value(`C${LAYOUT.fieldRows.mau2}`)).toBe("");
    expect(sheet.rowHeights.get(LAYOUT.fieldRows.theme)).toBeUndefined();
    expect(sheet.rowHeights.get(LAYOUT.fieldRows.signer)).toBe(
      LAYOUT.rowHeights[LAYOUT.fieldRows.signer]
    );
    expect(sheet.mergeTexts()).toHaveLength(3);
    expect(sheet.validations.map((v) => v.area)).toEqual([
      `B${FIRST_UNIT}:B${FIRST_UNIT + 1 + 500}`,
    ]);

    reopen(x);
    await expect(readBack()).resolves.toEqual(smaller);
  });

  it("takes over a sheet of the same name in another case", async () => {
    const x = excel({ sheets: ["Sổ theo dõi", "ĐỢT BÁO CÁO"] });
    x.type("ĐỢT BÁO CÁO", "F40", "cũ");
    await writeCampaignSheet(CAMPAIGN, ALL);
    expect(x.sheetNames()).toEqual(["Sổ theo dõi", CAMPAIGN_SHEET]);
    expect(x.sheet(CAMPAIGN_SHEET).value("F40")).toBe("");
  });

  it("honours what the clerk types on the sheet", async () => {
    // Excel in Vietnamese reads a typed date day first.
    const x = excel({ typedDates: "dmy" });
    await writeCampaignSheet(CAMPAIGN, ALL);
    reopen(x);
    const { fieldRows } = LAYOUT;
    const below = FIRST_UNIT + CAMPAIGN.units.length;
    // A unit typed under the roster, its phone with a leading zero and one with +84.
    x.type(CAMPAIGN_SHEET, `A${below}`, "Trường Tiểu học Thủy Phù");
    x.type(CAMPAIGN_SHEET, `B${below}`, "Trường");
    x.type(CAMPAIGN_SHEET, `D${below}`, "0234 3862 111");
    x.type(CAMPAIGN_SHEET, `A${below + 2}`, "Xã Thủy Thanh");
    x.type(CAMPAIGN_SHEET, `D${below + 2}`, "+84 905 000 111");
    // A deadline moved, its hour too; the Mẫu 1 deadline typed as a date.
    x.type(CAMPAIGN_SHEET, `B${fieldRows.mau1}`, "30/09/2026");
    x.type(CAMPAIGN_SHEET, `C${fieldRows.mau2}`, "17:30");
    // A type changed with the word of the list.
    x.type(CAMPAIGN_SHEET, `B${FIRST_UNIT + 4}`, "Trung tâm HTCĐ / xã / phường");
    // A text field corrected.
    x.type(CAMPAIGN_SHEET, `B${fieldRows.reportsTo}`, "Ủy ban nhân dân thành phố Huế");
    expect(x.sheet(CAMPAIGN_SHEET).cell(`B${fieldRows.mau1}`)).toMatchObject({
      value: 46295,
      numberFormat: "dd/mm/yyyy",
    });
    expect(x.sheet(CAMPAIGN_SHEET).value(`D${below + 2}`)).toBe("+84 905 000 111");

    reopen(x);
    const units: Unit[] = [
      ...CAMPAIGN.units.slice(0, 4),
      { name: "Hội Khuyến học phường", type: "community" },
      { name: "Trường Tiểu học Thủy Phù", type: "school", phone: "0234 3862 111" },
      // No type given: guessed from the name.
      { name: "Xã Thủy Thanh", type: "community", phone: "+84 905 000 111" },
    ];
    await expect(readBack()).resolves.toEqual({
      ...CAMPAIGN,
      reportsTo: "Ủy ban nhân dân thành phố Huế",
      deadlines: { mau1: "2026-09-30", mau2: "2026-10-13T17:30" },
      units,
    });
  });

  it("keeps text that Excel would take for a formula as text", async () => {
    const x = excel();
    const odd: Campaign = {
      ...CAMPAIGN,
      theme: FORMULA_LIKE.sum,
      units: [
        { name: FORMULA_LIKE.hyperlink, type: "school", email: "@phubai" },
        { name: "+84 Tổ dân phố 1", type: "community", phone: "+84 234 3861 000" },
        { name: "-5 hộ", type: "other", phone: "=1+1" },
        { name: "1.200", type: "other" },
      ],
    };
    await writeCampaignSheet(odd, ALL);
    reopen(x);
    const sheet = x.sheet(CAMPAIGN_SHEET);
    for (let row = FIRST_UNIT; row < FIRST_UNIT + odd.units.length; row++)
      for (const col of ["A", "B", "C", "D"])
        expect(sheet.cell(`${col}${row}`)?.formula).toBeUndefined();
    expect(sheet.value(`A${FIRST_UNIT}`)).toBe(FORMULA_LIKE.hyperlink);
    expect(sheet.value(`D${FIRST_UNIT + 1}`)).toBe("+84 234 3861 000");
    expect(sheet.value(`A${FIRST_UNIT + 3}`)).toBe("1.200");
    expect(sheet.value(`B${LAYOUT.fieldRows.theme}`)).toBe(FORMULA_LIKE.sum);
    await expect(readBack()).resolves.toEqual(odd);
  });

  it("works on Excel with ExcelApi 1.1: values without merges, sizes or the type list", async () => {
    const x = excel({ apiMinor: 1, sheets: ["Sheet1"] });
    await writeCampaignSheet(CAMPAIGN, OLD);
    reopen(x);
    const sheet = x.sheet(CAMPAIGN_SHEET);
    expect(sheet.merges).toEqual([]);
    expect(sheet.validations).toEqual([]);
    expect(sheet.columnWidths.size).toBe(0);
    expect(sheet.cell("A1")!.format.font).toMatchObject({ bold: true, size: 14 });
    // Found from the sheets' names: getItemOrNullObject is ExcelApi 1.4.
    await expect(readBack(OLD)).resolves.toEqual(CAMPAIGN);

    const next: Campaign = { ...CAMPAIGN, units: CAMPAIGN.units.slice(0, 2) };
    await writeCampaignSheet(next, OLD);
    expect(x.sheetNames()).toEqual(["Sheet1", CAMPAIGN_SHEET]);
    reopen(x);
    await expect(readBack(OLD)).resolves.toEqual(next);
  });

  it("carries the campaign from a new Excel to an old one and back", async () => {
    const x = excel({ apiMinor: 13 });
    await writeCampaignSheet(CAMPAIGN, ALL);
    reopen(x, 1);
    await expect(readBack(OLD)).resolves.toEqual(CAMPAIGN);
    // Rewritten where merges and the type list cannot be touched: they stay, the values change.
    const next: Campaign = { ...CAMPAIGN, units: [...CAMPAIGN.units].reverse() };
    await writeCampaignSheet(next, OLD);
    expect(x.sheet(CAMPAIGN_SHEET).mergeTexts()).toHaveLength(3);
    reopen(x, 13);
    await expect(readBack(ALL)).resolves.toEqual(next);
  });

  it("reads undefined from a workbook without the sheet, whatever else it holds", async () => {
    const x = excel({ sheets: ["Sheet1", "Danh sách"] });
    x.type("Danh sách", "A1", "Tên đơn vị");
    x.type("Danh sách", "A2", "Xã Thủy Vân");
    await expect(readCampaignSheetData(ALL)).resolves.toBeUndefined();
    await expect(readCampaignSheetData(OLD)).resolves.toBeUndefined();
    fake!.uninstall();
    excel({ apiMinor: 1 });
    await expect(readCampaignSheetData(OLD)).resolves.toBeUndefined();
  });

  it("reads the sheet hidden or renamed in case, with its actual name and state", async () => {
    const x = excel({ sheets: ["Sheet1"] });
    await writeCampaignSheet(CAMPAIGN, ALL);
    x.sheet(CAMPAIGN_SHEET).name = "đợt báo cáo";
    x.sheet("đợt báo cáo").visibility = "Hidden";
    reopen(x);
    for (const caps of [ALL, OLD]) {
      const data = (await readCampaignSheetData(caps)) as WorkbookData;
      expect(data.sheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
        ["đợt báo cáo", "hidden"],
      ]);
      const result = campaignFromWorkbook(data);
      expect(result.ok && result.campaign).toEqual(CAMPAIGN);
    }
  });

  it("cuts a long roster into requests under the size limit", async () => {
    const x = excel();
    const budget = 120_000;
    x.requestLimit = budget;
    const many: Campaign = {
      ...CAMPAIGN,
      units: Array.from({ length: 3000 }, (_, i) => ({
        name: `Trường Tiểu học số ${i + 1} phường Phú Bài`,
        type: "school" as const,
        email: `truong${i + 1}@phubai.edu.vn`,
        phone: `+84 234 ${String(3_860_000 + i)}`,
      })),
    };
    x.resetSyncs();
    await writeCampaignSheet(many, ALL, { maxRequestBytes: budget });
    expect(x.syncs.length).toBeGreaterThan(3);
    for (const sync of x.syncs) expect(sync.bytes).toBeLessThanOrEqual(budget);
    reopen(x);
    const data = await readCampaignSheetData(ALL, { maxCellsPerRead: 4_000 });
    const result = campaignFromWorkbook(data!);
    expect(result.ok && result.campaign).toEqual(many);
  });
});
