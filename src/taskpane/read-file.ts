/**
 * One picked or dropped file → a return, the same way wherever it runs (the page's thread,
 * a read worker, Kiểm tra). The file is only read.
 */
import type { Campaign, LoadedReturn } from "../core";
import type { rejectedReturn, returnFromBytes } from "../xlsx/returns/load-return";
import { fileBytes } from "./download";

export interface ReturnReader {
  readonly returnFromBytes: typeof returnFromBytes;
  readonly rejectedReturn: typeof rejectedReturn;
}

/**
 * Reads `file` as the return named `name`. `bytes` may be asked for earlier (read-ahead);
 * bytes the browser cannot give (file moved, permission) make a rejected return.
 */
export async function returnFromFile(
  reader: ReturnReader,
  file: File,
  name: string,
  campaign: Campaign,
  bytes: Promise<Uint8Array> = fileBytes(file)
): Promise<LoadedReturn> {
  let content: Uint8Array;
  try {
    content = await bytes;
  } catch {
    return reader.rejectedReturn(name, { code: "file_unreadable" });
  }
  return reader.returnFromBytes(
    content,
    { file: name, fallbackModified: file.lastModified },
    campaign
  );
}
