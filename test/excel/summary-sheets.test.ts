import { METADATA_SHEET } from "../../src/core";
import {
  MAX_REQUEST_BYTES,
  SUMMARY_SHEETS_SETTING,
  capabilitiesFrom,
  detectCapabilities,
  forgetRemembered,
  writeSummarySheets,
  textWrite,
  type InsertionNames,
  type SummaryInput,
} from "../../src/excel";
import { summaryVi } from "../../src/messages/summary";
import { cellAddress, type SheetData, type WorkbookData } from "../../src/xlsx/read";
import { FakeExcel, type FakeSheet } from "../helpers/fake-excel";
import { summaryInputOf } from "../helpers/summary-input";
import { FORMULA_LIKE, mergeResultOf, sampleCampaign, unitResult } from "../helpers/merge-result";

const ALL = capabilitiesFrom(() => true);
const VALUES_ONLY = { ...ALL, insertFromBase64: false };
const SHEETS = summaryVi.sheets;
/** The sheets the add-in writes, in order; the last is the charts sheet. */
const OURS = [
  SHEETS.summary,
  SHEETS.data,
  SHEETS.schedule,
  SHEETS.submissions,
  SHEETS.checks,
  SHEETS.opinions,
  SHEETS.charts,
];
/** The sheets that come from the file (the charts sheet is drawn through Office.js). */
const FROM_FILE = OURS.slice(0, -1);
/** Unit-typed text a careless writer would turn into formulas. */
const ODD_TEXT = ["+84 123", "-5 hộ", "@abc", FORMULA_LIKE.sum];

/** The names every `rename` of the summaries was asked for, in order. */
const renames: InsertionNames[] = [];

function summaryOf(units: number): Promise<SummaryInput> {
  const result = mergeResultOf(
    Array.from({ length: units }, (_, i) =>
      unitResult(
        i === 0 ? FORMULA_LIKE.hyperlink : `Trường Tiểu học số ${i + 1}`,
        { ke_hoach: 1, to_roi: 10 * i, hoi_thao_toa_dam: i % 3 },
        {
          notes: { to_roi: ODD_TEXT[i % ODD_TEXT.length]! },
          texts: { proposals: i % 2 ? "@abc" : "Cần thêm kinh phí cho lớp học." },
        }
      )
    )
  );
  return summaryInputOf(result, sampleCampaign(), renames);
}

/** A workbook of one sheet of `rows` × 10 Vietnamese strings (about 60 bytes a cell). */
function bigWorkbook(rows: number): SummaryInput {
  const data: SheetData = {
    name: SHEETS.data,
    state: "visible",
    rows: new Map(),
    maxRow: rows,
    maxCol: 10,
    merges: [],
  };
  for (let row = 1; row <= rows; row++) {
    const line = new Map();
    for (let col = 1; col <= 10; col++)
      line.set(col, {
        row,
        col,
        value: `Trung tâm học tập cộng đồng phường số ${row}-${col}`,
        kind: "string",
      });
    data.rows.set(row, line);
  }
  const workbook: WorkbookData = {
    format: "xlsx",
    date1904: false,
    sheets: [data],
    definedNames: [],
  };
  return { base64: "", workbook: () => workbook, sheetNames: [SHEETS.data] };
}

let small: SummaryInput;
let large: SummaryInput;
beforeAll(async () => {
  small = await summaryOf(10);
  large = await summaryOf(500);
});

let fake: FakeExcel;
afterEach(() => {
  fake?.uninstall();
  forgetRemembered();
});

function install(sheets = ["Sheet1"], apiMinor = 13): FakeExcel {
  fake = new FakeExcel({ sheets, apiMinor }).install();
  return fake;
}

/** Every cell of `source` is in `target` as Excel would hold it after a values-only write. */
function expectWritten(
  source: SheetData,
  target: FakeSheet,
  renames: Record<string, string> = {}
): void {
  for (const [row, line] of source.rows)
    for (const [col, cell] of line) {
      const address = cellAddress(row, col);
      const written = target.cell(address);
      if (cell.formula !== undefined) {
        let formula = `=${cell.formula}`;
        for (const [from, to] of Object.entries(renames))
          formula = formula.split(`'${from}'!`).join(`'${to}'!`);
        expect([address, written?.formula]).toEqual([address, formula]);
        continue;
      }
      expect([address, written?.formula, written?.value]).toEqual([
        address,
        undefined,
        cell.value ?? "",
      ]);
      if (typeof cell.value === "string")
        expect(written?.numberFormat).toBe(textWrite(cell.value).format);
      else expect(written?.numberFormat).toBe(cell.numFmt ?? "General");
    }
}

describe("writeSummarySheets, values only", () => {
  it("writes every sheet but the metadata, strings as text, formulas as formulas", async () => {
    const excel = install();
    const names = await writeSummarySheets(small, VALUES_ONLY);
    expect(names).toEqual(OURS);
    expect(small.sheetNames).toContain(METADATA_SHEET);
    expect(excel.sheetNames()).toEqual(["Sheet1", ...OURS]);
    for (const source of small.workbook().sheets.filter((s) => s.name !== METADATA_SHEET))
      expectWritten(source, excel.sheet(source.name));
    const totals = excel.sheet(SHEETS.summary);
    expect(
      [...totals.cells.values()].flatMap((line) => [...line.values()]).filter((c) => c.formula)
    ).not.toHaveLength(0);
    expect(excel.sheet(SHEETS.data).cell("A1")?.format.font.bold).toBe(true);
    expect(excel.sheet(SHEETS.summary).merges.length).toBeGreaterThan(0);
    expect(excel.activeSheet().name).toBe(SHEETS.summary);
  });

  it.each(["kept", "prefix"] as const)(
    "keeps unit text that looks like a formula as text, exactly (a Text cell's apostrophe %s)",
    async (apostropheInTextCells) => {
      fake = new FakeExcel({ apostropheInTextCells }).install();
      const excel = fake;
      await writeSummarySheets(small, VALUES_ONLY);
      const found = new Set<string>();
      for (const name of OURS)
        for (const line of excel.sheet(name).cells.values())
          for (const cell of line.values())
            if (
              typeof cell.value === "string" &&
              [FORMULA_LIKE.hyperlink, ...ODD_TEXT].includes(cell.value)
            ) {
              expect(cell.formula).toBeUndefined();
              found.add(cell.value);
            }
      expect([...found].sort()).toEqual([FORMULA_LIKE.hyperlink, ...ODD_TEXT].sort());
      // No text anywhere gained an apostrophe Excel would show.
      for (const name of OURS)
        for (const line of excel.sheet(name).cells.values())
          for (const cell of line.values())
            if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^'/);
    }
  );

  it("takes three requests for 10 units and for 500", async () => {
    const ten = install();
    await writeSummarySheets(small, VALUES_ONLY);
    const fiveHundred = install();
    await writeSummarySheets(large, VALUES_ONLY);
    expect(ten.syncCount).toBe(3);
    expect(fiveHundred.syncCount).toBe(3);
    expect(Math.max(...fiveHundred.syncs.map((s) => s.bytes))).toBeLessThan(MAX_REQUEST_BYTES);
    expectWritten(
      large.workbook().sheets.find((s) => s.name === SHEETS.data)!,
      fiveHundred.sheet(SHEETS.data)
    );
  });

  it("cuts a write into requests under the budget", async () => {
    const excel = install();
    const budget = 100_000;
    await writeSummarySheets(large, VALUES_ONLY, { maxRequestBytes: budget });
    expect(excel.syncCount).toBeGreaterThan(3);
    for (const sync of excel.syncs) expect(sync.bytes).toBeLessThanOrEqual(budget);
    for (const source of large.workbook().sheets.filter((s) => s.name !== METADATA_SHEET))
      expectWritten(source, excel.sheet(source.name));
  });

  it("keeps every request of a large summary under Excel on the web's limit", async () => {
    const excel = install();
    const input = bigWorkbook(12_000);
    await writeSummarySheets(input, VALUES_ONLY);
    const sizes = excel.syncs.map((s) => s.bytes);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(excel.syncCount).toBeGreaterThanOrEqual(4);
    for (const size of sizes) expect(size).toBeLessThan(MAX_REQUEST_BYTES);
    expect(excel.sheet(SHEETS.data).value("J12000")).toBe(
      "Trung tâm học tập cộng đồng phường số 12000-10"
    );
  });

  it("replaces only the sheets it wrote before, never the user's", async () => {
    const excel = install(["Sheet1", "Tổng hợp (của tôi)"]);
    excel.type("Tổng hợp (của tôi)", "A1", "của tôi");
    await writeSummarySheets(small, VALUES_ONLY);
    const firstIds = OURS.map((name) => excel.sheet(name).id);
    expect(excel.workbook.settings.get(SUMMARY_SHEETS_SETTING)).toEqual(firstIds);

    excel.resetSyncs();
    const names = await writeSummarySheets(large, VALUES_ONLY);
    expect(names).toEqual(OURS);
    expect(excel.syncCount).toBe(3);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Tổng hợp (của tôi)", ...OURS]);
    expect(excel.sheet("Tổng hợp (của tôi)").value("A1")).toBe("của tôi");
    const secondIds = OURS.map((name) => excel.sheet(name).id);
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
    expect(excel.workbook.settings.get(SUMMARY_SHEETS_SETTING)).toEqual(secondIds);
    expectWritten(
      large.workbook().sheets.find((s) => s.name === SHEETS.data)!,
      excel.sheet(SHEETS.data)
    );
  });

  it("renames around the user's sheet of the same name and points formulas at the new name", async () => {
    const excel = install(["Dữ liệu"]);
    excel.type("Dữ liệu", "A1", "của tôi");
    const names = await writeSummarySheets(small, VALUES_ONLY);
    expect(names).toEqual(OURS.map((name) => (name === "Dữ liệu" ? "Dữ liệu (2)" : name)));
    expect(excel.sheet("Dữ liệu").value("A1")).toBe("của tôi");
    const form = small.workbook().sheets.find((s) => s.name === SHEETS.summary)!;
    expectWritten(form, excel.sheet(SHEETS.summary), { "Dữ liệu": "Dữ liệu (2)" });
  });

  it("replaces its sheets when they are the only visible ones left", async () => {
    const excel = install();
    await writeSummarySheets(small, VALUES_ONLY);
    excel.workbook.sheets.splice(0, 1); // the user deleted Sheet1
    await writeSummarySheets(small, VALUES_ONLY);
    expect(excel.sheetNames()).toEqual(OURS);
  });

  it("remembers its sheets in memory where Excel has no workbook settings", async () => {
    const excel = install(["Sheet1"], 2);
    const caps = detectCapabilities();
    expect(caps.settings).toBe(false);
    await writeSummarySheets(small, caps);
    await writeSummarySheets(small, caps);
    expect(excel.sheetNames()).toEqual(["Sheet1", ...OURS]);
    // ExcelApi 1.2 has merges but no autofit of merged sheets' columns.
    expect(excel.sheet(SHEETS.summary).merges.length).toBeGreaterThan(0);
  });

  it("passes Excel's errors on", async () => {
    const excel = install();
    excel.requestLimit = 50_000;
    await expect(writeSummarySheets(large, VALUES_ONLY)).rejects.toThrow(
      /RequestPayloadSizeLimitExceeded/
    );
  });
});

describe("writeSummarySheets, whole workbook", () => {
  it("inserts the summary file without its metadata sheet in three requests", async () => {
    const excel = install();
    const names = await writeSummarySheets(small, ALL);
    expect(names).toEqual(OURS);
    expect(excel.workbook.inserts).toEqual([
      { base64Length: small.base64.length, sheetNames: FROM_FILE, ids: expect.any(Array) },
    ]);
    expect(excel.sheetNames()).toEqual(["Sheet1", ...OURS]);
    expect(excel.syncCount).toBe(3);
    expect(excel.activeSheet().name).toBe(SHEETS.summary);
    // The inserted sheets and the charts sheet drawn after them.
    expect(excel.workbook.settings.get(SUMMARY_SHEETS_SETTING)).toEqual([
      ...excel.workbook.inserts[0]!.ids,
      excel.sheet(SHEETS.charts).id,
    ]);
  });

  it("never parses the workbook when the file goes in whole", async () => {
    install();
    const unparsed: SummaryInput = {
      ...small,
      workbook: () => {
        throw new Error("parsed");
      },
    };
    await expect(writeSummarySheets(unparsed, ALL)).resolves.toEqual(OURS);
    await expect(writeSummarySheets(unparsed, VALUES_ONLY)).rejects.toThrow("parsed");
  });

  it("replaces only what it inserted before", async () => {
    const excel = install(["Sheet1", "Tổng hợp (của tôi)"]);
    await writeSummarySheets(small, ALL);
    excel.resetSyncs();
    const names = await writeSummarySheets(large, ALL);
    expect(names).toEqual(OURS);
    expect(excel.syncCount).toBe(3);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Tổng hợp (của tôi)", ...OURS]);
    expect(excel.sheet(SHEETS.data).value(cellAddress(501, 2))).not.toBe("");
  });

  it("inserts under free names beside the user's sheets, table and names of the same names", async () => {
    // A workbook holding a unit's return as a clerk keeps it: sheets called as ours, a
    // table DuLieu of their own, and the names of a Mẫu 2 made before.
    const excel = install(["Tổng hợp", "Dữ liệu"]);
    excel.sheet("Dữ liệu").tables.push("DuLieu");
    excel.workbook.names.push({
      name: "ke_hoach",
      sheetId: excel.sheet("Tổng hợp").id,
      area: { top: 15, bottom: 15, left: 3, right: 3 },
    });
    renames.length = 0;
    const names = await writeSummarySheets(small, ALL);

    expect(names.slice(0, 2)).toEqual(["Tổng hợp (2)", "Dữ liệu (2)"]);
    // The file went in whole, once, written again with those names.
    expect(excel.workbook.inserts).toHaveLength(1);
    expect(renames).toHaveLength(1);
    expect(excel.workbook.tableNames()).toEqual(["DuLieu", "DuLieu_2"]);
    // The user's name is theirs still; the form's other names point into the new sheet.
    const value = (name: string) =>
      excel.workbook.nameValue(excel.workbook.names.find((n) => n.name === name)!);
    expect(value("ke_hoach")).toBe("'Tổng hợp'!$C$15");
    expect(value("to_roi")).toMatch(/^'Tổng hợp \(2\)'!/);
    // The totals add up the new data sheet, not the user's.
    const sums = [...excel.sheet("Tổng hợp (2)").cells.values()]
      .flatMap((line) => [...line.values()])
      .flatMap((cell) => (cell.formula ? [cell.formula] : []));
    expect(sums.length).toBeGreaterThan(10);
    for (const formula of sums) expect(formula).toMatch(/^=SUM\('Dữ liệu \(2\)'!/);
  });

  it("inserts again over its own summary: no clash with what it inserted, no name left at #REF!", async () => {
    const excel = install();
    await writeSummarySheets(small, ALL);
    const formNames = excel.workbook.names.filter((n) => !n.name.startsWith("TongHop_")).length;
    expect(formNames).toBeGreaterThan(10);
    excel.reopen();
    forgetRemembered();
    renames.length = 0;
    const names = await writeSummarySheets(large, ALL);
    // The old table made way as the old sheets did: the file went in as it was written.
    expect(renames).toEqual([]);
    expect(excel.workbook.tableNames()).toEqual(["DuLieu"]);

    expect(names).toEqual(OURS);
    expect(excel.workbook.inserts).toHaveLength(1);
    expect(excel.sheetNames()).toEqual(["Sheet1", ...OURS]);
    expect(excel.workbook.tableNames()).toHaveLength(1);
    const left = excel.workbook.names.filter((n) => !n.name.startsWith("TongHop_"));
    expect(left).toHaveLength(formNames);
    for (const name of excel.workbook.names)
      expect([name.name, excel.workbook.nameValue(name)]).not.toContainEqual("#REF!");
  });

  it("writes values where names clash and the file cannot be written again", async () => {
    const excel = install(["Tổng hợp"]);
    const { rename: _none, ...fixed } = small;
    const names = await writeSummarySheets(fixed, ALL);
    expect(names[0]).toBe("Tổng hợp (2)");
    expect(excel.workbook.inserts).toHaveLength(0);
    expectWritten(
      small.workbook().sheets.find((s) => s.name === SHEETS.data)!,
      excel.sheet(SHEETS.data)
    );
  });

  it("falls back to values when the file is over the request budget", async () => {
    const excel = install();
    const names = await writeSummarySheets(small, ALL, { maxRequestBytes: small.base64.length });
    expect(names).toEqual(OURS);
    expect(excel.workbook.inserts).toEqual([]);
    for (const sync of excel.syncs) expect(sync.bytes).toBeLessThanOrEqual(small.base64.length);
    expectWritten(
      small.workbook().sheets.find((s) => s.name === SHEETS.data)!,
      excel.sheet(SHEETS.data)
    );
  });
});
