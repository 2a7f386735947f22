import { MAX_SHEET_NAME_LENGTH, isValidSheetName, safeSheetName } from "../../src/excel";

describe("safeSheetName", () => {
  it("keeps a name Excel accepts", () => {
    expect(safeSheetName("Mẫu 2", ["Sheet1"])).toBe("Mẫu 2");
  });

  it('appends " (2)", " (3)" to a name taken in any case', () => {
    expect(safeSheetName("Mẫu 2", ["mẫu 2"])).toBe("Mẫu 2 (2)");
    expect(safeSheetName("Tổng hợp", ["Tổng hợp", "TỔNG HỢP (2)"])).toBe("Tổng hợp (3)");
  });

  it("leaves a name that merely starts like a taken one alone", () => {
    expect(safeSheetName("Tổng hợp", ["Tổng hợp (của tôi)"])).toBe("Tổng hợp");
  });

  it("replaces the characters Excel forbids", () => {
    expect(safeSheetName("Báo cáo: 2017/2018 [v2] *?\\", [])).toBe("Báo cáo- 2017-2018 -v2- ---");
  });

  it("cuts a long name to 31 characters, also with a suffix", () => {
    const long = "Trường Trung học cơ sở Nguyễn Tri Phương";
    const first = safeSheetName(long, []);
    expect(first).toHaveLength(MAX_SHEET_NAME_LENGTH);
    const second = safeSheetName(long, [first]);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(isValidSheetName(second, [first])).toBe(true);
  });

  it("strips apostrophes at either end, also after cutting", () => {
    expect(safeSheetName("'Mẫu 2'", [])).toBe("Mẫu 2");
    const cutAtApostrophe = `${"a".repeat(30)}'b`;
    expect(safeSheetName(cutAtApostrophe, [])).toBe("a".repeat(30));
  });

  it("never gives History, in any case", () => {
    expect(safeSheetName("History", [])).toBe("History (2)");
    expect(safeSheetName("history", [])).toBe("history (2)");
  });

  it("falls back for a name that is empty once cleaned", () => {
    expect(safeSheetName("", [])).toBe("TổngHợp");
    expect(safeSheetName("''", [], "Trang")).toBe("Trang");
    expect(safeSheetName("\u0001", ["TổngHợp"])).toBe("TổngHợp (2)");
  });

  it("does not split a character made of two UTF-16 units", () => {
    const name = safeSheetName(`${"x".repeat(30)}😀`, []);
    expect(name).toBe("x".repeat(30));
  });

  it("always gives a name Excel accepts", () => {
    const existing = ["Sheet1", "Mẫu 1", "Mẫu 2"];
    for (const wanted of ["Mẫu 1", "a:b", "'x'", "History", "", "[]", "x".repeat(40)]) {
      expect(isValidSheetName(safeSheetName(wanted, existing), existing)).toBe(true);
    }
  });
});

describe("isValidSheetName", () => {
  it("applies every rule", () => {
    expect(isValidSheetName("Mẫu 2", [])).toBe(true);
    expect(isValidSheetName("", [])).toBe(false);
    expect(isValidSheetName("x".repeat(32), [])).toBe(false);
    expect(isValidSheetName("a/b", [])).toBe(false);
    expect(isValidSheetName("'a", [])).toBe(false);
    expect(isValidSheetName("HISTORY", [])).toBe(false);
    expect(isValidSheetName("Mẫu 2", ["MẪU 2"])).toBe(false);
  });
});
