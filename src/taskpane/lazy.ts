/**
 * The chunks the pane loads on first use. webpack turns each `import()` into its own file;
 * the names below become the chunk names.
 */
export type WriterModule = typeof import("./writer");
export type ReaderModule = typeof import("./reader");

let writer: Promise<WriterModule> | undefined;
let reader: Promise<ReaderModule> | undefined;

export function loadWriter(): Promise<WriterModule> {
  writer ??= import(/* webpackChunkName: "xlsx-writer" */ "./writer");
  return writer;
}

export function loadReader(): Promise<ReaderModule> {
  reader ??= import(/* webpackChunkName: "xlsx-reader" */ "./reader");
  return reader;
}
