/**
 * `tonghop campaign` and campaign workbooks as `--campaign`: the clerk's own lists (Notepad
 * text, Excel CSV, a sheet with a title and an STT column) become a campaign workbook; the
 * workbook, edited in real LibreOffice, drives `templates`; bad input in it is refused with
 * every problem named by its cell.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { HUONG_THUY_2017, campaignSheetLayout, type Campaign } from "../../src/core";
import { main, type Output } from "../../src/cli/main";
import { unitsFromFile } from "../../src/cli/units-file";
import { readCampaignWorkbook, writeCampaignWorkbook } from "../../src/xlsx/campaign";
import { readWorkbook } from "../../src/xlsx/read";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { typeInLibreOffice } from "../helpers/libreoffice-typing";
import { makeTempDir } from "../helpers/temp";
import { describeWithPrograms } from "../helpers/tools";

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `tonghop ARGS…` in `cwd`, as a clerk types it there (relative file names). */
async function tonghop(cwd: string, ...argv: string[]): Promise<Run> {
  const output = capture();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(argv, output);
    return { code, out: output.lines.join("\n"), err: output.errors.join("\n") };
  } finally {
    process.chdir(before);
  }
}

/** A fresh folder for one test, like a clerk's "Tuần lễ 2026" folder. */
const root = makeTempDir("campaign-cli");
let folders = 0;
function folder(): string {
  const dir = path.join(root, `case-${++folders}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function campaignOf(file: string): Campaign {
  const result = readCampaignWorkbook(readFileSync(file));
  if (!result.ok) throw new Error(`not a usable campaign: ${JSON.stringify(result)}`);
  return result.campaign;
}

const names = (campaign: Campaign): string[] => campaign.units.map((unit) => unit.name);

/** Every text of a sheet of a written form, read back with the project's reader. */
function sheetTexts(file: string, sheetName: string): string[] {
  const read = readWorkbook(readFileSync(file));
  if (!read.ok) throw new Error(`${file}: ${read.rejection.code}`);
  const sheet = read.workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`${file}: no sheet ${sheetName}`);
  return [...sheet.rows.values()].flatMap((cells) =>
    [...cells.values()]
      .filter((cell) => typeof cell.value === "string")
      .map((cell) => String(cell.value))
  );
}

/**
 * units.txt as Windows Notepad saves it ("UTF-8 with BOM", CRLF): a blank line, stray
 * spaces, a name listed twice, and one name pasted from a web page in decomposed Unicode.
 */
/** `tonghop campaign --year 2026 --units units.txt --out dot.xlsx` on the Notepad list. */
async function campaignFromNotepad(dir: string): Promise<void> {
  notepadUnits(dir);
  const made = await tonghop(
    dir,
    "campaign",
    "--year",
    "2026",
    "--units",
    "units.txt",
    "--out",
    "dot.xlsx"
  );
  expect(made.code).toBe(0);
}

function notepadUnits(dir: string): string {
  const lines = [
    "Phường Phú Bài",
    "Phường Thủy Dương  ",
    "",
    "  Xã Thủy Tân",
    "Trường THCS Nguyễn Du",
    "Phường Phú Bài",
    "Xã Dương Hòa".normalize("NFD"),
    "Trung tâm GDNN-GDTX thị xã Hương Thủy",
  ];
  const file = path.join(dir, "units.txt");
  writeFileSync(file, "\uFEFF" + lines.join("\r\n") + "\r\n", "utf8");
  return file;
}
const NOTEPAD_NAMES = [
  "Phường Phú Bài",
  "Phường Thủy Dương",
  "Xã Thủy Tân",
  "Trường THCS Nguyễn Du",
  "Xã Dương Hòa",
  "Trung tâm GDNN-GDTX thị xã Hương Thủy",
];

/** A list typed into Excel under a title, with an STT column, one row hidden, saved as .xlsx. */
async function excelList(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.getCell("A1").value = "DANH SÁCH ĐƠN VỊ NĂM 2026";
  sheet.mergeCells("A1:C1");
  sheet.getRow(3).values = ["STT", "Tên đơn vị", "Ghi chú"];
  sheet.getRow(4).values = [1, "Trường Mầm non Hoa Sen", "Điểm trường chính"];
  sheet.getRow(5).values = [2, "Trường Tiểu học Thủy Phương", ""];
  sheet.getRow(6).values = [3, "Trường THCS Nguyễn Du", ""];
  sheet.getRow(7).values = [4, "Trường Tiểu học Thủy Phương", "ghi lại lần hai"];
  sheet.getRow(8).values = [5, "Trường Tiểu học cũ (đã sáp nhập)", ""];
  sheet.getRow(8).hidden = true;
  sheet.getRow(9).values = [6, "……", ""];
  sheet.getRow(10).values = [7, "Phường Phú Bài", ""];
  await workbook.xlsx.writeFile(file);
}

/** The Windows-1258 bytes of a text (Vietnamese "ANSI": base letters plus combining tone marks). */
function windows1258(text: string): Buffer {
  const decoder = new TextDecoder("windows-1258");
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(Uint8Array.of(byte));
    if (!byChar.has(char)) byChar.set(char, byte);
  }
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const bytes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const direct = byChar.get(char);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const decomposed = char.normalize("NFD");
    const base = decomposed.replace(TONES, "").normalize("NFC");
    const tones = decomposed.match(TONES) ?? [];
    for (const part of [base, ...tones]) {
      const byte = byChar.get(part);
      if (byte === undefined) throw new Error(`no Windows-1258 byte for ${part}`);
      bytes.push(byte);
    }
  }
  return Buffer.from(bytes);
}

describe("tonghop campaign: the roster file", () => {
  it("reads Notepad's UTF-8 with BOM, CRLF, blank lines, stray spaces, NFD; a duplicate is dropped naming its line", async () => {
    const dir = folder();
    notepadUnits(dir);
    const result = await tonghop(
      dir,
      "campaign",
      "--year",
      "2026",
      "--units",
      "units.txt",
      "--out",
      "dot-2026.xlsx"
    );
    expect(result.code).toBe(0);
    expect(names(campaignOf(path.join(dir, "dot-2026.xlsx")))).toEqual(NOTEPAD_NAMES);
    expect(result.err).toContain('units.txt, dòng 6: "Phường Phú Bài" đã có ở dòng trên');
    // What was written, and the next step.
    expect(result.out).toContain("Đã tạo dot-2026.xlsx: đợt báo cáo năm 2026");
    expect(result.out).toContain("6 đơn vị (lấy từ units.txt)");
    expect(result.out).toContain("tonghop templates --campaign dot-2026.xlsx --out forms/");
    expect(result.out).toMatch(/kiểm tra ngày tuần lễ và hạn nộp/);
  });

  it.each([
    [
      'UTF-16 LE with BOM (Notepad\'s "Unicode")',
      (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    ],
    [
      "UTF-16 BE with BOM",
      (text: string) =>
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
    ],
    [
      "UTF-8 without BOM, LF only",
      (text: string) => Buffer.from(text.replace(/\r\n/g, "\n"), "utf8"),
    ],
    ['Windows-1258 (Notepad\'s "ANSI" on Vietnamese Windows)', windows1258],
  ])("reads %s", async (_, encode) => {
    const dir = folder();
    writeFileSync(
      path.join(dir, "ds.txt"),
      encode("Phường Phú Bài\r\nXã Thủy Tân\r\n\r\nTrường Mầm non Sơn Ca\r\n")
    );
    const result = await tonghop(
      dir,
      "campaign",
      "--year",
      "2026",
      "--units",
      "ds.txt",
      "--out",
      "dot.xlsx"
    );
    expect(result.code).toBe(0);
    const campaign = campaignOf(path.join(dir, "dot.xlsx"));
    expect(names(campaign)).toEqual(["Phường Phú Bài", "Xã Thủy Tân", "Trường Mầm non Sơn Ca"]);
    expect(campaign.units.map((unit) => unit.type)).toEqual(["community", "community", "school"]);
  });

  it("reads a CSV saved by Excel with ';' (title row, STT, Tên đơn vị, Loại, Email, Điện thoại)", async () => {
    const dir = folder();
    const csv = [
      "DANH SÁCH ĐƠN VỊ;;;;",
      "STT;Tên đơn vị;Loại;Email;Điện thoại",
      "1;Phường Phú Bài;Trung tâm HTCĐ / xã / phường;tthtcd.phubai@gmail.com;0234 3861 234",
      '2;"Trường Tiểu học Thủy Phương; điểm chính";Trường;;',
      "3;Trung tâm GDNN-GDTX thị xã;Trung tâm GDNN-GDTX;;",
      "4;Trường THCS Nguyễn Du;cấp 2;;",
      "5;Phường Phú Bài;;;",
    ].join("\r\n");
    writeFileSync(path.join(dir, "don-vi.csv"), "\uFEFF" + csv + "\r\n");
    const result = await tonghop(
      dir,
      "campaign",
      "--year",
      "2026",
      "--units",
      "don-vi.csv",
      "--out",
      "dot.xlsx"
    );
    expect(result.code).toBe(0);
    const campaign = campaignOf(path.join(dir, "dot.xlsx"));
    expect(campaign.units).toEqual([
      {
        name: "Phường Phú Bài",
        type: "community",
        email: "tthtcd.phubai@gmail.com",
        phone: "0234 3861 234",
      },
      { name: "Trường Tiểu học Thủy Phương; điểm chính", type: "school" },
      { name: "Trung tâm GDNN-GDTX thị xã", type: "vocational_centre" },
      { name: "Trường THCS Nguyễn Du", type: "school" },
    ]);
    expect(result.err).toContain('don-vi.csv, dòng 6: không hiểu loại đơn vị "cấp 2"');
    expect(result.err).toContain('don-vi.csv, dòng 7: "Phường Phú Bài" đã có ở dòng trên');
  });

  it("reads Excel's plain CSV (Windows-1258, ',')", async () => {
    const dir = folder();
    const csv = "STT,Tên đơn vị\r\n1,Phường Thủy Lương\r\n2,Xã Thủy Phù\r\n";
    writeFileSync(path.join(dir, "don-vi.csv"), windows1258(csv));
    expect(
      (await tonghop(dir, "campaign", "--year", "2026", "--units", "don-vi.csv", "--out", "d.xlsx"))
        .code
    ).toBe(0);
    expect(names(campaignOf(path.join(dir, "d.xlsx")))).toEqual([
      "Phường Thủy Lương",
      "Xã Thủy Phù",
    ]);
  });

  it("reads a list copied into a sheet under a title, headed STT | Tên đơn vị (hidden rows and placeholders left out)", async () => {
    const dir = folder();
    await excelList(path.join(dir, "danh-sach.xlsx"));
    const result = await tonghop(
      dir,
      "campaign",
      "--year",
      "2026",
      "--units",
      "danh-sach.xlsx",
      "--out",
      "dot.xlsx"
    );
    expect(result.code).toBe(0);
    expect(names(campaignOf(path.join(dir, "dot.xlsx")))).toEqual([
      "Trường Mầm non Hoa Sen",
      "Trường Tiểu học Thủy Phương",
      "Trường THCS Nguyễn Du",
      "Phường Phú Bài",
    ]);
    expect(result.err).toContain(
      'danh-sach.xlsx, trang "Sheet1", dòng 7: "Trường Tiểu học Thủy Phương" đã có'
    );
    expect(result.err).toContain(
      'danh-sach.xlsx, trang "Sheet1", dòng 9: "……" không phải tên đơn vị'
    );
  });

  it("takes the roster of last year's campaign workbook, with its types", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "dot-2025.xlsx"), await writeCampaignWorkbook(HUONG_THUY_2017));
    const result = await tonghop(dir, "campaign", "--units", "dot-2025.xlsx", "--out", "dot.xlsx");
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(campaignOf(path.join(dir, "dot.xlsx")).units).toEqual(HUONG_THUY_2017.units);
  });

  it("writes the file but says what must be fixed when two lines are one unit for the merge", async () => {
    const dir = folder();
    writeFileSync(
      path.join(dir, "ds.txt"),
      "Trường Tiểu học Thủy Phương\nPhường Phú Bài\nTrường TH Thủy Phương\n"
    );
    const result = await tonghop(dir, "campaign", "--units", "ds.txt", "--out", "dot.xlsx");
    expect(result.code).toBe(1);
    expect(existsSync(path.join(dir, "dot.xlsx"))).toBe(true);
    const row = campaignSheetLayout(HUONG_THUY_2017).rosterHeaderRow + 3;
    expect(result.err).toContain(
      "Đã tạo dot.xlsx, nhưng còn lỗi phải sửa trong tệp trước khi tạo biểu mẫu:"
    );
    expect(result.err).toContain(
      `[LỖI] Đơn vị "Trường TH Thủy Phương" (Ô A${row} (Tên đơn vị) trên trang "Đợt báo cáo") xuất hiện hai lần`
    );
  });

  it("takes the first column when no column is headed Tên đơn vị", () => {
    const text = "Trường Mầm non Hoa Sen\tMầm non\nTrường THCS Nguyễn Du\tTHCS\n";
    const result = unitsFromFile(new TextEncoder().encode(text));
    expect(result.ok && result.units.map((unit) => [unit.name, unit.type])).toEqual([
      ["Trường Mầm non Hoa Sen", "school"],
      ["Trường THCS Nguyễn Du", "school"],
    ]);
  });

  it.each([
    ["a missing file", "khong-co.txt", undefined, "Không đọc được tệp danh sách đơn vị"],
    [
      "a PDF",
      "ds.txt",
      Buffer.from("%PDF-1.7\n\u0000\u0001\u0002\u0003binary"),
      "không phải tệp văn bản hay bảng tính",
    ],
    ["a damaged workbook", "ds.xlsx", Buffer.from("PK\u0003\u0004 cut short"), "bị hỏng"],
    [
      "an Excel 97-2003 file",
      "ds.xls",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
      "Excel 97-2003",
    ],
  ])("refuses %s as --units, naming it", async (_, name, bytes, words) => {
    const dir = folder();
    if (bytes) writeFileSync(path.join(dir, name), bytes);
    const result = await tonghop(dir, "campaign", "--units", name, "--out", "dot.xlsx");
    expect(result.code).toBe(2);
    expect(result.err).toContain(name);
    expect(result.err).toContain(words);
    expect(existsSync(path.join(dir, "dot.xlsx"))).toBe(false);
  });
});

describe("tonghop campaign: the new campaign", () => {
  it("without --from: the week 01–07/10 of the year, no deadlines, the texts to fill in listed with their cells", async () => {
    const dir = folder();
    notepadUnits(dir);
    const result = await tonghop(
      dir,
      "campaign",
      "--year",
      "2027",
      "--units",
      "units.txt",
      "--out",
      "dot.xlsx"
    );
    const campaign = campaignOf(path.join(dir, "dot.xlsx"));
    expect(campaign.year).toBe(2027);
    expect(campaign.week).toEqual({ start: "2027-10-01", end: "2027-10-07" });
    expect(campaign.deadlines).toEqual({});
    expect(result.out).toContain("tuần lễ từ 01/10/2027 đến 07/10/2027");
    expect(result.out).toContain("Hạn nộp: Mẫu 1 chưa đặt, Mẫu 2 chưa đặt.");
    expect(result.out).toContain("Chủ đề (ô B5)");
    expect(result.out).toContain("Nơi nhận báo cáo (ô B10)");
  });

  it("defaults --year to this year", async () => {
    const dir = folder();
    notepadUnits(dir);
    expect((await tonghop(dir, "campaign", "--units", "units.txt", "--out", "dot.xlsx")).code).toBe(
      0
    );
    expect(campaignOf(path.join(dir, "dot.xlsx")).year).toBe(new Date().getFullYear());
  });

  it("--from huong-thuy-2017 --year 2026 keeps texts and roster and moves the dates to 2026", async () => {
    const dir = folder();
    const result = await tonghop(
      dir,
      "campaign",
      "--from",
      "huong-thuy-2017",
      "--year",
      "2026",
      "--out",
      "dot.xlsx"
    );
    expect(result.code).toBe(0);
    const campaign = campaignOf(path.join(dir, "dot.xlsx"));
    expect(campaign.week).toEqual({ start: "2026-10-02", end: "2026-10-08" });
    expect(campaign.deadlines).toEqual({ mau1: "2026-09-29", mau2: "2026-10-13" });
    expect(campaign.theme).toBe(HUONG_THUY_2017.theme);
    expect(names(campaign)).toEqual(HUONG_THUY_2017.units.map((unit) => unit.name));
    expect(result.out).toContain("12 đơn vị");
    expect(result.out).toContain("chép từ huong-thuy-2017 (năm 2017)");
    expect(result.out).toContain("thứ trong tuần đã khác");
    expect(result.out).toContain("Hạn nộp: Mẫu 1 29/09/2026, Mẫu 2 13/10/2026.");
  });

  it("--units replaces the roster of --from; --from takes last year's workbook", async () => {
    const dir = folder();
    notepadUnits(dir);
    expect(
      (
        await tonghop(
          dir,
          "campaign",
          "--from",
          "tan-binh-2022",
          "--year",
          "2025",
          "--out",
          "dot-2025.xlsx"
        )
      ).code
    ).toBe(0);
    const result = await tonghop(
      dir,
      "campaign",
      "--from",
      "dot-2025.xlsx",
      "--year",
      "2026",
      "--units",
      "units.txt",
      "--out",
      "dot-2026.xlsx"
    );
    expect(result.code).toBe(0);
    const campaign = campaignOf(path.join(dir, "dot-2026.xlsx"));
    expect(campaign.year).toBe(2026);
    expect(campaign.week).toEqual({ start: "2026-10-03", end: "2026-10-10" });
    expect(names(campaign)).toEqual(NOTEPAD_NAMES);
  });

  it("an empty roster is allowed at creation, with a notice saying where to type the units; templates then refuses it", async () => {
    const dir = folder();
    const result = await tonghop(dir, "campaign", "--year", "2026", "--out", "dot.xlsx");
    expect(result.code).toBe(0);
    const firstRow = campaignSheetLayout(HUONG_THUY_2017).rosterHeaderRow + 1;
    expect(result.err).toContain(`Danh sách đơn vị còn trống`);
    expect(result.err).toContain(
      `cột "Tên đơn vị" trên trang "Đợt báo cáo", từ ô A${firstRow} trở xuống`
    );
    expect(result.out).toContain("0 đơn vị");

    const templates = await tonghop(dir, "templates", "--campaign", "dot.xlsx", "--out", "forms");
    expect(templates.code).toBe(2);
    expect(templates.err).toContain('Tệp đợt báo cáo "dot.xlsx" có lỗi');
    expect(templates.err).toContain(
      `[LỖI] Danh sách đơn vị (cột "Tên đơn vị" từ ô A${firstRow} trên trang "Đợt báo cáo") đang trống`
    );
    expect(existsSync(path.join(dir, "forms"))).toBe(false);
  });

  it("never overwrites: an existing --out is refused, saying to pick another name or delete it", async () => {
    const dir = folder();
    notepadUnits(dir);
    writeFileSync(path.join(dir, "dot.xlsx"), "the clerk's edited campaign");
    const result = await tonghop(dir, "campaign", "--units", "units.txt", "--out", "dot.xlsx");
    expect(result.code).toBe(2);
    expect(result.err).toContain('Tệp "dot.xlsx" đã có');
    expect(result.err).toContain("chọn tên khác");
    expect(result.err).toContain("xóa");
    expect(readFileSync(path.join(dir, "dot.xlsx"), "utf8")).toBe("the clerk's edited campaign");
  });

  it.each([
    [["campaign", "--out", "dot.ods"], "dot.ods"],
    [["campaign", "--out", "dot.xlsx", "--year", "26"], "26"],
    [["campaign", "--out", "dot.xlsx", "--year", "hai nghìn"], "hai nghìn"],
    [["campaign", "--year", "2026"], "--out"],
    [["campaign", "--out", "dot.xlsx", "--from", "hue-2030"], "hue-2030"],
    [["campaign", "--out", "dot.xlsx", "--campaign", "x"], "--campaign"],
  ])("bad usage %# exits 2 naming the culprit", async (argv, culprit) => {
    const dir = folder();
    const result = await tonghop(dir, ...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(culprit);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is in the help, in Vietnamese and English", async () => {
    const dir = folder();
    const vi = await tonghop(dir, "--help");
    expect(vi.out).toContain(
      "tonghop campaign --out TỆP.xlsx [--from MẪU|TỆP] [--year NĂM] [--units DANH-SÁCH]"
    );
    expect(vi.out).toContain("tệp đợt báo cáo (.xlsx, .ods)");
    const en = await tonghop(dir, "--help", "--lang", "en");
    expect(en.out).toContain(
      "tonghop campaign --out FILE.xlsx [--from PRESET|FILE] [--year YEAR] [--units LIST]"
    );
  });
});

/** A campaign workbook as the clerk would have it after editing: written, then cells changed with exceljs. */
async function editedWorkbook(
  file: string,
  campaign: Campaign,
  edits: Record<string, string | number | Date>
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(await writeCampaignWorkbook(campaign)) as unknown as ExcelJS.Buffer
  );
  const sheet = workbook.getWorksheet("Đợt báo cáo")!;
  for (const [cell, value] of Object.entries(edits)) sheet.getCell(cell).value = value;
  await workbook.xlsx.writeFile(file);
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("--campaign takes a campaign workbook", () => {
  const base: Campaign = {
    ...HUONG_THUY_2017,
    id: "phu-bai-2026",
    year: 2026,
    week: { start: "2026-10-01", end: "2026-10-07" },
    deadlines: { mau1: "2026-09-28", mau2: "2026-10-12" },
    units: HUONG_THUY_2017.units.slice(0, 3),
  };
  const firstUnitRow = campaignSheetLayout(base).rosterHeaderRow + 1;

  it("refuses bad input with every problem listed, each naming its cell, and the file", async () => {
    const dir = folder();
    await editedWorkbook(path.join(dir, "dot.xlsx"), base, {
      B4: 2025,
      B6: utc(2026, 10, 7),
      B7: utc(2026, 10, 1),
      B14: utc(2026, 9, 30),
      [`A${firstUnitRow + 3}`]: "……",
    });
    for (const command of [
      ["templates", "--campaign", "dot.xlsx", "--out", "forms"],
      ["template", "--form", "mau2", "--campaign", "dot.xlsx", "--out", "m.xlsx"],
      ["validate", "--campaign", "dot.xlsx", "m.xlsx"],
      ["merge", "--campaign", "dot.xlsx", "--out", "th.xlsx", "m.xlsx"],
    ]) {
      const result = await tonghop(dir, ...command);
      expect(result.code).toBe(2);
      const lines = result.err.split("\n");
      expect(lines[0]).toContain('Tệp đợt báo cáo "dot.xlsx" có lỗi');
      const problems = lines.slice(1);
      expect(problems).toEqual([
        expect.stringMatching(
          /^ {2}- \[LỖI\] Tuần lễ bắt đầu ngày 07\/10\/2026 nhưng kết thúc ngày 01\/10\/2026.*Ô B7 \(Đến ngày\)/
        ),
        expect.stringMatching(/^ {2}- \[LỖI\] Ô B6 \(Tuần lễ từ ngày\) .* không thuộc năm 2025/),
        expect.stringMatching(/^ {2}- \[LỖI\] Ô B7 \(Đến ngày\) .* không thuộc năm 2025/),
        expect.stringMatching(
          /^ {2}- \[LỖI\] Ô B14 \(Hạn nộp Mẫu 2\) .* 30\/09\/2026, trước khi tuần lễ kết thúc/
        ),
        expect.stringMatching(
          new RegExp(
            `^ {2}- \\[LỖI\\] Ô A${firstUnitRow + 3} \\(Tên đơn vị\\) .* ghi "……", không phải tên đơn vị`
          )
        ),
      ]);
    }
    expect(readdirSync(dir)).toEqual(["dot.xlsx"]);
  });

  it("a Mẫu 1 deadline after the week starts is only a warning: printed, and the forms are made", async () => {
    const dir = folder();
    await editedWorkbook(path.join(dir, "dot.xlsx"), base, { B13: utc(2026, 10, 3) });
    const result = await tonghop(dir, "templates", "--campaign", "dot.xlsx", "--out", "forms");
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      'Tệp chiến dịch "dot.xlsx" có điểm cần xem lại (lệnh vẫn tiếp tục)'
    );
    expect(result.err).toContain(
      '[Cảnh báo] Ô B13 (Hạn nộp Mẫu 1) trên trang "Đợt báo cáo" là 03/10/2026, sau ngày tuần lễ bắt đầu'
    );
    expect(readdirSync(path.join(dir, "forms"))).toHaveLength(6);
  });

  it("says so for a workbook without the campaign sheet, and for a file that is no workbook", async () => {
    const dir = folder();
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "Bảng lương tháng 9";
    await other.xlsx.writeFile(path.join(dir, "luong.xlsx"));
    writeFileSync(path.join(dir, "hong.xlsx"), "PK\u0003\u0004 not really");
    const noSheet = await tonghop(dir, "templates", "--campaign", "luong.xlsx", "--out", "forms");
    expect(noSheet.code).toBe(2);
    expect(noSheet.err).toContain('Tệp "luong.xlsx" không có trang "Đợt báo cáo"');
    expect(noSheet.err).toContain("tonghop campaign --out");
    const broken = await tonghop(dir, "templates", "--campaign", "hong.xlsx", "--out", "forms");
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('Tệp đợt báo cáo "hong.xlsx" bị hỏng');
  });

  it("keeps JSON working: warnings printed and the command goes on, errors listed with severity", async () => {
    const dir = folder();
    writeFileSync(
      path.join(dir, "dot.json"),
      JSON.stringify({ ...base, deadlines: { mau1: "2026-10-02", mau2: "2026-10-12" } })
    );
    const ok = await tonghop(dir, "templates", "--campaign", "dot.json", "--out", "forms");
    expect(ok.code).toBe(0);
    expect(ok.err).toContain(
      '[Cảnh báo] Mục "deadlines.mau1" là 02/10/2026, sau ngày tuần lễ bắt đầu'
    );
    writeFileSync(
      path.join(dir, "sai.json"),
      JSON.stringify({ ...base, deadlines: { mau2: "2026-10-05" }, units: [{ name: "……" }] })
    );
    const bad = await tonghop(dir, "templates", "--campaign", "sai.json", "--out", "forms2");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Tệp chiến dịch "sai.json" có lỗi:');
    expect(bad.err).toContain(
      '[LỖI] Mục "deadlines.mau2" là 05/10/2026, trước khi tuần lễ kết thúc'
    );
    expect(bad.err).toContain('[LỖI] Mục "units[0].name" ghi "……"');
  });

  it("reads the campaign's dates, deadlines and roster into the forms' metadata", async () => {
    const dir = folder();
    await editedWorkbook(path.join(dir, "dot.xlsx"), base, {});
    const result = await tonghop(dir, "templates", "--campaign", "dot.xlsx", "--out", "forms");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Đã tạo 6 tệp biểu mẫu cho 3 đơn vị");
    expect(sheetTexts(path.join(dir, "forms", "mau2-phuong-phu-bai.xlsx"), "Mẫu 2")).toContain(
      "NĂM 2026"
    );
  });
});

describeWithPrograms(["soffice"], "the clerk's campaign through real LibreOffice", () => {
  const ADDED = "Trường Tiểu học Thủy Lương";
  const OPTIONS = { sheet: "Đợt báo cáo" };

  it("tonghop campaign → a unit typed under the roster in LibreOffice → templates for every unit, NĂM 2026", async () => {
    const dir = folder();
    notepadUnits(dir);
    const made = await tonghop(
      dir,
      "campaign",
      "--year",
      "2026",
      "--units",
      "units.txt",
      "--out",
      "dot-2026.xlsx"
    );
    expect(made.code).toBe(0);
    expect(made.err).toContain("dòng 6");

    // The clerk opens dot-2026.xlsx, types one more unit on the first free row of the roster
    // and saves it in place, keeping the .xlsx format.
    const file = path.join(dir, "dot-2026.xlsx");
    const saved = path.join(dir, "saved-by-libreoffice.xlsx");
    typeInLibreOffice(file, [{ under: "Tên đơn vị", text: ADDED }], { ...OPTIONS, saveAs: saved });
    writeFileSync(file, readFileSync(saved));
    expect(names(campaignOf(file))).toEqual([...NOTEPAD_NAMES, ADDED]);

    const result = await tonghop(
      dir,
      "templates",
      "--campaign",
      "dot-2026.xlsx",
      "--out",
      "forms/"
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain("Đã tạo 14 tệp biểu mẫu cho 7 đơn vị trong forms/");
    const forms = readdirSync(path.join(dir, "forms")).sort();
    expect(forms).toHaveLength(14);
    expect(forms).toContain("mau1-truong-tieu-hoc-thuy-luong.xlsx");
    expect(forms).toContain("mau2-truong-tieu-hoc-thuy-luong.xlsx");
    for (const form of forms) {
      const sheet = form.startsWith("mau1-") ? "Mẫu 1" : "Mẫu 2";
      const texts = sheetTexts(path.join(dir, "forms", form), sheet);
      expect(texts.some((text) => /NĂM 2026$/.test(text))).toBe(true);
      expect(texts.some((text) => /NĂM (?!2026)\d{4}/.test(text))).toBe(false);
    }
    // The added unit's own forms carry its name.
    const added = sheetTexts(
      path.join(dir, "forms", "mau2-truong-tieu-hoc-thuy-luong.xlsx"),
      "Mẫu 2"
    );
    expect(added.join("\n")).toContain(ADDED.toLocaleUpperCase("vi"));
  });

  it("a campaign re-saved by LibreOffice as .ods works with --campaign", async () => {
    const dir = folder();
    notepadUnits(dir);
    expect(
      (
        await tonghop(
          dir,
          "campaign",
          "--from",
          "huong-thuy-2017",
          "--year",
          "2026",
          "--units",
          "units.txt",
          "--out",
          "dot.xlsx"
        )
      ).code
    ).toBe(0);
    const [ods] = convertWithLibreOffice(
      [path.join(dir, "dot.xlsx")],
      "ods",
      path.join(dir, "ods")
    );
    const result = await tonghop(
      dir,
      "templates",
      "--campaign",
      path.relative(dir, ods!),
      "--out",
      "forms"
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain("cho 6 đơn vị");
    const campaign = campaignOf(ods!);
    expect(campaign.week).toEqual({ start: "2026-10-02", end: "2026-10-08" });
    expect(campaign.deadlines).toEqual({ mau1: "2026-09-29", mau2: "2026-10-13" });
    const unit = await tonghop(
      dir,
      "template",
      "--form",
      "mau1",
      "--campaign",
      path.relative(dir, ods!),
      "--unit",
      "xã dương hòa",
      "--out",
      "m1.xlsx"
    );
    expect(unit.code).toBe(0);
    expect(sheetTexts(path.join(dir, "m1.xlsx"), "Mẫu 1")).toContain(
      "TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2026"
    );
  });

  it("bad input typed in LibreOffice (vi-VN dates) is refused with every problem named by its cell", async () => {
    const dir = folder();
    await campaignFromNotepad(dir);
    const layout = campaignSheetLayout({ ...HUONG_THUY_2017, units: [] });
    const placeholderRow = layout.rosterHeaderRow + 1 + NOTEPAD_NAMES.length;
    typeInLibreOffice(
      path.join(dir, "dot.xlsx"),
      [
        { cell: "B4", text: "2025" },
        { cell: "B6", text: "07/10/2026" },
        { cell: "B7", text: "01/10/2026" },
        { cell: "B14", text: "30/09/2026" },
        { under: "Tên đơn vị", text: "……" },
      ],
      { ...OPTIONS, saveAs: path.join(dir, "sua.ods") }
    );
    const result = await tonghop(dir, "templates", "--campaign", "sua.ods", "--out", "forms");
    expect(result.code).toBe(2);
    expect(result.err).toContain('Tệp đợt báo cáo "sua.ods" có lỗi');
    for (const cell of [
      "B7 (Đến ngày)",
      "B6 (Tuần lễ từ ngày)",
      "B14 (Hạn nộp Mẫu 2)",
      `A${placeholderRow} (Tên đơn vị)`,
    ]) {
      expect(result.err).toContain(`Ô ${cell}`);
    }
    expect(result.err.split("\n").filter((line) => line.startsWith("  - [LỖI]"))).toHaveLength(5);
    expect(existsSync(path.join(dir, "forms"))).toBe(false);
  });

  it("a Mẫu 1 deadline typed after the week starts is a warning; the forms are made", async () => {
    const dir = folder();
    await campaignFromNotepad(dir);
    typeInLibreOffice(
      path.join(dir, "dot.xlsx"),
      [
        { cell: "B13", text: "02/10/2026" },
        { cell: "B14", text: "12/10/2026" },
        { cell: "C14", text: "16:00" },
        { cell: "B10", text: "Ủy ban nhân dân phường Phú Bài" },
      ],
      { ...OPTIONS, saveAs: path.join(dir, "dot-sua.xlsx") }
    );
    const campaign = campaignOf(path.join(dir, "dot-sua.xlsx"));
    expect(campaign.deadlines).toEqual({ mau1: "2026-10-02", mau2: "2026-10-12T16:00" });
    const result = await tonghop(dir, "templates", "--campaign", "dot-sua.xlsx", "--out", "forms");
    expect(result.code).toBe(0);
    expect(result.err).toContain("[Cảnh báo] Ô B13 (Hạn nộp Mẫu 1)");
    expect(result.err).not.toContain("Nơi nhận báo cáo");
    expect(readdirSync(path.join(dir, "forms"))).toHaveLength(12);
  });

  it("--units from an .ods list saved by LibreOffice", async () => {
    const dir = folder();
    await excelList(path.join(dir, "danh-sach.xlsx"));
    const [ods] = convertWithLibreOffice(
      [path.join(dir, "danh-sach.xlsx")],
      "ods",
      path.join(dir, "ods")
    );
    expect(statSync(ods!).size).toBeGreaterThan(0);
    const result = await tonghop(
      dir,
      "campaign",
      "--year",
      "2026",
      "--units",
      path.relative(dir, ods!),
      "--out",
      "dot.xlsx"
    );
    expect(result.code).toBe(0);
    expect(names(campaignOf(path.join(dir, "dot.xlsx")))).toEqual([
      "Trường Mầm non Hoa Sen",
      "Trường Tiểu học Thủy Phương",
      "Trường THCS Nguyễn Du",
      "Phường Phú Bài",
    ]);
  });
});
