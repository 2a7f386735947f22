import type { FindingMessages } from "./catalogue";

const resave =
  "Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and send it again.";
const p = (value: unknown): string => String(value ?? "");
const form = (value: unknown): string => (value === "mau1" ? "Mẫu 1" : "Mẫu 2");

/** English text of every finding. */
export const findingsEn: FindingMessages = {
  empty_file: () => "The file is empty (0 bytes). Ask the unit to send it again.",
  not_a_zip: (f) =>
    `Not an Excel workbook${f.params?.detected ? ` (looks like ${p(f.params.detected)})` : ""}. Ask the unit for the .xlsx form.`,
  truncated: () =>
    "The file is cut short (an unfinished download or copy). Download it again or ask for it again.",
  corrupt_zip: () => "The file is damaged. Ask the unit to send it again.",
  unsupported_compression: () => `The file uses an unusual compression. ${resave}`,
  not_a_workbook: () =>
    "Not a spreadsheet (perhaps a Word file or another archive). Ask for the form file.",
  unsupported_format: (f) => `The ${p(f.params?.format)} format is not supported. ${resave}`,
  encrypted: () =>
    "The file is password-protected. Ask the unit to remove the password and send it again.",
  legacy_xls: () => `The file is in the old Excel format (.xls). ${resave}`,
  too_large: (f) =>
    `The file is too large for a report (limit ${p(f.params?.limit)}). Remove extra sheets and send it again.`,
  malformed_xml: (f) => `The part ${p(f.params?.part)} is damaged. ${resave}`,
  missing_part: (f) => `The part ${p(f.params?.part)} is missing. ${resave}`,
  unreadable: () => `The file cannot be read. ${resave}`,
  file_unreadable: () =>
    "The file cannot be opened on this computer (missing or no permission). Check the path.",
  no_form_found: () =>
    "No Mẫu 1 or Mẫu 2 found. Use the office's form and keep its column headings and indicator rows.",
  indicator_not_found: () =>
    "This indicator's row was not found; it counts as 0. Add the row as on the form.",
  unit_unknown: () =>
    "The reporting unit cannot be told. Write the unit's name at the top left of the form, or name the file after the unit.",
  unit_not_on_roster: (f) =>
    `The unit "${p(f.params?.name)}" is not on this campaign's roster. Check the name or add it to the roster.`,
  template_metadata_unreadable: () =>
    "The form's identification is damaged; the file was read by its labels. Check its results.",
  campaign_mismatch: (f) =>
    `The form belongs to "${p(f.params?.found)}", not "${p(f.params?.expected)}". Check for last year's form.`,
  count_blank: () => "Blank, counted as 0. If there is a result, enter the number.",
  count_text: (f) => `"${p(f.params?.text)}" was typed as text and read as a number.`,
  count_grouping: (f) => `"${p(f.params?.text)}" was read with thousands grouping. Please check.`,
  count_unit_word: (f) => `"${p(f.params?.text)}" has words; only the number was taken.`,
  count_negative: (f) =>
    `"${p(f.params?.text)}" is negative and left out of the totals. Enter a whole number from 0 up.`,
  count_fractional: (f) =>
    `"${p(f.params?.text)}" is not whole and left out of the totals. Enter a whole number.`,
  count_ambiguous: (f) =>
    `"${p(f.params?.text)}" is ambiguous (1,200 may be 1.2 or 1200) and left out of the totals. Enter a whole number without commas.`,
  count_not_a_number: (f) =>
    `"${p(f.params?.text)}" is not a number and left out of the totals. Enter digits, e.g. 12.`,
  participants_without_sessions: (f) =>
    `${p(f.params?.value)} participants, but the sessions on the row above are 0. Check both rows.`,
  implausible_ratio: (f) =>
    `About ${p(f.params?.ratio)} people per session (over ${p(f.params?.limit)}); perhaps a typo. Check the participants.`,
  community_minimum_talks: (f) =>
    `The centre held ${p(f.params?.value)} talks; the plan asks for at least ${p(f.params?.minimum)}.`,
  community_minimum_vocational: (f) =>
    `The centre opened ${p(f.params?.value)} short vocational classes; the plan asks for at least ${p(f.params?.minimum)}.`,
  time_blank: () => "No time given; the row is not counted. Enter a time, e.g. 07:15.",
  time_invalid: (f) =>
    `"${p(f.params?.text)}" is not a time; the row is not counted. Write 07:15 or 7h15.`,
  time_range: () => "A time range; its start was taken.",
  date_blank: () => "No date given; the row is not counted. Enter day/month/year.",
  date_invalid: (f) =>
    `"${p(f.params?.text)}" is not a date; the row is not counted. Write 02/10/2017.`,
  date_no_year: () => "No year given; the campaign's year was taken.",
  date_two_digit_year: () => "A two-digit year, read as 20xx.",
  date_range: () => "A date range; its first day was taken.",
  date_outside_week: (f) =>
    `${p(f.params?.date)} is outside the week (${p(f.params?.start)} to ${p(f.params?.end)}); the row is not counted.`,
  superseded: (f) =>
    `This file's ${form(f.params?.form)} is replaced by the newer "${p(f.params?.by)}" of the same unit.`,
  late_return: (f) =>
    `${form(f.params?.form)} arrived after the deadline ${p(f.params?.deadline)}.`,
};
