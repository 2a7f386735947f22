/**
 * The built pane (dist/web, `npm run build`) served on localhost and driven in Debian's
 * chromium, as a person would use the web page: download a form, drop returns (one
 * broken), merge, download the summary and check its totals. Screenshots of each area go
 * to .test-output/screenshots; axe-core must find no serious or critical violation.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { HUONG_THUY_2017, mergeReturns } from "../../src/core";
import { vi } from "../../src/messages";
import { readWorkbook } from "../../src/xlsx/read";
import { extractReturn, returnFromBytes } from "../../src/xlsx/returns";
import { OFFICE_JS } from "../../src/taskpane/host";
import {
  axeViolations,
  downloadSummary,
  launchPane,
  openPane,
  SHOTS,
  type PaneBrowser,
} from "../helpers/pane-browser";
import { describeWithPrograms } from "../helpers/tools";

const ROOT = path.join(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples/huong-thuy-2017");

const exampleNames = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith(".xlsx"))
  .sort();
/** A download cut short: the first kilobyte of a real workbook. */
const BROKEN = {
  name: "bao-cao-bi-loi.xlsx",
  bytes: readFileSync(path.join(EXAMPLES, exampleNames[0]!)).subarray(0, 1024),
};

function expectedMerge() {
  const loaded = [
    ...exampleNames.map((name) =>
      returnFromBytes(
        new Uint8Array(readFileSync(path.join(EXAMPLES, name))),
        { file: name },
        HUONG_THUY_2017
      )
    ),
    returnFromBytes(new Uint8Array(BROKEN.bytes), { file: BROKEN.name }, HUONG_THUY_2017),
  ];
  return mergeReturns(loaded, HUONG_THUY_2017);
}

/** Drops files on an element the way a browser does: a drop event carrying a DataTransfer. */
async function dropFiles(
  page: Page,
  testId: string,
  files: readonly { name: string; bytes: Uint8Array | Buffer }[]
): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    base64: Buffer.from(f.bytes).toString("base64"),
  }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, base64 } of list) {
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      data.items.add(new File([bytes], name));
    }
    return data;
  }, payload);
  const zone = page.getByTestId(testId);
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
}

describeWithPrograms(["chromium"], "the web page in chromium", () => {
  let pane: PaneBrowser;
  let page: Page;

  beforeAll(async () => {
    pane = await launchPane();
  });

  afterAll(async () => {
    await pane?.close();
  });

  beforeEach(async () => {
    const errors: string[] = [];
    page = await openPane(pane, { width: 420, height: 900 }, errors);
    await page.getByRole("tab", { name: "Biểu mẫu" }).waitFor();
    expect(errors).toEqual([]);
  });

  afterEach(async () => {
    await page.context().close();
  });

  test("Biểu mẫu: a unit's Mẫu 2 downloads as a real template", async () => {
    await page.getByTestId("unit-select").selectOption("Phường Phú Bài");
    await page.screenshot({ path: path.join(SHOTS, "1-bieu-mau.png"), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-mau2").click(),
    ]);
    expect(download.suggestedFilename()).toBe("mau2-phuong-phu-bai.xlsx");
    const bytes = readFileSync((await download.path())!);
    const read = readWorkbook(new Uint8Array(bytes));
    if (!read.ok) throw new Error(read.rejection.code);
    const data = extractReturn(read.workbook, {
      file: "mau2-phuong-phu-bai.xlsx",
      roster: HUONG_THUY_2017.units,
    });
    expect(data.unitName).toBe("Phường Phú Bài");
    expect(data.unitSource).toBe("metadata");
    await page.getByText(vi.pane.forms.downloaded("mau2-phuong-phu-bai.xlsx")).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("Kiểm tra: a dropped file's problems are listed with their cells", async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const name = "mau2-phuong-thuy-phuong.xlsx";
    await dropFiles(page, "check-drop", [{ name, bytes: readFileSync(path.join(EXAMPLES, name)) }]);
    const result = page.getByTestId("check-result");
    await result.waitFor();
    await expect(result.getByRole("listitem").count()).resolves.toBe(2);
    expect(await result.textContent()).toContain(`Tệp ${name}, trang "Mẫu 2", ô C17`);
    await page.screenshot({ path: path.join(SHOTS, "2-kiem-tra.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  test("Tổng hợp: drop the returns and a broken file, merge, download the summary", async () => {
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const files = [
      ...exampleNames.map((name) => ({ name, bytes: readFileSync(path.join(EXAMPLES, name)) })),
      BROKEN,
    ];
    await dropFiles(page, "merge-drop", files);
    const rows = page.getByTestId("merge-file-row");
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="merge-file-row"]:not([data-status="reading"])')
          .length === n,
      files.length
    );
    const want = expectedMerge();
    const statuses = await rows.evaluateAll((els) =>
      els.map((el) => el.getAttribute("data-status"))
    );
    expect([...statuses].sort()).toEqual(want.files.map((file) => file.status).sort());
    // Refused files head the list.
    expect(await rows.first().getAttribute("data-status")).toBe("rejected");
    await page.getByTestId("missing-mau2-toggle").click();
    const missing = await page.getByTestId("missing-mau2").getByRole("listitem").allTextContents();
    expect(missing).toEqual(want.missing);
    await page
      .getByRole("button", { name: vi.pane.merge.showFindings("mau2-phuong-thuy-phuong.xlsx") })
      .click();
    await page.screenshot({ path: path.join(SHOTS, "3-tong-hop.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const { fileName, totals } = await downloadSummary(page);
    expect(fileName).toBe("tong-hop-huong-thuy-2017.xlsx");
    expect(totals).toEqual(want.totals);
    expect(Object.values(want.totals).some((value) => value > 0)).toBe(true);
  });

  test("English on the same page", async () => {
    await page.getByTestId("language-select").selectOption("en");
    await page.getByRole("tab", { name: "Merge" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await axeViolations(page)).toEqual([]);
  });
});

describeWithPrograms(["chromium"], "office.js in the page's head", () => {
  let pane: PaneBrowser;
  beforeAll(async () => {
    pane = await launchPane();
  });
  afterAll(async () => {
    await pane?.close();
  });

  /** A stand-in office.js: records how it was loaded, then tells the pane no Excel is open. */
  const STUB = `
    window.__officeJs = (window.__officeJs || []).concat([{
      parsing: document.readyState === "loading",
      inHead: document.currentScript.parentElement === document.head,
      async: document.currentScript.async,
    }]);
    window.Office = { HostType: { Excel: "Excel" }, context: {}, onReady: () => Promise.resolve({ host: null }) };
  `;

  async function open(query: string, office: "stub" | "offline") {
    const context = await pane.browser.newContext({ viewport: { width: 350, height: 800 } });
    const requests: string[] = [];
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      requests.push(route.request().url());
      if (office === "stub" && route.request().url() === OFFICE_JS)
        return route.fulfill({ contentType: "text/javascript", body: STUB });
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${pane.server.origin}/taskpane.html${query}`);
    await page.getByRole("tab", { name: "Biểu mẫu" }).waitFor();
    return { page, requests, errors };
  }

  test("a page Office opens loads it while the head is parsed, before the pane's script, once", async () => {
    const { page, requests, errors } = await open("?host=excel", "stub");
    expect(requests).toEqual([OFFICE_JS]);
    expect(await page.evaluate(() => (window as any).__officeJs)).toEqual([
      // While the head is parsed: before the pane's own (deferred) script runs.
      { parsing: true, inHead: true, async: false },
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the web page asks nothing of Microsoft; a page Office opened without network still works", async () => {
    const web = await open("", "stub");
    expect(web.requests).toEqual([]);
    expect(await web.page.evaluate(() => "Office" in window)).toBe(false);
    await web.page.context().close();

    // The address copied into a browser with no network: office.js fails, the page is the web page.
    const offline = await open("?host=excel", "offline");
    expect(offline.requests.every((url) => url === OFFICE_JS)).toBe(true);
    await offline.page.getByTestId("download-mau2").waitFor();
    expect(offline.errors).toEqual([]);
    await offline.page.context().close();
  });
});
