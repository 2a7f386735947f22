export { compareScheduleEntries, mergeReturns } from "./merge-returns";
export type { LoadedReturn } from "./merge-returns";
