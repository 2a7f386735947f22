import {
  FINDING_CODES,
  HUONG_THUY_2017,
  mergeReturns,
  type FileOutcome,
  type Finding,
  type LoadedReturn,
  type ReturnData,
} from "../../src/core";
import { describeFinding, en, renderFinding, vi } from "../../src/messages";
import {
  CELL_PARAMS,
  LISTED,
  describeGroup,
  groupCells,
  groupFindings,
  groupLabels,
  indicatorLabel,
  verdictOf,
} from "../../src/taskpane/finding-groups";
import { returnFromBytes } from "../../src/xlsx/returns";
import { writeFormTemplate } from "../../src/xlsx/templates";
import { exampleOutcome, examplesMerge } from "../helpers/example-merge";
import { sampleFinding } from "../helpers/finding-samples";
import { mau2Return } from "../helpers/return-data";

/** The examples as the pane merges them. */
const merged = examplesMerge();
const example = exampleOutcome;

/** A blank Mẫu 2 as the office generates it for Phường Phú Bài, sent back unfilled. */
async function blankReturn(): Promise<FileOutcome> {
  const unit = HUONG_THUY_2017.units.find((u) => u.name === "Phường Phú Bài");
  const bytes = await writeFormTemplate(["mau2"], HUONG_THUY_2017, unit, vi);
  const loaded = returnFromBytes(bytes, { file: "mau2-trong.xlsx" }, HUONG_THUY_2017);
  return mergeReturns([loaded], HUONG_THUY_2017).files[0]!;
}

const read = (data: ReturnData): LoadedReturn => ({ kind: "read", data });
const only = (data: ReturnData): FileOutcome =>
  mergeReturns([read(data)], HUONG_THUY_2017).files[0]!;

describe("groupFindings", () => {
  it("collapses every blank cell of a sheet into one group", async () => {
    const outcome = await blankReturn();
    const groups = groupFindings(outcome.findings, outcome.status);
    const blanks = outcome.findings.filter((finding) => finding.code === "count_blank");
    expect(blanks).toHaveLength(23);
    expect(groups.map((group) => [group.code, group.findings.length])).toEqual([
      ["count_blank", 23],
      ["community_minimum_talks", 1],
      ["community_minimum_vocational", 1],
    ]);
    const [group] = groups;
    expect(group!.cells).toEqual(blanks.map((finding) => finding.at.cell));
    expect(new Set(group!.cells).size).toBe(23);
    expect(group!.refusal).toBe(false);
    expect(describeGroup(vi, group!)).toBe(
      'Tệp mau2-trong.xlsx, trang "Mẫu 2": 23 ô để trống, được tính là 0. Nếu có kết quả, hãy ghi số vào các ô này.'
    );
    expect(describeGroup(en, group!)).toBe(
      'File mau2-trong.xlsx, sheet "Mẫu 2": 23 cells are blank, counted as 0. If there is a result, enter the number in these cells.'
    );
    // The cell list stops after LISTED and counts the rest; 23 labels are not listed.
    const { cells, more } = groupCells(group!);
    expect(cells).toHaveLength(LISTED);
    expect(more).toBe(23 - LISTED);
    expect(vi.pane.findingsView.cells(cells, more)).toBe(
      `Các ô: ${group!.cells.slice(0, LISTED).join(", ")} và ${23 - LISTED} ô khác.`
    );
    expect(groupLabels(group!)).toBeUndefined();
  });

  it("keeps a finding alone as it is, with its indicator's label", () => {
    const outcome = example("mau2-phuong-thuy-phuong.xlsx");
    const groups = groupFindings(outcome.findings, outcome.status);
    expect(groups.map((group) => [group.code, group.cells])).toEqual([
      ["count_negative", ["C17"]],
      ["count_ambiguous", ["C21"]],
    ]);
    expect(groups.map((group) => describeGroup(vi, group))).toEqual(
      outcome.findings.map((finding) => describeFinding(vi, finding))
    );
    const labels = groupLabels(groups[0]!)!;
    expect(vi.pane.findingsView.indicator(labels.labels, labels.more)).toBe(
      "Chỉ tiêu: Xây dựng phóng sự."
    );
  });

  it("groups negatives typed differently on one sheet, listing each cell with what was typed", () => {
    const outcome = only(
      mau2Return("mau2-phu-bai.xlsx", "Phường Phú Bài", {
        phong_su: -2,
        to_roi: "-5",
        lop_day_nghe: -1,
        van_nghe: 2.5,
      })
    );
    const groups = groupFindings(outcome.findings, outcome.status);
    const negatives = groups.find((group) => group.code === "count_negative")!;
    expect(negatives.cells).toEqual(["C11", "C14", "C27"]);
    expect(negatives.indicators).toEqual(["phong_su", "to_roi", "lop_day_nghe"]);
    expect(describeGroup(vi, negatives)).toBe(
      'Tệp mau2-phu-bai.xlsx, trang "Mẫu 2": 3 ô ghi số âm, không được tính vào tổng. Hãy sửa thành số nguyên từ 0 trở lên.'
    );
    const { cells, more } = groupCells(negatives);
    expect(vi.pane.findingsView.cells(cells, more)).toBe(
      'Các ô: C11 ("-2"), C14 ("-5"), C27 ("-1").'
    );
    // Three indicators are few enough to name beside the cells.
    const labels = groupLabels(negatives)!;
    expect(vi.pane.findingsView.indicator(labels.labels, labels.more)).toBe(
      "Các chỉ tiêu: Xây dựng phóng sự; Số lượng tờ rơi đã phát hành; Số lớp dạy nghề ngắn hạn."
    );
    // The fractional value is an error of another code: a group of its own.
    expect(groups.map((group) => group.code)).toEqual(["count_negative", "count_fractional"]);
  });

  it("does not group the same code on different sheets or files", () => {
    const at = (file: string, sheet: string, cell: string): Finding => ({
      code: "count_blank",
      severity: "warning",
      at: { file, sheet, cell },
    });
    const groups = groupFindings([
      at("a.xlsx", "Mẫu 2", "C10"),
      at("a.xlsx", "Mẫu 2 (2)", "C10"),
      at("a.xlsx", "Mẫu 2", "C11"),
      at("b.xlsx", "Mẫu 2", "C12"),
    ]);
    expect(groups.map((group) => [group.findings[0]!.at.file, group.cells])).toEqual([
      ["a.xlsx", ["C10", "C11"]],
      ["a.xlsx", ["C10"]],
      ["b.xlsx", ["C12"]],
    ]);
  });

  it("groups dates outside the week only when the week is the same", () => {
    const outside = (cell: string, date: string, end = "2017-10-08"): Finding => ({
      code: "date_outside_week",
      severity: "error",
      at: { file: "a.xlsx", sheet: "Mẫu 1", cell },
      params: { date, start: "2017-10-02", end },
    });
    const groups = groupFindings([
      outside("C9", "2017-10-10"),
      outside("C10", "2017-09-30"),
      outside("C11", "2017-10-12", "2017-10-09"),
    ]);
    expect(groups.map((group) => group.cells)).toEqual([["C9", "C10"], ["C11"]]);
    expect(describeGroup(vi, groups[0]!)).toBe(
      'Tệp a.xlsx, trang "Mẫu 1": 2 dòng có ngày nằm ngoài tuần lễ (02/10/2017–08/10/2017), không được đưa vào lịch. Hãy sửa lại ngày.'
    );
  });

  it("puts the reason a file is refused first, then errors, then warnings", () => {
    const outcome = only(
      mau2Return(
        "bao-cao-2016.xlsx",
        "Phường Phú Bài",
        { phong_su: -2, to_roi: "1.200" },
        {
          year: 2016,
        }
      )
    );
    expect(outcome.status).toBe("rejected");
    const groups = groupFindings(outcome.findings, outcome.status);
    expect(groups.map((group) => [group.code, group.refusal])).toEqual([
      ["other_year", true],
      ["count_negative", false],
      ["count_grouping", false],
    ]);
    // Found last, named first.
    const found: Finding[] = [
      ...outcome.findings.filter((finding) => finding.code !== "other_year"),
      ...outcome.findings.filter((finding) => finding.code === "other_year"),
    ];
    expect(groupFindings(found, "rejected").map((group) => group.code)).toEqual([
      "other_year",
      "count_negative",
      "count_grouping",
    ]);
  });

  it("puts the office's own summary first although it is a warning", () => {
    const findings: Finding[] = [
      {
        code: "count_negative",
        severity: "error",
        at: { file: "th.xlsx" },
        params: { text: "-1" },
      },
      {
        code: "late_return",
        severity: "warning",
        at: { file: "th.xlsx" },
        params: { form: "mau2", deadline: "2017-10-13" },
      },
      {
        code: "own_summary",
        severity: "warning",
        at: { file: "th.xlsx" },
        params: {
          unit: "Phòng Giáo dục và Đào tạo thị xã Hương Thủy",
          campaign: "huong-thuy-2017",
        },
      },
    ];
    const groups = groupFindings(findings, "rejected");
    expect(groups.map((group) => [group.code, group.refusal])).toEqual([
      ["own_summary", true],
      ["count_negative", false],
      ["late_return", false],
    ]);
  });

  it("takes a file that could not be read as refused for its error", () => {
    const outcome = example("xa-thuy-tan-bao-cao.xlsx");
    expect(outcome.status).toBe("rejected");
    expect(groupFindings(outcome.findings, outcome.status)).toEqual([
      {
        code: "not_a_zip",
        severity: "error",
        findings: outcome.findings,
        cells: [],
        indicators: [],
        refusal: true,
      },
    ]);
    // Without the status only the merge's own reasons are known: an unread file's error is not one.
    expect(groupFindings(outcome.findings).map((group) => group.refusal)).toEqual([false]);
  });

  it("keeps the order found among warnings", () => {
    const outcome = example("mau2-phuong-thuy-duong.xlsx");
    expect(groupFindings(outcome.findings, outcome.status).map((group) => group.code)).toEqual([
      "count_grouping",
      "count_unit_word",
    ]);
  });

  it("gives every code that groups findings with different params a heading of its own", () => {
    for (const code of FINDING_CODES.filter((c) => CELL_PARAMS[c].length > 0)) {
      const sample = sampleFinding(code, { file: "a.xlsx", sheet: "Mẫu 2", cell: "C10" });
      for (const catalogue of [vi, en]) {
        const heading = catalogue.pane.findingsView.heading(2, sample, "cells");
        // The generic heading quotes the first finding, which would misname the others.
        expect([code, heading.includes(renderFinding(catalogue, sample))]).toEqual([code, false]);
        expect(heading.startsWith("2 ")).toBe(true);
      }
    }
  });
});

describe("verdictOf", () => {
  it("says what the merge does with each example", () => {
    const verdicts = Object.fromEntries(merged.files.map((file) => [file.path, verdictOf(file)]));
    expect(verdicts["mau2-phuong-phu-bai.xlsx"]).toEqual({
      kind: "counted",
      reasons: [],
      leftOut: 0,
      rowsLeftOut: 0,
    });
    expect(verdicts["mau2-phuong-thuy-phuong.xlsx"]).toEqual({
      kind: "counted_with_errors",
      reasons: ["count_negative", "count_ambiguous"],
      leftOut: 2,
      rowsLeftOut: 0,
    });
    expect(verdicts["mau1-phuong-thuy-chau.xlsx"]).toEqual({
      kind: "counted_with_errors",
      reasons: ["date_outside_week"],
      leftOut: 0,
      rowsLeftOut: 1,
    });
    expect(verdicts["mau2-phuong-thuy-luong-ban-dau.xlsx"]).toEqual({
      kind: "superseded",
      reasons: ["superseded"],
      leftOut: 0,
      rowsLeftOut: 0,
    });
    expect(verdicts["xa-thuy-tan-bao-cao.xlsx"]).toEqual({
      kind: "refused",
      reasons: ["not_a_zip"],
      leftOut: 0,
      rowsLeftOut: 0,
    });
    // A warning alone does not change the verdict.
    expect(verdicts["mau2-phuong-thuy-duong.xlsx"]!.kind).toBe("counted");
    // The values each file leaves out add up to the merge's own count.
    const leftOut = Object.values(verdicts).reduce((sum, verdict) => sum + verdict.leftOut, 0);
    expect(leftOut).toBe(merged.leftOut);
  });

  it("counts the values and schedule rows left out as the merge does", () => {
    const loaded = mergeReturns(
      [
        read(
          mau2Return("mau2.xlsx", "Phường Phú Bài", {
            phong_su: -2,
            to_roi: "1,200",
            van_nghe: "nhiều",
          })
        ),
      ],
      HUONG_THUY_2017
    );
    expect(verdictOf(loaded.files[0]!).leftOut).toBe(loaded.leftOut);
    expect(loaded.leftOut).toBe(3);

    const rows: Finding[] = [
      {
        code: "time_invalid",
        severity: "error",
        at: { file: "a.xlsx", sheet: "Mẫu 1", cell: "B9" },
        params: { text: "sáng sớm" },
      },
      {
        code: "date_invalid",
        severity: "error",
        at: { file: "a.xlsx", sheet: "Mẫu 1", cell: "C9" },
        params: { text: "32/10/2017" },
      },
      {
        code: "date_blank",
        severity: "error",
        at: { file: "a.xlsx", sheet: "Mẫu 1", cell: "C12" },
        params: { text: "" },
      },
      {
        code: "date_no_year",
        severity: "warning",
        at: { file: "a.xlsx", sheet: "Mẫu 1", cell: "C13" },
      },
    ];
    expect(
      verdictOf({ path: "a.xlsx", status: "accepted", forms: ["mau1"], findings: rows })
    ).toEqual({
      kind: "counted_with_errors",
      reasons: ["time_invalid", "date_invalid", "date_blank"],
      leftOut: 0,
      rowsLeftOut: 2,
    });
  });

  it("leaves nothing out of a form a newer file replaces", () => {
    const outcome: FileOutcome = {
      path: "a.xlsx",
      status: "accepted",
      forms: ["mau1", "mau2"],
      findings: [
        {
          code: "count_negative",
          severity: "error",
          at: { file: "a.xlsx", sheet: "Mẫu 2", cell: "C11" },
          indicator: "phong_su",
          params: { text: "-2" },
        },
        {
          code: "superseded",
          severity: "warning",
          at: { file: "a.xlsx" },
          params: { form: "mau2", by: "b.xlsx" },
        },
      ],
    };
    expect(verdictOf(outcome)).toMatchObject({ kind: "counted_with_errors", leftOut: 0 });
  });

  it("names the reasons in plain words", () => {
    const outcome = only(
      mau2Return("bao-cao-2016.xlsx", "Phường Phú Bài", { phong_su: -2 }, { year: 2016 })
    );
    const verdict = verdictOf(outcome);
    expect(verdict).toEqual({
      kind: "refused",
      reasons: ["other_year"],
      leftOut: 0,
      rowsLeftOut: 0,
    });
    expect(vi.pane.findingsView.verdict(verdict)).toBe(
      "Tệp sẽ bị loại, vì: đây là báo cáo của năm khác."
    );
    expect(en.pane.findingsView.verdict(verdict)).toBe(
      "The file will be refused because it is another year's return."
    );
    const view = vi.pane.findingsView;
    expect(view.verdict({ kind: "counted", reasons: [], leftOut: 0, rowsLeftOut: 0 })).toBe(
      "Tệp sẽ được tính vào tổng hợp."
    );
    expect(
      view.verdict({
        kind: "counted_with_errors",
        reasons: ["count_negative"],
        leftOut: 3,
        rowsLeftOut: 0,
      })
    ).toBe("Tệp sẽ được tính, nhưng 3 giá trị lỗi không được cộng vào tổng.");
    expect(
      view.verdict({
        kind: "counted_with_errors",
        reasons: ["date_blank"],
        leftOut: 1,
        rowsLeftOut: 2,
      })
    ).toBe(
      "Tệp sẽ được tính, nhưng 1 giá trị lỗi không được cộng vào tổng và 2 dòng lịch hoạt động có lỗi không được đưa vào lịch."
    );
    expect(
      view.verdict({ kind: "superseded", reasons: ["superseded"], leftOut: 0, rowsLeftOut: 0 })
    ).toBe("Tệp này là bản cũ, bản mới hơn được tính.");
    expect(
      view.verdict({
        kind: "refused",
        reasons: ["no_form_found", "unit_unknown"],
        leftOut: 0,
        rowsLeftOut: 0,
      })
    ).toBe(
      "Tệp sẽ bị loại, vì: không tìm thấy Mẫu 1 hay Mẫu 2 trong tệp; biểu mẫu không ghi tên đơn vị nên không biết đơn vị nào gửi."
    );
  });
});

describe("indicatorLabel", () => {
  it("drops the form's marks and names a participants row's count row", () => {
    expect(indicatorLabel("lop_day_nghe")).toEqual({ label: "Số lớp dạy nghề ngắn hạn" });
    expect(indicatorLabel("lop_day_nghe_luot")).toEqual({
      label: "Số lượt người tham gia",
      countOf: "Số lớp dạy nghề ngắn hạn",
    });
    expect(indicatorLabel("hoi_thao_toa_dam_nguoi")).toEqual({
      label: "Số người tham gia",
      countOf: "Số lần hội thảo, tọa đàm",
    });
    expect(indicatorLabel("ke_hoach")).toEqual({ label: "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ" });
    expect(vi.pane.findingsView.indicator([indicatorLabel("lop_day_nghe_luot")], 0)).toBe(
      "Chỉ tiêu: Số lượt người tham gia (Số lớp dạy nghề ngắn hạn)."
    );
  });
});
