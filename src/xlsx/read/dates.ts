import { dateToSerial, serialToDateParts } from "../../core/values/date";

/**
 * An Excel serial number to a Date whose UTC fields are the calendar date and time shown in
 * the cell (read it with getUTCFullYear, getUTCHours…). The rule is core's
 * `serialToDateParts`: in the 1900 system serial 60, Excel's nonexistent 29 Feb 1900, gives
 * an invalid Date (NaN time), as do negative serials and serials after 9999-12-31.
 * @example excelSerialToDate(43010.3125, false) // 2017-10-02T07:30:00.000Z
 */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  const p = serialToDateParts(serial, date1904);
  if (p === undefined) return new Date(Number.NaN);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond));
}

/**
 * The inverse of `excelSerialToDate` (core's `dateToSerial`): UTC fields of the Date are read
 * as the calendar date and time. NaN for a date the date system cannot hold (before
 * 1900-01-01, or 1904-01-01 in the 1904 system).
 * @example dateToExcelSerial(new Date(Date.UTC(2017, 9, 2)), false) // 43010
 */
export function dateToExcelSerial(date: Date, date1904: boolean): number {
  return dateToSerial(date, date1904) ?? Number.NaN;
}

/**
 * Built-in number formats (ECMA-376 18.8.30) that are not stored in styles.xml. Ids 27-36
 * and 50-58 are locale-dependent East Asian date formats; they are listed as dates.
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function isBuiltinDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 45 && id <= 47) ||
    (id >= 27 && id <= 36) ||
    (id >= 50 && id <= 58)
  );
}

/**
 * True when a format code shows a date or time: it has d, m, y, h or s outside quoted text,
 * brackets (colours, locales; but `[h]`, `[mm]`, `[ss]` elapsed time counts), escapes (`\x`),
 * and padding / fill (`_x`, `*x`).
 */
export function isDateFormatCode(code: string): boolean {
  const n = code.length;
  for (let i = 0; i < n; i++) {
    const c = code.charCodeAt(i);
    switch (c) {
      case 34 /* " */: {
        const e = code.indexOf('"', i + 1);
        if (e < 0) return false;
        i = e;
        break;
      }
      case 92 /* \ */:
      case 95 /* _ */:
      case 42 /* * */:
        i++;
        break;
      case 91 /* [ */: {
        const e = code.indexOf("]", i + 1);
        if (e < 0) return false;
        if (/^(h+|m+|s+)$/i.test(code.slice(i + 1, e))) return true;
        i = e;
        break;
      }
      default: {
        const l = c | 32;
        if (l === 100 || l === 109 || l === 121 || l === 104 || l === 115) return true; // d m y h s
      }
    }
  }
  return false;
}

const ISO =
  /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 / W3CDTF date or date-time to epoch milliseconds; undefined when it does not
 * parse. Without a zone the fields are taken as UTC, so results do not depend on the machine
 * (LibreOffice writes local times without a zone).
 */
export function parseIsoDateTime(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  let t = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    ms
  );
  if (zone && zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(t) ? t : undefined;
}

/** An ISO 8601 duration such as `PT07H15M00S` (ODS time values) to a fraction of a day. */
export function parseIsoDuration(text: string): number | undefined {
  const m =
    /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      text.trim()
    );
  if (!m) return undefined;
  const seconds =
    Number(m[2] ?? 0) * 86400 +
    Number(m[3] ?? 0) * 3600 +
    Number(m[4] ?? 0) * 60 +
    Number(m[5] ?? 0);
  const days = seconds / 86400;
  return m[1] ? -days : days;
}
