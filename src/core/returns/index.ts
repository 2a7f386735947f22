export { FINDING_CODES } from "./codes";
export type { FindingCode } from "./codes";
export { formsOf } from "./types";
export type {
  FileOutcome,
  FileStatus,
  Finding,
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
