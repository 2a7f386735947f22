/**
 * Every return counted once, under the unit that sent it: the cases where hand-made returns
 * used to give wrong totals without an error, on files made the way clerks make them
 * (test/helpers/clerk-returns.ts), then merged as the CLI and the page merge them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  HUONG_THUY_2017,
  mergeReturns,
  type Campaign,
  type FileOutcome,
  type LoadedReturn,
  type MergeResult,
} from "../../src/core";
import { vi } from "../../src/messages";
import { returnFromBytes } from "../../src/xlsx/returns";
import { writeSummary } from "../../src/xlsx/summary";
import { clerkWorkbook, oneSheet, type HandMadeMau2 } from "../helpers/clerk-returns";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { makeTempDir } from "../helpers/temp";
import { describeWithPrograms } from "../helpers/tools";

const campaign = HUONG_THUY_2017;
const EXAMPLES = path.join(__dirname, "../../examples/huong-thuy-2017");
const at = (iso: string): Date => new Date(iso);

type Files = Record<string, Uint8Array>;

function load(files: Files, against: Campaign = campaign): LoadedReturn[] {
  return Object.entries(files).map(([file, bytes]) => returnFromBytes(bytes, { file }, against));
}

function merge(files: Files, against: Campaign = campaign): MergeResult {
  return mergeReturns(load(files, against), against);
}

function outcomes(result: MergeResult, file: string): FileOutcome[] {
  return result.files.filter((outcome) => outcome.path === file);
}

function codes(outcome: FileOutcome | undefined): string[] {
  return (outcome?.findings ?? []).map((finding) => finding.code);
}

const WARD: HandMadeMau2 = {
  header: ["UBND THỊ XÃ HƯƠNG THỦY", "TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI"],
  values: { ke_hoach: 1, hoi_thao_toa_dam: 3, hoi_thao_toa_dam_nguoi: 150, lop_day_nghe: 2 },
};
const SCHOOL: HandMadeMau2 = {
  header: ["PHÒNG GD&ĐT THỊ XÃ HƯƠNG THỦY", "TRƯỜNG THCS PHÚ BÀI"],
  values: { ke_hoach: 1, hoi_thao_toa_dam: 1, hoi_thao_toa_dam_nguoi: 40, lop_day_nghe: 0 },
  signature: ["HIỆU TRƯỞNG", "(Ký tên, đóng dấu)", "", "Lê Văn Hòa"],
};

describe("a school beside the ward whose name it carries", () => {
  let result: MergeResult;
  beforeAll(async () => {
    result = merge({
      "phu-bai.xlsx": await oneSheet(WARD, at("2017-10-10T08:00:00Z")),
      // Newer, and its file name holds the ward's name: it used to replace the ward's report.
      "thcs-phu-bai.xlsx": await oneSheet(SCHOOL, at("2017-10-12T08:00:00Z")),
    });
  });

  it("counts the ward's report under the ward", () => {
    const ward = result.units.find((unit) => unit.name === "Phường Phú Bài");
    expect(ward).toMatchObject({ onRoster: true, files: ["phu-bai.xlsx"] });
    expect(ward?.values.hoi_thao_toa_dam).toBe(3);
    expect(outcomes(result, "phu-bai.xlsx")[0]?.status).toBe("accepted");
  });

  it("counts the school under its own name, off the roster, with a warning", () => {
    const school = result.units.find((unit) => unit.name === "Trường THCS Phú Bài");
    expect(school).toMatchObject({ onRoster: false, files: ["thcs-phu-bai.xlsx"] });
    const [outcome] = outcomes(result, "thcs-phu-bai.xlsx");
    expect(outcome).toMatchObject({
      status: "accepted",
      unit: "Trường THCS Phú Bài",
      onRoster: false,
    });
    expect(codes(outcome)).toContain("unit_not_on_roster");
    expect(codes(outcome)).not.toContain("superseded");
  });

  it("adds both to the totals, once each", () => {
    expect(result.totals.hoi_thao_toa_dam).toBe(4);
    expect(result.totals.hoi_thao_toa_dam_nguoi).toBe(190);
    expect(result.missing).not.toContain("Phường Phú Bài");
  });

  it("lists the school apart on the roster-against-returns rows", () => {
    const rows = result.submissions.map((row) => [row.unit, row.onRoster]);
    expect(rows).toContainEqual(["Trường THCS Phú Bài", false]);
    const rosterRows = result.submissions.filter((row) => row.onRoster).length;
    expect(result.submissions.findIndex((row) => !row.onRoster)).toBe(rosterRows);
  });
});

describe("who sent a return when the form names an off-roster unit or names it elsewhere", () => {
  it("counts 'Trường Tiểu học số 1' as itself instead of refusing it as unknown", async () => {
    const result = merge({
      "bao-cao.xlsx": await oneSheet(
        { header: ["TRƯỜNG TIỂU HỌC SỐ 1"], values: { ke_hoach: 1, to_roi: 200 } },
        at("2017-10-10T00:00:00Z")
      ),
    });
    const [outcome] = outcomes(result, "bao-cao.xlsx");
    expect(outcome).toMatchObject({ status: "accepted", unit: "Trường Tiểu học số 1" });
    expect(codes(outcome)).not.toContain("unit_unknown");
    expect(result.totals.to_roi).toBe(200);
  });

  it.each([
    [
      "the title",
      {
        title: [
          "BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HỌC TẬP SUỐT ĐỜI NĂM 2017",
          "CỦA TRUNG TÂM HTCĐ XÃ THỦY VÂN",
        ],
      },
    ],
    [
      "the sentence after Kính gửi",
      { sentence: "Trung tâm HTCĐ xã Thủy Vân báo cáo kết quả như sau:" },
    ],
    [
      "the signature block",
      { signature: ["TM. UBND XÃ THỦY VÂN", "CHỦ TỊCH", "(Ký tên, đóng dấu)"] },
    ],
  ])("finds the unit named only in %s", async (_where, named) => {
    const result = merge({
      "bao-cao-tuan-le.xlsx": await oneSheet(
        { ...named, values: { ke_hoach: 1 } } as HandMadeMau2,
        at("2017-10-10T00:00:00Z")
      ),
    });
    expect(outcomes(result, "bao-cao-tuan-le.xlsx")[0]).toMatchObject({
      status: "accepted",
      unit: "Xã Thủy Vân",
    });
  });

  it("never takes the recipient or a unit the report mentions for the sender", async () => {
    // Header left blank: "Kính gửi" names the office, section I names a school and a commune.
    const result = merge({
      "khong-ten.xlsx": await oneSheet({ values: { ke_hoach: 1 } }, at("2017-10-10T00:00:00Z")),
    });
    const [outcome] = outcomes(result, "khong-ten.xlsx");
    expect(outcome?.status).toBe("rejected");
    expect(codes(outcome)).toContain("unit_unknown");
    expect(codes(outcome)).not.toContain("own_summary");
  });

  it("does not take a school's file for the ward its file name contains when the form names nobody", async () => {
    const result = merge({
      "thcs-phu-bai.xlsx": await oneSheet({ values: { ke_hoach: 1 } }, at("2017-10-10T00:00:00Z")),
    });
    expect(outcomes(result, "thcs-phu-bai.xlsx")[0]?.unit).toBeUndefined();
    expect(result.missing).toContain("Phường Phú Bài");
  });
});

describe("the office's own summary among the returns", () => {
  it("is not counted: a second merge in the same folder gives the same totals", async () => {
    const files: Files = {};
    for (const name of readdirSync(EXAMPLES)) files[name] = readFileSync(path.join(EXAMPLES, name));
    const first = merge(files);
    const summary = await writeSummary(first, campaign, { catalogue: vi });
    const second = merge({ ...files, "tong-hop.xlsx": summary });

    expect(second.totals).toEqual(first.totals);
    expect(second.units.map((unit) => unit.name)).toEqual(first.units.map((unit) => unit.name));
    const [outcome] = outcomes(second, "tong-hop.xlsx");
    expect(outcome?.status).toBe("rejected");
    expect(codes(outcome)).toEqual(["own_summary"]);
  });

  it("still counts another office's summary merged at the level above", async () => {
    const district: Campaign = {
      ...campaign,
      id: "huong-thuy-2017-phu-bai",
      receivingOffice: "UBND phường Phú Bài",
    };
    const fromWard = merge({ "ward.xlsx": await oneSheet(WARD, at("2017-10-10T00:00:00Z")) });
    const summary = await writeSummary(fromWard, district, { catalogue: vi });
    const above = merge({ "tong-hop-phu-bai.xlsx": summary });
    expect(outcomes(above, "tong-hop-phu-bai.xlsx")[0]).toMatchObject({
      status: "accepted",
      unit: "Phường Phú Bài",
    });
    expect(above.totals.hoi_thao_toa_dam).toBe(3);
  });

  it("is read at the level above by its form sheet alone, not by the labels on its lists", async () => {
    const files: Files = {};
    for (const name of readdirSync(EXAMPLES)) files[name] = readFileSync(path.join(EXAMPLES, name));
    const first = merge(files);
    // Kiểm tra names each finding's indicator by the form's label, as a Mẫu 2 does.
    expect(first.files.flatMap((file) => file.findings).filter((f) => f.indicator).length).toBe(4);
    const district: Campaign = {
      ...campaign,
      id: "huong-thuy-2017-so",
      receivingOffice: "Phòng GD&ĐT",
    };
    const summary = await writeSummary(first, district, { catalogue: vi });
    const above = merge({ "tong-hop.xlsx": summary });
    const [outcome] = outcomes(above, "tong-hop.xlsx");
    expect(outcome?.status).toBe("accepted");
    expect(codes(outcome)).not.toContain("several_forms_one_unit");
    expect(above.totals).toEqual(first.totals);
  });
});

describe("last year's forms merged into this year's campaign", () => {
  const campaign2026: Campaign = {
    ...campaign,
    id: "huong-thuy-2026",
    year: 2026,
    week: { start: "2026-10-01", end: "2026-10-07" },
    deadlines: { mau2: "2026-10-13" },
  };

  it("adds nothing from a 2017 folder, and says which year each file is", () => {
    const files: Files = {};
    for (const name of readdirSync(EXAMPLES)) files[name] = readFileSync(path.join(EXAMPLES, name));
    const result = merge(files, campaign2026);
    expect(Object.values(result.totals).every((total) => total === 0)).toBe(true);
    expect(result.units).toEqual([]);
    for (const outcome of result.files) {
      expect(outcome.status).toBe("rejected");
      if (outcome.forms.length === 0) continue;
      const other = outcome.findings.find((finding) => finding.code === "other_year");
      expect(other).toMatchObject({ severity: "error", params: { found: 2017, expected: 2026 } });
    }
  });

  it("reads the year of a hand-made return from its title", async () => {
    const result = merge(
      { "phu-bai.xlsx": await oneSheet(WARD, at("2017-10-10T00:00:00Z")) },
      campaign2026
    );
    expect(codes(outcomes(result, "phu-bai.xlsx")[0])).toContain("other_year");
    expect(result.totals.hoi_thao_toa_dam).toBe(0);
  });
});

describe("hidden sheets and rows", () => {
  it("reads the visible sheet, not a hidden blank copy of another unit's form", async () => {
    const copy: HandMadeMau2 = { header: ["TRUNG TÂM HTCĐ XÃ DƯƠNG HÒA"], values: { ke_hoach: 0 } };
    const result = merge({
      "duong-hoa.xlsx": await oneSheet(
        { header: ["TRUNG TÂM HTCĐ XÃ DƯƠNG HÒA"], values: { ke_hoach: 1, to_roi: 50 } },
        at("2017-10-09T00:00:00Z")
      ),
      "phu-bai.xlsx": await clerkWorkbook({
        sheets: [
          { name: "Mẫu 2", state: "hidden", mau2: copy },
          { name: "Báo cáo", mau2: WARD },
        ],
        modified: at("2017-10-11T00:00:00Z"),
      }),
    });
    expect(outcomes(result, "phu-bai.xlsx").map((outcome) => outcome.unit)).toEqual([
      "Phường Phú Bài",
    ]);
    expect(outcomes(result, "duong-hoa.xlsx")[0]?.status).toBe("accepted");
    expect(result.totals.to_roi).toBe(50);
    expect(result.totals.hoi_thao_toa_dam).toBe(3);
  });

  it("reads a hidden sheet when no visible sheet holds a form, with a warning", async () => {
    const result = merge({
      "phu-bai.xlsx": await clerkWorkbook({
        sheets: [{ name: "Mẫu 2", state: "hidden", mau2: WARD }],
        modified: at("2017-10-11T00:00:00Z"),
      }),
    });
    expect(codes(outcomes(result, "phu-bai.xlsx")[0])).toContain("hidden_sheet_read");
    expect(result.totals.hoi_thao_toa_dam).toBe(3);
  });

  it("leaves hidden rows of last year's figures out, and says so", async () => {
    const result = merge({
      "phu-bai.xlsx": await oneSheet(
        { ...WARD, hiddenLastYear: { ke_hoach: 1, hoi_thao_toa_dam: 9, lop_day_nghe: 7 } },
        at("2017-10-11T00:00:00Z")
      ),
    });
    expect(result.totals.hoi_thao_toa_dam).toBe(3);
    expect(result.totals.lop_day_nghe).toBe(2);
    const hidden = outcomes(result, "phu-bai.xlsx")[0]?.findings.find(
      (finding) => finding.code === "hidden_rows_ignored"
    );
    expect(hidden).toMatchObject({ severity: "warning", params: { count: 3 } });
  });
});

describe("two units' reports in one workbook", () => {
  it("is a return of each, both counted", async () => {
    const result = merge({
      "bao-cao-cum.xlsx": await clerkWorkbook({
        sheets: [
          { name: "Phú Bài", mau2: WARD },
          {
            name: "Thủy Dương",
            mau2: {
              header: ["TRUNG TÂM HTCĐ PHƯỜNG THỦY DƯƠNG"],
              values: { ke_hoach: 1, hoi_thao_toa_dam: 2 },
            },
          },
        ],
        modified: at("2017-10-11T00:00:00Z"),
      }),
    });
    expect(
      outcomes(result, "bao-cao-cum.xlsx").map((outcome) => [outcome.unit, outcome.status])
    ).toEqual([
      ["Phường Phú Bài", "accepted"],
      ["Phường Thủy Dương", "accepted"],
    ]);
    expect(result.totals.hoi_thao_toa_dam).toBe(5);
    expect(result.missing).not.toContain("Phường Thủy Dương");
  });
});

describe("formulas without a cached result", () => {
  it("evaluates plain arithmetic and SUM, and refuses the rest with an error", async () => {
    const result = merge({
      "phu-bai.xlsx": await oneSheet(
        {
          ...WARD,
          values: {
            ke_hoach: 1,
            hoi_thao_toa_dam: { formula: "3+2" },
            trien_lam: { formula: "Sheet2!A1" },
          },
        },
        at("2017-10-11T00:00:00Z")
      ),
    });
    expect(result.totals.hoi_thao_toa_dam).toBe(5);
    const error = outcomes(result, "phu-bai.xlsx")[0]?.findings.find(
      (finding) => finding.indicator === "trien_lam"
    );
    expect(error).toMatchObject({ code: "formula_not_computed", severity: "error" });
    expect(result.leftOut).toBe(1);
  });
});

describe("byte-identical copies", () => {
  it("count once, with a finding naming the other copy", async () => {
    const bytes = await oneSheet(WARD, at("2017-10-11T00:00:00Z"));
    const result = merge({ "phu-bai.xlsx": bytes, "Bản sao phu-bai.xlsx": bytes });
    expect(result.totals.hoi_thao_toa_dam).toBe(3);
    const statuses = result.files.map((outcome) => outcome.status).sort();
    expect(statuses).toEqual(["accepted", "superseded"]);
    const copy = result.files.find((outcome) => outcome.status === "superseded");
    expect(copy?.findings.map((finding) => finding.code)).toContain("duplicate_file");
    expect(copy?.findings.map((finding) => finding.code)).not.toContain("superseded");
  });
});

describeWithPrograms(["soffice"], "the same cases after a LibreOffice re-save", () => {
  it("attributes and totals as before", async () => {
    const dir = makeTempDir("tonghop-clerk-");
    const files: Record<string, Uint8Array> = {
      "phu-bai.xlsx": await oneSheet(
        { ...WARD, hiddenLastYear: { hoi_thao_toa_dam: 9 } },
        at("2017-10-10T08:00:00Z")
      ),
      "thcs-phu-bai.xlsx": await oneSheet(SCHOOL, at("2017-10-12T08:00:00Z")),
      "cum.xlsx": await clerkWorkbook({
        sheets: [
          { name: "Mẫu 2", state: "hidden", mau2: { header: ["TRUNG TÂM HTCĐ XÃ DƯƠNG HÒA"] } },
          {
            name: "Thủy Dương",
            mau2: {
              header: ["TRUNG TÂM HTCĐ PHƯỜNG THỦY DƯƠNG"],
              values: { ke_hoach: 1, hoi_thao_toa_dam: 2 },
            },
          },
          {
            name: "Số 1",
            mau2: {
              header: ["TRƯỜNG TIỂU HỌC SỐ 1"],
              values: { hoi_thao_toa_dam: { formula: "3+2" } },
            },
          },
        ],
        modified: at("2017-10-11T00:00:00Z"),
      }),
    };
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return file;
    });
    for (const format of ["xlsx", "ods"]) {
      const outDir = makeTempDir(`tonghop-clerk-${format}-`);
      const saved = convertWithLibreOffice(inputs, format, outDir);
      const result = merge(
        Object.fromEntries(saved.map((file) => [path.basename(file), readFileSync(file)]))
      );
      const units = result.units.map((unit) => [unit.name, unit.onRoster]);
      expect(units).toEqual(
        expect.arrayContaining([
          ["Phường Phú Bài", true],
          ["Phường Thủy Dương", true],
          ["Trường THCS Phú Bài", false],
          ["Trường Tiểu học số 1", false],
        ])
      );
      expect(units).toHaveLength(4);
      expect(result.totals.hoi_thao_toa_dam).toBe(3 + 1 + 2 + 5);
    }
  });
});
