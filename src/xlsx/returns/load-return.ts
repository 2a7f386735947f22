/**
 * One returned file's bytes → a return the core can merge. Shared by the CLI (bytes from
 * disk) and the task pane (bytes from a dropped file); neither touches the file itself.
 */
import {
  toFinding,
  type Campaign,
  type CodedParams,
  type FindingCode,
  type LoadedReturn,
  type ReturnData,
} from "../../core";
import { readWorkbook, type ReadWorkbookOptions } from "../read";
import { crc32 } from "../zip-writer";
import { extractReturns } from "./extract-return";

export interface ReturnSource {
  /** The file's name or path, as findings and reports show it. */
  readonly file: string;
  /**
   * When the file last changed on this computer (ms since the epoch); used only when the
   * workbook carries no last-modified property of its own.
   */
  readonly fallbackModified?: number;
}

/**
 * Reads one return. The unit's own "last modified" (the workbook's document property, set
 * when the unit saved it) is preferred to the file's time here, which is only when the
 * office downloaded the attachment.
 *
 * `digest` fingerprints the bytes (see `fileDigest`); the CLI passes Node's native hash.
 *
 * @example returnFromBytes(bytes, { file: "mau2-phu-bai.xlsx" }, HUONG_THUY_2017)
 */
export function returnFromBytes(
  bytes: Uint8Array | ArrayBuffer,
  source: ReturnSource,
  campaign: Campaign,
  readOptions: ReadWorkbookOptions = {},
  digest: (bytes: Uint8Array) => string = fileDigest
): LoadedReturn {
  const { file, fallbackModified } = source;
  const result = readWorkbook(bytes, readOptions);
  if (!result.ok) {
    return rejectedReturn(file, result.rejection, fallbackModified);
  }
  const modified = result.workbook.modified?.getTime() ?? fallbackModified;
  const [data, ...others] = extractReturns(result.workbook, {
    file,
    ...(modified !== undefined ? { modified } : {}),
    roster: campaign.units,
    digest: digest(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)),
  }) as [ReturnData, ...ReturnData[]];
  return others.length > 0 ? { kind: "read", data, others } : { kind: "read", data };
}

/**
 * A fingerprint of a file's bytes, for telling byte-identical copies apart from files that
 * only look alike: its length, CRC-32 and FNV-1a (64 bits together, so thousands of returns
 * do not collide by chance).
 *
 * @example fileDigest(bytes) // '5123-9a3c0f1e-2b7d44c1'
 */
export function fileDigest(bytes: Uint8Array): string {
  let fnv = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) fnv = Math.imul(fnv ^ (bytes[i] as number), 0x01000193);
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");
  return `${bytes.length}-${hex(crc32(bytes))}-${hex(fnv)}`;
}

/**
 * A file that could not be read at all, with the one error that says why.
 *
 * @example rejectedReturn("mau2-phuong-phu-bai.xlsx", { code: "file_unreadable" })
 */
export function rejectedReturn(
  file: string,
  why: CodedParams<FindingCode>,
  modified?: number
): LoadedReturn {
  return {
    kind: "rejected",
    file,
    ...(modified !== undefined ? { modified } : {}),
    findings: [toFinding(why, "error", { file })],
  };
}
