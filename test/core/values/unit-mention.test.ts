import {
  displayUnitName,
  findUnitMentions,
  matchUnit,
  normalizeUnitName,
  unitKindOfName,
} from "../../../src/core";

const mentions = (line: string): [string, string][] =>
  findUnitMentions(line).map((mention) => [mention.text, mention.kind]);

describe("findUnitMentions", () => {
  it.each([
    ["TRƯỜNG THCS PHÚ BÀI", [["TRƯỜNG THCS PHÚ BÀI", "school"]]],
    ["TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI", [["TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI", "community"]]],
    ["UBND xã Dương Hòa", [["UBND xã Dương Hòa", "community"]]],
    ["UBND THỊ XÃ HƯƠNG THỦY", [["UBND THỊ XÃ HƯƠNG THỦY", "parent"]]],
    ["PHÒNG GD&ĐT THỊ XÃ HƯƠNG THỦY", [["PHÒNG GD&ĐT THỊ XÃ HƯƠNG THỦY", "office"]]],
    [
      "Trung tâm GDNN-GDTX thị xã Hương Thủy",
      [["Trung tâm GDNN-GDTX thị xã Hương Thủy", "vocational"]],
    ],
    ["TM. ỦY BAN NHÂN DÂN PHƯỜNG PHÚ BÀI", [["ỦY BAN NHÂN DÂN PHƯỜNG PHÚ BÀI", "community"]]],
    ["HIỆU TRƯỞNG TRƯỜNG TH SỐ 1", [["TRƯỜNG TH SỐ 1", "school"]]],
    ["Trường Tiểu học số 1 báo cáo kết quả như sau:", [["Trường Tiểu học số 1", "school"]]],
    ["Trường THPT Đà Nẵng đã tổ chức", [["Trường THPT Đà Nẵng", "school"]]],
    ["Trường THCS Năm Căn năm 2017", [["Trường THCS Năm Căn", "school"]]],
    ["Trung tâm HTCĐ xã phường/ Trường THCS Phú Bài", [["Trường THCS Phú Bài", "school"]]],
    [
      "UBND PHƯỜNG PHÚ BÀI TRƯỜNG MN PHÚ BÀI",
      [
        ["UBND PHƯỜNG PHÚ BÀI", "community"],
        ["TRƯỜNG MN PHÚ BÀI", "school"],
      ],
    ],
  ])("finds the unit in %j", (line, expected) => {
    expect(mentions(line)).toEqual(expected);
  });

  it.each([
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "2. Các phương tiện thông tin",
    "GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG",
    "Trung tâm HTCĐ xã phường/ Trường",
    "Hiệu trưởng",
    "quan tâm xây dựng xã hội học tập",
  ])("names nobody in %j", (line) => {
    expect(findUnitMentions(line)).toEqual([]);
  });

  it("reads names typed in decomposed Unicode", () => {
    expect(mentions("TRƯỜNG THCS PHÚ BÀI".normalize("NFD"))).toEqual([
      ["TRƯỜNG THCS PHÚ BÀI", "school"],
    ]);
  });
});

describe("school names and the ward they carry", () => {
  const roster = [
    { name: "Phường Phú Bài", type: "community" as const },
    { name: "Trường Tiểu học Thủy Dương", type: "school" as const },
  ];

  it("never gives a school the ward's key", () => {
    expect(matchUnit("TRƯỜNG THCS PHÚ BÀI", roster)).toBeUndefined();
    expect(matchUnit("THCS Phú Bài", roster)).toBeUndefined();
    expect(matchUnit("TTHTCĐ Phú Bài", roster)).toEqual({ index: 0 });
  });

  it("folds the long and short forms of a school's level", () => {
    expect(normalizeUnitName("Trường Tiểu học Thủy Dương")).toBe(
      normalizeUnitName("TH Thủy Dương")
    );
    expect(matchUnit("TRƯỜNG TH THỦY DƯƠNG", roster)).toEqual({ index: 1 });
    expect(normalizeUnitName("Phòng Giáo dục và Đào tạo")).toBe(normalizeUnitName("Phòng GD&ĐT"));
  });

  it("tells the kind of a roster name", () => {
    expect(unitKindOfName("Trường MN Hoa Sen")).toBe("school");
    expect(unitKindOfName("Phường Phú Bài")).toBe("community");
    expect(unitKindOfName("Phú Bài")).toBeUndefined();
  });
});

describe("displayUnitName", () => {
  it.each([
    ["TRƯỜNG TIỂU HỌC SỐ 1", 3, "Trường Tiểu học số 1"],
    ["TRƯỜNG THCS PHÚ BÀI", 2, "Trường THCS Phú Bài"],
    ["TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI", 4, "Trung tâm HTCĐ phường Phú Bài"],
    ["Trường mầm non Hoa Sen", 3, "Trường mầm non Hoa Sen"],
  ])("shows %j as %j", (text, kindWords, shown) => {
    expect(displayUnitName(text, kindWords)).toBe(shown);
  });
});
