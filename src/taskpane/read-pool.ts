/**
 * Reads returned files for the merge list: in Web Workers where the browser has them (one
 * per core, at most four), on the page's thread otherwise (jsdom, very old webviews) or
 * once the workers failed. Results come back in any order, each with the id it was asked
 * with, each once.
 */
import type { Campaign, LoadedReturn } from "../core";
import { fileBytes } from "./download";
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
/** The element holding the worker's code in the one-file page (dist/TongHop.html). */
export const INLINE_WORKER_ID = "tonghop-read-worker";

/**
 * Where the workers' code is: beside the page, or inside it (the one-file TongHop.html
 * opened from a folder, where a worker from a file:// address is refused): then a Blob URL
 * of that code.
 */
export function workerScript(doc: Document | undefined = globalThis.document): string {
  const inline = doc?.getElementById(INLINE_WORKER_ID)?.textContent;
  if (!inline) return WORKER_SCRIPT;
  return URL.createObjectURL(new Blob([inline], { type: "text/javascript" }));
}
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

/** Where a pool reads: in its workers, or on the page's thread since they failed. */
export type ReadMode = "workers" | "page";

/** A pool of read workers that falls back to the page's thread when they fail. */
export interface WorkerReadPool extends ReadPool {
  /** "page" once the workers failed; it stays so for the page's life (for diagnostics). */
  readonly mode: ReadMode;
}

/** What the workers' events are routed to while a pass reads in them. */
interface WorkerPass {
  answer(worker: Worker, response: ReadResponse): void;
  /** The workers broke: ends the pass, leaving what they did not answer. */
  fail(): void;
}

/**
 * The workers themselves, made together. Requests are numbered across passes, so an answer
 * still on its way from a cancelled pass is not taken for one of the next pass's files (a
 * new campaign reads the same files again, under the same ids).
 */
class WorkerCrew {
  private readonly workers: Worker[] = [];
  private pass: WorkerPass | undefined;
  private lastRequest = 0;
  private answeredAny = false;
  private broken = false;

  /** Throws what `new Worker` threw (e.g. a SecurityError on file://), none left running. */
  constructor(
    size: number,
    script: string,
    private readonly onBroken: (why: string, detail: unknown) => void
  ) {
    try {
      // At least one: a crew of none would never answer.
      for (let i = 0; i < Math.max(1, size); i++) this.workers.push(this.hire(script));
    } catch (error) {
      this.dismiss();
      throw error;
    }
  }

  /**
   * Reads the jobs in the workers. Resolves with the jobs left unanswered when the workers
   * broke during the pass, with none when all were read or the pass was cancelled.
   */
  read(
    jobs: readonly ReadJob[],
    campaign: Campaign,
    onRead: (id: number, loaded: LoadedReturn) => void,
    cancelled: () => boolean
  ): Promise<readonly ReadJob[]> {
    return new Promise((resolve) => {
      const waiting = new Map<number, ReadJob>();
      const answered = new Set<ReadJob>();
      let next = 0;
      const settle = (left: readonly ReadJob[]) => {
        if (this.pass === pass) this.pass = undefined;
        resolve(left);
      };
      const send = (worker: Worker) => {
        if (next >= jobs.length || cancelled()) return;
        const job = jobs[next++]!;
        const id = ++this.lastRequest;
        waiting.set(id, job);
        this.post(worker, { kind: "read", id, file: job.file, name: job.name });
      };
      const pass: WorkerPass = {
        answer: (worker, response) => {
          const job = waiting.get(response.id);
          if (!job) return; // for a pass that was cancelled
          waiting.delete(response.id);
          if (cancelled()) return settle([]);
          answered.add(job);
          onRead(job.id, response.loaded);
          if (this.pass !== pass) return;
          if (waiting.size === 0 && next >= jobs.length) settle([]);
          else send(worker);
        },
        fail: () => settle(jobs.filter((job) => !answered.has(job))),
      };
      this.pass = pass;
      for (const worker of this.workers) {
        // Once per batch: cloning the roster with every file would cost more than reading it.
        this.post(worker, { kind: "campaign", campaign });
        for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) send(worker);
        if (this.pass !== pass) return; // a post failed: the pass is over
      }
    });
  }

  /** Ends the workers and forgets their events; what they still send is dropped. */
  dismiss(): void {
    for (const worker of this.workers) {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    }
  }

  private hire(script: string): Worker {
    const worker = new Worker(script);
    worker.onmessage = (event: MessageEvent<ReadResponse>) => {
      this.answeredAny = true;
      this.pass?.answer(worker, event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here (the page reads instead) and logged by `break`; not the page's error.
      event.preventDefault();
      // A script that did not load (404, blocked) fires a bare Event, with no message.
      const started = this.answeredAny ? "stopped" : "did not start";
      this.break(event.message ? `failed: ${event.message}` : started, event);
    };
    worker.onmessageerror = (event) => this.break("sent an answer that could not be read", event);
    return worker;
  }

  private post(worker: Worker, request: ReadRequest): void {
    if (this.broken) return;
    try {
      worker.postMessage(request);
    } catch (error) {
      this.break("could not be sent a file", error);
    }
  }

  /** Once: the workers are ended, the pass that was reading in them gets what is left. */
  private break(why: string, detail: unknown): void {
    if (this.broken) return;
    this.broken = true;
    const pass = this.pass;
    this.pass = undefined;
    this.dismiss();
    this.onBroken(why, detail);
    pass?.fail();
  }
}

/**
 * A pool of `size` workers running `script`, made on first use and kept for the page's life.
 * When they cannot be made, their script does not load (404, a proxy, a CSP, a webview
 * without workers) or one fails, the files they have not answered are read on the page
 * (`inPageReader`), and so is every later pass. `readAll` rejects only when that fails too.
 */
export function workerPool(size: number, script = WORKER_SCRIPT): WorkerReadPool {
  let crew: WorkerCrew | undefined;
  let mode: ReadMode = "workers";
  const fallBack = (why: string, detail: unknown) => {
    mode = "page";
    crew = undefined;
    // For whoever supports the office; the clerk's files are read all the same.
    console.warn(`TổngHợp: the read workers ${why}; files are read on the page instead`, detail);
  };
  const ready = (): WorkerCrew | undefined => {
    try {
      crew ??= new WorkerCrew(size, script, fallBack);
    } catch (error) {
      fallBack("could not be made", error);
    }
    return crew;
  };
  return {
    get mode() {
      return mode;
    },
    async readAll(jobs, campaign, onRead, cancelled) {
      if (jobs.length === 0) return;
      const workers = mode === "workers" ? ready() : undefined;
      const left = workers ? await workers.read(jobs, campaign, onRead, cancelled) : jobs;
      if (left.length === 0 || cancelled()) return;
      await inPageReader.readAll(left, campaign, onRead, cancelled);
    },
  };
}

/** The reader this browser can have. */
export function defaultReadPool(): ReadPool {
  if (typeof Worker === "undefined") return inPageReader;
  const cores = typeof navigator !== "undefined" ? navigator.hardwareConcurrency || 2 : 2;
  return workerPool(Math.max(1, Math.min(4, cores)), workerScript());
}
