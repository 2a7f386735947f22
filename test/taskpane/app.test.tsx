/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { captureDownloads } from "../helpers/jsdom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, TAN_BINH_2022 } from "../../src/core";
import { en, vi } from "../../src/messages";
import { App } from "../../src/taskpane/App";
import { BROWSER } from "../../src/taskpane/host";

const examples = path.join(__dirname, "../../examples/huong-thuy-2017");

describe("the pane as a web page", () => {
  test("shows the four areas in Vietnamese and switches to English", () => {
    render(<App host={BROWSER} />);
    expect(screen.getAllByRole("tab").map((tab) => tab.dataset.testid)).toEqual([
      "tab-campaign",
      "tab-forms",
      "tab-check",
      "tab-merge",
    ]);
    expect(screen.getByRole("tab", { name: "Đợt báo cáo" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Biểu mẫu" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Kiểm tra" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Tổng hợp" })).toBeTruthy();
    // One line at the top; the whole notice behind "Chi tiết".
    expect(screen.getByTestId("host-info").textContent).toContain(vi.pane.host.inBrowserShort);
    fireEvent.click(screen.getByTestId("host-more"));
    expect(screen.getByTestId("host-info").textContent).toContain(vi.pane.host.inBrowser);
    expect(screen.getByTestId("host-more").getAttribute("aria-expanded")).toBe("true");
    expect(document.documentElement.lang).toBe("vi");

    fireEvent.change(screen.getByTestId("language-select"), { target: { value: "en" } });
    expect(screen.getByRole("tab", { name: "Forms" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Merge" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  test("offers downloads, not workbook writes, outside Excel", () => {
    render(<App host={BROWSER} />);
    expect(screen.queryByTestId("create-mau2")).toBeNull();
    expect(screen.getByTestId("download-mau1")).toBeTruthy();
    expect(screen.getByTestId("download-mau2")).toBeTruthy();
    expect(screen.getByTestId("download-roster").textContent).toBe(vi.pane.forms.downloadAll);
  });

  test("lists the roster of the chosen campaign", async () => {
    render(<App host={BROWSER} />);
    const units = () =>
      Array.from(
        (screen.getByTestId("unit-select") as HTMLSelectElement).options,
        (option) => option.textContent
      );
    expect(units()).toEqual([vi.pane.forms.noUnit, ...HUONG_THUY_2017.units.map((u) => u.name)]);
    expect(screen.getByTestId("campaign-details").textContent).toContain("02/10/2017");

    // A built-in campaign, as it is (its own year), through the Đợt báo cáo area.
    fireEvent.click(screen.getByTestId("campaign-change"));
    expect(screen.getByRole("tab", { name: "Đợt báo cáo", selected: true })).toBeTruthy();
    fireEvent.change(screen.getByTestId("campaign-select"), {
      target: { value: TAN_BINH_2022.id },
    });
    fireEvent.change(screen.getByTestId("campaign-new-year"), { target: { value: "2022" } });
    fireEvent.click(screen.getByTestId("campaign-create"));
    fireEvent.click(screen.getByTestId("campaign-use"));
    await waitFor(() =>
      expect(units()).toEqual([vi.pane.forms.noUnit, ...TAN_BINH_2022.units.map((u) => u.name)])
    );
    expect(screen.getByTestId("campaign-details").textContent).toContain("16:00 13/10/2022");
    // Unchanged and in its own year, it keeps its id (written on every form).
    expect(JSON.parse(localStorage.getItem("tonghop.campaign.v1")!).campaign).toEqual(
      TAN_BINH_2022
    );
  });

  test("a campaign file with mistakes is refused with every problem listed", async () => {
    render(<App host={BROWSER} />);
    fireEvent.click(screen.getByRole("tab", { name: "Đợt báo cáo" }));
    const bad = { ...HUONG_THUY_2017, id: "Hương Thủy", units: [] };
    const file = new File([JSON.stringify(bad)], "dot-bao-cao.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("campaign-file-input"), { target: { files: [file] } });
    const problems = await screen.findByTestId("campaign-problems");
    expect(problems.textContent).toContain("dot-bao-cao.json");
    expect(problems.textContent).toContain(
      vi.campaign.campaign_no_units({ code: "campaign_no_units", path: "units", severity: "error" })
    );
    expect(within(problems).getAllByRole("listitem")).toHaveLength(2);
    // The campaign in use did not change.
    expect(screen.getByTestId("campaign-details").textContent).toContain("12");
  });

  test("a valid campaign file replaces the roster", async () => {
    render(<App host={BROWSER} />);
    fireEvent.click(screen.getByRole("tab", { name: "Đợt báo cáo" }));
    const mine = {
      ...HUONG_THUY_2017,
      id: "thu-nghiem-2026",
      year: 2026,
      week: { start: "2026-10-01", end: "2026-10-07" },
      deadlines: { mau2: "2026-10-15" },
      units: [
        { name: "Phường An Cựu", type: "community" },
        { name: "Trường THCS Nguyễn Du", type: "school" },
      ],
    };
    const file = new File([JSON.stringify(mine)], "thu-nghiem.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("campaign-file-input"), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByTestId("campaign-details").textContent).toContain("01/10/2026")
    );
    const options = Array.from(
      (screen.getByTestId("unit-select") as HTMLSelectElement).options,
      (o) => o.value
    );
    expect(options).toEqual(["", "Phường An Cựu", "Trường THCS Nguyễn Du"]);
    expect(screen.queryByTestId("campaign-problems")).toBeNull();
    expect(screen.getByTestId("campaign-source").textContent).toBe(
      vi.pane.campaign.fromFile("thu-nghiem.json")
    );
  });

  test("checks a dropped file and names its problems", async () => {
    render(<App host={BROWSER} />);
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    const name = "mau2-phuong-thuy-phuong.xlsx";
    const file = new File([readFileSync(path.join(examples, name))], name);
    fireEvent.change(screen.getByTestId("check-drop-input"), { target: { files: [file] } });
    const result = await screen.findByTestId("check-result");
    expect(result.textContent).toContain("Phường Thủy Phương");
    expect(screen.getByTestId("check-counts").textContent).toBe(vi.pane.check.result(2, 0));
    // What the merge will do comes first: counted, without its two error values.
    const verdict = within(result).getByTestId("check-verdict");
    expect(verdict.dataset.verdict).toBe("counted_with_errors");
    expect(verdict.textContent).toBe(
      vi.pane.findingsView.verdict({
        kind: "counted_with_errors",
        reasons: ["count_negative", "count_ambiguous"],
        leftOut: 2,
        rowsLeftOut: 0,
      })
    );
    const items = within(result).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining(`Tệp ${name}, trang "Mẫu 2", ô C17`),
      expect.stringContaining(`Tệp ${name}, trang "Mẫu 2", ô C21`),
    ]);
    // Outside Excel there is no cell to select; the feedback for the unit can be copied.
    expect(within(result).queryByRole("button", { name: /^Chọn ô/ })).toBeNull();
    expect(
      within(result)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([vi.pane.feedback.copy]);
  });
});

test("a notice is said in the language chosen after it appeared", async () => {
  const capture = captureDownloads();
  try {
    render(<App host={BROWSER} />);
    fireEvent.click(screen.getByTestId("download-mau2"));
    const notice = await screen.findByTestId("forms-notice");
    expect(notice.textContent).toBe(vi.pane.forms.downloaded("mau2.xlsx"));
    // The button was disabled while it worked: the focus went to the outcome, not the top.
    await waitFor(() => expect(notice.contains(document.activeElement)).toBe(true));
    fireEvent.change(screen.getByTestId("language-select"), { target: { value: "en" } });
    expect(screen.getByTestId("forms-notice").textContent).toBe(
      en.pane.forms.downloaded("mau2.xlsx")
    );
  } finally {
    capture.restore();
  }
});
