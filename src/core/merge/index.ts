export { compareScheduleEntries, mergeReturns, refusesReturn } from "./merge-returns";
export type { LoadedReturn } from "./merge-returns";
