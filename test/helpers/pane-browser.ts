/**
 * The built pane (dist/web) served on localhost and driven in Debian's chromium: what every
 * browser test sets up, and the accessibility check they share.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveFolder, type StaticServer } from "../../scripts/static-server";
import { readWorkbook } from "../../src/xlsx/read";
import { extractReturn } from "../../src/xlsx/returns";

const ROOT = path.join(__dirname, "../..");
export const DIST = path.join(ROOT, "dist/web");
export const SHOTS = path.join(ROOT, ".test-output/screenshots");
const CHROMIUM = "/usr/bin/chromium";

export interface PaneBrowser {
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Serves dist/web and launches chromium; the build must exist (npm test makes it). */
export async function launchPane(): Promise<PaneBrowser> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/web is missing: run `npm run build` first (npm test does).");
  }
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveFolder(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh page of the pane at `viewport`, in Vietnamese, offline: any request that leaves
 * this machine fails. Page errors are collected into `errors`.
 */
export async function openPane(
  pane: PaneBrowser,
  viewport: { width: number; height: number },
  errors: string[]
): Promise<Page> {
  const context = await pane.browser.newContext({
    acceptDownloads: true,
    viewport,
    locale: "vi-VN",
  });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${pane.server.origin}/taskpane.html`);
  return page;
}

/** Serious and critical axe-core violations of the page. */
export async function axeViolations(
  page: Page
): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<any> } }).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>, around the
    // TabList) are a known false positive of aria-hidden-focus: they pass focus on at once
    // and must stay hidden from screen readers. Accessibility Insights excludes them too.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
      .map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }));
  });
}

/**
 * Presses the summary's download button and reads the file it gives as the level above
 * would: its name, and the totals of its Mẫu 2 by indicator.
 */
export async function downloadSummary(
  page: Page
): Promise<{ fileName: string; totals: Record<string, unknown> }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("merge-download").click(),
  ]);
  const read = readWorkbook(new Uint8Array(readFileSync((await download.path())!)));
  if (!read.ok) throw new Error(read.rejection.code);
  const summary = extractReturn(read.workbook, { file: "tong-hop.xlsx", roster: [] });
  const totals = Object.fromEntries(
    Object.entries(summary.mau2?.values ?? {}).map(([id, raw]) => [id, raw?.value])
  );
  return { fileName: download.suggestedFilename(), totals };
}
