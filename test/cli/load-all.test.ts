/**
 * Reading across worker threads gives what reading in one thread gives, in file order, and
 * a defect in a worker fails the load rather than hanging it. Workers run the compiled CLI
 * (dist/node, built by `npm test` and by `npm ci`), as `bin/tonghop.js` does.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Campaign } from "../../src/core";
import type * as LoadAll from "../../src/cli/load-all";
import { generateReturns } from "../../bench/generate";
import { makeTempDir } from "../helpers/temp";

const COMPILED = path.join(__dirname, "../../dist/node/cli/load-all.js");

describe("loadAll", () => {
  let compiled: typeof LoadAll;
  let files: string[];
  let campaign: Campaign;

  beforeAll(async () => {
    if (!existsSync(COMPILED)) {
      throw new Error(`${COMPILED} is missing: run "npm run build:cli" (npm test does).`);
    }
    compiled = require(COMPILED) as typeof LoadAll;
    const dir = makeTempDir("load-all");
    const set = await generateReturns(dir, 150, { seed: 7 });
    files = set.files;
    campaign = set.campaign;
  });

  it("reads in workers exactly what one thread reads, in the order of the files", async () => {
    const inThread = await compiled.loadAll(files, campaign, { workers: 0 });
    const inWorkers = await compiled.loadAll(files, campaign, { workers: 2 });
    expect(inWorkers).toHaveLength(files.length);
    expect(inWorkers).toEqual(inThread);
    expect(inThread.filter((loaded) => loaded.kind === "rejected").length).toBeGreaterThan(0);
  });

  it("uses workers for many files and none for a few", () => {
    expect(compiled.workerCount(10)).toBe(0);
    expect(compiled.workerCount(1000)).toBe(0);
    expect(compiled.workerCount(10_000)).toBeGreaterThan(0);
    expect(compiled.workerCount(1000, { workers: 0 })).toBe(0);
  });

  it("fails the load when a worker meets a defect, instead of waiting for ever", async () => {
    const broken = { ...campaign, units: null } as unknown as Campaign;
    await expect(compiled.loadAll(files.slice(0, 40), broken, { workers: 2 })).rejects.toThrow();
  });
});
