import type { Campaign, Unit } from "../campaign";
import { TEMPLATE_VERSION, type FormId, type SheetLayout, type TemplateMetadata } from "./layout";
import { layoutMau1 } from "./mau1";
import { layoutMau2 } from "./mau2";

/** Lays out either form; see `layoutMau1` and `layoutMau2`. */
export function layoutForm(form: FormId, campaign: Campaign, unit?: Unit): SheetLayout {
  return form === "mau1" ? layoutMau1(campaign, unit) : layoutMau2(campaign, unit);
}

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

export { INDICATORS, INDICATOR_IDS, SECTIONS, findIndicator, isIndicatorId } from "./indicators";
export type { Indicator, IndicatorId, SectionNumber } from "./indicators";
export {
  FONT_NAME,
  FORM_IDS,
  METADATA_SHEET,
  STYLES,
  TEMPLATE_VERSION,
  estimateRowHeight,
  estimateRowHeightAnyFont,
  metadataRows,
  textBoxHeight,
  parseMetadataRows,
} from "./layout";
export type {
  FormId,
  InputRule,
  InputSpec,
  LayoutCell,
  PrintSpec,
  SheetLayout,
  StyleRole,
  StyleSpec,
  TemplateMetadata,
  ValidationArea,
} from "./layout";
export { layoutMau1, mau1Receivers, MAU1_TEXT, MAU1_INPUT_ROWS, SCHEDULE_RANGE_NAME } from "./mau1";
export {
  BLANK_RECIPIENT,
  FREE_TEXT_CHARS,
  layoutMau2,
  MAU2_TEXT,
  MAU2_TEXT_NAMES,
  mau2DateLine,
  recipientLine,
} from "./mau2";
export {
  OverlappingValidationsError,
  checkValidations,
  findValidationOverlaps,
  validationAreas,
} from "./sheet-builder";
export {
  MOTTO,
  MOTTO_SUB,
  RECEIVERS_TITLE,
  SIGNATURE_NOTE,
  SIGNATURE_TITLE,
  unitTitle,
} from "./common";
export { rosterZipFileName, slugify, summaryFileName, templateFileName } from "./file-names";
