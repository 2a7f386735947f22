/**
 * How the list sheets print: the plan from their column widths, and the print setup the
 * summary workbook carries (A4, scale or fit, print titles, print area, footer, breaks).
 * What LibreOffice makes of it on paper: test/libreoffice/summary-print.test.ts.
 */
import { strFromU8, unzipSync } from "fflate";
import { INDICATORS } from "../../../src/core";
import { vi } from "../../../src/messages";
import { summaryEn, summaryVi } from "../../../src/messages/summary";
import { dataColumnOf, writeSummary } from "../../../src/xlsx/summary";
import { pageFooter } from "../../../src/xlsx/summary/list-sheet";
import {
  MIN_SCALE,
  PRINT_MARGINS,
  WIDEST_POINTS_PER_WIDTH_UNIT,
  planPrint,
} from "../../../src/xlsx/summary/print-setup";
import { sampleCampaign, sampleMergeResult } from "../../helpers/merge-result";

/** Printable width of A4 landscape in points, as the plan counts it. */
const LANDSCAPE = 841.9 - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;

describe("planPrint", () => {
  it("prints a narrow list portrait, fitted to the page width", () => {
    expect(planPrint([6, 30, 20])).toEqual({ orientation: "portrait", breaks: [] });
  });

  it("turns a wider list landscape, fitted while that is 60 % or more", () => {
    const fits = Math.floor(LANDSCAPE / WIDEST_POINTS_PER_WIDTH_UNIT / 0.6);
    expect(planPrint([fits - 10, 10])).toEqual({ orientation: "landscape", breaks: [] });
    expect(planPrint([fits + 10, 10]).scale).toBeDefined();
  });

  it("prints a list too wide for 60 % across pages at one scale, repeating its first columns", () => {
    const widths = [6, 30, ...Array<number>(23).fill(10), 26];
    const plan = planPrint(widths, { repeat: 2 });
    expect(plan.orientation).toBe("landscape");
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(plan.scale).toBeLessThanOrEqual(100);
    // Every page, with the repeated columns, fits at that scale, and one of them not at 1 % more.
    const pages = [3, ...plan.breaks, widths.length + 1];
    const printed = pages.slice(0, -1).map((first, i) => {
      const columns = [...widths.slice(0, 2), ...widths.slice(first - 1, pages[i + 1]! - 1)];
      return columns.reduce((a, b) => a + b, 0) * WIDEST_POINTS_PER_WIDTH_UNIT;
    });
    expect(printed.every((width) => width * (plan.scale! / 100) <= LANDSCAPE)).toBe(true);
    expect(printed.some((width) => width * ((plan.scale! + 1) / 100) > LANDSCAPE)).toBe(true);
    expect(plan.breaks.length).toBeGreaterThan(0);
  });

  it("breaks between groups of columns where they fit, inside a group only when it is wider than a page", () => {
    const widths = [6, 24, ...Array<number>(23).fill(10), 26];
    const groups = [3, 4, 7, 10, 16, 26];
    const plan = planPrint(widths, { repeat: 2, groups });
    expect(plan.breaks.every((column) => groups.includes(column))).toBe(true);
    const huge = planPrint([6, 24, ...Array<number>(40).fill(10)], { repeat: 2, groups: [3] });
    expect(huge.breaks.length).toBeGreaterThan(0);
  });
});

describe("the summary's print setup", () => {
  let parts: Record<string, string>;
  let workbook: string;

  beforeAll(async () => {
    const bytes = await writeSummary(sampleMergeResult(), sampleCampaign(), { catalogue: vi });
    const files = unzipSync(bytes);
    workbook = strFromU8(files["xl/workbook.xml"]!);
    const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]!);
    parts = {};
    for (const [, name, id] of workbook.matchAll(
      /<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g
    )) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
      parts[name!] = strFromU8(files[`xl/${target.replace(/^\/?xl\//, "")}`]!);
    }
  });

  const SHEETS = summaryVi.sheets;
  const LISTS = [SHEETS.data, SHEETS.schedule, SHEETS.submissions, SHEETS.checks, SHEETS.opinions];
  const definedName = (kind: string, sheet: string): string | undefined => {
    const index = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex(
      (m) => m[1] === sheet
    );
    const m = new RegExp(
      `<definedName name="${kind}" localSheetId="${index}">([^<]*)</definedName>`
    ).exec(workbook);
    return m?.[1]?.replace(/&apos;/g, "'");
  };

  it.each(LISTS)("prints %s on A4 with the header row on every page and numbered pages", (name) => {
    const xml = parts[name]!;
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    const header = name === SHEETS.checks ? 2 : 1;
    expect(definedName("_xlnm.Print_Titles", name)).toContain(`'${name}'!$${header}:$${header}`);
    const footer = /<oddFooter>([^<]*)<\/oddFooter>/
      .exec(xml)?.[1]
      ?.replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    expect(footer).toBe(pageFooter(summaryVi));
  });

  it("fits the lists one page wide, and prints the data table at a fixed scale across pages", () => {
    for (const name of LISTS.filter((list) => list !== SHEETS.data)) {
      expect(parts[name]).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
      expect(parts[name]).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    }
    const data = parts[SHEETS.data]!;
    expect(data).not.toMatch(/fitToPage="1"/);
    expect(Number(/<pageSetup [^>]*scale="(\d+)"/.exec(data)?.[1])).toBeGreaterThanOrEqual(60);
    expect(data).toMatch(/<pageSetup [^>]*pageOrder="overThenDown"/);
    expect(definedName("_xlnm.Print_Titles", SHEETS.data)).toBe(
      `'${SHEETS.data}'!$A:$B,'${SHEETS.data}'!$1:$1`
    );
    // Pages break between the form's sections: here, before section 5.
    const section5 = INDICATORS.find((indicator) => indicator.section === 5)!;
    expect(data).toContain(
      `<colBreaks count="1" manualBreakCount="1"><brk id="${dataColumnOf(section5.id) - 1}" max="1048575" man="1"/></colBreaks>`
    );
    // In the worksheet's order of elements: after the footer, before the table.
    expect(data.indexOf("</headerFooter>")).toBeLessThan(data.indexOf("<colBreaks"));
    expect(data.indexOf("<colBreaks")).toBeLessThan(data.indexOf("<tableParts"));
  });

  it("leaves the columns of codes and full paths out of the print area", () => {
    expect(definedName("_xlnm.Print_Area", SHEETS.checks)).toMatch(/^'Kiểm tra'!\$A\$1:\$I\$\d+$/);
    expect(definedName("_xlnm.Print_Area", SHEETS.schedule)).toMatch(
      /^'Lịch hoạt động'!\$A\$1:\$H\$5$/
    );
    expect(definedName("_xlnm.Print_Area", SHEETS.submissions)).toMatch(
      /^'Tình hình nộp'!\$A\$1:\$K\$\d+$/
    );
    expect(definedName("_xlnm.Print_Area", SHEETS.opinions)).toBeUndefined();
  });

  it("words the footer in each locale, an ampersand kept as text", () => {
    expect(pageFooter(summaryVi)).toBe(
      '&L&"Times New Roman,Regular"&10&A&C&"Times New Roman,Regular"&10Trang &P / &N'
    );
    expect(pageFooter(summaryEn)).toContain("Page &P of &N");
    expect(pageFooter({ ...summaryVi, pageNumber: (p, n) => `A & B ${p}/${n}` })).toContain(
      "A && B &P/&N"
    );
  });

  it("gives every list row a height", () => {
    for (const name of LISTS) {
      const rows = [...parts[name]!.matchAll(/<row r="(\d+)"([^>]*)>/g)];
      const header = name === SHEETS.checks ? 2 : 1;
      for (const [, r, attributes] of rows)
        if (Number(r) >= header)
          expect({ name, r, attributes }).toEqual({
            name,
            r,
            attributes: expect.stringMatching(/ ht="[\d.]+" customHeight="1"/),
          });
    }
  });
});
