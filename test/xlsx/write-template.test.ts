import {
  FORM_IDS,
  HUONG_THUY_2017,
  INDICATOR_IDS,
  MAU2_TEXT,
  PRESETS,
  UNIT_TYPES,
  layoutForm,
  type LayoutCell,
  type SheetLayout,
  type Unit,
} from "../../src/core";
import { strFromU8, unzipSync } from "fflate";
import { vi } from "../../src/messages";
import { summaryVi } from "../../src/messages/summary";
import { a1, columnLetter, writeFormTemplate } from "../../src/xlsx";
import { writeSummary } from "../../src/xlsx/summary";
import { inspectWorkbook, type TemplateSummary } from "../helpers/inspect-workbook";
import { sampleCampaign, sampleMergeResult } from "../helpers/merge-result";
import { doublyValidated, sqrefCells, validationSqrefs } from "../helpers/validation-xml";

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

  it("starts a page at section 2, as the layout says, and repeats no table header", async () => {
    const [before] = layout.print.pageBreaksBefore ?? [];
    expect(layout.cells.find((c) => c.row === before)?.value).toBe(MAU2_TEXT.difficulties);
    const bytes = await writeFormTemplate(["mau2"], HUONG_THUY_2017, unit, vi);
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    // A break's id is the row it follows.
    expect(
      [...xml.matchAll(/<brk [^>]*\bid="(\d+)"[^>]*\bman="1"/g)].map((m) => Number(m[1]))
    ).toEqual([before! - 1]);
    expect(book.sheet("Mẫu 2").pageSetup.printTitlesRow).toBeUndefined();
  });

  it("uses Times New Roman 13 for the table", () => {
    const headerCell = layout.cells.find((c) => c.value === MAU2_TEXT.columnActivity)!;
    const header = a1(headerCell.row, headerCell.col);
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

describe("the data validations in the file's XML", () => {
  const units: (Unit | undefined)[] = [
    undefined,
    ...UNIT_TYPES.map((type) => ({ name: `${type} Phú Bài`, type })),
  ];
  const cases = Object.values(PRESETS).flatMap((campaign) =>
    FORM_IDS.flatMap((form) =>
      units.map((unit) => [campaign.id, form, unit?.type ?? "no unit", campaign, unit] as const)
    )
  );

  it.each(cases)(
    "%s %s for %s: no cell in two sqrefs",
    async (_id, form, _type, campaign, unit) => {
      const layout = layoutForm(form, campaign, unit);
      const sqrefs = validationSqrefs(await writeFormTemplate([form], campaign, unit, vi))[
        layout.sheetName
      ]!;
      expect(doublyValidated(sqrefs)).toEqual({});
      // Every validated input is in one, and nothing else is.
      const validated = layout.cells
        .filter((c) => c.input && c.input.rule.kind !== "text")
        .map((c) => a1(c.row, c.col));
      expect(sqrefs.flatMap(sqrefCells).sort()).toEqual(validated.sort());
    }
  );

  it("writes Mẫu 1's time and date columns as one range each (B9:B28, not B9:B28 and B10:B28)", async () => {
    const sqrefs = validationSqrefs(
      await writeFormTemplate(["mau1", "mau2"], HUONG_THUY_2017, unit, vi)
    );
    expect(sqrefs).toEqual({
      "Mẫu 1": ["B9:B28", "C9:C28"],
      "Mẫu 2": ["C15", "C17:C19", "C21:C23", "C25:C30", "C32:C41"],
      _TongHop: [],
    });
  });

  it("keeps the summary's Mẫu 2 as the units' form: no cell in two sqrefs", async () => {
    const bytes = await writeSummary(sampleMergeResult(), sampleCampaign(), { catalogue: vi });
    const sqrefs = validationSqrefs(bytes)[summaryVi.sheets.summary]!;
    expect(sqrefs.length).toBeGreaterThan(0);
    expect(doublyValidated(sqrefs)).toEqual({});
  });
});
