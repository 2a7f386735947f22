import { isDateWithin, parseDate } from "../../../src/core/values";
import type { SerialDateInput } from "../../../src/core/values/date";
import { dateToSerial, serialToDateParts } from "../../../src/core/values/date";

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

describe("serialToDateParts", () => {
  const day = (year: number, month: number, d: number) => ({
    year,
    month,
    day: d,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  });

  it.each([
    [1, day(1900, 1, 1)],
    [59, day(1900, 2, 28)],
    [61, day(1900, 3, 1)],
    [25569, day(1970, 1, 1)],
    [43010, day(2017, 10, 2)],
    [45931, day(2025, 10, 1)],
    [2958465, day(9999, 12, 31)],
  ])("reads the 1900-system serial %p", (serial, parts) => {
    expect(serialToDateParts(serial, false)).toEqual(parts);
  });

  it("gives no date for serial 60, Excel's nonexistent 29 February 1900", () => {
    expect(serialToDateParts(60, false)).toBeUndefined();
    expect(serialToDateParts(60.5, false)).toBeUndefined();
    expect(parseDate(60, d1900)).toEqual({ ok: false, error: "date_invalid" });
  });

  it("reads the 1904 system from 1904-01-01 at serial 0", () => {
    expect(serialToDateParts(0, true)).toEqual(day(1904, 1, 1));
    expect(serialToDateParts(60, true)).toEqual(day(1904, 3, 1));
    expect(serialToDateParts(45931 - 1462, true)).toEqual(day(2025, 10, 1));
    expect(serialToDateParts(2958465 - 1462, true)).toEqual(day(9999, 12, 31));
  });

  it("reads the fraction as the time of day, to the millisecond", () => {
    expect(serialToDateParts(43010.3125, false)).toEqual({
      ...day(2017, 10, 2),
      hour: 7,
      minute: 30,
    });
    expect(serialToDateParts(45931.5 + 1 / 86_400_000, false)).toEqual({
      ...day(2025, 10, 1),
      hour: 12,
      millisecond: 1,
    });
    // A time without a date gets day 0 as exceljs gives it: 1899-12-30.
    expect(serialToDateParts(0.30208333333333331, false)).toEqual({
      ...day(1899, 12, 30),
      hour: 7,
      minute: 15,
    });
  });

  it("reads float noise just below a whole day as the next midnight", () => {
    expect(serialToDateParts(45930.99999999999, false)).toEqual(day(2025, 10, 1));
    expect(serialToDateParts(45931 - 1e-10, false)).toEqual(day(2025, 10, 1));
    expect(serialToDateParts(58.9999999999, false)).toEqual(day(1900, 2, 28));
    // A real second before midnight stays on its day.
    expect(serialToDateParts(45931 - 1 / 86_400, false)).toEqual({
      ...day(2025, 9, 30),
      hour: 23,
      minute: 59,
      second: 59,
    });
  });

  it.each([
    [-1, "a negative serial"],
    [-1e-3, "a small negative serial"],
    [2958466, "a serial past 9999-12-31"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("gives no date for %p (%s)", (serial) => {
    expect(serialToDateParts(serial, false)).toBeUndefined();
    expect(serialToDateParts(serial, true)).toBeUndefined();
  });

  it("agrees with parseDate on every day around the phantom leap day", () => {
    for (let serial = 1; serial <= 70; serial++) {
      const p = serialToDateParts(serial, false);
      const iso =
        p && `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
      expect(parseDate(serial, d1900)).toEqual(
        iso === undefined ? { ok: false, error: "date_invalid" } : { ok: true, date: iso }
      );
    }
  });
});

describe("dateToSerial", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [1970, 1, 1, 25569],
    [2017, 10, 2, 43010],
    [2025, 10, 1, 45931],
    [9999, 12, 31, 2958465],
  ])("gives %p-%p-%p the 1900-system serial %p", (year, month, day, serial) => {
    expect(dateToSerial({ year, month, day }, false)).toBe(serial);
  });

  it("gives the 1904-system serial", () => {
    expect(dateToSerial({ year: 1904, month: 1, day: 1 }, true)).toBe(0);
    expect(dateToSerial({ year: 2025, month: 10, day: 1 }, true)).toBe(45931 - 1462);
  });

  it("adds the time of day as a fraction", () => {
    expect(dateToSerial({ year: 2017, month: 10, day: 2, hour: 7, minute: 30 }, false)).toBe(
      43010.3125
    );
    expect(dateToSerial({ year: 1899, month: 12, day: 30, hour: 7, minute: 15 }, false)).toBe(
      0.30208333333333331
    );
  });

  it("reads a Date by its UTC fields", () => {
    expect(dateToSerial(new Date(Date.UTC(2025, 9, 1)), false)).toBe(45931);
    expect(dateToSerial(new Date(Date.UTC(2022, 9, 13, 16)), true)).toBeCloseTo(
      44847 - 1462 + 2 / 3,
      12
    );
    expect(dateToSerial(new Date(Number.NaN), false)).toBeUndefined();
  });

  it.each<[SerialDateInput, boolean, string]>([
    [{ year: 1900, month: 2, day: 29 }, false, "29 February 1900, which never was"],
    [{ year: 1899, month: 12, day: 31 }, false, "the day before serial 1"],
    [{ year: 1899, month: 12, day: 29 }, false, "before day 0"],
    [{ year: 1903, month: 12, day: 31 }, true, "before the 1904 system"],
    [{ year: 10000, month: 1, day: 1 }, false, "after 9999"],
    [{ year: 2017, month: 2, day: 31 }, false, "31 February"],
    [{ year: 2017, month: 13, day: 1 }, false, "month 13"],
    [{ year: 2017, month: 10, day: 2, hour: 24 }, false, "hour 24"],
    [{ year: 2017.5, month: 10, day: 2 }, false, "a fractional year"],
  ])("has no serial for %j (1904: %p, %s)", (date, date1904, _why) => {
    expect(dateToSerial(date, date1904)).toBeUndefined();
  });

  it("is undone by serialToDateParts, in both systems", () => {
    const serials = [0, 0.25, 1, 2, 58, 59, 61, 62, 366, 1462, 25569.75, 43010.3125, 45931];
    for (let s = 0; s < 200; s++) serials.push(Math.round(s * 14_791.3 + s * s) / 4);
    for (const date1904 of [false, true]) {
      for (const serial of serials) {
        const parts = serialToDateParts(serial, date1904);
        if (parts === undefined) {
          expect([date1904, Math.floor(serial)]).toEqual([false, 60]);
          continue;
        }
        expect(dateToSerial(parts, date1904)).toBeCloseTo(serial, 9);
      }
    }
  });
});
