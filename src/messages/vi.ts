import { CAMPAIGN_SHEET, UNIT_TYPES, UNIT_TYPE_LABELS, type CampaignProblem } from "../core";
import type { Catalogue } from "./catalogue";
import { formatDate, formatDeadlineVi, quoted, visibleText } from "./catalogue";
import { paneVi } from "./pane-vi";
import { findingsVi } from "./findings-vi";
import { summaryVi } from "./summary";

/** Where a campaign field is: its cell or pane label when known, else its JSON path. */
const where = (p: CampaignProblem): string => p.place ?? (p.path ? `Mục "${p.path}"` : "Tệp");
const day = (value: unknown): string =>
  typeof value === "string" ? formatDeadlineVi(value) : String(value);
const UNIT_TYPE_CHOICES = UNIT_TYPES.map((type) => `"${UNIT_TYPE_LABELS[type]}"`).join(", ");
const resaveVi =
  "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng Sổ làm việc Excel (.xlsx).";
/** Why a workbook given on the command line cannot be read (a ReadRejectionCode), and what to do. */
function unreadableVi(code: string): string {
  switch (code) {
    case "encrypted":
      return "có đặt mật khẩu mở tệp. Hãy mở tệp, bỏ mật khẩu rồi lưu lại.";
    case "legacy_xls":
      return `là tệp Excel 97-2003 (.xls). ${resaveVi}`;
    case "unsupported_format":
      return `là Sổ làm việc nhị phân (.xlsb). ${resaveVi}`;
    case "empty_file":
      return "trống (0 byte).";
    case "not_a_zip":
    case "not_a_workbook":
      return "không phải bảng tính Excel hay LibreOffice.";
    case "too_large":
      return "quá lớn, vượt giới hạn TổngHợp đọc được.";
    default:
      return `bị hỏng hoặc chưa chép hết nên không đọc được. ${resaveVi}`;
  }
}

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
    campaign_week_long: (p) =>
      `Tuần lễ kéo dài ${p.params?.days} ngày (${day(p.params?.start)} đến ${day(p.params?.end)}). Có thể ngày và tháng bị đảo (07/10 thành 10/7); hãy kiểm tra ${where(p)}.`,
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
      "  tonghop campaign --out TỆP.xlsx [--from MẪU|TỆP] [--year NĂM] [--units DANH-SÁCH]",
      '      Tạo tệp đợt báo cáo của năm (trang "Đợt báo cáo": năm, chủ đề, ngày tuần lễ, hạn nộp,',
      "      nơi nhận báo cáo, danh sách đơn vị) để mở, kiểm tra và sửa trong Excel hoặc LibreOffice.",
      "      --year: năm của đợt (mặc định: năm nay). --from: chép từ một chiến dịch có sẵn hoặc",
      "      tệp đợt báo cáo năm trước, ngày tháng chuyển sang năm mới. --units: danh sách đơn vị",
      '      từ tệp .txt (mỗi dòng một tên), .csv, .xlsx hoặc .ods (cột "Tên đơn vị", không có',
      "      thì cột đầu tiên); thay danh sách của --from. Không bao giờ ghi đè tệp đã có.",
      "  tonghop template --form mau1|mau2 [--campaign MẪU|TỆP] [--unit TÊN] --out TỆP.xlsx",
      "      Tạo một biểu mẫu trống (Mẫu 1: lịch hoạt động, Mẫu 2: báo cáo kết quả).",
      "  tonghop templates [--campaign MẪU|TỆP] --out THƯ-MỤC",
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
      "--campaign MẪU|TỆP: chiến dịch có sẵn huong-thuy-2017 (mặc định) hoặc tan-binh-2022; hoặc",
      "  tệp đợt báo cáo (.xlsx, .ods) do tonghop campaign tạo; hoặc một tệp JSON.",
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
      [`Tệp chiến dịch "${visibleText(file)}" có lỗi:`, ...problems.map((p) => `  - ${p}`)].join(
        "\n"
      ),
    campaignWorkbookInvalid: (file, problems) =>
      [
        `Tệp đợt báo cáo "${visibleText(file)}" có lỗi nên chưa dùng được. Hãy sửa các ô dưới đây trong Excel hoặc LibreOffice, lưu lại rồi chạy lại lệnh:`,
        ...problems.map((p) => `  - ${p}`),
      ].join("\n"),
    campaignWarnings: (file, problems) =>
      [
        `Tệp chiến dịch "${visibleText(file)}" có điểm cần xem lại (lệnh vẫn tiếp tục):`,
        ...problems.map((p) => `  - ${p}`),
      ].join("\n"),
    campaignNoSheet: (file) =>
      `Tệp "${visibleText(file)}" không có trang "${CAMPAIGN_SHEET}" với cột "Tên đơn vị", nên không phải tệp đợt báo cáo. Hãy chọn đúng tệp, hoặc tạo tệp mới bằng lệnh: tonghop campaign --out dot-bao-cao.xlsx`,
    campaignWorkbookUnreadable: (file, code) =>
      `Tệp đợt báo cáo "${visibleText(file)}" ${unreadableVi(code)} Hãy chọn đúng tệp, hoặc tạo tệp mới bằng lệnh: tonghop campaign --out dot-bao-cao.xlsx`,
    badYear: (value) =>
      `--year "${visibleText(value)}" không dùng được. Hãy ghi năm của đợt báo cáo bằng bốn chữ số, từ 2000 đến 2100, ví dụ --year 2026.`,
    outputExists: (file) =>
      `Tệp "${visibleText(file)}" đã có; TổngHợp không ghi đè lên tệp đã có. Hãy chọn tên khác cho --out, hoặc xóa (hay đổi tên) tệp cũ nếu không cần nữa rồi chạy lại.`,
    unitsFileUnreadable: (file) =>
      `Không đọc được tệp danh sách đơn vị "${visibleText(file)}" (--units). Hãy kiểm tra đường dẫn và quyền đọc tệp.`,
    unitsWorkbookUnreadable: (file, code) =>
      `Tệp danh sách đơn vị "${visibleText(file)}" (--units) ${unreadableVi(code)} Cũng có thể chép danh sách vào một tệp văn bản .txt, mỗi dòng một tên đơn vị.`,
    unitsFileNotList: (file) =>
      `Tệp "${visibleText(file)}" (--units) không phải tệp văn bản hay bảng tính. Hãy dùng tệp .txt (mỗi dòng một tên đơn vị), .csv, .xlsx hoặc .ods.`,
    unitsNoSheet: (file) =>
      `Tệp "${visibleText(file)}" (--units) không có trang tính nào đang hiện và có dữ liệu. Hãy ghi danh sách vào trang đầu tiên, cột "Tên đơn vị".`,
    unitsNotice: (file, notice, sheet) => {
      const at = `${visibleText(file)}${sheet ? `, trang "${visibleText(sheet)}"` : ""}, dòng ${notice.line}`;
      switch (notice.code) {
        case "duplicate_dropped":
          return `${at}: "${visibleText(quoted(notice.name))}" đã có ở dòng trên; bỏ dòng lặp lại này.`;
        case "header_skipped":
          return `${at} là dòng tiêu đề, không phải tên đơn vị; bỏ qua.`;
        case "type_unknown":
          return `${at}: không hiểu loại đơn vị "${visibleText(quoted(notice.value))}"; TổngHợp đoán loại theo tên. Sửa ở cột "Loại" nếu cần (${UNIT_TYPE_CHOICES}).`;
        case "placeholder_dropped":
          return `${at}: "${visibleText(quoted(notice.name))}" không phải tên đơn vị; bỏ dòng này.`;
      }
    },
    rosterEmpty: (file, sheet, firstCell, unitsFile) =>
      `Danh sách đơn vị còn trống${unitsFile ? ` (tệp ${visibleText(unitsFile)} không có tên đơn vị nào)` : ""}. Hãy mở ${visibleText(file)} và ghi tên các đơn vị phải báo cáo vào cột "Tên đơn vị" trên trang "${sheet}", từ ô ${firstCell} trở xuống, mỗi đơn vị một dòng. Khi chưa có đơn vị nào thì chưa tạo được biểu mẫu.`,
    wroteCampaign: (w) => {
      const lines = [
        `Đã tạo ${visibleText(w.file)}: đợt báo cáo năm ${w.year}, tuần lễ từ ${formatDate(w.week.start)} đến ${formatDate(w.week.end)}, ${w.units} đơn vị${w.unitsFile && w.units > 0 ? ` (lấy từ ${visibleText(w.unitsFile)})` : ""}.`,
      ];
      if (w.from && w.from.year !== w.year) {
        lines.push(
          `Nội dung chép từ ${visibleText(w.from.source)} (năm ${w.from.year}); ngày tuần lễ và hạn nộp giữ ngày, tháng cũ và chuyển sang năm ${w.year}, nên thứ trong tuần đã khác: hãy đối chiếu với kế hoạch năm nay.`
        );
      } else if (w.from) lines.push(`Nội dung chép từ ${visibleText(w.from.source)}.`);
      const { mau1, mau2 } = w.deadlines;
      lines.push(
        `Hạn nộp: Mẫu 1 ${mau1 ? formatDeadlineVi(mau1) : "chưa đặt"}, Mẫu 2 ${mau2 ? formatDeadlineVi(mau2) : "chưa đặt"}.${mau1 && mau2 ? "" : " Hạn để trống thì không đơn vị nào bị tính nộp muộn."}`
      );
      if (w.blanks.length > 0)
        lines.push(`Còn để trống: ${w.blanks.map((b) => `${b.label} (ô ${b.cell})`).join(", ")}.`);
      lines.push(
        "Việc tiếp theo:",
        `  1. Mở ${visibleText(w.file)} bằng Excel hoặc LibreOffice: kiểm tra ngày tuần lễ và hạn nộp, điền các ô còn trống, sửa danh sách đơn vị nếu cần, rồi lưu lại.`,
        `  2. Tạo biểu mẫu cho từng đơn vị: ${visibleText(w.next)}`
      );
      return lines.join("\n");
    },
    campaignWrittenWithErrors: (file, problems) =>
      [
        `Đã tạo ${visibleText(file)}, nhưng còn lỗi phải sửa trong tệp trước khi tạo biểu mẫu:`,
        ...problems.map((p) => `  - ${p}`),
      ].join("\n"),
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
