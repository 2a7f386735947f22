/**
 * The row-height estimate without a spreadsheet program: widths from Times New Roman's
 * metrics, lines by words, heights in Excel's steps under its cap. (How it compares with
 * LibreOffice's own fitting: test/libreoffice/summary-print.test.ts.)
 */
import {
  EXCEL_POINTS_PER_WIDTH_UNIT,
  LINE_HEIGHT,
  MAX_ROW_HEIGHT,
  cellLines,
  rowHeight,
  textWidth,
  wrappedLines,
} from "../../../src/xlsx/summary/row-height";
import { listRowHeight } from "../../../src/xlsx/summary/list-rows";
import type { ListColumn } from "../../../src/xlsx/summary/list-sheet";

describe("textWidth", () => {
  it("measures Times New Roman: digits half an em, a space a quarter, bold wider", () => {
    expect(textWidth("0123456789", 12)).toBeCloseTo(60);
    expect(textWidth(" ", 12)).toBeCloseTo(3);
    expect(textWidth("Tờ rơi", 12)).toBeGreaterThan(30);
    expect(textWidth("Nội dung", 12, true)).toBeGreaterThan(textWidth("Nội dung", 12));
    expect(textWidth("", 12)).toBe(0);
  });

  it("gives the letters old Liberation Serif lacks the width of their wider fallback", () => {
    // "ơ" and "ạ" are drawn from DejaVu Serif where Liberation Serif 1.x has no glyph.
    expect(textWidth("ơ", 12)).toBeGreaterThan(textWidth("o", 12));
    expect(textWidth("ạ", 12)).toBeGreaterThan(textWidth("a", 12));
    // "ô" and "á" are in every Times: as wide as their letter.
    expect(textWidth("ô", 12)).toBeCloseTo(textWidth("o", 12));
    expect(textWidth("á", 12)).toBeCloseTo(textWidth("a", 12));
  });

  it("reads decomposed text (NFD) as its letters, marks taking no room", () => {
    expect(textWidth("Thu\u0309y", 12)).toBeCloseTo(textWidth("Thuy", 12));
  });

  it("counts other scripts and emoji as wide letters", () => {
    expect(textWidth("学", 12)).toBe(12);
    expect(textWidth("😀", 12)).toBe(12);
  });
});

describe("wrappedLines", () => {
  const size = 12;

  it("fills a line with words while they fit", () => {
    const word = textWidth("học", size);
    const space = textWidth(" ", size);
    expect(wrappedLines("học học", 2 * word + space, size)).toBe(1);
    expect(wrappedLines("học học", 2 * word + space - 0.1, size)).toBe(2);
    expect(wrappedLines("", 10, size)).toBe(1);
  });

  it("starts a line at each explicit line break, CR LF and CR included", () => {
    expect(wrappedLines("a\nb\r\nc\rd", 100, size)).toBe(4);
    expect(wrappedLines("a\n\nb", 100, size)).toBe(3);
  });

  it("ends a line after a hyphen inside a word, not before a digit", () => {
    const files = "mau2-phuong-phu-bai.xlsx; mau1-phuong-phu-bai.xlsx";
    const room = textWidth("mau2-phuong-phu-bai.xlsx;", size) - 5;
    // "mau2-phuong-phu-" / "bai.xlsx; mau1-" / "phuong-phu-bai.xlsx"
    expect(wrappedLines(files, room, size)).toBe(3);
    // "ab thuy-" fits, but "2017" may not follow on a new line: "ab" / "thuy-20" / "17".
    expect(wrappedLines("ab thuy-2017", textWidth("ab thuy-", size) + 1, size)).toBe(3);
    expect(wrappedLines("ab thuy-chau", textWidth("ab thuy-", size) + 1, size)).toBe(2);
  });

  it("cuts a word wider than the column where the line is full", () => {
    const room = textWidth("x".repeat(10), size);
    expect(wrappedLines("x".repeat(25), room, size)).toBe(3);
  });
});

describe("rowHeight", () => {
  const size = 12;
  const line = LINE_HEIGHT * size;

  it("gives one line of text a line and a little room, in steps of a pixel", () => {
    const one = rowHeight([{ text: "Phường Phú Bài", width: 26, wrap: true }], size);
    expect(one).toBe(17.25);
    expect((one / 0.75) % 1).toBe(0);
    expect(rowHeight([], size)).toBe(one);
  });

  it("takes the tallest cell of the row", () => {
    const text = "Trung tâm học tập cộng đồng phường Phú Bài";
    const narrow = { text, width: 10, wrap: true };
    const wide = { text, width: 80, wrap: true };
    expect(cellLines(narrow, size)).toBeGreaterThan(2);
    expect(cellLines(wide, size)).toBe(1);
    expect(rowHeight([wide, narrow], size)).toBe(rowHeight([narrow], size));
    expect(rowHeight([narrow], size)).toBeGreaterThanOrEqual(cellLines(narrow, size) * line);
  });

  it("lets a cell that does not wrap take one line per explicit line break only", () => {
    const long = "x ".repeat(200);
    expect(cellLines({ text: long, width: 10, wrap: false }, size)).toBe(1);
    expect(cellLines({ text: "a\nb", width: 10, wrap: false }, size)).toBe(2);
  });

  it("grows as the column narrows, for Excel's width unit by default", () => {
    const text =
      "Tệp không phải bảng tính Excel (có vẻ là tệp văn bản). Hãy đề nghị đơn vị gửi đúng tệp.";
    const heights = [80, 40, 20, 10].map((width) => rowHeight([{ text, width, wrap: true }], size));
    expect(heights).toEqual([...heights].sort((a, b) => a - b));
    expect(heights[3]).toBeGreaterThan(heights[0]!);
    // A wider unit (LibreOffice measuring a wider default font) is more room per line.
    const cell = { text, width: 20, wrap: true };
    expect(rowHeight([cell], size, { pointsPerWidthUnit: 7 })).toBeLessThan(
      rowHeight([cell], size, { pointsPerWidthUnit: EXCEL_POINTS_PER_WIDTH_UNIT })
    );
  });

  it("stops at Excel's 409 points", () => {
    expect(rowHeight([{ text: "chữ ".repeat(5000), width: 20, wrap: true }], size)).toBe(
      MAX_ROW_HEIGHT
    );
  });
});

describe("listRowHeight", () => {
  const columns: ListColumn[] = [
    { header: "STT", width: 6 },
    { header: "Đơn vị", width: 12, wrap: true },
    { header: "Ngày", width: 11 },
  ];

  it("measures the texts of a list row, highlighted words in bold, numbers and dates one line", () => {
    const unit = "Trung tâm học tập cộng đồng";
    expect(listRowHeight([1, unit, { date: new Date(0) }], columns)).toBe(
      rowHeight([{ text: unit, width: 12, wrap: true }], 12)
    );
    expect(listRowHeight([1, { text: unit, highlight: "late" }, null], columns)).toBe(
      rowHeight([{ text: unit, width: 12, wrap: true, bold: true }], 12)
    );
    expect(listRowHeight([123456, null, { time: 0.5 }], columns)).toBe(rowHeight([], 12));
  });
});
