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
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_BEFORE_MARCH = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial 60 is 1900-02-29, a day that never was (Lotus 1-2-3 bug kept by Excel). */
const LOTUS_LEAP_DAY = 60;
/** Date-time serials may carry float noise just below the next whole day. */
const SERIAL_TOLERANCE = 1e-9;
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

function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const day = Math.floor(serial + SERIAL_TOLERANCE);
  if (date1904) return isoFromUtc(EPOCH_1904 + day * MS_PER_DAY);
  if (day < 1 || day === LOTUS_LEAP_DAY) return undefined;
  // Before the phantom 29 Feb, serial 1 is 1900-01-01; from 1 March on, the epoch shifts by one day.
  const epoch = day < LOTUS_LEAP_DAY ? EPOCH_1900_BEFORE_MARCH : EPOCH_1900;
  return isoFromUtc(epoch + day * MS_PER_DAY);
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
