/**
 * The pane's pool of read workers, with each worker running the real worker script
 * (`read-worker.ts`) in a fake Worker: messages are cloned and delivered asynchronously as
 * a browser would. Checks what the chromium e2e test cannot see: the campaign is sent once
 * per batch, every file is answered once, cancelling stops the work, and workers that fail
 * (script not loaded, constructor refused, crash mid-read, unreadable answer) leave their
 * files to the page's thread, each read once.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, type Campaign, type LoadedReturn } from "../../src/core";
import { PaneFailure } from "../../src/taskpane/failure";
import * as lazy from "../../src/taskpane/lazy";
import { workerPool, type ReadJob, type WorkerReadPool } from "../../src/taskpane/read-pool";
import type { ReadRequest } from "../../src/taskpane/read-worker";
import { returnFromBytes } from "../../src/xlsx/returns";

const EXAMPLES = path.join(__dirname, "../../examples/huong-thuy-2017");
const MODIFIED = 1_500_000_000_000;

interface WorkerScope {
  onmessage: ((event: { data: ReadRequest }) => void) | null;
  postMessage(message: unknown): void;
}

/** What a Worker's `error` event carries: a message for a runtime error, none for a 404. */
interface FakeErrorEvent {
  readonly message?: string;
  preventDefault(): void;
}

function errorEvent(message?: string): FakeErrorEvent {
  return { message, preventDefault: () => undefined };
}

/**
 * A Worker whose inside is the real read-worker module, loaded afresh for each worker. The
 * statics say how the next workers behave: `scriptLoads` false is a script that did not
 * load (an error event with no message, nothing ever answered), `refuseAfter` makes the
 * constructor throw once that many workers were made.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  static scriptLoads = true;
  static refuseAfter = Infinity;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: FakeErrorEvent) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  readonly received: ReadRequest[] = [];
  terminated = false;
  private readonly scope: WorkerScope | undefined;

  constructor(readonly script: string) {
    if (FakeWorker.made.length >= FakeWorker.refuseAfter) {
      throw new DOMException("Failed to construct 'Worker'", "SecurityError");
    }
    FakeWorker.made.push(this);
    if (!FakeWorker.scriptLoads) {
      setTimeout(() => this.onerror?.(errorEvent()));
      return;
    }
    const scope: WorkerScope = {
      onmessage: null,
      postMessage: (message) =>
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data: structuredClone(message) });
        }),
    };
    (globalThis as { self?: unknown }).self = scope;
    jest.isolateModules(() => require("../../src/taskpane/read-worker"));
    this.scope = scope;
  }

  postMessage(message: ReadRequest): void {
    this.received.push(message);
    // Files cross to a worker as the same File; everything else is cloned.
    const data = message.kind === "read" ? message : structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      try {
        this.scope?.onmessage?.({ data });
      } catch (error) {
        this.onerror?.(errorEvent((error as Error).message));
      }
    });
  }

  /** The worker dies as a crash would: an error event, then nothing more from it. */
  crash(message: string): void {
    this.onerror?.(errorEvent(message));
    this.terminated = true;
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The names of the files this worker was asked to read. */
  readNames(): string[] {
    return this.received.flatMap((request) => (request.kind === "read" ? [request.name] : []));
  }
}

const examples = readdirSync(EXAMPLES).sort();
const jobs: ReadJob[] = examples.map((name, id) => ({
  id,
  name,
  file: new File([readFileSync(path.join(EXAMPLES, name))], name, { lastModified: MODIFIED }),
}));

/** What reading `job` gives, straight from its bytes. */
function expectedReturn(job: ReadJob, campaign: Campaign = HUONG_THUY_2017): LoadedReturn {
  return returnFromBytes(
    readFileSync(path.join(EXAMPLES, job.name)),
    { file: job.name, fallbackModified: MODIFIED },
    campaign
  );
}

const unitOf = (loaded: LoadedReturn | undefined) =>
  loaded?.kind === "read" ? loaded.data.unitName : loaded?.kind;

/** The ids answered, in order, and the answers; recorded, not checked inside the callback. */
interface Answers {
  readonly ids: number[];
  readonly byId: Map<number, LoadedReturn>;
  readonly onRead: (id: number, loaded: LoadedReturn) => void;
}

function answers(): Answers {
  const ids: number[] = [];
  const byId = new Map<number, LoadedReturn>();
  return {
    ids,
    byId,
    onRead: (id, loaded) => {
      ids.push(id);
      byId.set(id, loaded);
    },
  };
}

const sorted = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);

/** Each job answered once (a repeat would show twice and leave another out), as read alone. */
function expectEveryJobAnsweredOnce(
  got: Answers,
  expected: readonly ReadJob[],
  campaign = HUONG_THUY_2017
) {
  expect(sorted(got.ids)).toEqual(expected.map((job) => job.id));
  for (const job of expected) expect(got.byId.get(job.id)).toEqual(expectedReturn(job, campaign));
}

let warn: jest.SpyInstance;
beforeAll(() => {
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});
afterAll(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
  delete (globalThis as { self?: unknown }).self;
});
beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.scriptLoads = true;
  FakeWorker.refuseAfter = Infinity;
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe("workerPool", () => {
  it("answers every file once, as the reader does on its own", async () => {
    const pool = workerPool(2, "read-worker.js");
    const got = answers();
    await pool.readAll(jobs, HUONG_THUY_2017, got.onRead, () => false);
    expectEveryJobAnsweredOnce(got, jobs);
    expect(FakeWorker.made.map((worker) => worker.script)).toEqual([
      "read-worker.js",
      "read-worker.js",
    ]);
    // Both workers took a share.
    for (const worker of FakeWorker.made) expect(worker.readNames().length).toBeGreaterThan(0);
    expect(pool.mode).toBe("workers");
    expect(warn).not.toHaveBeenCalled();
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
    expect(answered).toBe(2);
    expect(FakeWorker.made[0]!.readNames().length).toBeLessThan(jobs.length);
  });

  it("does not take a cancelled pass's late answer for the next pass's file", async () => {
    // A new roster reads the same files again, under the same ids, while the files of the
    // old pass are still being read in the worker.
    const pool = workerPool(1);
    const newRoster: Campaign = { ...HUONG_THUY_2017, units: HUONG_THUY_2017.units.slice(0, 1) };
    let answered = 0;
    await pool.readAll(
      jobs,
      HUONG_THUY_2017,
      () => answered++,
      () => answered >= 1
    );
    const again = answers();
    await pool.readAll(jobs, newRoster, again.onRead, () => false);
    // The test means something only if the roster changes what the files in flight give.
    const inFlight = jobs.slice(1, 4);
    expect(inFlight.map((job) => expectedReturn(job, newRoster))).not.toEqual(
      inFlight.map((job) => expectedReturn(job))
    );
    expectEveryJobAnsweredOnce(again, jobs, newRoster);
  });

  it("reads every file on the page when the worker script does not load", async () => {
    FakeWorker.scriptLoads = false;
    const pool = workerPool(2);
    const got = answers();
    await pool.readAll(jobs, HUONG_THUY_2017, got.onRead, () => false);
    expectEveryJobAnsweredOnce(got, jobs);
    // Read on the page, one after the other, in the order given.
    expect(got.ids).toEqual(jobs.map((job) => job.id));
    expect(jobs.map((job) => [job.name, unitOf(got.byId.get(job.id))])).toEqual(
      jobs.map((job) => [job.name, unitOf(expectedReturn(job))])
    );
    expect(unitOf(got.byId.get(examples.indexOf("mau2-phuong-phu-bai.xlsx")))).toBe(
      "Phường Phú Bài"
    );
    expect(pool.mode).toBe("page");
    expect(FakeWorker.made.map((worker) => worker.terminated)).toEqual([true, true]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain("did not start");
  });

  it("reads on the page what a worker that failed mid-read left, each file once", async () => {
    const pool = workerPool(1);
    const worker = () => FakeWorker.made[0]!;
    const got = answers();
    let byWorker: number[] = [];
    await pool.readAll(
      jobs,
      HUONG_THUY_2017,
      (id, loaded) => {
        got.onRead(id, loaded);
        if (got.ids.length === 3) {
          byWorker = [...got.ids];
          setTimeout(() => worker().crash("boom in the reader"));
        }
      },
      () => false
    );
    expectEveryJobAnsweredOnce(got, jobs);
    expect(got.ids.slice(0, 3)).toEqual(byWorker);
    // Files the dead worker had been given but not answered were read again, on the page.
    const lost = worker()
      .readNames()
      .filter((name) => !byWorker.includes(examples.indexOf(name)));
    expect(lost.length).toBeGreaterThan(0);
    const afterCrash = got.ids.slice(3).map((id) => jobs[id]!.name);
    expect(afterCrash.slice(0, lost.length)).toEqual(lost);
    expect(pool.mode).toBe("page");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain("boom in the reader");
  });

  it("reads on the page when a worker's answer cannot be read (messageerror)", async () => {
    const pool = workerPool(2);
    const got = answers();
    await pool.readAll(
      jobs,
      HUONG_THUY_2017,
      (id, loaded) => {
        got.onRead(id, loaded);
        if (got.ids.length === 1) setTimeout(() => FakeWorker.made[1]!.onmessageerror?.({}));
      },
      () => false
    );
    expectEveryJobAnsweredOnce(got, jobs);
    expect(pool.mode).toBe("page");
    expect(FakeWorker.made.map((worker) => worker.terminated)).toEqual([true, true]);
  });

  it("reads on the page when the Worker constructor throws, leaving none running", async () => {
    FakeWorker.refuseAfter = 1; // the first is made, the second refused
    const pool = workerPool(2);
    const got = answers();
    await pool.readAll(jobs, HUONG_THUY_2017, got.onRead, () => false);
    expectEveryJobAnsweredOnce(got, jobs);
    expect(pool.mode).toBe("page");
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(FakeWorker.made[0]!.readNames()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![1]).toMatchObject({ name: "SecurityError" });
  });

  it("reads later passes straight on the page, without trying the workers again", async () => {
    FakeWorker.scriptLoads = false;
    const pool: WorkerReadPool = workerPool(2);
    await pool.readAll(
      jobs.slice(0, 2),
      HUONG_THUY_2017,
      () => undefined,
      () => false
    );
    FakeWorker.scriptLoads = true;
    const got = answers();
    await pool.readAll(jobs.slice(2), HUONG_THUY_2017, got.onRead, () => false);
    expectEveryJobAnsweredOnce(got, jobs.slice(2));
    expect(FakeWorker.made).toHaveLength(2); // the two broken ones, no new ones
    // Only the first pass's files were ever handed to them.
    const handed = FakeWorker.made.flatMap((worker) => worker.readNames());
    expect(handed.sort()).toEqual(jobs.slice(0, 2).map((job) => job.name));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("stops reading on the page once cancelled, and settles", async () => {
    FakeWorker.scriptLoads = false;
    const pool = workerPool(2);
    const got = answers();
    await pool.readAll(jobs, HUONG_THUY_2017, got.onRead, () => got.ids.length >= 2);
    expect(got.ids).toEqual([0, 1]);
    expect(got.byId.get(1)).toEqual(expectedReturn(jobs[1]!));
  });

  it("rejects with the page's failure when reading on the page fails too", async () => {
    FakeWorker.scriptLoads = false;
    // The reader's chunk did not load either (a deployment replaced every file).
    jest.spyOn(lazy, "loadReader").mockRejectedValue(new PaneFailure("chunk"));
    const pool = workerPool(2);
    const got = answers();
    const run = pool.readAll(jobs, HUONG_THUY_2017, got.onRead, () => false);
    await expect(run).rejects.toMatchObject({ name: "PaneFailure", kind: "chunk" });
    expect(got.ids).toEqual([]);
  });

  it("fails inside the worker when a file comes before its campaign", async () => {
    const worker = new FakeWorker("read-worker.js");
    const failures: (string | undefined)[] = [];
    worker.onerror = (event) => failures.push(event.message);
    worker.postMessage({ kind: "read", id: 1, file: jobs[0]!.file, name: "x" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failures).toEqual(["read worker: a file came before its campaign"]);
  });
});
