/** Vietnamese: findings as the pane shows them, and the feedback a clerk copies for a unit. */
import type { FindingCode } from "../core";
import { applyByCode, formatDate, quoted, type ByCode } from "./catalogue";
import { findingsVi } from "./findings-vi";
import type {
  FeedbackText,
  FileVerdict,
  FindingNoun,
  FindingsViewText,
  GroupCell,
  IndicatorLabel,
} from "./findings-view";

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Findings of one code said of many cells at once: "24 ô để trống, được tính là 0." `noun`
 * is what is counted, `what` what is wrong with each, `todo` what to do.
 */
interface GroupPhrase {
  readonly noun: string;
  readonly what: string;
  readonly todo?: string;
}

/** A group's phrase that is the same for every group of its code. */
const phrase = (noun: string, what: string, todo?: string) => (): GroupPhrase => ({
  noun,
  what,
  ...(todo ? { todo } : {}),
});

/** The phrase of a group of each code that has one, made from the group's first finding. */
const GROUPS: ByCode<GroupPhrase> = {
  count_blank: phrase("ô", "để trống, được tính là 0", "Nếu có kết quả, hãy ghi số vào các ô này."),
  count_text: phrase(
    "ô",
    "ghi số dạng chữ (kèm khoảng trắng), đã đọc là số",
    "Nên ghi số không kèm khoảng trắng."
  ),
  count_grouping: phrase(
    "ô",
    "ghi số có dấu chấm phân cách hàng nghìn (như 1.200, đã đọc là 1200)",
    "Hãy kiểm tra lại các số này."
  ),
  count_unit_word: phrase(
    "ô",
    "ghi số kèm chữ (như 35 cuốn), chỉ lấy phần số",
    "Nên ghi số không kèm đơn vị tính."
  ),
  count_negative: phrase(
    "ô",
    "ghi số âm, không được tính vào tổng",
    "Hãy sửa thành số nguyên từ 0 trở lên."
  ),
  count_fractional: phrase("ô", "ghi số lẻ, không được tính vào tổng", "Hãy sửa thành số nguyên."),
  count_ambiguous: phrase(
    "ô",
    "ghi số có dấu phẩy, không rõ nghĩa (1,200 có thể là 1,2 hoặc 1200), không được tính vào tổng",
    "Hãy ghi một số nguyên, không dùng dấu phẩy."
  ),
  count_not_a_number: phrase(
    "ô",
    "không ghi bằng chữ số, không được tính vào tổng",
    "Hãy ghi bằng chữ số, ví dụ 12."
  ),
  count_too_large: phrase(
    "ô",
    "ghi số quá lớn (hơn 15 chữ số), không được tính vào tổng",
    "Hãy kiểm tra và ghi đúng số lượng."
  ),
  formula_not_computed: phrase(
    "ô",
    "chứa công thức chưa có kết quả tính, không được tính vào tổng",
    "Hãy mở tệp bằng Excel (hoặc LibreOffice), để bảng tính tự tính lại rồi lưu và gửi lại."
  ),
  indicator_not_found: phrase(
    "chỉ tiêu",
    "không có dòng trong bảng kết quả, được tính là 0",
    "Hãy bổ sung các dòng này theo đúng biểu mẫu."
  ),
  time_blank: phrase("dòng", "chưa ghi giờ, không được đưa vào lịch", "Hãy ghi giờ, ví dụ 07:15."),
  time_invalid: phrase(
    "dòng",
    "ghi giờ không đọc được, không được đưa vào lịch",
    "Hãy ghi giờ dạng 07:15 hoặc 7h15."
  ),
  time_range: phrase("dòng", "ghi một khoảng giờ; đã lấy giờ bắt đầu"),
  date_blank: phrase(
    "dòng",
    "chưa ghi ngày, không được đưa vào lịch",
    "Hãy ghi ngày dạng ngày/tháng/năm."
  ),
  date_invalid: phrase(
    "dòng",
    "ghi ngày không đọc được, không được đưa vào lịch",
    "Hãy ghi ngày dạng 02/10/2017."
  ),
  date_no_year: phrase("dòng", "ghi ngày không có năm; đã lấy năm của đợt"),
  date_two_digit_year: phrase("dòng", "ghi năm bằng hai chữ số; đã hiểu là 20xx"),
  date_range: phrase("dòng", "ghi một khoảng ngày; đã lấy ngày bắt đầu"),
  date_outside_week: (f) => ({
    noun: "dòng",
    what: `có ngày nằm ngoài tuần lễ (${formatDate(f.params.start)}–${formatDate(f.params.end)}), không được đưa vào lịch`,
    todo: "Hãy sửa lại ngày.",
  }),
};

const NOUNS: Readonly<Record<FindingNoun, string>> = {
  cells: "ô",
  indicators: "chỉ tiêu",
  times: "lần",
};

/** A refusal reason in a few words, to follow "Tệp sẽ bị loại, vì:". */
const REASONS: { readonly [C in FindingCode]?: string } = {
  empty_file: "tệp rỗng (0 byte)",
  not_a_zip: "tệp không phải bảng tính Excel",
  truncated: "tệp bị cắt cụt (tải về hoặc sao chép chưa xong)",
  corrupt_zip: "tệp bị hỏng",
  unsupported_compression: "tệp được nén theo cách không chuẩn",
  not_a_workbook: "tệp không phải bảng tính",
  unsupported_format: "định dạng tệp chưa được hỗ trợ",
  encrypted: "tệp có đặt mật khẩu",
  legacy_xls: "tệp là định dạng Excel cũ (.xls)",
  too_large: "tệp quá lớn so với một báo cáo",
  malformed_xml: "tệp bị hỏng một phần",
  missing_part: "tệp thiếu một phần bên trong",
  unreadable: "không đọc được tệp",
  file_unreadable: "không mở được tệp trên máy này",
  no_form_found: "không tìm thấy Mẫu 1 hay Mẫu 2 trong tệp",
  unit_unknown: "biểu mẫu không ghi tên đơn vị nên không biết đơn vị nào gửi",
  other_year: "đây là báo cáo của năm khác",
  own_summary: "đây là bản tổng hợp của chính đơn vị tổng hợp, không phải báo cáo của một đơn vị",
};

const reason = (code: FindingCode): string => REASONS[code] ?? "tệp có lỗi nên không dùng được";

const labelOf = ({ label, countOf }: IndicatorLabel): string =>
  countOf ? `${label} (${countOf})` : label;

const cellOf = ({ cell, text }: GroupCell): string =>
  text !== undefined ? `${cell} ("${quoted(text)}")` : cell;

const sentence = (what: string, todo?: string): string => (todo ? `${what}. ${todo}` : `${what}.`);

/** What was left out, for a verdict: "3 giá trị lỗi không được cộng vào tổng". */
function leftOut(verdict: FileVerdict, settled: boolean): string {
  const not = settled ? "không" : "chưa";
  const parts = [
    verdict.leftOut > 0 ? `${verdict.leftOut} giá trị lỗi ${not} được cộng vào tổng` : "",
    verdict.rowsLeftOut > 0
      ? `${verdict.rowsLeftOut} dòng lịch hoạt động có lỗi ${not} được đưa vào lịch`
      : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" và ") : "còn lỗi cần sửa";
}

export const findingsViewVi: FindingsViewText = {
  heading: (count, sample, noun) => {
    const group = applyByCode(GROUPS, sample);
    if (!group) return `${count} ${NOUNS[noun]}: ${applyByCode(findingsVi, sample)}`;
    return sentence(`${count} ${group.noun} ${group.what}`, group.todo);
  },
  cells: (cells, more) =>
    `${cells.length + more > 1 ? "Các ô" : "Ô"}: ${cells.map(cellOf).join(", ")}${more > 0 ? ` và ${more} ô khác` : ""}.`,
  indicator: (labels, more) =>
    labels.length + more > 1
      ? `Các chỉ tiêu: ${labels.map(labelOf).join("; ")}${more > 0 ? ` và ${more} chỉ tiêu khác` : ""}.`
      : `Chỉ tiêu: ${labels.map(labelOf).join("")}.`,
  refusal: "Lý do bị loại",
  selectFirst: (cell) => `Chọn ô đầu tiên (${cell})`,
  verdict: (verdict) => {
    switch (verdict.kind) {
      case "counted":
        return "Tệp sẽ được tính vào tổng hợp.";
      case "counted_with_errors":
        return `Tệp sẽ được tính, nhưng ${leftOut(verdict, true)}.`;
      case "refused":
        return verdict.reasons.length > 0
          ? `Tệp sẽ bị loại, vì: ${verdict.reasons.map(reason).join("; ")}.`
          : "Tệp sẽ bị loại.";
      case "superseded":
        return "Tệp này là bản cũ, bản mới hơn được tính.";
    }
  },
  reason,
};

/**
 * A finding's message said to the unit, where the pane's own is said to the office ("Hãy đề
 * nghị đơn vị gửi lại…"): the feedback is pasted to the unit itself.
 */
const TO_UNIT: ByCode<string> = {
  empty_file: () => "Tệp nhận được bị rỗng (0 byte). Đề nghị đơn vị gửi lại tệp báo cáo.",
  not_a_zip: () =>
    "Tệp nhận được không phải bảng tính Excel. Đề nghị đơn vị gửi đúng tệp .xlsx của biểu mẫu (nếu tệp mở được bằng Excel hoặc LibreOffice, hãy lưu lại dạng Sổ làm việc Excel .xlsx rồi gửi).",
  truncated: () =>
    "Tệp nhận được bị cắt cụt (gửi hoặc tải lên chưa xong) nên không mở được. Đề nghị đơn vị gửi lại tệp.",
  corrupt_zip: () => "Tệp nhận được bị hỏng, không đọc được. Đề nghị đơn vị gửi lại tệp.",
  not_a_workbook: () =>
    "Tệp nhận được không phải bảng tính (có thể là tệp Word hoặc tệp nén khác). Đề nghị đơn vị gửi đúng tệp biểu mẫu.",
  encrypted: () =>
    "Tệp có đặt mật khẩu nên không đọc được. Đề nghị đơn vị gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.",
  too_large: (f) =>
    f.params.limit === "cell_text"
      ? "Tệp có một ô chứa nội dung quá dài, vượt giới hạn của Excel. Đề nghị đơn vị rút gọn nội dung ô đó (phần dài có thể gửi kèm bằng văn bản riêng) rồi gửi lại."
      : "Tệp quá lớn so với một báo cáo. Đề nghị đơn vị chép biểu mẫu sang một tệp mới, bỏ các trang tính, dòng và hình ảnh thừa, rồi gửi lại.",
  unit_unknown: () =>
    'Biểu mẫu chưa ghi tên đơn vị. Đề nghị đơn vị ghi tên ở góc trên bên trái biểu mẫu (ví dụ "TRƯỜNG THCS PHÚ BÀI" hoặc "TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI") rồi gửi lại.',
  other_year: (f) =>
    `Báo cáo này là của năm ${f.params.found}, không phải năm ${f.params.expected}. Đề nghị đơn vị gửi báo cáo năm ${f.params.expected} theo biểu mẫu mới.`,
  hidden_sheet_read: (f) =>
    `Biểu mẫu nằm ở trang tính bị ẩn "${quoted(f.params.sheet)}". Đề nghị đơn vị bỏ ẩn trang tính đó (bấm chuột phải vào tên một trang > Bỏ ẩn) rồi gửi lại.`,
  hidden_rows_ignored: (f) =>
    `Có ${f.params.count} dòng bị ẩn (${f.params.rows}); số liệu trong các dòng ẩn không được tính. Nếu các dòng đó là số liệu năm nay, đề nghị đơn vị bỏ ẩn rồi gửi lại.`,
};

/** The verdict said to the unit: what became of its report. */
function verdictToUnit(verdict: FileVerdict): string {
  switch (verdict.kind) {
    case "counted":
      return "Báo cáo được tính vào tổng hợp.";
    case "counted_with_errors":
      return `Báo cáo được tính vào tổng hợp, nhưng ${leftOut(verdict, false)}.`;
    case "refused":
      return verdict.reasons.length > 0
        ? `Báo cáo chưa được tính vào tổng hợp, vì: ${verdict.reasons.map(reason).join("; ")}.`
        : "Báo cáo chưa được tính vào tổng hợp.";
    case "superseded":
      return "Tệp này là bản cũ: đã có bản mới hơn của đơn vị, bản mới được tính. Không cần sửa tệp này.";
  }
}

/** Inside the parentheses of a line: the count row first, like the form reads. */
const labelInLine = ({ label, countOf }: IndicatorLabel): string =>
  countOf ? `${countOf} – ${label}` : label;

export const feedbackVi: FeedbackText = {
  copy: "Sao chép góp ý",
  copyLabel: (unit, file) => `Sao chép góp ý cho ${unit ?? "đơn vị"} về tệp ${file}`,
  copied: (unit) =>
    `Đã sao chép góp ý${unit ? ` cho ${unit}` : ""}. Hãy dán (Ctrl+V) vào Zalo hoặc email gửi đơn vị.`,
  copyFailed:
    "Không sao chép được vào bộ nhớ tạm. Hãy bấm vào ô dưới đây, nhấn Ctrl+A rồi Ctrl+C, và dán vào Zalo hoặc email.",
  textLabel: "Góp ý cho đơn vị",
  greeting: (unit, file) =>
    `Kính gửi ${unit ?? "đơn vị"},\nĐã nhận tệp báo cáo "${file}" của đơn vị.`,
  verdict: verdictToUnit,
  mustFix: "Đề nghị đơn vị sửa các chỗ sau rồi gửi lại tệp:",
  shouldCheck: "Đề nghị đơn vị xem lại các chỗ sau (số liệu vẫn được tính như đã ghi):",
  nothingToFix: "Báo cáo không có chỗ nào cần sửa.",
  where: ({ sheet, cells, moreCells, labels, moreLabels }) => {
    const parts: string[] = [];
    if (sheet !== undefined) parts.push(`Trang "${sheet}"`);
    if (cells.length > 0) {
      const many = cells.length + moreCells > 1;
      const list = `${cells.map(cellOf).join(", ")}${moreCells > 0 ? ` và ${moreCells} ô khác` : ""}`;
      const noun = many ? "các ô" : "ô";
      parts.push(`${parts.length > 0 ? noun : capitalize(noun)} ${list}`);
    }
    const where = parts.join(", ");
    if (labels.length === 0) return where;
    const named = `${labels.map(labelInLine).join("; ")}${moreLabels > 0 ? ` và ${moreLabels} chỉ tiêu khác` : ""}`;
    if (cells.length > 0) return `${where} (${named})`;
    const noun = labels.length + moreLabels > 1 ? "các chỉ tiêu" : "chỉ tiêu";
    return where ? `${where}, ${noun} ${named}` : `${capitalize(noun)} ${named}`;
  },
  line: (where, what) => (where ? `- ${where}: ${what}` : `- ${what}`),
  finding: (f) => applyByCode(TO_UNIT, f) ?? applyByCode(findingsVi, f),
  group: (sample) => {
    const group = applyByCode(GROUPS, sample);
    return group ? sentence(group.what, group.todo) : applyByCode(findingsVi, sample);
  },
  thanks: "Xin cảm ơn.",
};
