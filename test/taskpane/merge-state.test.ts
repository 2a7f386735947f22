/**
 * The Tổng hợp list's reducer, without a DOM (jest's node environment): passes, stale
 * results, campaign changes, clearing, a failing reader, duplicates.
 */
import type { LoadedReturn } from "../../src/core";
import {
  initialMergeState,
  isOver,
  mergeActions as act,
  mergeReducer,
  nextPass,
  progressOf,
  uniqueName,
  type MergeAction,
  type MergeState,
} from "../../src/taskpane/merge-state";

const file = (name: string, lastModified = 0, text = name) =>
  new File([text], name, { lastModified });

/** A stand-in result: the reducer keeps it, never looks inside. */
const loaded = (id: number) => ({ id }) as unknown as LoadedReturn;

const apply = (state: MergeState, ...actions: MergeAction[]) => actions.reduce(mergeReducer, state);

/** Starts the pass the component would start now, returning its number and ids. */
function start(state: MergeState): [MergeState, number, number[]] {
  const next = nextPass(state);
  if (!next) throw new Error("no pass to start");
  const ids = next.jobs.map((job) => job.id);
  return [mergeReducer(state, act.readStarted(next.pass, ids)), next.pass, ids];
}

/** Every entry is either read or failed, none pending, no progress. */
function expectSettled(state: MergeState) {
  expect(progressOf(state)).toBeUndefined();
  expect(nextPass(state)).toBeUndefined();
  expect(state.running).toBe(false);
  for (const entry of state.entries) expect(entry.loaded ?? entry.failed).toBeDefined();
}

test("files are queued, read by a pass, and the progress ends", () => {
  let state = apply(initialMergeState, act.added([file("a.xlsx"), file("b.xlsx")]));
  expect(progressOf(state)).toEqual({ done: 0, total: 2 });
  let pass: number;
  [state, pass] = start(state);
  expect(nextPass(state)).toBeUndefined();
  state = apply(state, act.read(pass, 1, loaded(1)));
  expect(progressOf(state)).toEqual({ done: 1, total: 2 });
  state = apply(state, act.readBatch(pass, [{ id: 2, loaded: loaded(2) }]), act.passEnded(pass));
  expectSettled(state);
  expect(state.entries.map((entry) => entry.loaded)).toEqual([loaded(1), loaded(2)]);
});

test("files added during a read are read by a follow-up pass: none lost, the progress ends", () => {
  let state = apply(initialMergeState, act.added([file("a.xlsx"), file("b.xlsx")]));
  let first: number;
  [state, first] = start(state);
  state = apply(state, act.read(first, 1, loaded(1)), act.added([file("c.xlsx")]));
  // The bar goes on over the newcomers rather than starting again.
  expect(progressOf(state)).toEqual({ done: 1, total: 3 });
  expect(nextPass(state)).toBeUndefined(); // one pass at a time
  state = apply(state, act.read(first, 2, loaded(2)), act.passEnded(first));
  expect(progressOf(state)).toEqual({ done: 2, total: 3 });
  let second: number, ids: number[];
  [state, second, ids] = start(state);
  expect(second).toBeGreaterThan(first);
  expect(ids).toEqual([3]);
  state = apply(state, act.read(second, 3, loaded(3)), act.passEnded(second));
  expectSettled(state);
  expect(state.entries.map((entry) => [entry.name, entry.loaded])).toEqual([
    ["a.xlsx", loaded(1)],
    ["b.xlsx", loaded(2)],
    ["c.xlsx", loaded(3)],
  ]);
});

test("a stale pass's results and its end are ignored", () => {
  let state = apply(initialMergeState, act.added([file("a.xlsx")]));
  let old: number;
  [state, old] = start(state);
  state = apply(state, act.campaignChanged());
  expect(isOver(state, old)).toBe(true);
  let fresh: number;
  [state, fresh] = start(state);
  const before = state;
  state = apply(
    state,
    act.read(old, 1, loaded(99)),
    act.passEnded(old),
    act.readFailed(old),
    act.readStarted(old, [1])
  );
  expect(state).toBe(before);
  state = apply(state, act.read(fresh, 1, loaded(1)), act.passEnded(fresh));
  expectSettled(state);
  expect(state.entries[0]!.loaded).toEqual(loaded(1));
});

test("a campaign change drops every result and reads every file again", () => {
  let state = apply(initialMergeState, act.added([file("a.xlsx"), file("b.xlsx")]));
  let pass: number;
  [state, pass] = start(state);
  state = apply(state, act.read(pass, 1, loaded(1)), act.read(pass, 2, loaded(2)));
  state = apply(state, act.passEnded(pass), act.campaignChanged());
  expect(state.entries.every((entry) => entry.loaded === undefined)).toBe(true);
  expect(progressOf(state)).toEqual({ done: 0, total: 2 });
  let again: number, ids: number[];
  [state, again, ids] = start(state);
  expect(ids).toEqual([1, 2]);
  state = apply(state, act.read(again, 2, loaded(20)), act.read(again, 1, loaded(10)));
  state = apply(state, act.passEnded(again));
  expectSettled(state);
  expect(state.entries.map((entry) => entry.loaded)).toEqual([loaded(10), loaded(20)]);
});

test("a campaign change in the middle of a pass also re-reads the files not reached", () => {
  let state = apply(initialMergeState, act.added([file("a.xlsx"), file("b.xlsx")]));
  let pass: number;
  [state, pass] = start(state);
  state = apply(state, act.read(pass, 1, loaded(1)), act.campaignChanged());
  const [, , ids] = start(state);
  expect(ids).toEqual([1, 2]);
});

test("clearing empties the list, abandons the pass and keeps ids unique", () => {
  let state = apply(initialMergeState, act.added([file("a.xlsx")]));
  let pass: number;
  [state, pass] = start(state);
  state = apply(state, act.cleared());
  expect(state.entries).toEqual([]);
  expect(isOver(state, pass)).toBe(true);
  expectSettled(state);
  state = apply(state, act.read(pass, 1, loaded(1)), act.added([file("a.xlsx")]));
  expect(state.entries).toHaveLength(1);
  expect(state.entries[0]!.id).toBe(2);
  expect(state.entries[0]!.loaded).toBeUndefined();
  const [, next] = start(state);
  expect(next).toBeGreaterThan(pass);
});

test("a failing reader ends the progress with every file accounted for", () => {
  let state = apply(initialMergeState, act.added([file("a.xlsx"), file("b.xlsx")]));
  let pass: number;
  [state, pass] = start(state);
  state = apply(state, act.read(pass, 1, loaded(1)), act.added([file("c.xlsx")]));
  state = apply(state, act.readFailed(pass));
  expectSettled(state);
  expect(state.entries.map((entry) => [entry.name, entry.loaded, entry.failed])).toEqual([
    ["a.xlsx", loaded(1), undefined],
    ["b.xlsx", undefined, "readFailed"],
    ["c.xlsx", undefined, "readFailed"],
  ]);
  // Files dropped afterwards are read as usual.
  state = apply(state, act.added([file("d.xlsx")]));
  expect(nextPass(state)?.jobs.map((job) => job.name)).toEqual(["d.xlsx"]);
});

test("a pass that ends without answering a file marks it, never leaves it reading", () => {
  let state = apply(initialMergeState, act.added([file("a.xlsx"), file("b.xlsx")]));
  let pass: number;
  [state, pass] = start(state);
  state = apply(state, act.read(pass, 2, loaded(2)), act.passEnded(pass));
  expectSettled(state);
  expect(state.entries[0]!.failed).toBe("unanswered");
});

test("the same file twice is kept once; another file of the same name gets (2)", () => {
  const a = file("bao-cao.xlsx", 1, "x");
  const again = file("bao-cao.xlsx", 1, "x");
  const other = file("bao-cao.xlsx", 2, "x");
  const bigger = file("bao-cao.xlsx", 1, "xy");
  let state = apply(initialMergeState, act.added([a]));
  state = apply(state, act.added([again, other, other, bigger]));
  expect(state.entries.map((entry) => entry.name)).toEqual([
    "bao-cao.xlsx",
    "bao-cao (2).xlsx",
    "bao-cao (3).xlsx",
  ]);
  expect(state.queued).toEqual([1, 2, 3]);
  const unchanged = apply(state, act.added([again]));
  expect(unchanged).toBe(state);
});

test("unique names keep the extension and skip names taken", () => {
  expect(uniqueName("a.xlsx", new Set())).toBe("a.xlsx");
  expect(uniqueName("a.xlsx", new Set(["a.xlsx", "a (2).xlsx"]))).toBe("a (3).xlsx");
  expect(uniqueName("ghi-chu", new Set(["ghi-chu"]))).toBe("ghi-chu (2)");
  expect(uniqueName(".hidden", new Set([".hidden"]))).toBe(".hidden (2)");
});
