import { layoutForm, templateMetadata, type Campaign, type FormId, type Unit } from "../core";
import type { Catalogue } from "../messages";
import { writeTemplate } from "./write-template";

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

export { templateMetadata };
