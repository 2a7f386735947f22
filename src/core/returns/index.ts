export { FINDING_CODES } from "./codes";
export type { FindingCode } from "./codes";
export { formsOf, toFinding } from "./types";
export type {
  CodedParams,
  FindingParams,
  NonZipKind,
  ParamName,
  ParamsArgs,
  SizeLimit,
} from "./finding-params";
export type {
  FileOutcome,
  FileStatus,
  Finding,
  FindingOf,
  Location,
  Mau1Data,
  Mau2Data,
  MergeResult,
  RawValue,
  RawValueProblem,
  ReturnData,
  ScheduleEntry,
  ScheduleRowData,
  Severity,
  SubmissionRow,
  UnitResult,
  UnitSource,
} from "./types";
