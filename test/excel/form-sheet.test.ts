import {
  HUONG_THUY_2017,
  INDICATORS,
  METADATA_SHEET,
  layoutForm,
  mergeReturns,
  parseMetadataRows,
  type Campaign,
  type FormId,
  type Unit,
} from "../../src/core";
import {
  capabilitiesFrom,
  characterWidthToPoints,
  createFormSheet,
  detectCapabilities,
  missingFeatures,
  readActiveSheet,
  type Capabilities,
} from "../../src/excel";
import { validationAddress } from "../../src/excel/form-sheet";
import { vi } from "../../src/messages";
import { cellAddress, readWorkbook, type SheetData } from "../../src/xlsx/read";
import { extractReturn } from "../../src/xlsx/returns";
import { templateMetadata, writeFormTemplate } from "../../src/xlsx/templates";
import { FakeExcel, type FakeSheet } from "../helpers/fake-excel";
import { FORMULA_LIKE } from "../helpers/merge-result";

const campaign = HUONG_THUY_2017;
const unit = campaign.units[0]!;
const ALL = capabilitiesFrom(() => true);

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

function install(apiMinor = 13, sheets?: string[]): FakeExcel {
  fake = new FakeExcel({ apiMinor, ...(sheets ? { sheets } : {}) }).install();
  return fake;
}

async function create(
  form: FormId,
  caps: Capabilities = ALL,
  who: Unit | undefined = unit,
  inCampaign: Campaign = campaign
): Promise<string> {
  const layout = layoutForm(form, inCampaign, who);
  const { sheetName } = await createFormSheet(
    layout,
    templateMetadata(inCampaign, [form], who),
    vi,
    caps
  );
  return sheetName;
}

/** Whether the A1 area "C17:C19" (or "C15") holds the cell at `row`, `col`. */
function areaHolds(area: string, row: number, col: number): boolean {
  const [first, last = first] = area.split(":") as [string, string?];
  const at = (a1: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1 as string)!;
    const letters = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), letters];
  };
  const [top, left] = at(first);
  const [bottom, right] = at(last as string);
  return row >= top && row <= bottom && col >= left && col <= right;
}

/** Cells of a fake sheet that hold a formula. */
function formulas(sheet: FakeSheet): string[] {
  const found: string[] = [];
  for (const [row, line] of sheet.cells)
    for (const [col, cell] of line) if (cell.formula) found.push(cellAddress(row, col));
  return found;
}

function metadataOf(excel: FakeExcel) {
  const sheet = excel.sheet(METADATA_SHEET);
  const rows: [string, string][] = [];
  for (let row = 1; sheet.value(`A${row}`) !== ""; row++)
    rows.push([String(sheet.value(`A${row}`)), String(sheet.value(`B${row}`))]);
  return parseMetadataRows(rows);
}

/** The cell a workbook-level name points at in the fake. */
function namedCell(excel: FakeExcel, name: string): { sheet: string; address: string } {
  const found = excel.workbook.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  const sheet = excel.workbook.sheets.find((s) => s.id === found.sheetId)!;
  return { sheet: sheet.name, address: cellAddress(found.area.top, found.area.left) };
}

describe("createFormSheet", () => {
  it.each(["mau1", "mau2"] as const)(
    "draws %s with the same cells, merges and names as the .xlsx template",
    async (form) => {
      const excel = install();
      const sheetName = await create(form);
      const bytes = await writeFormTemplate([form], campaign, unit, vi);
      const read = readWorkbook(bytes);
      if (!read.ok) throw new Error("template unreadable");
      const template = read.workbook.sheets.find((s) => s.name === sheetName) as SheetData;

      const sheet = excel.sheet(sheetName);
      for (const [row, line] of template.rows)
        for (const [col, cell] of line)
          expect([cellAddress(row, col), sheet.value(cellAddress(row, col))]).toEqual([
            cellAddress(row, col),
            cell.value,
          ]);
      expect(sheet.mergeTexts().sort()).toEqual([...template.merges].sort());
      // Print area and titles are the page setup's own names, set through pageLayout here.
      const expected = read.workbook.definedNames.filter((n) => !n.name.startsWith("_xlnm."));
      const names = excel.workbook.names.map((n) => n.name).sort();
      expect(names).toEqual(expected.map((n) => n.name).sort());
      for (const name of expected)
        expect(
          excel.workbook.nameValue(excel.workbook.names.find((n) => n.name === name.name)!)
        ).toBe(name.raw);
    }
  );

  it.each(["kept", "prefix"] as const)(
    "shows the '- ' and '+ ' labels as written, with no apostrophe, when a Text cell's apostrophe is %s",
    async (apostropheInTextCells) => {
      fake = new FakeExcel({ apostropheInTextCells }).install();
      const sheetName = await create("mau2");
      const sheet = fake.sheet(sheetName);
      const labels = layoutForm("mau2", campaign, unit).cells.filter(
        (cell) => typeof cell.value === "string" && /^[-+=@']/.test(cell.value)
      );
      expect(labels.length).toBeGreaterThan(10);
      for (const label of labels) {
        const at = cellAddress(label.row, label.col);
        expect([at, sheet.value(at)]).toEqual([at, label.value]);
        expect(sheet.cell(at)?.formula).toBeUndefined();
      }
      // Every other string is in a Text cell, so "1.200" or "02/10" stays as written.
      const plain = layoutForm("mau2", campaign, unit).cells.find(
        (cell) => typeof cell.value === "string" && !/^[-+=@']/.test(cell.value)
      )!;
      expect(sheet.cell(cellAddress(plain.row, plain.col))?.numberFormat).toBe("@");
    }
  );

  it("sets column widths in points, row heights, fonts and borders", async () => {
    const excel = install();
    const layout = layoutForm("mau2", campaign, unit);
    await create("mau2");
    const sheet = excel.sheet("Mẫu 2");
    layout.columnWidths.forEach((width, i) =>
      expect(sheet.columnWidths.get(i + 1)).toBe(characterWidthToPoints(width))
    );
    for (const [row, height] of Object.entries(layout.rowHeights))
      expect(sheet.rowHeights.get(Number(row))).toBe(height);
    const header = layout.cells.find((cell) => cell.style === "tableHeader")!;
    const format = sheet.cell(cellAddress(header.row, header.col))!.format;
    expect(format.font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
    expect(format.horizontalAlignment).toBe("Center");
    expect(format.borders.EdgeTop).toEqual({
      style: "Continuous",
      weight: "Thin",
      color: "#000000",
    });
  });

  it("unlocks every input and protects the sheet without a password", async () => {
    const excel = install();
    await create("mau1");
    const sheet = excel.sheet("Mẫu 1");
    const layout = layoutForm("mau1", campaign, unit);
    for (const cell of layout.cells) {
      const locked = sheet.cell(cellAddress(cell.row, cell.col))?.format.locked;
      expect([cellAddress(cell.row, cell.col), locked]).toEqual([
        cellAddress(cell.row, cell.col),
        !cell.input,
      ]);
    }
    expect(sheet.protection).toMatchObject({
      protected: true,
      options: { allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true },
    });
    expect(sheet.protection.password).toBeUndefined();
  });

  it("adds validation with the catalogue's hints, only where Excel has it", async () => {
    const excel = install();
    await create("mau2");
    const count = namedCell(excel, "ke_hoach");
    expect(excel.sheet("Mẫu 2").validationAt(count.address)).toEqual({
      area: count.address,
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      ignoreBlanks: true,
      prompt: {
        showPrompt: true,
        title: vi.input.count.promptTitle,
        message: vi.input.count.prompt,
      },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: vi.input.count.errorTitle,
        message: vi.input.count.error,
      },
    });
    // The layout's areas, as in the .xlsx: every count in exactly one, notes and free text
    // in none.
    const validations = excel.sheet("Mẫu 2").validations;
    const layout = layoutForm("mau2", campaign, unit);
    expect(validations.map((v) => v.area)).toEqual(layout.validations.map(validationAddress));
    expect(validations.map((v) => v.area)).toEqual([
      "C15",
      "C17:C19",
      "C21:C23",
      "C25:C30",
      "C32:C41",
    ]);
    for (const cell of layout.cells.filter((c) => c.input)) {
      const address = cellAddress(cell.row, cell.col);
      const covering = validations.filter((v) => areaHolds(v.area, cell.row, cell.col));
      expect([address, covering.length]).toEqual([address, cell.input?.indicator ? 1 : 0]);
    }

    const without = install();
    await create("mau2", { ...ALL, dataValidation: false });
    expect(without.sheet("Mẫu 2").validations).toEqual([]);
  });

  it("validates Mẫu 1 dates within the campaign week and times of day", async () => {
    const excel = install();
    await create("mau1");
    const rules = excel.sheet("Mẫu 1").validations.map((v) => v.rule);
    expect(rules).toContainEqual({
      date: { formula1: "2017-10-02", formula2: "2017-10-08", operator: "Between" },
    });
    expect(rules).toContainEqual({
      time: { formula1: "=0", formula2: "=0.999988", operator: "Between" },
    });
  });

  it("highlights participants given without sessions", async () => {
    const excel = install();
    await create("mau2");
    const formats = excel.sheet("Mẫu 2").conditionalFormats;
    expect(formats).toHaveLength(INDICATORS.filter((i) => i.countOf).length);
    const people = namedCell(excel, "hoi_thao_toa_dam_nguoi").address;
    const sessions = namedCell(excel, "hoi_thao_toa_dam").address;
    expect(formats).toContainEqual({
      area: people,
      type: "Custom",
      formula: `=AND(ISNUMBER(${people}),${people}>0,N(${sessions})=0)`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });
  });

  it("sets up A4 printing, one page wide, Mẫu 2's last sections on a page of their own", async () => {
    const excel = install();
    await create("mau2");
    const layout = layoutForm("mau2", campaign, unit);
    const sheet = excel.sheet("Mẫu 2");
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: layout.print.margins.left * 72,
      printArea: `A1:D${layout.lastRow}`,
    });
    expect(sheet.pageLayout.printTitleRows).toBeUndefined();
    // As in the .xlsx: a page starts at "2. Những thuận lợi, khó khăn".
    expect(layout.print.pageBreaksBefore).toHaveLength(1);
    expect(sheet.horizontalPageBreaks).toEqual(layout.print.pageBreaksBefore);
    expect(sheet.showGridlines).toBe(false);
  });

  it("repeats Mẫu 1's table header on every printed page", async () => {
    const excel = install();
    await create("mau1");
    const layout = layoutForm("mau1", campaign, unit);
    const sheet = excel.sheet("Mẫu 1");
    expect(sheet.pageLayout).toMatchObject({
      printTitleRows: `$${layout.print.titleRows!.first}:$${layout.print.titleRows!.last}`,
    });
    expect(sheet.horizontalPageBreaks).toEqual([]);
  });

  it("records the metadata in a very hidden sheet and activates the form", async () => {
    const excel = install();
    const sheetName = await create("mau2");
    expect(excel.sheet(METADATA_SHEET).visibility).toBe("VeryHidden");
    expect(metadataOf(excel)).toEqual(templateMetadata(campaign, ["mau2"], unit));
    expect(excel.activeSheet().name).toBe(sheetName);
  });

  it("takes the same two requests for Mẫu 1 and Mẫu 2, three when metadata exists", async () => {
    const mau1 = install();
    await create("mau1");
    const mau2 = install();
    await create("mau2");
    expect(mau1.syncCount).toBe(2);
    expect(mau2.syncCount).toBe(2);

    mau2.resetSyncs();
    await create("mau1");
    expect(mau2.syncCount).toBe(3);
    expect(metadataOf(mau2)?.sheets).toEqual({ mau1: "Mẫu 1", mau2: "Mẫu 2" });
  });

  it("names a second Mẫu 2 within Excel's rules and moves the names to it", async () => {
    const excel = install(13, ["Sheet1", "mẫu 2"]);
    const sheetName = await create("mau2");
    expect(sheetName).toBe("Mẫu 2 (2)");
    expect(namedCell(excel, "ke_hoach").sheet).toBe("Mẫu 2 (2)");

    const again = await create("mau2");
    expect(again).toBe("Mẫu 2 (3)");
    expect(excel.workbook.names.filter((n) => n.name === "ke_hoach")).toHaveLength(1);
    expect(namedCell(excel, "ke_hoach").sheet).toBe("Mẫu 2 (3)");
    expect(excel.sheetNames().filter((n) => n === METADATA_SHEET)).toHaveLength(1);
    expect(metadataOf(excel)?.sheets).toEqual({ mau2: "Mẫu 2 (3)" });
  });

  it.each(Object.entries({ ...FORMULA_LIKE, phone: "+84 123", households: "-5 hộ", at: "@abc" }))(
    "writes a unit named like a formula (%s) as text",
    async (_, name) => {
      const excel = install();
      const odd: Unit = { name, type: "school" };
      const oddCampaign = { ...campaign, units: [odd] };
      const sheetName = await create("mau2", ALL, odd, oddCampaign);
      const sheet = excel.sheet(sheetName);
      expect(formulas(sheet)).toEqual([]);
      expect(formulas(excel.sheet(METADATA_SHEET))).toEqual([]);
      expect(sheet.value("A1")).toBe(name.toLocaleUpperCase("vi"));
      expect(metadataOf(excel)?.unit).toBe(name);
    }
  );

  it("degrades on ExcelApi 1.1: values and styles without merges, names or protection", async () => {
    const excel = install(1);
    const caps = detectCapabilities();
    const sheetName = await create("mau2", caps);
    const sheet = excel.sheet(sheetName);
    expect(sheet.value("A1")).toBe("TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI");
    expect(sheet.merges).toEqual([]);
    expect(sheet.validations).toEqual([]);
    expect(sheet.protection.protected).toBe(false);
    expect(excel.workbook.names).toEqual([]);
    const title = layoutForm("mau2", campaign, unit).cells.find((c) => c.style === "title")!;
    expect(sheet.cell(cellAddress(title.row, title.col))?.format.horizontalAlignment).toBe(
      "CenterAcrossSelection"
    );
    expect(excel.syncCount).toBe(2);
  });

  it("hides the metadata sheet only where Excel can set visibility (ExcelApi 1.2)", async () => {
    // Excel 2016 without updates (1.1) refuses the setter with ApiNotFound.
    const old = install(1);
    const caps = detectCapabilities();
    expect(missingFeatures(caps)).toContain("sheetVisibility");
    const sheetName = await create("mau2", caps);
    expect(old.sheet(METADATA_SHEET).visibility).toBe("Visible");
    expect(metadataOf(old)?.sheets).toEqual({ mau2: sheetName });
    expect(old.activeSheet().name).toBe(sheetName);

    const newer = install(2);
    expect(missingFeatures(detectCapabilities())).not.toContain("sheetVisibility");
    await create("mau2", detectCapabilities());
    expect(newer.sheet(METADATA_SHEET).visibility).toBe("VeryHidden");
  });

  it("round-trips: values typed into a created Mẫu 2 come back through extractReturn", async () => {
    const excel = install();
    const sheetName = await create("mau2");
    const typed = { ke_hoach: 1, to_roi: 1200, hoi_thao_toa_dam: 3, hoi_thao_toa_dam_nguoi: 150 };
    for (const [id, value] of Object.entries(typed))
      excel.type(sheetName, namedCell(excel, id).address, value);
    const note = namedCell(excel, "to_roi").address.replace("C", "D");
    excel.type(sheetName, note, FORMULA_LIKE.hyperlink);
    excel.type(sheetName, namedCell(excel, "cong_tac_chi_dao").address, "Ban hành kế hoạch số 12.");

    excel.resetSyncs();
    const { sheetName: read, workbook } = await readActiveSheet(ALL);
    expect(read).toBe(sheetName);
    expect(excel.syncCount).toBe(2);
    const data = extractReturn(workbook, { file: read, roster: campaign.units });
    expect(data.unitName).toBe(unit.name);
    expect(data.unitSource).toBe("metadata");
    for (const [id, value] of Object.entries(typed))
      expect(data.mau2?.values[id as keyof typeof typed]).toEqual({
        value,
        cell: namedCell(excel, id).address,
      });
    expect(data.mau2?.values.phong_su?.value).toBeNull();
    expect(data.mau2?.notes.to_roi).toBe(FORMULA_LIKE.hyperlink);
    expect(data.mau2?.texts.direction).toBe("Ban hành kế hoạch số 12.");

    const merged = mergeReturns([{ kind: "read", data }], campaign);
    expect(merged.totals.to_roi).toBe(1200);
  });

  it("round-trips a Mẫu 1 schedule row", async () => {
    const excel = install();
    const sheetName = await create("mau1");
    const range = excel.workbook.names.find((n) => n.name === "lich_hoat_dong")!.area;
    const row = range.top + 1;
    excel.type(sheetName, `B${row}`, "07:15");
    excel.type(sheetName, `C${row}`, 43010);
    excel.type(sheetName, `D${row}`, "Sân UBND phường");
    excel.type(sheetName, `E${row}`, "-5 hộ tham gia");
    const { workbook } = await readActiveSheet(ALL);
    const data = extractReturn(workbook, { file: sheetName, roster: campaign.units });
    expect(data.mau1?.rows).toEqual([
      {
        row,
        time: { value: (7 * 60 + 15) / 1440, cell: `B${row}` },
        date: { value: 43010, cell: `C${row}` },
        place: "Sân UBND phường",
        content: "-5 hộ tham gia",
        note: "",
      },
    ]);
  });

  it("passes Excel's errors on", async () => {
    const excel = install();
    await create("mau2");
    // A metadata sheet someone protected refuses the update: the promise rejects with
    // Excel's error instead of leaving a form with stale metadata unnoticed.
    excel.sheet(METADATA_SHEET).protection.protected = true;
    await expect(create("mau1")).rejects.toThrow(/AccessDenied/);
  });
});
