/**
 * A campaign is data: one year's Lifelong Learning Week as one collecting office runs it (a
 * commune or ward collecting from its schools and TTHTCĐ, a province's Sở GD&ĐT collecting
 * from its communes, or a former district office), with its roster of units that are
 * expected to send Mẫu 1 and Mẫu 2. It comes from a preset, a JSON file, the campaign
 * workbook (xlsx/campaign) or the pane; every source is checked by `checkCampaign`.
 */
import { stripMarks } from "./values/text";
import { normalizeUnitName } from "./values/unit-name";

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
  /** Where reminders go (the roster's optional columns). */
  readonly email?: string;
  readonly phone?: string;
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
  /** Whom the units report to; printed after "Kính gửi:" on the units' Mẫu 2 ("nơi nhận báo cáo"). */
  readonly receivingOffice: string;
  /**
   * The office that collects ("đơn vị tổng hợp"), named as the level above knows it, e.g.
   * "Phường Phú Bài": the unit of its own summary. Absent in the presets, whose office is
   * `receivingOffice`.
   */
  readonly collectingUnit?: string;
  /** Whom the office's summary is sent to ("báo cáo lên"): the "Kính gửi" of its Mẫu 2. */
  readonly reportsTo?: string;
  /** The signature lines of the summary, top first, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  readonly signer?: readonly string[];
  /**
   * When each form is due. A date alone means the end of that day; a date and time means
   * that minute. A form without a deadline is never late (Tân Bình 2022 set none for Mẫu 1;
   * a new campaign has none until the clerk fills them in).
   */
  readonly deadlines: { readonly mau1?: LocalDateTime; readonly mau2?: LocalDateTime };
  readonly units: readonly Unit[];
}

/** A problem found in a campaign description; rendered to text by the message catalogue. */
export interface CampaignProblem {
  readonly code:
    | "campaign_not_object"
    | "campaign_deadline_before_week_end"
    | "campaign_mau1_after_week_start"
    | "campaign_placeholder_name"
    | "campaign_field_empty"
    | "campaign_week_long"
    | "campaign_field_missing"
    | "campaign_field_type"
    | "campaign_bad_date"
    | "campaign_week_order"
    | "campaign_year_mismatch"
    | "campaign_bad_id"
    | "campaign_no_units"
    | "campaign_duplicate_unit"
    | "campaign_bad_unit_type";
  /**
   * Which field, as in the JSON: "week.start", "deadlines.mau2", "units[3].name". Sources
   * other than JSON keep these paths and say where the field is in `place`.
   */
  readonly path: string;
  /** An error refuses the campaign; a warning is shown and the campaign is used. */
  readonly severity: "error" | "warning";
  /** Where the field is for the person who typed it: "ô B5" of a workbook, a pane field's label. */
  readonly place?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type CampaignResult =
  | {
      readonly ok: true;
      readonly campaign: Campaign;
      /** Warnings only; the campaign is usable. */
      readonly problems: readonly CampaignProblem[];
    }
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

type Problem = Omit<CampaignProblem, "severity">;

/** Longer than this and the week is probably a day and month swapped. */
const MAX_WEEK_DAYS = 14;
const error = (problem: Problem): CampaignProblem => ({ ...problem, severity: "error" });
const warning = (problem: Problem): CampaignProblem => ({ ...problem, severity: "warning" });

/**
 * A name that stands for no unit: nothing but dots, dashes, underscores, x's or question
 * marks ("……", "___", "xxx"), or the roster's own header words.
 */
export function isPlaceholderName(name: string): boolean {
  const bare = stripMarks(name.normalize("NFC").toLocaleLowerCase("vi"))
    .replace(/\s+/g, " ")
    .trim();
  if (!/[\p{L}\p{N}]/u.test(bare)) return true;
  if (/^[.…_\-–—x?*\s]+$/u.test(bare)) return true;
  return /^\(?(ten don vi|don vi|ten truong|ten)\)?\.*$/.test(bare);
}

/**
 * The key under which two roster names are the same unit: the key returns are matched by
 * (`normalizeUnitName`: case, Unicode form, diacritics, tone placement, i/y, "Tiểu học"/"TH"),
 * so the roster never holds two units the merge cannot tell apart.
 */
function rosterKey(name: string): string {
  return normalizeUnitName(name);
}

/**
 * The checks every campaign passes, whatever its source, on a campaign whose fields have
 * the right types: dates in order and in the year, the Mẫu 2 deadline after the week, a
 * roster of real, distinct names. Empty texts the forms print are warnings (the forms leave
 * a blank line), a Mẫu 1 deadline after the week starts is a warning; the rest are errors.
 */
export function checkCampaign(campaign: Campaign): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  const { year, week, deadlines } = campaign;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    problems.push(
      error({ code: "campaign_field_type", path: "year", params: { expected: "year" } })
    );
  }
  const datesOk = isLocalDate(week.start) && isLocalDate(week.end);
  if (datesOk && week.start > week.end) {
    problems.push(error({ code: "campaign_week_order", path: "week", params: { ...week } }));
  }
  if (datesOk && week.start <= week.end) {
    const days = (Date.parse(week.end) - Date.parse(week.start)) / 86_400_000 + 1;
    // A "week" of months is a day and month swapped (07/10 read as 10 July).
    if (days > MAX_WEEK_DAYS) {
      problems.push(
        warning({ code: "campaign_week_long", path: "week", params: { ...week, days } })
      );
    }
  }
  if (datesOk && Number.isInteger(year)) {
    for (const key of ["start", "end"] as const) {
      if (Number(week[key].slice(0, 4)) !== year) {
        problems.push(
          error({
            code: "campaign_year_mismatch",
            path: `week.${key}`,
            params: { year, value: week[key] },
          })
        );
      }
    }
  }
  const mau2 = deadlines.mau2;
  if (datesOk && mau2 && isLocalDate(mau2, true) && mau2.slice(0, 10) < week.end) {
    problems.push(
      error({
        code: "campaign_deadline_before_week_end",
        path: "deadlines.mau2",
        params: { value: mau2, end: week.end },
      })
    );
  }
  const mau1 = deadlines.mau1;
  if (datesOk && mau1 && isLocalDate(mau1, true) && mau1.slice(0, 10) > week.start) {
    problems.push(
      warning({
        code: "campaign_mau1_after_week_start",
        path: "deadlines.mau1",
        params: { value: mau1, start: week.start },
      })
    );
  }
  for (const path of ["theme", "issuingBody", "receivingOffice"] as const) {
    if (campaign[path].trim() === "")
      problems.push(warning({ code: "campaign_field_empty", path }));
  }

  if (campaign.units.length === 0)
    problems.push(error({ code: "campaign_no_units", path: "units" }));
  const seen = new Set<string>();
  campaign.units.forEach((unit, i) => {
    const path = `units[${i}].name`;
    if (unit.name.trim() === "") {
      problems.push(error({ code: "campaign_field_missing", path }));
      return;
    }
    if (isPlaceholderName(unit.name)) {
      problems.push(
        error({ code: "campaign_placeholder_name", path, params: { value: unit.name } })
      );
      return;
    }
    const key = rosterKey(unit.name);
    if (seen.has(key)) {
      problems.push(error({ code: "campaign_duplicate_unit", path, params: { value: unit.name } }));
    }
    seen.add(key);
  });
  return problems;
}

/** Turns problems into a result: refused when any is an error, else the campaign and its warnings. */
export function campaignResult(
  campaign: Campaign,
  problems: readonly CampaignProblem[]
): CampaignResult {
  return problems.some((problem) => problem.severity === "error")
    ? { ok: false, problems }
    : { ok: true, campaign, problems };
}

/**
 * A campaign id from the office's name and the year: "Phường Phú Bài", 2026 →
 * "phuong-phu-bai-2026"; "tuan-le-2026" without a name.
 */
export function campaignIdFor(name: string, year: number): string {
  const slug = stripMarks(name.normalize("NFC").toLocaleLowerCase("vi"))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "tuan-le"}-${year}`;
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
    return { ok: false, problems: [error({ code: "campaign_not_object", path: "" })] };
  }
  const data = input as Record<string, unknown>;
  const push = (problem: Problem): void => void problems.push(error(problem));

  const text = (key: string, target: Record<string, unknown> = data, prefix = ""): string => {
    const value = target[key];
    const path = prefix + key;
    if (value === undefined || value === null || value === "") {
      push({ code: "campaign_field_missing", path });
      return "";
    }
    if (typeof value !== "string") {
      push({ code: "campaign_field_type", path, params: { expected: "string" } });
      return "";
    }
    return value.trim();
  };
  const optionalText = (key: string, target: Record<string, unknown> = data, prefix = "") =>
    target[key] === undefined || target[key] === null || target[key] === ""
      ? undefined
      : text(key, target, prefix) || undefined;
  const date = (
    key: string,
    target: Record<string, unknown>,
    prefix: string,
    withTime: boolean
  ): string => {
    const value = text(key, target, prefix);
    if (value && !isLocalDate(value, withTime)) {
      push({ code: "campaign_bad_date", path: prefix + key, params: { value } });
    }
    return value;
  };
  const object = (key: string, optional = false): Record<string, unknown> => {
    const value = data[key];
    if (value === undefined || value === null) {
      if (!optional) push({ code: "campaign_field_missing", path: key });
      return {};
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      push({ code: "campaign_field_type", path: key, params: { expected: "object" } });
      return {};
    }
    return value as Record<string, unknown>;
  };

  const id = text("id");
  if (id && !ID.test(id)) push({ code: "campaign_bad_id", path: "id", params: { value: id } });

  let year = 0;
  if (data.year === undefined) push({ code: "campaign_field_missing", path: "year" });
  else if (
    typeof data.year !== "number" ||
    !Number.isInteger(data.year) ||
    data.year < 2000 ||
    data.year > 2100
  ) {
    push({ code: "campaign_field_type", path: "year", params: { expected: "year" } });
  } else year = data.year;

  const theme = text("theme");
  const issuingBody = text("issuingBody");
  const receivingOffice = text("receivingOffice");
  const collectingUnit = optionalText("collectingUnit");
  const reportsTo = optionalText("reportsTo");
  let signer: string[] | undefined;
  if (data.signer !== undefined) {
    if (Array.isArray(data.signer) && data.signer.every((line) => typeof line === "string")) {
      signer = (data.signer as string[]).map((line) => line.trim()).filter(Boolean);
    } else push({ code: "campaign_field_type", path: "signer", params: { expected: "array" } });
  }

  const weekData = object("week");
  const week = {
    start: date("start", weekData, "week.", false),
    end: date("end", weekData, "week.", false),
  };

  const deadlineData = object("deadlines", true);
  const deadline = (form: "mau1" | "mau2") =>
    deadlineData[form] === undefined || deadlineData[form] === null || deadlineData[form] === ""
      ? undefined
      : date(form, deadlineData, "deadlines.", true);
  const mau1 = deadline("mau1");
  const mau2 = deadline("mau2");

  const units: Unit[] = [];
  const rawUnits = data.units;
  if (!Array.isArray(rawUnits)) {
    push(
      rawUnits === undefined
        ? { code: "campaign_field_missing", path: "units" }
        : { code: "campaign_field_type", path: "units", params: { expected: "array" } }
    );
  } else {
    rawUnits.forEach((raw, i) => {
      const prefix = `units[${i}].`;
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        push({ code: "campaign_field_type", path: `units[${i}]`, params: { expected: "object" } });
        units.push({ name: "\u0000", type: "other" });
        return;
      }
      const unitData = raw as Record<string, unknown>;
      const name =
        typeof unitData.name === "string" ? unitData.name.trim() : text("name", unitData, prefix);
      const type = unitData.type === undefined ? "community" : unitData.type;
      if (!UNIT_TYPES.includes(type as UnitType)) {
        push({
          code: "campaign_bad_unit_type",
          path: prefix + "type",
          params: { value: String(type) },
        });
      }
      const parent = optionalText("parent", unitData, prefix);
      const email = optionalText("email", unitData, prefix);
      const phone = optionalText("phone", unitData, prefix);
      units.push({
        name,
        type: type as UnitType,
        ...(parent ? { parent } : {}),
        ...(email ? { email } : {}),
        ...(phone ? { phone } : {}),
      });
    });
  }

  const deadlines = { ...(mau1 ? { mau1 } : {}), ...(mau2 ? { mau2 } : {}) };
  const campaign: Campaign = {
    id,
    year,
    theme,
    week,
    issuingBody,
    receivingOffice,
    ...(collectingUnit ? { collectingUnit } : {}),
    ...(reportsTo ? { reportsTo } : {}),
    ...(signer && signer.length > 0 ? { signer } : {}),
    deadlines,
    units,
  };
  // Semantic checks need well-typed fields; a field already refused is not checked again.
  const refused = problems.map((problem) => problem.path);
  const covered = (path: string) =>
    refused.some((done) => path === done || path.startsWith(`${done}.`));
  const checked = checkCampaign({ ...campaign, year: year || 2000 }).filter(
    (problem) =>
      !covered(problem.path) &&
      !(problem.code === "campaign_field_type" && problem.path === "year") &&
      !(problem.code === "campaign_year_mismatch" && year === 0)
  );
  return campaignResult(campaign, [...problems, ...checked]);
}

/** The roster unit with this exact name, if any. */
export function findUnit(campaign: Campaign, name: string): Unit | undefined {
  return campaign.units.find((unit) => unit.name === name);
}
