/**
 * What this Excel can do. The manifest asks for ExcelApi 1.1 only, so that Excel 2016 and
 * other old versions still load the add-in; everything newer is detected at run time and
 * the bridge does without it.
 */
import type { MissingFeature } from "../messages";

export interface Capabilities {
  /** The highest ExcelApi requirement set reported, e.g. "1.13". */
  readonly apiVersion: string;
  /** ExcelApi 1.2: merged cells, column widths and row heights, autofit. */
  readonly merges: boolean;
  /** ExcelApi 1.2: sheet protection and unlocked input cells. */
  readonly protection: boolean;
  /** ExcelApi 1.4: adding and deleting defined names. */
  readonly names: boolean;
  /** ExcelApi 1.4: workbook settings (what the add-in wrote before) and `getItemOrNullObject`. */
  readonly settings: boolean;
  /** ExcelApi 1.6: conditional formats (the participants highlight). */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.8: data validation with hints and error alerts. */
  readonly dataValidation: boolean;
  /** ExcelApi 1.7: whether the workbook's structure is protected (`workbook.protection`). */
  readonly structureProtection: boolean;
  /** ExcelApi 1.13: `insertWorksheetsFromBase64`, the summary with full formatting. */
  readonly insertFromBase64: boolean;
  /** ExcelApi 1.9: page setup (A4, fit to width, print titles) and hidden gridlines. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.13: reading merged areas back (`getMergedAreasOrNullObject`). */
  readonly mergedAreas: boolean;
  /**
   * ExcelApi 1.8: a bar chart's categories top-down (`reversePlotOrder`, 1.7) with the value
   * axis kept at the bottom (`position`, 1.8). Charts themselves are ExcelApi 1.1.
   */
  readonly chartAxes: boolean;
  /**
   * ExcelApi 1.2: setting a sheet's visibility (reading it is 1.1). Without it the metadata
   * sheet a form needs stays visible.
   */
  readonly sheetVisibility: boolean;
  /**
   * ExcelApi 1.2: worksheet functions (`workbook.functions`), by which the bridge tells a
   * workbook in the 1904 date system; without them dates are read as 1900 dates.
   */
  readonly dateSystem: boolean;
  /**
   * ExcelApi 1.8: `Excel.createWorkbook`, a file opened as a new workbook: how the pane
   * hands over a file where it cannot download (Excel for Mac, `file-saving.ts`).
   */
  readonly createWorkbook: boolean;
}

/** The requirement set of each feature, lowest first. */
const FEATURE_SETS = {
  merges: "1.2",
  protection: "1.2",
  sheetVisibility: "1.2",
  dateSystem: "1.2",
  names: "1.4",
  settings: "1.4",
  conditionalFormats: "1.6",
  structureProtection: "1.7",
  dataValidation: "1.8",
  createWorkbook: "1.8",
  chartAxes: "1.8",
  pageLayout: "1.9",
  insertFromBase64: "1.13",
  mergedAreas: "1.13",
} as const;

/** Features the pane tells the user about when they are missing, in this order. */
export const MISSING_FEATURE_ORDER: readonly MissingFeature[] = [
  "merges",
  "protection",
  "sheetVisibility",
  "dateSystem",
  "names",
  "settings",
  "conditionalFormats",
  "dataValidation",
  "chartAxes",
  "insertFromBase64",
];

/** ExcelApi 1.x versions probed for `apiVersion`; sets beyond it do not change behaviour. */
const HIGHEST_MINOR_PROBED = 20;

/**
 * Capabilities from a requirement-set test (Office's `isSetSupported`). Pure.
 *
 * @example capabilitiesFrom((set, v) => set === "ExcelApi" && Number(v.split(".")[1]) <= 4)
 * // { apiVersion: "1.4", merges: true, names: true, dataValidation: false, … }
 */
export function capabilitiesFrom(
  isSetSupported: (set: string, version: string) => boolean
): Capabilities {
  const has = (version: string): boolean => isSetSupported("ExcelApi", version);
  let apiVersion = "1.1";
  for (let minor = 2; minor <= HIGHEST_MINOR_PROBED; minor++) {
    if (has(`1.${minor}`)) apiVersion = `1.${minor}`;
  }
  return {
    apiVersion,
    merges: has(FEATURE_SETS.merges),
    protection: has(FEATURE_SETS.protection),
    names: has(FEATURE_SETS.names),
    settings: has(FEATURE_SETS.settings),
    conditionalFormats: has(FEATURE_SETS.conditionalFormats),
    dataValidation: has(FEATURE_SETS.dataValidation),
    structureProtection: has(FEATURE_SETS.structureProtection),
    insertFromBase64: has(FEATURE_SETS.insertFromBase64),
    pageLayout: has(FEATURE_SETS.pageLayout),
    mergedAreas: has(FEATURE_SETS.mergedAreas),
    chartAxes: has(FEATURE_SETS.chartAxes),
    sheetVisibility: has(FEATURE_SETS.sheetVisibility),
    dateSystem: has(FEATURE_SETS.dateSystem),
    createWorkbook: has(FEATURE_SETS.createWorkbook),
  };
}

/**
 * The capabilities of the Excel the add-in runs in. Without Office (a plain page, a test
 * without the global) nothing beyond ExcelApi 1.1 is assumed.
 */
/** Waits for office.js to start; true when the document open is an Excel workbook. */
export async function officeIsExcel(): Promise<boolean> {
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

export function detectCapabilities(): Capabilities {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements) return capabilitiesFrom(() => false);
  return capabilitiesFrom((set, version) => requirements.isSetSupported(set, version));
}

/**
 * The features this Excel lacks, as codes the pane turns into text.
 *
 * @example missingFeatures(capabilitiesFrom(() => false)) // ["merges", "protection", …]
 */
export function missingFeatures(caps: Capabilities): MissingFeature[] {
  return MISSING_FEATURE_ORDER.filter((feature) => !caps[feature]);
}
