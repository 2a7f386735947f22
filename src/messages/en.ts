import { UNIT_TYPES, UNIT_TYPE_LABELS, type CampaignProblem } from "../core";
import type { Catalogue } from "./catalogue";
import { formatDate, formatDeadlineVi, visibleText } from "./catalogue";
import { paneEn } from "./pane-en";
import { findingsEn } from "./findings-en";
import { summaryEn } from "./summary";

const where = (p: CampaignProblem): string => p.place ?? (p.path ? `"${p.path}"` : "The file");
const day = (value: unknown): string =>
  typeof value === "string" ? formatDeadlineVi(value) : String(value);
const UNIT_TYPE_CHOICES = UNIT_TYPES.map((type) => `"${UNIT_TYPE_LABELS[type]}"`).join(", ");

/** English, the second locale. */
export const en: Catalogue = {
  locale: "en",
  finding: findingsEn,
  pane: paneEn,
  summary: summaryEn,
  location: (at) =>
    [`File ${at.file}`, at.sheet ? `sheet "${at.sheet}"` : "", at.cell ? `cell ${at.cell}` : ""]
      .filter(Boolean)
      .join(", "),
  campaign: {
    campaign_not_object: () =>
      "A campaign file must be a JSON object { … } with the year, week, deadlines and roster.",
    campaign_field_missing: (p) => `${where(p)} is empty. Fill it in.`,
    campaign_field_empty: (p) =>
      `${where(p)} is empty: the forms will leave this line blank. Fill it in if you know it.`,
    campaign_field_type: (p) =>
      `${where(p)} must be ${String(p.params?.expected) === "year" ? "a year such as 2026" : `a ${String(p.params?.expected)}`}.`,
    campaign_bad_date: (p) =>
      p.place
        ? `${where(p)} holds "${p.params?.value}", which is not a date. Enter day/month/year, e.g. 01/10/2026 (a time, if any, as 16:00).`
        : `${where(p)} holds "${p.params?.value}", which is not a date. Write YEAR-MONTH-DAY, e.g. 2017-10-02 (a time may follow: 2022-10-13T16:00).`,
    campaign_week_order: (p) =>
      `The week starts on ${day(p.params?.start)} but ends on ${day(p.params?.end)}, before it starts. Fix ${where(p)}.`,
    campaign_year_mismatch: (p) =>
      `${where(p)} is ${day(p.params?.value)}, not in ${p.params?.year}. Make the year and the date agree.`,
    campaign_deadline_before_week_end: (p) =>
      `${where(p)} is ${day(p.params?.value)}, before the week ends (${day(p.params?.end)}): units cannot report results yet. Set it after the last day.`,
    campaign_mau1_after_week_start: (p) =>
      `${where(p)} is ${day(p.params?.value)}, after the week starts (${day(p.params?.start)}). Schedules are usually due before; check it.`,
    campaign_bad_id: (p) =>
      `The campaign id "${p.params?.value}" may hold only lower-case letters, digits and hyphens, e.g. "huong-thuy-2017".`,
    campaign_no_units: (p) =>
      `The roster (${p.place ?? '"units"'}) is empty. List the units that must report.`,
    campaign_duplicate_unit: (p) =>
      `The unit "${p.params?.value}" (${where(p)}) is listed twice. List each unit once.`,
    campaign_placeholder_name: (p) =>
      `${where(p)} says "${p.params?.value}", which is not a unit's name. Write the real name or delete the row.`,
    campaign_bad_unit_type: (p) =>
      `The unit type "${p.params?.value}" (${where(p)}) is unknown. Use one of: ${UNIT_TYPE_CHOICES}.`,
  },
  input: {
    count: {
      promptTitle: "Enter a count",
      prompt: "Enter a whole number, 0 or more. Leave blank if none.",
      errorTitle: "Not a count",
      error: "This cell takes only whole numbers from 0 up, without words or decimals.",
    },
    time: {
      promptTitle: "Enter a time",
      prompt: "Enter the time as hours:minutes, e.g. 07:15 or 14:00.",
      errorTitle: "Not a time",
      error: "Enter the time as hours:minutes, e.g. 07:15.",
    },
    date: (start, end) => ({
      promptTitle: "Enter a date",
      prompt: `Enter a date within the week, ${formatDate(start)} to ${formatDate(end)} (day/month/year).`,
      errorTitle: "Date outside the week",
      error: `The date must fall within the week, ${formatDate(start)} to ${formatDate(end)}, written day/month/year.`,
    }),
  },
  cli: {
    help: [
      "tonghop: make, check and merge the Lifelong Learning Week report forms",
      "",
      "Usage:",
      "  tonghop template --form mau1|mau2 [--campaign PRESET|FILE.json] [--unit NAME] --out FILE.xlsx",
      "  tonghop templates [--campaign PRESET|FILE.json] --out DIR",
      "  tonghop validate [--campaign ...] [--json] FILE|DIR...",
      "  tonghop merge [--campaign ...] --out SUMMARY.xlsx [--json REPORT.json] FILE|DIR...",
      "      Rejected files and values left out of the totals are listed with their reasons.",
      "",
      "FILE|DIR...: the returns, or folders holding them. A folder stands for every .xlsx,",
      "  .xlsm, .xls, .xlsb and .ods file directly in it (not in its subfolders; hidden files",
      "  and Excel's ~$ lock files are skipped), in name order. * (any characters) and ?",
      "  (one character) are expanded, e.g. returns/*.xlsx or returns\\mau2-*.xlsx.",
      "  A file named twice is read once; the files written by --out and --json are never read.",
      "",
      "Presets: huong-thuy-2017 (default), tan-binh-2022; or a path to a JSON file.",
      "Exit codes: 0 success, 1 data errors, 2 bad usage.",
    ].join("\n"),
    unknownCommand: (command) => `There is no command "${command}". Run "tonghop --help".`,
    unknownOption: (option) => `There is no option "${option}". Run "tonghop --help".`,
    missingValue: (option) => `${option} needs a value.`,
    missingOption: (option) => `${option} is required. Run "tonghop --help".`,
    badForm: (value) =>
      `There is no form "${value}". Use --form mau1 (schedule) or --form mau2 (results).`,
    unknownPreset: (value, presets) =>
      `No campaign "${value}": it is neither a preset (${presets.join(", ")}) nor a file.`,
    campaignFileUnreadable: (file) =>
      `Cannot read the campaign file "${file}". Check the path and permissions.`,
    campaignFileNotJson: (file, detail) =>
      `The campaign file "${file}" is not valid JSON (${detail}). Fix the syntax and run again.`,
    campaignInvalid: (file, problems) =>
      [`The campaign file "${file}" has problems:`, ...problems.map((p) => `  - ${p}`)].join("\n"),
    unknownUnit: (unit, campaign) =>
      `The unit "${unit}" is not on the roster of ${campaign}. Use the roster's spelling, or leave out --unit for a blank form.`,
    outputNotXlsx: (file) => `The output file "${file}" must end in .xlsx.`,
    cannotWrite: (file) =>
      `Cannot write "${file}". Check that the folder exists, has room, and that the file is not open in Excel.`,
    wroteTemplate: (file) => `Wrote ${file}`,
    wroteTemplates: (count, units, dir) => `Wrote ${count} form files for ${units} units in ${dir}`,
    filesArgument: "FILE|DIR… (the returns, or folders holding them)",
    severity: (severity) => (severity === "error" ? "[ERROR]" : "[warning]"),
    fileStatus: (file, status, unit) =>
      `${visibleText(file)}${unit ? ` (${visibleText(unit)})` : ""}: ${status}`,
    nothingMerged: (files) =>
      `None of the ${files} files could be merged. See the problems above (or in the JSON report).`,
    valuesLeftOut: (file, unit, values, cells) =>
      `${visibleText(file)}${unit ? ` (${visibleText(unit)})` : ""}: ${values} ${values === 1 ? "value" : "values"} left out of the totals${cells.length > 0 ? ` (${cells.length === 1 ? "cell" : "cells"} ${cells.join(", ")})` : ""}`,
    moreFiles: (files, jsonFile) =>
      `… and ${files} more ${files === 1 ? "file" : "files"} (see ${jsonFile ? visibleText(jsonFile) : "--json"})`,
    folderEmpty: (folder, extensions) =>
      `The folder "${visibleText(folder)}" holds no spreadsheet (${extensions.join(", ")}) directly in it (subfolders are not read); skipping it.`,
    folderUnreadable: (folder) =>
      `Cannot list the folder "${visibleText(folder)}". Check its permissions; skipping it.`,
    noMatch: (pattern) =>
      `No file matches "${visibleText(pattern)}". Check the folder and the pattern (* stands for any characters, ? for one).`,
    skippedOwnOutput: (file, option) =>
      `Skipping "${visibleText(file)}": this command writes it (${option}); it is not a return.`,
    noInputFiles: "There are no returns to read. Check the files and folders named.",
    checked: (files, accepted, superseded, rejected) =>
      `Checked ${files} files: ${accepted} merged, ${superseded > 0 ? `${superseded} superseded by newer files, ` : ""}${rejected} rejected.`,
    merged: (out, units, accepted, rejected, missing) =>
      `Wrote ${out}: ${units} units, ${accepted} files merged, ${rejected} rejected, ${missing} units without Mẫu 2.`,
  },
};
