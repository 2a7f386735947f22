import { CAMPAIGN_FIELDS, UNIT_TYPE_LABELS, type CampaignFieldId, type FormId } from "../core";
import { formatDate, groupDigitsVi } from "./catalogue";
import { feedbackVi, findingsViewVi } from "./findings-view-vi";
import type { FailureCause, MissingFeature, PaneAction, PaneText, TotalId } from "./pane";

const FORM_NAMES: Readonly<Record<FormId, string>> = {
  mau1: "Mẫu 1 (Lịch hoạt động)",
  mau2: "Mẫu 2 (Báo cáo kết quả)",
};

const FEATURES: Readonly<Record<MissingFeature, string>> = {
  merges: "gộp ô",
  protection: "khóa trang tính",
  sheetVisibility: "ẩn trang dữ liệu của biểu mẫu",
  dateSystem: "nhận biết sổ tính dùng hệ ngày 1904 (ngày được đọc theo hệ 1900)",
  names: "tên vùng",
  settings: "ghi nhớ trang đã tạo",
  conditionalFormats: "tô màu cảnh báo",
  dataValidation: "kiểm tra khi nhập",
  chartAxes: "xếp thanh biểu đồ từ lớn đến nhỏ (từ trên xuống)",
  insertFromBase64: "chép nguyên định dạng bảng tổng hợp",
};

/** Tổng hợp, Kết quả chính: each total under its big number, and as a list's heading. */
const TOTALS: Readonly<Record<TotalId, { readonly label: string; readonly units: string }>> = {
  participants: {
    label: "lượt người tham gia",
    units: "Lượt người tham gia của từng đơn vị",
  },
  classes: { label: "lớp học đã mở", units: "Lớp học đã mở của từng đơn vị" },
  sessions: {
    label: "buổi hội thảo, triển lãm, văn nghệ",
    units: "Buổi hội thảo, triển lãm, văn nghệ của từng đơn vị",
  },
};

/** A form as the reminder names it, with the year of the campaign. */
const REMINDER_FORMS: Readonly<Record<FormId, (year: number) => string>> = {
  mau1: (year) => `Lịch hoạt động Tuần lễ hưởng ứng học tập suốt đời năm ${year} (Mẫu 1)`,
  mau2: (year) => `Báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} (Mẫu 2)`,
};

const SHORT_FORMS: Readonly<Record<FormId, string>> = { mau1: "Mẫu 1", mau2: "Mẫu 2" };

/** "ngày 13/10/2017", "16:00 ngày 13/10/2022"; text that is neither stays as it is. */
function deadlineWords(when: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(when);
  if (!m) return when;
  return m[2] ? `${m[2]} ngày ${formatDate(m[1]!)}` : `ngày ${formatDate(m[1]!)}`;
}

/** "các đơn vị" for several, "đơn vị" for one. */
const unitsWord = (units: number): string => (units === 1 ? "đơn vị" : "các đơn vị");

const FIELD = new Map(CAMPAIGN_FIELDS.map((field) => [field.id, field]));
const fieldLabel = (id: CampaignFieldId): string => FIELD.get(id)?.label ?? id;

const ACTIONS: Readonly<Record<PaneAction, string>> = {
  createForm: "Chưa tạo được biểu mẫu trong sổ tính.",
  downloadForm: "Chưa tải được biểu mẫu.",
  checkSheet: "Chưa kiểm tra được trang đang mở.",
  checkFile: "Chưa kiểm tra được tệp.",
  selectCell: "Chưa chọn được ô.",
  readFiles: "Chưa đọc được các tệp.",
  writeSummary: "Chưa ghi được bảng tổng hợp vào sổ tính.",
  downloadSummary: "Chưa tải được bảng tổng hợp.",
  loadCampaign: "Chưa đọc được trang “Đợt báo cáo” trong sổ tính.",
  saveCampaign: "Chưa ghi được đợt báo cáo vào sổ tính, nên đợt đang dùng chưa đổi.",
  openCampaign: "Chưa mở được tệp đợt báo cáo.",
  downloadCampaign: "Chưa tải được tệp đợt báo cáo.",
  copyText: "Chưa sao chép được.",
};

const CAUSES: Readonly<Record<FailureCause, string>> = {
  excelEditMode:
    "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang sửa rồi thử lại.",
  excelLocked:
    "Sổ tính hoặc trang tính đang bị khóa, hoặc sổ tính chỉ mở để xem. Hãy bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) hoặc bật chế độ chỉnh sửa rồi thử lại.",
  excelBusy: "Excel đang bận hoặc mất kết nối. Hãy chờ một lát rồi thử lại.",
  excelUnsupported:
    "Phiên bản Excel này chưa làm được việc này. Hãy cập nhật Excel, hoặc dùng trang web TổngHợp và tải tệp về.",
  excelMissingItem: "Không thấy trang tính cần dùng (có thể vừa bị xóa hoặc đổi tên). Hãy thử lại.",
  excelTooLarge: "Dữ liệu quá lớn để Excel nhận một lần. Hãy tải tệp về thay vì ghi vào sổ tính.",
  excelStructureProtected:
    "Sổ tính đang được bảo vệ cấu trúc nên không thể thêm, xóa hay đổi tên trang tính. Hãy vào Xem lại › Bảo vệ sổ làm việc, bỏ chọn (nhập mật khẩu nếu được hỏi) rồi thử lại.",
  excelNameTaken:
    "Trong sổ tính đã có một trang, bảng hoặc tên định danh trùng tên với thứ TổngHợp cần tạo. Hãy đổi tên cái đã có (chuột phải vào thẻ trang › Đổi tên; Công thức › Trình quản lý tên) rồi thử lại.",
  excelUnsupportedSheet:
    "Trang đang mở là trang biểu đồ hoặc trang macro. Hãy chọn một trang tính thường rồi thử lại.",
  excelSheetConflict:
    "Ô gộp, bộ lọc hoặc PivotTable trên trang tính đang chắn chỗ TổngHợp cần ghi. Hãy bỏ bộ lọc hoặc ô gộp ở vùng đó, hoặc làm trong một sổ tính mới, rồi thử lại.",
  excel:
    "Excel không làm được việc này lúc này. Hãy đóng các hộp thoại đang mở trong Excel, thoát chế độ sửa ô rồi thử lại.",
  chunk:
    "Không tải được một phần của TổngHợp (mất mạng, hoặc trang vừa được cập nhật). Hãy tải lại trang rồi thử lại.",
  worker:
    "Trình duyệt dừng việc đọc tệp giữa chừng (có thể do thiếu bộ nhớ). Hãy đóng bớt thẻ, tải lại trang rồi thử lại với ít tệp hơn.",
  download:
    "Trình duyệt không cho tải tệp về. Hãy cho phép trang này tải tệp (biểu tượng tải xuống ở thanh địa chỉ) rồi thử lại.",
  fileUnreadable:
    "Không đọc được tệp đã chọn (tệp đã bị chuyển, bị xóa hoặc không có quyền đọc). Hãy chọn lại tệp.",
  storage: "Trình duyệt không cho lưu dữ liệu trên máy này (chế độ ẩn danh, hoặc bộ nhớ đã đầy).",
  noDownload:
    "Trong Excel cho Mac, bổ trợ không tải được tệp về máy, và tệp này không mở được thành sổ tính mới (cần Excel cập nhật hơn, hoặc là tệp .zip). Hãy mở trang web TổngHợp bằng Safari hoặc Chrome (cùng địa chỉ, không cần cài gì) để tải tệp này.",
  clipboard:
    "Trình duyệt hoặc Excel không cho ghi vào bộ nhớ tạm (clipboard). Hãy thử lại; nếu vẫn không được, hãy mở trang TổngHợp bằng Chrome hoặc Edge rồi sao chép từ đó.",
  unexpected:
    "Có lỗi ngoài dự kiến. Hãy tải lại trang rồi thử lại; nếu vẫn lỗi, báo cho người phụ trách kèm việc vừa làm.",
};

export const paneVi: PaneText = {
  appName: "TổngHợp",
  build: ({ version, commit, date }) =>
    [`TổngHợp phiên bản ${version}`, commit, date && formatDate(date)].filter(Boolean).join(" · "),
  openedAsWorkbook: (file) =>
    `Đã mở tệp thành một sổ tính mới trong Excel (Excel cho Mac không cho bổ trợ tải tệp về). Hãy lưu sổ đó bằng Tệp › Lưu, đặt tên ${file}.`,
  tagline: "Biểu mẫu, kiểm tra và tổng hợp báo cáo Tuần lễ hưởng ứng học tập suốt đời",
  language: "Ngôn ngữ",
  languageName: "Tiếng Việt",
  otherLanguage: "English",
  areas: { campaign: "Đợt báo cáo", forms: "Biểu mẫu", check: "Kiểm tra", merge: "Tổng hợp" },
  host: {
    inExcelShort: "Trong Excel: ghi vào sổ tính đang mở.",
    inBrowserShort: "Trên trình duyệt: tệp ở lại máy này.",
    more: "Chi tiết",
    less: "Thu gọn",
    inExcel: "Đang chạy trong Excel: biểu mẫu và bảng tổng hợp được ghi vào sổ tính đang mở.",
    inBrowser:
      "Đang chạy trên trình duyệt: biểu mẫu và bảng tổng hợp được tải về thành tệp Excel. Tệp của đơn vị chỉ được đọc trên máy này, không gửi đi đâu.",
    missingFeatures: (features) =>
      `Phiên bản Excel này chưa hỗ trợ: ${features.map((f) => FEATURES[f]).join(", ")}. Các chức năng khác vẫn dùng được; nếu cần đủ định dạng, hãy tải tệp về.`,
  },
  campaign: {
    label: "Đợt báo cáo",
    name: (name, year) => `${name}, năm ${year}`,
    unnamed: "(chưa ghi tên đơn vị)",
    fromFile: (file) => `Từ tệp ${file}`,
    fromWorkbook: "Từ trang “Đợt báo cáo” của sổ tính",
    summary: (units, start, end) => `${units} đơn vị, tuần lễ từ ${start} đến ${end}.`,
    deadline: (form, when) => `Hạn nộp ${FORM_NAMES[form]}: ${when}.`,
    noDeadlines: "Chưa đặt hạn nộp.",
    change: "Đổi đợt",
    loading: "Đang đọc đợt báo cáo trong sổ tính…",
    storedBroken:
      "Đợt báo cáo đã lưu trên máy này bị hỏng nên không dùng được; đang dùng đợt có sẵn. Hãy mở lại tệp đợt báo cáo hoặc tạo đợt ở mục “Đợt báo cáo”.",
    workbookInvalid: (name) =>
      `Trang “Đợt báo cáo” trong sổ tính có lỗi nên chưa được dùng; đang dùng đợt ${name}. Hãy sửa các ô sau rồi bấm “Đọc lại từ sổ tính” ở mục “Đợt báo cáo”:`,
    workbookWarnings: "Đã dùng đợt báo cáo trong sổ tính, nhưng nên xem lại:",
  },
  campaignArea: {
    intro:
      "Đợt báo cáo gồm năm, tuần lễ, hạn nộp và danh sách các đơn vị phải nộp. Biểu mẫu, kiểm tra và tổng hợp đều theo đợt đang dùng.",
    fileSection: "Tệp đợt báo cáo",
    fileHint: (inExcel) =>
      inExcel
        ? "Đợt đang dùng được ghi ở trang “Đợt báo cáo” của sổ tính này. Có thể sửa trực tiếp trên trang đó rồi bấm “Đọc lại từ sổ tính”, hoặc tải về thành tệp riêng."
        : "Đợt đang dùng được nhớ trên trình duyệt này. Tải về thành tệp Excel để cất giữ, gửi cho người khác, hoặc mở lại trên máy khác.",
    download: "Tải tệp đợt báo cáo (.xlsx)",
    downloaded: (file) => `Đã tải về ${file}. Mở lại tệp này bằng nút “Mở tệp đợt báo cáo”.`,
    openFile: "Mở tệp đợt báo cáo…",
    reload: "Đọc lại từ sổ tính",
    reloadNoSheet:
      "Sổ tính này chưa có trang “Đợt báo cáo”. Bấm “Dùng đợt này” để ghi đợt vào sổ tính.",
    reloaded: (units) => `Đã đọc lại trang “Đợt báo cáo”: ${units} đơn vị.`,
    fileNotJson: (file) =>
      `Tệp ${file} không phải tệp JSON hợp lệ. Hãy chọn tệp đợt báo cáo (.xlsx do TổngHợp tạo, hoặc .json).`,
    fileNoSheet: (file) =>
      `Tệp ${file} không có trang “Đợt báo cáo”. Hãy chọn tệp đợt báo cáo do TổngHợp tạo (nút “Tải tệp đợt báo cáo”).`,
    fileUnreadable: (file, reason) => `Không mở được tệp ${file}: ${reason}`,
    fileInvalid: (file) =>
      `Tệp ${file} có lỗi nên chưa được dùng (đợt đang dùng không đổi). Hãy sửa các mục sau rồi mở lại:`,
    opened: (file, units) => `Đang dùng đợt báo cáo trong tệp ${file} (${units} đơn vị).`,
    newSection: "Tạo đợt mới",
    newYear: "Năm của đợt mới",
    basis: "Dựa trên",
    basisBlank: "Đợt trống (tự điền)",
    basisInUse: (name, year) => `Đợt đang dùng: ${name} (${year})`,
    preset: (name, year) => `Có sẵn: ${name} (${year})`,
    create: (year) => (year ? `Tạo bản nháp năm ${year}` : "Tạo bản nháp"),
    created: "Đã tạo bản nháp. Hãy điền hoặc xem lại từng mục bên dưới, rồi bấm “Dùng đợt này”.",
    badYear: "Năm phải là số có 4 chữ số, ví dụ 2026.",
    editSection: "Thông tin đợt",
    editHint: "Sửa bản nháp ở đây; đợt đang dùng chỉ đổi khi bấm “Dùng đợt này”.",
    fieldLabel,
    fieldHint: (id) => FIELD.get(id)?.note,
    deadlineDate: (form) => `Ngày hạn nộp ${FORM_NAMES[form]}`,
    deadlineTime: (form) => `Giờ hạn nộp ${FORM_NAMES[form]} (nếu có)`,
    timeLabel: "Giờ (nếu có)",
    rosterSection: (count) => `Danh sách đơn vị (${count})`,
    pasteLabel: "Dán danh sách từ Excel",
    pasteHint:
      "Trong Excel, chọn cột tên đơn vị (có thể kèm cột loại, email, điện thoại), nhấn Ctrl+C rồi dán vào đây (Ctrl+V).",
    addPasted: "Thêm vào danh sách",
    pastedNothing: "Không thấy tên đơn vị nào trong phần đã dán.",
    added: (count) =>
      `Đã thêm ${count} đơn vị. Loại đơn vị được đoán theo tên; hãy xem lại và sửa nếu sai.`,
    notice: (notice) => {
      switch (notice.code) {
        case "duplicate_dropped":
          return `Dòng ${notice.line}: “${notice.name}” trùng với một dòng ở trên, đã bỏ.`;
        case "header_skipped":
          return `Dòng ${notice.line} là dòng tiêu đề, đã bỏ qua.`;
        case "type_unknown":
          return `Dòng ${notice.line}: không hiểu loại “${notice.value}”, đã đoán loại theo tên.`;
        case "already_listed":
          return `“${notice.name}” đã có trong danh sách, không thêm lần nữa.`;
      }
    },
    unitType: (type) => UNIT_TYPE_LABELS[type],
    unitName: (n) => `Tên đơn vị thứ ${n}`,
    unitTypeOf: (n) => `Loại của đơn vị thứ ${n}`,
    unitEmail: (n) => `Email của đơn vị thứ ${n}`,
    unitPhone: (n) => `Điện thoại của đơn vị thứ ${n}`,
    emailPlaceholder: "Email",
    phonePlaceholder: "Điện thoại",
    removeUnit: (n, name) => `Xóa đơn vị thứ ${n}${name ? `: ${name}` : ""}`,
    addUnit: "Thêm đơn vị",
    clearRoster: "Xóa cả danh sách",
    emptyRoster: "Chưa có đơn vị nào. Hãy dán danh sách từ Excel, hoặc bấm “Thêm đơn vị”.",
    unitPlace: (n, part) => `Đơn vị thứ ${n} (${part === "name" ? "tên" : "loại"})`,
    rosterPlace: "dán danh sách hoặc bấm “Thêm đơn vị”",
    timePlace: (label) => `${label} (giờ)`,
    use: "Dùng đợt này",
    discard: "Bỏ thay đổi",
    unsaved: "Bản nháp có thay đổi chưa dùng.",
    refused: (errors) =>
      `Chưa dùng được đợt này: còn ${errors} lỗi. Đợt đang dùng không đổi. Hãy sửa các mục sau rồi bấm “Dùng đợt này” lần nữa:`,
    warnings: "Đợt đã được dùng, nhưng nên xem lại:",
    used: (name, units) => `Đang dùng đợt ${name} (${units} đơn vị).`,
    savedToWorkbook: (sheet) => `Đã ghi vào trang “${sheet}” của sổ tính.`,
    savedInBrowser: "Đã lưu trên trình duyệt này: lần sau mở trang vẫn còn.",
    notSavedInBrowser:
      "Trình duyệt không cho lưu trên máy này (chế độ ẩn danh, hoặc bộ nhớ đã đầy): đóng trang là mất. Hãy tải tệp đợt báo cáo để giữ lại.",
    working: "Đang làm…",
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
    dropMore: "Thêm tệp: kéo thả hoặc",
    working: "Đang tổng hợp…",
    listLabel: (files) => `Các tệp đã nhận (${files})`,
    filterLabel: "Lọc theo tình trạng",
    filter: (filter, count) =>
      `${
        {
          all: "Tất cả",
          rejected: "Bị loại",
          errors: "Có lỗi",
          accepted: "Được tính",
          superseded: "Bản cũ",
        }[filter]
      } (${count})`,
    searchLabel: "Tìm đơn vị hoặc tệp",
    searchPlaceholder: "Tên đơn vị hoặc tên tệp",
    shownOf: (shown, total) => `Đang hiện ${shown} trong ${total} tệp.`,
    counts: (errors, warnings) =>
      [errors > 0 ? `${errors} lỗi` : "", warnings > 0 ? `${warnings} cảnh báo` : ""]
        .filter(Boolean)
        .join(" · "),
    failed: (failure) =>
      failure === "readFailed"
        ? "Chưa đọc được tệp vì trình duyệt dừng việc đọc. Hãy bấm “Xóa danh sách tệp” rồi thêm lại các tệp."
        : "Trình đọc không trả lời cho tệp này. Hãy xóa danh sách rồi thêm lại tệp; nếu vẫn vậy, mở tệp bằng Excel, lưu lại rồi thử lại.",
    downloaded: (file) => `Đã tải về ${file}.`,
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
    mergeDownload: "Tổng hợp và tải về (.xlsx)",
    mergeIntoWorkbook: "Tổng hợp vào sổ tính",
    clear: "Xóa danh sách tệp",
    nothingToMerge:
      "Chưa có tệp nào dùng được để tổng hợp. Hãy xem lỗi của từng tệp, nhờ đơn vị gửi lại tệp đúng mẫu.",
    merged: (units, accepted, rejected, missing) =>
      `Đã tổng hợp ${units} đơn vị từ ${accepted} tệp; ${rejected} tệp không dùng được; ${missing} đơn vị chưa nộp.`,
    wroteSheets: (sheets) => `Đã ghi các trang: ${sheets.join(", ")}.`,
  },
  glance: {
    title: "Tình hình nộp",
    number: groupDigitsVi,
    received: "tệp đã nhận",
    onTime: "đúng hạn",
    late: "trễ hạn",
    refused: "bị loại",
    reading: "đang đọc",
    chart: (received, onTime, late, refused, reading) =>
      `Đã nhận ${groupDigitsVi(received)} tệp: ${groupDigitsVi(onTime)} đúng hạn, ${groupDigitsVi(late)} trễ hạn, ${groupDigitsVi(refused)} bị loại` +
      (reading > 0 ? `; ${groupDigitsVi(reading)} tệp đang đọc.` : "."),
  },
  totals: {
    title: "Kết quả chính",
    number: groupDigitsVi,
    label: (id) => TOTALS[id].label,
    unitsOf: (id) => TOTALS[id].units,
    noUnits: "Chưa có đơn vị nào được tính: chưa nhận được Mẫu 2 nào dùng được.",
  },
  missingUnits: {
    heading: "Chưa nộp",
    row: (form, count) => `${SHORT_FORMS[form]}: ${count} đơn vị`,
    title: (form, count) => `Chưa nộp ${SHORT_FORMS[form]}: ${count} đơn vị`,
    none: (form) => `Mọi đơn vị trong danh sách đã nộp ${FORM_NAMES[form]}.`,
    copy: "Sao chép lời nhắc",
    copyLabel: (form) => `Sao chép lời nhắc nộp ${SHORT_FORMS[form]}`,
    copied: (count) =>
      `Đã sao chép lời nhắc cho ${count} đơn vị. Hãy dán (Ctrl+V) vào Zalo hoặc email.`,
  },
  reminder: {
    greeting: (units) => `Kính gửi ${unitsWord(units)},`,
    notReceived: (form, year, units) =>
      `Đến nay vẫn chưa nhận được ${REMINDER_FORMS[form](year)} của ${unitsWord(units)} sau:`,
    unit: (n, name) => `${n}. ${name}`,
    deadline: (form, when) => `Hạn nộp ${SHORT_FORMS[form]} là ${deadlineWords(when)}.`,
    noDeadline: (form) =>
      `Đợt này chưa đặt hạn nộp ${SHORT_FORMS[form]}, nhưng để kịp tổng hợp, rất mong sớm nhận được báo cáo.`,
    whatToSend: (_form, units) =>
      `Đề nghị ${unitsWord(units)} khẩn trương điền vào biểu mẫu đã được gửi, gửi lại tệp Excel qua email hoặc Zalo, kèm bản có chữ ký, đóng dấu.`,
    thanks: "Trân trọng cảm ơn!",
    emails: (units) => (units === 1 ? "Email của đơn vị:" : "Email của các đơn vị trên:"),
  },
  findingsView: findingsViewVi,
  feedback: feedbackVi,
  severity: (severity) => (severity === "error" ? "Lỗi" : "Cảnh báo"),
  dropZone: { or: "hoặc", choose: "Chọn tệp…" },
  errors: {
    failed: (action, cause, code) =>
      [
        action ? ACTIONS[action] : "Chưa làm được việc vừa rồi.",
        CAUSES[cause],
        code ? `(Mã lỗi của Excel: ${code}.)` : "",
      ]
        .filter(Boolean)
        .join(" "),
  },
};
