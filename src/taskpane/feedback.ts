/**
 * The feedback a clerk pastes into Zalo or an email to a unit: to whom and about which file,
 * what became of it, then what to fix, cell by cell, in plain words. Pure: no React, no DOM.
 */
import type { FileOutcome, FindingCode } from "../core";
import { visibleText, type Catalogue } from "../messages";
import {
  groupCells,
  groupFindings,
  groupLabels,
  verdictOf,
  type FindingGroup,
} from "./finding-groups";

/**
 * Notes for the office that the unit cannot act on by fixing its file, left out of the
 * feedback: which copy of its files counts (superseded, duplicate_file), when it arrived
 * (late_return: the file cannot be made on time), the office's own roster, campaign and
 * template checks (unit_not_on_roster, campaign_mismatch, template_*), the office's summary
 * and its own disk (own_summary, file_unreadable), and the plan's minimums for a TTHTCĐ
 * (community_minimum_*: a figure is what happened; raising it to the minimum would be
 * false, so there is nothing to fix in the file).
 */
export const OFFICE_ONLY: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "superseded",
  "duplicate_file",
  "late_return",
  "unit_not_on_roster",
  "campaign_mismatch",
  "template_version_mismatch",
  "template_metadata_unreadable",
  "own_summary",
  "file_unreadable",
  "community_minimum_talks",
  "community_minimum_vocational",
]);

/**
 * The text a clerk sends a unit about one of its files: a greeting naming the unit and the
 * file, the verdict, then one line per group of findings (the reasons the file is refused
 * first, then the other errors, then what to look at), or that nothing needs fixing.
 *
 * @example
 * feedbackText(vi, outcome, "mau2-phuong-thuy-phuong.xlsx")
 * // 'Kính gửi Phường Thủy Phương,\n…\n- Ô C17 (Xây dựng phóng sự): Giá trị "-2" là số âm…'
 */
export function feedbackText(catalogue: Catalogue, outcome: FileOutcome, fileName: string): string {
  const text = catalogue.pane.feedback;
  const verdict = verdictOf(outcome);
  const unit = outcome.unit === undefined ? undefined : visibleText(outcome.unit);
  const lines = [text.greeting(unit, visibleText(fileName)), text.verdict(verdict)];
  if (verdict.kind === "superseded") return [...lines, text.thanks].join("\n");

  const groups = groupFindings(outcome.findings, outcome.status).filter(
    (group) => !OFFICE_ONLY.has(group.code)
  );
  const sheets = new Set(
    groups.map((group) => group.findings[0]!.at.sheet).filter((sheet) => sheet !== undefined)
  );
  const line = (group: FindingGroup): string => {
    // Every cell: the unit fixes them one by one.
    const listed = groupCells(group, Infinity);
    // One finding's message quotes what was typed; a group's line lists it by its cell.
    const cells =
      group.findings.length === 1 ? listed.cells.map(({ cell }) => ({ cell })) : listed.cells;
    const more = listed.more;
    const named = groupLabels(group) ?? { labels: [], more: 0 };
    const sheet = sheets.size > 1 ? group.findings[0]!.at.sheet : undefined;
    const where = text.where({
      ...(sheet !== undefined ? { sheet } : {}),
      cells,
      moreCells: more,
      labels: named.labels,
      moreLabels: named.more,
    });
    const first = group.findings[0]!;
    const what = group.findings.length === 1 ? text.finding(first) : text.group(first);
    return visibleText(text.line(where, what));
  };
  const toFix = groups.filter((group) => group.refusal || group.severity === "error");
  const toCheck = groups.filter((group) => !toFix.includes(group));
  if (toFix.length > 0) lines.push(text.mustFix, ...toFix.map(line));
  if (toCheck.length > 0) lines.push(text.shouldCheck, ...toCheck.map(line));
  if (toFix.length === 0 && toCheck.length === 0) lines.push(text.nothingToFix);
  return [...lines, text.thanks].join("\n");
}
