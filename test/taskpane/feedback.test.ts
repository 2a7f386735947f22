import { HUONG_THUY_2017, mergeReturns, type FileOutcome, type Finding } from "../../src/core";
import { en, vi } from "../../src/messages";
import { OFFICE_ONLY, feedbackText } from "../../src/taskpane/feedback";
import { returnFromBytes } from "../../src/xlsx/returns";
import { writeFormTemplate } from "../../src/xlsx/templates";
import { exampleOutcome } from "../helpers/example-merge";
import { mau2Return } from "../helpers/return-data";

const example = exampleOutcome;

const lines = (...text: string[]): string => text.join("\n");

describe("feedbackText", () => {
  it("tells a unit which cells to fix and why, in plain words", () => {
    const name = "mau2-phuong-thuy-phuong.xlsx";
    expect(feedbackText(vi, example(name), name)).toBe(
      lines(
        "Kính gửi Phường Thủy Phương,",
        `Đã nhận tệp báo cáo "${name}" của đơn vị.`,
        "Báo cáo được tính vào tổng hợp, nhưng 2 giá trị lỗi chưa được cộng vào tổng.",
        "Đề nghị đơn vị sửa các chỗ sau rồi gửi lại tệp:",
        '- Ô C17 (Xây dựng phóng sự): Giá trị "-2" là số âm, không được tính vào tổng. Hãy sửa thành số nguyên từ 0 trở lên.',
        '- Ô C21 (Số lượng tờ rơi đã phát hành): Giá trị "1,200" không rõ nghĩa (ví dụ 1,200 có thể là 1,2 hoặc 1200), không được tính vào tổng. Hãy ghi một số nguyên, không dùng dấu phẩy.',
        "Xin cảm ơn."
      )
    );
    expect(feedbackText(en, example(name), name)).toBe(
      lines(
        "Dear Phường Thủy Phương,",
        `We received your return file "${name}".`,
        "Your return is counted in the summary, but 2 values with errors are not yet in the totals.",
        "Please fix the following and send the file again:",
        '- Cell C17 (Xây dựng phóng sự): "-2" is negative and left out of the totals. Enter a whole number from 0 up.',
        '- Cell C21 (Số lượng tờ rơi đã phát hành): "1,200" is ambiguous (1,200 may be 1.2 or 1200) and left out of the totals. Enter a whole number without commas.',
        "Thank you."
      )
    );
  });

  it("asks to look again at the values read with a warning", () => {
    const name = "mau2-phuong-thuy-duong.xlsx";
    expect(feedbackText(vi, example(name), name)).toBe(
      lines(
        "Kính gửi Phường Thủy Dương,",
        `Đã nhận tệp báo cáo "${name}" của đơn vị.`,
        "Báo cáo được tính vào tổng hợp.",
        "Đề nghị đơn vị xem lại các chỗ sau (số liệu vẫn được tính như đã ghi):",
        '- Ô C21 (Số lượng tờ rơi đã phát hành): "1.200" được đọc là số có dấu phân cách hàng nghìn. Hãy kiểm tra lại.',
        '- Ô C22 (Số lượng sách, tài liệu đã phát hành): "35 cuốn" có kèm chữ; chỉ lấy phần số. Nên ghi số không kèm đơn vị tính.',
        "Xin cảm ơn."
      )
    );
  });

  it("names the schedule row a unit must correct", () => {
    const name = "mau1-phuong-thuy-chau.xlsx";
    // The late return is the office's note, not something to fix in the file.
    expect(example(name).findings.map((finding) => finding.code)).toContain("late_return");
    expect(feedbackText(vi, example(name), name)).toBe(
      lines(
        "Kính gửi Phường Thủy Châu,",
        `Đã nhận tệp báo cáo "${name}" của đơn vị.`,
        "Báo cáo được tính vào tổng hợp, nhưng 1 dòng lịch hoạt động có lỗi chưa được đưa vào lịch.",
        "Đề nghị đơn vị sửa các chỗ sau rồi gửi lại tệp:",
        "- Ô C11: Ngày 10/10/2017 nằm ngoài tuần lễ (02/10/2017–08/10/2017); dòng này không được tính. Hãy sửa lại ngày.",
        "Xin cảm ơn."
      )
    );
  });

  it("says so when nothing needs fixing, leaving out the office's own notes", () => {
    for (const name of [
      "mau2-phuong-phu-bai.xlsx",
      "mau1-phuong-phu-bai.xlsx",
      "thcs-phu-bai.xlsx",
    ]) {
      const outcome = example(name);
      expect(outcome.findings.every((finding) => OFFICE_ONLY.has(finding.code))).toBe(true);
      expect(feedbackText(vi, outcome, name)).toBe(
        lines(
          `Kính gửi ${outcome.unit},`,
          `Đã nhận tệp báo cáo "${name}" của đơn vị.`,
          "Báo cáo được tính vào tổng hợp.",
          "Báo cáo không có chỗ nào cần sửa.",
          "Xin cảm ơn."
        )
      );
    }
  });

  it("tells the sender of a file that is no workbook to send the form again", () => {
    const name = "xa-thuy-tan-bao-cao.xlsx";
    expect(feedbackText(vi, example(name), name)).toBe(
      lines(
        "Kính gửi đơn vị,",
        `Đã nhận tệp báo cáo "${name}" của đơn vị.`,
        "Báo cáo chưa được tính vào tổng hợp, vì: tệp không phải bảng tính Excel.",
        "Đề nghị đơn vị sửa các chỗ sau rồi gửi lại tệp:",
        "- Tệp nhận được không phải bảng tính Excel. Đề nghị đơn vị gửi đúng tệp .xlsx của biểu mẫu (nếu tệp mở được bằng Excel hoặc LibreOffice, hãy lưu lại dạng Sổ làm việc Excel .xlsx rồi gửi).",
        "Xin cảm ơn."
      )
    );
  });

  it("asks nothing of an older copy", () => {
    const name = "mau2-phuong-thuy-luong-ban-dau.xlsx";
    expect(feedbackText(vi, example(name), name)).toBe(
      lines(
        "Kính gửi Phường Thủy Lương,",
        `Đã nhận tệp báo cáo "${name}" của đơn vị.`,
        "Tệp này là bản cũ: đã có bản mới hơn của đơn vị, bản mới được tính. Không cần sửa tệp này.",
        "Xin cảm ơn."
      )
    );
  });

  it("lists every blank cell of a form sent back unfilled on one line", async () => {
    const unit = HUONG_THUY_2017.units.find((u) => u.name === "Phường Phú Bài");
    const bytes = await writeFormTemplate(["mau2"], HUONG_THUY_2017, unit, vi);
    const outcome = mergeReturns(
      [returnFromBytes(bytes, { file: "mau2-trong.xlsx" }, HUONG_THUY_2017)],
      HUONG_THUY_2017
    ).files[0]!;
    const blanks = outcome.findings
      .filter((finding) => finding.code === "count_blank")
      .map((finding) => finding.at.cell);
    expect(blanks).toHaveLength(23);
    // The plan's minimums for a TTHTCĐ are the office's to weigh: no figure is to be raised.
    expect(outcome.findings.map((finding) => finding.code)).toContain("community_minimum_talks");
    expect(feedbackText(vi, outcome, "mau2-trong.xlsx")).toBe(
      lines(
        "Kính gửi Phường Phú Bài,",
        'Đã nhận tệp báo cáo "mau2-trong.xlsx" của đơn vị.',
        "Báo cáo được tính vào tổng hợp.",
        "Đề nghị đơn vị xem lại các chỗ sau (số liệu vẫn được tính như đã ghi):",
        `- Các ô ${blanks.join(", ")}: để trống, được tính là 0. Nếu có kết quả, hãy ghi số vào các ô này.`,
        "Xin cảm ơn."
      )
    );
  });

  it("puts the reason of a refusal first, and names the sheets when there are several", () => {
    const data = mau2Return(
      "bao-cao.xlsx",
      "Phường Phú Bài",
      { phong_su: -2, to_roi: -3 },
      { year: 2016 }
    );
    const outcome = mergeReturns([{ kind: "read", data }], HUONG_THUY_2017).files[0]!;
    const schedule: Finding = {
      code: "time_invalid",
      severity: "error",
      at: { file: "bao-cao.xlsx", sheet: "Mẫu 1", cell: "B9" },
      params: { text: "sáng" },
    };
    const withSchedule: FileOutcome = { ...outcome, findings: [...outcome.findings, schedule] };
    expect(feedbackText(vi, withSchedule, "bao-cao.xlsx")).toBe(
      lines(
        "Kính gửi Phường Phú Bài,",
        'Đã nhận tệp báo cáo "bao-cao.xlsx" của đơn vị.',
        "Báo cáo chưa được tính vào tổng hợp, vì: đây là báo cáo của năm khác.",
        "Đề nghị đơn vị sửa các chỗ sau rồi gửi lại tệp:",
        '- Trang "Mẫu 2": Báo cáo này là của năm 2016, không phải năm 2017. Đề nghị đơn vị gửi báo cáo năm 2017 theo biểu mẫu mới.',
        '- Trang "Mẫu 2", các ô C11 ("-2"), C14 ("-3") (Xây dựng phóng sự; Số lượng tờ rơi đã phát hành): ghi số âm, không được tính vào tổng. Hãy sửa thành số nguyên từ 0 trở lên.',
        '- Trang "Mẫu 1", ô B9: Giờ "sáng" không đọc được; dòng này không được tính. Hãy ghi giờ dạng 07:15 hoặc 7h15.',
        "Xin cảm ơn."
      )
    );
  });

  it("shows control characters of a file name or typed text as symbols", () => {
    const outcome: FileOutcome = {
      path: "bao\u0007cao.xlsx",
      status: "accepted",
      unit: "Xã Thủy Vân",
      forms: ["mau2"],
      findings: [
        {
          code: "count_not_a_number",
          severity: "error",
          at: { file: "bao\u0007cao.xlsx", sheet: "Mẫu 2", cell: "C12" },
          indicator: "tin_bai_phat_thanh",
          params: { text: "mười\r\nhai" },
        },
      ],
    };
    const text = feedbackText(vi, outcome, outcome.path);
    expect(text.split("\n")).toEqual([
      "Kính gửi Xã Thủy Vân,",
      'Đã nhận tệp báo cáo "bao␇cao.xlsx" của đơn vị.',
      "Báo cáo được tính vào tổng hợp, nhưng 1 giá trị lỗi chưa được cộng vào tổng.",
      "Đề nghị đơn vị sửa các chỗ sau rồi gửi lại tệp:",
      '- Ô C12 (Số bài, tin phát trên đài phát thanh): Giá trị "mười␍␊hai" không phải là số, không được tính vào tổng. Hãy ghi bằng chữ số, ví dụ 12.',
      "Xin cảm ơn.",
    ]);
  });
});
