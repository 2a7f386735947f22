import type { FindingOf, FormId, NonZipKind, SizeLimit } from "../core";
import type { FindingMessages } from "./catalogue";
import { formatDate, formatDeadlineVi, groupDigitsVi, quoted } from "./catalogue";

const resave =
  "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.";
/** What a file that is not a workbook looks like, as the reader guesses it. */
const DETECTED: Readonly<Record<NonZipKind, string>> = {
  pdf: "tệp PDF",
  png: "ảnh",
  jpeg: "ảnh",
  gif: "ảnh",
  archive: "tệp nén (RAR, 7z…)",
  html: "trang web",
  spreadsheetml_2003: "bảng tính dạng XML 2003",
  xml: "tệp XML",
  text: "tệp văn bản",
  binary: "tệp không rõ loại",
};
/** Spreadsheet formats the reader knows but does not read. */
const FORMATS: Readonly<Record<string, string>> = {
  xlsb: "Sổ làm việc nhị phân của Excel (.xlsb)",
};
/** Files that Excel or LibreOffice open as a spreadsheet and can save again as .xlsx. */
const RESAVABLE: ReadonlySet<NonZipKind> = new Set<NonZipKind>(["html", "spreadsheetml_2003"]);
const form = (value: FormId): string => (value === "mau1" ? "Mẫu 1" : "Mẫu 2");
/** What was done so far: "mới mở 1 lớp…", and for none "chưa mở lớp… nào". */
const soFar = (value: number, verb: string, what: string): string =>
  value > 0 ? `mới ${verb} ${value} ${what}` : `chưa ${verb} ${what} nào`;
const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** What a `too_large` limit says about the file (see src/xlsx/read/limits.ts). */
const LIMITS: Readonly<Record<SizeLimit, (max: number) => string>> = {
  file_bytes: (max) => `nặng hơn ${mb(max)}`,
  part_bytes: (max) => `một phần bên trong, khi giải nén, lớn hơn ${mb(max)}`,
  total_inflated_bytes: (max) => `các phần bên trong, khi giải nén, lớn hơn ${mb(max)}`,
  zip_entries: (max) => `chứa hơn ${groupDigitsVi(max)} mục bên trong`,
  cells: (max) => `có hơn ${groupDigitsVi(max)} ô có dữ liệu`,
  shared_strings: (max) => `có hơn ${groupDigitsVi(max)} chuỗi chữ`,
  sheets: (max) => `có hơn ${groupDigitsVi(max)} trang tính`,
  cell_text: (max) => `một ô chứa hơn ${groupDigitsVi(max)} ký tự, quá giới hạn của Excel`,
  shared_formula_chars: (max) =>
    `các công thức dùng chung, khi chép ra từng ô, dài hơn ${groupDigitsVi(max)} ký tự`,
};

function tooLarge(f: FindingOf<"too_large">): string {
  const { limit, max } = f.params;
  const what = LIMITS[limit](max);
  const todo =
    limit === "cell_text"
      ? "Hãy đề nghị đơn vị rút gọn nội dung ô đó (phần dài có thể gửi kèm bằng văn bản riêng) rồi gửi lại."
      : "Hãy đề nghị đơn vị chép biểu mẫu sang một tệp mới, bỏ các trang tính, dòng và hình ảnh thừa, rồi gửi lại.";
  return `Tệp quá lớn so với một báo cáo: ${what}. ${todo}`;
}

function notAZip(f: FindingOf<"not_a_zip">): string {
  const { detected } = f.params;
  const todo = RESAVABLE.has(detected)
    ? resave
    : detected === "archive"
      ? "Hãy giải nén tệp rồi chọn tệp .xlsx bên trong, hoặc đề nghị đơn vị gửi đúng tệp .xlsx của biểu mẫu."
      : "Hãy đề nghị đơn vị gửi đúng tệp .xlsx của biểu mẫu.";
  return `Tệp không phải bảng tính Excel (có vẻ là ${DETECTED[detected]}). ${todo}`;
}

/** Vietnamese text of every finding: what is wrong, and what to do. */
export const findingsVi: FindingMessages = {
  empty_file: () => `Tệp rỗng (0 byte). Hãy đề nghị đơn vị gửi lại tệp báo cáo.`,
  not_a_zip: notAZip,
  truncated: () =>
    `Tệp bị cắt cụt (tải về hoặc sao chép chưa xong). Hãy tải lại tệp hoặc đề nghị đơn vị gửi lại.`,
  corrupt_zip: () => `Tệp bị hỏng, không đọc được. Hãy đề nghị đơn vị gửi lại tệp.`,
  unsupported_compression: () => `Tệp được nén theo cách không chuẩn. ${resave}`,
  not_a_workbook: () =>
    `Tệp không phải bảng tính (có thể là tệp Word hoặc tệp nén khác). Hãy đề nghị đơn vị gửi đúng tệp biểu mẫu.`,
  unsupported_format: (f) =>
    `Tệp là ${FORMATS[f.params.format] ?? `định dạng ${f.params.format}`}, chưa được hỗ trợ. ${resave}`,
  encrypted: () =>
    `Tệp có đặt mật khẩu nên không đọc được. Hãy đề nghị đơn vị gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.`,
  legacy_xls: () => `Tệp là định dạng Excel cũ (.xls). ${resave}`,
  too_large: tooLarge,
  malformed_xml: (f) => `Tệp bị hỏng ở phần ${f.params.part}. ${resave}`,
  missing_part: (f) => `Tệp thiếu phần ${f.params.part}. ${resave}`,
  unreadable: () => `Không đọc được tệp. ${resave}`,
  file_unreadable: () =>
    `Không mở được tệp trên máy (không tồn tại, là một thư mục hoặc không có quyền đọc). Hãy kiểm tra đường dẫn.`,
  no_form_found: () =>
    `Không tìm thấy Mẫu 1 hay Mẫu 2 trong tệp. Hãy dùng biểu mẫu do Phòng gửi, giữ nguyên tiêu đề các cột và các dòng chỉ tiêu.`,
  indicator_not_found: () =>
    `Không tìm thấy dòng của chỉ tiêu này trong bảng kết quả; chỉ tiêu được tính là 0. Hãy bổ sung dòng này theo đúng biểu mẫu.`,
  unit_unknown: () =>
    `Không xác định được đơn vị gửi báo cáo: biểu mẫu không ghi tên đơn vị (ở góc trên bên trái, trong tiêu đề hay ở phần ký tên) và tên tệp không trùng đơn vị nào trong danh sách. Hãy đề nghị đơn vị ghi tên ở góc trên bên trái biểu mẫu (ví dụ "TRƯỜNG THCS PHÚ BÀI" hoặc "TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI") rồi gửi lại.`,
  unit_not_on_roster: (f) =>
    `Đơn vị "${quoted(f.params.name)}" không có trong danh sách đơn vị của đợt này. Hãy kiểm tra tên đơn vị hoặc bổ sung vào danh sách.`,
  template_metadata_unreadable: () =>
    `Thông tin nhận dạng biểu mẫu bị hỏng; tệp được đọc theo nhãn. Hãy kiểm tra kết quả của tệp này.`,
  campaign_mismatch: (f) =>
    `Biểu mẫu thuộc đợt "${quoted(f.params.found)}", không phải đợt "${f.params.expected}". Hãy kiểm tra đơn vị có dùng nhầm biểu mẫu năm trước không.`,
  template_version_mismatch: (f) =>
    `Biểu mẫu được tạo theo phiên bản ${quoted(f.params.found)}, khác phiên bản ${f.params.expected} mà chương trình đang dùng; số liệu vẫn được đọc. Hãy kiểm tra kết quả của tệp này, hoặc gửi cho đơn vị biểu mẫu mới.`,
  own_summary: (f) =>
    `Đây là bản tổng hợp của chính đơn vị tổng hợp "${quoted(f.params.unit)}" (đợt ${f.params.campaign}), không phải báo cáo của một đơn vị; tệp không được tính. Nếu cần tổng hợp lại, chỉ chọn các tệp báo cáo của đơn vị.`,
  other_year: (f) =>
    `Báo cáo này là của năm ${f.params.found}, không phải năm ${f.params.expected} của đợt đang tổng hợp; tệp không được tính. Hãy đề nghị đơn vị gửi báo cáo năm ${f.params.expected} theo biểu mẫu mới.`,
  duplicate_file: (f) => `Tệp giống hệt tệp "${f.params.of}" (cùng nội dung); chỉ tính một lần.`,
  hidden_sheet_read: (f) =>
    `Biểu mẫu nằm ở trang tính ẩn "${quoted(f.params.sheet)}" (không có trang hiện nào chứa biểu mẫu); đã đọc trang này. Hãy kiểm tra kết quả, hoặc đề nghị đơn vị hiện trang tính rồi gửi lại.`,
  hidden_rows_ignored: (f) =>
    `Có ${f.params.count} dòng bị ẩn (${f.params.rows}); số liệu trong các dòng ẩn không được tính. Nếu các dòng đó là số liệu năm nay, hãy đề nghị đơn vị bỏ ẩn rồi gửi lại.`,
  several_forms_one_unit: (f) =>
    `Tệp có nhiều trang ${form(f.params.form)} của cùng đơn vị; chỉ đọc trang "${quoted(f.params.sheet)}". Hãy kiểm tra và xóa các trang thừa.`,
  count_blank: () => `Ô để trống, được tính là 0. Nếu có kết quả, hãy ghi số vào ô này.`,
  count_text: (f) =>
    `Số "${quoted(f.params.text)}" được ghi dạng chữ; đã đọc là số. Nên ghi số không kèm khoảng trắng.`,
  count_grouping: (f) =>
    `"${quoted(f.params.text)}" được đọc là số có dấu phân cách hàng nghìn. Hãy kiểm tra lại.`,
  count_unit_word: (f) =>
    `"${quoted(f.params.text)}" có kèm chữ; chỉ lấy phần số. Nên ghi số không kèm đơn vị tính.`,
  count_negative: (f) =>
    `Giá trị "${quoted(f.params.text)}" là số âm, không được tính vào tổng. Hãy sửa thành số nguyên từ 0 trở lên.`,
  count_fractional: (f) =>
    `Giá trị "${quoted(f.params.text)}" là số lẻ, không được tính vào tổng. Hãy sửa thành số nguyên.`,
  count_ambiguous: (f) =>
    `Giá trị "${quoted(f.params.text)}" không rõ nghĩa (ví dụ 1,200 có thể là 1,2 hoặc 1200), không được tính vào tổng. Hãy ghi một số nguyên, không dùng dấu phẩy.`,
  count_not_a_number: (f) =>
    `Giá trị "${quoted(f.params.text)}" không phải là số, không được tính vào tổng. Hãy ghi bằng chữ số, ví dụ 12.`,
  count_too_large: (f) =>
    `Giá trị "${quoted(f.params.text)}" quá lớn (hơn 15 chữ số), không được tính vào tổng. Hãy kiểm tra và ghi đúng số lượng.`,
  count_lines_mismatch: (f) =>
    `Ô ${f.params.cell} ghi ${f.params.values} dòng số liệu cho ${f.params.labels} dòng nội dung ở ô nhãn, không ghép được từng số với từng chỉ tiêu; các chỉ tiêu của ô này không được tính. Hãy ghi mỗi số trên một dòng, đúng thứ tự các dòng nội dung, hoặc ghi mỗi chỉ tiêu vào một ô riêng.`,
  formula_not_computed: (f) =>
    `Ô chứa công thức "${quoted(f.params.formula)}" chưa có kết quả tính, không được tính vào tổng. Hãy mở tệp bằng Excel (hoặc LibreOffice), để bảng tính tự tính lại rồi lưu và gửi lại.`,
  participants_without_sessions: (f) =>
    `Có ${f.params.value} người tham gia nhưng số buổi/lớp ở dòng trên bằng 0. Hãy kiểm tra lại hai dòng này.`,
  implausible_ratio: (f) =>
    `Trung bình ${f.params.ratio} người mỗi buổi/lớp (trên ${f.params.limit}), có thể ghi nhầm. Hãy kiểm tra lại số người tham gia.`,
  community_minimum_talks: (f) =>
    `Trung tâm HTCĐ ${soFar(f.params.value, "tổ chức", "chuyên đề, hội thảo, tọa đàm")}; kế hoạch yêu cầu ít nhất ${f.params.minimum}.`,
  community_minimum_vocational: (f) =>
    `Trung tâm HTCĐ ${soFar(f.params.value, "mở", "lớp dạy nghề ngắn hạn")}; kế hoạch yêu cầu ít nhất ${f.params.minimum}.`,
  time_blank: () =>
    `Chưa ghi giờ của hoạt động; dòng này không được tính. Hãy ghi giờ, ví dụ 07:15.`,
  time_invalid: (f) =>
    `Giờ "${quoted(f.params.text)}" không đọc được; dòng này không được tính. Hãy ghi giờ dạng 07:15 hoặc 7h15.`,
  time_range: () => `Ghi một khoảng giờ; lấy giờ bắt đầu.`,
  date_blank: () =>
    `Chưa ghi ngày của hoạt động; dòng này không được tính. Hãy ghi ngày dạng ngày/tháng/năm.`,
  date_invalid: (f) =>
    `Ngày "${quoted(f.params.text)}" không đọc được; dòng này không được tính. Hãy ghi ngày dạng 02/10/2017.`,
  date_no_year: () => `Ngày không ghi năm; lấy năm của đợt.`,
  date_two_digit_year: () => `Năm ghi hai chữ số; đã hiểu là 20xx.`,
  date_range: () => `Ghi một khoảng ngày; lấy ngày bắt đầu.`,
  date_outside_week: (f) =>
    `Ngày ${formatDate(f.params.date)} nằm ngoài tuần lễ (${formatDate(f.params.start)}–${formatDate(f.params.end)}); dòng này không được tính. Hãy sửa lại ngày.`,
  superseded: (f) =>
    `${form(f.params.form)} của tệp này được thay bằng tệp mới hơn "${f.params.by}" của cùng đơn vị.`,
  late_return: (f) => `${form(f.params.form)} nộp sau hạn ${formatDeadlineVi(f.params.deadline)}.`,
};
