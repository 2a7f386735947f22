/**
 * Files on disk → returns the core can merge. The only place the CLI touches return files;
 * input files are opened read-only and never written.
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import type { Campaign, LoadedReturn, MergeResult } from "../core";
import { describeFinding, type Catalogue } from "../messages";
import { MAX_FILE_BYTES } from "../xlsx/read";
import { rejectedReturn, returnFromBytes } from "../xlsx/returns";
import { zlibInflate } from "./zlib";

/**
 * Reads one return from disk; the file's time here is the fallback for its modified time.
 * Synchronous: the CLI has nothing else to do meanwhile, and one open, stat and read of a
 * small file costs a fraction of the promise round trips (this runs in read workers).
 */
export function loadReturn(file: string, campaign: Campaign): LoadedReturn {
  let bytes: Uint8Array;
  let diskTime: number;
  try {
    const fd = openSync(file, "r");
    try {
      const info = fstatSync(fd);
      diskTime = info.mtimeMs;
      // Refused before reading: a huge file never comes into memory.
      if (info.size > MAX_FILE_BYTES) {
        return rejectedReturn(file, {
          code: "too_large",
          params: { limit: "file_bytes", max: MAX_FILE_BYTES },
        });
      }
      const content = readFileSync(fd);
      bytes = new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    } finally {
      closeSync(fd);
    }
  } catch {
    return rejectedReturn(file, { code: "file_unreadable" });
  }
  return returnFromBytes(
    bytes,
    { file, fallbackModified: diskTime },
    campaign,
    { inflate: zlibInflate },
    nativeDigest
  );
}

/** SHA-1 of a file's bytes, natively: a tenth of the JavaScript fingerprint's time. */
function nativeDigest(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** The JSON report of BRIEF.md ("CLI contract"), with every message rendered. */
export function toReport(result: MergeResult, catalogue: Catalogue): unknown {
  return {
    campaign: result.campaignId,
    totals: result.totals,
    units: result.units.map((unit) => ({
      name: unit.name,
      files: unit.files,
      onRoster: unit.onRoster,
    })),
    files: result.files.map((file) => ({
      path: file.path,
      status: file.status,
      unit: file.unit ?? "",
      ...(file.unit !== undefined ? { onRoster: file.onRoster ?? true } : {}),
      forms: file.forms,
      issues: file.findings.map((finding) => ({
        severity: finding.severity,
        code: finding.code,
        sheet: finding.at.sheet ?? "",
        cell: finding.at.cell ?? "",
        indicator: finding.indicator ?? "",
        message: describeFinding(catalogue, finding),
      })),
    })),
    schedule: { rows: result.schedule.length, entries: result.schedule },
    missing: result.missing,
    leftOut: result.leftOut,
    submissions: result.submissions,
  };
}
