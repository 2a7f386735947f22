export { UNIT_TYPES, deadlineInstant, findUnit, isLocalDate, parseCampaign } from "./campaign";
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
