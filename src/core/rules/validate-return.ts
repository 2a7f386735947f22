/**
 * The validation rules of BRIEF.md ("Validation semantics"), applied to what a reader
 * extracted from one return. Rules are plain functions in a list; each returns findings
 * and never throws on bad data.
 */
import type { Campaign, Unit } from "../campaign";
import { INDICATORS, INDICATOR_IDS, type IndicatorId } from "../forms/indicators";
import { TEMPLATE_VERSION } from "../forms/layout";
import type { Finding, ReturnData, ScheduleEntry } from "../returns/types";
import {
  isDateWithin,
  matchUnit,
  normalizeUnitName,
  parseCount,
  parseDate,
  parseTime,
  unitKindOfName,
} from "../values";

/**
 * Participants per session above which a value is worth a second look: a commune's talk or
 * class rarely has more than a few hundred people, so 500 per session suggests a typo
 * (an extra zero) or a cumulative figure.
 */
export const IMPLAUSIBLE_PARTICIPANTS_PER_SESSION = 500;

/** Seed 004: every TTHTCĐ holds at least 2 talks (chuyên đề) and 1 short vocational class. */
export const COMMUNITY_MINIMUM = { talks: 2, vocationalClasses: 1 } as const;

export type IndicatorValues = Readonly<Record<IndicatorId, number | null>>;

/** One return after the rules: accepted values (null = error, left out) and findings. */
export interface ValidatedReturn {
  readonly data: ReturnData;
  /** The roster unit, when the return's unit is on the roster. */
  readonly unit?: Unit;
  /** The unit's name for the report: the roster name, else the name read. */
  readonly unitName?: string;
  readonly values?: IndicatorValues;
  readonly schedule: readonly ScheduleEntry[];
  readonly findings: readonly Finding[];
}

interface RuleContext {
  readonly data: ReturnData;
  readonly campaign: Campaign;
  readonly unit?: Unit;
  readonly values: IndicatorValues;
}

type Rule = (context: RuleContext) => Finding[];

function cellOf(data: ReturnData, id: IndicatorId): Finding["at"] {
  const raw = data.mau2?.values[id];
  return {
    file: data.file,
    ...(data.mau2 ? { sheet: data.mau2.sheet } : {}),
    ...(raw ? { cell: raw.cell } : {}),
  };
}

const participantsWithoutSessions: Rule = ({ data, values }) =>
  INDICATORS.filter((indicator) => indicator.kind === "participants").flatMap((indicator) => {
    const people = values[indicator.id];
    const count = indicator.countOf;
    const sessions = count ? values[count] : null;
    if (!count || people === null || sessions === null || people <= 0 || sessions > 0) return [];
    return [
      {
        code: "participants_without_sessions",
        severity: "warning",
        at: cellOf(data, indicator.id),
        indicator: indicator.id,
        params: { count, value: people },
      },
    ];
  });

const implausibleRatio: Rule = ({ data, values }) =>
  INDICATORS.filter((indicator) => indicator.kind === "participants").flatMap((indicator) => {
    const people = values[indicator.id];
    const sessions = indicator.countOf ? values[indicator.countOf] : null;
    if (people === null || sessions === null || sessions <= 0) return [];
    const ratio = people / sessions;
    if (ratio <= IMPLAUSIBLE_PARTICIPANTS_PER_SESSION) return [];
    return [
      {
        code: "implausible_ratio",
        severity: "warning",
        at: cellOf(data, indicator.id),
        indicator: indicator.id,
        params: {
          value: people,
          sessions,
          ratio: Math.round(ratio),
          limit: IMPLAUSIBLE_PARTICIPANTS_PER_SESSION,
        },
      },
    ];
  });

const communityMinimum: Rule = ({ data, unit, values }) => {
  if (unit?.type !== "community") return [];
  const findings: Finding[] = [];
  const talks = values.hoi_thao_toa_dam;
  if (talks !== null && talks < COMMUNITY_MINIMUM.talks) {
    findings.push({
      code: "community_minimum_talks",
      severity: "warning",
      at: cellOf(data, "hoi_thao_toa_dam"),
      indicator: "hoi_thao_toa_dam",
      params: { value: talks, minimum: COMMUNITY_MINIMUM.talks },
    });
  }
  const classes = values.lop_day_nghe;
  if (classes !== null && classes < COMMUNITY_MINIMUM.vocationalClasses) {
    findings.push({
      code: "community_minimum_vocational",
      severity: "warning",
      at: cellOf(data, "lop_day_nghe"),
      indicator: "lop_day_nghe",
      params: { value: classes, minimum: COMMUNITY_MINIMUM.vocationalClasses },
    });
  }
  return findings;
};

/** The plausibility rules run on a return's accepted Mẫu 2 values. */
export const MAU2_RULES: readonly Rule[] = [
  participantsWithoutSessions,
  implausibleRatio,
  communityMinimum,
];

function readValues(data: ReturnData): { values: IndicatorValues; findings: Finding[] } {
  const values = {} as Record<IndicatorId, number | null>;
  const findings: Finding[] = [];
  for (const id of INDICATOR_IDS) {
    const raw = data.mau2?.values[id];
    if (!raw) {
      // Not on the form at all: the reader already reported indicator_not_found.
      values[id] = 0;
      continue;
    }
    const at = cellOf(data, id);
    if (raw.problem) {
      // The reader could not take a value: an error, never a silent 0.
      values[id] = null;
      const { problem } = raw;
      findings.push(
        problem.code === "formula_not_computed"
          ? {
              code: "formula_not_computed",
              severity: "error",
              at,
              indicator: id,
              params: { formula: problem.formula },
            }
          : {
              code: "count_lines_mismatch",
              severity: "error",
              at,
              indicator: id,
              params: { cell: raw.cell, labels: problem.labels, values: problem.values },
            }
      );
      continue;
    }
    const result = parseCount(raw.value);
    if (result.ok) {
      values[id] = result.value;
      if (result.warning === "count_blank")
        findings.push({
          code: "count_blank",
          severity: "warning",
          at,
          indicator: id,
          // A cell of spaces is blank too; its text says so.
          ...(result.text !== undefined ? { params: { text: result.text } } : {}),
        });
      else if (result.warning)
        findings.push({
          code: result.warning,
          severity: "warning",
          at,
          indicator: id,
          params: { text: result.text },
        });
    } else {
      values[id] = null;
      // A number (-5, 2.5) has no text as typed: the message quotes the number.
      const text = result.text ?? String(raw.value);
      findings.push({ code: result.error, severity: "error", at, indicator: id, params: { text } });
    }
  }
  return { values, findings };
}

function readSchedule(
  data: ReturnData,
  campaign: Campaign,
  unitName: string
): { entries: ScheduleEntry[]; findings: Finding[] } {
  const entries: ScheduleEntry[] = [];
  const findings: Finding[] = [];
  if (!data.mau1) return { entries, findings };
  const sheet = data.mau1.sheet;
  for (const row of data.mau1.rows) {
    const before = findings.length;
    const time = parseTime(row.time.value);
    const at = (cell: string): Finding["at"] => ({ file: data.file, sheet, cell });
    if (!time.ok)
      findings.push({
        code: time.error,
        severity: "error",
        at: at(row.time.cell),
        params: { text: String(row.time.value ?? "") },
      });
    else if (time.warning)
      findings.push({ code: time.warning, severity: "warning", at: at(row.time.cell) });

    const date = parseDate(row.date.value, { date1904: data.date1904, defaultYear: campaign.year });
    if (!date.ok) {
      findings.push({
        code: date.error,
        severity: "error",
        at: at(row.date.cell),
        params: { text: String(row.date.value ?? "") },
      });
    } else {
      if (date.warning)
        findings.push({ code: date.warning, severity: "warning", at: at(row.date.cell) });
      if (!isDateWithin(date.date, campaign.week.start, campaign.week.end)) {
        findings.push({
          code: "date_outside_week",
          severity: "error",
          at: at(row.date.cell),
          params: { date: date.date, start: campaign.week.start, end: campaign.week.end },
        });
      }
    }
    const rowHasError = findings.slice(before).some((finding) => finding.severity === "error");
    if (!rowHasError && time.ok && date.ok) {
      entries.push({
        unit: unitName,
        file: data.file,
        date: date.date,
        minutes: time.minutes,
        place: row.place,
        content: row.content,
        note: row.note,
      });
    }
  }
  return { entries, findings };
}

/**
 * Whether a return is the collecting office's own summary: a summary TổngHợp wrote for this
 * campaign, or any form that names the office itself as its sender (the office's own
 * "Phòng Giáo dục và Đào tạo" with no place after it counts). Summaries of other offices,
 * merged at the level above, are returns like any other.
 */
export function isOwnSummary(data: ReturnData, campaign: Campaign): boolean {
  if (data.role === "summary" && data.campaignId === campaign.id) return true;
  if (data.unitName === undefined || data.onRoster === true) return false;
  const named = normalizeUnitName(data.unitName);
  if (named === "") return false;
  if (campaign.collectingUnit && normalizeUnitName(campaign.collectingUnit) === named) return true;
  const office = normalizeUnitName(campaign.receivingOffice);
  if (office === "") return false;
  return (
    named === office ||
    (unitKindOfName(data.unitName) === "office" && office.startsWith(`${named} `))
  );
}

/**
 * Applies every rule to one extracted return.
 *
 * @example
 * const checked = validateReturn(extracted, HUONG_THUY_2017);
 * checked.findings.filter(f => f.severity === 'error') // what must be fixed
 */
export function validateReturn(data: ReturnData, campaign: Campaign): ValidatedReturn {
  const findings: Finding[] = [...data.findings];
  // A unit the reader found off the roster stays off it: no second, looser match here.
  const match =
    data.unitName === undefined || data.onRoster === false
      ? undefined
      : matchUnit(data.unitName, campaign.units);
  const unit = match ? campaign.units[match.index] : undefined;
  const unitName = unit?.name ?? data.unitName;

  if (isOwnSummary(data, campaign)) {
    // The office is not on its own roster, and need not be.
    const notOnRoster = findings.findIndex((finding) => finding.code === "unit_not_on_roster");
    if (notOnRoster >= 0) findings.splice(notOnRoster, 1);
    findings.push({
      code: "own_summary",
      severity: "warning",
      at: { file: data.file },
      params: {
        unit: data.unitName ?? (campaign.collectingUnit || campaign.receivingOffice),
        campaign: campaign.id,
      },
    });
  }
  if (data.year !== undefined && data.year !== campaign.year) {
    const sheet = data.mau2?.sheet ?? data.mau1?.sheet;
    findings.push({
      code: "other_year",
      severity: "error",
      at: { file: data.file, ...(sheet !== undefined ? { sheet } : {}) },
      params: { found: data.year, expected: campaign.year },
    });
  }

  if (data.campaignId && data.campaignId !== campaign.id) {
    findings.push({
      code: "campaign_mismatch",
      severity: "warning",
      at: { file: data.file },
      params: { found: data.campaignId, expected: campaign.id },
    });
  }
  // A template of another version is still read (by its names, else its labels), but its
  // layout may differ from the one this reader knows: worth a look at its results.
  if (data.templateVersion && data.templateVersion !== TEMPLATE_VERSION) {
    findings.push({
      code: "template_version_mismatch",
      severity: "warning",
      at: { file: data.file },
      params: { found: data.templateVersion, expected: TEMPLATE_VERSION },
    });
  }

  let values: IndicatorValues | undefined;
  if (data.mau2) {
    const read = readValues(data);
    values = read.values;
    findings.push(...read.findings);
    const context: RuleContext = { data, campaign, values, ...(unit ? { unit } : {}) };
    for (const rule of MAU2_RULES) findings.push(...rule(context));
  }
  const schedule = readSchedule(data, campaign, unitName ?? data.file);
  findings.push(...schedule.findings);

  return {
    data,
    ...(unit ? { unit } : {}),
    ...(unitName !== undefined ? { unitName } : {}),
    ...(values ? { values } : {}),
    schedule: schedule.entries,
    findings,
  };
}
