import {
  toFinding,
  type CodedParams,
  type FileOutcome,
  type Finding,
  type FindingCode,
} from "../../src/core";
import { describeProblemFiles, MAX_LISTED_FILES } from "../../src/cli/problem-files";
import { describeFinding, en, vi } from "../../src/messages";
import { mergeResultOf } from "../helpers/merge-result";

const LATE: CodedParams<"late_return"> = {
  code: "late_return",
  params: { form: "mau2", deadline: "2017-10-13" },
};

/** An error of `coded` on the file (not a workbook, unless told), with `extra` in it. */
const finding = (
  file: string,
  coded: CodedParams<FindingCode> = { code: "not_a_zip", params: { detected: "pdf" } },
  extra: Partial<Pick<Finding, "severity" | "at" | "indicator">> = {}
): Finding => ({ ...toFinding(coded, "error", { file }), ...extra });

const rejected = (file: string, findings: readonly Finding[] = [finding(file)]): FileOutcome => ({
  path: file,
  status: "rejected",
  forms: [],
  findings,
});

const accepted = (file: string, findings: readonly Finding[]): FileOutcome => ({
  path: file,
  status: "accepted",
  unit: "Xã Thủy Vân",
  forms: ["mau2"],
  findings,
});

const countError = (file: string, cell: string, indicator: Finding["indicator"]): Finding =>
  finding(
    file,
    { code: "count_negative", params: { text: "-3" } },
    { at: { file, sheet: "Mẫu 2", cell }, indicator }
  );

describe("describeProblemFiles", () => {
  it("lists a rejected file with its errors under it, not its warnings", () => {
    const error = finding("hong.xlsx");
    const warning = finding("hong.xlsx", LATE, { severity: "warning" });
    const result = mergeResultOf([], { files: [rejected("hong.xlsx", [warning, error])] });
    expect(describeProblemFiles(result, vi)).toEqual([
      "hong.xlsx: bị loại",
      `  [LỖI] ${describeFinding(vi, error)}`,
    ]);
  });

  it("gives the warnings of a file rejected with warnings only (the office's own summary)", () => {
    const own = finding(
      "tong-hop.xlsx",
      {
        code: "own_summary",
        params: { unit: "Thị xã Hương Thủy", campaign: "huong-thuy-2017" },
      },
      { severity: "warning" }
    );
    const result = mergeResultOf([], { files: [rejected("tong-hop.xlsx", [own])] });
    expect(describeProblemFiles(result, vi)).toEqual([
      "tong-hop.xlsx: bị loại",
      `  [Cảnh báo] ${describeFinding(vi, own)}`,
    ]);
  });

  it("counts the values of an accepted file left out of the totals, with their cells", () => {
    const file = "thuy-van.xlsx";
    const result = mergeResultOf([], {
      files: [
        accepted(file, [
          countError(file, "C14", "to_roi"),
          // A second error on one value is still one value left out.
          countError(file, "C14", "to_roi"),
          countError(file, "C20", "phong_su"),
          finding(
            file,
            { code: "count_text", params: { text: " 12 " } },
            { severity: "warning", indicator: "van_nghe" }
          ),
          finding(
            file,
            {
              code: "date_outside_week",
              params: { date: "2017-10-15", start: "2017-10-02", end: "2017-10-08" },
            },
            { at: { file, cell: "B9" } }
          ),
        ]),
        accepted("phu-bai.xlsx", [finding("phu-bai.xlsx", LATE, { severity: "warning" })]),
      ],
    });
    expect(describeProblemFiles(result, vi)).toEqual([
      "thuy-van.xlsx (Xã Thủy Vân): 2 giá trị không được tính vào tổng (ô C14, C20)",
    ]);
    expect(describeProblemFiles(result, en)).toEqual([
      "thuy-van.xlsx (Xã Thủy Vân): 2 values left out of the totals (cells C14, C20)",
    ]);
  });

  it("lists rejected files first, and counts those after the first 20", () => {
    const broken = Array.from({ length: 25 }, (_, i) => rejected(`hong-${i + 10}.xlsx`));
    const leftOut = accepted("a.xlsx", [countError("a.xlsx", "C14", "to_roi")]);
    const result = mergeResultOf([], { files: [leftOut, ...broken] });
    const lines = describeProblemFiles(result, vi);
    expect(lines.filter((line) => line.endsWith(": bị loại"))).toHaveLength(MAX_LISTED_FILES);
    expect(lines[0]).toBe("hong-10.xlsx: bị loại");
    expect(lines.at(-1)).toBe("… và 6 tệp khác (xem --json)");
    expect(describeProblemFiles(result, vi, "bao-cao.json").at(-1)).toBe(
      "… và 6 tệp khác (xem bao-cao.json)"
    );
    expect(describeProblemFiles(result, en).at(-1)).toBe("… and 6 more files (see --json)");
  });

  it("lists all of 20 files without a count", () => {
    const result = mergeResultOf([], {
      files: Array.from({ length: MAX_LISTED_FILES }, (_, i) => rejected(`hong-${i}.xlsx`)),
    });
    expect(describeProblemFiles(result, vi)).toHaveLength(2 * MAX_LISTED_FILES);
  });

  it("says nothing when every file was merged whole", () => {
    const result = mergeResultOf([], { files: [accepted("a.xlsx", [])] });
    expect(describeProblemFiles(result, vi)).toEqual([]);
  });

  it("shows control characters of a file name as symbols", () => {
    const result = mergeResultOf([], { files: [rejected("a\u001b[2Jb.xlsx")] });
    expect(describeProblemFiles(result, vi)[0]).toBe("a\u241b[2Jb.xlsx: bị loại");
  });
});
