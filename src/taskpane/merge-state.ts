/**
 * The Tổng hợp list as data: the files dropped, which are waiting for a reading pass or
 * being read by one, and the results. A pure reducer (no React, no DOM), so the rules below
 * are tested on their own:
 * - files added while a pass runs are queued and read by a follow-up pass, none lost;
 * - results of a pass that is no longer the running one are ignored;
 * - a campaign change drops every result and reads everything again;
 * - when the reader fails, every file without a result is marked failed, never left
 *   "reading"; the progress ends whenever nothing is pending.
 * State holds codes and numbers only; the words are the catalogue's.
 */
import type { LoadedReturn } from "../core";

/** Why a file has no result: the reader failed, or ended its pass without answering it. */
export type ReadFailure = "readFailed" | "unanswered";

export interface MergeEntry {
  readonly id: number;
  readonly file: File;
  /** The name shown and used in findings; unique within the list. */
  readonly name: string;
  readonly loaded?: LoadedReturn;
  readonly failed?: ReadFailure;
}

export interface MergeState {
  readonly entries: readonly MergeEntry[];
  readonly nextId: number;
  /** Ids waiting for the next pass, in list order. */
  readonly queued: readonly number[];
  /** Ids handed to the running pass and not answered yet. */
  readonly reading: readonly number[];
  /** The latest pass started (0: none yet); only a running one's results count. */
  readonly pass: number;
  readonly running: boolean;
  /** Results received since the list last had nothing pending. */
  readonly done: number;
}

export interface ReadResult {
  readonly id: number;
  readonly loaded: LoadedReturn;
}

export type MergeAction =
  | { readonly type: "added"; readonly files: readonly File[] }
  | { readonly type: "readStarted"; readonly pass: number; readonly ids: readonly number[] }
  | { readonly type: "readBatch"; readonly pass: number; readonly results: readonly ReadResult[] }
  | { readonly type: "passEnded"; readonly pass: number }
  | { readonly type: "readFailed"; readonly pass: number }
  | { readonly type: "campaignChanged" }
  | { readonly type: "cleared" };

export const initialMergeState: MergeState = {
  entries: [],
  nextId: 1,
  queued: [],
  reading: [],
  pass: 0,
  running: false,
  done: 0,
};

/** Action makers. */
export const mergeActions = {
  added: (files: readonly File[]): MergeAction => ({ type: "added", files }),
  readStarted: (pass: number, ids: readonly number[]): MergeAction => ({
    type: "readStarted",
    pass,
    ids,
  }),
  readBatch: (pass: number, results: readonly ReadResult[]): MergeAction => ({
    type: "readBatch",
    pass,
    results,
  }),
  read: (pass: number, id: number, loaded: LoadedReturn): MergeAction => ({
    type: "readBatch",
    pass,
    results: [{ id, loaded }],
  }),
  passEnded: (pass: number): MergeAction => ({ type: "passEnded", pass }),
  readFailed: (pass: number): MergeAction => ({ type: "readFailed", pass }),
  campaignChanged: (): MergeAction => ({ type: "campaignChanged" }),
  cleared: (): MergeAction => ({ type: "cleared" }),
} as const;

/** A name not yet in `taken`: "bao-cao.xlsx", then "bao-cao (2).xlsx"… */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Name, size and time: the same file picked twice (browsers give no path). */
export const fileKey = (file: Pick<File, "name" | "size" | "lastModified">): string =>
  `${file.name}\u0000${file.size}\u0000${file.lastModified}`;

/** The pass that would start now: the next number, the queued ids; none if one runs. */
export function nextPass(state: MergeState): { pass: number; jobs: MergeEntry[] } | undefined {
  if (state.running || state.queued.length === 0) return undefined;
  const queued = new Set(state.queued);
  return { pass: state.pass + 1, jobs: state.entries.filter((entry) => queued.has(entry.id)) };
}

/** Whether results of `pass` still count (it is the running pass). */
export const isLive = (state: MergeState, pass: number): boolean =>
  state.running && state.pass === pass;

/** Whether `pass` was abandoned or ended: a later one started, or this one stopped. */
export const isOver = (state: MergeState, pass: number): boolean =>
  state.pass > pass || (state.pass === pass && !state.running);

/** Reading progress over everything pending; undefined when nothing is. */
export function progressOf(state: MergeState): { done: number; total: number } | undefined {
  const pending = state.queued.length + state.reading.length;
  return pending === 0 ? undefined : { done: state.done, total: state.done + pending };
}

/** Nothing pending: the count of results starts again for the next files. */
const settle = (state: MergeState): MergeState =>
  state.queued.length === 0 && state.reading.length === 0 ? { ...state, done: 0 } : state;

export function mergeReducer(state: MergeState, action: MergeAction): MergeState {
  switch (action.type) {
    case "added": {
      const taken = new Set(state.entries.map((entry) => entry.name));
      const seen = new Set(state.entries.map((entry) => fileKey(entry.file)));
      const added: MergeEntry[] = [];
      let nextId = state.nextId;
      for (const file of action.files) {
        const key = fileKey(file);
        if (seen.has(key)) continue;
        seen.add(key);
        const name = uniqueName(file.name, taken);
        taken.add(name);
        added.push({ id: nextId++, file, name });
      }
      if (added.length === 0) return state;
      return {
        ...state,
        entries: [...state.entries, ...added],
        nextId,
        queued: [...state.queued, ...added.map((entry) => entry.id)],
      };
    }
    case "readStarted": {
      if (state.running || action.pass <= state.pass) return state;
      const queued = new Set(state.queued);
      const ids = action.ids.filter((id) => queued.has(id));
      const taken = new Set(ids);
      return {
        ...state,
        pass: action.pass,
        running: true,
        queued: state.queued.filter((id) => !taken.has(id)),
        reading: ids,
      };
    }
    case "readBatch": {
      if (!isLive(state, action.pass)) return state;
      const reading = new Set(state.reading);
      const results = new Map<number, LoadedReturn>();
      for (const { id, loaded } of action.results) {
        if (reading.has(id)) results.set(id, loaded);
      }
      if (results.size === 0) return state;
      return {
        ...state,
        entries: state.entries.map((entry) =>
          results.has(entry.id) ? { ...entry, loaded: results.get(entry.id) } : entry
        ),
        reading: state.reading.filter((id) => !results.has(id)),
        done: state.done + results.size,
      };
    }
    case "passEnded": {
      if (!isLive(state, action.pass)) return state;
      // The reader said it was done; a file it never answered is not waited for forever.
      const unanswered = new Set(state.reading);
      return settle({
        ...state,
        running: false,
        reading: [],
        entries: markFailed(state.entries, unanswered, "unanswered"),
      });
    }
    case "readFailed": {
      if (!isLive(state, action.pass)) return state;
      // The reader itself broke: nothing pending will be read, so none is left "reading".
      const pending = new Set([...state.reading, ...state.queued]);
      return {
        ...state,
        running: false,
        reading: [],
        queued: [],
        done: 0,
        entries: markFailed(state.entries, pending, "readFailed"),
      };
    }
    case "campaignChanged":
      // Another roster means other unit matches: every file is read again.
      return {
        ...state,
        running: false,
        reading: [],
        queued: state.entries.map((entry) => entry.id),
        done: 0,
        entries: state.entries.map(({ id, file, name }) => ({ id, file, name })),
      };
    case "cleared":
      return { ...initialMergeState, nextId: state.nextId, pass: state.pass };
  }
}

function markFailed(
  entries: readonly MergeEntry[],
  ids: ReadonlySet<number>,
  failed: ReadFailure
): readonly MergeEntry[] {
  if (ids.size === 0) return entries;
  return entries.map((entry) =>
    ids.has(entry.id) && !entry.loaded ? { ...entry, failed } : entry
  );
}
