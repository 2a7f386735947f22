export {
  COMMUNITY_MINIMUM,
  IMPLAUSIBLE_PARTICIPANTS_PER_SESSION,
  MAU2_RULES,
  isOwnSummary,
  validateReturn,
} from "./validate-return";
export type { IndicatorValues, ValidatedReturn } from "./validate-return";
