/**
 * What the web page remembers between visits, in the browser's localStorage: the campaign
 * in use and the language. Each under a versioned key, as JSON; what is read back is checked
 * like any campaign file, and anything broken, missing or unreadable (storage disabled,
 * private mode) gives the defaults. Nothing here throws.
 */
import { PRESETS, parseCampaign, type Campaign } from "../core";
import type { Catalogue } from "../messages";

export const CAMPAIGN_KEY = "tonghop.campaign.v1";
export const LOCALE_KEY = "tonghop.locale.v1";

/** The campaign in use and where it came from. */
export interface CampaignChoice {
  readonly campaign: Campaign;
  /** The file it was opened from, if any. */
  readonly file?: string;
  /** Read from the open workbook's sheet "Đợt báo cáo" (inside Excel). */
  readonly fromWorkbook?: boolean;
}

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return undefined;
  }
}

function read(key: string): string | undefined {
  try {
    return storage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Keys sorted, so that two campaigns with the same content compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner
  );
}

export function sameCampaign(a: Campaign, b: Campaign): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** The built-in campaign `campaign` is a copy of, if any. */
export function presetOf(campaign: Campaign): Campaign | undefined {
  const preset = PRESETS[campaign.id];
  return preset && sameCampaign(preset, campaign) ? preset : undefined;
}

export interface RememberedCampaign {
  readonly choice?: CampaignChoice;
  /** Something was stored but is no usable campaign. */
  readonly broken: boolean;
}

export function rememberedCampaign(): RememberedCampaign {
  const raw = read(CAMPAIGN_KEY);
  if (raw === undefined) return { broken: false };
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== "object" || data === null) return { broken: true };
    const { campaign, file } = data as { campaign?: unknown; file?: unknown };
    const parsed = parseCampaign(campaign);
    if (!parsed.ok) return { broken: true };
    return {
      broken: false,
      choice: {
        campaign: presetOf(parsed.campaign) ?? parsed.campaign,
        ...(typeof file === "string" && file ? { file } : {}),
      },
    };
  } catch {
    return { broken: true };
  }
}

/** Remembers the campaign in use; false when the browser does not let the page store it. */
export function rememberCampaign(choice: CampaignChoice): boolean {
  return write(
    CAMPAIGN_KEY,
    JSON.stringify({ campaign: choice.campaign, ...(choice.file ? { file: choice.file } : {}) })
  );
}

export type Locale = Catalogue["locale"];

export function rememberedLocale(): Locale | undefined {
  const raw = read(LOCALE_KEY);
  return raw === "vi" || raw === "en" ? raw : undefined;
}

export function rememberLocale(locale: Locale): boolean {
  return write(LOCALE_KEY, locale);
}
