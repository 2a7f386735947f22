// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose entry point
// also loads ES-module-only packages that Jest cannot parse without a transform.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { OfficeMockObject } from "office-addin-mock";
import {
  MISSING_FEATURE_ORDER,
  capabilitiesFrom,
  detectCapabilities,
  missingFeatures,
  officeIsExcel,
  selectCell,
} from "../../src/excel";

const upTo =
  (minor: number) =>
  (set: string, version: string): boolean =>
    set === "ExcelApi" && Number(version.split(".")[1]) <= minor;

describe("capabilitiesFrom", () => {
  it("turns everything on from ExcelApi 1.13", () => {
    expect(capabilitiesFrom(upTo(13))).toEqual({
      apiVersion: "1.13",
      merges: true,
      protection: true,
      names: true,
      settings: true,
      conditionalFormats: true,
      dataValidation: true,
      structureProtection: true,
      insertFromBase64: true,
      pageLayout: true,
      mergedAreas: true,
      chartAxes: true,
      sheetVisibility: true,
      dateSystem: true,
      createWorkbook: true,
    });
  });

  it("degrades by requirement set", () => {
    const caps = capabilitiesFrom(upTo(4));
    expect(caps).toMatchObject({
      apiVersion: "1.4",
      merges: true,
      protection: true,
      names: true,
      settings: true,
      conditionalFormats: false,
      dataValidation: false,
      structureProtection: false,
      insertFromBase64: false,
      pageLayout: false,
      chartAxes: false,
    });
    expect(missingFeatures(caps)).toEqual([
      "conditionalFormats",
      "dataValidation",
      "chartAxes",
      "insertFromBase64",
    ]);
    // Bar charts keep their order from ExcelApi 1.8 on.
    expect(missingFeatures(capabilitiesFrom(upTo(8)))).toEqual(["insertFromBase64"]);
  });

  it("lists every feature as missing on ExcelApi 1.1", () => {
    const caps = capabilitiesFrom(upTo(1));
    expect(caps.apiVersion).toBe("1.1");
    expect(missingFeatures(caps)).toEqual(MISSING_FEATURE_ORDER);
    expect(missingFeatures(capabilitiesFrom(upTo(20)))).toEqual([]);
  });
});

describe("with office-addin-mock", () => {
  const scope = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete scope.Office;
    delete scope.Excel;
  });

  it("officeIsExcel tells Excel from the other Office hosts", async () => {
    // A plain stand-in: OfficeMockObject hides enum values behind load().
    const office = (host: string) => ({
      HostType: { Excel: "Excel", Word: "Word" },
      onReady: async () => ({ host, platform: "PC" }),
    });
    scope.Office = office("Excel");
    await expect(officeIsExcel()).resolves.toBe(true);
    scope.Office = office("Word");
    await expect(officeIsExcel()).resolves.toBe(false);
  });

  it("detectCapabilities asks Office.context.requirements", () => {
    const asked: string[] = [];
    scope.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported(set: string, version: string) {
            asked.push(`${set} ${version}`);
            return upTo(8)(set, version);
          },
        },
      },
    });
    const caps = detectCapabilities();
    expect(caps.apiVersion).toBe("1.8");
    expect(caps.dataValidation).toBe(true);
    expect(caps.insertFromBase64).toBe(false);
    expect(asked).toContain("ExcelApi 1.13");
  });

  it("detectCapabilities assumes ExcelApi 1.1 without Office", () => {
    expect(detectCapabilities()).toEqual(capabilitiesFrom(() => false));
  });

  it("selectCell activates the sheet and selects the cell in one request", async () => {
    let syncs = 0;
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              name: "Mẫu 2",
              activated: false,
              range: {
                address: "",
                selected: false,
                select() {
                  this.selected = true;
                },
              },
              activate() {
                this.activated = true;
              },
              getRange(address: string) {
                this.range.address = address;
                return this.range;
              },
            },
            requested: "",
            getItem(name: string) {
              this.requested = name;
              return this.sheet;
            },
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<void>) {
        const context = this.context;
        const sync = context.sync.bind(context);
        context.sync = async () => {
          syncs++;
          await sync();
        };
        await callback(context);
      },
    });
    scope.Excel = mock;

    await selectCell("Mẫu 2", "C14");

    const worksheets = mock.context.workbook.worksheets;
    expect(worksheets.requested).toBe("Mẫu 2");
    expect(worksheets.sheet.activated).toBe(true);
    expect(worksheets.sheet.range.address).toBe("C14");
    expect(worksheets.sheet.range.selected).toBe(true);
    expect(syncs).toBe(1);
  });
});
