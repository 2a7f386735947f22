import {
  foldLabel,
  labelIncludes,
  labelsMatch,
  matchScore,
  normalizeLabel,
} from "../../../src/core/values";

const nfd = (text: string): string => text.normalize("NFD");

/** The labels of the Mẫu 2 indicator table, as printed in the official form. */
const FORM_LABELS = [
  "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ",
  "— Số bài, tin phát trên đài phát thanh",
  "— Số tờ báo tường, bài viết về HTSĐ-XDXHHT",
  "— Số panô, băng rôn, khẩu hiệu đã thực hiện",
  "4. Hội thảo, tọa đàm, triển lãm",
  "+ Số lượt người tham gia",
  "— Số lớp bồi dưỡng nâng cao trình độ tin học, ngoại ngữ",
  "— Số lớp dạy nghề ngắn hạn",
  "— Số lớp giáo dục Kỹ năng sống",
];

describe("normalizeLabel", () => {
  it.each([
    ["— Số lớp dạy nghề ngắn hạn", "so lop day nghe ngan han"],
    ["+ Số lượt người tham gia:", "so luot nguoi tham gia"],
    ["1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ", "ke hoach to chuc tuan le huhtsd"],
    ["— Số tờ báo tường, bài viết về HTSĐ-XDXHHT", "so to bao tuong bai viet ve htsd xdxhht"],
    ["4. Hội thảo, tọa đàm, triển lãm …", "hoi thao toa dam trien lam"],
    ["ĐỊA ĐIỂM", "dia diem"],
    ["  Số   lớp\u00a0\tdạy  ", "so lop day"],
    ["Số panô/băng rôn (khẩu hiệu); đã thực hiện.", "so pano bang ron khau hieu da thuc hien"],
  ])("normalises %j to %j", (input, key) => {
    expect(normalizeLabel(input)).toBe(key);
  });

  it.each([
    ["1. Kế hoạch", "ke hoach"],
    ["1.2. Kế hoạch", "ke hoach"],
    ["1.2 Kế hoạch", "ke hoach"],
    ["1) Kế hoạch", "ke hoach"],
    ["(1) Kế hoạch", "ke hoach"],
    ["a) Kế hoạch", "ke hoach"],
    ["b. Kế hoạch", "ke hoach"],
    ["đ) Kế hoạch", "ke hoach"],
    ["II. Kế hoạch", "ke hoach"],
    ["III. Kiến nghị, đề xuất", "kien nghi de xuat"],
    ["IV) Kế hoạch", "ke hoach"],
    ["- Kế hoạch", "ke hoach"],
    ["+ Kế hoạch", "ke hoach"],
    ["* Kế hoạch", "ke hoach"],
    ["• Kế hoạch", "ke hoach"],
    ["– Kế hoạch", "ke hoach"],
    ["— Kế hoạch", "ke hoach"],
    ["- 1. Kế hoạch", "ke hoach"],
    ["II.1. Kế hoạch", "ke hoach"],
  ])("strips the list marker of %j", (input, key) => {
    expect(normalizeLabel(input)).toBe(key);
  });

  it.each(FORM_LABELS)("is the same for NFC and NFD of %j", (label) => {
    expect(normalizeLabel(nfd(label))).toBe(normalizeLabel(label.normalize("NFC")));
    expect(foldLabel(nfd(label))).toBe(foldLabel(label.normalize("NFC")));
  });

  it.each(FORM_LABELS)("ignores case and diacritics in %j", (label) => {
    const bare = label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d");
    expect(normalizeLabel(label.toUpperCase())).toBe(normalizeLabel(label));
    expect(normalizeLabel(bare)).toBe(normalizeLabel(label));
  });

  it.each([
    ["toạ đàm", "tọa đàm"],
    ["hoà nhập", "hòa nhập"],
    ["Thuý", "Thúy"],
    ["huỷ", "hủy"],
    ["khoẻ", "khỏe"],
  ])("treats the tone placements %j and %j alike", (a, b) => {
    expect(normalizeLabel(a)).toBe(normalizeLabel(b));
    expect(foldLabel(a)).toBe(foldLabel(b));
    expect(foldLabel(nfd(a))).toBe(foldLabel(b));
  });

  it.each([
    ["Kĩ năng sống", "Kỹ năng sống"],
    ["lí luận", "lý luận"],
    ["mĩ thuật", "mỹ thuật"],
    ["bác sĩ", "bác sỹ"],
    ["quí", "quý"],
  ])("treats the spellings %j and %j alike (i/y)", (a, b) => {
    expect(normalizeLabel(a)).toBe(normalizeLabel(b));
    expect(foldLabel(a)).toBe(foldLabel(b));
  });

  it.each(["dạy", "thủy", "nguyễn", "ý kiến", "tuyên truyền", "bảy"])(
    "keeps the y of %j",
    (word) => {
      expect(normalizeLabel(word)).toContain("y");
    }
  );
});

describe("foldLabel", () => {
  it.each([
    ["4. Hội thảo, toạ đàm", "hội thảo tọa đàm"],
    ["— Số lớp Kỹ năng sống", "số lớp kĩ năng sống"],
    ["HOÀ", "hòa"],
  ])("folds %j to %j, keeping the diacritics", (input, key) => {
    expect(foldLabel(input)).toBe(key);
  });

  it("keeps words apart that only diacritics tell apart", () => {
    expect(foldLabel("bàn")).not.toBe(foldLabel("bạn"));
    expect(normalizeLabel("bàn")).toBe(normalizeLabel("bạn"));
  });
});

describe("labelsMatch", () => {
  it.each([
    ["Số lớp Kỹ năng sống", "SO LOP KI NANG SONG"],
    [nfd("+ Số lượt người tham gia"), "Số lượt người tham gia:"],
    ["4. Hội thảo, toạ đàm", "Hội thảo - tọa đàm"],
  ])("matches %j with %j", (a, b) => {
    expect(labelsMatch(a, b)).toBe(true);
  });

  it("does not match different labels", () => {
    expect(labelsMatch("Số người tham gia", "Số lượt người tham gia")).toBe(false);
  });
});

describe("labelIncludes", () => {
  it.each([
    ["— Số lớp dạy nghề ngắn hạn (đã mở)", "So lop day nghe ngan han"],
    ["5. Khai giảng các lớp: Số lớp dạy nghề ngắn hạn", "so lop day nghe ngan han"],
    [nfd("Số lớp dạy nghề ngắn hạn"), "lớp dạy nghề"],
  ])("finds %j in %j", (haystack, needle) => {
    expect(labelIncludes(haystack, needle)).toBe(true);
  });

  it.each([
    ["Số lớp dạy nghề ngắn hạn", "lo"],
    ["Số lớp dạy nghề ngắn hạn", "so lop ngan han"],
    ["Số lớp dạy nghề ngắn hạn", ""],
    ["Số lượt người tham gia", "so nguoi tham gia"],
  ])("does not find %j in %j", (haystack, needle) => {
    expect(labelIncludes(haystack, needle)).toBe(false);
  });
});

describe("matchScore", () => {
  const target = normalizeLabel("Số lớp dạy nghề ngắn hạn");

  it("scores equal labels 1 and unrelated labels 0", () => {
    expect(matchScore(target, target)).toBe(1);
    expect(matchScore(normalizeLabel("Ghi chú"), target)).toBe(0);
    expect(matchScore("", target)).toBe(0);
  });

  it("scores a label with an extra word above one with a different word", () => {
    const extra = matchScore(normalizeLabel("Số lớp dạy nghề ngắn hạn đã mở"), target);
    const other = matchScore(normalizeLabel("Số lớp giáo dục Kỹ năng sống"), target);
    expect(extra).toBeCloseTo(12 / 14);
    expect(extra).toBeGreaterThan(other);
  });

  it("picks the intended form row from all of them", () => {
    const typed = normalizeLabel("lop day nghe ngan han");
    const scores = FORM_LABELS.map((label) => matchScore(normalizeLabel(label), typed));
    expect(scores.indexOf(Math.max(...scores))).toBe(
      FORM_LABELS.indexOf("— Số lớp dạy nghề ngắn hạn")
    );
  });
});
