import type { FindingMessages } from "./catalogue";
import { formatDate } from "./catalogue";

const resave =
  "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.";
const p = (value: unknown): string => String(value ?? "");
/** What a file that is not a workbook looks like, as the reader guesses it. */
const DETECTED: Readonly<Record<string, string>> = {
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
const form = (value: unknown): string => (value === "mau1" ? "Mẫu 1" : "Mẫu 2");

/** Vietnamese text of every finding: what is wrong, and what to do. */
export const findingsVi: FindingMessages = {
  empty_file: () => `Tệp rỗng (0 byte). Hãy đề nghị đơn vị gửi lại tệp báo cáo.`,
  not_a_zip: (f) =>
    `Tệp không phải bảng tính Excel${f.params?.detected ? ` (có vẻ là ${DETECTED[p(f.params.detected)] ?? p(f.params.detected)})` : ""}. Hãy đề nghị đơn vị gửi đúng tệp .xlsx của biểu mẫu.`,
  truncated: () =>
    `Tệp bị cắt cụt (tải về hoặc sao chép chưa xong). Hãy tải lại tệp hoặc đề nghị đơn vị gửi lại.`,
  corrupt_zip: () => `Tệp bị hỏng, không đọc được. Hãy đề nghị đơn vị gửi lại tệp.`,
  unsupported_compression: () => `Tệp được nén theo cách không chuẩn. ${resave}`,
  not_a_workbook: () =>
    `Tệp không phải bảng tính (có thể là tệp Word hoặc tệp nén khác). Hãy đề nghị đơn vị gửi đúng tệp biểu mẫu.`,
  unsupported_format: (f) => `Định dạng ${p(f.params?.format)} chưa được hỗ trợ. ${resave}`,
  encrypted: () =>
    `Tệp có đặt mật khẩu nên không đọc được. Hãy đề nghị đơn vị gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.`,
  legacy_xls: () => `Tệp là định dạng Excel cũ (.xls). ${resave}`,
  too_large: (f) =>
    `Tệp quá lớn so với một báo cáo (vượt giới hạn ${p(f.params?.limit)}). Hãy kiểm tra lại tệp, xóa các trang tính thừa rồi gửi lại.`,
  malformed_xml: (f) => `Tệp bị hỏng ở phần ${p(f.params?.part)}. ${resave}`,
  missing_part: (f) => `Tệp thiếu phần ${p(f.params?.part)}. ${resave}`,
  unreadable: () => `Không đọc được tệp. ${resave}`,
  file_unreadable: () =>
    `Không mở được tệp trên máy (không tồn tại hoặc không có quyền đọc). Hãy kiểm tra đường dẫn.`,
  no_form_found: () =>
    `Không tìm thấy Mẫu 1 hay Mẫu 2 trong tệp. Hãy dùng biểu mẫu do Phòng gửi, giữ nguyên tiêu đề các cột và các dòng chỉ tiêu.`,
  indicator_not_found: () =>
    `Không tìm thấy dòng của chỉ tiêu này trong bảng kết quả; chỉ tiêu được tính là 0. Hãy bổ sung dòng này theo đúng biểu mẫu.`,
  unit_unknown: () =>
    `Không xác định được đơn vị gửi báo cáo. Hãy ghi tên đơn vị ở góc trên bên trái biểu mẫu (ví dụ "TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI") hoặc đặt tên tệp theo tên đơn vị.`,
  unit_not_on_roster: (f) =>
    `Đơn vị "${p(f.params?.name)}" không có trong danh sách đơn vị của đợt này. Hãy kiểm tra tên đơn vị hoặc bổ sung vào danh sách.`,
  template_metadata_unreadable: () =>
    `Thông tin nhận dạng biểu mẫu bị hỏng; tệp được đọc theo nhãn. Hãy kiểm tra kết quả của tệp này.`,
  campaign_mismatch: (f) =>
    `Biểu mẫu thuộc đợt "${p(f.params?.found)}", không phải đợt "${p(f.params?.expected)}". Hãy kiểm tra đơn vị có dùng nhầm biểu mẫu năm trước không.`,
  count_blank: () => `Ô để trống, được tính là 0. Nếu có kết quả, hãy ghi số vào ô này.`,
  count_text: (f) =>
    `Số "${p(f.params?.text)}" được ghi dạng chữ; đã đọc là số. Nên ghi số không kèm khoảng trắng.`,
  count_grouping: (f) =>
    `"${p(f.params?.text)}" được đọc là số có dấu phân cách hàng nghìn. Hãy kiểm tra lại.`,
  count_unit_word: (f) =>
    `"${p(f.params?.text)}" có kèm chữ; chỉ lấy phần số. Nên ghi số không kèm đơn vị tính.`,
  count_negative: (f) =>
    `Giá trị "${p(f.params?.text)}" là số âm, không được tính vào tổng. Hãy sửa thành số nguyên từ 0 trở lên.`,
  count_fractional: (f) =>
    `Giá trị "${p(f.params?.text)}" là số lẻ, không được tính vào tổng. Hãy sửa thành số nguyên.`,
  count_ambiguous: (f) =>
    `Giá trị "${p(f.params?.text)}" không rõ nghĩa (ví dụ 1,200 có thể là 1,2 hoặc 1200), không được tính vào tổng. Hãy ghi một số nguyên, không dùng dấu phẩy.`,
  count_not_a_number: (f) =>
    `Giá trị "${p(f.params?.text)}" không phải là số, không được tính vào tổng. Hãy ghi bằng chữ số, ví dụ 12.`,
  participants_without_sessions: (f) =>
    `Có ${p(f.params?.value)} người tham gia nhưng số buổi/lớp ở dòng trên bằng 0. Hãy kiểm tra lại hai dòng này.`,
  implausible_ratio: (f) =>
    `Trung bình ${p(f.params?.ratio)} người mỗi buổi/lớp (trên ${p(f.params?.limit)}), có thể ghi nhầm. Hãy kiểm tra lại số người tham gia.`,
  community_minimum_talks: (f) =>
    `Trung tâm HTCĐ mới tổ chức ${p(f.params?.value)} chuyên đề, hội thảo, tọa đàm; kế hoạch yêu cầu ít nhất ${p(f.params?.minimum)}.`,
  community_minimum_vocational: (f) =>
    `Trung tâm HTCĐ mới mở ${p(f.params?.value)} lớp dạy nghề ngắn hạn; kế hoạch yêu cầu ít nhất ${p(f.params?.minimum)}.`,
  time_blank: () =>
    `Chưa ghi giờ của hoạt động; dòng này không được tính. Hãy ghi giờ, ví dụ 07:15.`,
  time_invalid: (f) =>
    `Giờ "${p(f.params?.text)}" không đọc được; dòng này không được tính. Hãy ghi giờ dạng 07:15 hoặc 7h15.`,
  time_range: () => `Ghi một khoảng giờ; lấy giờ bắt đầu.`,
  date_blank: () =>
    `Chưa ghi ngày của hoạt động; dòng này không được tính. Hãy ghi ngày dạng ngày/tháng/năm.`,
  date_invalid: (f) =>
    `Ngày "${p(f.params?.text)}" không đọc được; dòng này không được tính. Hãy ghi ngày dạng 02/10/2017.`,
  date_no_year: () => `Ngày không ghi năm; lấy năm của đợt.`,
  date_two_digit_year: () => `Năm ghi hai chữ số; đã hiểu là 20xx.`,
  date_range: () => `Ghi một khoảng ngày; lấy ngày bắt đầu.`,
  date_outside_week: (f) =>
    `Ngày ${formatDate(p(f.params?.date))} nằm ngoài tuần lễ (${formatDate(p(f.params?.start))}–${formatDate(p(f.params?.end))}); dòng này không được tính. Hãy sửa lại ngày.`,
  superseded: (f) =>
    `${form(f.params?.form)} của tệp này được thay bằng tệp mới hơn "${p(f.params?.by)}" của cùng đơn vị.`,
  late_return: (f) =>
    `${form(f.params?.form)} nộp sau hạn ${formatDate(p(f.params?.deadline).slice(0, 10))}.`,
};
