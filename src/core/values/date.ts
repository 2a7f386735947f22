import type { CellValue } from "./cell-value";
import { collapseSpaces, lowerNfc, stripMarks } from "./text";

export type DateWarningCode =
  /** '2/10': the year came from `defaultYear`. */
  | "date_no_year"
  /** '2/10/17': read as 2017. */
  | "date_two_digit_year"
  /** '02-08/10/2017' or '02/10/2017 - 08/10/2017': the first day is used. */
  | "date_range";
export type DateErrorCode = "date_blank" | "date_invalid";

export type DateResult =
  | {
      readonly ok: true;
      /** ISO calendar date 'YYYY-MM-DD'. */ readonly date: string;
      readonly warning?: DateWarningCode;
    }
  | { readonly ok: false; readonly error: DateErrorCode };

export interface DateOptions {
  /** The workbook uses the 1904 date system (old Mac Excel): serial 0 is 1904-01-01. */
  readonly date1904: boolean;
  /** Year for text without one ('2/10'), usually the campaign year. */
  readonly defaultYear?: number;
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1900 system from 1 March 1900 on (and of time-only values). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1900 system before the phantom 29 February: serial 1 is 1900-01-01. */
const EPOCH_1900_BEFORE_MARCH = Date.UTC(1899, 11, 31);
const MARCH_1900 = Date.UTC(1900, 2, 1);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial 60 is 1900-02-29, a day that never was (Lotus 1-2-3 bug kept by Excel). */
const LOTUS_LEAP_DAY = 60;
/** 9999-12-31, the last day Excel shows, in the 1900 system (1462 less in the 1904 system). */
const LAST_SERIAL_1900 = 2_958_465;
const DAYS_1900_TO_1904 = 1462;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** One separator throughout, so '02-08/10' is not read as 2 August 2010. */
const DAY_MONTH_YEAR = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const DAY_MONTH = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
/** '2 tháng 10 năm 2017', '2 tháng 10, 2017', '2 tháng 10' (diacritics stripped). */
const IN_WORDS = /^(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*(?:nam\s+)?(\d{4}))?$/;
const DAY_ONLY = /^(\d{1,2})$/;
/** '02-08/10/2017', '02 - 08/10/2017': a day range within one month. */
const DAY_RANGE = /^(\d{1,2})\s*[-\u2013\u2014]\s*(\d{1,2}\s*[/.].*)$/;
/** Between two full dates: a spaced dash or 'đến'/'tới' (stripped: 'den'/'toi'). */
const RANGE_SEPARATOR = /\s+[-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*|\s+(?:den|toi)\s+/;
const WEEKDAY = "(?:thu\\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\\s*nhat|cn|t[2-7])";
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY}\\s*[,;:.\\-\\u2013\\u2014]?\\s*`);
const TRAILING_WEEKDAY = new RegExp(`\\s*[,;\\-\\u2013\\u2014]?\\s*\\(?${WEEKDAY}\\)?$`);
const LEADING_DAY_WORD = /^ngay\s*:?\s*/;
/** 'từ 02/10 đến 08/10/2017' (from … to …). */
const LEADING_FROM = /^tu\s+(?=\d|ngay)/;

interface DateParts {
  readonly day: number;
  readonly month?: number;
  readonly year?: number;
  readonly twoDigitYear?: boolean;
}

/**
 * Reads the "Ngày" of a Mẫu 1 row as an ISO calendar date, day first as written in
 * Vietnam. Accepts Excel serials (either date system), `Date` objects (their UTC
 * date, as ExcelJS hands them over) and text: '02/10/2017', '2-10-2017',
 * '02.10.2017', 'ngày 02/10/2017', 'Thứ Hai, 02/10/2017', 'ngày 2 tháng 10 năm 2017',
 * '2017-10-02', and '2/10' when `defaultYear` is given. Impossible dates (31/02) are
 * errors; no time zone is involved anywhere.
 *
 * @example
 * parseDate(42279, { date1904: false })        // { ok: true, date: '2015-10-02' }
 * parseDate('Thứ Hai, 02/10/2017', { date1904: false }) // { ok: true, date: '2017-10-02' }
 * parseDate('2/10', { date1904: false, defaultYear: 2017 })
 *   // { ok: true, date: '2017-10-02', warning: 'date_no_year' }
 */
export function parseDate(value: CellValue, options: DateOptions): DateResult {
  if (value === null || value === undefined) return { ok: false, error: "date_blank" };
  if (typeof value === "number") return fromIso(serialToIso(value, options.date1904));
  if (value instanceof Date) {
    const ms = value.getTime();
    return fromIso(Number.isNaN(ms) ? undefined : isoFromUtc(ms));
  }
  if (typeof value === "string") return readDateText(value, options);
  return { ok: false, error: "date_invalid" };
}

/**
 * Whether an ISO date lies in [start, end], both ends included. ISO calendar dates
 * compare correctly as strings.
 *
 * @example
 * isDateWithin('2017-10-08', '2017-10-02', '2017-10-08') // true
 */
export function isDateWithin(date: string, start: string, end: string): boolean {
  return date >= start && date <= end;
}

function fromIso(date: string | undefined, warning?: DateWarningCode): DateResult {
  if (date === undefined) return { ok: false, error: "date_invalid" };
  return warning === undefined ? { ok: true, date } : { ok: true, date, warning };
}

/** The calendar date and time of day an Excel serial stands for (see `serialToDateParts`). */
export interface SerialDateParts {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** A calendar date with an optional time of day, for `dateToSerial`. */
export interface SerialDateInput {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly millisecond?: number;
}

/**
 * The calendar date and time an Excel serial number shows: the one conversion of date
 * serials in TổngHợp (the reader, the rules and the summary writer all go through it).
 *
 * - The time is rounded to the millisecond, so float noise just below a whole day
 *   (45930.99999999999) reads as the next midnight, as Excel shows it.
 * - 1900 system (`date1904` false): serials 1–59 are 1900-01-01 to 1900-02-28; serial 60
 *   is Excel's 29 February 1900, which never existed (a Lotus 1-2-3 bug Excel keeps), and
 *   gives undefined: mapping it onto 28 February would give two serials one day and break
 *   the round trip with `dateToSerial`. From 61 (1900-03-01) on, serials count days from
 *   1899-12-30. A serial below 1 is a time without a date; it gets day 1899-12-30, as in
 *   exceljs and OLE Automation, so the time reads the same as through them.
 * - 1904 system: serial 0 is 1904-01-01.
 * - Negative, non-finite or after 9999-12-31 (Excel's last day): undefined.
 *
 * @example
 * serialToDateParts(45931, false)    // { year: 2025, month: 10, day: 1, hour: 0, … }
 * serialToDateParts(43010.3125, false) // 2017-10-02 07:30
 * serialToDateParts(60, false)       // undefined (1900-02-29 does not exist)
 * serialToDateParts(0, true)         // 1904-01-01
 */
export function serialToDateParts(serial: number, date1904: boolean): SerialDateParts | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const totalMs = Math.round(serial * MS_PER_DAY);
  const days = Math.floor(totalMs / MS_PER_DAY);
  if (days > LAST_SERIAL_1900 - (date1904 ? DAYS_1900_TO_1904 : 0)) return undefined;
  let epoch = EPOCH_1904;
  if (!date1904) {
    if (days === LOTUS_LEAP_DAY) return undefined;
    epoch = days >= 1 && days < LOTUS_LEAP_DAY ? EPOCH_1900_BEFORE_MARCH : EPOCH_1900;
  }
  const d = new Date(epoch + totalMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/**
 * The Excel serial number of a calendar date and time, the inverse of `serialToDateParts`.
 * A `Date` is read by its UTC fields (as exceljs hands dates over). Undefined for a day that
 * is not in the calendar (31/02), a time outside one day, and a date the date system cannot
 * hold: in the 1900 system before 1900-01-01 (except 1899-12-30, day 0 of time-only values),
 * in the 1904 system before 1904-01-01, in both after 9999-12-31.
 *
 * @example
 * dateToSerial({ year: 2025, month: 10, day: 1 }, false)               // 45931
 * dateToSerial({ year: 2017, month: 10, day: 2, hour: 7, minute: 30 }, false) // 43010.3125
 * dateToSerial(new Date(Date.UTC(1904, 0, 1)), true)                  // 0
 */
export function dateToSerial(date: SerialDateInput | Date, date1904: boolean): number | undefined {
  const p = date instanceof Date ? utcParts(date) : date;
  if (p === undefined) return undefined;
  const { year, month, day } = p;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (year < 1899 || year > MAX_YEAR || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const msOfDay =
    (((p.hour ?? 0) * 60 + (p.minute ?? 0)) * 60 + (p.second ?? 0)) * 1000 + (p.millisecond ?? 0);
  if (!(msOfDay >= 0 && msOfDay < MS_PER_DAY)) return undefined;
  const dayMs = Date.UTC(year, month - 1, day);
  let days: number;
  if (date1904) days = (dayMs - EPOCH_1904) / MS_PER_DAY;
  else if (dayMs >= MARCH_1900 || dayMs === EPOCH_1900) days = (dayMs - EPOCH_1900) / MS_PER_DAY;
  else days = (dayMs - EPOCH_1900_BEFORE_MARCH) / MS_PER_DAY;
  if (days < 0 || (!date1904 && days === 0 && dayMs !== EPOCH_1900)) return undefined;
  return days + msOfDay / MS_PER_DAY;
}

function utcParts(date: Date): SerialDateInput | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

function serialToIso(serial: number, date1904: boolean): string | undefined {
  const parts = serialToDateParts(serial, date1904);
  return parts && isoFromParts(parts.year, parts.month, parts.day);
}

function isoFromUtc(ms: number): string | undefined {
  const d = new Date(ms);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function isoFromParts(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function readDateText(text: string, options: DateOptions): DateResult {
  const s = cleanDateText(text);
  if (s === "") return { ok: false, error: "date_blank" };
  const iso = ISO.exec(s);
  if (iso) return fromIso(isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const single = readParts(s);
  if (single) return complete(single, undefined, options);
  const range = splitRange(s);
  if (range) {
    const end = readParts(range[1]);
    const start = readParts(range[0]) ?? readDayOnly(range[0]);
    if (start && end && complete(end, undefined, options).ok) {
      return complete(start, end, options, "date_range");
    }
  }
  return { ok: false, error: "date_invalid" };
}

function cleanDateText(text: string): string {
  let s = collapseSpaces(stripMarks(lowerNfc(text)));
  s = s.replace(LEADING_WEEKDAY, "").replace(LEADING_FROM, "").replace(LEADING_DAY_WORD, "");
  s = s.replace(LEADING_WEEKDAY, "").replace(TRAILING_WEEKDAY, "");
  return s.trim();
}

function splitRange(s: string): readonly [string, string] | undefined {
  const dayRange = DAY_RANGE.exec(s);
  if (dayRange) return [dayRange[1] ?? "", dayRange[2] ?? ""];
  const parts = s.split(RANGE_SEPARATOR).map((part) => part.replace(LEADING_DAY_WORD, ""));
  return parts.length === 2 ? [parts[0] ?? "", parts[1] ?? ""] : undefined;
}

function readParts(s: string): DateParts | undefined {
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) {
    const yearText = dmy[4] ?? "";
    const twoDigitYear = yearText.length === 2;
    const year = twoDigitYear ? 2000 + Number(yearText) : Number(yearText);
    return { day: Number(dmy[1]), month: Number(dmy[3]), year, twoDigitYear };
  }
  const dm = DAY_MONTH.exec(s);
  if (dm) return { day: Number(dm[1]), month: Number(dm[2]) };
  const words = IN_WORDS.exec(s);
  if (words) {
    const parts = { day: Number(words[1]), month: Number(words[2]) };
    return words[3] === undefined ? parts : { ...parts, year: Number(words[3]) };
  }
  return undefined;
}

function readDayOnly(s: string): DateParts | undefined {
  const day = DAY_ONLY.exec(s);
  return day ? { day: Number(day[1]) } : undefined;
}

/** Fills the month and year of `parts` from the end of a range, then from `defaultYear`. */
function complete(
  parts: DateParts,
  rangeEnd: DateParts | undefined,
  options: DateOptions,
  warning?: DateWarningCode
): DateResult {
  const month = parts.month ?? rangeEnd?.month;
  let year = parts.year ?? rangeEnd?.year;
  let noteworthy = warning;
  if (year === undefined) {
    year = options.defaultYear;
    noteworthy ??= "date_no_year";
  }
  if (month === undefined || year === undefined) return { ok: false, error: "date_invalid" };
  if (parts.twoDigitYear || (parts.year === undefined && rangeEnd?.twoDigitYear))
    noteworthy ??= "date_two_digit_year";
  return fromIso(isoFromParts(year, month, parts.day), noteworthy);
}
