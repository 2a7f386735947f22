import { isDateWithin, parseDate } from "../../../src/core/values";

const d1900 = { date1904: false } as const;
const d1904 = { date1904: true } as const;
const in2017 = { date1904: false, defaultYear: 2017 } as const;

describe("parseDate", () => {
  // 45292 is 2024-01-01 in Excel's 1900 system; ExcelJS agrees on every row below.
  it.each([
    [42279, "2015-10-02"],
    [42280, "2015-10-03"],
    [42279.75, "2015-10-02"],
    [42279.9999999999, "2015-10-03"],
    [43010, "2017-10-02"],
    [45292, "2024-01-01"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
  ])("reads the 1900-system serial %p as %s", (serial, date) => {
    expect(parseDate(serial, d1900)).toEqual({ ok: true, date });
  });

  it.each([
    [42279 - 1462, "2015-10-02"],
    [42280 - 1462, "2015-10-03"],
    [0, "1904-01-01"],
    [43010 - 1462, "2017-10-02"],
  ])("reads the 1904-system serial %p as %s", (serial, date) => {
    expect(parseDate(serial, d1904)).toEqual({ ok: true, date });
  });

  it.each([
    [60, "the phantom 1900-02-29"],
    [0, "day zero"],
    [-1, "a negative serial"],
    [3e6, "a serial past 9999"],
    [Number.NaN, "NaN"],
  ])("rejects the 1900-system serial %p (%s)", (serial) => {
    expect(parseDate(serial, d1900)).toEqual({ ok: false, error: "date_invalid" });
  });

  it("reads a Date by its UTC calendar day, with or without a time", () => {
    expect(parseDate(new Date(Date.UTC(2017, 9, 2)), d1900)).toEqual({
      ok: true,
      date: "2017-10-02",
    });
    expect(parseDate(new Date(Date.UTC(2017, 9, 2, 23, 30)), d1900)).toEqual({
      ok: true,
      date: "2017-10-02",
    });
    expect(parseDate(new Date(Number.NaN), d1900)).toEqual({ ok: false, error: "date_invalid" });
  });

  it.each([
    "02/10/2017",
    "2/10/2017",
    "02-10-2017",
    "02.10.2017",
    " 02 / 10 / 2017 ",
    "２/１０/２０１７",
    "ngày 02/10/2017",
    "Ngày: 02/10/2017",
    "Thứ Hai, 02/10/2017",
    "Thứ 2, ngày 02/10/2017",
    "T2 - 02/10/2017",
    "02/10/2017 (Thứ Hai)",
    "ngày 2 tháng 10 năm 2017",
    "Ngày 02 tháng 10 năm 2017",
    "2 tháng 10, 2017",
    "ngay 2 thang 10 nam 2017",
    "ngày 2 tháng 10 năm 2017".normalize("NFD"),
    "Thứ Hai, 02/10/2017".normalize("NFD"),
    "2017-10-02",
  ])("reads the text %j as 2017-10-02", (input) => {
    expect(parseDate(input, d1900)).toEqual({ ok: true, date: "2017-10-02" });
  });

  it.each(["2/10", "02/10", "02-10", "ngày 2 tháng 10", "Chủ nhật, 2/10"])(
    "takes the default year for %j and warns",
    (input) => {
      expect(parseDate(input, in2017)).toEqual({
        ok: true,
        date: "2017-10-02",
        warning: "date_no_year",
      });
    }
  );

  it("rejects a date without a year when no default year is given", () => {
    expect(parseDate("2/10", d1900)).toEqual({ ok: false, error: "date_invalid" });
  });

  it("reads a two-digit year as 20xx and warns", () => {
    expect(parseDate("2/10/17", d1900)).toEqual({
      ok: true,
      date: "2017-10-02",
      warning: "date_two_digit_year",
    });
  });

  it.each([
    ["02-08/10/2017", "2017-10-02"],
    ["02 - 08/10/2017", "2017-10-02"],
    ["02/10/2017 - 08/10/2017", "2017-10-02"],
    ["02/10 - 08/10/2017", "2017-10-02"],
    ["02/10/2017 đến 08/10/2017", "2017-10-02"],
    ["từ 02/10 đến 08/10/2017", "2017-10-02"],
    ["ngày 02/10/2017 đến ngày 04/10/2017", "2017-10-02"],
    ["30/9 – 2/10/2017", "2017-09-30"],
  ])("takes the first day of the range %j with a range warning", (input, date) => {
    expect(parseDate(input, d1900)).toEqual({ ok: true, date, warning: "date_range" });
  });

  it.each([null, undefined, "", "  "])("reports %p as blank", (input) => {
    expect(parseDate(input, d1900)).toEqual({ ok: false, error: "date_blank" });
  });

  it.each([
    "31/02/2017",
    "29/02/2017",
    "32/10/2017",
    "02/13/2017",
    "0/10/2017",
    "2017-02-30",
    "10/02-2017",
    "02-08/10",
    "tuần sau",
    "cả tuần",
    "2/10/2017 14h",
    "02/10/2017 - 31/02/2017",
  ])("rejects the text %j", (input) => {
    expect(parseDate(input, d1900)).toEqual({ ok: false, error: "date_invalid" });
  });

  it("accepts 29/02 in a leap year", () => {
    expect(parseDate("29/02/2016", d1900)).toEqual({ ok: true, date: "2016-02-29" });
  });

  it("rejects a boolean", () => {
    expect(parseDate(true, d1900)).toEqual({ ok: false, error: "date_invalid" });
  });
});

describe("isDateWithin", () => {
  it.each([
    ["2017-10-02", true],
    ["2017-10-05", true],
    ["2017-10-08", true],
    ["2017-10-01", false],
    ["2017-10-09", false],
    ["2016-10-05", false],
  ])("places %s inside the week 2017-10-02..08: %p", (date, inside) => {
    expect(isDateWithin(date, "2017-10-02", "2017-10-08")).toBe(inside);
  });
});
