/**
 * A read worker of the CLI: reads the batches of files it is sent and posts back their
 * returns (see `load-all.ts`). Its own code is only this loop; errors are not caught here,
 * so a defect reaches the main thread as the worker's error event.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Campaign } from "../core";
import { loadReturn } from "./returns";
import type { ReadBatch, ReadBatchResult } from "./load-all";

const campaign = (workerData as { campaign: Campaign }).campaign;

parentPort?.on("message", (batch: ReadBatch) => {
  const result: ReadBatchResult = {
    first: batch.first,
    returns: batch.files.map((file) => loadReturn(file, campaign)),
  };
  parentPort?.postMessage(result);
});
