/**
 * The three screenshots of the user guide (docs/huong-dan/): Biểu mẫu, Kiểm tra and Tổng hợp,
 * each as the clerk sees it at Excel's 350 px pane width, taken in Debian's chromium from the
 * one-file page (dist/TongHop.html) with the example returns of Hương Thủy 2017.
 *
 * Usage: node scripts/run-ts.js scripts/guide-screenshots.ts [TongHop.html] [out-folder]
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.join(__dirname, "..");
const EXAMPLES = path.join(ROOT, "examples/huong-thuy-2017");

/** The screenshots' names, in the guide's order. */
export const GUIDE_SHOTS = ["bieu-mau.png", "kiem-tra.png", "tong-hop.png"] as const;

/** Width and height of each screenshot in CSS pixels (the pane's width, its first screen). */
export const SHOT_SIZE = { width: 350, height: 560 } as const;

export async function guideScreenshots(page: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  // Alone in a folder, as a clerk opens it.
  const folder = mkdtempSync(path.join(tmpdir(), "tonghop-guide-"));
  const file = path.join(folder, "TongHop.html");
  copyFileSync(page, file);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const context = await browser.newContext({
      viewport: SHOT_SIZE,
      deviceScaleFactor: 2,
      locale: "vi-VN",
    });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(file).href);
    const shot = async (name: string) => {
      const target = path.join(outDir, name);
      // From the tabs down: the area itself, not the page's header above it.
      await tab.evaluate(() => {
        const tabs = document.querySelector('[role="tablist"]');
        if (tabs) window.scrollTo(0, tabs.getBoundingClientRect().top + window.scrollY - 8);
      });
      // Animations finished: a button shows its colour, not one caught in its transition.
      await tab.screenshot({ path: target, animations: "disabled" });
      return target;
    };
    const shots: string[] = [];

    await tab.getByRole("tab", { name: "Biểu mẫu" }).click();
    await tab.getByTestId("unit-select").selectOption("Phường Phú Bài");
    shots.push(await shot(GUIDE_SHOTS[0]));

    await tab.getByRole("tab", { name: "Kiểm tra" }).click();
    await tab
      .getByTestId("check-drop-input")
      .setInputFiles(path.join(EXAMPLES, "mau2-phuong-thuy-phuong.xlsx"));
    await tab.getByTestId("check-result").waitFor();
    shots.push(await shot(GUIDE_SHOTS[1]));

    await tab.getByRole("tab", { name: "Tổng hợp" }).click();
    const files = readdirSync(EXAMPLES)
      .filter((name) => name.endsWith(".xlsx"))
      .map((name) => path.join(EXAMPLES, name));
    await tab.getByTestId("merge-drop-input").setInputFiles(files);
    await tab.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="merge-file-row"]:not([data-status="reading"])')
          .length === n,
      files.length
    );
    await tab.waitForFunction(() => {
      const button = document.querySelector('[data-testid="merge-download"]');
      return button instanceof HTMLButtonElement && !button.disabled;
    });
    shots.push(await shot(GUIDE_SHOTS[2]));
    return shots;
  } finally {
    await browser.close();
  }
}

export async function main(args: string[]): Promise<void> {
  const page = path.resolve(args[0] ?? path.join(ROOT, "dist/TongHop.html"));
  const out = path.resolve(args[1] ?? path.join(ROOT, "docs/huong-dan"));
  for (const shot of await guideScreenshots(page, out)) console.log(path.relative(ROOT, shot));
}
