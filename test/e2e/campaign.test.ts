/**
 * The Đợt báo cáo area of the built pane (dist/web, `npm run build`) in Debian's chromium,
 * as a clerk uses it: make this year's campaign by pasting 20 names copied from Excel, come
 * back to the page and find it still there, download it as the campaign workbook and open
 * that on a browser that forgot it, then make the forms of those units. Screenshots at
 * 350 px (the Excel task pane) and 1280 px go to .test-output/screenshots.
 */
import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { checkCampaign, templateFileName, type Campaign } from "../../src/core";
import { vi } from "../../src/messages";
import { CAMPAIGN_KEY } from "../../src/taskpane/remember";
import { readCampaignWorkbook } from "../../src/xlsx/campaign";
import { readWorkbook } from "../../src/xlsx/read";
import { extractReturn } from "../../src/xlsx/returns";
import {
  axeViolations,
  launchPane,
  openPane,
  SHOTS,
  type PaneBrowser,
} from "../helpers/pane-browser";
import { describeWithPrograms } from "../helpers/tools";

/** Twenty units of a ward's week, as copied from a column in Excel (CRLF, a header). */
const NAMES = [
  "Trường Mầm non Phú Bài",
  "Trường Mầm non Hoa Sen",
  "Trường Mầm non Sơn Ca",
  "Trường Tiểu học Phú Bài 1",
  "Trường Tiểu học Phú Bài 2",
  "Trường Tiểu học Thủy Phù",
  "Trường THCS Phú Bài",
  "Trường THCS Nguyễn Du",
  "Trường THPT Phú Bài",
  "Trung tâm HTCĐ phường Phú Bài",
  "Tổ dân phố 1",
  "Tổ dân phố 2",
  "Tổ dân phố 3",
  "Tổ dân phố 4",
  "Tổ dân phố 5",
  "Hội Khuyến học phường",
  "Hội Liên hiệp Phụ nữ phường",
  "Đoàn Thanh niên phường",
  "Hội Cựu chiến binh phường",
  "Thư viện phường Phú Bài",
];
const PASTE = ["Tên đơn vị", ...NAMES].join("\r\n") + "\r\n";

/**
 * A full-page screenshot. Scrolled to the end first: the sticky bar of "Dùng đợt này" is
 * drawn where the viewport's bottom is, and at the end that is its own place.
 */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true, animations: "disabled" });
}

/** How far the page reaches past the viewport's right edge (0: no sideways scrolling). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
}

function storedCampaign(page: Page): Promise<Campaign | undefined> {
  return page.evaluate((key) => {
    const json = localStorage.getItem(key);
    if (!json) return undefined;
    const { campaign } = JSON.parse(json) as { campaign: Campaign };
    return campaign;
  }, CAMPAIGN_KEY);
}

const field = (page: Page, id: string) => page.getByTestId(`campaign-field-${id}`);

/** Makes the 2026 campaign of Phường Phú Bài in the Đợt báo cáo area and puts it in use. */
async function makeCampaign(page: Page, shots?: string): Promise<Campaign> {
  await page.getByRole("tab", { name: "Đợt báo cáo" }).click();
  await page.getByTestId("campaign-select").selectOption("blank");
  await page.getByTestId("campaign-new-year").fill("2026");
  await page.getByTestId("campaign-create").click();
  await field(page, "theme").fill("Học tập suốt đời trong kỷ nguyên số");
  await field(page, "issuingBody").fill("Ủy ban nhân dân phường Phú Bài");
  await field(page, "collectingUnit").fill("Phường Phú Bài");
  await field(page, "receivingOffice").fill("Ủy ban nhân dân phường Phú Bài");
  await field(page, "reportsTo").fill("Phòng Văn hóa - Xã hội thành phố Huế");
  await field(page, "signer").fill("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
  await field(page, "mau1").fill("2026-09-28");
  await field(page, "mau2").fill("2026-10-12");
  await field(page, "mau2-time").fill("16:00");
  await page.getByTestId("roster-paste").fill(PASTE);
  await page.getByTestId("roster-add-pasted").click();
  await page.getByText(vi.pane.campaignArea.added(20)).waitFor();
  // The clerk corrects one guess: the library is a community place, not "Khác".
  const names = page.getByTestId("unit-name");
  await expect(names.count()).resolves.toBe(20);
  const library = NAMES.indexOf("Thư viện phường Phú Bài");
  await page.getByTestId("unit-type").nth(library).selectOption("community");
  if (shots) {
    await shot(page, `${shots}-draft.png`);
  }
  await page.getByTestId("campaign-use").click();
  await page
    .getByTestId("campaign-notice")
    .getByText(vi.pane.campaignArea.used("Phường Phú Bài", 20), { exact: false })
    .waitFor();
  const campaign = await storedCampaign(page);
  if (!campaign) throw new Error("the campaign was not remembered");
  return campaign;
}

describeWithPrograms(["chromium"], "the Đợt báo cáo area in chromium", () => {
  let pane: PaneBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    pane = await launchPane();
  });

  afterAll(async () => {
    await pane?.close();
  });

  beforeEach(async () => {
    errors = [];
    // The Excel task pane's width.
    page = await openPane(pane, { width: 350, height: 800 }, errors);
    await page.getByRole("tab", { name: "Đợt báo cáo" }).waitFor();
  });

  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("20 pasted names make this year's campaign; it is still there after a reload", async () => {
    await page.getByRole("tab", { name: "Đợt báo cáo" }).click();
    await shot(page, "4-dot-bao-cao-350.png");
    expect(await overflow(page)).toBe(0);

    // Refused first: the week's end before its start, and no roster yet.
    await page.getByTestId("campaign-select").selectOption("blank");
    await page.getByTestId("campaign-new-year").fill("2026");
    await page.getByTestId("campaign-create").click();
    await field(page, "weekEnd").fill("2026-09-30");
    await page.getByTestId("campaign-use").click();
    const problems = page.getByTestId("campaign-problems");
    await problems.waitFor();
    await expect(problems.getByRole("listitem").count()).resolves.toBeGreaterThanOrEqual(2);
    expect(await problems.textContent()).toContain("Đến ngày");
    await shot(page, "4-dot-bao-cao-350-loi.png");
    expect(await overflow(page)).toBe(0);
    await field(page, "weekEnd").fill("2026-10-07");

    const campaign = await makeCampaign(page, "4-dot-bao-cao-350");
    expect(checkCampaign(campaign)).toEqual([]);
    expect(campaign.units.map((unit) => unit.name)).toEqual(NAMES);
    expect(campaign.units.find((u) => u.name === "Trường THCS Phú Bài")?.type).toBe("school");
    expect(campaign.units.find((u) => u.name === "Thư viện phường Phú Bài")?.type).toBe(
      "community"
    );
    expect(campaign.deadlines).toEqual({ mau1: "2026-09-28", mau2: "2026-10-12T16:00" });
    await shot(page, "4-dot-bao-cao-350-dung.png");
    expect(await overflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, "4-dot-bao-cao-1280.png");
    expect(await overflow(page)).toBe(0);

    await page.reload();
    const details = page.getByTestId("campaign-details");
    await details.waitFor();
    expect(await details.textContent()).toContain(
      "20 đơn vị, tuần lễ từ 01/10/2026 đến 07/10/2026"
    );
    expect(await page.getByTestId("campaign-name").textContent()).toContain(
      "Phường Phú Bài, năm 2026"
    );
    const options = await page
      .getByTestId("unit-select")
      .locator("option")
      .evaluateAll((els) => els.map((el) => el.textContent));
    expect(options.slice(1)).toEqual(NAMES);
    expect(await storedCampaign(page)).toEqual(campaign);
  });

  test("downloaded as the campaign workbook, opened again on a browser that forgot it, then the forms", async () => {
    const campaign = await makeCampaign(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("campaign-download").click(),
    ]);
    const fileName = `dot-bao-cao-${campaign.id}.xlsx`;
    expect(download.suggestedFilename()).toBe(fileName);
    const file = (await download.path())!;
    const read = readCampaignWorkbook(new Uint8Array(readFileSync(file)));
    expect(read.ok && read.campaign).toEqual(campaign);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByTestId("campaign-details").waitFor({ state: "attached" });
    expect(await page.getByTestId("campaign-details").textContent()).toContain("12 đơn vị");

    await page.getByRole("tab", { name: "Đợt báo cáo" }).click();
    // As the clerk picks it: under its own name (Playwright keeps downloads under random ones).
    await page.getByTestId("campaign-file-input").setInputFiles({
      name: fileName,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: readFileSync(file),
    });
    await page
      .getByTestId("campaign-notice")
      .getByText(vi.pane.campaignArea.opened(fileName, 20), { exact: false })
      .waitFor();
    expect(await storedCampaign(page)).toEqual(campaign);
    expect(await page.getByTestId("campaign-source").textContent()).toBe(
      vi.pane.campaign.fromFile(fileName)
    );

    // Biểu mẫu now makes the forms of these units.
    await page.getByRole("tab", { name: "Biểu mẫu" }).click();
    const unit = campaign.units[6]!;
    await page.getByTestId("unit-select").selectOption(unit.name);
    const [form] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-mau2").click(),
    ]);
    expect(form.suggestedFilename()).toBe(templateFileName("mau2", unit));
    const workbook = readWorkbook(new Uint8Array(readFileSync((await form.path())!)));
    if (!workbook.ok) throw new Error(workbook.rejection.code);
    const data = extractReturn(workbook.workbook, { file: "mau2.xlsx", roster: campaign.units });
    expect(data.unitName).toBe(unit.name);
    expect(data.unitSource).toBe("metadata");

    const [zip] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByTestId("download-roster").click(),
    ]);
    const files = Object.keys(unzipSync(new Uint8Array(readFileSync((await zip.path())!))));
    expect(files.sort()).toEqual(
      campaign.units
        .flatMap((u) => [templateFileName("mau1", u), templateFileName("mau2", u)])
        .sort()
    );
  });
});
