/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "../helpers/jsdom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { unzipSync } from "fflate";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { FORM_IDS, HUONG_THUY_2017, mergeReturns, templateFileName } from "../../src/core";
import { vi } from "../../src/messages";
import { App } from "../../src/taskpane/App";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MergeArea, ROWS_SHOWN } from "../../src/taskpane/components/MergeArea";
import { fileBytes } from "../../src/taskpane/download";
import { BROWSER } from "../../src/taskpane/host";
import type { ReadPool } from "../../src/taskpane/read-pool";
import { readWorkbook } from "../../src/xlsx/read";
import { extractReturn, returnFromBytes } from "../../src/xlsx/returns";
import { captureDownloads, type Download } from "../helpers/jsdom";
import { recordingExcelHost } from "../helpers/fake-excel-host";

const examples = path.join(__dirname, "../../examples/huong-thuy-2017");
const exampleNames = readdirSync(examples)
  .filter((name) => name.endsWith(".xlsx"))
  .sort();
const BROKEN = "bao-cao-hong.xlsx";

/** The examples, then a download cut short: the start of a real workbook without the zip's end. */
const exampleBytes: readonly { name: string; bytes: Uint8Array }[] = [
  ...exampleNames.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(path.join(examples, name))),
  })),
  {
    name: BROKEN,
    bytes: new Uint8Array(readFileSync(path.join(examples, exampleNames[0]!)).subarray(0, 900)),
  },
];

function exampleFiles(): File[] {
  return exampleBytes.map(
    ({ name, bytes }) => new File([bytes.slice()], name, { lastModified: 0 })
  );
}

/** What the merge of the same files gives without the pane. */
function expected() {
  const loaded = exampleBytes.map(({ name, bytes }) =>
    returnFromBytes(bytes, { file: name, fallbackModified: 0 }, HUONG_THUY_2017)
  );
  return mergeReturns(loaded, HUONG_THUY_2017);
}

async function dropExamples(): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  fireEvent.change(screen.getByTestId("merge-drop-input"), { target: { files: exampleFiles() } });
  await waitFor(() => expect(screen.queryByTestId("merge-progress")).toBeNull());
  await waitFor(() =>
    expect(
      screen.getAllByTestId("merge-file-row").every((row) => row.dataset.status !== "reading")
    ).toBe(true)
  );
}

async function nextDownload(downloads: Download[], count: number): Promise<Download> {
  await waitFor(() => expect(downloads).toHaveLength(count), { timeout: 20_000 });
  return downloads[count - 1]!;
}

describe("Tổng hợp", () => {
  let capture: ReturnType<typeof captureDownloads>;
  beforeEach(() => (capture = captureDownloads()));
  afterEach(() => capture.restore());

  test("one item per file with unit, status and counts; refused files first, then erroneous", async () => {
    render(<App host={BROWSER} />);
    await dropExamples();
    const want = expected();
    const rows = screen.getAllByTestId("merge-file-row");
    expect(rows).toHaveLength(exampleNames.length + 1);
    const byName = new Map(want.files.map((file) => [file.path, file]));
    const rank = (status: string | undefined, errors: number) =>
      status === "rejected" ? 0 : errors > 0 ? 1 : status === "accepted" ? 2 : 3;
    const ranks: number[] = [];
    for (const row of rows) {
      const name = within(row).getByTestId("merge-file-name").textContent!;
      const file = byName.get(name)!;
      expect(file).toBeDefined();
      expect(row.dataset.status).toBe(file.status);
      expect(within(row).getByTestId("merge-file-unit").textContent).toBe(
        file.unit ?? vi.pane.merge.unknownUnit
      );
      expect(within(row).getByTestId("merge-file-status").textContent).toBe(
        vi.pane.merge.status(file.status)
      );
      const errors = file.findings.filter((f) => f.severity === "error").length;
      const warnings = file.findings.length - errors;
      const counts = within(row).queryByTestId("merge-file-counts");
      expect(counts?.textContent ?? "").toBe(vi.pane.merge.counts(errors, warnings));
      ranks.push(rank(file.status, errors));
    }
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(rows[0]!.dataset.status).toBe("rejected");
    // A refused file says why on its own line.
    expect(within(rows[0]!).getByTestId("merge-file-reason").textContent).not.toBe("");
    expect(want.missing.length).toBeGreaterThan(0);
    const missing = screen.getByTestId("merge-missing");
    fireEvent.click(within(missing).getByTestId("missing-mau2-toggle"));
    expect(
      within(within(missing).getByTestId("missing-mau2"))
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(want.missing);
  });

  test("a row expands to its findings", async () => {
    render(<App host={BROWSER} />);
    await dropExamples();
    const name = "mau2-phuong-thuy-phuong.xlsx";
    fireEvent.click(screen.getByRole("button", { name: vi.pane.merge.showFindings(name) }));
    const details = screen.getByTestId("merge-file-details");
    expect(within(details).getAllByRole("listitem")).toHaveLength(2);
    expect(details.textContent).toContain(`Tệp ${name}, trang "Mẫu 2", ô C17`);
    fireEvent.click(screen.getByRole("button", { name: vi.pane.merge.hideFindings(name) }));
    expect(screen.queryByTestId("merge-file-details")).toBeNull();
  });

  test("merge downloads a summary whose totals are the merge's totals", async () => {
    render(<App host={BROWSER} />);
    await dropExamples();
    fireEvent.click(screen.getByTestId("merge-download"));
    const file = await nextDownload(capture.downloads, 1);
    expect(file.name).toBe("tong-hop-huong-thuy-2017.xlsx");
    const want = expected();
    const read = readWorkbook(file.bytes);
    if (!read.ok) throw new Error(read.rejection.code);
    // The summary is itself a Mẫu 2 return: read it back as the level above would.
    const summary = extractReturn(read.workbook, { file: file.name, roster: [] });
    const values = Object.fromEntries(
      Object.entries(summary.mau2?.values ?? {}).map(([id, raw]) => [id, raw?.value])
    );
    expect(values).toEqual(want.totals);
    const count = (status: string) => want.files.filter((f) => f.status === status).length;
    expect(count("rejected")).toBe(2);
    const notice = await screen.findByTestId("merge-notice");
    expect(notice.textContent).toBe(
      `${vi.pane.merge.merged(want.units.length, count("accepted"), 2, want.missing.length)} ${vi.pane.merge.downloaded(file.name)}`
    );
    // The result is where the focus goes.
    expect(notice.contains(document.activeElement)).toBe(true);
  });

  test("inside Excel, merge writes into the workbook through the host", async () => {
    const { host, excel } = recordingExcelHost({});
    render(<App host={host} />);
    await dropExamples();
    fireEvent.click(screen.getByTestId("merge-into-workbook"));
    await screen.findByText(vi.pane.merge.wroteSheets(["Tổng hợp", "Dữ liệu"]), { exact: false });
    expect(excel.calls.writeSummary).toHaveLength(1);
    expect(excel.calls.writeSummary[0]!.totals).toEqual(expected().totals);
  });

  test("merging is offered only when some file is usable, and clearing empties the list", async () => {
    render(<App host={BROWSER} />);
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    expect((screen.getByTestId("merge-download") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId("merge-drop-input"), {
      target: { files: [new File(["xin chào"], "ghi-chu.xlsx")] },
    });
    await screen.findByTestId("merge-nothing");
    expect((screen.getByTestId("merge-download") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId("merge-clear"));
    expect(screen.queryByTestId("merge-files")).toBeNull();
  });

  test("the same file dropped twice is listed once; a different file of the same name gets (2)", async () => {
    render(<App host={BROWSER} />);
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    const bytes = readFileSync(path.join(examples, "mau2-xa-thuy-van.xlsx"));
    const a = new File([bytes], "bao-cao.xlsx", { lastModified: 1 });
    const again = new File([bytes], "bao-cao.xlsx", { lastModified: 1 });
    const other = new File([bytes], "bao-cao.xlsx", { lastModified: 2 });
    fireEvent.change(screen.getByTestId("merge-drop-input"), { target: { files: [a] } });
    await act(async () => {
      fireEvent.change(screen.getByTestId("merge-drop-input"), {
        target: { files: [again, other] },
      });
    });
    await waitFor(() =>
      expect(
        screen.getAllByTestId("merge-file-row").map((row) => row.dataset.status)
      ).not.toContain("reading")
    );
    expect(
      screen
        .getAllByTestId("merge-file-name")
        .map((cell) => cell.textContent)
        .sort()
    ).toEqual(["bao-cao (2).xlsx", "bao-cao.xlsx"]);
  });
});

test("a long list shows its first rows and the rest on request", async () => {
  render(<App host={BROWSER} />);
  fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  const files = Array.from(
    { length: ROWS_SHOWN + 2 },
    (_, i) => new File([`ghi chú ${i}`], `ghi-chu-${i}.xlsx`)
  );
  fireEvent.change(screen.getByTestId("merge-drop-input"), { target: { files } });
  await waitFor(() =>
    expect(screen.getByTestId("merge-area").dataset.read).toBe(String(files.length))
  );
  expect(screen.getAllByTestId("merge-file-row")).toHaveLength(ROWS_SHOWN);
  expect(screen.getByTestId("merge-show-all").textContent).toBe(vi.pane.merge.showAll(2));
  fireEvent.click(screen.getByTestId("merge-show-all"));
  expect(screen.getAllByTestId("merge-file-row")).toHaveLength(files.length);
  expect(screen.queryByTestId("merge-show-all")).toBeNull();
});

describe("Biểu mẫu downloads", () => {
  let capture: ReturnType<typeof captureDownloads>;
  beforeEach(() => (capture = captureDownloads()));
  afterEach(() => capture.restore());

  test("a unit's Mẫu 2 downloads as a template that names the unit", async () => {
    render(<App host={BROWSER} />);
    fireEvent.change(screen.getByTestId("unit-select"), { target: { value: "Phường Phú Bài" } });
    fireEvent.click(screen.getByTestId("download-mau2"));
    const file = await nextDownload(capture.downloads, 1);
    expect(file.name).toBe("mau2-phuong-phu-bai.xlsx");
    const read = readWorkbook(file.bytes);
    if (!read.ok) throw new Error(read.rejection.code);
    const data = extractReturn(read.workbook, { file: file.name, roster: HUONG_THUY_2017.units });
    expect(data.unitName).toBe("Phường Phú Bài");
    expect(data.mau2).toBeDefined();
    await screen.findByText(vi.pane.forms.downloaded("mau2-phuong-phu-bai.xlsx"));
  });

  test("the roster's forms download as one zip named as the CLI names them", async () => {
    render(<App host={BROWSER} />);
    fireEvent.click(screen.getByTestId("download-roster"));
    const file = await nextDownload(capture.downloads, 1);
    expect(file.name).toBe("bieu-mau-huong-thuy-2017.zip");
    const entries = unzipSync(file.bytes);
    const names = HUONG_THUY_2017.units.flatMap((unit) =>
      FORM_IDS.map((form) => templateFileName(form, unit))
    );
    expect(Object.keys(entries).sort()).toEqual([...names].sort());
    for (const bytes of Object.values(entries)) expect(readWorkbook(bytes).ok).toBe(true);
  });
});

test("files dropped while a slow reader is still reading are all listed, and the bar ends", async () => {
  const bytes = readFileSync(path.join(examples, "mau2-xa-thuy-van.xlsx"));
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const passes: string[][] = [];
  const slowPool: ReadPool = {
    async readAll(jobs, campaign, onRead, cancelled) {
      passes.push(jobs.map((job) => job.name));
      await gate;
      for (const job of jobs) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (cancelled()) return;
        const data = await fileBytes(job.file);
        onRead(job.id, returnFromBytes(data, { file: job.name, fallbackModified: 0 }, campaign));
      }
    },
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <MergeArea campaign={HUONG_THUY_2017} catalogue={vi} host={BROWSER} readPool={slowPool} />
    </FluentProvider>
  );
  const drop = (names: string[], lastModified = 0) =>
    fireEvent.change(screen.getByTestId("merge-drop-input"), {
      target: { files: names.map((name) => new File([bytes], name, { lastModified })) },
    });
  drop(["a.xlsx", "b.xlsx"]);
  await waitFor(() => expect(passes).toHaveLength(1));
  expect(screen.getByTestId("merge-progress")).toBeTruthy();
  drop(["b.xlsx"]); // the same file again: listed once
  drop(["c.xlsx", "a.xlsx", "ghi-chu.xlsx"], 1);
  expect(screen.getAllByTestId("merge-file-row")).toHaveLength(5);
  expect(screen.getByTestId("merge-area").dataset.reading).toBe("true");
  await act(async () => release());
  await waitFor(() => expect(screen.queryByTestId("merge-progress")).toBeNull());
  expect(passes).toEqual([
    ["a.xlsx", "b.xlsx"],
    ["c.xlsx", "a (2).xlsx", "ghi-chu.xlsx"],
  ]);
  const rows = screen.getAllByTestId("merge-file-row");
  // The refused note first, then the others in the order they came.
  expect(rows.map((row) => within(row).getByTestId("merge-file-name").textContent)).toEqual([
    "ghi-chu.xlsx",
    "a.xlsx",
    "b.xlsx",
    "c.xlsx",
    "a (2).xlsx",
  ]);
  expect(rows.map((row) => row.dataset.status)).not.toContain("reading");
  expect(screen.getByTestId("merge-area").dataset.read).toBe("5");
  expect(screen.getByTestId("merge-area").dataset.reading).toBe("false");
});
