import {
  cellAddress,
  columnLetters,
  dateToExcelSerial,
  excelSerialToDate,
  isDateFormatCode,
  parseAddress,
} from "../../../src/xlsx/read";
import { shiftFormula } from "../../../src/xlsx/read/formula";
import { decodeXml, decodeOoxmlEscapes } from "../../../src/xlsx/read/xml";
import { splitSheetReference } from "../../../src/xlsx/read/sheet";

describe("cellAddress and parseAddress", () => {
  it("turns 1-based positions into A1 addresses", () => {
    expect(cellAddress(14, 3)).toBe("C14");
    expect(cellAddress(1, 26)).toBe("Z1");
    expect(cellAddress(1, 27)).toBe("AA1");
    expect(cellAddress(1_048_576, 16_384)).toBe("XFD1048576");
    expect(columnLetters(702)).toBe("ZZ");
    expect(columnLetters(703)).toBe("AAA");
  });

  it("parses addresses with or without $ and in any letter case", () => {
    expect(parseAddress("C14")).toEqual({ row: 14, col: 3 });
    expect(parseAddress("$C$14")).toEqual({ row: 14, col: 3 });
    expect(parseAddress("c$14")).toEqual({ row: 14, col: 3 });
    expect(parseAddress("XFD1048576")).toEqual({ row: 1_048_576, col: 16_384 });
  });

  it("refuses what is not a cell inside the grid", () => {
    for (const bad of [
      "",
      "C",
      "14",
      "C0",
      "XFE1",
      "A1048577",
      "C14:D15",
      "Sheet1!C14",
      "ABCD1",
      " C14",
      "C-1",
      "$$C14",
    ]) {
      expect(parseAddress(bad)).toBeUndefined();
    }
  });

  it("round-trips every column letter", () => {
    for (let col = 1; col <= 16_384; col += 37)
      expect(parseAddress(cellAddress(9, col))).toEqual({ row: 9, col });
  });
});

describe("excelSerialToDate", () => {
  it("reads serials in the 1900 system, Excel leap-year bug included", () => {
    expect(excelSerialToDate(1, false)).toEqual(new Date(Date.UTC(1900, 0, 1)));
    expect(excelSerialToDate(59, false)).toEqual(new Date(Date.UTC(1900, 1, 28)));
    expect(excelSerialToDate(61, false)).toEqual(new Date(Date.UTC(1900, 2, 1)));
    expect(excelSerialToDate(43010, false)).toEqual(new Date(Date.UTC(2017, 9, 2)));
    expect(excelSerialToDate(43010.3125, false)).toEqual(new Date(Date.UTC(2017, 9, 2, 7, 30)));
  });

  it("reads serials in the 1904 system", () => {
    expect(excelSerialToDate(0, true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(excelSerialToDate(43010 - 1462, true)).toEqual(new Date(Date.UTC(2017, 9, 2)));
  });

  it("reads Excel time fractions to the second", () => {
    const t = excelSerialToDate(0.30208333333333331, false); // 07:15 as Excel stores it
    expect([t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()]).toEqual([7, 15, 0]);
  });

  it("follows core's serialToDateParts: serial 60 (29 February 1900) and negatives are no date", () => {
    expect(Number.isNaN(excelSerialToDate(60, false).getTime())).toBe(true);
    expect(Number.isNaN(excelSerialToDate(-1, false).getTime())).toBe(true);
    expect(excelSerialToDate(60, true)).toEqual(new Date(Date.UTC(1904, 2, 1)));
    expect(excelSerialToDate(45930.99999999999, false)).toEqual(new Date(Date.UTC(2025, 9, 1)));
    expect(dateToExcelSerial(new Date(Date.UTC(1900, 0, 1)), false)).toBe(1);
    expect(dateToExcelSerial(new Date(Date.UTC(1900, 2, 1)), false)).toBe(61);
    expect(dateToExcelSerial(new Date(Date.UTC(1899, 0, 1)), false)).toBeNaN();
    expect(dateToExcelSerial(new Date(Date.UTC(1903, 11, 31)), true)).toBeNaN();
  });

  it("is undone by dateToExcelSerial", () => {
    const d = new Date(Date.UTC(2022, 9, 13, 16, 0));
    expect(excelSerialToDate(dateToExcelSerial(d, false), false)).toEqual(d);
    expect(excelSerialToDate(dateToExcelSerial(d, true), true)).toEqual(d);
  });
});

describe("isDateFormatCode", () => {
  it("finds date and time tokens", () => {
    for (const code of [
      "dd/mm/yyyy",
      "d-mmm-yy",
      "h:mm",
      "hh:mm:ss AM/PM",
      "[h]:mm:ss",
      "[mm]:ss",
      "yyyy",
      "[$-42A]d mmmm yyyy",
      '"Ngày" dd',
    ]) {
      expect(isDateFormatCode(code)).toBe(true);
    }
  });

  it("ignores letters in quotes, brackets, escapes, padding and fills", () => {
    for (const code of [
      "General",
      "0",
      "#,##0",
      "0.00%",
      '0 "ngày"',
      "[Red]#,##0",
      "#,##0\\ \\d",
      "#,##0_m",
      "* #,##0;*d",
      "@",
      "0.00E+00",
      "[$VND] #,##0",
    ]) {
      expect(isDateFormatCode(code)).toBe(false);
    }
  });
});

describe("shiftFormula", () => {
  it("moves relative references and keeps absolute ones", () => {
    expect(shiftFormula("A1+$B$1+C$2+$D3", 2, 1)).toBe("B3+$B$1+D$2+$D5");
    expect(shiftFormula("SUM(B2:B10)", 0, 2)).toBe("SUM(D2:D10)");
  });

  it("leaves strings, quoted sheet names, functions and structured references alone", () => {
    expect(shiftFormula("\"A1\"&'B2 sheet'!C3&LOG10(A1)&T[[#This Row],[A1]]", 1, 0)).toBe(
      "\"A1\"&'B2 sheet'!C4&LOG10(A2)&T[[#This Row],[A1]]"
    );
    expect(shiftFormula("Sheet1!A1", 1, 0)).toBe("Sheet1!A2");
  });

  it("gives #REF! for references moved off the grid", () => {
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });
});

describe("XML text decoding", () => {
  it("decodes entities and leaves unknown ones as written", () => {
    expect(decodeXml("&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#X43;&#1114112;&nbsp;& x")).toBe(
      "<>&\"'ABC&#1114112;&nbsp;& x"
    );
    expect(decodeXml("&constructor;&toString;&#;&#x;")).toBe("&constructor;&toString;&#;&#x;");
    expect(decodeXml("a\r\nb\rc")).toBe("a\nb\nc");
  });

  it("stays linear on a long run of stray ampersands", () => {
    const stray = "&".repeat(200_000) + ";";
    const started = Date.now();
    expect(decodeXml(stray)).toBe(stray);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("decodes _xHHHH_ escapes, with _x005F_ guarding a literal", () => {
    expect(decodeOoxmlEscapes("a_x000A_b_x005F_x000A_")).toBe("a\nb_x000A_");
    expect(decodeOoxmlEscapes("_x00_ _xZZZZ_")).toBe("_x00_ _xZZZZ_");
  });
});

describe("splitSheetReference", () => {
  it("splits sheet and range", () => {
    expect(splitSheetReference("'Mẫu 2'!$C$14")).toEqual({ sheet: "Mẫu 2", ref: "$C$14" });
    expect(splitSheetReference("'It''s'!A1:B2")).toEqual({ sheet: "It's", ref: "A1:B2" });
    expect(splitSheetReference("Data!$3:$5")).toEqual({ sheet: "Data", ref: "$3:$5" });
  });

  it("keeps other references whole", () => {
    for (const raw of ["Data!$A$1,Data!$B$2", "#REF!", "SUM(Data!A1)", '"text"', "'Mẫu 2'!#REF!"]) {
      expect(splitSheetReference(raw)).toEqual({ ref: raw });
    }
  });
});
