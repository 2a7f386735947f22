/**
 * Reads returned files for the merge list: in Web Workers where the browser has them (one
 * per core, at most four), on the page's thread otherwise (jsdom, very old webviews).
 * Results come back in any order, each with the id it was asked with.
 */
import type { Campaign, LoadedReturn } from "../core";
import { fileBytes } from "./download";
import { PaneFailure } from "./failure";
import { loadReader } from "./lazy";
import { returnFromFile } from "./read-file";
import type { ReadRequest, ReadResponse } from "./read-worker";

export interface ReadJob {
  readonly id: number;
  readonly file: File;
  readonly name: string;
}

/** The worker script, emitted by webpack beside taskpane.html. */
export const WORKER_SCRIPT = "read-worker.js";
/** Files handed to each worker before its first answer; keeps every core busy. */
const IN_FLIGHT_PER_WORKER = 4;

export interface ReadPool {
  /**
   * Reads the jobs, calling `onRead` for each as it is done; resolves when all are done or
   * `cancelled()` turns true.
   */
  readAll(
    jobs: readonly ReadJob[],
    campaign: Campaign,
    onRead: (id: number, loaded: LoadedReturn) => void,
    cancelled: () => boolean
  ): Promise<void>;
}

/** Reads on the page's thread, asking for the next files' bytes while one is parsed. */
export const inPageReader: ReadPool = {
  async readAll(jobs, campaign, onRead, cancelled) {
    const reader = await loadReader();
    const ahead: (Promise<Uint8Array> | undefined)[] = [];
    const request = (i: number) => {
      if (i >= jobs.length || ahead[i]) return;
      const bytes = fileBytes(jobs[i]!.file);
      bytes.catch(() => undefined); // handled where it is awaited
      ahead[i] = bytes;
    };
    for (const [i, job] of jobs.entries()) {
      for (let k = i; k < i + 8; k++) request(k);
      const loaded = await returnFromFile(reader, job.file, job.name, campaign, ahead[i]);
      ahead[i] = undefined;
      if (cancelled()) return;
      onRead(job.id, loaded);
    }
  },
};

/** A pool of workers, made on first use and kept for the page's life. */
export function workerPool(size: number, script = WORKER_SCRIPT): ReadPool {
  let workers: Worker[] | undefined;
  return {
    readAll(jobs, campaign, onRead, cancelled) {
      workers ??= Array.from({ length: size }, () => new Worker(script));
      const pool = workers;
      return new Promise<void>((resolve, reject) => {
        let next = 0;
        let finished = 0;
        const send = (worker: Worker) => {
          if (next >= jobs.length || cancelled()) return;
          const job = jobs[next++]!;
          const request: ReadRequest = { kind: "read", id: job.id, file: job.file, name: job.name };
          worker.postMessage(request);
        };
        const stop = () => {
          for (const worker of pool) {
            worker.onmessage = null;
            worker.onerror = null;
          }
        };
        for (const worker of pool) {
          worker.onmessage = (event: MessageEvent<ReadResponse>) => {
            if (cancelled()) {
              stop();
              resolve();
              return;
            }
            onRead(event.data.id, event.data.loaded);
            finished++;
            if (finished === jobs.length) {
              stop();
              resolve();
            } else send(worker);
          };
          worker.onerror = (event) => {
            stop();
            // Worker failures are programming errors: show them, do not hide them.
            reject(new PaneFailure("worker", event.message || "read worker failed"));
          };
          // Once per batch: cloning the roster with every file would cost more than reading it.
          const setCampaign: ReadRequest = { kind: "campaign", campaign };
          worker.postMessage(setCampaign);
          for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) send(worker);
        }
        if (jobs.length === 0) resolve();
      });
    },
  };
}

/** The reader this browser can have. */
export function defaultReadPool(): ReadPool {
  if (typeof Worker === "undefined") return inPageReader;
  const cores = typeof navigator !== "undefined" ? navigator.hardwareConcurrency || 2 : 2;
  return workerPool(Math.max(1, Math.min(4, cores)));
}
