/**
 * The texts of the summary workbook (xlsx/summary): sheet names, column headers and the
 * words written into status cells, per locale. The form on the first sheet keeps the
 * official Vietnamese labels of Mẫu 2 (core/forms) in every locale.
 */
import type { FileStatus, FindingCode, IndicatorId, Severity } from "../core";
import { findingTitlesEn } from "./finding-titles-en";
import { findingTitlesVi } from "./finding-titles-vi";

export interface SummaryText {
  /** Which main catalogue supplies the input hints of the form's count cells. */
  readonly locale: "vi" | "en";
  /** Sheet names, at most 31 characters, none of `[]:*?/\`. */
  readonly sheets: {
    readonly summary: string;
    readonly data: string;
    readonly schedule: string;
    readonly submissions: string;
    readonly checks: string;
    readonly opinions: string;
    /** Charts of the merge, each beside the table of its numbers. */
    readonly charts: string;
  };
  /** Changes to the unit's form where the district's own report differs. */
  readonly form: {
    /** "Kính gửi: …": the level above is not part of the campaign, so it is left to fill in. */
    readonly recipient: string;
    readonly signatureTitle: string;
  };
  /** Column headers of the data table, one per indicator; unique (table headers must be). */
  readonly indicators: Readonly<Record<IndicatorId, string>>;
  readonly columns: {
    readonly index: string;
    readonly unit: string;
    readonly files: string;
    readonly date: string;
    readonly time: string;
    readonly place: string;
    readonly content: string;
    readonly note: string;
    readonly onRoster: string;
    readonly mau1: string;
    readonly mau1Timing: string;
    readonly mau1File: string;
    readonly mau2: string;
    readonly mau2Timing: string;
    readonly mau2File: string;
    readonly errors: string;
    readonly warnings: string;
    readonly file: string;
    readonly fileStatus: string;
    readonly severity: string;
    readonly code: string;
    readonly sheet: string;
    readonly cell: string;
    readonly indicator: string;
    readonly message: string;
    readonly section: string;
    readonly text: string;
    /** What a finding is about, in a few words ("Nộp muộn"), beside its code. */
    readonly problem: string;
    readonly indicatorId: string;
    /** Full paths of files, in the columns right of the printed ones (for filters). */
    readonly path: string;
    readonly mau1Path: string;
    readonly mau2Path: string;
  };
  /** Each finding code in a few plain words, for the checks sheet ("Nộp muộn", "Số âm"). */
  readonly findingTitles: { readonly [C in FindingCode]: string };
  /** The footer of printed list pages: page `page` of `pages` (given as Excel's codes). */
  readonly pageNumber: (page: string, pages: string) => string;
  readonly words: {
    readonly yes: string;
    readonly no: string;
    readonly submitted: string;
    readonly notSubmitted: string;
    readonly onTime: string;
    readonly late: string;
    readonly fileStatus: Readonly<Record<FileStatus, string>>;
    readonly severity: Readonly<Record<Severity, string>>;
  };
  /** The label beside the count of values left out of the totals, above the findings. */
  readonly leftOut: string;
  /** Section names of the opinions sheet. */
  readonly opinions: {
    readonly direction: string;
    readonly difficulties: string;
    readonly proposals: string;
    readonly note: string;
  };
  /**
   * The charts sheet: its heading, each chart's title (also its table's caption), the
   * header of its category column and the title of its value axis. Activities are labelled
   * by `indicators` (their count rows), the forms by `columns.mau1` and `columns.mau2`.
   */
  readonly charts: {
    readonly heading: (year: number) => string;
    readonly byActivity: ChartText;
    readonly byStatus: ChartText;
    readonly byUnit: ChartText;
    /** Categories of the status chart: roster units by how a form came in. */
    readonly statuses: {
      readonly onTime: string;
      readonly late: string;
      readonly missing: string;
      /** Received, but the campaign sets no deadline or the file has no date. */
      readonly untimed: string;
    };
    /** The bar of the units beyond the 20 with the most participants. */
    readonly otherUnits: (count: number) => string;
  };
}

export interface ChartText {
  readonly title: string;
  readonly category: string;
  readonly value: string;
}

export const summaryVi: SummaryText = {
  locale: "vi",
  sheets: {
    summary: "Tổng hợp",
    data: "Dữ liệu",
    schedule: "Lịch hoạt động",
    submissions: "Tình hình nộp",
    checks: "Kiểm tra",
    opinions: "Ý kiến",
    charts: "Biểu đồ",
  },
  form: {
    recipient: "Kính gửi: ………………………………………….",
    signatureTitle: "TRƯỞNG PHÒNG",
  },
  indicators: {
    ke_hoach: "Kế hoạch",
    phong_su: "Phóng sự",
    tin_bai_phat_thanh: "Tin, bài phát thanh",
    bao_tuong_bai_viet: "Báo tường, bài viết",
    to_roi: "Tờ rơi",
    sach_tai_lieu: "Sách, tài liệu",
    pano_bang_ron_khau_hieu: "Panô, băng rôn, khẩu hiệu",
    hoi_thao_toa_dam: "Hội thảo, tọa đàm",
    hoi_thao_toa_dam_nguoi: "Hội thảo – người tham gia",
    trien_lam: "Triển lãm",
    trien_lam_luot: "Triển lãm – lượt người",
    van_nghe: "Văn nghệ",
    van_nghe_luot: "Văn nghệ – lượt người",
    lop_chuyen_mon: "Lớp chuyên môn nghiệp vụ",
    lop_chuyen_mon_luot: "Lớp chuyên môn – lượt người",
    lop_tin_hoc_ngoai_ngu: "Lớp tin học, ngoại ngữ",
    lop_tin_hoc_ngoai_ngu_luot: "Lớp tin học, ngoại ngữ – lượt người",
    lop_day_nghe: "Lớp dạy nghề ngắn hạn",
    lop_day_nghe_luot: "Lớp dạy nghề – lượt người",
    lop_ky_nang_song: "Lớp kỹ năng sống",
    lop_ky_nang_song_luot: "Lớp kỹ năng sống – lượt người",
    lop_theo_nhu_cau: "Lớp theo nhu cầu người học",
    lop_theo_nhu_cau_luot: "Lớp theo nhu cầu – lượt người",
  },
  columns: {
    index: "STT",
    unit: "Đơn vị",
    files: "Tệp",
    date: "Ngày",
    time: "Giờ",
    place: "Địa điểm",
    content: "Nội dung",
    note: "Ghi chú",
    onRoster: "Trong danh sách",
    mau1: "Mẫu 1",
    mau1Timing: "Mẫu 1 – hạn nộp",
    mau1File: "Tệp Mẫu 1",
    mau2: "Mẫu 2",
    mau2Timing: "Mẫu 2 – hạn nộp",
    mau2File: "Tệp Mẫu 2",
    errors: "Số lỗi",
    warnings: "Số cảnh báo",
    file: "Tệp",
    fileStatus: "Trạng thái tệp",
    severity: "Mức độ",
    code: "Mã",
    sheet: "Trang tính",
    cell: "Ô",
    indicator: "Chỉ tiêu",
    message: "Nội dung",
    section: "Mục",
    text: "Nội dung",
    problem: "Vấn đề",
    indicatorId: "Mã chỉ tiêu",
    path: "Đường dẫn tệp",
    mau1Path: "Đường dẫn tệp Mẫu 1",
    mau2Path: "Đường dẫn tệp Mẫu 2",
  },
  findingTitles: findingTitlesVi,
  pageNumber: (page, pages) => `Trang ${page} / ${pages}`,
  words: {
    yes: "Có",
    no: "Không",
    submitted: "Đã nộp",
    notSubmitted: "Chưa nộp",
    onTime: "Đúng hạn",
    late: "Trễ hạn",
    fileStatus: { accepted: "Được dùng", superseded: "Bị thay thế", rejected: "Bị loại" },
    severity: { error: "Lỗi", warning: "Cảnh báo" },
  },
  leftOut: "Số giá trị bị lỗi, đã loại khỏi tổng (xem các dòng Lỗi):",
  opinions: {
    direction: "Công tác chỉ đạo, xây dựng kế hoạch",
    difficulties: "Thuận lợi, khó khăn",
    proposals: "Kiến nghị, đề xuất",
    note: "Ghi chú",
  },
  charts: {
    heading: (year) => `BIỂU ĐỒ KẾT QUẢ TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM ${year}`,
    byActivity: {
      title: "Số người tham gia theo hoạt động",
      category: "Hoạt động",
      value: "Số người tham gia",
    },
    byStatus: {
      title: "Tình hình nộp báo cáo của các đơn vị trong danh sách",
      category: "Tình hình nộp",
      value: "Số đơn vị",
    },
    byUnit: {
      title: "Số người tham gia theo đơn vị",
      category: "Đơn vị",
      value: "Số người tham gia",
    },
    statuses: {
      onTime: "Nộp đúng hạn",
      late: "Nộp muộn",
      missing: "Chưa nộp",
      untimed: "Đã nộp, không rõ hạn",
    },
    otherUnits: (count) => `Các đơn vị khác (${count} đơn vị)`,
  },
};

export const summaryEn: SummaryText = {
  locale: "en",
  sheets: {
    summary: "Summary",
    data: "Data",
    schedule: "Schedule",
    submissions: "Submissions",
    checks: "Checks",
    opinions: "Comments",
    charts: "Charts",
  },
  form: {
    recipient: "Kính gửi: ………………………………………….",
    signatureTitle: "TRƯỞNG PHÒNG",
  },
  indicators: {
    ke_hoach: "Plan",
    phong_su: "Video reports",
    tin_bai_phat_thanh: "Radio items",
    bao_tuong_bai_viet: "Wall papers, articles",
    to_roi: "Leaflets",
    sach_tai_lieu: "Books, materials",
    pano_bang_ron_khau_hieu: "Posters, banners, slogans",
    hoi_thao_toa_dam: "Workshops, talks",
    hoi_thao_toa_dam_nguoi: "Workshops – participants",
    trien_lam: "Exhibitions",
    trien_lam_luot: "Exhibitions – visits",
    van_nghe: "Performances",
    van_nghe_luot: "Performances – attendance",
    lop_chuyen_mon: "Professional classes",
    lop_chuyen_mon_luot: "Professional classes – attendance",
    lop_tin_hoc_ngoai_ngu: "IT, language classes",
    lop_tin_hoc_ngoai_ngu_luot: "IT, language classes – attendance",
    lop_day_nghe: "Vocational classes",
    lop_day_nghe_luot: "Vocational classes – attendance",
    lop_ky_nang_song: "Life-skills classes",
    lop_ky_nang_song_luot: "Life-skills classes – attendance",
    lop_theo_nhu_cau: "Needs-based classes",
    lop_theo_nhu_cau_luot: "Needs-based classes – attendance",
  },
  columns: {
    index: "No.",
    unit: "Unit",
    files: "Files",
    date: "Date",
    time: "Time",
    place: "Place",
    content: "Activity",
    note: "Note",
    onRoster: "On the roster",
    mau1: "Form 1",
    mau1Timing: "Form 1 – deadline",
    mau1File: "Form 1 file",
    mau2: "Form 2",
    mau2Timing: "Form 2 – deadline",
    mau2File: "Form 2 file",
    errors: "Errors",
    warnings: "Warnings",
    file: "File",
    fileStatus: "File status",
    severity: "Severity",
    code: "Code",
    sheet: "Sheet",
    cell: "Cell",
    indicator: "Indicator",
    message: "Message",
    section: "Section",
    text: "Text",
    problem: "Problem",
    indicatorId: "Indicator id",
    path: "File path",
    mau1Path: "Form 1 file path",
    mau2Path: "Form 2 file path",
  },
  findingTitles: findingTitlesEn,
  pageNumber: (page, pages) => `Page ${page} of ${pages}`,
  words: {
    yes: "Yes",
    no: "No",
    submitted: "Received",
    notSubmitted: "Missing",
    onTime: "On time",
    late: "Late",
    fileStatus: { accepted: "Used", superseded: "Superseded", rejected: "Rejected" },
    severity: { error: "Error", warning: "Warning" },
  },
  leftOut: "Wrong values left out of the totals (see the Error rows):",
  opinions: {
    direction: "Direction and planning",
    difficulties: "Strengths and difficulties",
    proposals: "Proposals",
    note: "Note",
  },
  charts: {
    heading: (year) => `LIFELONG LEARNING WEEK ${year}: CHARTS OF THE RESULTS`,
    byActivity: {
      title: "Participants by activity",
      category: "Activity",
      value: "Participants",
    },
    byStatus: {
      title: "Reports from the units on the roster",
      category: "Report",
      value: "Units",
    },
    byUnit: {
      title: "Participants by unit",
      category: "Unit",
      value: "Participants",
    },
    statuses: {
      onTime: "On time",
      late: "Late",
      missing: "Missing",
      untimed: "Received, no deadline or date",
    },
    otherUnits: (count) => `Other units (${count})`,
  },
};
