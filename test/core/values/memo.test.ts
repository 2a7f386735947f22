/**
 * The memo caches behind `matchUnit`, `normalizeUnitName` and `normalizeLabel` (a merge of
 * thousands of returns matches every one against the same roster and the same labels):
 * answers stay those of the uncached functions, whatever the order of calls.
 */
import { matchUnit, normalizeLabel, normalizeUnitName } from "../../../src/core";

describe("matchUnit with its per-roster index", () => {
  const roster = [
    { name: "Phường 1" },
    { name: "Phường 11" },
    { name: "Xã Thủy Vân" },
    { name: "Phường Thủy Vân" },
    { name: "Trường Tiểu học số 17" },
    { name: "Phường 1" },
  ];

  test("exact keys win, duplicates give the first, repeated calls agree", () => {
    for (let round = 0; round < 3; round++) {
      expect(matchUnit("TTHTCĐ phường 01", roster)).toEqual({ index: 0 });
      expect(matchUnit("P11", roster)).toEqual({ index: 1 });
      expect(matchUnit("TRƯỜNG TIỂU HỌC SỐ 17", roster)).toEqual({ index: 4 });
      // Without its place type 'Thủy Vân' is both a commune and a ward: no match.
      expect(matchUnit("Thủy Vân", roster)).toBeUndefined();
      expect(matchUnit("Phường 7", roster)).toBeUndefined();
    }
  });

  test("each roster answers for itself", () => {
    const other = [{ name: "Xã Thủy Vân" }];
    expect(matchUnit("Thủy Vân", other)).toEqual({ index: 0 });
    expect(matchUnit("Thủy Vân", roster)).toBeUndefined();
    expect(matchUnit("Thủy Vân", [...other])).toEqual({ index: 0 });
  });

  test("a roster grown in place is indexed again", () => {
    const growing = [{ name: "Phường 2" }];
    expect(matchUnit("Phường 3", growing)).toBeUndefined();
    growing.push({ name: "Phường 3" });
    expect(matchUnit("Phường 3", growing)).toEqual({ index: 1 });
  });
});

describe("memoised keys", () => {
  test("equal to a fresh computation, for short and long texts, across a cache flush", () => {
    const long = `- Số lớp dạy nghề ngắn hạn ${"rất ".repeat(80)}dài`;
    const first = normalizeLabel(long);
    expect(first.startsWith("so lop day nghe ngan han rat")).toBe(true);
    const labels = Array.from({ length: 25_000 }, (_, i) => `${i}. Số lớp Kỹ năng sống ${i}`);
    const keys = labels.map(normalizeLabel);
    expect(keys[24_999]).toBe("so lop ki nang song 24999");
    expect(labels.map(normalizeLabel)).toEqual(keys);
    expect(normalizeLabel(long)).toBe(first);
    expect(normalizeUnitName("TTHTCĐ P. Phú Bài")).toBe("phuong phu bai");
    expect(normalizeUnitName("TTHTCĐ P. Phú Bài")).toBe("phuong phu bai");
  });
});
