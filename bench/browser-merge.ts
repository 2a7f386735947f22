/**
 * The merge in headless chromium through the web page, as a clerk does it: open the
 * campaign file, pick every return on Tổng hợp, wait until all are read, press "Tổng hợp và
 * tải về" and wait for the summary download. Timed from picking the files to the download.
 * One call is one run. The peak is the page's JavaScript heap, not the process's RSS:
 * chromium runs several processes, and the heap is what grows with the number of returns.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { serveFolder } from "../scripts/static-server";

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist/web");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface BrowserMergeResult {
  readonly totalSeconds: number;
  readonly msPerReturn: number;
  /** Peak JavaScript heap of the page, sampled every 100 ms (Chrome's performance.memory). */
  readonly peakMemoryMB: number;
  /** Files the page listed as read. */
  readonly filesRead: number;
  /** Of the total: picking the files until every one is read and listed. */
  readonly readSeconds: number;
}

let built = false;

/** Builds the pane once per run, so the page measured is the code in this tree. */
export function ensurePaneBuilt(): void {
  if (built) return;
  const result = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0 || !existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("npm run build failed");
  built = true;
}

export async function measureBrowserMerge(options: {
  readonly files: readonly string[];
  readonly campaignFile: string;
  readonly n: number;
}): Promise<BrowserMergeResult> {
  ensurePaneBuilt();
  const server = await serveFolder(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--enable-precise-memory-info"],
  });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId("campaign-file-input").setInputFiles(options.campaignFile);
    await page
      .getByTestId("campaign-select")
      .locator("option", { hasText: path.basename(options.campaignFile) })
      .waitFor({ state: "attached" });
    await page.getByTestId("tab-merge").click();

    let peak = 0;
    const sample = async () => {
      const used = await page.evaluate(
        () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
            ?.usedJSHeapSize ?? 0
      );
      peak = Math.max(peak, used);
    };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await sample().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    const start = performance.now();
    await page.getByTestId("merge-drop-input").setInputFiles([...options.files]);
    await page.waitForFunction(
      (n) => {
        const area = document.querySelector('[data-testid="merge-area"]') as HTMLElement | null;
        return area?.dataset.reading === "false" && area.dataset.read === String(n);
      },
      options.files.length,
      { timeout: 600_000, polling: 50 }
    );
    const readSeconds = (performance.now() - start) / 1000;
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 600_000 }),
      page.getByTestId("merge-download").click(),
    ]);
    await download.path();
    const seconds = (performance.now() - start) / 1000;
    sampling = false;
    await sampler;
    const filesRead = Number(await page.getByTestId("merge-area").getAttribute("data-read"));
    if (filesRead !== options.files.length)
      throw new Error(`the page read ${filesRead} of ${options.files.length} files`);
    return {
      totalSeconds: seconds,
      msPerReturn: (seconds * 1000) / options.n,
      peakMemoryMB: peak / (1024 * 1024),
      filesRead,
      readSeconds,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
