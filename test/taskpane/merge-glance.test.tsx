/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "../helpers/jsdom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import { HUONG_THUY_2017, mergeReturns, type Campaign } from "../../src/core";
import { en, vi } from "../../src/messages";
import { GlanceChart } from "../../src/taskpane/components/GlanceChart";
import { MainTotals } from "../../src/taskpane/components/MainTotals";
import { MissingUnits } from "../../src/taskpane/components/MissingUnits";
import {
  fileRows,
  glanceOf,
  mainTotals,
  reminderText,
  type Glance,
} from "../../src/taskpane/merge-view";
import { exampleMerge } from "../helpers/example-merge";

const campaign: Campaign = {
  ...HUONG_THUY_2017,
  units: HUONG_THUY_2017.units.map((unit) =>
    unit.name === "Xã Thủy Tân" ? { ...unit, email: "thuytan@huongthuy.edu.vn" } : unit
  ),
};
const { entries, result } = exampleMerge(campaign);
const glance = glanceOf(fileRows(entries, result), result, campaign);

const inPane = (element: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

/** A count's number as shown (its label is the rest of the item's text). */
const shown = (testId: string) => screen.getByTestId(testId).querySelector("dd")?.textContent;

describe("GlanceChart", () => {
  it("shows every count labelled, and the bar says them all", () => {
    inPane(<GlanceChart glance={glance} catalogue={vi} />);
    const root = screen.getByTestId("merge-glance");
    const counts = {
      received: 17,
      onTime: 10,
      late: 4,
      refused: 3,
      reading: 1,
    };
    for (const [key, value] of Object.entries(counts)) {
      const item = within(root).getByTestId(`glance-${key}`);
      expect(item.dataset.value).toBe(String(value));
      expect(shown(`glance-${key}`)).toBe(String(value));
    }
    expect(screen.getByTestId("glance-late").textContent).toContain(vi.pane.glance.late);
    // The units missing are the MissingUnits block's, right under it.
    expect(screen.queryByTestId("glance-missing-mau1")).toBeNull();
    const bar = screen.getByRole("img", { name: vi.pane.glance.chart(17, 10, 4, 3, 1) });
    expect(bar.getAttribute("aria-label")).toBe(
      "Đã nhận 17 tệp: 10 đúng hạn, 4 trễ hạn, 3 bị loại; 1 tệp đang đọc."
    );
    // One segment per kind, as wide as its share of the 18 files.
    const segments = [...bar.querySelectorAll("rect")].map((rect) => [
      rect.dataset.segment,
      Number(rect.getAttribute("width")).toFixed(2),
    ]);
    expect(segments).toEqual([
      ["onTime", ((10 / 18) * 100).toFixed(2)],
      ["late", ((4 / 18) * 100).toFixed(2)],
      ["refused", ((3 / 18) * 100).toFixed(2)],
      ["reading", ((1 / 18) * 100).toFixed(2)],
    ]);
  });

  it("leaves out what is zero, groups digits, and speaks the pane's language", () => {
    const big: Glance = {
      received: 1234,
      onTime: 1234,
      late: 0,
      refused: 0,
      reading: 0,
      missing: { mau1: [], mau2: [] },
    };
    const { unmount } = inPane(<GlanceChart glance={big} catalogue={vi} />);
    expect(screen.queryByTestId("glance-reading")).toBeNull();
    expect(shown("glance-received")).toBe("1.234");
    expect(shown("glance-late")).toBe("0");
    const bar = screen.getByRole("img");
    expect([...bar.querySelectorAll("rect")].map((rect) => rect.dataset.segment)).toEqual([
      "onTime",
    ]);
    unmount();
    inPane(<GlanceChart glance={big} catalogue={en} />);
    expect(shown("glance-received")).toBe("1,234");
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "1,234 files received: 1,234 on time, 0 late, 0 refused."
    );
  });
});

describe("MainTotals", () => {
  it("shows the three totals, each opening to its units", () => {
    inPane(<MainTotals result={result} catalogue={vi} />);
    const totals = mainTotals(result);
    const participants = screen.getByTestId("total-participants");
    expect(participants.dataset.value).toBe("3918");
    expect(participants.textContent).toContain("3.918");
    expect(participants.textContent).toContain(vi.pane.totals.label("participants"));
    expect(screen.getByTestId("total-classes").textContent).toContain("90");
    expect(screen.getByTestId("total-sessions").textContent).toContain("56");
    for (const id of ["participants", "classes", "sessions"]) {
      expect(screen.getByTestId(`total-${id}`).getAttribute("aria-expanded")).toBe("false");
    }
    expect(screen.queryByTestId("total-participants-units")).toBeNull();

    fireEvent.click(participants);
    expect(participants.getAttribute("aria-expanded")).toBe("true");
    const region = screen.getByRole("region", { name: vi.pane.totals.unitsOf("participants") });
    expect(participants.getAttribute("aria-controls")).toBe(region.id);
    const items = within(region).getAllByRole("listitem");
    const want = totals.find((total) => total.id === "participants")!.units;
    expect(items.map((item) => item.dataset.value)).toEqual(want.map((u) => String(u.value)));
    expect(items[0]!.textContent).toBe(`${want[0]!.unit}${vi.pane.totals.number(want[0]!.value)}`);

    // Another total replaces the list; pressing it again closes it.
    const classes = screen.getByTestId("total-classes");
    fireEvent.click(classes);
    expect(participants.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByTestId("total-classes-units")).toBeTruthy();
    expect(screen.queryByTestId("total-participants-units")).toBeNull();
    fireEvent.click(classes);
    expect(classes.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByTestId("total-classes-units")).toBeNull();
  });

  it("says so when no unit is counted yet", () => {
    inPane(<MainTotals result={mergeReturns([], campaign)} catalogue={vi} />);
    fireEvent.click(screen.getByTestId("total-sessions"));
    expect(screen.getByTestId("total-sessions-units").textContent).toContain(
      vi.pane.totals.noUnits
    );
  });
});

describe("MissingUnits", () => {
  let writeText: jest.Mock;
  beforeEach(() => {
    writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(window.navigator, "clipboard", {
      value: { writeText },
      configurable: true,
    });
  });
  afterEach(() => {
    delete (window.navigator as { clipboard?: unknown }).clipboard;
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it("says per form how many units are missing, their names behind a disclosure", () => {
    inPane(<MissingUnits glance={glance} campaign={campaign} catalogue={vi} />);
    const missing = screen.getByTestId("merge-missing");
    for (const [form, count] of [
      ["mau1", 8],
      ["mau2", 4],
    ] as const) {
      const block = within(missing).getByTestId(`missing-${form}`);
      expect(within(block).queryAllByRole("listitem")).toHaveLength(0);
      const toggle = within(block).getByRole("button", {
        name: vi.pane.missingUnits.title(form, count),
      });
      expect(toggle.getAttribute("aria-expanded")).toBe("false");
      fireEvent.click(toggle);
      expect(toggle.getAttribute("aria-expanded")).toBe("true");
      expect(
        within(block)
          .getAllByRole("listitem")
          .map((li) => li.textContent)
      ).toEqual(glance.missing[form]);
      fireEvent.click(toggle);
      expect(within(block).queryAllByRole("listitem")).toHaveLength(0);
    }
  });

  it("copies the reminder of a form and says for how many units", async () => {
    const onCopied = jest.fn();
    inPane(<MissingUnits glance={glance} campaign={campaign} catalogue={vi} onCopied={onCopied} />);
    const button = screen.getByRole("button", { name: vi.pane.missingUnits.copyLabel("mau2") });
    expect(button.textContent).toBe(vi.pane.missingUnits.copy);
    await act(async () => void fireEvent.click(button));
    expect(writeText).toHaveBeenCalledWith(reminderText(vi, campaign, "mau2", glance.missing.mau2));
    expect(writeText.mock.calls[0]![0]).toContain("thuytan@huongthuy.edu.vn");
    expect(onCopied).toHaveBeenCalledWith("mau2");
    expect(screen.getByTestId("missing-mau2-status").textContent).toBe(
      vi.pane.missingUnits.copied(4)
    );
    expect(screen.getByTestId("missing-mau1-status").textContent).toBe("");
  });

  it("says in the pane's words when nothing could be copied", async () => {
    writeText.mockImplementation(() =>
      Promise.reject(new DOMException("denied", "NotAllowedError"))
    );
    Object.assign(document, { execCommand: jest.fn(() => false) });
    const onCopied = jest.fn();
    inPane(<MissingUnits glance={glance} campaign={campaign} catalogue={vi} onCopied={onCopied} />);
    const button = screen.getByRole("button", { name: vi.pane.missingUnits.copyLabel("mau1") });
    await act(async () => void fireEvent.click(button));
    expect(screen.getByTestId("missing-mau1-status").textContent).toBe(
      vi.pane.errors.failed("copyText", "clipboard")
    );
    expect(onCopied).not.toHaveBeenCalled();
  });

  it("says a form is complete instead of offering a reminder", () => {
    const done: Glance = { ...glance, missing: { mau1: [], mau2: ["Xã Phú Sơn"] } };
    inPane(<MissingUnits glance={done} campaign={campaign} catalogue={en} />);
    const mau1 = screen.getByTestId("missing-mau1");
    expect(mau1.textContent).toBe(en.pane.missingUnits.none("mau1"));
    expect(within(mau1).queryByRole("button")).toBeNull();
    expect(screen.getByTestId("missing-mau2").textContent).toContain(
      en.pane.missingUnits.row("mau2", 1)
    );
  });
});
