/**
 * The Tổng hợp area in real chromium at the width Excel gives a task pane (350×800) and on a
 * desktop (1280×800), with the 14 examples (plus files named the way clerks name them) and
 * with 300 generated returns: nothing runs off the side, no file name takes more than two
 * lines, the counts and the first files are in view once the files are read, the focus goes
 * to the result after a merge, and reading ends with every file listed when the worker
 * script is blocked or files are dropped during a read. Screenshots of both widths go to
 * .test-output/screenshots (the README's come from there).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { generateReturns, type GeneratedSet } from "../../bench/generate";
import { HUONG_THUY_2017, mergeReturns } from "../../src/core";
import { vi } from "../../src/messages";
import { returnFromBytes } from "../../src/xlsx/returns";
import {
  axeViolations,
  launchPane,
  openPane,
  SHOTS,
  type PaneBrowser,
} from "../helpers/pane-browser";
import { describeWithPrograms } from "../helpers/tools";

const ROOT = path.join(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples/huong-thuy-2017");
const NARROW = { width: 350, height: 800 };
const WIDE = { width: 1280, height: 800 };

const exampleFiles = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith(".xlsx"))
  .sort()
  .map((name) => path.join(EXAMPLES, name));

/**
 * The examples, and copies of two of them under names clerks give files: long, with and
 * without spaces, with diacritics, and one cut short by a failed download.
 */
function clerkFiles(dir: string): string[] {
  const long = [
    "Bao_cao_ket_qua_Tuan_le_hoc_tap_suot_doi_nam_2017_Truong_Tieu_hoc_so_1_Thuy_Phuong_ban_chinh_thuc_final.xlsx",
    "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2017 - Trung tâm học tập cộng đồng phường Thủy Dương (bản sửa lần 2).xlsx",
  ];
  const copies = long.map((name, i) => {
    const target = path.join(dir, name);
    copyFileSync(exampleFiles[i]!, target);
    return target;
  });
  const broken = path.join(dir, "bao-cao-tai-ve-chua-xong.xlsx");
  writeFileSync(broken, readFileSync(exampleFiles[0]!).subarray(0, 900));
  return [...exampleFiles, ...copies, broken];
}

/** The statuses the core gives the same files, sorted. */
function expectedStatuses(paths: readonly string[]): (string | null)[] {
  const loaded = paths.map((file) =>
    returnFromBytes(
      new Uint8Array(readFileSync(file)),
      { file: path.basename(file) },
      HUONG_THUY_2017
    )
  );
  return mergeReturns(loaded, HUONG_THUY_2017)
    .files.map((file) => file.status)
    .sort();
}

/** Waits until the list has `n` files and none is still being read. */
async function allRead(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const area = document.querySelector<HTMLElement>('[data-testid="merge-area"]');
      const rows = document.querySelectorAll('[data-testid="merge-file-row"]');
      const reading = document.querySelectorAll(
        '[data-testid="merge-file-row"][data-status="reading"]'
      );
      return (
        area?.dataset.reading === "false" &&
        area.dataset.files === String(count) &&
        reading.length === 0 &&
        rows.length === Math.min(count, 300)
      );
    },
    n,
    { timeout: 120_000, polling: 100 }
  );
}

/** What a person sees go wrong in the layout: sideways scrolling, names over two lines. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    const area = document.querySelector('[data-testid="panel-merge"]')!;
    for (const el of Array.from(area.querySelectorAll<HTMLElement>("*"))) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5) {
        problems.push(`${el.tagName}.${el.className} ends at ${Math.round(box.right)} px`);
        break;
      }
    }
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>('[data-testid="merge-file-name"]')
    )) {
      const line = parseFloat(getComputedStyle(el).lineHeight);
      const lines = Math.round(el.scrollHeight / line);
      if (lines > 2) problems.push(`"${el.textContent}" takes ${lines} lines`);
    }
    return problems;
  });
}

/** The top and bottom of an element, in px from the top of the window. */
async function place(page: Page, testId: string): Promise<{ top: number; bottom: number }> {
  const box = await page.getByTestId(testId).first().boundingBox();
  if (!box) throw new Error(`${testId} is not shown`);
  return { top: box.y, bottom: box.y + box.height };
}

describeWithPrograms(["chromium"], "Tổng hợp at the task pane's width and on a desktop", () => {
  let pane: PaneBrowser;
  let dir: string;
  let files: string[];
  let generated: GeneratedSet;

  beforeAll(async () => {
    pane = await launchPane();
    dir = mkdtempSync(path.join(tmpdir(), "tonghop-merge-pane-"));
    mkdirSync(path.join(dir, "clerk"));
    files = clerkFiles(path.join(dir, "clerk"));
    generated = await generateReturns(path.join(dir, "generated"), 300, { seed: 7 });
  }, 120_000);

  afterAll(async () => {
    await pane?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function mergeTab(viewport: { width: number; height: number }, campaignFile?: string) {
    const errors: string[] = [];
    const page = await openPane(pane, viewport, errors);
    await page.getByRole("tab", { name: "Tổng hợp" }).waitFor();
    if (campaignFile) {
      await page.getByTestId("tab-campaign").click();
      await page.getByTestId("campaign-file-input").setInputFiles(campaignFile);
      await page.getByTestId("campaign-notice").waitFor();
    }
    await page.getByTestId("tab-merge").click();
    return { page, errors };
  }

  for (const [label, viewport] of [
    ["350×800", NARROW],
    ["1280×800", WIDE],
  ] as const) {
    test(`${label}: the examples and clerks' files fit, counts and first files in view, focus on the result`, async () => {
      const { page, errors } = await mergeTab(viewport);
      await page.getByTestId("merge-drop-input").setInputFiles(files);
      await allRead(page, files.length);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await layoutProblems(page)).toEqual([]);

      // The counts and the first files are where the eye is, without scrolling.
      expect((await place(page, "merge-glance")).bottom).toBeLessThanOrEqual(viewport.height);
      expect((await place(page, "merge-file-row")).top).toBeLessThan(viewport.height);
      // Refused files come first: the broken download heads the list.
      const first = page.getByTestId("merge-file-row").first();
      expect(await first.getAttribute("data-status")).toBe("rejected");
      const refused = expectedStatuses(files).filter((s) => s === "rejected").length;
      expect(await page.getByTestId("glance-refused").getAttribute("data-value")).toBe(
        String(refused)
      );

      const width = viewport === NARROW ? "350" : "1280";
      await page.screenshot({ path: path.join(SHOTS, `tong-hop-${width}.png`) });
      await first.getByRole("button", { name: /Xem chi tiết/ }).click();
      await page.getByTestId("merge-file-details").waitFor();
      expect(await layoutProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("merge-download").click(),
      ]);
      await download.path();
      const notice = page.getByTestId("merge-notice");
      await notice.waitFor();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="merge-notice"]')?.contains(document.activeElement)
      );
      const box = await notice.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      expect(await notice.textContent()).toContain("Đã tổng hợp");
      expect(errors).toEqual([]);
      await page.context().close();
    });

    test(`${label}: 300 generated returns, a search and a filter`, async () => {
      const { page, errors } = await mergeTab(viewport, generated.campaignFile);
      await page.getByTestId("merge-drop-input").setInputFiles(generated.files);
      await allRead(page, generated.files.length);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await layoutProblems(page)).toEqual([]);
      expect((await place(page, "merge-glance")).bottom).toBeLessThanOrEqual(viewport.height);
      expect((await place(page, "merge-file-row")).top).toBeLessThan(viewport.height);

      const refused = generated.returns.filter((r) => r.kind === "not-a-spreadsheet").length;
      expect(refused).toBeGreaterThan(0);
      const statuses = await page
        .getByTestId("merge-file-row")
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
      // Refused files first, all of them.
      expect(statuses.slice(0, refused)).toEqual(Array(refused).fill("rejected"));
      expect(statuses.slice(refused)).not.toContain("rejected");

      await page.getByTestId("merge-filter").selectOption("rejected");
      await expect(page.getByTestId("merge-file-row").count()).resolves.toBe(refused);
      await page.getByTestId("merge-filter").selectOption("all");
      // A unit whose name is in no other unit's name: the search finds it alone.
      const names = generated.campaign.units.map((u) => u.name);
      const unit = generated.returns.find(
        (r) => r.kind === "mau2" && r.unit && names.filter((n) => n.includes(r.unit!)).length === 1
      )!.unit!;
      await page.getByTestId("merge-search").fill(unit);
      await page.getByTestId("merge-shown").waitFor();
      const units = await page
        .getByTestId("merge-file-unit")
        .evaluateAll((els) => els.map((el) => el.textContent));
      expect(units).toEqual([unit]);
      await page.getByTestId("merge-search").fill("");

      const width = viewport === NARROW ? "350" : "1280";
      await page.screenshot({ path: path.join(SHOTS, `tong-hop-300-${width}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  test("the worker script blocked: every file is still read, on the page", async () => {
    const { page, errors } = await mergeTab(NARROW);
    await page.context().route(/read-worker\.js/, (route) => route.abort());
    await page.getByTestId("merge-drop-input").setInputFiles(files);
    await allRead(page, files.length);
    const statuses = await page
      .getByTestId("merge-file-row")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
    expect([...statuses].sort()).toEqual(expectedStatuses(files));
    expect(await page.getByTestId("merge-notice").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("files dropped during a read: none lost, the progress ends", async () => {
    const { page, errors } = await mergeTab(NARROW, generated.campaignFile);
    await page.getByTestId("merge-drop-input").setInputFiles(generated.files.slice(0, 200));
    await page.getByTestId("merge-progress").waitFor();
    await page.getByTestId("merge-drop-input").setInputFiles(generated.files.slice(200));
    await allRead(page, generated.files.length);
    expect(await page.getByTestId("merge-progress").count()).toBe(0);
    expect(await page.getByTestId("merge-area").getAttribute("data-read")).toBe(
      String(generated.files.length)
    );
    expect(await page.getByText(vi.pane.merge.status("reading")).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
