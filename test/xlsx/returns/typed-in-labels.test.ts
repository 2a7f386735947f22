import {
  HUONG_THUY_2017,
  INDICATOR_IDS,
  validateReturn,
  type IndicatorId,
  type ReturnData,
} from "../../../src/core";
import { readWorkbook } from "../../../src/xlsx/read";
import { extractReturn, readMau2ByLabels } from "../../../src/xlsx/returns";
import { buildXlsx } from "../../helpers/xlsx-builder";
import { layOutMau2, type Cells } from "./corpus";
import { layOutPrintedMau2, layOutTypedDownMau2 } from "./printed-form";

const roster = HUONG_THUY_2017.units;

function extractCells(cells: Cells, merges: string[] = []): ReturnData {
  const result = readWorkbook(buildXlsx({ sheets: [{ name: "Sheet1", cells, merges }] }));
  if (!result.ok) throw new Error(`unreadable fixture: ${result.rejection.code}`);
  return extractReturn(result.workbook, { file: "bao-cao-phu-bai.xlsx", roster });
}

const figures = Object.fromEntries(
  INDICATOR_IDS.map((id, i) => [id, String((i + 1) * 10)])
) as Record<IndicatorId, string>;

describe("readMau2ByLabels on a report typed down one column", () => {
  it("reads all 23 indicators typed as 'label: n', each at its own cell", () => {
    const { cells, cellOf } = layOutTypedDownMau2(figures);
    const data = extractCells(cells);
    expect(data.mau2).toBeDefined();
    for (const [i, id] of INDICATOR_IDS.entries())
      expect(data.mau2?.values[id]).toEqual({ value: (i + 1) * 10, cell: cellOf[id] });
    expect(data.findings.filter((f) => f.code === "indicator_not_found")).toEqual([]);
    expect(data.mau2?.texts).toEqual({
      direction: "Xây dựng kế hoạch từ ngày 25/9/2017.",
      difficulties: "được sự quan tâm của UBND phường.",
      proposals: "đề nghị cấp kinh phí.",
    });
    const checked = validateReturn(data, HUONG_THUY_2017);
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(checked.values?.lop_theo_nhu_cau_luot).toBe(230);
  });

  it("does not take the headings that end with a colon for indicators", () => {
    const { cells } = layOutTypedDownMau2(figures);
    const data = extractCells(cells);
    const labelCells = new Set(Object.values(data.mau2?.values ?? {}).map((raw) => raw.cell));
    // A1…A7 are the header, section I and the two headings above the table.
    for (const cell of ["A4", "A6", "A7"]) expect(labelCells.has(cell)).toBe(false);
    expect(Object.keys(data.mau2?.values ?? {})).toHaveLength(23);
  });

  it("reads 'Kế hoạch …: 1', figures with unit words or grouping, and blanks", () => {
    const { cells, cellOf } = layOutTypedDownMau2(
      { ...figures, ke_hoach: "1", trien_lam: "5 buổi", to_roi: "1.200", van_nghe: "" },
      {
        ke_hoach: "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ: 1",
        van_nghe: "- Số buổi biểu diễn văn nghệ:",
      }
    );
    const data = extractCells(cells);
    expect(data.mau2?.values).toMatchObject({
      ke_hoach: { value: 1, cell: cellOf.ke_hoach },
      trien_lam: { value: "5 buổi", cell: cellOf.trien_lam },
      to_roi: { value: "1.200", cell: cellOf.to_roi },
      // Nothing after the colon: a blank, at the label the unit left empty.
      van_nghe: { value: null, cell: cellOf.van_nghe },
    });
    const checked = validateReturn(data, HUONG_THUY_2017);
    expect(checked.values).toMatchObject({ ke_hoach: 1, trien_lam: 5, to_roi: 1200, van_nghe: 0 });
    const codes = checked.findings
      .filter((f) => ["ke_hoach", "trien_lam", "to_roi", "van_nghe"].includes(f.indicator ?? ""))
      .map((f) => `${f.code}:${f.indicator}`);
    expect(codes).toEqual([
      "count_grouping:to_roi",
      "count_unit_word:trien_lam",
      "count_blank:van_nghe",
    ]);
  });

  it("reads participants lines typed the same way with the count above them", () => {
    const { cells, cellOf } = layOutTypedDownMau2(figures, {
      hoi_thao_toa_dam_nguoi: "+ Số người tham gia: 120",
      trien_lam_luot: "+ Số lượt người tham gia:  80 ",
    });
    const values = extractCells(cells).mau2?.values;
    expect(values?.hoi_thao_toa_dam_nguoi).toEqual({
      value: 120,
      cell: cellOf.hoi_thao_toa_dam_nguoi,
    });
    expect(values?.trien_lam_luot).toEqual({ value: 80, cell: cellOf.trien_lam_luot });
  });

  it("reads a whole report typed into one cell, line by line", () => {
    const { cells } = layOutTypedDownMau2(figures);
    const text = Object.entries(cells)
      .sort((a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1)))
      .map(([, value]) => String(value))
      .join("\n");
    const data = extractCells({ A1: text });
    for (const [i, id] of INDICATOR_IDS.entries())
      expect(data.mau2?.values[id]).toMatchObject({ value: (i + 1) * 10, cell: "A1" });
    expect(data.mau2?.values.phong_su?.line).toBe(10);
  });
});

describe("readMau2ByLabels on a figure typed after a label in a table", () => {
  it("takes the result column when it holds a value, the typed figure when it is blank", () => {
    const layout = layOutPrintedMau2({ shared: [], values: { hoi_thao_toa_dam: 7 } });
    const result = readWorkbook(buildXlsx({ sheets: [{ name: "Mẫu 2", cells: layout.cells }] }));
    if (!result.ok) throw new Error("unreadable");
    const sheet = result.workbook.sheets[0]!;
    const talks = Number(layout.valueCell.hoi_thao_toa_dam!.slice(1));
    const shows = Number(layout.valueCell.trien_lam!.slice(1));
    sheet.rows.get(talks)!.get(1)!.value = "- Số lần hội thảo, tọa đàm: 5";
    sheet.rows.get(shows)!.get(1)!.value = "- Số buổi triển lãm: 2";
    const values = readMau2ByLabels(sheet)?.data.values;
    expect(values?.hoi_thao_toa_dam).toEqual({ value: 7, cell: `B${talks}` });
    expect(values?.trien_lam).toEqual({ value: 2, cell: `A${shows}` });
  });

  it("keeps the printed 'Kế hoạch …:' with an empty result cell a blank on the result cell", () => {
    const layout = layOutPrintedMau2({});
    const data = extractCells(layout.cells);
    expect(data.mau2?.values.ke_hoach).toEqual({ value: null, cell: layout.valueCell.ke_hoach });
  });

  it("leaves a colon inside a reworded label to the label", () => {
    const layout = layOutMau2({
      label: (text) =>
        text.startsWith("- Số lớp học theo chương trình")
          ? "- Số lớp học theo chương trình giáo dục đã đáp ứng nhu cầu người học: cập nhật kiến thức, kỹ năng, chuyển giao công nghệ"
          : text,
    });
    const data = extractCells(layout.cells, layout.merges);
    // Not a figure "cập nhật kiến thức, …" (an error): the blank result cell, as before.
    expect(data.mau2?.values.lop_theo_nhu_cau).toEqual({
      value: null,
      cell: layout.valueCell.lop_theo_nhu_cau,
    });
  });
});
