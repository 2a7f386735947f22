/**
 * The campaign as the Đợt báo cáo area edits it: every field as the text its input holds,
 * the roster as rows with a key each. `checkDraft` turns it into a campaign through the one
 * set of checks every source passes (core's `checkCampaign`), each problem placed on the
 * pane's field ("Đến ngày", "Đơn vị thứ 3 (tên)") so the clerk can find it.
 */
import {
  campaignIdFor,
  campaignResult,
  checkCampaign,
  guessUnitType,
  isLocalDate,
  type Campaign,
  type CampaignFieldId,
  type CampaignProblem,
  type CampaignResult,
  type FormId,
  type Unit,
  type UnitType,
} from "../core";
import type { Catalogue } from "../messages";

export interface DraftUnit {
  /** Stable across edits, for React and for focusing the row. */
  readonly key: number;
  readonly name: string;
  readonly type: UnitType;
  readonly email: string;
  readonly phone: string;
  readonly parent?: string;
  /** The type is the one guessed from the name, so renaming the unit guesses again. */
  readonly guessed: boolean;
}

export interface CampaignDraft {
  /** The id to keep while the year stays `baseYear` (forms already sent carry it). */
  readonly baseId?: string;
  readonly baseYear?: number;
  readonly year: string;
  readonly theme: string;
  readonly weekStart: string;
  readonly weekEnd: string;
  readonly issuingBody: string;
  readonly collectingUnit: string;
  readonly receivingOffice: string;
  readonly reportsTo: string;
  /** One title a line. */
  readonly signer: string;
  readonly mau1Date: string;
  readonly mau1Time: string;
  readonly mau2Date: string;
  readonly mau2Time: string;
  readonly units: readonly DraftUnit[];
}

let nextKey = 1;

export function draftUnit(unit: Partial<Unit> & { readonly name: string }): DraftUnit {
  const type = unit.type ?? guessUnitType(unit.name);
  return {
    key: nextKey++,
    name: unit.name,
    type,
    email: unit.email ?? "",
    phone: unit.phone ?? "",
    ...(unit.parent ? { parent: unit.parent } : {}),
    guessed: unit.name.trim() === "" || type === guessUnitType(unit.name),
  };
}

const datePart = (when: string | undefined) => (when ? when.slice(0, 10) : "");
const timePart = (when: string | undefined) => (when?.includes("T") ? when.slice(11, 16) : "");

/**
 * The draft of a campaign. `keepId`: the campaign is one already in use (its id is on the
 * forms sent out); a new one gets its id from the office and the year when it is used.
 */
export function draftFromCampaign(campaign: Campaign, keepId: boolean): CampaignDraft {
  return {
    ...(keepId ? { baseId: campaign.id, baseYear: campaign.year } : {}),
    year: String(campaign.year),
    theme: campaign.theme,
    weekStart: campaign.week.start,
    weekEnd: campaign.week.end,
    issuingBody: campaign.issuingBody,
    collectingUnit: campaign.collectingUnit ?? "",
    receivingOffice: campaign.receivingOffice,
    reportsTo: campaign.reportsTo ?? "",
    signer: (campaign.signer ?? []).join("\n"),
    mau1Date: datePart(campaign.deadlines.mau1),
    mau1Time: timePart(campaign.deadlines.mau1),
    mau2Date: datePart(campaign.deadlines.mau2),
    mau2Time: timePart(campaign.deadlines.mau2),
    units: campaign.units.map(draftUnit),
  };
}

/** Where a problem is in the pane: a field, the roster as a whole, or one unit's row. */
export type DraftPlace =
  | { readonly field: CampaignFieldId }
  | { readonly roster: true }
  | { readonly unit: number; readonly part: "name" | "type" };

export interface DraftProblem extends CampaignProblem {
  readonly at: DraftPlace;
  /** The catalogue's sentence, naming the place. */
  readonly text: string;
}

export interface DraftCheck {
  readonly result: CampaignResult;
  /** Every problem, errors first, each with its place; the same as `result.problems`. */
  readonly problems: readonly DraftProblem[];
}

const FIELD_OF_PATH: Readonly<Record<string, CampaignFieldId>> = {
  year: "year",
  theme: "theme",
  week: "weekEnd",
  "week.start": "weekStart",
  "week.end": "weekEnd",
  issuingBody: "issuingBody",
  collectingUnit: "collectingUnit",
  receivingOffice: "receivingOffice",
  reportsTo: "reportsTo",
  signer: "signer",
  "deadlines.mau1": "mau1",
  "deadlines.mau2": "mau2",
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The campaign the draft describes, whatever its problems. */
function campaignOf(draft: CampaignDraft): Campaign {
  const yearText = draft.year.trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  const text = (value: string) => value.replace(/\s+/g, " ").trim();
  const deadline = (date: string, time: string) =>
    date.trim() ? (time.trim() ? `${date.trim()}T${time.trim()}` : date.trim()) : undefined;
  const mau1 = deadline(draft.mau1Date, draft.mau1Time);
  const mau2 = deadline(draft.mau2Date, draft.mau2Time);
  const collectingUnit = text(draft.collectingUnit);
  const reportsTo = text(draft.reportsTo);
  const signer = draft.signer.split(/\r?\n/).map(text).filter(Boolean);
  const units: Unit[] = draft.units.map((unit) => {
    const email = unit.email.trim();
    const phone = unit.phone.trim();
    return {
      name: text(unit.name.normalize("NFC")),
      type: unit.type,
      ...(unit.parent ? { parent: unit.parent } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    };
  });
  const id =
    draft.baseId && year === draft.baseYear
      ? draft.baseId
      : campaignIdFor(collectingUnit || text(draft.receivingOffice), Number.isNaN(year) ? 0 : year);
  return {
    id,
    year: Number.isNaN(year) ? 0 : year,
    theme: text(draft.theme),
    week: { start: draft.weekStart.trim(), end: draft.weekEnd.trim() },
    issuingBody: text(draft.issuingBody),
    receivingOffice: text(draft.receivingOffice),
    ...(collectingUnit ? { collectingUnit } : {}),
    ...(reportsTo ? { reportsTo } : {}),
    ...(signer.length > 0 ? { signer } : {}),
    deadlines: { ...(mau1 ? { mau1 } : {}), ...(mau2 ? { mau2 } : {}) },
    units,
  };
}

/**
 * Checks the draft as a campaign. Besides core's checks, the ones only the pane needs: a
 * week date left empty, a deadline with a time but no day, a time that is no time.
 */
export function checkDraft(draft: CampaignDraft, catalogue: Catalogue): DraftCheck {
  const text = catalogue.pane.campaignArea;
  const campaign = campaignOf(draft);
  const problems: DraftProblem[] = [];
  const place = (at: DraftPlace, extra?: string): string =>
    "field" in at
      ? (extra ?? text.fieldLabel(at.field))
      : "roster" in at
        ? text.rosterPlace
        : text.unitPlace(at.unit + 1, at.part);
  const add = (problem: CampaignProblem, at: DraftPlace, label?: string) => {
    const placed = { ...problem, place: place(at, label) };
    problems.push({ ...placed, at, text: catalogue.campaign[placed.code](placed) });
  };

  const own = new Set<string>();
  for (const [path, id, value] of [
    ["week.start", "weekStart", campaign.week.start],
    ["week.end", "weekEnd", campaign.week.end],
  ] as const) {
    if (value === "") {
      add({ code: "campaign_field_missing", path, severity: "error" }, { field: id });
      own.add(path);
    } else if (!isLocalDate(value)) {
      add({ code: "campaign_bad_date", path, severity: "error", params: { value } }, { field: id });
      own.add(path);
    }
  }
  for (const form of ["mau1", "mau2"] as const satisfies readonly FormId[]) {
    const path = `deadlines.${form}`;
    const date = draft[`${form}Date`].trim();
    const time = draft[`${form}Time`].trim();
    const label = text.fieldLabel(form);
    if (date === "" && time !== "") {
      add({ code: "campaign_field_missing", path, severity: "error" }, { field: form });
      own.add(path);
    } else if (date !== "" && !isLocalDate(date)) {
      add(
        { code: "campaign_bad_date", path, severity: "error", params: { value: date } },
        { field: form }
      );
      own.add(path);
    }
    if (time !== "" && !TIME.test(time)) {
      add(
        { code: "campaign_bad_date", path, severity: "error", params: { value: time } },
        { field: form },
        text.timePlace(label)
      );
      own.add(path);
    }
  }

  const yearOk = campaign.year !== 0;
  for (const problem of checkCampaign(campaign)) {
    if (own.has(problem.path)) continue;
    if (!yearOk && problem.code === "campaign_year_mismatch") continue;
    const unit = /^units\[(\d+)\]\.(name|type)$/.exec(problem.path);
    const at: DraftPlace = unit
      ? { unit: Number(unit[1]), part: unit[2] as "name" | "type" }
      : problem.path === "units"
        ? { roster: true }
        : { field: FIELD_OF_PATH[problem.path] ?? "year" };
    add(problem, at);
  }
  problems.sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning"));
  return { result: campaignResult(campaign, problems), problems };
}

/** The problems at one place of the pane. */
export function problemsAt(
  problems: readonly DraftProblem[],
  match: (at: DraftPlace) => boolean
): DraftProblem[] {
  return problems.filter((problem) => match(problem.at));
}
