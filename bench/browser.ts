/**
 * The merge in headless chromium through the web page, for `bench/run.ts`: one call is one
 * run. The browser's peak is the page's JavaScript heap, not the process's RSS (chromium
 * runs several processes; the heap is what grows with the number of returns).
 */
import { measureBrowserMerge } from "./browser-merge";

export interface BrowserMeasurement {
  readonly totalSeconds: number;
  readonly msPerReturn: number;
  readonly peakMemoryMB?: number;
}

export async function measureBrowser(opts: {
  dir: string;
  files: string[];
  campaignFile: string;
  n: number;
}): Promise<BrowserMeasurement | undefined> {
  const result = await measureBrowserMerge(opts);
  if (result.filesRead !== opts.files.length)
    throw new Error(`the page read ${result.filesRead} of ${opts.files.length} files`);
  return result;
}
