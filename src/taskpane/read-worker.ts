/**
 * A Web Worker that reads returned files: the bytes of a File and the reader both stay off
 * the page's thread, and several workers read on several cores. Built as its own webpack
 * entry (`read-worker.js`); see `ReadPool`.
 */
import type { Campaign, LoadedReturn } from "../core";
import * as reader from "../xlsx/returns/load-return";
import { returnFromFile } from "./read-file";

export interface ReadRequest {
  readonly id: number;
  readonly file: File;
  readonly name: string;
  readonly campaign: Campaign;
}

export interface ReadResponse {
  readonly id: number;
  readonly loaded: LoadedReturn;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
};

scope.onmessage = (event) => {
  const { id, file, name, campaign } = event.data;
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
