/**
 * Files on disk → returns the core can merge. The only place the CLI touches return files;
 * input files are opened read-only and never written.
 */
import { readFile, stat } from "node:fs/promises";
import type { Campaign, FindingCode, LoadedReturn, MergeResult } from "../core";
import { describeFinding, type Catalogue } from "../messages";
import { readWorkbook } from "../xlsx/read";
import { extractReturn } from "../xlsx/returns";

/**
 * Reads one return. The unit's own "last modified" (the workbook's document property, set
 * when the unit saved it) is preferred to the file's time on this disk, which is only when
 * the office downloaded the attachment.
 */
export async function loadReturn(file: string, campaign: Campaign): Promise<LoadedReturn> {
  let bytes: Uint8Array;
  let diskTime: number | undefined;
  try {
    const [content, info] = await Promise.all([readFile(file), stat(file)]);
    bytes = new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    diskTime = info.mtimeMs;
  } catch {
    return rejected(file, "file_unreadable");
  }
  const result = readWorkbook(bytes);
  if (!result.ok) return rejected(file, result.rejection.code, result.rejection.params, diskTime);
  const modified = result.workbook.modified?.getTime() ?? diskTime;
  const data = extractReturn(result.workbook, {
    file,
    ...(modified !== undefined ? { modified } : {}),
    roster: campaign.units,
  });
  return { kind: "read", data };
}

function rejected(
  file: string,
  code: FindingCode,
  params?: Record<string, string | number>,
  modified?: number
): LoadedReturn {
  return {
    kind: "rejected",
    file,
    ...(modified !== undefined ? { modified } : {}),
    findings: [{ code, severity: "error", at: { file }, ...(params ? { params } : {}) }],
  };
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
