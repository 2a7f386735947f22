import type { FindingOf, FormId, NonZipKind, SizeLimit } from "../core";
import type { FindingMessages } from "./catalogue";
import { quoted } from "./catalogue";

const resave =
  "Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and send it again.";
const form = (value: FormId): string => (value === "mau1" ? "Mẫu 1" : "Mẫu 2");
const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
const count = (value: number): string => value.toLocaleString("en-US");
/** "no talks", "1 talk", "3 talks". */
const some = (value: number, one: string, many: string): string =>
  value === 0 ? `no ${many}` : `${value} ${value === 1 ? one : many}`;

/** What a `too_large` limit says about the file (see src/xlsx/read/limits.ts). */
const LIMITS: Readonly<Record<SizeLimit, (max: number) => string>> = {
  file_bytes: (max) => `the file is over ${mb(max)}`,
  part_bytes: (max) => `a part inside the file inflates to over ${mb(max)}`,
  total_inflated_bytes: (max) => `the parts inside the file inflate to over ${mb(max)}`,
  zip_entries: (max) => `it holds over ${count(max)} entries`,
  cells: (max) => `it has over ${count(max)} filled cells`,
  shared_strings: (max) => `it has over ${count(max)} strings`,
  sheets: (max) => `it has over ${count(max)} sheets`,
  cell_text: (max) => `a cell holds over ${count(max)} characters, more than Excel allows`,
  shared_formula_chars: (max) =>
    `its shared formulas, copied into their cells, run to over ${count(max)} characters`,
};

/** What a file that is not a workbook looks like, as the reader guesses it. */
const DETECTED: Readonly<Record<NonZipKind, string>> = {
  pdf: "a PDF",
  png: "a picture",
  jpeg: "a picture",
  gif: "a picture",
  archive: "an archive (RAR, 7z…)",
  html: "a web page",
  spreadsheetml_2003: "an XML 2003 spreadsheet",
  xml: "an XML file",
  text: "a text file",
  binary: "a file of unknown type",
};

/** Files that Excel or LibreOffice open as a spreadsheet and can save again as .xlsx. */
const RESAVABLE: ReadonlySet<NonZipKind> = new Set<NonZipKind>(["html", "spreadsheetml_2003"]);

function tooLarge(f: FindingOf<"too_large">): string {
  const { limit, max } = f.params;
  const what = LIMITS[limit](max);
  const todo =
    limit === "cell_text"
      ? "Ask the unit to shorten that cell (long text can go in a separate document) and send it again."
      : "Ask the unit to copy the form into a new file without extra sheets, rows and pictures, and send it again.";
  return `Too large for a report: ${what}. ${todo}`;
}

function notAZip(f: FindingOf<"not_a_zip">): string {
  const { detected } = f.params;
  const todo = RESAVABLE.has(detected)
    ? resave
    : detected === "archive"
      ? "Extract it and pick the .xlsx inside, or ask the unit for the .xlsx form."
      : "Ask the unit for the .xlsx form.";
  return `Not an Excel workbook (looks like ${DETECTED[detected]}). ${todo}`;
}

/** English text of every finding. */
export const findingsEn: FindingMessages = {
  empty_file: () => "The file is empty (0 bytes). Ask the unit to send it again.",
  not_a_zip: notAZip,
  truncated: () =>
    "The file is cut short (an unfinished download or copy). Download it again or ask for it again.",
  corrupt_zip: () => "The file is damaged. Ask the unit to send it again.",
  unsupported_compression: () => `The file uses an unusual compression. ${resave}`,
  not_a_workbook: () =>
    "Not a spreadsheet (perhaps a Word file or another archive). Ask for the form file.",
  unsupported_format: (f) =>
    `${f.params.format === "xlsb" ? "An Excel binary workbook (.xlsb)" : `The ${f.params.format} format`} is not supported. ${resave}`,
  encrypted: () =>
    "The file is password-protected. Ask the unit to remove the password and send it again.",
  legacy_xls: () => `The file is in the old Excel format (.xls). ${resave}`,
  too_large: tooLarge,
  malformed_xml: (f) => `The part ${f.params.part} is damaged. ${resave}`,
  missing_part: (f) => `The part ${f.params.part} is missing. ${resave}`,
  unreadable: () => `The file cannot be read. ${resave}`,
  file_unreadable: () =>
    "The file cannot be opened on this computer (missing, a folder, or no permission). Check the path.",
  no_form_found: () =>
    "No Mẫu 1 or Mẫu 2 found. Use the office's form and keep its column headings and indicator rows.",
  indicator_not_found: () =>
    "This indicator's row was not found; it counts as 0. Add the row as on the form.",
  unit_unknown: () =>
    'The reporting unit cannot be told: the form names no unit (top left, in its title or by the signature) and the file name matches no unit on the roster. Ask the unit to write its name at the top left of the form (e.g. "TRƯỜNG THCS PHÚ BÀI" or "TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI") and send it again.',
  unit_not_on_roster: (f) =>
    `The unit "${quoted(f.params.name)}" is not on this campaign's roster. Check the name or add it to the roster.`,
  template_metadata_unreadable: () =>
    "The form's identification is damaged; the file was read by its labels. Check its results.",
  campaign_mismatch: (f) =>
    `The form belongs to "${quoted(f.params.found)}", not "${f.params.expected}". Check for last year's form.`,
  template_version_mismatch: (f) =>
    `The form was made from template version ${quoted(f.params.found)}, not ${f.params.expected}; it was still read. Check its results, or send the unit the current form.`,
  own_summary: (f) =>
    `This is the summary of the collecting office "${quoted(f.params.unit)}" itself (campaign ${f.params.campaign}), not a unit's return; it is not counted. To merge again, pick only the units' returns.`,
  other_year: (f) =>
    `This return is for ${f.params.found}, not ${f.params.expected}, the year being merged; it is not counted. Ask the unit for its ${f.params.expected} return on the new form.`,
  duplicate_file: (f) => `This file is identical to "${f.params.of}"; it is counted once.`,
  hidden_sheet_read: (f) =>
    `The form is on the hidden sheet "${quoted(f.params.sheet)}" (no visible sheet holds a form); it was read. Check the results, or ask the unit to unhide the sheet and send it again.`,
  hidden_rows_ignored: (f) =>
    `${f.params.count} hidden rows (${f.params.rows}) are not counted. If they hold this year's figures, ask the unit to unhide them and send the file again.`,
  several_forms_one_unit: (f) =>
    `The file has several ${form(f.params.form)} sheets of the same unit; only "${quoted(f.params.sheet)}" is read. Check it and delete the extra sheets.`,
  count_blank: () => "Blank, counted as 0. If there is a result, enter the number.",
  count_text: (f) => `"${quoted(f.params.text)}" was typed as text and read as a number.`,
  count_grouping: (f) =>
    `"${quoted(f.params.text)}" was read with thousands grouping. Please check.`,
  count_unit_word: (f) => `"${quoted(f.params.text)}" has words; only the number was taken.`,
  count_negative: (f) =>
    `"${quoted(f.params.text)}" is negative and left out of the totals. Enter a whole number from 0 up.`,
  count_fractional: (f) =>
    `"${quoted(f.params.text)}" is not whole and left out of the totals. Enter a whole number.`,
  count_ambiguous: (f) =>
    `"${quoted(f.params.text)}" is ambiguous (1,200 may be 1.2 or 1200) and left out of the totals. Enter a whole number without commas.`,
  count_not_a_number: (f) =>
    `"${quoted(f.params.text)}" is not a number and left out of the totals. Enter digits, e.g. 12.`,
  count_too_large: (f) =>
    `"${quoted(f.params.text)}" is too large (over 15 digits) and left out of the totals. Enter the real count.`,
  count_lines_mismatch: (f) =>
    `Cell ${f.params.cell} holds ${f.params.values} lines of figures for ${f.params.labels} lines of labels, so the figures cannot be paired with the indicators; they are not counted. Write one figure per line in the order of the labels, or each indicator in its own cell.`,
  formula_not_computed: (f) =>
    `The cell holds the formula "${quoted(f.params.formula)}" with no computed result; it is not counted. Open the file in Excel (or LibreOffice), let it recalculate, save it and send it again.`,
  participants_without_sessions: (f) =>
    `${f.params.value} participants, but the sessions on the row above are 0. Check both rows.`,
  implausible_ratio: (f) =>
    `About ${f.params.ratio} people per session (over ${f.params.limit}); perhaps a typo. Check the participants.`,
  community_minimum_talks: (f) =>
    `The centre held ${some(f.params.value, "talk", "talks")}; the plan asks for at least ${f.params.minimum}.`,
  community_minimum_vocational: (f) =>
    `The centre opened ${some(f.params.value, "short vocational class", "short vocational classes")}; the plan asks for at least ${f.params.minimum}.`,
  time_blank: () => "No time given; the row is not counted. Enter a time, e.g. 07:15.",
  time_invalid: (f) =>
    `"${quoted(f.params.text)}" is not a time; the row is not counted. Write 07:15 or 7h15.`,
  time_range: () => "A time range; its start was taken.",
  date_blank: () => "No date given; the row is not counted. Enter day/month/year.",
  date_invalid: (f) =>
    `"${quoted(f.params.text)}" is not a date; the row is not counted. Write 02/10/2017.`,
  date_no_year: () => "No year given; the campaign's year was taken.",
  date_two_digit_year: () => "A two-digit year, read as 20xx.",
  date_range: () => "A date range; its first day was taken.",
  date_outside_week: (f) =>
    `${f.params.date} is outside the week (${f.params.start} to ${f.params.end}); the row is not counted.`,
  superseded: (f) =>
    `This file's ${form(f.params.form)} is replaced by the newer "${f.params.by}" of the same unit.`,
  late_return: (f) => `${form(f.params.form)} arrived after the deadline ${f.params.deadline}.`,
};
