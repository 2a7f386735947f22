import type { CellValue } from "./cell-value";
import { collapseSpaces, lowerNfc, stripMarks } from "./text";

/** A range '7h15 - 9h00' was given; its start is used. */
export type TimeWarningCode = "time_range";
export type TimeErrorCode = "time_blank" | "time_invalid";

export type TimeResult =
  | {
      readonly ok: true;
      /** Minutes since midnight, 0–1439. */ readonly minutes: number;
      readonly warning?: TimeWarningCode;
    }
  | { readonly ok: false; readonly error: TimeErrorCode };

const MINUTES_PER_DAY = 1440;
const MS_PER_MINUTE = 60_000;

/** Split on a dash or on 'đến'/'tới' (to); matched before diacritics are stripped, where 'tới' ≠ 'tối'. */
const RANGE_SEPARATOR = /\s*[-\u2013\u2014~]\s*|\s+(?:đến|den|tới)\s+/;
const COLON_CLOCK = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;
/** 7h, 7h15, 7g30, 7 giờ 15 phút, 7h15p, 7h15' (diacritics already stripped). */
const WORD_CLOCK = /^(\d{1,2})\s*(?:h|g|gio)\s*(?:(\d{1,2})\s*(?:phut|p|')?)?$/;
const BARE_HOUR = /^(\d{1,2})$/;
const PERIOD_WORDS = "(?:buoi\\s+)?(sang|trua|chieu|toi|am|pm|a\\.m\\.|p\\.m\\.)";
const LEADING_PERIOD = new RegExp(`^${PERIOD_WORDS}\\s*,?\\s*`);
const TRAILING_PERIOD = new RegExp(`\\s*,?\\s*${PERIOD_WORDS}$`);

type Period = "sang" | "trua" | "chieu" | "toi" | "am" | "pm";

interface Clock {
  readonly hours: number;
  readonly minutes: number;
  readonly period?: Period;
}

/**
 * Reads the "Giờ" of a Mẫu 1 row as minutes since midnight.
 *
 * - numbers: an Excel time fraction (0 ≤ x < 1), or the time part of a date-time
 *   serial; a whole number ≥ 1 is a date without a time (or an hour typed as 7,
 *   which is ambiguous) and is invalid;
 * - `Date`: its UTC clock (how ExcelJS hands over time cells);
 * - text: '07:15', '7h15', '7h', '7 giờ 15 (phút)', '7g30', with 'sáng', 'trưa',
 *   'chiều', 'tối' before or after ('2 giờ chiều' is 14:00); a range
 *   '7h15 - 9h00' gives its start with the warning 'time_range'.
 *
 * @example
 * parseTime(0.3020833333)   // { ok: true, minutes: 435 }  (07:15)
 * parseTime('7 giờ 15')      // { ok: true, minutes: 435 }
 * parseTime('2 giờ chiều')   // { ok: true, minutes: 840 }
 * parseTime('7h15 - 9h00')   // { ok: true, minutes: 435, warning: 'time_range' }
 */
export function parseTime(value: CellValue): TimeResult {
  if (value === null || value === undefined) return { ok: false, error: "time_blank" };
  if (typeof value === "number") return readTimeNumber(value);
  if (value instanceof Date) return readTimeDate(value);
  if (typeof value === "string") return readTimeText(value);
  return { ok: false, error: "time_invalid" };
}

/**
 * Formats minutes since midnight as 'HH:MM'.
 *
 * @example
 * formatMinutes(435) // '07:15'
 */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

function readTimeNumber(value: number): TimeResult {
  if (!Number.isFinite(value) || value < 0) return { ok: false, error: "time_invalid" };
  if (value >= 1 && Number.isInteger(value)) return { ok: false, error: "time_invalid" };
  const fraction = value - Math.floor(value);
  // Round to the minute: 0.3020833333 * 1440 is 434.99999995.
  return { ok: true, minutes: Math.round(fraction * MINUTES_PER_DAY) % MINUTES_PER_DAY };
}

function readTimeDate(value: Date): TimeResult {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return { ok: false, error: "time_invalid" };
  const msOfDay =
    ((value.getUTCHours() * 60 + value.getUTCMinutes()) * 60 + value.getUTCSeconds()) * 1000 +
    value.getUTCMilliseconds();
  return { ok: true, minutes: Math.round(msOfDay / MS_PER_MINUTE) % MINUTES_PER_DAY };
}

function readTimeText(text: string): TimeResult {
  const s = collapseSpaces(lowerNfc(text)).replace(/^(?:lúc|luc|từ|tu)\s+/, "");
  if (s === "") return { ok: false, error: "time_blank" };
  const parts = s.split(RANGE_SEPARATOR);
  if (parts.length > 2) return { ok: false, error: "time_invalid" };
  if (parts.length === 1) {
    const clock = readClock(s, false);
    const minutes = clock && toMinutes(clock, clock.period);
    return minutes === undefined ? { ok: false, error: "time_invalid" } : { ok: true, minutes };
  }
  const end = readClock(parts[1] ?? "", false);
  const endMinutes = end && toMinutes(end, end.period);
  // '7 - 9h': a bare start hour is clear only when the end is a time.
  const start = readClock(parts[0] ?? "", endMinutes !== undefined);
  if (!start) return { ok: false, error: "time_invalid" };
  let minutes = toMinutes(start, start.period);
  // '1h - 3h chiều': the trailing period covers the start too, unless that puts the start after the end.
  if (start.period === undefined && end?.period !== undefined && endMinutes !== undefined) {
    const shared = toMinutes(start, end.period);
    if (shared !== undefined && shared <= endMinutes) minutes = shared;
  }
  return minutes === undefined
    ? { ok: false, error: "time_invalid" }
    : { ok: true, minutes, warning: "time_range" };
}

function readClock(part: string, allowBareHour: boolean): Clock | undefined {
  let s = stripMarks(part).trim();
  let period: Period | undefined;
  const leading = LEADING_PERIOD.exec(s);
  if (leading) {
    period = toPeriod(leading[1]);
    s = s.slice(leading[0].length);
  } else {
    const trailing = TRAILING_PERIOD.exec(s);
    if (trailing) {
      period = toPeriod(trailing[1]);
      s = s.slice(0, trailing.index);
    }
  }
  const match =
    COLON_CLOCK.exec(s) ?? WORD_CLOCK.exec(s) ?? (allowBareHour ? BARE_HOUR.exec(s) : null);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return period === undefined ? { hours, minutes } : { hours, minutes, period };
}

function toPeriod(word: string | undefined): Period | undefined {
  if (word === "a.m.") return "am";
  if (word === "p.m.") return "pm";
  return word as Period | undefined;
}

/** Applies a period word to a 12-hour reading; undefined when they contradict ('14h sáng'). */
function toMinutes(clock: Clock, period: Period | undefined): number | undefined {
  const hours = applyPeriod(clock.hours, period);
  return hours === undefined ? undefined : hours * 60 + clock.minutes;
}

function applyPeriod(hours: number, period: Period | undefined): number | undefined {
  switch (period) {
    case undefined:
      return hours;
    case "sang":
      return hours <= 12 ? hours : undefined;
    case "am":
      if (hours > 12) return undefined;
      return hours === 12 ? 0 : hours;
    case "trua": // noon: '11 giờ trưa' is 11:00, '1 giờ trưa' is 13:00
      return hours < 11 ? hours + 12 : hours;
    case "chieu":
    case "toi":
    case "pm":
      return hours < 12 ? hours + 12 : hours;
  }
}
