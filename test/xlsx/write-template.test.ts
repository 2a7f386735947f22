import {
  HUONG_THUY_2017,
  INDICATOR_IDS,
  layoutForm,
  type LayoutCell,
  type SheetLayout,
} from "../../src/core";
import { vi } from "../../src/messages";
import { a1, columnLetter, writeFormTemplate } from "../../src/xlsx";
import { inspectWorkbook, type TemplateSummary } from "../helpers/inspect-workbook";

const unit = HUONG_THUY_2017.units[11];
/** Every cell an input covers: a merged text box is unlocked across its whole area. */
const inputAddresses = (layout: SheetLayout): string[] =>
  layout.cells
    .filter((c: LayoutCell) => c.input)
    .flatMap((c) => Array.from({ length: c.colSpan ?? 1 }, (_, i) => a1(c.row, c.col + i)));

describe("columnLetter", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [702, "ZZ"],
    [703, "AAA"],
  ])("names column %i %s", (col, letters) => expect(columnLetter(col)).toBe(letters));
});

describe("writeFormTemplate(mau2)", () => {
  const layout = layoutForm("mau2", HUONG_THUY_2017, unit);
  let book: TemplateSummary;
  beforeAll(async () => {
    book = await inspectWorkbook(await writeFormTemplate(["mau2"], HUONG_THUY_2017, unit, vi));
  });

  it("holds the form sheet and a very hidden metadata sheet", () => {
    expect(book.sheets).toEqual([
      { name: "Mẫu 2", state: "visible" },
      { name: "_TongHop", state: "veryHidden" },
    ]);
    expect(book.metadata).toEqual({
      schema: "tonghop-template",
      templateVersion: "1",
      campaign: "huong-thuy-2017",
      year: "2017",
      unit: "Xã Dương Hòa",
      "sheet.mau2": "Mẫu 2",
    });
  });

  it("unlocks exactly the input cells", () => {
    expect(book.unlocked("Mẫu 2").sort()).toEqual(inputAddresses(layout).sort());
    expect(book.protection("Mẫu 2")).toMatchObject({ sheet: true });
    expect(book.protection("Mẫu 2")).not.toHaveProperty("hashValue");
  });

  it("names each count input by its indicator id and validates it as a whole number ≥ 0", () => {
    for (const id of INDICATOR_IDS) {
      const cell = layout.cells.find((c) => c.input?.name === id) as LayoutCell;
      const address = a1(cell.row, cell.col);
      expect(book.names[id]).toEqual([`'Mẫu 2'!$${address.replace(/(\d+)/, "$$$1")}`]);
      expect(book.validation("Mẫu 2", address)).toMatchObject({
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        showErrorMessage: true,
        promptTitle: vi.input.count.promptTitle,
      });
    }
  });

  it("bounds validation and formatting to the form, never whole columns", () => {
    const sheet = book.sheet("Mẫu 2");
    for (const key of book.validationRanges("Mẫu 2"))
      expect(key).not.toMatch(/^([A-Z]+):\1$|1048576/);
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string }[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(8);
    for (const format of formats) expect(format.ref).toMatch(/^C\d+$/);
  });

  it("sets up A4 portrait printing, one page wide", () => {
    expect(book.sheet("Mẫu 2").pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: `A1:D${layout.lastRow}`,
    });
  });

  it("uses Times New Roman 13 for the table", () => {
    const header = a1(layout.print.titleRows?.first ?? 0, 1);
    expect(book.sheet("Mẫu 2").getCell(header).style.font).toMatchObject({
      name: "Times New Roman",
      size: 13,
      bold: true,
    });
  });

  it("writes no formula anywhere", () => {
    expect(book.formulas).toEqual([]);
  });
});

describe("writeFormTemplate(mau1)", () => {
  it("validates dates within the campaign week and times of day", async () => {
    const layout = layoutForm("mau1", HUONG_THUY_2017);
    const book = await inspectWorkbook(
      await writeFormTemplate(["mau1"], HUONG_THUY_2017, undefined, vi)
    );
    const date = layout.cells.find((c) => c.input?.rule.kind === "date") as LayoutCell;
    const time = layout.cells.find((c) => c.input?.rule.kind === "time") as LayoutCell;
    const dateRule = book.validation("Mẫu 1", a1(date.row, date.col));
    expect(dateRule).toMatchObject({ type: "date", operator: "between" });
    expect(dateRule?.formulae).toEqual([new Date("2017-10-02"), new Date("2017-10-08")]);
    expect(book.validation("Mẫu 1", a1(time.row, time.col))).toMatchObject({
      type: "time",
      operator: "between",
    });
    expect(book.names.lich_hoat_dong).toEqual(["'Mẫu 1'!$A$8:$F$28"]);
    expect(book.metadata).not.toHaveProperty("unit");
  });

  it("writes a unit name that looks like a formula as plain text", async () => {
    const campaign = {
      ...HUONG_THUY_2017,
      units: [{ name: '=HYPERLINK("http://x","y")', type: "school" as const }],
    };
    const book = await inspectWorkbook(
      await writeFormTemplate(["mau1", "mau2"], campaign, campaign.units[0], vi)
    );
    expect(book.formulas).toEqual([]);
    expect(book.metadata.unit).toBe('=HYPERLINK("http://x","y")');
  });
});
