/**
 * A campaign is data: one year's Lifelong Learning Week of one district (or province),
 * with its roster of units that are expected to send Mẫu 1 and Mẫu 2.
 */

/** What kind of unit sends the forms. The plan's minimum applies to `community` units. */
export type UnitType =
  /** the community learning centre (TTHTCĐ) of a commune or ward */
  | "community"
  /** a school */
  | "school"
  /** the district's vocational and continuing-education centre (GDNN-GDTX) */
  | "vocational_centre"
  /** a district office whose summary is merged at the level above */
  | "district"
  | "other";

export const UNIT_TYPES: readonly UnitType[] = [
  "community",
  "school",
  "vocational_centre",
  "district",
  "other",
];

export interface Unit {
  /** The name as the office writes it, e.g. "Phường Phú Bài". Unique within a roster. */
  readonly name: string;
  readonly type: UnitType;
  /** The unit it reports through, if any (e.g. a school under a ward). */
  readonly parent?: string;
}

/** A calendar date `YYYY-MM-DD`, or a local date and time `YYYY-MM-DDTHH:mm` (Vietnam time). */
export type LocalDateTime = string;

export interface Campaign {
  /** Stable id, kebab-case, e.g. "huong-thuy-2017". Written into template metadata. */
  readonly id: string;
  readonly year: number;
  readonly theme: string;
  /** First and last day of the week, inclusive, as `YYYY-MM-DD`. */
  readonly week: { readonly start: string; readonly end: string };
  /** Who issued the plan, e.g. "Ủy ban nhân dân thị xã Hương Thủy". */
  readonly issuingBody: string;
  /** Whom the units report to; printed after "Kính gửi:" on Mẫu 2. */
  readonly receivingOffice: string;
  /**
   * When each form is due. A date alone means the end of that day; a date and time means
   * that minute. Mẫu 1 may have no deadline (Tân Bình 2022 set none).
   */
  readonly deadlines: { readonly mau1?: LocalDateTime; readonly mau2: LocalDateTime };
  readonly units: readonly Unit[];
}

/** A problem found in a campaign description; rendered to text by the message catalogue. */
export interface CampaignProblem {
  readonly code:
    | "campaign_not_object"
    | "campaign_field_missing"
    | "campaign_field_type"
    | "campaign_bad_date"
    | "campaign_week_order"
    | "campaign_year_mismatch"
    | "campaign_bad_id"
    | "campaign_no_units"
    | "campaign_duplicate_unit"
    | "campaign_bad_unit_type";
  /** Where in the JSON, e.g. "units[3].name". */
  readonly path: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type CampaignResult =
  | { readonly ok: true; readonly campaign: Campaign }
  | { readonly ok: false; readonly problems: readonly CampaignProblem[] };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `text` is a real calendar date `YYYY-MM-DD` (or with `THH:mm` when `withTime`). */
export function isLocalDate(text: string, withTime = false): boolean {
  const m = (withTime ? DATE_TIME : DATE).exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const dayOk =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  if (!dayOk) return false;
  if (m[4] === undefined) return true;
  return Number(m[4]) < 24 && Number(m[5]) < 60;
}

/**
 * The instant a deadline ends, in milliseconds since the epoch. Vietnam has no daylight
 * saving time, so UTC+7 holds all year.
 *
 * @example deadlineInstant('2022-10-13T16:00') === Date.UTC(2022, 9, 13, 9, 0)
 */
export function deadlineInstant(deadline: LocalDateTime): number {
  const m = DATE_TIME.exec(deadline);
  if (!m) throw new RangeError(`not a local date-time: ${deadline}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const vietnamOffsetMs = 7 * 3600_000;
  if (m[4] === undefined) return Date.UTC(y, mo, d, 23, 59, 59, 999) - vietnamOffsetMs;
  return Date.UTC(y, mo, d, Number(m[4]), Number(m[5])) - vietnamOffsetMs;
}

/**
 * Checks an untrusted value (parsed JSON) and returns a campaign or every problem found.
 * Problems are collected, not thrown, so a clerk sees all of them at once.
 *
 * @example
 * const result = parseCampaign(JSON.parse(text));
 * if (!result.ok) result.problems.forEach(p => console.log(p.code, p.path));
 */
export function parseCampaign(input: unknown): CampaignResult {
  const problems: CampaignProblem[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ code: "campaign_not_object", path: "" }] };
  }
  const data = input as Record<string, unknown>;

  const text = (key: string, target: Record<string, unknown> = data, prefix = ""): string => {
    const value = target[key];
    const path = prefix + key;
    if (value === undefined || value === null || value === "") {
      problems.push({ code: "campaign_field_missing", path });
      return "";
    }
    if (typeof value !== "string") {
      problems.push({ code: "campaign_field_type", path, params: { expected: "string" } });
      return "";
    }
    return value.trim();
  };
  const date = (
    key: string,
    target: Record<string, unknown>,
    prefix: string,
    withTime: boolean
  ): string => {
    const value = text(key, target, prefix);
    if (value && !isLocalDate(value, withTime)) {
      problems.push({ code: "campaign_bad_date", path: prefix + key, params: { value } });
    }
    return value;
  };
  const object = (key: string): Record<string, unknown> => {
    const value = data[key];
    if (value === undefined || value === null) {
      problems.push({ code: "campaign_field_missing", path: key });
      return {};
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      problems.push({ code: "campaign_field_type", path: key, params: { expected: "object" } });
      return {};
    }
    return value as Record<string, unknown>;
  };

  const id = text("id");
  if (id && !ID.test(id))
    problems.push({ code: "campaign_bad_id", path: "id", params: { value: id } });

  let year = 0;
  if (data.year === undefined) problems.push({ code: "campaign_field_missing", path: "year" });
  else if (
    typeof data.year !== "number" ||
    !Number.isInteger(data.year) ||
    data.year < 2000 ||
    data.year > 2100
  ) {
    problems.push({ code: "campaign_field_type", path: "year", params: { expected: "year" } });
  } else year = data.year;

  const theme = text("theme");
  const issuingBody = text("issuingBody");
  const receivingOffice = text("receivingOffice");

  const weekData = object("week");
  const week = {
    start: date("start", weekData, "week.", false),
    end: date("end", weekData, "week.", false),
  };
  if (isLocalDate(week.start) && isLocalDate(week.end)) {
    if (week.start > week.end)
      problems.push({ code: "campaign_week_order", path: "week", params: week });
    if (year && Number(week.start.slice(0, 4)) !== year) {
      problems.push({
        code: "campaign_year_mismatch",
        path: "week.start",
        params: { year, value: week.start },
      });
    }
  }

  const deadlineData = object("deadlines");
  const mau1 =
    deadlineData.mau1 === undefined ? undefined : date("mau1", deadlineData, "deadlines.", true);
  const mau2 = date("mau2", deadlineData, "deadlines.", true);

  const units: Unit[] = [];
  const rawUnits = data.units;
  if (!Array.isArray(rawUnits)) {
    problems.push(
      rawUnits === undefined
        ? { code: "campaign_field_missing", path: "units" }
        : { code: "campaign_field_type", path: "units", params: { expected: "array" } }
    );
  } else if (rawUnits.length === 0) {
    problems.push({ code: "campaign_no_units", path: "units" });
  } else {
    const seen = new Set<string>();
    rawUnits.forEach((raw, i) => {
      const prefix = `units[${i}].`;
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        problems.push({
          code: "campaign_field_type",
          path: `units[${i}]`,
          params: { expected: "object" },
        });
        return;
      }
      const unitData = raw as Record<string, unknown>;
      const name = text("name", unitData, prefix);
      const type = unitData.type === undefined ? "community" : unitData.type;
      if (!UNIT_TYPES.includes(type as UnitType)) {
        problems.push({
          code: "campaign_bad_unit_type",
          path: prefix + "type",
          params: { value: String(type) },
        });
      }
      const parent = unitData.parent === undefined ? undefined : text("parent", unitData, prefix);
      const key = name.toLocaleLowerCase("vi");
      if (name && seen.has(key))
        problems.push({
          code: "campaign_duplicate_unit",
          path: prefix + "name",
          params: { value: name },
        });
      seen.add(key);
      units.push(
        parent ? { name, type: type as UnitType, parent } : { name, type: type as UnitType }
      );
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  const deadlines = mau1 ? { mau1, mau2 } : { mau2 };
  return {
    ok: true,
    campaign: { id, year, theme, week, issuingBody, receivingOffice, deadlines, units },
  };
}

/** The roster unit with this exact name, if any. */
export function findUnit(campaign: Campaign, name: string): Unit | undefined {
  return campaign.units.find((unit) => unit.name === name);
}
