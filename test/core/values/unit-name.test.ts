import { matchUnit, normalizeUnitName } from "../../../src/core/values";

const HUONG_THUY = [
  { name: "Phường Phú Bài" },
  { name: "Phường Thủy Dương" },
  { name: "Xã Thủy Vân" },
  { name: "Xã Thủy Thanh" },
  { name: "Trường THCS Phú Bài" },
];
const TAN_BINH = Array.from({ length: 15 }, (_, i) => ({ name: `Phường ${i + 1}` }));

describe("normalizeUnitName", () => {
  it.each([
    ["Phường Phú Bài", "phuong phu bai"],
    ["PHƯỜNG PHÚ BÀI", "phuong phu bai"],
    ["Trung tâm học tập cộng đồng phường Phú Bài", "phuong phu bai"],
    ["Trung tâm HTCĐ phường Phú Bài", "phuong phu bai"],
    ["TTHTCĐ Phú Bài", "phu bai"],
    ["TTHTCD Phú Bài", "phu bai"],
    ["TT HTCĐ P. Phú Bài", "phuong phu bai"],
    ["UBND phường Phú Bài", "phuong phu bai"],
    ["Ủy ban nhân dân xã Thủy Vân", "xa thuy van"],
    ["Uỷ ban nhân dân xã Thủy Vân", "xa thuy van"],
    ["P.Phú Bài", "phuong phu bai"],
    ["p. Phú Bài", "phuong phu bai"],
    ["X. Thủy Vân", "xa thuy van"],
    ["x.Thuỷ Vân", "xa thuy van"],
    ["Phường 04", "phuong 4"],
    ["P.04", "phuong 4"],
    ["P4", "phuong 4"],
    ["Phường 10", "phuong 10"],
    ["TTHTCĐ Phường 11", "phuong 11"],
    ["  Phường   Phú\u00a0Bài ", "phuong phu bai"],
    ["Xã Mỹ Thủy", "xa mi thuy"],
    ["Xã Mĩ Thuỷ", "xa mi thuy"],
  ])("normalises %j to %j", (input, key) => {
    expect(normalizeUnitName(input)).toBe(key);
  });

  it("leaves a city abbreviation alone", () => {
    expect(normalizeUnitName("TP. Huế")).toBe("tp hue");
  });

  it.each(["Phường Thủy Dương", "TTHTCĐ xã Thủy Vân", "Uỷ ban nhân dân phường Phú Bài"])(
    "is the same for NFC and NFD of %j",
    (name) => {
      expect(normalizeUnitName(name.normalize("NFD"))).toBe(
        normalizeUnitName(name.normalize("NFC"))
      );
    }
  );
});

describe("matchUnit", () => {
  it.each([
    ["Phường Phú Bài", 0],
    ["phuong phu bai", 0],
    ["Phường Phú Bài".normalize("NFD"), 0],
    ["TTHTCĐ Phú Bài", 0],
    ["UBND P. Phú Bài", 0],
    ["Trung tâm HTCĐ phường Thuỷ Dương", 1],
    ["Thủy Vân", 2],
    ["Trường THCS Phú Bài", 4],
  ])("finds %j in the Hương Thủy roster at %p", (name, index) => {
    expect(matchUnit(name, HUONG_THUY)).toEqual({ index });
  });

  it.each([
    ["Phường 1", 0],
    ["P.01", 0],
    ["Phường 11", 10],
    ["TTHTCĐ Phường 4", 3],
    ["TTHTCĐ 4", 3],
  ])("finds %j in the Tân Bình roster at %p", (name, index) => {
    expect(matchUnit(name, TAN_BINH)).toEqual({ index });
  });

  it("never takes Phường 1 for Phường 11", () => {
    expect(matchUnit("Phường 1", [{ name: "Phường 11" }])).toBeUndefined();
    expect(matchUnit("Phường 11", [{ name: "Phường 1" }])).toBeUndefined();
  });

  it("does not guess when dropping the place type leaves two candidates", () => {
    const roster = [{ name: "Phường Thủy Dương" }, { name: "Xã Thủy Dương" }];
    expect(matchUnit("TTHTCĐ Thủy Dương", roster)).toBeUndefined();
    expect(matchUnit("Xã Thủy Dương", roster)).toEqual({ index: 1 });
  });

  it.each(["", "UBND", "Phường Hương Sơ", "Phú"])("finds nothing for %j", (name) => {
    expect(matchUnit(name, HUONG_THUY)).toBeUndefined();
  });
});
