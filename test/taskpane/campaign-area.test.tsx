/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "../helpers/jsdom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  HUONG_THUY_2017,
  campaignIdFor,
  campaignResult,
  checkCampaign,
  newCampaign,
  type Campaign,
  type CampaignProblem,
} from "../../src/core";
import { en, vi } from "../../src/messages";
import { App } from "../../src/taskpane/App";
import { BROWSER, type Host } from "../../src/taskpane/host";
import { CAMPAIGN_KEY, LOCALE_KEY } from "../../src/taskpane/remember";
import { readCampaignWorkbook } from "../../src/xlsx/campaign";
import { CAMPAIGN_SHEET_NAME, recordingExcelHost } from "../helpers/fake-excel-host";
import { captureDownloads } from "../helpers/jsdom";

const area = vi.pane.campaignArea;
const EXAMPLES = path.join(__dirname, "../../examples/huong-thuy-2017");

/** Twenty units as a clerk copies them from a column in Excel: a header, a repeat, blanks. */
const TWENTY = [
  "Tên đơn vị",
  "Phường Phú Bài",
  "Phường Thủy Dương",
  "Phường Thủy Phương",
  "Xã Thủy Vân",
  "Xã Thủy Thanh",
  "Trường Mầm non Hoa Sen",
  "Trường Tiểu học Thủy Dương",
  "Trường THCS Nguyễn Du",
  "Trường THPT Hương Thủy",
  "Mầm non Sơn Ca",
  "THCS Phú Bài",
  "Trung tâm HTCĐ phường Thủy Châu",
  "Trung tâm GDNN-GDTX thị xã Hương Thủy",
  "Phòng GD&ĐT thị xã Hương Thủy",
  "Phường Phú Bài",
  "",
  "Xã Dương Hòa",
  "Xã Phú Sơn",
  "Thị trấn Sịa",
  "Xã Thủy Bằng",
  "Xã Thủy Tân",
  "Hội Khuyến học thị xã",
].join("\r\n");

const NAMES = TWENTY.split("\r\n").filter(
  (line, i, all) => i > 0 && line !== "" && all.indexOf(line) === i
);

function openArea() {
  fireEvent.click(screen.getByRole("tab", { name: "Đợt báo cáo" }));
}

function fill(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

function field(id: string) {
  return `campaign-field-${id}`;
}

/** A new, empty draft for `year`. */
function newDraft(year = "2026") {
  fill("campaign-select", "blank");
  fill("campaign-new-year", year);
  fireEvent.click(screen.getByTestId("campaign-create"));
}

function paste(text: string) {
  fill("roster-paste", text);
  fireEvent.click(screen.getByTestId("roster-add-pasted"));
}

function fillTexts() {
  fill(field("theme"), "Học tập suốt đời trong kỷ nguyên số");
  fill(field("issuingBody"), "Ủy ban nhân dân thị xã Hương Thủy");
  fill(field("collectingUnit"), "Phòng Giáo dục và Đào tạo thị xã Hương Thủy");
  fill(field("receivingOffice"), "Phòng Giáo dục và Đào tạo thị xã");
  fill(field("reportsTo"), "Sở Giáo dục và Đào tạo thành phố Huế");
  fill(field("signer"), "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n");
}

const unitTypes = () =>
  screen.getAllByTestId("unit-type").map((select) => (select as HTMLSelectElement).value);
const unitNames = () =>
  screen.getAllByTestId("unit-name").map((input) => (input as HTMLInputElement).value);
const formUnits = () =>
  Array.from(
    (screen.getByTestId("unit-select") as HTMLSelectElement).options,
    (o) => o.value
  ).slice(1);
const stored = () => {
  const raw = localStorage.getItem(CAMPAIGN_KEY);
  return raw === null ? undefined : (JSON.parse(raw) as { campaign: Campaign; file?: string });
};

/** The message the pane shows for a problem at a pane field. */
const says = (
  problem: Omit<CampaignProblem, "severity">,
  severity: "error" | "warning" = "error"
) => vi.campaign[problem.code]({ ...problem, severity });

describe("Đợt báo cáo: a campaign made in the pane", () => {
  test("from nothing, with 20 names pasted from Excel: types guessed and editable, then used", async () => {
    render(<App host={BROWSER} />);
    openArea();
    newDraft("2026");
    expect((screen.getByTestId(field("year")) as HTMLInputElement).value).toBe("2026");
    expect((screen.getByTestId(field("weekStart")) as HTMLInputElement).value).toBe("2026-10-01");
    expect(screen.getByTestId("roster-empty").textContent).toBe(area.emptyRoster);

    fillTexts();
    fill(field("mau1"), "2026-09-28");
    fill(field("mau2"), "2026-10-12");
    fill(field("mau2-time"), "16:00");
    paste(TWENTY);

    expect(unitNames()).toEqual(NAMES);
    expect(NAMES).toHaveLength(20);
    const report = screen.getByTestId("roster-report");
    expect(report.textContent).toContain(area.added(20));
    const notices = within(screen.getByTestId("roster-notices"))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(notices).toEqual([
      area.notice({ code: "header_skipped", line: 1 }),
      area.notice({ code: "duplicate_dropped", line: 16, name: "Phường Phú Bài" }),
    ]);
    expect(screen.getByRole("heading", { name: area.rosterSection(20) })).toBeTruthy();

    const type = (name: string) => unitTypes()[NAMES.indexOf(name)];
    expect(type("Phường Phú Bài")).toBe("community");
    expect(type("Xã Thủy Vân")).toBe("community");
    expect(type("Thị trấn Sịa")).toBe("community");
    expect(type("Trường Mầm non Hoa Sen")).toBe("school");
    expect(type("Mầm non Sơn Ca")).toBe("school");
    expect(type("THCS Phú Bài")).toBe("school");
    expect(type("Trung tâm HTCĐ phường Thủy Châu")).toBe("community");
    expect(type("Trung tâm GDNN-GDTX thị xã Hương Thủy")).toBe("vocational_centre");
    expect(type("Phòng GD&ĐT thị xã Hương Thủy")).toBe("district");
    expect(type("Hội Khuyến học thị xã")).toBe("other");
    // The type list speaks the clerk's words.
    const choices = Array.from(
      (screen.getAllByTestId("unit-type")[0] as HTMLSelectElement).options,
      (o) => o.textContent
    );
    expect(choices).toEqual([
      "Trung tâm HTCĐ / xã / phường",
      "Trường",
      "Trung tâm GDNN-GDTX",
      "Phòng GD&ĐT",
      "Khác",
    ]);

    // The clerk corrects a guess and adds a contact.
    const society = NAMES.indexOf("Hội Khuyến học thị xã");
    fireEvent.change(screen.getAllByTestId("unit-type")[society]!, {
      target: { value: "community" },
    });
    fireEvent.change(screen.getAllByTestId("unit-email")[0]!, {
      target: { value: "phubai@huongthuy.gov.vn" },
    });
    fireEvent.change(screen.getAllByTestId("unit-phone")[0]!, {
      target: { value: "0234 3861 234" },
    });

    fireEvent.click(screen.getByTestId("campaign-use"));
    const notice = await screen.findByTestId("campaign-notice");
    expect(notice.textContent).toContain(
      area.used("Phòng Giáo dục và Đào tạo thị xã Hương Thủy", 20)
    );
    expect(notice.textContent).toContain(area.savedInBrowser);
    expect(screen.queryByTestId("campaign-problems")).toBeNull();
    expect(screen.queryByTestId("campaign-warnings")).toBeNull();

    // The line at the top and the other areas follow.
    expect(screen.getByTestId("campaign-name").textContent).toBe(
      `${vi.pane.campaign.label}: ${vi.pane.campaign.name("Phòng Giáo dục và Đào tạo thị xã Hương Thủy", 2026)}`
    );
    const details = screen.getByTestId("campaign-details").textContent!;
    expect(details).toContain("20 đơn vị, tuần lễ từ 01/10/2026 đến 07/10/2026.");
    expect(details).toContain("28/09/2026");
    expect(details).toContain("16:00 12/10/2026");
    expect(formUnits()).toEqual(NAMES);

    const saved = stored()!.campaign;
    expect(saved).toEqual({
      id: campaignIdFor("Phòng Giáo dục và Đào tạo thị xã Hương Thủy", 2026),
      year: 2026,
      theme: "Học tập suốt đời trong kỷ nguyên số",
      week: { start: "2026-10-01", end: "2026-10-07" },
      issuingBody: "Ủy ban nhân dân thị xã Hương Thủy",
      receivingOffice: "Phòng Giáo dục và Đào tạo thị xã",
      collectingUnit: "Phòng Giáo dục và Đào tạo thị xã Hương Thủy",
      reportsTo: "Sở Giáo dục và Đào tạo thành phố Huế",
      signer: ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"],
      deadlines: { mau1: "2026-09-28", mau2: "2026-10-12T16:00" },
      units: expect.any(Array),
    });
    expect(saved.units[0]).toEqual({
      name: "Phường Phú Bài",
      type: "community",
      email: "phubai@huongthuy.gov.vn",
      phone: "0234 3861 234",
    });
    expect(saved.units[society]).toEqual({ name: "Hội Khuyến học thị xã", type: "community" });
    expect(checkCampaign(saved)).toEqual([]);
  });

  test("a second paste with name and type columns adds, keeps the given type, skips names already listed", () => {
    render(<App host={BROWSER} />);
    openArea();
    newDraft();
    paste("Phường Phú Bài\nXã Thủy Vân");
    paste("Tên đơn vị\tLoại\nXã Thủy Vân\tXã\nNhà văn hóa tổ 5\tTrung tâm HTCĐ\nKhu tập thể\tabc");
    expect(unitNames()).toEqual([
      "Phường Phú Bài",
      "Xã Thủy Vân",
      "Nhà văn hóa tổ 5",
      "Khu tập thể",
    ]);
    expect(unitTypes()).toEqual(["community", "community", "community", "other"]);
    const notices = within(screen.getByTestId("roster-notices"))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(notices).toEqual([
      area.notice({ code: "header_skipped", line: 1 }),
      area.notice({ code: "type_unknown", line: 4, value: "abc" }),
      area.notice({ code: "already_listed", name: "Xã Thủy Vân" }),
    ]);
  });

  test("units are removed and added; a new unit's type follows its name until chosen", () => {
    render(<App host={BROWSER} />);
    openArea();
    newDraft();
    paste("Phường Phú Bài\nXã Thủy Vân\nXã Thủy Thanh");
    fireEvent.click(screen.getByRole("button", { name: area.removeUnit(2, "Xã Thủy Vân") }));
    expect(unitNames()).toEqual(["Phường Phú Bài", "Xã Thủy Thanh"]);
    // The focus stays in the list, on the unit that took the removed one's place.
    expect(document.activeElement).toBe(screen.getAllByTestId("unit-name")[1]);

    fireEvent.click(screen.getByTestId("roster-add"));
    const name = screen.getAllByTestId("unit-name")[2]!;
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: "Trường THCS Phú Bài" } });
    expect(unitTypes()[2]).toBe("school");
    fireEvent.change(screen.getAllByTestId("unit-type")[2]!, { target: { value: "other" } });
    fireEvent.change(name, { target: { value: "Trường THCS Phú Bài (cơ sở 2)" } });
    expect(unitTypes()[2]).toBe("other");
  });

  test("bad input is refused with every problem naming its field, and nothing changes", async () => {
    render(<App host={BROWSER} />);
    openArea();
    newDraft("2026");
    fillTexts();
    // The week typed in last year's dates, end before start; Mẫu 2 due before the week ends.
    fill(field("weekStart"), "2025-10-07");
    fill(field("weekEnd"), "2025-10-01");
    fill(field("mau2"), "2025-09-30");
    fireEvent.click(screen.getByTestId("campaign-use"));

    const problems = await screen.findByTestId("campaign-problems");
    const items = within(problems)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    const error = (text: string) => `${vi.pane.severity("error")}: ${text}`;
    expect(problems.textContent).toContain(area.refused(5));
    expect(items).toEqual([
      error(
        says({
          code: "campaign_week_order",
          path: "week",
          place: "Đến ngày",
          params: { start: "2025-10-07", end: "2025-10-01" },
        })
      ),
      error(
        says({
          code: "campaign_year_mismatch",
          path: "week.start",
          place: "Tuần lễ từ ngày",
          params: { year: 2026, value: "2025-10-07" },
        })
      ),
      error(
        says({
          code: "campaign_year_mismatch",
          path: "week.end",
          place: "Đến ngày",
          params: { year: 2026, value: "2025-10-01" },
        })
      ),
      error(
        says({
          code: "campaign_deadline_before_week_end",
          path: "deadlines.mau2",
          place: "Hạn nộp Mẫu 2",
          params: { value: "2025-09-30", end: "2025-10-01" },
        })
      ),
      error(says({ code: "campaign_no_units", path: "units", place: area.rosterPlace })),
    ]);
    // Each field says it too, where it is.
    expect(screen.getByTestId(field("weekEnd")).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId(field("weekStart")).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId(field("mau2")).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId(field("theme")).getAttribute("aria-invalid")).not.toBe("true");
    // A problem's link takes the clerk to its field.
    fireEvent.click(within(problems).getAllByRole("button")[3]!);
    expect(document.activeElement).toBe(screen.getByTestId(field("mau2")));
    // Nothing was used or saved.
    expect(screen.getByTestId("campaign-details").textContent).toContain("12 đơn vị");
    expect(formUnits()).toEqual(HUONG_THUY_2017.units.map((u) => u.name));
    expect(stored()).toBeUndefined();

    // Fixing the dates leaves the roster; a placeholder name is refused on its own row.
    fill(field("weekStart"), "2026-10-01");
    fill(field("weekEnd"), "2026-10-07");
    fill(field("mau2"), "2026-10-12");
    paste("Phường Phú Bài\n……\nXã Thủy Vân");
    await waitFor(() =>
      expect(within(screen.getByTestId("campaign-problems")).getAllByRole("listitem")).toHaveLength(
        1
      )
    );
    expect(screen.getByTestId("campaign-problems").textContent).toContain(
      says({
        code: "campaign_placeholder_name",
        path: "units[1].name",
        place: "Đơn vị thứ 2 (tên)",
        params: { value: "……" },
      })
    );
    expect(screen.getAllByTestId("unit-name")[1]!.getAttribute("aria-invalid")).toBe("true");
    expect(stored()).toBeUndefined();

    // A year that is no year, and a time without its day.
    fill(field("year"), "26");
    fill(field("mau1-time"), "07:30");
    fireEvent.click(screen.getByTestId("campaign-use"));
    const again = within(screen.getByTestId("campaign-problems"))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(again).toEqual(
      expect.arrayContaining([
        error(
          says({
            code: "campaign_field_type",
            path: "year",
            place: "Năm",
            params: { expected: "year" },
          })
        ),
        error(
          says({ code: "campaign_field_missing", path: "deadlines.mau1", place: "Hạn nộp Mẫu 1" })
        ),
      ])
    );
    // No complaint that the dates are not in year "26".
    expect(again.join(" ")).not.toContain("không thuộc năm");

    fill(field("year"), "2026");
    fill(field("mau1-time"), "");
    fireEvent.change(screen.getAllByTestId("unit-name")[1]!, {
      target: { value: "Xã Thủy Thanh" },
    });
    fireEvent.click(screen.getByTestId("campaign-use"));
    await screen.findByText(area.used("Phòng Giáo dục và Đào tạo thị xã Hương Thủy", 3), {
      exact: false,
    });
    expect(screen.queryByTestId("campaign-problems")).toBeNull();
    expect(stored()!.campaign.units.map((u) => u.name)).toEqual([
      "Phường Phú Bài",
      "Xã Thủy Thanh",
      "Xã Thủy Vân",
    ]);
  });

  test("a Mẫu 1 deadline after the week starts is a warning: shown, and the campaign is used", async () => {
    render(<App host={BROWSER} />);
    openArea();
    newDraft("2026");
    fillTexts();
    fill(field("mau1"), "2026-10-03");
    paste("Phường Phú Bài\nXã Thủy Vân");
    fireEvent.click(screen.getByTestId("campaign-use"));
    const warnings = await screen.findByTestId("campaign-warnings");
    expect(warnings.textContent).toContain(area.warnings);
    expect(warnings.textContent).toContain(
      says(
        {
          code: "campaign_mau1_after_week_start",
          path: "deadlines.mau1",
          place: "Hạn nộp Mẫu 1",
          params: { value: "2026-10-03", start: "2026-10-01" },
        },
        "warning"
      )
    );
    expect(screen.queryByTestId("campaign-problems")).toBeNull();
    expect(screen.getByTestId(field("mau1")).getAttribute("aria-invalid")).not.toBe("true");
    expect(screen.getByTestId("campaign-details").textContent).toContain("2 đơn vị");
    expect(stored()!.campaign.deadlines).toEqual({ mau1: "2026-10-03" });
  });

  test("last year's campaign copied to this year: texts and roster kept, dates moved, new id", async () => {
    render(<App host={BROWSER} />);
    openArea();
    fill("campaign-select", "in-use");
    fill("campaign-new-year", "2018");
    fireEvent.click(screen.getByTestId("campaign-create"));
    expect((screen.getByTestId(field("weekStart")) as HTMLInputElement).value).toBe("2018-10-02");
    expect((screen.getByTestId(field("mau2")) as HTMLInputElement).value).toBe("2018-10-13");
    expect(unitNames()).toEqual(HUONG_THUY_2017.units.map((u) => u.name));
    // Unused yet: the top line still shows 2017, and the draft says it has changes.
    expect(screen.getByTestId("campaign-details").textContent).toContain("02/10/2017");
    expect(screen.getByText(area.unsaved)).toBeTruthy();
    fireEvent.click(screen.getByTestId("campaign-use"));
    await waitFor(() =>
      expect(screen.getByTestId("campaign-details").textContent).toContain("02/10/2018")
    );
    expect(stored()!.campaign).toEqual(newCampaign({ year: 2018, from: HUONG_THUY_2017 }));
  });
});

describe("remembered between visits", () => {
  test("the campaign in use is restored on a new render", async () => {
    const first = render(<App host={BROWSER} />);
    openArea();
    newDraft("2026");
    fillTexts();
    paste(NAMES.join("\n"));
    fireEvent.click(screen.getByTestId("campaign-use"));
    await screen.findByTestId("campaign-notice");
    const used = stored()!.campaign;
    first.unmount();

    render(<App host={BROWSER} />);
    expect(screen.getByTestId("campaign-details").textContent).toContain("20 đơn vị");
    expect(formUnits()).toEqual(NAMES);
    openArea();
    // The draft starts from the campaign in use.
    expect(unitNames()).toEqual(NAMES);
    expect((screen.getByTestId(field("collectingUnit")) as HTMLInputElement).value).toBe(
      used.collectingUnit
    );
  });

  test.each([
    ["not JSON", "{ chưa xong"],
    ["JSON of no campaign", JSON.stringify({ campaign: { year: "năm nay" } })],
    ["a campaign with errors", JSON.stringify({ campaign: { ...HUONG_THUY_2017, units: [] } })],
    ["null", "null"],
  ])("stored %s: the default campaign, and a word about it", (_, raw) => {
    localStorage.setItem(CAMPAIGN_KEY, raw);
    render(<App host={BROWSER} />);
    expect(screen.getByTestId("campaign-details").textContent).toContain("12 đơn vị");
    expect(screen.getByTestId("campaign-start").textContent).toBe(vi.pane.campaign.storedBroken);
  });

  test("storage the browser refuses: the campaign is still used, and the clerk is told it is not kept", async () => {
    const setItem = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    });
    render(<App host={BROWSER} />);
    openArea();
    newDraft("2026");
    fillTexts();
    paste("Phường Phú Bài");
    fireEvent.click(screen.getByTestId("campaign-use"));
    const notice = await screen.findByTestId("campaign-notice");
    expect(notice.textContent).toContain(area.notSavedInBrowser);
    expect(screen.getByTestId("campaign-details").textContent).toContain("1 đơn vị");
    // Changing the language does not crash either.
    fill("language-select", "en");
    expect(screen.getByRole("tab", { name: "Forms" })).toBeTruthy();
    setItem.mockRestore();
  });

  test("the language is remembered; an explicit one in the address wins", () => {
    const first = render(<App host={BROWSER} />);
    fill("language-select", "en");
    expect(localStorage.getItem(LOCALE_KEY)).toBe("en");
    first.unmount();

    const second = render(<App host={BROWSER} />);
    expect(screen.getByRole("tab", { name: "Campaign" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByTestId("campaign-change").textContent).toBe(en.pane.campaign.change);
    second.unmount();

    render(<App host={BROWSER} initialLocale="vi" />);
    expect(screen.getByRole("tab", { name: "Đợt báo cáo" })).toBeTruthy();
  });
});

describe("the campaign workbook", () => {
  test("downloaded as .xlsx and opened again (after the browser forgot it): the same campaign", async () => {
    const capture = captureDownloads();
    try {
      const first = render(<App host={BROWSER} />);
      openArea();
      newDraft("2026");
      fillTexts();
      fill(field("mau2"), "2026-10-12");
      fill(field("mau2-time"), "16:00");
      paste(TWENTY);
      fireEvent.click(screen.getByTestId("campaign-use"));
      await screen.findByTestId("campaign-notice");
      const used = stored()!.campaign;

      fireEvent.click(screen.getByTestId("campaign-download"));
      const fileName = `dot-bao-cao-${used.id}.xlsx`;
      await screen.findByText(area.downloaded(fileName));
      await waitFor(() => expect(capture.downloads).toHaveLength(1));
      const [download] = capture.downloads;
      expect(download!.name).toBe(fileName);
      const read = readCampaignWorkbook(download!.bytes);
      expect(read.ok && read.campaign).toEqual(used);
      first.unmount();

      localStorage.clear();
      render(<App host={BROWSER} />);
      expect(screen.getByTestId("campaign-details").textContent).toContain("12 đơn vị");
      openArea();
      const file = new File([download!.bytes.slice()], fileName);
      fireEvent.change(screen.getByTestId("campaign-file-input"), { target: { files: [file] } });
      await waitFor(() => {
        const said =
          screen.queryByTestId("campaign-notice") ?? screen.queryByTestId("campaign-problems");
        expect(said?.textContent).toContain(area.opened(fileName, 20));
      });
      expect(stored()!.campaign).toEqual(used);
      expect(formUnits()).toEqual(NAMES);
      expect(screen.getByTestId("campaign-source").textContent).toBe(
        vi.pane.campaign.fromFile(fileName)
      );
    } finally {
      capture.restore();
    }
  });

  test("a file that is no workbook, or a workbook without the sheet, is refused in Vietnamese", async () => {
    render(<App host={BROWSER} />);
    openArea();
    const junk = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "hong.xlsx");
    fireEvent.change(screen.getByTestId("campaign-file-input"), { target: { files: [junk] } });
    const problems = await screen.findByTestId("campaign-problems");
    expect(problems.textContent).toMatch(/^Không mở được tệp hong\.xlsx: /);
    expect(screen.getByTestId("campaign-details").textContent).toContain("12 đơn vị");

    const name = "mau2-phuong-phu-bai.xlsx";
    const form = new File([readFileSync(path.join(EXAMPLES, name))], name);
    fireEvent.change(screen.getByTestId("campaign-file-input"), { target: { files: [form] } });
    await waitFor(() =>
      expect(screen.getByTestId("campaign-problems").textContent).toBe(area.fileNoSheet(name))
    );
    expect(stored()).toBeUndefined();
  });

  test("a failed download is said in Vietnamese, not in the browser's words", async () => {
    const original = URL.createObjectURL;
    URL.createObjectURL = () => {
      throw new TypeError("URL.createObjectURL is not a function in this sandbox");
    };
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      render(<App host={BROWSER} />);
      openArea();
      fireEvent.click(screen.getByTestId("campaign-download"));
      const notice = await screen.findByTestId("campaign-notice");
      expect(notice.textContent).toBe(vi.pane.errors.failed("downloadCampaign", "download"));
      expect(notice.textContent).not.toContain("sandbox");
    } finally {
      URL.createObjectURL = original;
      log.mockRestore();
    }
  });
});

describe("inside Excel", () => {
  const sheetCampaign: Campaign = {
    ...newCampaign({ year: 2026, from: HUONG_THUY_2017 }),
    id: campaignIdFor("Phường Phú Bài", 2026),
    collectingUnit: "Phường Phú Bài",
    units: [
      { name: "Trường Mầm non Hoa Sen", type: "school" },
      { name: "Trung tâm HTCĐ phường Phú Bài", type: "community" },
    ],
  };

  async function renderInExcel(host: Host) {
    const view = render(<App host={host} />);
    await waitFor(() => expect(screen.queryByText(vi.pane.campaign.loading)).toBeNull());
    return view;
  }

  test("the workbook's campaign is the one in use on start", async () => {
    const { host, excel } = recordingExcelHost({
      campaignSheet: campaignResult(sheetCampaign, []),
    });
    await renderInExcel(host);
    expect(excel.calls.loadCampaign).toBe(1);
    expect(screen.getByTestId("campaign-name").textContent).toContain("Phường Phú Bài, năm 2026");
    expect(screen.getByTestId("campaign-source").textContent).toBe(vi.pane.campaign.fromWorkbook);
    expect(formUnits()).toEqual(sheetCampaign.units.map((u) => u.name));
    fireEvent.click(screen.getByTestId("create-mau2"));
    await waitFor(() => expect(excel.calls.createForm[0]?.campaign).toEqual(sheetCampaign));
    // Read, not written back.
    expect(excel.calls.saveCampaign).toEqual([]);
  });

  test("a workbook sheet with errors: every problem shown, the default kept", async () => {
    const problems: CampaignProblem[] = [
      {
        code: "campaign_week_order",
        path: "week",
        severity: "error",
        place: 'Ô B7 (Đến ngày) trên trang "Đợt báo cáo"',
        params: { start: "2026-10-07", end: "2026-10-01" },
      },
      {
        code: "campaign_no_units",
        path: "units",
        severity: "error",
        place: 'Bảng "Tên đơn vị" trên trang "Đợt báo cáo"',
      },
    ];
    const { host } = recordingExcelHost({ campaignSheet: { ok: false, problems } });
    await renderInExcel(host);
    const start = screen.getByTestId("campaign-start");
    expect(start.textContent).toContain(
      vi.pane.campaign.workbookInvalid(vi.pane.campaign.name(HUONG_THUY_2017.issuingBody, 2017))
    );
    expect(
      within(start)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(problems.map((p) => vi.campaign[p.code](p)));
    expect(screen.getByTestId("campaign-details").textContent).toContain("12 đơn vị");
  });

  test("using a campaign writes it into the workbook; read again from the sheet later", async () => {
    const { host, excel } = recordingExcelHost({});
    await renderInExcel(host);
    expect(screen.queryByTestId("campaign-source")).toBeNull();
    openArea();
    newDraft("2026");
    fillTexts();
    paste("Phường Phú Bài\nXã Thủy Vân");
    fireEvent.click(screen.getByTestId("campaign-use"));
    const notice = await screen.findByTestId("campaign-notice");
    expect(notice.textContent).toContain(area.savedToWorkbook(CAMPAIGN_SHEET_NAME));
    expect(excel.calls.saveCampaign).toHaveLength(1);
    expect(excel.calls.saveCampaign[0]!.units.map((u) => u.name)).toEqual([
      "Phường Phú Bài",
      "Xã Thủy Vân",
    ]);
    expect(screen.getByTestId("campaign-details").textContent).toContain("2 đơn vị");

    // The clerk edits the sheet in Excel, then reads it again.
    excel.campaignSheet = campaignResult(sheetCampaign, []);
    fireEvent.click(screen.getByTestId("campaign-reload"));
    await screen.findByText(area.reloaded(2), { exact: false });
    expect(screen.getByTestId("campaign-name").textContent).toContain("Phường Phú Bài, năm 2026");
    expect(unitNames()).toEqual(sheetCampaign.units.map((u) => u.name));
    expect(excel.calls.saveCampaign).toHaveLength(1);
  });

  test("when Excel refuses to write the sheet, the campaign in use does not change", async () => {
    const refusal = Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" });
    const { host, excel } = recordingExcelHost({ saveFailsWith: refusal });
    await renderInExcel(host);
    openArea();
    newDraft("2026");
    fillTexts();
    paste("Phường Phú Bài");
    fireEvent.click(screen.getByTestId("campaign-use"));
    const notice = await screen.findByTestId("campaign-notice");
    expect(notice.textContent).toBe(
      vi.pane.errors.failed("saveCampaign", "excelLocked", "AccessDenied")
    );
    expect(notice.textContent).not.toContain("protected");
    expect(excel.calls.saveCampaign).toEqual([]);
    expect(screen.getByTestId("campaign-details").textContent).toContain("12 đơn vị");
    expect(stored()).toBeUndefined();
    // The draft is kept for another try.
    expect(unitNames()).toEqual(["Phường Phú Bài"]);
  });

  test("a workbook that cannot be read on start is said in Vietnamese; the default is used", async () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { host } = recordingExcelHost({ failWith: new Error("GeneralException") });
    await renderInExcel(host);
    expect(screen.getByTestId("campaign-start").textContent).toBe(
      vi.pane.errors.failed("loadCampaign", "excel", "GeneralException")
    );
    expect(screen.getByTestId("campaign-details").textContent).toContain("12 đơn vị");
    log.mockRestore();
  });

  test("a campaign chosen before the workbook answered is not replaced by it", async () => {
    let open!: () => void;
    const loadGate = new Promise<void>((resolve) => (open = resolve));
    const { host, excel } = recordingExcelHost({
      campaignSheet: campaignResult(sheetCampaign, []),
      loadGate,
    });
    render(<App host={host} />);
    expect(screen.getByTestId("campaign-source").textContent).toBe(vi.pane.campaign.loading);
    openArea();
    newDraft("2026");
    fillTexts();
    paste("Xã Thủy Vân");
    fireEvent.click(screen.getByTestId("campaign-use"));
    await screen.findByTestId("campaign-notice");
    open();
    await waitFor(() => expect(excel.calls.loadCampaign).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByTestId("campaign-details").textContent).toContain("1 đơn vị");
  });
});
