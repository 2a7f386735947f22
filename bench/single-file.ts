/**
 * The one-file page (dist/TongHop.html) as a clerk opens it: its size, and the time from
 * opening it from a folder (file://, no network) until the pane can be used (the tabs
 * shown, the forms' unit list filled), in headless chromium. One call is one run.
 */
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, ensurePaneBuilt } from "./browser-merge";

const PAGE = path.join(__dirname, "..", "dist/TongHop.html");

/** The targets for the one-file page. */
export const PAGE_TARGETS = { sizeMB: 2, interactiveSeconds: 2 } as const;

export interface SingleFileResult {
  readonly sizeMB: number;
  /** Opening until usable, one per run, seconds. */
  readonly interactiveSeconds: readonly number[];
}

export async function measureSingleFile(runs: number): Promise<SingleFileResult> {
  ensurePaneBuilt();
  const folder = mkdtempSync(path.join(tmpdir(), "tonghop-page-"));
  const file = path.join(folder, "TongHop.html");
  copyFileSync(PAGE, file);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const interactiveSeconds: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context each run: nothing cached, nothing remembered.
      const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
      await context.route(/^(?!file:)/, (route) => route.abort());
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: "commit" });
      await page.getByRole("tab", { name: "Biểu mẫu" }).waitFor();
      await page.getByTestId("unit-select").waitFor({ state: "attached" });
      interactiveSeconds.push((performance.now() - started) / 1000);
      await context.close();
    }
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return { sizeMB: statSync(PAGE).size / 1024 / 1024, interactiveSeconds };
}
