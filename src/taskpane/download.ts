import { PaneFailure } from "./failure";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Saves bytes as a file through the browser's download (the web page, outside Excel). A
 * browser that refuses (no object URLs, a sandbox without downloads) is a `download` failure.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = XLSX_TYPE): void {
  let url: string;
  try {
    // A copy typed over a plain ArrayBuffer, as Blob requires.
    const blob = new Blob([bytes.slice()], { type });
    url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
  } catch (error) {
    console.error("TổngHợp: download failed", error);
    throw new PaneFailure("download");
  }
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a Blob with FileReader, for browsers (and jsdom) without Blob.arrayBuffer. */
function readAs<T extends ArrayBuffer | string>(file: Blob, as: "buffer" | "text"): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    if (as === "buffer") reader.readAsArrayBuffer(file);
    else reader.readAsText(file);
  });
}

/** The bytes of a picked or dropped file. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  const buffer =
    typeof file.arrayBuffer === "function"
      ? await file.arrayBuffer()
      : await readAs<ArrayBuffer>(file, "buffer");
  return new Uint8Array(buffer);
}

/** The text of a picked file (UTF-8). */
export function fileText(file: Blob): Promise<string> {
  return typeof file.text === "function" ? file.text() : readAs<string>(file, "text");
}
