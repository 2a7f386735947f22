import { UNIT_TYPES, UNIT_TYPE_LABELS, type CampaignProblem } from "../core";
import type { Catalogue } from "./catalogue";
import { formatDate, formatDeadlineVi, visibleText } from "./catalogue";
import { paneVi } from "./pane-vi";
import { findingsVi } from "./findings-vi";
import { summaryVi } from "./summary";

/** Where a campaign field is: its cell or pane label when known, else its JSON path. */
const where = (p: CampaignProblem): string =>
  p.place ?? (p.path ? `Mục "${p.path}"` : "Tệp");
const day = (value: unknown): string =>
  typeof value === "string" ? formatDeadlineVi(value) : String(value);
const UNIT_TYPE_CHOICES = UNIT_TYPES.map((type) => `"${UNIT_TYPE_LABELS[type]}"`).join(", ");

export const vi: Catalogue = {
  locale: "vi",
  finding: findingsVi,
  pane: paneVi,
  summary: summaryVi,
  location: (at) =>
    [`Tệp ${at.file}`, at.sheet ? `trang "${at.sheet}"` : "", at.cell ? `ô ${at.cell}` : ""]
      .filter(Boolean)
      .join(", "),
  campaign: {
    campaign_not_object: () =>
      "Tệp chiến dịch phải là một đối tượng JSON { … } chứa năm, tuần lễ, hạn nộp và danh sách đơn vị.",
    campaign_field_missing: (p) => `${where(p)} đang trống. Hãy điền vào.`,
    campaign_field_empty: (p) =>
      `${where(p)} đang trống: biểu mẫu sẽ để trống dòng này. Hãy điền nếu đã biết.`,
    campaign_field_type: (p) => {
      const expected: Record<string, string> = {
        string: "một chuỗi chữ",
        object: "một đối tượng { … }",
        array: "một danh sách [ … ]",
        year: "một năm bằng số, ví dụ 2026",
      };
      return `${where(p)} phải là ${expected[String(p.params?.expected)] ?? String(p.params?.expected)}.`;
    },
    campaign_bad_date: (p) =>
      p.place
        ? `${where(p)} có "${p.params?.value}", không phải ngày. Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 01/10/2026 (giờ, nếu có, dạng 16:00).`
        : `${where(p)} có ngày "${p.params?.value}" không hợp lệ. Hãy ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2017-10-02 (có thể thêm giờ: 2022-10-13T16:00).`,
    campaign_week_order: (p) =>
      `Tuần lễ bắt đầu ngày ${day(p.params?.start)} nhưng kết thúc ngày ${day(p.params?.end)}, trước ngày bắt đầu. Hãy sửa ${where(p)}.`,
    campaign_year_mismatch: (p) =>
      `${where(p)} là ngày ${day(p.params?.value)}, không thuộc năm ${p.params?.year}. Hãy sửa năm hoặc ngày cho khớp.`,
    campaign_deadline_before_week_end: (p) =>
      `${where(p)} là ${day(p.params?.value)}, trước khi tuần lễ kết thúc (${day(p.params?.end)}): đơn vị chưa thể báo cáo kết quả. Hãy đặt hạn sau ngày kết thúc.`,
    campaign_mau1_after_week_start: (p) =>
      `${where(p)} là ${day(p.params?.value)}, sau ngày tuần lễ bắt đầu (${day(p.params?.start)}). Kế hoạch thường phải nộp trước; hãy kiểm tra lại.`,
    campaign_bad_id: (p) =>
      `Mã chiến dịch "${p.params?.value}" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "huong-thuy-2017".`,
    campaign_no_units: (p) =>
      `Danh sách đơn vị (${p.place ?? '"units"'}) đang trống. Hãy liệt kê các đơn vị phải nộp báo cáo.`,
    campaign_duplicate_unit: (p) =>
      `Đơn vị "${p.params?.value}" (${where(p)}) xuất hiện hai lần trong danh sách. Mỗi đơn vị chỉ ghi một lần.`,
    campaign_placeholder_name: (p) =>
      `${where(p)} ghi "${p.params?.value}", không phải tên đơn vị. Hãy ghi tên thật hoặc xóa dòng này.`,
    campaign_bad_unit_type: (p) =>
      `Loại đơn vị "${p.params?.value}" (${where(p)}) không hợp lệ. Chọn một trong: ${UNIT_TYPE_CHOICES}.`,
  },
  input: {
    count: {
      promptTitle: "Nhập số lượng",
      prompt: "Nhập một số nguyên không âm (0, 1, 2, …). Để trống nếu không tổ chức.",
      errorTitle: "Số lượng không hợp lệ",
      error: "Ô này chỉ nhận số nguyên từ 0 trở lên, không kèm chữ hay dấu thập phân.",
    },
    time: {
      promptTitle: "Nhập giờ",
      prompt: "Nhập giờ dạng giờ:phút, ví dụ 07:15 hoặc 14:00.",
      errorTitle: "Giờ không hợp lệ",
      error: "Hãy nhập giờ dạng giờ:phút, ví dụ 07:15.",
    },
    date: (start, end) => ({
      promptTitle: "Nhập ngày",
      prompt: `Nhập ngày trong tuần lễ, từ ${formatDate(start)} đến ${formatDate(end)} (ngày/tháng/năm).`,
      errorTitle: "Ngày ngoài tuần lễ",
      error: `Ngày phải nằm trong tuần lễ, từ ${formatDate(start)} đến ${formatDate(end)}, ghi dạng ngày/tháng/năm.`,
    }),
  },
  cli: {
    help: [
      "tonghop: tạo biểu mẫu, kiểm tra và tổng hợp báo cáo Tuần lễ hưởng ứng học tập suốt đời",
      "",
      "Cách dùng:",
      "  tonghop template --form mau1|mau2 [--campaign MẪU|TỆP.json] [--unit TÊN] --out TỆP.xlsx",
      "      Tạo một biểu mẫu trống (Mẫu 1: lịch hoạt động, Mẫu 2: báo cáo kết quả).",
      "  tonghop templates [--campaign MẪU|TỆP.json] --out THƯ-MỤC",
      "      Tạo Mẫu 1 và Mẫu 2 đã điền tên cho từng đơn vị trong danh sách.",
      "  tonghop validate [--campaign …] [--json] TỆP|THƯ-MỤC…",
      "      Kiểm tra các tệp báo cáo (thoát với mã 1 khi có lỗi).",
      "  tonghop merge [--campaign …] --out TỔNG-HỢP.xlsx [--json BÁO-CÁO.json] TỆP|THƯ-MỤC…",
      "      Tổng hợp các tệp báo cáo thành bảng tổng hợp (mã 1 khi không tổng hợp được tệp nào).",
      "      Các tệp bị loại và các giá trị không được tính được liệt kê kèm lý do.",
      "",
      "TỆP|THƯ-MỤC…: các tệp báo cáo, hoặc thư mục chứa chúng. Với một thư mục, đọc mọi tệp",
      "  .xlsx, .xlsm, .xls, .xlsb, .ods nằm ngay trong thư mục (không đọc thư mục con, bỏ qua",
      "  tệp ẩn và tệp khóa ~$ của Excel), theo thứ tự tên. Có thể dùng * (nhiều ký tự bất kỳ)",
      "  và ? (một ký tự) trong tên, ví dụ bao-cao/*.xlsx hoặc bao-cao\\mau2-*.xlsx.",
      "  Tệp nêu hai lần chỉ đọc một lần; tệp ghi ra bởi --out và --json không bao giờ được đọc.",
      "",
      "Chiến dịch có sẵn: huong-thuy-2017 (mặc định), tan-binh-2022; hoặc đường dẫn tới một tệp JSON.",
      "Mã thoát: 0 thành công, 1 có lỗi dữ liệu, 2 dùng sai lệnh.",
    ].join("\n"),
    unknownCommand: (command) => `Không có lệnh "${command}". Gõ "tonghop --help" để xem các lệnh.`,
    unknownOption: (option) =>
      `Không có tùy chọn "${option}". Gõ "tonghop --help" để xem cách dùng.`,
    missingValue: (option) => `Tùy chọn ${option} cần một giá trị, ví dụ ${option} …`,
    missingOption: (option) =>
      `Thiếu tùy chọn bắt buộc ${option}. Gõ "tonghop --help" để xem cách dùng.`,
    badForm: (value) =>
      `Biểu mẫu "${value}" không có. Dùng --form mau1 (lịch hoạt động) hoặc --form mau2 (báo cáo kết quả).`,
    unknownPreset: (value, presets) =>
      `Không tìm thấy chiến dịch "${value}": đây không phải chiến dịch có sẵn (${presets.join(", ")}) và cũng không có tệp nào tên như vậy.`,
    campaignFileUnreadable: (file) =>
      `Không đọc được tệp chiến dịch "${file}". Hãy kiểm tra đường dẫn và quyền đọc tệp.`,
    campaignFileNotJson: (file, detail) =>
      `Tệp chiến dịch "${file}" không phải JSON hợp lệ (${detail}). Hãy sửa lỗi cú pháp rồi chạy lại.`,
    campaignInvalid: (file, problems) =>
      [`Tệp chiến dịch "${file}" có lỗi:`, ...problems.map((p) => `  - ${p}`)].join("\n"),
    unknownUnit: (unit, campaign) =>
      `Đơn vị "${unit}" không có trong danh sách của chiến dịch ${campaign}. Hãy ghi đúng tên như trong danh sách, hoặc bỏ --unit để tạo mẫu trống.`,
    outputNotXlsx: (file) => `Tệp kết quả "${file}" phải có đuôi .xlsx.`,
    cannotWrite: (file) =>
      `Không ghi được tệp "${file}". Hãy kiểm tra thư mục có tồn tại, còn chỗ trống và tệp không đang mở trong Excel.`,
    wroteTemplate: (file) => `Đã tạo ${file}`,
    wroteTemplates: (count, units, dir) =>
      `Đã tạo ${count} tệp biểu mẫu cho ${units} đơn vị trong ${dir}`,
    filesArgument: "TỆP|THƯ-MỤC… (các tệp báo cáo, hoặc thư mục chứa chúng)",
    severity: (severity) => (severity === "error" ? "[LỖI]" : "[Cảnh báo]"),
    fileStatus: (file, status, unit) => {
      const word = {
        accepted: "được tổng hợp",
        superseded: "đã được thay bằng tệp mới hơn",
        rejected: "bị loại",
      }[status];
      return `${visibleText(file)}${unit ? ` (${visibleText(unit)})` : ""}: ${word}`;
    },
    nothingMerged: (files) =>
      `Không tổng hợp được tệp nào trong ${files} tệp đã chọn. Hãy xem các lỗi ở trên (hoặc trong tệp JSON) và đề nghị đơn vị gửi lại.`,
    valuesLeftOut: (file, unit, values, cells) =>
      `${visibleText(file)}${unit ? ` (${visibleText(unit)})` : ""}: ${values} giá trị không được tính vào tổng${cells.length > 0 ? ` (ô ${cells.join(", ")})` : ""}`,
    moreFiles: (files, jsonFile) =>
      `… và ${files} tệp khác (xem ${jsonFile ? visibleText(jsonFile) : "--json"})`,
    folderEmpty: (folder, extensions) =>
      `Thư mục "${visibleText(folder)}" không có tệp bảng tính nào (${extensions.join(", ")}) nằm ngay trong đó (thư mục con không được đọc); bỏ qua thư mục này.`,
    folderUnreadable: (folder) =>
      `Không đọc được thư mục "${visibleText(folder)}". Hãy kiểm tra quyền truy cập thư mục; bỏ qua thư mục này.`,
    noMatch: (pattern) =>
      `Không có tệp nào khớp với "${visibleText(pattern)}". Hãy kiểm tra tên thư mục và mẫu tên tệp (* thay cho nhiều ký tự, ? thay cho một ký tự).`,
    skippedOwnOutput: (file, option) =>
      `Bỏ qua "${visibleText(file)}": đây là tệp do chính lệnh này ghi ra (${option}), không phải báo cáo của đơn vị.`,
    noInputFiles:
      "Không có tệp báo cáo nào để đọc. Hãy kiểm tra lại các tệp và thư mục đã nêu trong lệnh.",
    checked: (files, accepted, superseded, rejected) =>
      `Đã kiểm tra ${files} tệp: ${accepted} tệp được tổng hợp, ${superseded > 0 ? `${superseded} tệp đã được thay bằng tệp mới hơn, ` : ""}${rejected} tệp bị loại.`,
    merged: (out, units, accepted, rejected, missing) =>
      `Đã ghi ${out}: ${units} đơn vị, ${accepted} tệp được tổng hợp, ${rejected} tệp bị loại, ${missing} đơn vị chưa nộp Mẫu 2.`,
  },
};
