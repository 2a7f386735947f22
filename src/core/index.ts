export {
  UNIT_TYPES,
  campaignIdFor,
  campaignResult,
  checkCampaign,
  deadlineInstant,
  findUnit,
  isLocalDate,
  isPlaceholderName,
  parseCampaign,
} from "./campaign";
export {
  UNIT_TYPE_LABELS,
  guessUnitType,
  newCampaign,
  parseUnitType,
  rosterFromRows,
  rosterFromText,
} from "./roster";
export type { NewCampaignOptions, RosterList, RosterNotice } from "./roster";
export type {
  Campaign,
  CampaignProblem,
  CampaignResult,
  LocalDateTime,
  Unit,
  UnitType,
} from "./campaign";
export { DEFAULT_PRESET_ID, HUONG_THUY_2017, PRESETS, TAN_BINH_2022 } from "./presets";
export * from "./forms";
export * from "./values";
export * from "./returns";
export * from "./rules";
export * from "./merge";
export {
  CAMPAIGN_FIELDS,
  CAMPAIGN_HINT,
  CAMPAIGN_SHEET,
  CAMPAIGN_TITLE,
  ROSTER_COLUMNS,
  ROSTER_ROOM,
  ROSTER_TITLE,
  campaignSheetLayout,
  readCampaignSheet,
} from "./campaign-sheet";
export type {
  CampaignCell,
  CampaignCellRole,
  CampaignCellValue,
  CampaignFieldId,
  CampaignFieldSpec,
  CampaignGrid,
  CampaignSheetLayout,
  RosterColumnId,
} from "./campaign-sheet";
