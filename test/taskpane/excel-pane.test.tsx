/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { captureDownloads } from "../helpers/jsdom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { HUONG_THUY_2017 } from "../../src/core";
import { vi } from "../../src/messages";
import { App } from "../../src/taskpane/App";
import type { Host } from "../../src/taskpane/host";
import { outcomeWith, recordingExcelHost } from "../helpers/fake-excel-host";
import { readWorkbook } from "../../src/xlsx/read";

/** Renders the pane in Excel and waits until it has read the workbook's campaign sheet. */
async function renderInExcel(host: Host) {
  const view = render(<App host={host} />);
  await waitFor(() => expect(screen.queryByText(vi.pane.campaign.loading)).toBeNull());
  return view;
}

describe("the pane inside Excel", () => {
  test("creates forms in the workbook for the chosen unit", async () => {
    const { host, excel } = recordingExcelHost({});
    await renderInExcel(host);
    expect(screen.getByTestId("host-info").textContent).toContain(vi.pane.host.inExcelShort);
    fireEvent.change(screen.getByTestId("unit-select"), { target: { value: "Phường Phú Bài" } });
    fireEvent.click(screen.getByTestId("create-mau2"));
    await screen.findByText(vi.pane.forms.created("Mẫu 2"));
    expect(excel.calls.createForm).toEqual([
      { form: "mau2", campaign: HUONG_THUY_2017, unit: HUONG_THUY_2017.units[0] },
    ]);
  });

  test("says which features this Excel lacks", async () => {
    const { host } = recordingExcelHost({ missing: ["dataValidation", "insertFromBase64"] });
    await renderInExcel(host);
    expect(screen.getByTestId("host-info").textContent).toContain(
      vi.pane.host.missingFeatures(["dataValidation", "insertFromBase64"])
    );
  });

  test("checks the active sheet; a finding's button selects its cell", async () => {
    const sheetCheck = {
      sheetName: "Mẫu 2",
      outcome: outcomeWith([
        {
          code: "count_negative",
          severity: "error",
          at: { file: "Mẫu 2", sheet: "Mẫu 2", cell: "C17" },
          indicator: "ke_hoach",
          params: { text: "-2" },
        },
        {
          code: "late_return",
          severity: "warning",
          at: { file: "Mẫu 2" },
          params: { form: "mau2", deadline: "2017-10-13" },
        },
      ]),
    } as const;
    const { host, excel } = recordingExcelHost({ sheetCheck });
    await renderInExcel(host);
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByTestId("check-active-sheet"));
    const result = await screen.findByTestId("check-result");
    expect(excel.calls.checkActiveSheet).toEqual([HUONG_THUY_2017]);
    expect(screen.getByTestId("check-counts").textContent).toBe(vi.pane.check.result(1, 1));
    // Only the finding with a cell can be selected (the other button copies the feedback).
    const buttons = within(result).getAllByRole("button", { name: /^Chọn ô/ });
    expect(buttons.map((b) => b.textContent)).toEqual([vi.pane.check.selectCell("C17")]);
    fireEvent.click(buttons[0]!);
    await waitFor(() =>
      expect(excel.calls.selectCell).toEqual([{ sheetName: "Mẫu 2", cell: "C17" }])
    );
  });

  test("an Excel failure is shown in Vietnamese with what to do, not swallowed", async () => {
    const { host } = recordingExcelHost({ failWith: new Error("InvalidOperation") });
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await renderInExcel(host);
    fireEvent.click(screen.getByTestId("create-mau1"));
    const notice = await screen.findByTestId("forms-notice");
    expect(notice.textContent).toBe(
      vi.pane.errors.failed("createForm", "excel", "InvalidOperation")
    );
    log.mockRestore();
  });

  test("Excel's own message never reaches the clerk; its code does, with what to do", async () => {
    const officeError = Object.assign(new Error("The cell is being edited. (en-US text)"), {
      name: "RichApi.Error",
      code: "InvalidOperationInCellEditMode",
    });
    const { host } = recordingExcelHost({ failWith: officeError });
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await renderInExcel(host);
    fireEvent.click(screen.getByTestId("create-mau2"));
    const notice = await screen.findByTestId("forms-notice");
    expect(notice.textContent).toBe(
      vi.pane.errors.failed("createForm", "excelEditMode", "InvalidOperationInCellEditMode")
    );
    expect(notice.textContent).toContain("chế độ sửa ô");
    expect(notice.textContent).not.toContain("en-US");
    log.mockRestore();
  });
});

describe("files in Excel for Mac, where a download does nothing", () => {
  test("a form is opened as a new workbook, and the pane says to save it, not that it downloaded", async () => {
    const { downloads, restore } = captureDownloads();
    const { host, excel } = recordingExcelHost({ fileSaving: "newWorkbook" });
    await renderInExcel(host);
    fireEvent.change(screen.getByTestId("unit-select"), { target: { value: "Phường Phú Bài" } });
    fireEvent.click(screen.getByTestId("download-mau2"));
    await screen.findByText(vi.pane.openedAsWorkbook("mau2-phuong-phu-bai.xlsx"));
    expect(excel.calls.openAsWorkbook).toHaveLength(1);
    expect(readWorkbook(excel.calls.openAsWorkbook[0]!).ok).toBe(true);
    expect(downloads).toEqual([]);
    restore();
  });

  test("the .zip of every unit's forms, or an Excel without new workbooks, is refused with the way round", async () => {
    const { downloads, restore } = captureDownloads();
    const { host, excel } = recordingExcelHost({ fileSaving: "newWorkbook" });
    await renderInExcel(host);
    fireEvent.click(screen.getByTestId("download-roster"));
    const notice = await screen.findByTestId("forms-notice");
    await waitFor(() =>
      expect(notice.textContent).toBe(vi.pane.errors.failed("downloadForm", "noDownload"))
    );
    expect(notice.textContent).toContain("trang web TổngHợp");
    expect(excel.calls.openAsWorkbook).toEqual([]);
    expect(downloads).toEqual([]);
    restore();
  });

  test("an Excel for Mac without Excel.createWorkbook refuses even a single form, saying why", async () => {
    const { downloads, restore } = captureDownloads();
    const { host } = recordingExcelHost({ fileSaving: "none" });
    await renderInExcel(host);
    fireEvent.click(screen.getByTestId("download-mau1"));
    const notice = await screen.findByTestId("forms-notice");
    await waitFor(() =>
      expect(notice.textContent).toBe(vi.pane.errors.failed("downloadForm", "noDownload"))
    );
    expect(downloads).toEqual([]);
    restore();
  });
});
