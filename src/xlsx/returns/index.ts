export { extractReturn, extractReturns } from "./extract-return";
export type { ExtractReturnOptions } from "./extract-return";
export {
  LABEL_MATCH_THRESHOLD,
  MIN_INDICATORS_WITHOUT_HEADER,
  findMau2ByLabels,
  readMau2ByLabels,
  readMau2ByNames,
} from "./find-mau2";
export type { FoundMau2 } from "./find-mau2";
export { findMau1ByLabels, readMau1ByLabels, readMau1ByNames } from "./find-mau1";
export type { FoundMau1 } from "./find-mau1";
export { findNamedUnit, findTitleYear, findUnitInFileName } from "./find-unit";
export type { FormBounds, NamedUnit } from "./find-unit";
export { findNamedArea, readTemplateMetadata } from "./named-ranges";
export type { MetadataLookup, NamedArea } from "./named-ranges";
export { rejectedReturn, returnFromBytes } from "./load-return";
export type { ReturnSource } from "./load-return";
