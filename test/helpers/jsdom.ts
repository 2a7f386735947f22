/**
 * What jsdom lacks and the pane uses: TextEncoder/TextDecoder (the reader), ResizeObserver
 * (Fluent UI) and URL.createObjectURL (downloads). Downloads are captured so tests can open the file.
 */
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";

// Reading real workbooks takes longer than testing-library's 1 s default on a busy 2-core CI.
configure({ asyncUtilTimeout: 20_000 });

Object.assign(globalThis, { TextDecoder, TextEncoder });

// The pane remembers the campaign and the language in localStorage, which jsdom keeps for
// the whole test file: every test starts from a browser that has never seen the page.
beforeEach(() => {
  window.localStorage.clear();
});

// jsdom does no layout, so nothing ever resizes; Fluent UI's MessageBar only needs the API.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export interface Download {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

/** Captures the files the pane downloads (anchor clicks on object URLs). */
export function captureDownloads(): { downloads: Download[]; restore: () => void } {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`download of an unknown URL ${this.href}`);
    const reader = new FileReader();
    reader.onload = () =>
      downloads.push({
        name: this.download,
        type: blob.type,
        bytes: new Uint8Array(reader.result as ArrayBuffer),
      });
    reader.readAsArrayBuffer(blob);
  });
  return {
    downloads,
    restore: () => {
      click.mockRestore();
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    },
  };
}
