/**
 * A Web Worker that reads returned files: the bytes of a File and the reader both stay off
 * the page's thread, and several workers read on several cores. Built as its own webpack
 * entry (`read-worker.js`); see `ReadPool`.
 */
import type { Campaign, LoadedReturn } from "../core";
import { rejectedReturn, returnFromBytes } from "../xlsx/returns/load-return";

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

async function read(request: ReadRequest): Promise<LoadedReturn> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.file.arrayBuffer());
  } catch {
    // The browser could not give us the bytes (file moved, permission).
    return rejectedReturn(request.name, "file_unreadable");
  }
  return returnFromBytes(
    bytes,
    { file: request.name, fallbackModified: request.file.lastModified },
    request.campaign
  );
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
};

scope.onmessage = (event) => {
  void read(event.data).then((loaded) => scope.postMessage({ id: event.data.id, loaded }));
};
