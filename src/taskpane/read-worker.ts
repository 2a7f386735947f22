/**
 * A Web Worker that reads returned files: the bytes of a File and the reader both stay off
 * the page's thread, and several workers read on several cores. Built as its own webpack
 * entry (`read-worker.js`); see `ReadPool`.
 */
import type { Campaign, LoadedReturn } from "../core";
import * as reader from "../xlsx/returns/load-return";
import { returnFromFile } from "./read-file";

/**
 * What the page sends: the campaign once per batch of files (its roster is the large part,
 * and the unit index built from it is kept while it stays the same), then each file.
 */
export type ReadRequest =
  | { readonly kind: "campaign"; readonly campaign: Campaign }
  | { readonly kind: "read"; readonly id: number; readonly file: File; readonly name: string };

export interface ReadResponse {
  readonly id: number;
  readonly loaded: LoadedReturn;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
};

let campaign: Campaign | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === "campaign") {
    campaign = request.campaign;
    return;
  }
  const { id, file, name } = request;
  if (!campaign) throw new Error("read worker: a file came before its campaign");
  void returnFromFile(reader, file, name, campaign).then(
    (loaded) => scope.postMessage({ id, loaded }),
    (error: unknown) => {
      // Thrown outside the promise, so it reaches the page as the worker's error event
      // (an unhandled rejection would not, and the pool would wait for ever).
      setTimeout(() => {
        throw error;
      });
    }
  );
};
