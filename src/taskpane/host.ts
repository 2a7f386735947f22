/**
 * Where the pane runs. Inside Excel it writes into the open workbook through the bridge;
 * in a plain browser it works on files. Components see only this interface, so tests give
 * them a fake Excel and the web page gives them none.
 */
import type { Campaign, CampaignResult, FileOutcome, FormId, MergeResult, Unit } from "../core";
import type { Catalogue, MissingFeature } from "../messages";

export interface SheetCheck {
  readonly sheetName: string;
  readonly outcome: FileOutcome;
}

export interface ExcelHost {
  /** Features this Excel lacks (the pane says so, and the bridge degrades). */
  readonly missing: readonly MissingFeature[];
  /** Creates a form sheet in the open workbook; returns the sheet's name. */
  createForm(
    form: FormId,
    campaign: Campaign,
    unit: Unit | undefined,
    catalogue: Catalogue
  ): Promise<string>;
  /** Checks the active sheet and marks its bad cells. */
  checkActiveSheet(campaign: Campaign): Promise<SheetCheck>;
  selectCell(sheetName: string, cell: string): Promise<void>;
  /** Writes the summary sheets, replacing those it wrote before; returns their names. */
  writeSummary(result: MergeResult, campaign: Campaign, catalogue: Catalogue): Promise<string[]>;
  /**
   * The campaign on the open workbook's sheet "Đợt báo cáo": a campaign (with its warnings)
   * or every problem, each naming its cell; undefined when the workbook has no such sheet.
   */
  loadCampaign(): Promise<CampaignResult | undefined>;
  /** Writes the campaign onto the sheet "Đợt báo cáo", replacing it; returns the sheet's name. */
  saveCampaign(campaign: Campaign): Promise<string>;
  /**
   * How a file the pane makes reaches the clerk here: the page's download, a new workbook
   * Excel opens (Excel for Mac, where downloads do nothing), or not at all (see `saveFile`).
   */
  readonly fileSaving: "download" | "newWorkbook" | "none";
  /** Opens an .xlsx file as a new workbook in Excel, for the clerk to save. */
  openAsWorkbook(bytes: Uint8Array): Promise<void>;
}

export type Host =
  { readonly kind: "browser" } | { readonly kind: "excel"; readonly excel: ExcelHost };

export const BROWSER: Host = { kind: "browser" };

/** Microsoft's office.js, which the page's head loads (`taskpane.html`) when Office opens it. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * True when Office opened this page: the manifest's URL carries `?host=excel`, and Office
 * adds `_host_Info` to the URLs it loads. Only then is office.js fetched, so the web page
 * makes no request to Microsoft. The page's head makes the same test (`taskpane.html`).
 */
export function openedByOffice(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.get("host") === "excel" || params.has("_host_Info");
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.appendChild(script);
  });
}

/** Finds out where the pane runs; loads office.js and the bridge only inside Office. */
export async function detectHost(search = window.location.search): Promise<Host> {
  if (!openedByOffice(search)) return BROWSER;
  try {
    // The head has loaded office.js already. A browser that skipped the script the head
    // wrote (Chrome may, on a slow connection) gets it here, late but working.
    if (!("Office" in window)) await loadScript(OFFICE_JS);
    const bridge = await import(/* webpackChunkName: "excel-host" */ "./excel-host");
    if (!(await bridge.officeIsExcel())) return BROWSER;
    return { kind: "excel", excel: bridge.createExcelHost() };
  } catch {
    // Opened with the marker but without Office (e.g. the address copied into a browser).
    return BROWSER;
  }
}
