export { mergeReturns } from "./merge-returns";
export type { LoadedReturn } from "./merge-returns";
