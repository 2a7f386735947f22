import * as path from "node:path";
import { capabilitiesFrom, type Capabilities } from "../../src/excel";
import { excelMembersUsed } from "../helpers/api-sets";

const ROOT = path.join(__dirname, "../..");

/**
 * Every member of Office.js beyond ExcelApi 1.1 (the manifest's) that the bridge uses, with
 * its set from the typings and the capability the bridge checks before using it. A member
 * added to `src/excel` without a line here fails the test.
 */
const GATED: Record<string, readonly [set: string, gate: keyof Capabilities]> = {
  "Excel.createWorkbook": ["1.8", "createWorkbook"],
  "Range.getMergedAreasOrNullObject": ["1.13", "mergedAreas"],
  "RangeAreas.address": ["1.9", "mergedAreas"],
  "Workbook.insertWorksheetsFromBase64": ["1.13", "insertFromBase64"],
  // Read only where the file goes in whole, to park the old tables.
  "Table.worksheet": ["1.2", "insertFromBase64"],
  "PageBreakCollection.add": ["1.9", "pageLayout"],
  "PageLayout.blackAndWhite =": ["1.9", "pageLayout"],
  "PageLayout.bottomMargin =": ["1.9", "pageLayout"],
  "PageLayout.centerHorizontally =": ["1.9", "pageLayout"],
  "PageLayout.footerMargin =": ["1.9", "pageLayout"],
  "PageLayout.headerMargin =": ["1.9", "pageLayout"],
  "PageLayout.leftMargin =": ["1.9", "pageLayout"],
  "PageLayout.orientation =": ["1.9", "pageLayout"],
  "PageLayout.paperSize =": ["1.9", "pageLayout"],
  "PageLayout.rightMargin =": ["1.9", "pageLayout"],
  "PageLayout.setPrintArea": ["1.9", "pageLayout"],
  "PageLayout.setPrintTitleRows": ["1.9", "pageLayout"],
  "PageLayout.topMargin =": ["1.9", "pageLayout"],
  "PageLayout.zoom =": ["1.9", "pageLayout"],
  "Worksheet.horizontalPageBreaks": ["1.9", "pageLayout"],
  "Worksheet.pageLayout": ["1.9", "pageLayout"],
  "Worksheet.showGridlines =": ["1.8", "pageLayout"],
  "ChartAxis.position =": ["1.8", "chartAxes"],
  "ChartAxis.reversePlotOrder =": ["1.7", "chartAxes"],
  "DataValidation.clear": ["1.8", "dataValidation"],
  "DataValidation.errorAlert =": ["1.8", "dataValidation"],
  "DataValidation.ignoreBlanks =": ["1.8", "dataValidation"],
  "DataValidation.prompt =": ["1.8", "dataValidation"],
  "DataValidation.rule =": ["1.8", "dataValidation"],
  "Range.dataValidation": ["1.8", "dataValidation"],
  "Workbook.protection": ["1.7", "structureProtection"],
  "WorkbookProtection.protected": ["1.7", "structureProtection"],
  "ConditionalFormat.custom": ["1.6", "conditionalFormats"],
  "ConditionalFormatCollection.add": ["1.6", "conditionalFormats"],
  "ConditionalFormatRule.formula =": ["1.6", "conditionalFormats"],
  "ConditionalRangeFill.color =": ["1.6", "conditionalFormats"],
  "ConditionalRangeFont.color =": ["1.6", "conditionalFormats"],
  "ConditionalRangeFormat.fill": ["1.6", "conditionalFormats"],
  "ConditionalRangeFormat.font": ["1.6", "conditionalFormats"],
  "CustomConditionalFormat.format": ["1.6", "conditionalFormats"],
  "CustomConditionalFormat.rule": ["1.6", "conditionalFormats"],
  "Range.conditionalFormats": ["1.6", "conditionalFormats"],
  "NamedItem.delete": ["1.4", "names"],
  "NamedItemCollection.add": ["1.4", "names"],
  "Setting.value": ["1.4", "settings"],
  "SettingCollection.add": ["1.4", "settings"],
  "SettingCollection.getItemOrNullObject": ["1.4", "settings"],
  "Workbook.settings": ["1.4", "settings"],
  "WorksheetCollection.getItemOrNullObject": ["1.4", "settings"],
  "FormatProtection.locked =": ["1.2", "protection"],
  "RangeFormat.protection": ["1.2", "protection"],
  "Worksheet.protection": ["1.2", "protection"],
  "WorksheetProtection.options": ["1.2", "protection"],
  "WorksheetProtection.protect": ["1.2", "protection"],
  "WorksheetProtection.protected": ["1.2", "protection"],
  "Range.merge": ["1.2", "merges"],
  "Range.unmerge": ["1.2", "merges"],
  "RangeFormat.autofitColumns": ["1.2", "merges"],
  "RangeFormat.autofitRows": ["1.2", "merges"],
  "RangeFormat.columnWidth =": ["1.2", "merges"],
  "RangeFormat.rowHeight =": ["1.2", "merges"],
  "Worksheet.visibility =": ["1.2", "sheetVisibility"],
  "Workbook.functions": ["1.2", "dateSystem"],
  "Functions.date": ["1.2", "dateSystem"],
  "FunctionResult.value": ["1.2", "dateSystem"],
};

const upTo =
  (minor: number) =>
  (set: string, version: string): boolean =>
    set === "ExcelApi" && Number(version.split(".")[1]) <= minor;

describe("the requirement sets of the bridge's Office.js calls", () => {
  const used = excelMembersUsed(path.join(ROOT, "src/excel"), path.join(ROOT, "tsconfig.json"));
  const beyond11 = Object.fromEntries(Object.entries(used).filter(([, set]) => set !== "1.1"));

  it("lists every member beyond ExcelApi 1.1 with the capability that gates it", () => {
    expect(Object.keys(used).length).toBeGreaterThan(100);
    expect(used["Range.values"]).toBe("1.1");
    // A function of the namespace itself is found too (gated below).
    expect(used["Excel.createWorkbook"]).toBe("1.8");
    // Reading a sheet's visibility is 1.1, setting it 1.2.
    expect(used["Worksheet.visibility"]).toBe("1.1");
    expect(beyond11).toEqual(
      Object.fromEntries(Object.entries(GATED).map(([member, [set]]) => [member, set]))
    );
  });

  it.each(Object.entries(GATED))("%s is gated by a capability off without its set", (_, gated) => {
    const [set, gate] = gated;
    // The gate may ask for more (page setup's gridlines go with 1.9), never for less.
    expect(capabilitiesFrom(upTo(Number(set.split(".")[1]) - 1))[gate]).toBe(false);
  });
});
