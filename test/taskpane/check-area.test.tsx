/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "../helpers/jsdom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, mergeReturns, type FileOutcome } from "../../src/core";
import { describeFinding, vi } from "../../src/messages";
import { CheckArea } from "../../src/taskpane/components/CheckArea";
import { FindingList } from "../../src/taskpane/components/FindingList";
import { feedbackText } from "../../src/taskpane/feedback";
import { BROWSER, type Host } from "../../src/taskpane/host";
import { returnFromBytes } from "../../src/xlsx/returns";
import { writeFormTemplate } from "../../src/xlsx/templates";
import { recordingExcelHost } from "../helpers/fake-excel-host";

const examples = path.join(__dirname, "../../examples/huong-thuy-2017");

function exampleFile(name: string): File {
  return new File([readFileSync(path.join(examples, name))], name);
}

/** What the merge makes of the file alone, without the pane. */
function expectedOutcome(name: string): FileOutcome {
  const bytes = new Uint8Array(readFileSync(path.join(examples, name)));
  return mergeReturns([returnFromBytes(bytes, { file: name }, HUONG_THUY_2017)], HUONG_THUY_2017)
    .files[0]!;
}

function renderCheck(host: Host = BROWSER) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CheckArea campaign={HUONG_THUY_2017} catalogue={vi} host={host} />
    </FluentProvider>
  );
}

async function dropForCheck(name: string): Promise<HTMLElement> {
  fireEvent.change(screen.getByTestId("check-drop-input"), {
    target: { files: [exampleFile(name)] },
  });
  return screen.findByTestId("check-result");
}

function giveClipboard(writeText: (text: string) => Promise<void>): jest.Mock {
  Object.defineProperty(window.navigator, "clipboard", {
    value: { writeText: jest.fn(writeText) },
    configurable: true,
  });
  return window.navigator.clipboard.writeText as jest.Mock;
}

afterEach(() => {
  delete (window.navigator as { clipboard?: unknown }).clipboard;
  delete (document as { execCommand?: unknown }).execCommand;
});

describe("Kiểm tra", () => {
  test("says first what the merge will do with the file, then its findings", async () => {
    renderCheck();
    const name = "mau2-phuong-thuy-phuong.xlsx";
    const result = await dropForCheck(name);
    const verdict = within(result).getByTestId("check-verdict");
    expect(result.firstElementChild).toBe(verdict);
    // The result is where the focus goes.
    expect(verdict.contains(document.activeElement)).toBe(true);
    expect(verdict.dataset.verdict).toBe("counted_with_errors");
    expect(verdict.textContent).toBe(
      "Tệp sẽ được tính, nhưng 2 giá trị lỗi không được cộng vào tổng."
    );
    const groups = within(result).getAllByTestId("finding-group");
    expect(groups.map((g) => [g.dataset.severity, g.dataset.count, g.dataset.code])).toEqual([
      ["error", "1", "count_negative"],
      ["error", "1", "count_ambiguous"],
    ]);
    const outcome = expectedOutcome(name);
    expect(groups[0]!.textContent).toContain(describeFinding(vi, outcome.findings[0]!));
    expect(groups[0]!.textContent).toContain("Chỉ tiêu: Xây dựng phóng sự.");
    expect(groups[1]!.textContent).toContain("Chỉ tiêu: Số lượng tờ rơi đã phát hành.");
  });

  test("a file that is no workbook: refused, and why, marked first", async () => {
    renderCheck();
    const result = await dropForCheck("xa-thuy-tan-bao-cao.xlsx");
    const verdict = within(result).getByTestId("check-verdict");
    expect(verdict.dataset.verdict).toBe("refused");
    expect(verdict.textContent).toBe("Tệp sẽ bị loại, vì: tệp không phải bảng tính Excel.");
    const [group] = within(result).getAllByTestId("finding-group");
    expect(group!.dataset.refusal).toBe("true");
    expect(group!.textContent).toContain(vi.pane.findingsView.refusal);
  });

  test("a file counted as it is says so", async () => {
    renderCheck();
    const result = await dropForCheck("mau2-phuong-phu-bai.xlsx");
    expect(within(result).getByTestId("check-verdict").dataset.verdict).toBe("counted");
    expect(within(result).getByTestId("check-verdict").textContent).toBe(
      "Tệp sẽ được tính vào tổng hợp."
    );
    expect(within(result).queryAllByTestId("finding-group")).toEqual([]);
  });

  test("“Sao chép góp ý” copies what the unit must fix", async () => {
    const writeText = giveClipboard(() => Promise.resolve());
    renderCheck();
    const name = "mau2-phuong-thuy-phuong.xlsx";
    const result = await dropForCheck(name);
    const button = within(result).getByTestId("check-copy-feedback");
    expect(button.textContent).toBe(vi.pane.feedback.copy);
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByTestId("check-copy-status").textContent).toBe(
        vi.pane.feedback.copied("Phường Thủy Phương")
      )
    );
    expect(writeText).toHaveBeenCalledWith(feedbackText(vi, expectedOutcome(name), name));
    expect(writeText.mock.calls[0]![0]).toContain('- Ô C17 (Xây dựng phóng sự): Giá trị "-2"');
  });

  test("when the clipboard refuses, the text is shown to copy by hand", async () => {
    giveClipboard(() => Promise.reject(new DOMException("denied", "NotAllowedError")));
    Object.assign(document, { execCommand: () => false });
    renderCheck();
    const name = "mau2-phuong-thuy-phuong.xlsx";
    const result = await dropForCheck(name);
    fireEvent.click(within(result).getByTestId("check-copy-feedback"));
    const box = (await screen.findByTestId("check-feedback-text")) as HTMLTextAreaElement;
    expect(box.value).toBe(feedbackText(vi, expectedOutcome(name), name));
    expect(result.textContent).toContain(vi.pane.feedback.copyFailed);
    expect(screen.getByTestId("check-copy-status").textContent).toBe("");
  });

  test("in Excel, a blank form's cells are one item whose button selects the first", async () => {
    const unit = HUONG_THUY_2017.units.find((u) => u.name === "Phường Phú Bài");
    const bytes = await writeFormTemplate(["mau2"], HUONG_THUY_2017, unit, vi);
    const outcome = mergeReturns(
      [returnFromBytes(bytes, { file: "Sổ1.xlsx" }, HUONG_THUY_2017)],
      HUONG_THUY_2017
    ).files[0]!;
    const { host, excel } = recordingExcelHost({ sheetCheck: { sheetName: "Mẫu 2", outcome } });
    renderCheck(host);
    fireEvent.click(screen.getByTestId("check-active-sheet"));
    const result = await screen.findByTestId("check-result");
    expect(within(result).getByTestId("check-verdict").dataset.verdict).toBe("counted");
    const groups = within(result).getAllByTestId("finding-group");
    expect(groups.map((g) => [g.dataset.code, g.dataset.count, g.dataset.severity])).toEqual([
      ["count_blank", "23", "warning"],
      ["community_minimum_talks", "1", "warning"],
      ["community_minimum_vocational", "1", "warning"],
    ]);
    expect(groups[0]!.textContent).toContain(
      'Tệp Sổ1.xlsx, trang "Mẫu 2": 23 ô để trống, được tính là 0.'
    );
    expect(groups[0]!.textContent).toContain("Các ô: C15, C17, C18,");
    expect(groups[0]!.textContent).toContain("và 11 ô khác.");
    const select = within(groups[0]!).getByRole("button");
    expect(select.textContent).toBe(vi.pane.findingsView.selectFirst("C15"));
    fireEvent.click(select);
    await waitFor(() =>
      expect(excel.calls.selectCell).toEqual([{ sheetName: "Mẫu 2", cell: "C15" }])
    );
    // A single finding keeps its own button.
    expect(within(groups[1]!).getByRole("button").textContent).toBe(
      vi.pane.check.selectCell("C25")
    );
  });
});

describe("FindingList", () => {
  test("without a status or onSelect, as the Tổng hợp area uses it, it still groups", () => {
    const findings = [
      {
        code: "count_blank",
        severity: "warning",
        at: { file: "a.xlsx", sheet: "Mẫu 2", cell: "C10" },
      },
      {
        code: "count_blank",
        severity: "warning",
        at: { file: "a.xlsx", sheet: "Mẫu 2", cell: "C11" },
      },
      {
        code: "count_negative",
        severity: "error",
        at: { file: "a.xlsx", sheet: "Mẫu 2", cell: "C27" },
        indicator: "lop_day_nghe_luot",
        params: { text: "-4" },
      },
    ] as const;
    render(<FindingList findings={findings} catalogue={vi} />);
    const items = screen.getAllByRole("listitem");
    expect(items.map((item) => [item.dataset.severity, item.dataset.count])).toEqual([
      ["error", "1"],
      ["warning", "2"],
    ]);
    expect(items[0]!.textContent).toContain(
      "Chỉ tiêu: Số lượt người tham gia (Số lớp dạy nghề ngắn hạn)."
    );
    expect(items[1]!.textContent).toContain("Các ô: C10, C11.");
    expect(screen.queryAllByRole("button")).toEqual([]);
  });
});
