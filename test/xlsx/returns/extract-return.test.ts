import {
  HUONG_THUY_2017,
  INDICATORS,
  INDICATOR_IDS,
  TAN_BINH_2022,
  type Finding,
  type IndicatorId,
  type ReturnData,
} from "../../../src/core";
import { readWorkbook, type WorkbookData } from "../../../src/xlsx/read";
import { extractReturn } from "../../../src/xlsx/returns";
import { buildXlsx, toSerial, type SheetSpec, type WorkbookSpec } from "../../helpers/xlsx-builder";
import { layOutMau1, layOutMau2, type Mau2Spec } from "./corpus";

const roster = HUONG_THUY_2017.units;

function read(spec: WorkbookSpec): WorkbookData {
  const result = readWorkbook(buildXlsx(spec));
  if (!result.ok) throw new Error(`unreadable fixture: ${result.rejection.code}`);
  return result.workbook;
}

function mau2Sheet(name: string, spec: Mau2Spec = {}): SheetSpec {
  const { cells, merges } = layOutMau2(spec);
  return { name, cells, merges };
}

function extract(spec: WorkbookSpec, file = "bao-cao.xlsx"): ReturnData {
  return extractReturn(read(spec), { file, roster });
}

const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);
const countIds = INDICATORS.filter((i) => i.kind === "count").map((i) => i.id);
const participantIds = INDICATORS.filter((i) => i.kind === "participants").map((i) => i.id);
/** A distinct value per indicator: its position in the catalogue times 10. */
const distinctValues = Object.fromEntries(
  INDICATOR_IDS.map((id, i) => [id, (i + 1) * 10])
) as Record<IndicatorId, number>;
const stripDiacritics = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

describe("extractReturn", () => {
  it("reads a table shifted down and right", () => {
    const layout = layOutMau2({ top: 6, left: 3, values: distinctValues });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    expect(data.mau2?.sheet).toBe("Mẫu 2");
    for (const id of INDICATOR_IDS)
      expect(data.mau2?.values[id]).toEqual({
        value: distinctValues[id],
        cell: layout.valueCell[id],
      });
    expect(layout.valueCell.ke_hoach).toMatch(/^E\d+$/);
    expect(codes(data.findings)).not.toContain("indicator_not_found");
  });

  it("reads groups separated by blank rows", () => {
    const layout = layOutMau2({ blankRowsBetweenGroups: 2, values: distinctValues });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    for (const id of INDICATOR_IDS)
      expect(data.mau2?.values[id]).toEqual({
        value: distinctValues[id],
        cell: layout.valueCell[id],
      });
  });

  it("reads a renamed sheet among others", () => {
    const layout = layOutMau2({ values: { to_roi: 500 } });
    const data = extract({
      sheets: [
        { name: "Ghi chép", cells: { A1: "Nháp", B2: 3 } },
        { name: "BC tuan le HTSD", cells: layout.cells, merges: layout.merges },
      ],
    });
    expect(data.mau2?.sheet).toBe("BC tuan le HTSD");
    expect(data.mau2?.values.to_roi).toEqual({ value: 500, cell: layout.valueCell.to_roi });
  });

  it("reads both forms from one workbook", () => {
    const mau1 = layOutMau1({
      rows: [["07:30", { date: new Date(Date.UTC(2017, 9, 2)) }, "Nhà văn hoá", "Khai mạc", ""]],
    });
    const mau2 = layOutMau2({ values: { ke_hoach: 1 } });
    const data = extract({
      sheets: [
        { name: "Sheet1", cells: mau1.cells },
        { name: "Sheet2", cells: mau2.cells, merges: mau2.merges },
      ],
    });
    expect(data.mau1?.sheet).toBe("Sheet1");
    expect(data.mau1?.rows).toHaveLength(1);
    expect(data.mau2?.sheet).toBe("Sheet2");
    expect(data.mau2?.values.ke_hoach?.value).toBe(1);
  });

  it("reads forms sent in separate files", () => {
    const onlyMau1 = extract({
      sheets: [
        {
          name: "Sheet1",
          cells: layOutMau1({ rows: [["8h", 43010, "Trường", "Tọa đàm", ""]] }).cells,
        },
      ],
    });
    expect(onlyMau1.mau1?.rows).toHaveLength(1);
    expect(onlyMau1.mau2).toBeUndefined();
    expect(codes(onlyMau1.findings)).not.toContain("indicator_not_found");
    expect(codes(onlyMau1.findings)).not.toContain("no_form_found");

    const onlyMau2 = extract({ sheets: [mau2Sheet("Sheet1", { values: { ke_hoach: 1 } })] });
    expect(onlyMau2.mau1).toBeUndefined();
    expect(onlyMau2.mau2?.values.ke_hoach?.value).toBe(1);
  });

  it.each([
    ["without diacritics", stripDiacritics],
    ["in NFD", (text: string) => text.normalize("NFD")],
    ["in upper case", (text: string) => text.toLocaleUpperCase("vi")],
    [
      "with new-style tone marks and i/y spelling",
      (text: string) =>
        text
          .replace(/tọa/g, "toạ")
          .replace(/hòa/g, "hoà")
          .replace(/Kỹ/g, "Kĩ")
          .replace(/kỹ/g, "kĩ"),
    ],
  ])("reads labels %s", (_name, label) => {
    const layout = layOutMau2({ label, values: distinctValues });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    for (const id of INDICATOR_IDS)
      expect(data.mau2?.values[id]).toEqual({
        value: distinctValues[id],
        cell: layout.valueCell[id],
      });
  });

  it("reads old-style tone marks and i/y spellings typed by a unit", () => {
    const cells = {
      A1: "Nội dung hoạt động",
      C1: "Kết quả, số lượng",
      A2: "- Số lần hội thảo, toạ đàm",
      C2: 2,
      A3: "+ Số người tham gia",
      C3: 80,
      A4: "- Số lớp giáo dục Kĩ năng sống",
      C4: 3,
      A5: "+ Số lượt người tham gia",
      C5: 90,
    };
    const data = extract({ sheets: [{ name: "Sheet1", cells }] });
    expect(data.mau2?.values).toEqual({
      hoi_thao_toa_dam: { value: 2, cell: "C2" },
      hoi_thao_toa_dam_nguoi: { value: 80, cell: "C3" },
      lop_ky_nang_song: { value: 3, cell: "C4" },
      lop_ky_nang_song_luot: { value: 90, cell: "C5" },
    });
  });

  it("maps all 8 participants rows to the count row above each", () => {
    const layout = layOutMau2({ values: distinctValues, blankRowsBetweenGroups: 1 });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    expect(participantIds).toHaveLength(8);
    for (const id of participantIds) {
      const countOf = INDICATORS.find((i) => i.id === id)?.countOf as IndicatorId;
      expect(data.mau2?.values[id]).toEqual({
        value: distinctValues[id],
        cell: layout.valueCell[id],
      });
      const countRow = Number(data.mau2?.values[countOf]?.cell.slice(1));
      expect(Number(data.mau2?.values[id]?.cell.slice(1))).toBe(countRow + 1);
    }
  });

  it("keeps numbers typed as text, blanks and cached formula values raw", () => {
    const layout = layOutMau2({
      values: {
        phong_su: " 12 ",
        to_roi: "1.200",
        sach_tai_lieu: "35 cuốn",
        pano_bang_ron_khau_hieu: -2,
        trien_lam: 1.5,
        van_nghe: "hai",
        lop_day_nghe: { f: "1+1", v: 2 },
        lop_day_nghe_luot: { f: 'TEXT(40,"0")', v: "40" },
        ke_hoach: true,
      },
    });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    const value = (id: IndicatorId) => data.mau2?.values[id]?.value;
    expect(value("phong_su")).toBe(" 12 ");
    expect(value("to_roi")).toBe("1.200");
    expect(value("sach_tai_lieu")).toBe("35 cuốn");
    expect(value("pano_bang_ron_khau_hieu")).toBe(-2);
    expect(value("trien_lam")).toBe(1.5);
    expect(value("van_nghe")).toBe("hai");
    expect(value("lop_day_nghe")).toBe(2);
    expect(value("lop_day_nghe_luot")).toBe("40");
    expect(value("ke_hoach")).toBe(true);
    expect(data.mau2?.values.tin_bai_phat_thanh).toEqual({
      value: null,
      cell: layout.valueCell.tin_bai_phat_thanh,
    });
  });

  it("reads notes from the Ghi chú column", () => {
    const layout = layOutMau2({
      values: { to_roi: 3 },
      notes: { to_roi: "Phát tại chợ", trien_lam: "Hoãn" },
    });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    expect(data.mau2?.notes).toEqual({ to_roi: "Phát tại chợ", trien_lam: "Hoãn" });
  });

  it("takes the first cell right of the label's merge when there is no header", () => {
    const layout = layOutMau2({ noHeader: true, left: 2, values: distinctValues });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    for (const id of INDICATOR_IDS)
      expect(data.mau2?.values[id]).toEqual({
        value: distinctValues[id],
        cell: layout.valueCell[id],
      });
  });

  it("reads labels reworded by a unit above the threshold, but not the group headings", () => {
    const cells = {
      B1: "Nội dung",
      D1: "Kết quả, số lượng",
      B2: "4. Hội thảo, tọa đàm, triển lãm về học tập suốt đời – xây dựng XHHT",
      B3: "- Số lớp dạy nghề",
      D3: 4,
      B4: "+ Số lượt người tham gia",
      D4: 60,
      B5: "Số tin bài phát thanh",
      D5: 7,
      B6: "Số lượng sách đã phát hành",
      D6: 100,
      B7: "Số tờ rơi",
      D7: 9,
      B8: "Băng rôn",
      D8: 2,
    };
    const data = extract({ sheets: [{ name: "Sheet1", cells }] });
    expect(data.mau2?.values).toEqual({
      lop_day_nghe: { value: 4, cell: "D3" },
      lop_day_nghe_luot: { value: 60, cell: "D4" },
      tin_bai_phat_thanh: { value: 7, cell: "D5" },
      sach_tai_lieu: { value: 100, cell: "D6" },
      // 'so to roi' scores exactly 0.6 against 'so luong to roi da phat hanh'.
      to_roi: { value: 9, cell: "D7" },
    });
    expect(data.findings.filter((f) => f.code === "indicator_not_found")).toHaveLength(18);
    expect(data.findings).toContainEqual({
      code: "indicator_not_found",
      severity: "warning",
      at: { file: "bao-cao.xlsx", sheet: "Sheet1" },
      indicator: "pano_bang_ron_khau_hieu",
    });
  });

  it("warns of each indicator whose row is missing", () => {
    const data = extract({
      sheets: [mau2Sheet("Mẫu 2", { omit: ["van_nghe", "van_nghe_luot", "ke_hoach"] })],
    });
    const missing = data.findings
      .filter((f) => f.code === "indicator_not_found")
      .map((f) => f.indicator);
    expect(missing.sort()).toEqual(["ke_hoach", "van_nghe", "van_nghe_luot"]);
    expect(data.findings.find((f) => f.code === "indicator_not_found")?.severity).toBe("warning");
  });

  it("does not take free text below the table for a missing indicator row", () => {
    const layout = layOutMau2({
      omit: ["lop_day_nghe"],
      values: distinctValues,
      texts: { difficulties: ["- Số lớp dạy nghề ngắn hạn còn ít"] },
    });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    expect(data.mau2?.values.lop_day_nghe).toBeUndefined();
    // Its participants row has no count row above it any more, so it is not guessed either.
    expect(data.mau2?.values.lop_day_nghe_luot).toBeUndefined();
    expect(data.mau2?.values.lop_tin_hoc_ngoai_ngu_luot?.value).toBe(
      distinctValues.lop_tin_hoc_ngoai_ngu_luot
    );
    expect(data.mau2?.texts.difficulties).toBe("- Số lớp dạy nghề ngắn hạn còn ít");
    const missing = data.findings
      .filter((f) => f.code === "indicator_not_found")
      .map((f) => f.indicator);
    expect(missing).toEqual(["lop_day_nghe", "lop_day_nghe_luot"]);
  });

  it("reads the free-text sections up to the next heading, table or Nơi nhận", () => {
    const layout = layOutMau2({
      texts: {
        direction: ["Xây dựng kế hoạch tổ chức Tuần lễ từ ngày 25/9.", "Họp triển khai."],
        difficulties: ["Thuận lợi: được sự quan tâm."],
        proposals: ["Đề nghị cấp kinh phí."],
      },
    });
    const data = extract({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
    });
    expect(data.mau2?.texts).toEqual({
      direction: "Xây dựng kế hoạch tổ chức Tuần lễ từ ngày 25/9.\nHọp triển khai.",
      difficulties: "Thuận lợi: được sự quan tâm.",
      proposals: "Đề nghị cấp kinh phí.",
    });
    // Text above the table that resembles an indicator is not one.
    expect(data.mau2?.values.ke_hoach?.cell).toBe(layout.valueCell.ke_hoach);
  });

  it("reads Mẫu 1 rows with dates as serial numbers and the 1904 flag", () => {
    const date = new Date(Date.UTC(2017, 9, 3));
    for (const date1904 of [false, true]) {
      const layout = layOutMau1({
        top: 3,
        left: 2,
        rows: [
          [{ v: 0.3125, numFmt: "hh:mm" }, { date }, "Nhà văn hoá tổ 3", "Tọa đàm", "Có tài liệu"],
          null,
          ["7h15", "04/10/2017", "Trường TH", "Văn nghệ", null],
          [{ f: "B10", v: "8h" }, 43014, null, "Triển lãm", null],
        ],
        numberedBlanks: 5,
      });
      const data = extract({ date1904, sheets: [{ name: "Lịch", cells: layout.cells }] });
      expect(data.date1904).toBe(date1904);
      expect(data.mau1?.sheet).toBe("Lịch");
      const [first, second, third] = layout.rowOf.filter((_r, i) => i !== 1);
      expect(data.mau1?.rows).toEqual([
        {
          row: first,
          time: { value: 0.3125, cell: `C${first}` },
          date: { value: toSerial(date, date1904), cell: `D${first}` },
          place: "Nhà văn hoá tổ 3",
          content: "Tọa đàm",
          note: "Có tài liệu",
        },
        {
          row: second,
          time: { value: "7h15", cell: `C${second}` },
          date: { value: "04/10/2017", cell: `D${second}` },
          place: "Trường TH",
          content: "Văn nghệ",
          note: "",
        },
        {
          row: third,
          time: { value: "8h", cell: `C${third}` },
          date: { value: 43014, cell: `D${third}` },
          place: "",
          content: "Triển lãm",
          note: "",
        },
      ]);
    }
  });

  it("ends Mẫu 1 at two empty rows after data", () => {
    const layout = layOutMau1({
      rows: [["7h", 43010, "A", "B", null], null, null, ["8h", 43011, "C", "D", null]],
    });
    const data = extract({ sheets: [{ name: "Sheet1", cells: layout.cells }] });
    expect(data.mau1?.rows.map((r) => r.row)).toEqual([layout.rowOf[0]]);
  });

  it("reads a Mẫu 1 header without diacritics", () => {
    const layout = layOutMau1({ label: stripDiacritics, rows: [["7h", 43010, "A", "B", "C"]] });
    const data = extract({ sheets: [{ name: "Sheet1", cells: layout.cells }] });
    expect(data.mau1?.rows).toHaveLength(1);
  });

  describe("unit", () => {
    it.each([
      ["TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI", "Phường Phú Bài"],
      ["Trung tâm HTCĐ phường Phú Bài", "Phường Phú Bài"],
      ["UBND xã Thủy Vân", "Xã Thủy Vân"],
    ])("is read from the header line %s", (line, unit) => {
      const data = extract(
        { sheets: [mau2Sheet("Mẫu 2", { unitLines: ["UBND THỊ XÃ HƯƠNG THỦY", line] })] },
        "bao-cao.xlsx"
      );
      expect(data.unitName).toBe(unit);
      expect(data.unitSource).toBe("header");
      expect(codes(data.findings)).not.toContain("unit_unknown");
    });

    it("is read from Mẫu 1's unit line", () => {
      const layout = layOutMau1({
        unitLine: "Trung tâm HTCĐ xã Thủy Bằng",
        rows: [["7h", 43010, "A", "B", null]],
      });
      const data = extract({ sheets: [{ name: "Sheet1", cells: layout.cells }] }, "lich.xlsx");
      expect(data).toMatchObject({ unitName: "Xã Thủy Bằng", unitSource: "title" });
    });

    it.each([
      ["in/Mau2_Phuong_Phu_Bai.xlsx", "Phường Phú Bài"],
      ["C:\\Users\\x\\Bao cao mau 2 - Thuy Van 2017.xlsx", "Xã Thủy Vân"],
      ["mau1-xa-duong-hoa.xlsx", "Xã Dương Hòa"],
      ["BC TTHTCD Thủy Dương (sửa).xlsx", "Phường Thủy Dương"],
    ])("is read from the file name %s when the header has placeholders", (file, unit) => {
      const data = extract({ sheets: [mau2Sheet("Mẫu 2")] }, file);
      expect(data).toMatchObject({ unitName: unit, unitSource: "file_name" });
    });

    it("does not confuse Phường 1 with Phường 11 in a file name", () => {
      const wb = read({ sheets: [mau2Sheet("Mẫu 2")] });
      const of = (file: string) =>
        extractReturn(wb, { file, roster: TAN_BINH_2022.units }).unitName;
      expect(of("mau2_phuong_11.xlsx")).toBe("Phường 11");
      expect(of("mau2 phuong 1.xlsx")).toBe("Phường 1");
    });

    it("is unknown when neither header nor file name names a roster unit", () => {
      const data = extract({ sheets: [mau2Sheet("Mẫu 2")] }, "mau2.xlsx");
      expect(data.unitSource).toBe("none");
      expect(data.unitName).toBeUndefined();
      expect(data.findings).toContainEqual({
        code: "unit_unknown",
        severity: "error",
        at: { file: "mau2.xlsx" },
      });
    });
  });

  it("reports a workbook holding neither form", () => {
    const data = extract({
      sheets: [{ name: "Sheet1", cells: { A1: "Danh sách", A2: "Phú Bài", B2: 3 } }],
    });
    expect(data.mau1).toBeUndefined();
    expect(data.mau2).toBeUndefined();
    expect(data.findings).toContainEqual({
      code: "no_form_found",
      severity: "error",
      at: { file: "bao-cao.xlsx" },
    });
  });

  it("takes modified from the options, else from the document", () => {
    const spec = { sheets: [mau2Sheet("Mẫu 2")], modified: new Date("2017-10-09T08:00:00Z") };
    expect(extract(spec).modified).toBe(Date.parse("2017-10-09T08:00:00Z"));
    expect(extractReturn(read(spec), { file: "x.xlsx", roster, modified: 5 }).modified).toBe(5);
  });

  it("warns when the metadata sheet is not ours", () => {
    const data = extract({
      sheets: [
        mau2Sheet("Mẫu 2"),
        { name: "_TongHop", state: "veryHidden", cells: { A1: "schema", B1: "other" } },
      ],
    });
    expect(data.findings).toContainEqual({
      code: "template_metadata_unreadable",
      severity: "warning",
      at: { file: "bao-cao.xlsx", sheet: "_TongHop" },
    });
    expect(data.mau2).toBeDefined();
  });

  it("counts every count indicator once", () => {
    expect(countIds).toHaveLength(15);
  });
});
