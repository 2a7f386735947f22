/**
 * The indicators of Mẫu 2 (seed 004), in the order of the printed table. Ids are a fixed
 * contract: JSON reports, defined names in templates and tests all use them.
 *
 * Labels are exactly the printed ones (only a doubled space is collapsed), because units
 * copy them into hand-made forms and the reader matches them.
 */

export const INDICATOR_IDS = [
  "ke_hoach",
  "phong_su",
  "tin_bai_phat_thanh",
  "bao_tuong_bai_viet",
  "to_roi",
  "sach_tai_lieu",
  "pano_bang_ron_khau_hieu",
  "hoi_thao_toa_dam",
  "hoi_thao_toa_dam_nguoi",
  "trien_lam",
  "trien_lam_luot",
  "van_nghe",
  "van_nghe_luot",
  "lop_chuyen_mon",
  "lop_chuyen_mon_luot",
  "lop_tin_hoc_ngoai_ngu",
  "lop_tin_hoc_ngoai_ngu_luot",
  "lop_day_nghe",
  "lop_day_nghe_luot",
  "lop_ky_nang_song",
  "lop_ky_nang_song_luot",
  "lop_theo_nhu_cau",
  "lop_theo_nhu_cau_luot",
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The five numbered groups of the printed table. */
export type SectionNumber = 1 | 2 | 3 | 4 | 5;

export interface Indicator {
  readonly id: IndicatorId;
  readonly section: SectionNumber;
  /** The row's label as printed. */
  readonly label: string;
  /**
   * `count`: sessions, classes, copies… `participants`: the "+ Số (lượt) người tham gia"
   * row, which belongs to the count row just above it (`countOf`).
   */
  readonly kind: "count" | "participants";
  readonly countOf?: IndicatorId;
}

/** The group headings of the table; section 1 is itself an indicator row. */
export const SECTIONS: Readonly<Record<SectionNumber, string>> = {
  1: "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ:",
  2: "2. Các phương tiện thông tin",
  3: "3. Các hoạt động tuyên truyền",
  4: "4. Hội thảo, tọa đàm, triển lãm về học tập suốt đời – xây dựng XHHT",
  5: "5. Khai giảng các lớp",
};

const count = (id: IndicatorId, section: SectionNumber, label: string): Indicator => ({
  id,
  section,
  label,
  kind: "count",
});
const participants = (id: IndicatorId, countOf: IndicatorId, label: string): Indicator => ({
  id,
  section:
    countOf === "hoi_thao_toa_dam" || countOf === "trien_lam" || countOf === "van_nghe" ? 4 : 5,
  label,
  kind: "participants",
  countOf,
});

export const INDICATORS: readonly Indicator[] = [
  count("ke_hoach", 1, SECTIONS[1]),
  count("phong_su", 2, "- Xây dựng phóng sự"),
  count("tin_bai_phat_thanh", 2, "- Số bài, tin phát trên đài phát thanh"),
  count("bao_tuong_bai_viet", 2, "- Số tờ báo tường, bài viết về HTSĐ-XDXHHT"),
  count("to_roi", 3, "- Số lượng tờ rơi đã phát hành"),
  count("sach_tai_lieu", 3, "- Số lượng sách, tài liệu đã phát hành"),
  count("pano_bang_ron_khau_hieu", 3, "- Số panô, băng rôn, khẩu hiệu đã thực hiện"),
  count("hoi_thao_toa_dam", 4, "- Số lần hội thảo, tọa đàm"),
  participants("hoi_thao_toa_dam_nguoi", "hoi_thao_toa_dam", "+ Số người tham gia"),
  count("trien_lam", 4, "- Số buổi triển lãm"),
  participants("trien_lam_luot", "trien_lam", "+ Số lượt người tham gia"),
  count("van_nghe", 4, "- Số buổi biểu diễn văn nghệ"),
  participants("van_nghe_luot", "van_nghe", "+ Số lượt người tham gia"),
  count(
    "lop_chuyen_mon",
    5,
    "- Số lớp bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công chức, viên chức, công nhân lao động đã tổ chức."
  ),
  participants("lop_chuyen_mon_luot", "lop_chuyen_mon", "+ Số lượt người tham gia"),
  count("lop_tin_hoc_ngoai_ngu", 5, "- Số lớp bồi dưỡng nâng cao trình độ tin học, ngoại ngữ."),
  participants("lop_tin_hoc_ngoai_ngu_luot", "lop_tin_hoc_ngoai_ngu", "+ Số lượt người tham gia."),
  count("lop_day_nghe", 5, "- Số lớp dạy nghề ngắn hạn."),
  participants("lop_day_nghe_luot", "lop_day_nghe", "+ Số lượt người tham gia."),
  count("lop_ky_nang_song", 5, "- Số lớp giáo dục Kỹ năng sống"),
  participants("lop_ky_nang_song_luot", "lop_ky_nang_song", "+ Số lượt người tham gia"),
  count(
    "lop_theo_nhu_cau",
    5,
    "- Số lớp học theo chương trình giáo dục đã đáp ứng nhu cầu người học, cập nhật kiến thức, kỹ năng, chuyển giao công nghệ"
  ),
  participants("lop_theo_nhu_cau_luot", "lop_theo_nhu_cau", "+ Số lượt người tham gia"),
];

const BY_ID = new Map<string, Indicator>(INDICATORS.map((indicator) => [indicator.id, indicator]));

/** The indicator with this id, or undefined when `id` is not one of the 23. */
export function findIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export function isIndicatorId(id: string): id is IndicatorId {
  return BY_ID.has(id);
}
