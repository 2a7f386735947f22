/** English: findings as the pane shows them, and the feedback a clerk copies for a unit. */
import type { FindingCode } from "../core";
import { applyByCode, quoted, type ByCode } from "./catalogue";
import { findingsEn } from "./findings-en";
import type {
  FeedbackText,
  FileVerdict,
  FindingNoun,
  FindingsViewText,
  GroupCell,
  IndicatorLabel,
} from "./findings-view";

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** Findings of one code said of many cells at once: "24 cells are blank, counted as 0." */
interface GroupPhrase {
  readonly noun: string;
  readonly what: string;
  readonly todo?: string;
}

/** A group's phrase that is the same for every group of its code. */
const phrase = (noun: string, what: string, todo?: string) => (): GroupPhrase => ({
  noun,
  what,
  ...(todo ? { todo } : {}),
});

/** The phrase of a group of each code that has one, made from the group's first finding. */
const GROUPS: ByCode<GroupPhrase> = {
  count_blank: phrase(
    "cells",
    "are blank, counted as 0",
    "If there is a result, enter the number in these cells."
  ),
  count_text: phrase(
    "cells",
    "hold numbers typed as text (with spaces), read as numbers",
    "Type numbers without spaces."
  ),
  count_grouping: phrase(
    "cells",
    "hold numbers with a dot grouping thousands (like 1.200, read as 1200)",
    "Please check these numbers."
  ),
  count_unit_word: phrase(
    "cells",
    "hold numbers with words (like 35 cuốn); only the numbers were taken",
    "Type numbers without units."
  ),
  count_negative: phrase(
    "cells",
    "are negative and left out of the totals",
    "Enter whole numbers from 0 up."
  ),
  count_fractional: phrase(
    "cells",
    "are not whole numbers and left out of the totals",
    "Enter whole numbers."
  ),
  count_ambiguous: phrase(
    "cells",
    "hold numbers with a comma, which are ambiguous (1,200 may be 1.2 or 1200), and are left out of the totals",
    "Enter whole numbers without commas."
  ),
  count_not_a_number: phrase(
    "cells",
    "are not numbers and left out of the totals",
    "Enter digits, e.g. 12."
  ),
  count_too_large: phrase(
    "cells",
    "hold numbers too large (over 15 digits) and are left out of the totals",
    "Enter the real counts."
  ),
  formula_not_computed: phrase(
    "cells",
    "hold formulas with no computed result and are left out of the totals",
    "Open the file in Excel (or LibreOffice), let it recalculate, save it and send it again."
  ),
  indicator_not_found: phrase(
    "indicators",
    "have no row in the results table and count as 0",
    "Add these rows as on the form."
  ),
  time_blank: phrase(
    "rows",
    "have no time and are left out of the schedule",
    "Enter a time, e.g. 07:15."
  ),
  time_invalid: phrase(
    "rows",
    "have a time that cannot be read and are left out of the schedule",
    "Write times as 07:15 or 7h15."
  ),
  time_range: phrase("rows", "give a time range; its start was taken"),
  date_blank: phrase(
    "rows",
    "have no date and are left out of the schedule",
    "Enter day/month/year."
  ),
  date_invalid: phrase(
    "rows",
    "have a date that cannot be read and are left out of the schedule",
    "Write dates as 02/10/2017."
  ),
  date_no_year: phrase("rows", "give a date without a year; the campaign's year was taken"),
  date_two_digit_year: phrase("rows", "give a two-digit year, read as 20xx"),
  date_range: phrase("rows", "give a date range; its first day was taken"),
  date_outside_week: (f) => ({
    noun: "rows",
    what: `have a date outside the week (${f.params.start} to ${f.params.end}) and are left out of the schedule`,
    todo: "Correct the dates.",
  }),
};

const NOUNS: Readonly<Record<FindingNoun, string>> = {
  cells: "cells",
  indicators: "indicators",
  times: "times",
};

/** A refusal reason in a few words, to follow "The file will be refused because". */
const REASONS: { readonly [C in FindingCode]?: string } = {
  empty_file: "the file is empty (0 bytes)",
  not_a_zip: "the file is not an Excel workbook",
  truncated: "the file is cut short (an unfinished download or copy)",
  corrupt_zip: "the file is damaged",
  unsupported_compression: "the file uses an unusual compression",
  not_a_workbook: "the file is not a spreadsheet",
  unsupported_format: "the file's format is not supported",
  encrypted: "the file is password-protected",
  legacy_xls: "the file is in the old Excel format (.xls)",
  too_large: "the file is too large for a return",
  malformed_xml: "part of the file is damaged",
  missing_part: "a part of the file is missing",
  unreadable: "the file cannot be read",
  file_unreadable: "the file cannot be opened on this computer",
  no_form_found: "neither Mẫu 1 nor Mẫu 2 is in the file",
  unit_unknown: "the form names no unit, so its sender is unknown",
  other_year: "it is another year's return",
  own_summary: "it is the collecting office's own summary, not a unit's return",
};

const reason = (code: FindingCode): string => REASONS[code] ?? "the file has an error";

const labelOf = ({ label, countOf }: IndicatorLabel): string =>
  countOf ? `${label} (${countOf})` : label;

const cellOf = ({ cell, text }: GroupCell): string =>
  text !== undefined ? `${cell} ("${quoted(text)}")` : cell;

const sentence = (what: string, todo?: string): string => (todo ? `${what}. ${todo}` : `${what}.`);

const reasonList = (reasons: readonly FindingCode[]): string => reasons.map(reason).join("; ");

/** What was left out, for a verdict: "3 values with errors are left out of the totals". */
function leftOut(verdict: FileVerdict, settled: boolean): string {
  const out = (count: number, one: string, many: string, where: string): string =>
    `${plural(count, one, many)} with errors ${count === 1 ? "is" : "are"} ${settled ? "left out of" : "not yet in"} ${where}`;
  const parts = [
    verdict.leftOut > 0 ? out(verdict.leftOut, "value", "values", "the totals") : "",
    verdict.rowsLeftOut > 0
      ? out(verdict.rowsLeftOut, "schedule row", "schedule rows", "the schedule")
      : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" and ") : "it still has errors to fix";
}

export const findingsViewEn: FindingsViewText = {
  heading: (count, sample, noun) => {
    const group = applyByCode(GROUPS, sample);
    if (!group) return `${count} ${NOUNS[noun]}: ${applyByCode(findingsEn, sample)}`;
    return sentence(`${count} ${group.noun} ${group.what}`, group.todo);
  },
  cells: (cells, more) =>
    `${cells.length + more > 1 ? "Cells" : "Cell"}: ${cells.map(cellOf).join(", ")}${more > 0 ? ` and ${plural(more, "other", "others")}` : ""}.`,
  indicator: (labels, more) =>
    labels.length + more > 1
      ? `Indicators: ${labels.map(labelOf).join("; ")}${more > 0 ? ` and ${plural(more, "other", "others")}` : ""}.`
      : `Indicator: ${labels.map(labelOf).join("")}.`,
  refusal: "Why it is refused",
  selectFirst: (cell) => `Select the first cell (${cell})`,
  verdict: (verdict) => {
    switch (verdict.kind) {
      case "counted":
        return "The file will be counted in the summary.";
      case "counted_with_errors":
        return `The file will be counted, but ${leftOut(verdict, true)}.`;
      case "refused":
        return verdict.reasons.length > 0
          ? `The file will be refused because ${reasonList(verdict.reasons)}.`
          : "The file will be refused.";
      case "superseded":
        return "This file is an older copy; the newer one is counted.";
    }
  },
  reason,
};

/** A finding's message said to the unit, where the pane's own is said to the office. */
const TO_UNIT: ByCode<string> = {
  empty_file: () => "The file we received is empty (0 bytes). Please send the return again.",
  not_a_zip: () =>
    "The file we received is not an Excel workbook. Please send the form's .xlsx file (if Excel or LibreOffice opens it, save it as an Excel Workbook .xlsx and send that).",
  truncated: () =>
    "The file we received is cut short (an unfinished upload) and cannot be opened. Please send it again.",
  corrupt_zip: () => "The file we received is damaged. Please send it again.",
  not_a_workbook: () =>
    "The file we received is not a spreadsheet (perhaps a Word file or another archive). Please send the form file.",
  encrypted: () =>
    "The file is password-protected and cannot be read. Please remove the password (File > Info > Protect Workbook) and send it again.",
  too_large: (f) =>
    f.params.limit === "cell_text"
      ? "A cell holds more text than Excel allows. Please shorten it (send the long part as a separate document) and send the file again."
      : "The file is too large for a return. Please copy the form into a new file without extra sheets, rows and pictures, and send that.",
  unit_unknown: () =>
    'The form names no unit. Please write the unit\'s name at the top left of the form (e.g. "TRƯỜNG THCS PHÚ BÀI" or "TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI") and send it again.',
  other_year: (f) =>
    `This return is for ${f.params.found}, not ${f.params.expected}. Please send your ${f.params.expected} return on the new form.`,
  hidden_sheet_read: (f) =>
    `The form is on the hidden sheet "${quoted(f.params.sheet)}". Please unhide it (right-click a sheet tab > Unhide) and send the file again.`,
  hidden_rows_ignored: (f) =>
    `${f.params.count} hidden rows (${f.params.rows}) are not counted. If they hold this year's figures, please unhide them and send the file again.`,
};

function verdictToUnit(verdict: FileVerdict): string {
  switch (verdict.kind) {
    case "counted":
      return "Your return is counted in the summary.";
    case "counted_with_errors":
      return `Your return is counted in the summary, but ${leftOut(verdict, false)}.`;
    case "refused":
      return verdict.reasons.length > 0
        ? `Your return is not counted yet because ${reasonList(verdict.reasons)}.`
        : "Your return is not counted yet.";
    case "superseded":
      return "This file is an older copy: a newer one from your unit arrived and is counted. Nothing to fix in this file.";
  }
}

const labelInLine = ({ label, countOf }: IndicatorLabel): string =>
  countOf ? `${countOf} – ${label}` : label;

export const feedbackEn: FeedbackText = {
  copy: "Copy feedback",
  copyLabel: (unit, file) => `Copy the feedback for ${unit ?? "the unit"} on the file ${file}`,
  copied: (unit) =>
    `Feedback${unit ? ` for ${unit}` : ""} copied. Paste it (Ctrl+V) into Zalo or an email to the unit.`,
  copyFailed:
    "The clipboard could not be written. Click the box below, press Ctrl+A then Ctrl+C, and paste into Zalo or an email.",
  textLabel: "Feedback for the unit",
  greeting: (unit, file) =>
    `Dear ${unit ?? "colleagues"},\nWe received your return file "${file}".`,
  verdict: verdictToUnit,
  mustFix: "Please fix the following and send the file again:",
  shouldCheck: "Please check the following (the figures are counted as written):",
  nothingToFix: "Nothing in the return needs fixing.",
  where: ({ sheet, cells, moreCells, labels, moreLabels }) => {
    const parts: string[] = [];
    if (sheet !== undefined) parts.push(`Sheet "${sheet}"`);
    if (cells.length > 0) {
      const many = cells.length + moreCells > 1;
      const list = `${cells.map(cellOf).join(", ")}${moreCells > 0 ? ` and ${plural(moreCells, "other", "others")}` : ""}`;
      const noun = many ? "cells" : "cell";
      parts.push(`${parts.length > 0 ? noun : capitalize(noun)} ${list}`);
    }
    const where = parts.join(", ");
    if (labels.length === 0) return where;
    const named = `${labels.map(labelInLine).join("; ")}${moreLabels > 0 ? ` and ${plural(moreLabels, "other", "others")}` : ""}`;
    if (cells.length > 0) return `${where} (${named})`;
    const noun = labels.length + moreLabels > 1 ? "indicators" : "indicator";
    return where ? `${where}, ${noun} ${named}` : `${capitalize(noun)} ${named}`;
  },
  line: (where, what) => (where ? `- ${where}: ${what}` : `- ${what}`),
  finding: (f) => applyByCode(TO_UNIT, f) ?? applyByCode(findingsEn, f),
  group: (sample) => {
    const group = applyByCode(GROUPS, sample);
    return group
      ? sentence(`These ${group.noun} ${group.what}`, group.todo)
      : applyByCode(findingsEn, sample);
  },
  thanks: "Thank you.",
};
