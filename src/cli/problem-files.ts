/**
 * What `merge` tells on stderr after merging: each rejected file with its reasons, and each
 * accepted file that had values left out of the totals. The JSON report holds every
 * finding; this is what a clerk reads in the terminal, so it is cut after a screenful.
 */
import type { FileOutcome, Finding, MergeResult } from "../core";
import { describeFinding, type Catalogue } from "../messages";

/** Files listed before the rest is only counted. */
export const MAX_LISTED_FILES = 20;

/**
 * The lines to print: rejected files first (each followed by its reasons, indented), then
 * files with values left out; after `MAX_LISTED_FILES` files, one line counts the others.
 *
 * @example describeProblemFiles(result, vi)
 * // ['xa-thuy-tan.xlsx: bị loại', '  [LỖI] Tệp xa-thuy-tan.xlsx: Tệp này không phải …',
 * //  'mau2-thuy-phuong.xlsx (Phường Thủy Phương): 2 giá trị không được tính (ô C14, C20)']
 */
export function describeProblemFiles(
  result: MergeResult,
  catalogue: Catalogue,
  jsonFile?: string
): string[] {
  const entries: string[][] = [];
  for (const file of result.files) {
    if (file.status === "rejected") entries.push(describeRejected(file, catalogue));
  }
  for (const file of result.files) {
    if (file.status !== "accepted") continue;
    const leftOut = leftOutFindings(file.findings);
    if (leftOut.length === 0) continue;
    const indicators = new Set(leftOut.map((finding) => finding.indicator));
    const cells = [...new Set(leftOut.flatMap((finding) => finding.at.cell ?? []))];
    entries.push([catalogue.cli.valuesLeftOut(file.path, file.unit, indicators.size, cells)]);
  }
  const lines = entries.slice(0, MAX_LISTED_FILES).flat();
  if (entries.length > MAX_LISTED_FILES) {
    lines.push(catalogue.cli.moreFiles(entries.length - MAX_LISTED_FILES, jsonFile));
  }
  return lines;
}

/** The file, then its errors; a file rejected with warnings only (its own summary) shows those. */
function describeRejected(file: FileOutcome, catalogue: Catalogue): string[] {
  const errors = file.findings.filter((finding) => finding.severity === "error");
  const reasons = errors.length > 0 ? errors : file.findings;
  return [
    catalogue.cli.fileStatus(file.path, file.status, file.unit),
    ...reasons.map(
      (finding) =>
        `  ${catalogue.cli.severity(finding.severity)} ${describeFinding(catalogue, finding)}`
    ),
  ];
}

/** Errors on an indicator: its value is not counted (the merge takes it as null). */
function leftOutFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === "error" && finding.indicator);
}
