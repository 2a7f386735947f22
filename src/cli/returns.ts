/**
 * Files on disk → returns the core can merge. The only place the CLI touches return files;
 * input files are opened read-only and never written.
 */
import { readFile, stat } from "node:fs/promises";
import type { Campaign, LoadedReturn, MergeResult } from "../core";
import { describeFinding, type Catalogue } from "../messages";
import { rejectedReturn, returnFromBytes } from "../xlsx/returns";

/** Reads one return from disk; the file's time here is the fallback for its modified time. */
export async function loadReturn(file: string, campaign: Campaign): Promise<LoadedReturn> {
  let bytes: Uint8Array;
  let diskTime: number;
  try {
    const [content, info] = await Promise.all([readFile(file), stat(file)]);
    bytes = new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    diskTime = info.mtimeMs;
  } catch {
    return rejectedReturn(file, "file_unreadable");
  }
  return returnFromBytes(bytes, { file, fallbackModified: diskTime }, campaign);
}

/** The JSON report of BRIEF.md ("CLI contract"), with every message rendered. */
export function toReport(result: MergeResult, catalogue: Catalogue): unknown {
  return {
    campaign: result.campaignId,
    totals: result.totals,
    units: result.units.map((unit) => ({ name: unit.name, files: unit.files })),
    files: result.files.map((file) => ({
      path: file.path,
      status: file.status,
      unit: file.unit ?? "",
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
