import { firstSentence } from "../../src/messages/catalogue";
import { shortName } from "../../src/taskpane/short-name";

describe("shortName", () => {
  test("a name that fits is kept whole", () => {
    expect(shortName("mau2-phuong-phu-bai.xlsx")).toBe("mau2-phuong-phu-bai.xlsx");
  });

  test("a long name keeps its start and its end, the extension included", () => {
    const name =
      "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2017 - Trung tâm HTCĐ phường Thủy Dương (bản sửa lần 2).xlsx";
    const short = shortName(name);
    expect(Array.from(short)).toHaveLength(56);
    expect(short.startsWith("Báo cáo kết quả Tuần lễ")).toBe(true);
    expect(short.endsWith("(bản sửa lần 2).xlsx")).toBe(true);
    expect(short).toContain("…");
  });

  test("characters outside the BMP are not cut in half", () => {
    const short = shortName(`${"😀".repeat(40)}.xlsx`, 20);
    expect(Array.from(short)).toHaveLength(20);
    expect(short).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])(?<![\uD800-\uDBFF])/u);
  });
});

describe("firstSentence", () => {
  test("stops at the first full stop followed by a new sentence", () => {
    expect(firstSentence("Tệp là định dạng Excel cũ (.xls). Hãy mở tệp bằng Excel.")).toBe(
      "Tệp là định dạng Excel cũ (.xls)."
    );
  });

  test("a full stop inside quotes or a number does not end it", () => {
    expect(firstSentence('Đơn vị "Trường A. Phú Bài" không có. Hãy kiểm tra.')).toBe(
      'Đơn vị "Trường A. Phú Bài" không có.'
    );
    expect(firstSentence("Giá trị 1.200 không rõ. Hãy ghi lại.")).toBe("Giá trị 1.200 không rõ.");
  });

  test("one sentence is returned as it is", () => {
    expect(firstSentence("Tệp rỗng (0 byte)")).toBe("Tệp rỗng (0 byte)");
  });
});
