import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  HUONG_THUY_2017,
  INDICATOR_IDS,
  MAU2_TEXT_NAMES,
  TAN_BINH_2022,
  layoutForm,
  type IndicatorId,
  type ReturnData,
} from "../../../src/core";
import { vi } from "../../../src/messages";
import { a1, writeFormTemplate } from "../../../src/xlsx";
import { readWorkbook, type WorkbookData } from "../../../src/xlsx/read";
import { extractReturn } from "../../../src/xlsx/returns";
import { convertWithLibreOffice } from "../../helpers/libreoffice";
import { makeTempDir } from "../../helpers/temp";
import { describeWithPrograms } from "../../helpers/tools";

const campaign = HUONG_THUY_2017;
const unit = campaign.units[0]; // Phường Phú Bài
const roster = campaign.units;

function read(bytes: Uint8Array): WorkbookData {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`unreadable: ${result.rejection.code}`);
  return result.workbook;
}

/** Where the template writer put each indicator's count cell. */
function countCells(): Record<IndicatorId, { row: number; col: number }> {
  const cells = {} as Record<IndicatorId, { row: number; col: number }>;
  for (const cell of layoutForm("mau2", campaign, unit).cells)
    if (cell.input?.indicator) cells[cell.input.indicator] = { row: cell.row, col: cell.col };
  return cells;
}

const scheduleHeaderRow = (): number => layoutForm("mau1", campaign, unit).rangeNames[0]!.first.row;

/** A unit's edit in Excel-like software: a row inserted above each table, then values typed. */
async function fillWithExcelJs(template: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as never);
  const mau2 = workbook.getWorksheet("Mẫu 2")!;
  mau2.spliceRows(3, 0, []);
  const cells = countCells();
  INDICATOR_IDS.forEach((id, i) => {
    const at = cells[id];
    mau2.getCell(at.row + 1, at.col).value = (i + 1) * 10;
  });
  mau2.getCell(cells.to_roi.row + 1, cells.to_roi.col + 1).value = "Phát tại chợ";
  mau2.getCell(cells.phong_su.row + 1, cells.phong_su.col).value = " 12 ";

  const mau1 = workbook.getWorksheet("Mẫu 1")!;
  const header = scheduleHeaderRow();
  mau1.spliceRows(2, 0, []);
  const first = header + 2;
  mau1.getRow(first).values = [
    1,
    0.3125,
    new Date(Date.UTC(2017, 9, 2)),
    "Nhà văn hoá",
    "Khai mạc",
    "",
  ];
  mau1.getRow(first + 1).values = [
    2,
    "7h15",
    new Date(Date.UTC(2017, 9, 3)),
    "Trường TH",
    "Tọa đàm",
    "Có tài liệu",
  ];
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function expectFilled(data: ReturnData): void {
  const cells = countCells();
  expect(data).toMatchObject({
    unitName: "Phường Phú Bài",
    unitSource: "metadata",
    campaignId: "huong-thuy-2017",
    templateVersion: "1",
  });
  INDICATOR_IDS.forEach((id, i) => {
    const at = cells[id];
    const value = id === "phong_su" ? " 12 " : (i + 1) * 10;
    expect(data.mau2?.values[id]).toEqual({ value, cell: a1(at.row + 1, at.col) });
  });
  expect(data.mau2?.notes).toEqual({ to_roi: "Phát tại chợ" });
  const header = scheduleHeaderRow() + 1;
  expect(data.mau1?.rows).toEqual([
    {
      row: header + 1,
      time: { value: 0.3125, cell: `B${header + 1}` },
      date: { value: 43010, cell: `C${header + 1}` },
      place: "Nhà văn hoá",
      content: "Khai mạc",
      note: "",
    },
    {
      row: header + 2,
      time: { value: "7h15", cell: `B${header + 2}` },
      date: { value: 43011, cell: `C${header + 2}` },
      place: "Trường TH",
      content: "Tọa đàm",
      note: "Có tài liệu",
    },
  ]);
  expect(data.findings).toEqual([]);
}

describe("extractReturn on generated templates", () => {
  let template: Uint8Array;
  beforeAll(async () => {
    template = await writeFormTemplate(["mau1", "mau2"], campaign, unit, vi);
  });

  it("identifies a blank template by its metadata and defined names", () => {
    const data = extractReturn(read(template), { file: "mau-phuong-phu-bai.xlsx", roster });
    expect(data).toMatchObject({
      unitName: "Phường Phú Bài",
      unitSource: "metadata",
      campaignId: "huong-thuy-2017",
      templateVersion: "1",
      date1904: false,
    });
    const cells = countCells();
    for (const id of INDICATOR_IDS)
      expect(data.mau2?.values[id]).toEqual({
        value: null,
        cell: a1(cells[id].row, cells[id].col),
      });
    expect(data.mau2?.sheet).toBe("Mẫu 2");
    expect(data.mau2?.texts).toEqual({});
    expect(data.mau1).toEqual({ sheet: "Mẫu 1", rows: [] });
    expect(data.findings).toEqual([]);
  });

  it("reads a template filled with rows inserted above the tables", async () => {
    const filled = await fillWithExcelJs(template);
    expectFilled(extractReturn(read(filled), { file: "phu-bai.xlsx", roster }));
  });

  it("reads the free-text answers by their names", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template) as never);
    const names = Object.values(MAU2_TEXT_NAMES);
    const sheet = workbook.getWorksheet("Mẫu 2")!;
    const layout = layoutForm("mau2", campaign, unit);
    for (const [i, name] of names.entries()) {
      const cell = layout.cells.find((c) => c.input?.name === name)!;
      sheet.getCell(cell.row, cell.col).value = `Đoạn ${i + 1}`;
    }
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const data = extractReturn(read(bytes), { file: "x.xlsx", roster });
    expect(data.mau2?.texts).toEqual({
      direction: "Đoạn 1",
      difficulties: "Đoạn 2",
      proposals: "Đoạn 3",
    });
  });

  it("falls back to labels when the names are gone", async () => {
    const filled = read(await fillWithExcelJs(template));
    const data = extractReturn({ ...filled, definedNames: [] }, { file: "phu-bai.xlsx", roster });
    expectFilled(data);
  });

  it("keeps a metadata unit that is not on the roster, with a warning", () => {
    const data = extractReturn(read(template), { file: "x.xlsx", roster: TAN_BINH_2022.units });
    expect(data.unitName).toBe("Phường Phú Bài");
    expect(data.unitSource).toBe("metadata");
    expect(data.findings).toEqual([
      {
        code: "unit_not_on_roster",
        severity: "warning",
        at: { file: "x.xlsx", sheet: "_TongHop" },
        params: { name: "Phường Phú Bài" },
      },
    ]);
  });

  it("finds the unit of a template made for no unit from the file name", async () => {
    const blank = await writeFormTemplate(["mau2"], campaign, undefined, vi);
    const named = extractReturn(read(blank), { file: "mau2-xa-thuy-van.xlsx", roster });
    expect(named).toMatchObject({ unitName: "Xã Thủy Vân", unitSource: "file_name" });
    expect(named.mau1).toBeUndefined();
    const unnamed = extractReturn(read(blank), { file: "mau2.xlsx", roster });
    expect(unnamed.findings.map((f) => f.code)).toEqual(["unit_unknown"]);
  });
});

describeWithPrograms(["soffice"], "extractReturn on a template re-saved by LibreOffice", () => {
  it("reads a filled template after LibreOffice re-saved it", async () => {
    const dir = makeTempDir("returns-lo");
    const source = path.join(dir, "src");
    const out = path.join(dir, "out");
    mkdirSync(source);
    mkdirSync(out);
    const template = await writeFormTemplate(["mau1", "mau2"], campaign, unit, vi);
    const file = path.join(source, "mau-phuong-phu-bai.xlsx");
    writeFileSync(file, await fillWithExcelJs(template));
    const [converted] = convertWithLibreOffice([file], "xlsx", out);
    const workbook = read(new Uint8Array(readFileSync(converted!)));
    expectFilled(extractReturn(workbook, { file: "mau-phuong-phu-bai.xlsx", roster }));
    // Without the names, the labels still give the same cells.
    expectFilled(
      extractReturn({ ...workbook, definedNames: [] }, { file: "mau-phuong-phu-bai.xlsx", roster })
    );
  });
});
