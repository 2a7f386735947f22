/**
 * How the pane inside Excel hands the clerk a file it made (a form, the summary, the
 * campaign file). Excel on Windows (WebView2) and Excel on the web let the pane's page
 * download it as a browser does. Excel for Mac and for iPad show the pane in a WebKit view
 * that ignores `<a download>`: nothing arrives, so the pane must not say it did. There the
 * file is opened as a new workbook instead (`Excel.createWorkbook`, ExcelApi 1.8), for the
 * clerk to save; an Excel without it, or a file that is not a workbook (the .zip of every
 * unit's forms), is refused with the reason and the way round it.
 */
import type { Capabilities } from "./capabilities";

/** `download`: the page's own download; `newWorkbook`: open in Excel; `none`: refuse. */
export type FileSaving = "download" | "newWorkbook" | "none";

/** Office's name of the platform (`Office.context.platform`), when Office says. */
export function officePlatform(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  const context = Office.context as unknown as
    { platform?: string; diagnostics?: { platform?: string } } | undefined;
  return context?.platform ?? context?.diagnostics?.platform ?? undefined;
}

/** Platforms whose pane cannot download (WebKit views). */
const NO_DOWNLOADS: ReadonlySet<string> = new Set(["Mac", "iOS"]);

/**
 * How files are saved on `platform` with `caps`.
 *
 * @example fileSavingFor("Mac", caps) // "newWorkbook" where ExcelApi 1.8, else "none"
 * @example fileSavingFor("PC", caps) // "download"
 */
export function fileSavingFor(platform: string | undefined, caps: Capabilities): FileSaving {
  if (platform === undefined || !NO_DOWNLOADS.has(platform)) return "download";
  return caps.createWorkbook ? "newWorkbook" : "none";
}

/** Opens an .xlsx file (base64) as a new workbook in Excel; the clerk saves it there. */
export async function openAsNewWorkbook(base64: string): Promise<void> {
  await Excel.createWorkbook(base64);
}
