import type { FormId } from "../core";
import type { MissingFeature, PaneText } from "./pane";

const FORM_NAMES: Readonly<Record<FormId, string>> = {
  mau1: "Mẫu 1 (Lịch hoạt động)",
  mau2: "Mẫu 2 (Báo cáo kết quả)",
};

const FEATURES: Readonly<Record<MissingFeature, string>> = {
  merges: "gộp ô",
  protection: "khóa trang tính",
  names: "tên vùng",
  settings: "ghi nhớ trang đã tạo",
  conditionalFormats: "tô màu cảnh báo",
  dataValidation: "kiểm tra khi nhập",
  insertFromBase64: "chép nguyên định dạng bảng tổng hợp",
};

export const paneVi: PaneText = {
  appName: "TổngHợp",
  tagline: "Biểu mẫu, kiểm tra và tổng hợp báo cáo Tuần lễ hưởng ứng học tập suốt đời",
  language: "Ngôn ngữ",
  languageName: "Tiếng Việt",
  otherLanguage: "English",
  areas: { forms: "Biểu mẫu", check: "Kiểm tra", merge: "Tổng hợp" },
  host: {
    inExcel: "Đang chạy trong Excel: biểu mẫu và bảng tổng hợp được ghi vào sổ tính đang mở.",
    inBrowser:
      "Đang chạy trên trình duyệt: biểu mẫu và bảng tổng hợp được tải về thành tệp Excel. Tệp của đơn vị chỉ được đọc trên máy này, không gửi đi đâu.",
    missingFeatures: (features) =>
      `Phiên bản Excel này chưa hỗ trợ: ${features.map((f) => FEATURES[f]).join(", ")}. Các chức năng khác vẫn dùng được; nếu cần đủ định dạng, hãy tải tệp về.`,
  },
  campaign: {
    label: "Đợt báo cáo",
    preset: (name, year) => `${name} (${year})`,
    openFile: "Mở tệp đợt báo cáo (.json)…",
    fromFile: (file) => `Từ tệp ${file}`,
    summary: (units, start, end) => `${units} đơn vị, tuần lễ từ ${start} đến ${end}.`,
    deadline: (form, when) => `Hạn nộp ${FORM_NAMES[form]}: ${when}.`,
    fileNotJson: (file) =>
      `Tệp ${file} không phải tệp JSON hợp lệ. Hãy chọn tệp đợt báo cáo (.json) do phòng gửi, hoặc dùng đợt có sẵn.`,
    invalid: (file) => `Tệp ${file} chưa đúng mẫu đợt báo cáo. Hãy sửa các mục sau rồi mở lại:`,
  },
  forms: {
    intro:
      "Tạo biểu mẫu để gửi cho các đơn vị. Chọn đơn vị để ghi sẵn tên đơn vị lên biểu mẫu, hoặc để trống để dùng chung.",
    unit: "Đơn vị",
    noUnit: "(Để trống — dùng chung cho mọi đơn vị)",
    formName: (form) => FORM_NAMES[form],
    createInWorkbook: (form) => `Tạo ${FORM_NAMES[form]} trong sổ tính`,
    download: (form) => `Tải ${FORM_NAMES[form]} (.xlsx)`,
    downloadAll: "Tải biểu mẫu cho cả danh sách (.zip)",
    downloadAllHint: (files, units) =>
      `Một tệp nén gồm ${files} biểu mẫu: Mẫu 1 và Mẫu 2 cho từng đơn vị trong ${units} đơn vị.`,
    created: (sheet) =>
      `Đã tạo trang "${sheet}". Ô cần điền đã được mở khóa, các ô khác được khóa.`,
    downloaded: (file) => `Đã tải về ${file}.`,
    working: "Đang tạo…",
  },
  check: {
    intro:
      "Kiểm tra một báo cáo trước khi gửi hoặc trước khi tổng hợp: số âm, số không phải số nguyên, ngày ngoài tuần lễ, ô còn trống…",
    checkActiveSheet: "Kiểm tra trang đang mở",
    activeSheetHint:
      "Ô có lỗi được tô đỏ, ô cần xem lại được tô vàng. Bấm vào một dòng để chọn ô đó.",
    dropOne: "Kéo thả một tệp báo cáo vào đây",
    dropHint: "Tệp .xlsx, .xlsm hoặc .ods. Tệp chỉ được đọc, không bị thay đổi.",
    noFindings: (file) => `${file}: không thấy lỗi nào.`,
    result: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo.`,
    selectCell: (cell) => `Chọn ô ${cell}`,
    unit: (unit) => (unit ? `Đơn vị: ${unit}` : "Chưa xác định được đơn vị."),
    forms: (forms) =>
      forms.length === 0
        ? "Không tìm thấy Mẫu 1 hay Mẫu 2 trong tệp."
        : `Tìm thấy: ${forms.map((f) => FORM_NAMES[f]).join(", ")}.`,
  },
  merge: {
    intro:
      "Kéo thả tất cả tệp các đơn vị đã nộp (có thể chọn nhiều tệp một lúc). Tệp hỏng hoặc sai mẫu sẽ được báo lỗi, các tệp còn lại vẫn được tổng hợp.",
    drop: "Kéo thả các tệp báo cáo vào đây",
    dropHint: "Tệp .xlsx, .xlsm hoặc .ods của các đơn vị. Tệp chỉ được đọc, không bị thay đổi.",
    pick: "Chọn tệp…",
    reading: (done, total) => `Đang đọc ${done}/${total} tệp…`,
    columns: {
      file: "Tệp",
      unit: "Đơn vị",
      status: "Tình trạng",
      errors: "Lỗi",
      warnings: "Cảnh báo",
    },
    status: (status) =>
      ({
        reading: "Đang đọc",
        accepted: "Được tính",
        superseded: "Bản cũ",
        rejected: "Bị loại",
      })[status],
    showFindings: (file) => `Xem chi tiết ${file}`,
    hideFindings: (file) => `Ẩn chi tiết ${file}`,
    showAll: (more) => `Hiện thêm ${more} tệp`,
    unknownUnit: "(chưa rõ)",
    missing: (count) => `Chưa nộp Mẫu 2 (${count} đơn vị):`,
    noneMissing: "Mọi đơn vị trong danh sách đã nộp Mẫu 2.",
    mergeDownload: "Tổng hợp và tải về (.xlsx)",
    mergeIntoWorkbook: "Tổng hợp vào sổ tính",
    clear: "Xóa danh sách tệp",
    nothingToMerge:
      "Chưa có tệp nào dùng được để tổng hợp. Hãy xem lỗi của từng tệp, nhờ đơn vị gửi lại tệp đúng mẫu.",
    merged: (units, accepted, rejected, missing) =>
      `Đã tổng hợp ${units} đơn vị từ ${accepted} tệp; ${rejected} tệp không dùng được; ${missing} đơn vị chưa nộp.`,
    wroteSheets: (sheets) => `Đã ghi các trang: ${sheets.join(", ")}.`,
  },
  severity: (severity) => (severity === "error" ? "Lỗi" : "Cảnh báo"),
  dropZone: { or: "hoặc", choose: "Chọn tệp…" },
  errors: {
    unexpected: (detail) =>
      `Có lỗi ngoài dự kiến: ${detail}. Hãy thử lại; nếu vẫn lỗi, gửi thông báo này cho người phụ trách.`,
    excel: (detail) =>
      `Excel báo lỗi: ${detail}. Hãy đóng các hộp thoại đang mở trong Excel, thoát chế độ sửa ô rồi thử lại.`,
  },
};
