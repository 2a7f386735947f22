/**
 * dist/TongHop.html (`npm run build`) as a clerk gets it: the one file alone in a folder,
 * opened from file:// in Debian's chromium with every network request refused. It must do
 * the three jobs of the served page: a form downloaded, a file checked, the returns merged
 * and the summary downloaded with the CLI's totals, and say in its footer which build it is.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { HUONG_THUY_2017, mergeReturns } from "../../src/core";
import { vi } from "../../src/messages";
import { readWorkbook } from "../../src/xlsx/read";
import { extractReturn, returnFromBytes } from "../../src/xlsx/returns";
import { SHOTS, downloadSummary } from "../helpers/pane-browser";
import { describeWithPrograms } from "../helpers/tools";

const ROOT = path.join(__dirname, "../..");
const BUILT = path.join(ROOT, "dist/TongHop.html");
const EXAMPLES = path.join(ROOT, "examples/huong-thuy-2017");
const names = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith(".xlsx"))
  .sort();
const files = names.map((name) => path.join(EXAMPLES, name));

describeWithPrograms(["chromium"], "TongHop.html opened from a folder, offline", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];

  beforeAll(async () => {
    if (!existsSync(BUILT)) throw new Error("dist/TongHop.html is missing: run `npm run build`.");
    // Alone in a folder: nothing beside it to load by accident.
    const folder = mkdtempSync(path.join(tmpdir(), "tonghop-file-"));
    const file = path.join(folder, "TongHop.html");
    copyFileSync(BUILT, file);
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox"],
    });
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 350, height: 800 },
      locale: "vi-VN",
    });
    // Only the page itself may load; any other request, a file beside it or the network, fails.
    const address = pathToFileURL(file).href;
    await context.route("**/*", (route) => {
      if (route.request().url() === address) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "warning" || message.type() === "error") warnings.push(message.text());
    });
    await page.goto(address);
    await page.getByRole("tab", { name: "Biểu mẫu" }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("is one file under 2 MB, and says which build it is", async () => {
    expect(statSync(BUILT).size).toBeLessThan(2 * 1024 * 1024);
    const footer = await page.getByTestId("build-info").textContent();
    const version = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    expect(footer).toContain(`TổngHợp phiên bản ${version}`);
  });

  test("downloads a unit's Mẫu 2", async () => {
    await page.getByRole("tab", { name: "Biểu mẫu" }).click();
    await page.getByTestId("unit-select").selectOption("Phường Phú Bài");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-mau2").click(),
    ]);
    expect(download.suggestedFilename()).toBe("mau2-phuong-phu-bai.xlsx");
    const read = readWorkbook(new Uint8Array(readFileSync((await download.path())!)));
    if (!read.ok) throw new Error(read.rejection.code);
    const data = extractReturn(read.workbook, {
      file: "mau2-phuong-phu-bai.xlsx",
      roster: HUONG_THUY_2017.units,
    });
    expect(data.unitName).toBe("Phường Phú Bài");
  });

  test("checks a file", async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const name = "mau2-phuong-thuy-phuong.xlsx";
    await page.getByTestId("check-drop-input").setInputFiles(path.join(EXAMPLES, name));
    const result = page.getByTestId("check-result");
    await result.waitFor();
    expect(await result.textContent()).toContain(`Tệp ${name}, trang "Mẫu 2", ô C17`);
  });

  test("merges the returns in its workers and downloads the summary with the CLI's totals", async () => {
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByTestId("merge-drop-input").setInputFiles(files);
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="merge-file-row"]:not([data-status="reading"])')
          .length === n,
      files.length
    );
    await page.screenshot({ path: path.join(SHOTS, "single-file-350.png"), fullPage: true });
    const { fileName, totals } = await downloadSummary(page);
    expect(fileName).toBe("tong-hop-huong-thuy-2017.xlsx");
    const want = mergeReturns(
      names.map((name) =>
        returnFromBytes(
          new Uint8Array(readFileSync(path.join(EXAMPLES, name))),
          { file: name },
          HUONG_THUY_2017
        )
      ),
      HUONG_THUY_2017
    );
    expect(totals).toEqual(want.totals);
    await page.getByText(vi.pane.merge.downloaded("tong-hop-huong-thuy-2017.xlsx")).waitFor();
  });

  test("asked nothing of the network, and the workers read the files", () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    // The pool says so when it falls back to reading on the page.
    expect(warnings.filter((text) => /read workers/.test(text))).toEqual([]);
  });
});
