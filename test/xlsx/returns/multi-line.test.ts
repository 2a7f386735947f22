import {
  HUONG_THUY_2017,
  INDICATORS,
  INDICATOR_IDS,
  validateReturn,
  type Finding,
  type IndicatorId,
  type ReturnData,
} from "../../../src/core";
import { getCell, parseAddress, readWorkbook, type WorkbookData } from "../../../src/xlsx/read";
import { extractReturn, readMau2ByLabels } from "../../../src/xlsx/returns";
import {
  figureOf,
  pairLines,
  splitLines,
  splitTypedFigure,
} from "../../../src/xlsx/returns/multi-line";
import { buildXlsx } from "../../helpers/xlsx-builder";
import type { Cells } from "./corpus";
import { layOutPrintedMau2, sharedLabel, type PrintedSpec } from "./printed-form";

const roster = HUONG_THUY_2017.units;

function workbookOf(cells: Cells): WorkbookData {
  const result = readWorkbook(buildXlsx({ sheets: [{ name: "Mẫu 2", cells }] }));
  if (!result.ok) throw new Error(`unreadable fixture: ${result.rejection.code}`);
  return result.workbook;
}

function extractPrinted(spec: PrintedSpec): ReturnData {
  return extractReturn(workbookOf(layOutPrintedMau2(spec).cells), { file: "bc.xlsx", roster });
}

const errorsOf = (findings: readonly Finding[]): string[] =>
  findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.code}@${f.at.cell ?? ""}:${f.indicator ?? ""}`);
const notFound = (data: ReturnData): (IndicatorId | undefined)[] =>
  data.findings.filter((f) => f.code === "indicator_not_found").map((f) => f.indicator);
const idsOf = (section: number): IndicatorId[] =>
  INDICATORS.filter((i) => i.section === section).map((i) => i.id);

describe("multi-line helpers", () => {
  it("splits lines, trimming each and dropping empty lines at the end only", () => {
    expect(splitLines("\n2 \r\n15\r6\n\n")).toEqual(["", "2", "15", "6"]);
    expect(splitLines(`${"1\n".repeat(100)}`)).toBeUndefined();
  });

  it("makes plain whole numbers numbers and leaves other text to parseCount", () => {
    expect([figureOf(" 15 "), figureOf(""), figureOf("2 phóng sự"), figureOf("-1")]).toEqual([
      15,
      null,
      "2 phóng sự",
      "-1",
    ]);
    expect(figureOf("1.200")).toBe("1.200");
  });

  it("splits a label from the figure typed after its last colon", () => {
    expect(splitTypedFigure("- Số lần hội thảo, tọa đàm: 5 buổi")).toEqual({
      label: "- Số lần hội thảo, tọa đàm",
      figure: "5 buổi",
    });
    expect(splitTypedFigure("+ Số người tham gia:")).toEqual({
      label: "+ Số người tham gia",
      figure: "",
    });
    expect(splitTypedFigure("- Số buổi triển lãm\t3")).toEqual({
      label: "- Số buổi triển lãm",
      figure: "3",
    });
    expect(splitTypedFigure("- Số buổi triển lãm")).toBeUndefined();
  });

  it("never drops a figure typed beside a heading line", () => {
    expect(pairLines(4, [1, 2, 3], "1\n2\n15\n6")).toEqual({
      kind: "mismatch",
      labels: 3,
      values: 4,
    });
    expect(pairLines(4, [1, 2, 3], "\n2\n\n6")).toEqual({
      kind: "lines",
      figures: [
        { value: 2, line: 2 },
        { value: null, line: 3 },
        { value: 6, line: 4 },
      ],
    });
    expect(pairLines(4, [1, 2, 3], " \n ")).toEqual({ kind: "blank" });
    expect(pairLines(2, [1], 7)).toEqual({ kind: "whole" });
  });
});

describe("readMau2ByLabels on the printed form's shared cells", () => {
  it("pairs '\\n2\\n15\\n6' with the three sub-items of group 2 by position", () => {
    const layout = layOutPrintedMau2({ groupValues: { 2: "\n2\n15\n6" }, values: { ke_hoach: 1 } });
    const data = extractReturn(workbookOf(layout.cells), { file: "bc.xlsx", roster });
    const cell = layout.groupValue[2];
    expect(data.mau2?.values).toMatchObject({
      ke_hoach: { value: 1, cell: layout.valueCell.ke_hoach },
      phong_su: { value: 2, cell, line: 2 },
      tin_bai_phat_thanh: { value: 15, cell, line: 3 },
      bao_tuong_bai_viet: { value: 6, cell, line: 4 },
    });
    expect(data.mau2?.values.ke_hoach?.line).toBeUndefined();
    expect(notFound(data)).toEqual([]);
    const checked = validateReturn(data, HUONG_THUY_2017);
    expect(checked.values).toMatchObject({
      phong_su: 2,
      tin_bai_phat_thanh: 15,
      bao_tuong_bai_viet: 6,
    });
    expect(errorsOf(checked.findings)).toEqual([]);
  });

  it.each([
    ["without the leading empty line", "2\n15\n6", [1, 2, 3]],
    ["with a trailing newline and spaces", "\n2 \n15  \n6\n", [2, 3, 4]],
    ["with blank lines between the figures", "2\n\n15\n\n6", [1, 3, 5]],
  ])("pairs the figures %s in order", (_, typed, lines) => {
    const layout = layOutPrintedMau2({ groupValues: { 2: typed } });
    const values = extractPrinted({ groupValues: { 2: typed } }).mau2?.values;
    const cell = layout.groupValue[2];
    expect([values?.phong_su, values?.tin_bai_phat_thanh, values?.bao_tuong_bai_viet]).toEqual([
      { value: 2, cell, line: lines[0] },
      { value: 15, cell, line: lines[1] },
      { value: 6, cell, line: lines[2] },
    ]);
  });

  it("reads CRLF line breaks in both cells", () => {
    const layout = layOutPrintedMau2({ groupValues: { 2: "x" } });
    const sheet = workbookOf(layout.cells).sheets[0]!;
    const cell = layout.groupValue[2]!;
    const { row } = parseAddress(cell)!;
    // The xlsx reader turns CR LF into LF; a cell as another reader may give it.
    getCell(sheet, row, 1)!.value = sharedLabel(2, "\r\n");
    getCell(sheet, row, 2)!.value = "\r\n2\r\n15\r\n6\r\n";
    expect(readMau2ByLabels(sheet)?.data.values).toMatchObject({
      phong_su: { value: 2, cell, line: 2 },
      tin_bai_phat_thanh: { value: 15, cell, line: 3 },
      bao_tuong_bai_viet: { value: 6, cell, line: 4 },
    });
  });

  it("gives each indicator of the cell a mismatch when the lines do not pair", () => {
    const layout = layOutPrintedMau2({ groupValues: { 2: "2\n15" } });
    const data = extractReturn(workbookOf(layout.cells), { file: "bc.xlsx", roster });
    const mismatch = {
      value: null,
      cell: layout.groupValue[2],
      problem: { code: "lines_mismatch", labels: 3, values: 2 },
    };
    expect(data.mau2?.values.phong_su).toEqual(mismatch);
    expect(data.mau2?.values.tin_bai_phat_thanh).toEqual(mismatch);
    expect(data.mau2?.values.bao_tuong_bai_viet).toEqual(mismatch);
    const checked = validateReturn(data, HUONG_THUY_2017);
    expect(checked.values).toMatchObject({
      phong_su: null,
      tin_bai_phat_thanh: null,
      bao_tuong_bai_viet: null,
    });
    expect(errorsOf(checked.findings)).toEqual([
      `count_lines_mismatch@${layout.groupValue[2]}:phong_su`,
      `count_lines_mismatch@${layout.groupValue[2]}:tin_bai_phat_thanh`,
      `count_lines_mismatch@${layout.groupValue[2]}:bao_tuong_bai_viet`,
    ]);
  });

  it.each([
    ["one number", 5, 1],
    ["one line of text", "5", 1],
    ["a figure beside the heading line", "1\n2\n15\n6", 4],
  ])("takes %s beside several sub-items for a mismatch", (_, typed, values) => {
    const read = extractPrinted({ groupValues: { 2: typed } }).mau2?.values;
    expect(read?.phong_su?.problem).toEqual({ code: "lines_mismatch", labels: 3, values });
  });

  it("takes one number beside a heading and one sub-item as that sub-item's", () => {
    const layout = layOutPrintedMau2({ values: { ke_hoach: 1 } });
    const workbook = workbookOf(layout.cells);
    const sheet = workbook.sheets[0]!;
    const at = layout.valueCell.to_roi!;
    // "3. Các hoạt động tuyên truyền" typed above its first sub-item in the same cell.
    const row = parseAddress(at)!.row;
    getCell(sheet, row - 1, 1)!.value =
      "3. Các hoạt động tuyên truyền\n- Số lượng tờ rơi đã phát hành";
    sheet.rows.get(row)!.delete(1);
    sheet.rows.get(row - 1)!.set(2, { row: row - 1, col: 2, value: 500, kind: "number" });
    expect(readMau2ByLabels(sheet)?.data.values.to_roi).toEqual({
      value: 500,
      cell: `B${row - 1}`,
    });
  });

  it("leaves a blank shared cell blank, on the result cell", () => {
    const layout = layOutPrintedMau2({});
    const values = extractPrinted({}).mau2?.values;
    for (const id of idsOf(2))
      expect(values?.[id]).toEqual({ value: null, cell: layout.groupValue[2] });
  });

  it("keeps words and signs for the count rules to judge", () => {
    const data = extractPrinted({ groupValues: { 2: "2 phóng sự\n15 tin\n-1" } });
    expect(data.mau2?.values.phong_su?.value).toBe("2 phóng sự");
    const checked = validateReturn(data, HUONG_THUY_2017);
    expect(checked.values).toMatchObject({
      phong_su: 2,
      tin_bai_phat_thanh: 15,
      bao_tuong_bai_viet: null,
    });
    const codes = checked.findings
      .filter((f) => f.indicator && idsOf(2).includes(f.indicator))
      .map((f) => `${f.severity}:${f.code}:${f.indicator}`);
    expect(codes).toEqual([
      "warning:count_unit_word:phong_su",
      "warning:count_unit_word:tin_bai_phat_thanh",
      "error:count_negative:bao_tuong_bai_viet",
    ]);
  });

  it("reads group 4 in one cell, each participants line belonging to the count above it", () => {
    const layout = layOutPrintedMau2({
      shared: [2, 4],
      groupValues: { 4: "\n3\n120\n1\n80\n2\n300" },
    });
    const data = extractReturn(workbookOf(layout.cells), { file: "bc.xlsx", roster });
    const cell = layout.groupValue[4];
    expect(data.mau2?.values).toMatchObject({
      hoi_thao_toa_dam: { value: 3, cell, line: 2 },
      hoi_thao_toa_dam_nguoi: { value: 120, cell, line: 3 },
      trien_lam: { value: 1, cell, line: 4 },
      trien_lam_luot: { value: 80, cell, line: 5 },
      van_nghe: { value: 2, cell, line: 6 },
      van_nghe_luot: { value: 300, cell, line: 7 },
    });
    expect(notFound(data)).toEqual([]);
  });

  it("reads a count and its participants sharing a cell without a heading", () => {
    const layout = layOutPrintedMau2({
      omit: ["hoi_thao_toa_dam_nguoi"],
      values: { hoi_thao_toa_dam: "3\n120" },
    });
    const workbook = workbookOf(layout.cells);
    const sheet = workbook.sheets[0]!;
    const at = layout.valueCell.hoi_thao_toa_dam!;
    const row = parseAddress(at)!.row;
    getCell(sheet, row, 1)!.value = "- Số lần hội thảo, tọa đàm\n+ Số người tham gia";
    expect(readMau2ByLabels(sheet)?.data.values).toMatchObject({
      hoi_thao_toa_dam: { value: 3, cell: at, line: 1 },
      hoi_thao_toa_dam_nguoi: { value: 120, cell: at, line: 2 },
      // The next group's participants still pair with their own counts.
      trien_lam_luot: { cell: layout.valueCell.trien_lam_luot },
    });
  });

  it("reads all of group 5 in one cell, and all groups at once", () => {
    const figures = "\n1\n20\n2\n40\n3\n60\n4\n80\n5\n100";
    const data = extractPrinted({
      shared: [2, 3, 4, 5],
      groupValues: { 2: "\n1\n2\n3", 3: "\n100\n20\n6", 4: "\n3\n120\n1\n80\n2\n300", 5: figures },
      values: { ke_hoach: 1 },
    });
    expect(notFound(data)).toEqual([]);
    const checked = validateReturn(data, HUONG_THUY_2017);
    expect(errorsOf(checked.findings)).toEqual([]);
    expect(idsOf(5).map((id) => checked.values?.[id])).toEqual([
      1, 20, 2, 40, 3, 60, 4, 80, 5, 100,
    ]);
    expect(checked.values).toMatchObject({
      to_roi: 100,
      sach_tai_lieu: 20,
      pano_bang_ron_khau_hieu: 6,
    });
  });

  it("pairs multi-line notes the way it pairs the figures", () => {
    const data = extractPrinted({
      groupValues: { 2: "\n2\n15\n6" },
      groupNotes: { 2: "\nĐài phường\n\nBáo tường các khu phố" },
    });
    expect(data.mau2?.notes).toEqual({
      phong_su: "Đài phường",
      bao_tuong_bai_viet: "Báo tường các khu phố",
    });
    const single = extractPrinted({
      groupValues: { 2: "\n2\n15\n6" },
      groupNotes: { 2: "Cả nhóm" },
    });
    expect(single.mau2?.notes).toEqual({ phong_su: "Cả nhóm" });
  });

  it("reads a long label wrapped over two lines as the one indicator it is", () => {
    const layout = layOutPrintedMau2({ values: { lop_chuyen_mon: 4 } });
    const workbook = workbookOf(layout.cells);
    const sheet = workbook.sheets[0]!;
    const at = layout.valueCell.lop_chuyen_mon!;
    getCell(sheet, parseAddress(at)!.row, 1)!.value =
      "- Số lớp bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ,\ncông chức, viên chức, công nhân lao động đã tổ chức.";
    expect(readMau2ByLabels(sheet)?.data.values.lop_chuyen_mon).toEqual({ value: 4, cell: at });
  });

  it("reads a template-style table unchanged: every value, no line numbers", () => {
    const values = Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, i + 1]));
    const data = extractPrinted({ shared: [], values });
    for (const [i, id] of INDICATOR_IDS.entries())
      expect(data.mau2?.values[id]).toMatchObject({ value: i + 1 });
    expect(Object.values(data.mau2?.values ?? {}).some((raw) => raw.line !== undefined)).toBe(
      false
    );
  });
});

describe("readMau2ByLabels beside free text", () => {
  const paragraph =
    "Phường đã ban hành kế hoạch, trong đó:\n- Số lớp dạy nghề ngắn hạn: 3 lớp\n- Số buổi triển lãm: 1";

  it.each([
    ["with a header row", false],
    ["without a header row", true],
  ])("takes the table's rows, not section I's paragraph, %s", (_, noHeader) => {
    const layout = layOutPrintedMau2({
      noHeader,
      direction: [paragraph],
      values: { lop_day_nghe: 2, trien_lam: 5 },
    });
    const data = extractReturn(workbookOf(layout.cells), { file: "bc.xlsx", roster });
    expect(data.mau2?.values.lop_day_nghe).toEqual({
      value: 2,
      cell: layout.valueCell.lop_day_nghe,
    });
    expect(data.mau2?.values.trien_lam).toEqual({ value: 5, cell: layout.valueCell.trien_lam });
    expect(data.mau2?.texts).toEqual({
      direction: paragraph,
      difficulties: "Được sự quan tâm của Đảng ủy, UBND phường.",
      proposals: "Đề nghị cấp kinh phí tổ chức.",
    });
  });

  it.each([
    ["with a header row", false],
    ["without a header row", true],
  ])("does not take the paragraph for a row the table lacks, %s", (_, noHeader) => {
    const data = extractPrinted({ noHeader, direction: [paragraph], omit: ["lop_day_nghe"] });
    expect(data.mau2?.values.lop_day_nghe).toBeUndefined();
    expect(notFound(data)).toEqual(["lop_day_nghe", "lop_day_nghe_luot"]);
  });
});
