/**
 * The chunks the pane loads on first use. webpack turns each `import()` into its own file;
 * the names below become the chunk names. A chunk that fails to load (the network, or a
 * deployment that replaced the files) is a `chunk` failure, and is asked for again next time.
 */
import { PaneFailure } from "./failure";

export type WriterModule = typeof import("./writer");
export type ReaderModule = typeof import("./reader");

let writer: Promise<WriterModule> | undefined;
let reader: Promise<ReaderModule> | undefined;

function chunk<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  return load().catch((error: unknown) => {
    forget();
    console.error("TổngHợp: a chunk did not load", error);
    throw new PaneFailure("chunk");
  });
}

export function loadWriter(): Promise<WriterModule> {
  writer ??= chunk(
    () => import(/* webpackChunkName: "xlsx-writer" */ "./writer"),
    () => (writer = undefined)
  );
  return writer;
}

export function loadReader(): Promise<ReaderModule> {
  reader ??= chunk(
    () => import(/* webpackChunkName: "xlsx-reader" */ "./reader"),
    () => (reader = undefined)
  );
  return reader;
}
