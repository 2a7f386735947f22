/**
 * Handing the clerk a file the pane made, wherever the pane runs: a download in a browser
 * and in Excel on Windows or the web; in Excel for Mac, where a download does nothing, the
 * file opened as a new workbook to save, or an honest refusal (see `src/excel/file-saving.ts`).
 */
import { XLSX_TYPE, downloadBytes } from "./download";
import { PaneFailure } from "./failure";
import type { Host } from "./host";

/** What became of the file: downloaded, or opened in Excel as a new workbook. */
export type Saved = "downloaded" | "opened";

/**
 * Saves `bytes` as `fileName`; throws `PaneFailure("noDownload")` where neither a download
 * nor a new workbook can take it.
 */
export async function saveFile(
  host: Host,
  bytes: Uint8Array,
  fileName: string,
  type = XLSX_TYPE
): Promise<Saved> {
  if (host.kind === "browser" || host.excel.fileSaving === "download") {
    downloadBytes(bytes, fileName, type);
    return "downloaded";
  }
  if (host.excel.fileSaving === "newWorkbook" && type === XLSX_TYPE) {
    await host.excel.openAsWorkbook(bytes);
    return "opened";
  }
  throw new PaneFailure("noDownload");
}
