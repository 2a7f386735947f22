import { looksLikeFormula } from "../../../src/core/values";

describe("looksLikeFormula", () => {
  it.each([
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1:A2)",
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "  =1",
    "\u00a0=1",
    "\t1",
    "\r1",
    "- Tổ chức lễ khai mạc",
    "+ Số lượt người tham gia",
    "＝1+1",
  ])("flags %j", (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each(["", "Phú Bài", "12", "1=1", "a+b", "Hội thảo - tọa đàm", " x"])(
    "lets %j through",
    (text) => {
      expect(looksLikeFormula(text)).toBe(false);
    }
  );
});
