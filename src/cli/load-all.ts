/**
 * Reads many returns across the machine's cores. Each worker thread reads whole batches of
 * files and posts back their returns (small data, not workbooks), so no thread ever holds
 * more than a batch of files. The order of the answer is the order of the files.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Campaign, LoadedReturn } from "../core";
import { loadReturn } from "./returns";

export interface ReadBatch {
  /** Index of the batch's first file in the whole list. */
  readonly first: number;
  readonly files: readonly string[];
}

export interface ReadBatchResult {
  readonly first: number;
  readonly returns: readonly LoadedReturn[];
}

/**
 * Below this many files, reading in one thread is as fast: each worker starts (about
 * 0.1 s) and warms up its own compiled code, and two threads reading at once run about
 * 1.5x slower each on the 2-core benchmark machine. Measured there: 1,000 files read in
 * 1.0 s in one thread and 1.2 s in two workers; 3,000 in 2.7 s and 2.2 s; 10,000 in
 * 9.4 s and 6.5 s.
 */
export const MIN_FILES_FOR_WORKERS = 2000;
/** Files per message: large enough that messaging is cheap, small enough to balance. */
const BATCH_SIZE = 16;
/** Batches a worker holds at once, so it never waits for the main thread. */
const BATCHES_IN_FLIGHT = 2;
/** More threads than this gain nothing: the files are small and the merge is one thread. */
const MAX_WORKERS = 8;
/**
 * A worker's young generation, in MB. Reading makes short-lived garbage; V8's default lets
 * it grow to tens of megabytes per worker before collecting. 8 MB keeps two workers' peak
 * well under the 300 MB budget of a 10,000-return merge for no measurable loss of speed.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** The compiled worker; absent when the CLI runs from TypeScript source (tests). */
const WORKER_FILE = path.join(__dirname, "read-worker.js");

export interface LoadOptions {
  /**
   * Worker threads to use; by default the environment's `TONGHOP_READ_WORKERS` (for the
   * benchmark), else one per core, and none for few files.
   */
  readonly workers?: number;
}

/** How many workers to read `count` files with. */
export function workerCount(count: number, options: LoadOptions = {}): number {
  const wanted = options.workers ?? process.env.TONGHOP_READ_WORKERS;
  if (wanted !== undefined && wanted !== "") return Math.max(0, Math.floor(Number(wanted)) || 0);
  const cores = availableParallelism();
  if (count < MIN_FILES_FOR_WORKERS || cores < 2 || !existsSync(WORKER_FILE)) return 0;
  return Math.min(cores, MAX_WORKERS);
}

/** Reads every file into a return; a file that cannot be read is a rejected return. */
export async function loadAll(
  files: readonly string[],
  campaign: Campaign,
  options: LoadOptions = {}
): Promise<LoadedReturn[]> {
  const workers = workerCount(files.length, options);
  if (workers === 0) return files.map((file) => loadReturn(file, campaign));
  return loadInWorkers(files, campaign, workers);
}

function loadInWorkers(
  files: readonly string[],
  campaign: Campaign,
  count: number
): Promise<LoadedReturn[]> {
  const loaded: LoadedReturn[] = new Array(files.length);
  const batches: ReadBatch[] = [];
  for (let first = 0; first < files.length; first += BATCH_SIZE) {
    batches.push({ first, files: files.slice(first, first + BATCH_SIZE) });
  }
  let next = 0;
  let pending = batches.length;
  const pool: Worker[] = [];
  const stopAll = (): void => void Promise.all(pool.map((worker) => worker.terminate()));

  return new Promise<LoadedReturn[]>((resolve, reject) => {
    const fail = (error: unknown): void => {
      stopAll();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const send = (worker: Worker): void => {
      const batch = batches[next++];
      if (batch) worker.postMessage(batch);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER_FILE, {
        workerData: { campaign },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      pool.push(worker);
      worker.on("message", (result: ReadBatchResult) => {
        result.returns.forEach((value, i) => (loaded[result.first + i] = value));
        if (--pending === 0) {
          stopAll();
          resolve(loaded);
        } else send(worker);
      });
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (pending > 0) fail(new Error(`A read worker stopped (exit code ${code})`));
      });
      for (let k = 0; k < BATCHES_IN_FLIGHT; k++) send(worker);
    }
  });
}
