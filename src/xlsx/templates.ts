import {
  TEMPLATE_VERSION,
  layoutForm,
  type Campaign,
  type FormId,
  type TemplateMetadata,
  type Unit,
} from "../core";
import type { Catalogue } from "../messages";
import { writeTemplate } from "./write-template";

/** The metadata that identifies a generated template of these forms. */
export function templateMetadata(
  campaign: Campaign,
  forms: readonly FormId[],
  unit?: Unit
): TemplateMetadata {
  const sheets: Partial<Record<FormId, string>> = {};
  for (const form of forms) sheets[form] = layoutForm(form, campaign, unit).sheetName;
  return {
    schema: "tonghop-template",
    templateVersion: TEMPLATE_VERSION,
    campaign: campaign.id,
    year: campaign.year,
    ...(unit ? { unit: unit.name } : {}),
    sheets,
  };
}

/**
 * A ready-to-send .xlsx holding the given forms for a campaign (and a unit, when given).
 *
 * @example const bytes = await writeFormTemplate(['mau2'], HUONG_THUY_2017, undefined, vi);
 */
export async function writeFormTemplate(
  forms: readonly FormId[],
  campaign: Campaign,
  unit: Unit | undefined,
  catalogue: Catalogue
): Promise<Uint8Array> {
  const layouts = forms.map((form) => layoutForm(form, campaign, unit));
  return writeTemplate(layouts, templateMetadata(campaign, forms, unit), catalogue);
}
