/**
 * The campaign workbook as a clerk handles it: written by TổngHợp, then edited in a
 * spreadsheet program (rows inserted above the fields, dates typed as text, a unit typed
 * under the roster, a type changed by its word) and read back by its labels.
 */
import ExcelJS from "exceljs";
import {
  CAMPAIGN_SHEET,
  HUONG_THUY_2017,
  campaignSheetLayout,
  newCampaign,
  type Campaign,
} from "../../../src/core";
import { vi } from "../../../src/messages";
import { readCampaignWorkbook, writeCampaignWorkbook } from "../../../src/xlsx/campaign";
import { readWorkbook } from "../../../src/xlsx/read";

const THIS_YEAR: Campaign = {
  ...newCampaign({ year: 2026 }),
  id: "phuong-phu-bai-2026",
  theme:
    "Học để phát triển bản thân, làm chủ tri thức và công nghệ, góp phần xây dựng đất nước hùng cường, thịnh vượng",
  issuingBody: "Ủy ban nhân dân phường Phú Bài",
  collectingUnit: "Phường Phú Bài",
  receivingOffice: "Ủy ban nhân dân phường Phú Bài",
  reportsTo: "Sở Giáo dục và Đào tạo thành phố Huế",
  signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  deadlines: { mau1: "2026-09-28", mau2: "2026-10-12T16:00" },
  units: [
    { name: "Trường Mầm non Hoa Sen", type: "school", email: "hoasen@example.edu.vn" },
    { name: "Trường TH số 1 Phú Bài", type: "school", phone: "0234 3861 111" },
    { name: "Trường THCS Phú Bài", type: "school" },
    { name: "Trung tâm HTCĐ phường Phú Bài", type: "community" },
  ],
};

async function edit(
  bytes: Uint8Array,
  change: (sheet: ExcelJS.Worksheet) => void
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change(workbook.getWorksheet(CAMPAIGN_SHEET)!);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("the campaign workbook", () => {
  it("reads back exactly what it was written from", async () => {
    for (const campaign of [THIS_YEAR, HUONG_THUY_2017]) {
      const result = readCampaignWorkbook(await writeCampaignWorkbook(campaign));
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.campaign).toEqual(campaign);
    }
  });

  it("holds real date cells and one type list reaching below the roster", async () => {
    const bytes = await writeCampaignWorkbook(THIS_YEAR);
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error(read.rejection.code);
    const sheet = read.workbook.sheets[0]!;
    const layout = campaignSheetLayout(THIS_YEAR);
    const start = sheet.rows.get(layout.fieldRows.weekStart)?.get(2);
    expect(start).toMatchObject({ kind: "date", numFmt: "dd/mm/yyyy" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet(CAMPAIGN_SHEET)!;
    // exceljs, not Office.js: the rule of a cell well below the last unit.
    const { dataValidation: rule } = ws.getCell(
      layout.rosterHeaderRow + THIS_YEAR.units.length + 10,
      2
    );
    expect(rule).toMatchObject({ type: "list" });
  });

  it("keeps the campaign's id when the clerk renames the office, so forms already sent still belong", async () => {
    const layout = campaignSheetLayout(THIS_YEAR);
    const edited = await edit(await writeCampaignWorkbook(THIS_YEAR), (sheet) => {
      sheet.getCell(layout.fieldRows.collectingUnit, 2).value = "UBND phường Phú Bài";
    });
    const result = readCampaignWorkbook(edited);
    expect(result.ok && result.campaign.id).toBe("phuong-phu-bai-2026");
    // A clerk who clears the id cell gets one made from the office's name.
    const cleared = await edit(edited, (sheet) => {
      sheet.getCell(3, 4).value = null;
    });
    const again = readCampaignWorkbook(cleared);
    expect(again.ok && again.campaign.id).toBe("ubnd-phuong-phu-bai-2026");
  });

  it("honours a clerk's edits: rows inserted above, dates typed as text, a unit typed under the roster", async () => {
    const layout = campaignSheetLayout(THIS_YEAR);
    const edited = await edit(await writeCampaignWorkbook(THIS_YEAR), (sheet) => {
      sheet.getCell(layout.fieldRows.mau2, 2).value = "14/10/2026";
      sheet.getCell(layout.fieldRows.mau2, 3).value = "16h30";
      const next = layout.rosterHeaderRow + THIS_YEAR.units.length + 1;
      sheet.getCell(next, 1).value = "Trường MN Sơn Ca";
      sheet.getCell(next + 2, 1).value = "Hội Khuyến học phường";
      sheet.getCell(next + 2, 2).value = "Khác";
      sheet.getCell(layout.rosterHeaderRow + 3, 2).value = "trung tâm htcđ";
      sheet.spliceRows(1, 0, ["Ủy ban nhân dân phường Phú Bài"], []);
    });
    const result = readCampaignWorkbook(edited);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.campaign.deadlines.mau2).toBe("2026-10-14T16:30");
    expect(result.campaign.units.map((u) => `${u.name}|${u.type}`)).toEqual([
      "Trường Mầm non Hoa Sen|school",
      "Trường TH số 1 Phú Bài|school",
      "Trường THCS Phú Bài|community",
      "Trung tâm HTCĐ phường Phú Bài|community",
      "Trường MN Sơn Ca|school",
      "Hội Khuyến học phường|other",
    ]);
  });

  it("refuses bad input with every problem naming its cell, and nothing else", async () => {
    const layout = campaignSheetLayout(THIS_YEAR);
    const rows = layout.fieldRows;
    const edited = await edit(await writeCampaignWorkbook(THIS_YEAR), (sheet) => {
      sheet.getCell(rows.year, 2).value = 2025;
      sheet.getCell(rows.weekEnd, 2).value = "30/09/2026";
      sheet.getCell(rows.mau2, 2).value = "31/02/2026";
      sheet.getCell(rows.mau1, 2).value = "05/10/2026";
      sheet.getCell(layout.rosterHeaderRow + 2, 1).value = "……";
      sheet.getCell(layout.rosterHeaderRow + 3, 2).value = "nhà văn hóa";
    });
    const result = readCampaignWorkbook(edited);
    expect(result.ok).toBe(false);
    const texts = result.problems.map((p) => vi.campaign[p.code](p));
    const places = result.problems.map((p) => `${p.severity} ${p.code} ${p.place}`);
    const cell = (row: number, col = 2) => `${String.fromCharCode(64 + col)}${row}`;
    expect(places).toEqual(
      expect.arrayContaining([
        `error campaign_bad_date Ô ${cell(rows.mau2)} (Hạn nộp Mẫu 2) trên trang "Đợt báo cáo"`,
        `error campaign_bad_unit_type Ô ${cell(layout.rosterHeaderRow + 3)} (Loại) trên trang "Đợt báo cáo"`,
        `error campaign_week_order Ô ${cell(rows.weekEnd)} (Đến ngày) trên trang "Đợt báo cáo"`,
        `error campaign_year_mismatch Ô ${cell(rows.weekStart)} (Tuần lễ từ ngày) trên trang "Đợt báo cáo"`,
        `error campaign_placeholder_name Ô ${cell(layout.rosterHeaderRow + 2, 1)} (Tên đơn vị) trên trang "Đợt báo cáo"`,
        `warning campaign_mau1_after_week_start Ô ${cell(rows.mau1)} (Hạn nộp Mẫu 1) trên trang "Đợt báo cáo"`,
      ])
    );
    for (const text of texts) expect(text).toMatch(/^(Ô|Bảng|Dòng|Tuần lễ|Đơn vị|Loại)/);
  });

  it("says the roster is empty, and which table, when no unit is listed", async () => {
    const result = readCampaignWorkbook(await writeCampaignWorkbook({ ...THIS_YEAR, units: [] }));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(["campaign_no_units"]);
    expect(vi.campaign.campaign_no_units(result.problems[0]!)).toContain("Tên đơn vị");
  });

  it("tells a workbook without the campaign sheet from a file that is no workbook", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "Báo cáo";
    const bytes = new Uint8Array((await other.xlsx.writeBuffer()) as ArrayBuffer);
    expect(readCampaignWorkbook(bytes)).toMatchObject({ ok: false, noSheet: true });
    expect(readCampaignWorkbook(new TextEncoder().encode("không phải tệp"))).toMatchObject({
      ok: false,
      rejection: { code: "not_a_zip" },
    });
  });
});
