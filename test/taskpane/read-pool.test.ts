/**
 * The pane's pool of read workers, with each worker running the real worker script
 * (`read-worker.ts`) in a fake Worker: messages are cloned and delivered asynchronously as
 * a browser would. Checks what the chromium e2e test cannot see: the campaign is sent once
 * per batch, every file is answered once, cancelling stops the work, a worker's failure
 * reaches the page.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, type LoadedReturn } from "../../src/core";
import { workerPool, type ReadJob } from "../../src/taskpane/read-pool";
import type { ReadRequest } from "../../src/taskpane/read-worker";
import { returnFromBytes } from "../../src/xlsx/returns";

const EXAMPLES = path.join(__dirname, "../../examples/huong-thuy-2017");

interface WorkerScope {
  onmessage: ((event: { data: ReadRequest }) => void) | null;
  postMessage(message: unknown): void;
}

/** A Worker whose inside is the real read-worker module, loaded afresh for each worker. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  readonly received: ReadRequest[] = [];
  private readonly scope: WorkerScope;

  constructor(readonly script: string) {
    const scope: WorkerScope = {
      onmessage: null,
      postMessage: (message) =>
        setTimeout(() => this.onmessage?.({ data: structuredClone(message) })),
    };
    (globalThis as { self?: unknown }).self = scope;
    jest.isolateModules(() => require("../../src/taskpane/read-worker"));
    this.scope = scope;
    FakeWorker.made.push(this);
  }

  postMessage(message: ReadRequest): void {
    this.received.push(message);
    // Files cross to a worker as the same File; everything else is cloned.
    const data = message.kind === "read" ? message : structuredClone(message);
    setTimeout(() => {
      try {
        this.scope.onmessage?.({ data });
      } catch (error) {
        this.onerror?.({ message: (error as Error).message });
      }
    });
  }

  terminate(): void {}
}

const examples = readdirSync(EXAMPLES).sort();
const jobs: ReadJob[] = examples.map((name, id) => ({
  id,
  name,
  file: new File([readFileSync(path.join(EXAMPLES, name))], name, {
    lastModified: 1_500_000_000_000,
  }),
}));

beforeAll(() => {
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});
afterAll(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
  delete (globalThis as { self?: unknown }).self;
});
beforeEach(() => {
  FakeWorker.made = [];
});

describe("workerPool", () => {
  it("answers every file once, as the reader does on its own", async () => {
    const pool = workerPool(2, "read-worker.js");
    // Recorded, not checked inside the callback: a failed expect there would only stall the
    // pool until the test timed out.
    const answered: number[] = [];
    const answers = new Map<number, LoadedReturn>();
    await pool.readAll(
      jobs,
      HUONG_THUY_2017,
      (id, loaded) => {
        answered.push(id);
        answers.set(id, loaded);
      },
      () => false
    );
    // Each id once: a repeat would show twice and leave another out.
    expect([...answered].sort((a, b) => a - b)).toEqual(jobs.map((job) => job.id));
    for (const job of jobs) {
      const expected = returnFromBytes(
        readFileSync(path.join(EXAMPLES, job.name)),
        { file: job.name, fallbackModified: 1_500_000_000_000 },
        HUONG_THUY_2017
      );
      expect(answers.get(job.id)).toEqual(expected);
    }
    expect(FakeWorker.made.map((worker) => worker.script)).toEqual([
      "read-worker.js",
      "read-worker.js",
    ]);
    // Both workers took a share.
    for (const worker of FakeWorker.made) {
      expect(worker.received.filter((r) => r.kind === "read").length).toBeGreaterThan(0);
    }
  });

  it("sends the campaign once per batch to each worker, before its files", async () => {
    const pool = workerPool(2);
    await pool.readAll(
      jobs.slice(0, 5),
      HUONG_THUY_2017,
      () => undefined,
      () => false
    );
    await pool.readAll(
      jobs.slice(5),
      HUONG_THUY_2017,
      () => undefined,
      () => false
    );
    expect(FakeWorker.made).toHaveLength(2); // kept for the page's life
    for (const worker of FakeWorker.made) {
      const kinds = worker.received.map((request) => request.kind);
      expect(kinds.filter((kind) => kind === "campaign")).toHaveLength(2);
      expect(kinds[0]).toBe("campaign");
    }
  });

  it("stops sending files once cancelled, and settles", async () => {
    const pool = workerPool(1);
    let answered = 0;
    await pool.readAll(
      jobs,
      HUONG_THUY_2017,
      () => answered++,
      () => answered >= 2
    );
    const sent = FakeWorker.made[0]!.received.filter((request) => request.kind === "read");
    expect(answered).toBe(2);
    expect(sent.length).toBeLessThan(jobs.length);
  });

  it("rejects when a worker reports an error, instead of waiting for ever", async () => {
    const pool = workerPool(2);
    const run = pool.readAll(
      jobs,
      HUONG_THUY_2017,
      () => undefined,
      () => false
    );
    // What the browser does with an exception thrown inside a worker: an error event.
    FakeWorker.made[1]!.onerror?.({ message: "boom in the reader" });
    await expect(run).rejects.toThrow("boom in the reader");
  });

  it("fails inside the worker when a file comes before its campaign", async () => {
    const worker = new FakeWorker("read-worker.js");
    const failures: string[] = [];
    worker.onerror = (event) => failures.push(event.message);
    worker.postMessage({ kind: "read", id: 1, file: jobs[0]!.file, name: "x" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failures).toEqual(["read worker: a file came before its campaign"]);
  });
});
