import ExcelJS from "exceljs";
import {
  INDICATORS,
  INDICATOR_IDS,
  METADATA_SHEET,
  parseMetadataRows,
  type MergeResult,
} from "../../../src/core";
import { en, renderFinding, vi } from "../../../src/messages";
import { summaryEn, summaryVi, type SummaryText } from "../../../src/messages/summary";
import { DATA_TABLE_NAME, dataColumnLetter, writeSummary } from "../../../src/xlsx/summary";
import { indicatorText } from "../../../src/xlsx/summary/list-sheets";
import {
  FORMULA_LIKE,
  mergeResultOf,
  sampleCampaign,
  sampleMergeResult,
  unitResult,
} from "../../helpers/merge-result";
import { sheetXml } from "../../helpers/summary-parts";

const SHEETS = summaryVi.sheets;
const SIX = [
  SHEETS.summary,
  SHEETS.data,
  SHEETS.schedule,
  SHEETS.submissions,
  SHEETS.checks,
  SHEETS.opinions,
];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The rows of a sheet from `first` on, as plain values (a formula as its object). */
function rowsOf(sheet: ExcelJS.Worksheet, first: number, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = first; r <= sheet.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= width; c++) row.push(sheet.getCell(r, c).value ?? null);
    rows.push(row);
  }
  return rows;
}

/** The cell a workbook-level defined name points at: [sheet, address]. */
function definedCell(workbook: ExcelJS.Workbook, name: string): [string, string] {
  const entry = (workbook.definedNames.model as { name: string; ranges: string[] }[]).find(
    (model) => model.name === name
  );
  const ref = entry?.ranges[0] ?? "";
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`no cell for ${name}: ${ref}`);
  return [m[1]!.replace(/''/g, "'"), `${m[2]}${m[3]}`];
}

/** The cells of a sheet's XML by address: whether each has a formula, and its `<v>`. */
function cellsOf(xml: string): Record<string, { formula: boolean; cached?: string }> {
  const cells: Record<string, { formula: boolean; cached?: string }> = {};
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/gs)) {
    const inner = m[2] ?? "";
    const cached = /<v>(.*?)<\/v>/s.exec(inner)?.[1];
    cells[m[1]!] = { formula: /<f[\s>/]/.test(inner), ...(cached === undefined ? {} : { cached }) };
  }
  return cells;
}

describe("writeSummary", () => {
  const campaign = sampleCampaign();
  let result: MergeResult;
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    result = sampleMergeResult();
    bytes = await writeSummary(result, campaign, {
      catalogue: vi,
      generatedAt: new Date("2017-10-14T03:00:00Z"),
    });
    workbook = await load(bytes);
  });

  it("writes the six sheets in order, the charts, then the hidden metadata sheet", () => {
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ...SIX.map((name) => [name, "visible"]),
      [SHEETS.charts, "visible"],
      [METADATA_SHEET, "veryHidden"],
    ]);
  });

  describe("Tổng hợp", () => {
    it("holds a bounded SUM over the data column of each indicator, cached as the total", () => {
      const xml = sheetXml(bytes)[SHEETS.summary]!;
      for (const id of INDICATOR_IDS) {
        const [sheet, address] = definedCell(workbook, id);
        const { type, formula } = sheetOf(workbook, sheet).getCell(address);
        const col = dataColumnLetter(id);
        expect({ id, type, formula }).toEqual({
          id,
          type: ExcelJS.ValueType.Formula,
          formula: `SUM('${SHEETS.data}'!$${col}$2:$${col}$4)`,
        });
        // exceljs reads a cached 0 back as no result, so the cached value is read from the XML.
        expect({ id, cached: cellsOf(xml)[address]?.cached }).toEqual({
          id,
          cached: String(result.totals[id]),
        });
      }
      expect(result.totals.to_roi).toBe(1200);
    });

    it("names every indicator's count cell on the form sheet", () => {
      for (const id of INDICATOR_IDS) expect(definedCell(workbook, id)[0]).toBe(SHEETS.summary);
    });

    it("is a Mẫu 2 return of the district: metadata names the form sheet, the office and its role", () => {
      const rows: [string, string][] = [];
      sheetOf(workbook, METADATA_SHEET).eachRow((row) =>
        rows.push([String(row.getCell(1).value), String(row.getCell(2).value)])
      );
      expect(parseMetadataRows(rows)).toEqual({
        schema: "tonghop-template",
        templateVersion: expect.any(String),
        campaign: campaign.id,
        year: campaign.year,
        unit: campaign.receivingOffice,
        role: "summary",
        sheets: { mau2: SHEETS.summary },
      });
    });

    it("carries the form's labels, the office's name and A4 print setup, unprotected", () => {
      const sheet = sheetOf(workbook, SHEETS.summary);
      const texts: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      expect(texts).toEqual(
        expect.arrayContaining([
          campaign.receivingOffice.toLocaleUpperCase("vi"),
          summaryVi.form.recipient,
          ...INDICATORS.map((indicator) => indicator.label),
        ])
      );
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
      expect(
        (sheet as unknown as { sheetProtection?: unknown }).sheetProtection ?? null
      ).toBeNull();
    });
  });

  describe("for this year's office", () => {
    it("is signed by the collecting unit, addressed to the level it reports to, with its signature lines", async () => {
      const office = {
        ...campaign,
        collectingUnit: "Phường Phú Bài",
        reportsTo: "Sở Giáo dục và Đào tạo thành phố Huế",
        signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      };
      const book = await load(await writeSummary(result, office, { catalogue: vi }));
      const sheet = sheetOf(book, SHEETS.summary);
      const cells: ExcelJS.Cell[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
      const texts = cells.map((cell) => String(cell.value));
      expect(texts).toEqual(
        expect.arrayContaining([
          "PHƯỜNG PHÚ BÀI",
          "Kính gửi: Sở Giáo dục và Đào tạo thành phố Huế.",
          "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        ])
      );
      expect(texts).not.toContain(summaryVi.form.recipient);
      // Three signature lines span three rows, together tall enough for three lines, beside
      // "Nơi nhận" and its receivers; "(Ký tên, đóng dấu)" comes under the last line.
      const signer = cells.find((cell) => String(cell.value).startsWith("TM. ỦY BAN"))!;
      const top = Number(signer.row);
      expect(sheet.getCell(top + 2, signer.col).isMerged).toBe(true);
      expect(sheet.getCell(top + 2, signer.col).master.address).toBe(signer.address);
      const spanned = [0, 1, 2].map((i) => sheet.getRow(top + i).height);
      expect(spanned.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3 * 13 * 1.3);
      expect(sheet.getCell(top, 1).value).toBe("Nơi nhận:");
      expect(sheet.getCell(top + 1, 1).value).toBe("- Như trên;");
      expect(sheet.getCell(top + 3, signer.col).value).toBe("(Ký tên, đóng dấu)");
      const rows: [string, string][] = [];
      sheetOf(book, METADATA_SHEET).eachRow((row) =>
        rows.push([String(row.getCell(1).value), String(row.getCell(2).value)])
      );
      expect(parseMetadataRows(rows)?.unit).toBe("Phường Phú Bài");
    });
  });

  describe("Dữ liệu", () => {
    it("is an Excel table from A1, one row per unit, one column per indicator", () => {
      const sheet = sheetOf(workbook, SHEETS.data);
      const table = sheet.getTable(DATA_TABLE_NAME) as unknown as {
        table: { tableRef: string; headerRow: boolean; columns: { name: string }[] };
      };
      expect(table.table.tableRef).toBe(`A1:Z${result.units.length + 1}`);
      expect(table.table.columns.map((column) => column.name)).toEqual([
        summaryVi.columns.index,
        summaryVi.columns.unit,
        ...INDICATOR_IDS.map((id) => summaryVi.indicators[id]),
        summaryVi.columns.files,
      ]);
      const xml = sheetXml(bytes);
      expect(xml[SHEETS.data]).toContain("<tablePart");
      expect(xml[SHEETS.data]).not.toContain("<mergeCell");
    });

    it("writes numbers as numbers, an error value as an empty cell, files joined", () => {
      const rows = rowsOf(sheetOf(workbook, SHEETS.data), 2, INDICATOR_IDS.length + 3);
      expect(rows).toEqual(
        result.units.map((unit, i) => [
          i + 1,
          unit.name,
          ...INDICATOR_IDS.map((id) => unit.values[id]),
          unit.files.join("; "),
        ])
      );
      expect(rows[1]).toContain(null);
    });
  });

  it("sorts the schedule by date, time and unit, with real dates and times", () => {
    const sheet = sheetOf(workbook, SHEETS.schedule);
    const rows = rowsOf(sheet, 2, 8);
    // exceljs reads a time-formatted number as a date on Excel's day 0, 30/12/1899.
    const day = (d: number): Date => new Date(Date.UTC(2017, 9, d));
    const time = (h: number, m: number): Date => new Date(Date.UTC(1899, 11, 30, h, m));
    expect(rows.map((row) => [row[1], row[2], row[3], row[4]])).toEqual([
      ["Phường Phú Bài", day(2), time(7, 0), FORMULA_LIKE.hyperlink],
      ["Phường Phú Bài", day(2), time(7, 15), "Sân UBND phường"],
      ["Xã Thủy Vân", day(2), time(7, 15), "Hội trường xã"],
      ["Xã Thủy Vân", day(3), time(14, 0), "Nhà văn hóa thôn 1"],
    ]);
    const cells = cellsOf(sheetXml(bytes)[SHEETS.schedule]!);
    expect([cells.C2?.cached, cells.D2?.cached]).toEqual([String(43010), String(420 / 1440)]);
    expect(rows.map((row) => row[0])).toEqual([1, 2, 3, 4]);
    expect(sheet.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("D2").numFmt).toBe("hh:mm");
  });

  it("lists the roster against returns, a missing unit's forms as not submitted", () => {
    const rows = rowsOf(sheetOf(workbook, SHEETS.submissions), 2, 11);
    const w = summaryVi.words;
    expect(rows).toEqual([
      [
        1,
        "Phường Phú Bài",
        w.yes,
        w.submitted,
        w.onTime,
        w.submitted,
        w.onTime,
        "phu-bai-mau1.xlsx",
        "phu-bai-v2.xlsx",
        0,
        1,
      ],
      [2, "Phường Thủy Dương", w.yes, w.notSubmitted, null, w.notSubmitted, null, null, null, 0, 0],
      [
        3,
        "Xã Thủy Vân",
        w.yes,
        w.submitted,
        w.late,
        w.submitted,
        w.late,
        "thuy-van.xlsx",
        "thuy-van.xlsx",
        2,
        1,
      ],
      [
        4,
        FORMULA_LIKE.hyperlink,
        w.no,
        w.notSubmitted,
        null,
        w.submitted,
        w.onTime,
        null,
        "unknown.xlsx",
        0,
        1,
      ],
    ]);
    expect(sheetOf(workbook, SHEETS.submissions).getCell("D3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
    });
  });

  describe("Kiểm tra", () => {
    const c = summaryVi.columns;
    /** Header text → 1-based column on the checks sheet (header row 2). */
    const columnsOf = (sheet: ExcelJS.Worksheet): Record<string, number> =>
      Object.fromEntries(
        (sheet.getRow(2).values as unknown[]).flatMap((value, i) =>
          typeof value === "string" ? [[value, i]] : []
        )
      );

    it("states how many values were left out of the totals, above the messages", () => {
      const sheet = sheetOf(workbook, SHEETS.checks);
      expect(sheet.getCell("A1").value).toBe(summaryVi.leftOut);
      expect(sheet.getCell(1, columnsOf(sheet)[c.message]!).value).toBe(2);
      expect(result.leftOut).toBe(2);
    });

    it("lists every finding of every file in words, then its code, indicator id and path", () => {
      const sheet = sheetOf(workbook, SHEETS.checks);
      expect(Object.keys(columnsOf(sheet))).toEqual([
        c.file,
        c.unit,
        c.fileStatus,
        c.severity,
        c.problem,
        c.sheet,
        c.cell,
        c.indicator,
        c.message,
        c.code,
        c.indicatorId,
        c.path,
      ]);
      const rows = rowsOf(sheet, 3, 12);
      const expected = result.files.flatMap((file) =>
        file.findings.map((finding) => [
          file.path,
          file.unit ?? null,
          summaryVi.words.fileStatus[file.status],
          summaryVi.words.severity[finding.severity],
          summaryVi.findingTitles[finding.code],
          finding.at.sheet ?? null,
          finding.at.cell ?? null,
          finding.indicator ? indicatorText(finding.indicator) : null,
          // The file, sheet and cell are columns: the sentence is the finding's own.
          renderFinding(vi, finding),
          finding.code,
          finding.indicator ?? null,
          file.path,
        ])
      );
      expect(rows).toEqual(expected);
      expect(rows.filter((row) => row[2] === summaryVi.words.fileStatus.rejected)).toHaveLength(2);
      expect(rows.map((row) => row[7])).toContain("Số lượng tờ rơi đã phát hành");
    });

    it("names files by their names, the full path in the last column", async () => {
      const folder = "C:\\Users\\vp\\Báo cáo 2017";
      const older = `${folder}\\thuy-van.xlsx`;
      const newer = "/home/vp/bao-cao/thuy-van-sua.xlsx";
      const merged = mergeResultOf([unitResult("Xã Thủy Vân", {}, { files: [newer] })], {
        files: [
          {
            path: older,
            status: "superseded",
            unit: "Xã Thủy Vân",
            forms: ["mau2"],
            findings: [
              {
                code: "superseded",
                severity: "warning",
                at: { file: older },
                params: { form: "mau2", by: newer },
              },
            ],
          },
        ],
      });
      const read = await load(await writeSummary(merged, campaign, { catalogue: vi }));
      const sheet = sheetOf(read, SHEETS.checks);
      const columns = columnsOf(sheet);
      const cell = (header: string): unknown => sheet.getCell(3, columns[header]!).value;
      expect(cell(c.file)).toBe("thuy-van.xlsx");
      expect(cell(c.path)).toBe(older);
      expect(cell(c.problem)).toBe(summaryVi.findingTitles.superseded);
      expect(cell(c.message)).toContain('"thuy-van-sua.xlsx"');
      expect(String(cell(c.message))).not.toContain("/home/");
      expect(sheetOf(read, SHEETS.data).getCell(2, INDICATOR_IDS.length + 3).value).toBe(
        "thuy-van-sua.xlsx"
      );
    });
  });

  it("gathers the free texts and non-empty notes per unit", () => {
    const rows = rowsOf(sheetOf(workbook, SHEETS.opinions), 2, 5);
    const o = summaryVi.opinions;
    const i = summaryVi.indicators;
    expect(rows.map((row) => row.slice(1))).toEqual([
      ["Phường Phú Bài", o.direction, null, "Ban hành kế hoạch số 12/KH-UBND ngày 20/9/2017."],
      ["Phường Phú Bài", o.difficulties, null, "Kinh phí còn hạn chế."],
      ["Phường Phú Bài", o.proposals, null, FORMULA_LIKE.at],
      ["Phường Phú Bài", o.note, i.to_roi, "Phát tại chợ Phú Bài"],
      ["Phường Phú Bài", o.note, i.hoi_thao_toa_dam, FORMULA_LIKE.plus],
      ["Xã Thủy Vân", o.direction, null, "Tổ chức lễ phát động ngày 02/10."],
      ["Xã Thủy Vân", o.note, i.sach_tai_lieu, FORMULA_LIKE.minusPlus],
      [FORMULA_LIKE.hyperlink, o.note, i.van_nghe, FORMULA_LIKE.sum],
    ]);
  });

  describe("unit-typed text", () => {
    it("stays a plain string wherever it lands", () => {
      const formulaLike = Object.values(FORMULA_LIKE) as string[];
      const found: string[] = [];
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === "string" && formulaLike.includes(cell.value)) {
              expect({ at: `${sheet.name}!${cell.address}`, type: cell.type }).toEqual({
                at: `${sheet.name}!${cell.address}`,
                type: ExcelJS.ValueType.String,
              });
              found.push(cell.value);
            }
          })
        );
      }
      expect(new Set(found)).toEqual(new Set(formulaLike));
    });

    it("leaves no formula in the file but the form's 23 counts", () => {
      const xml = sheetXml(bytes);
      const formulas = Object.entries(xml).flatMap(([name, text]) =>
        Object.entries(cellsOf(text))
          .filter(([, cell]) => cell.formula)
          .map(([address]) => `${name}!${address}`)
      );
      const counts = INDICATOR_IDS.map((id) => definedCell(workbook, id).join("!"));
      expect(formulas.sort()).toEqual(counts.sort());
      for (const [name, text] of Object.entries(xml)) {
        if (name !== SHEETS.summary)
          expect({ name, f: text.includes("<f") }).toEqual({ name, f: false });
      }
    });
  });

  it("freezes, bolds and filters the header row of the list sheets, in Times New Roman", () => {
    for (const [name, header] of [
      [SHEETS.data, 1],
      [SHEETS.schedule, 1],
      [SHEETS.submissions, 1],
      [SHEETS.checks, 2],
      [SHEETS.opinions, 1],
    ] as const) {
      const sheet = sheetOf(workbook, name);
      expect({ name, view: sheet.views[0] }).toMatchObject({
        name,
        view: { state: "frozen", ySplit: header },
      });
      expect(sheet.getCell(header, 1).font).toMatchObject({ name: "Times New Roman", bold: true });
      expect(sheet.getCell(header + 1, 2).font).toMatchObject({ name: "Times New Roman" });
      if (name !== SHEETS.data) expect(sheet.autoFilter).toBeTruthy();
    }
  });

  it("reports for the district given, and keeps its sheet names in another locale", async () => {
    const district = { name: "Phòng GD&ĐT thị xã Hương Thủy", type: "district" as const };
    const english = await load(await writeSummary(result, campaign, { catalogue: en, district }));
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual([
      ...Object.values(summaryEn.sheets),
      METADATA_SHEET,
    ]);
    const [sheet] = definedCell(english, "ke_hoach");
    expect(sheet).toBe(summaryEn.sheets.summary);
    const meta: string[] = [];
    sheetOf(english, METADATA_SHEET).eachRow((row) => meta.push(String(row.getCell(2).value)));
    expect(meta).toContain(district.name);
  });

  it("writes a valid table and zero totals when no unit was counted", async () => {
    const empty = mergeResultOf([]);
    const written = await writeSummary(empty, campaign, { catalogue: vi });
    const read = await load(written);
    const [sheet, address] = definedCell(read, "to_roi");
    expect(sheetOf(read, sheet).getCell(address).formula).toBe(`SUM('${SHEETS.data}'!$G$2:$G$2)`);
    expect(cellsOf(sheetXml(written)[SHEETS.summary]!)[address]?.cached).toBe("0");
    const table = sheetOf(read, SHEETS.data).getTable(DATA_TABLE_NAME) as unknown as {
      table: { tableRef: string };
    };
    expect(table.table.tableRef).toBe("A1:Z2");
    expect(sheetOf(read, SHEETS.data).getCell("B2").value).toBeNull();
  });

  it("drops control characters XML cannot carry from unit text", async () => {
    const odd = mergeResultOf([unitResult("Xã\u0007 Thủy Vân", { ke_hoach: 1 })]);
    const read = await load(await writeSummary(odd, campaign, { catalogue: vi }));
    expect(sheetOf(read, SHEETS.data).getCell("B2").value).toBe("Xã Thủy Vân");
  });

  it.each([summaryVi, summaryEn])("has unique table headers ($locale)", (text: SummaryText) => {
    const headers = [
      text.columns.index,
      text.columns.unit,
      ...INDICATOR_IDS.map((id) => text.indicators[id]),
      text.columns.files,
    ];
    expect(new Set(headers.map((h) => h.toLocaleLowerCase())).size).toBe(headers.length);
  });
});
