import { CAMPAIGN_SHEET, UNIT_TYPES, UNIT_TYPE_LABELS, type CampaignProblem } from "../core";
import type { Catalogue } from "./catalogue";
import { formatDate, formatDeadlineVi, quoted, visibleText } from "./catalogue";
import { paneEn } from "./pane-en";
import { findingsEn } from "./findings-en";
import { summaryEn } from "./summary";

const where = (p: CampaignProblem): string => p.place ?? (p.path ? `"${p.path}"` : "The file");
const day = (value: unknown): string =>
  typeof value === "string" ? formatDeadlineVi(value) : String(value);
const UNIT_TYPE_CHOICES = UNIT_TYPES.map((type) => `"${UNIT_TYPE_LABELS[type]}"`).join(", ");
const resaveEn = "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).";
/** Why a workbook given on the command line cannot be read (a ReadRejectionCode), and what to do. */
function unreadableEn(code: string): string {
  switch (code) {
    case "encrypted":
      return "is protected by a password. Open it, remove the password and save.";
    case "legacy_xls":
      return `is an Excel 97-2003 file (.xls). ${resaveEn}`;
    case "unsupported_format":
      return `is a binary workbook (.xlsb). ${resaveEn}`;
    case "empty_file":
      return "is empty (0 bytes).";
    case "not_a_zip":
    case "not_a_workbook":
      return "is not an Excel or LibreOffice spreadsheet.";
    case "too_large":
      return "is larger than TổngHợp reads.";
    default:
      return `is damaged or incompletely copied. ${resaveEn}`;
  }
}

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
    campaign_week_long: (p) =>
      `The week lasts ${p.params?.days} days (${day(p.params?.start)} to ${day(p.params?.end)}). The day and month may be swapped (07/10 read as 10 July); check ${where(p)}.`,
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
      "  tonghop campaign --out FILE.xlsx [--from PRESET|FILE] [--year YEAR] [--units LIST]",
      '      Writes this year\'s campaign workbook (sheet "Đợt báo cáo": year, theme, week, deadlines,',
      "      receiving office, roster) to check and edit in Excel or LibreOffice. --year: the",
      "      campaign's year (default: this year). --from: copy a preset or last year's campaign,",
      "      its dates moved to the new year. --units: the roster from a .txt file (one name a",
      '      line), a .csv, an .xlsx or an .ods (column "Tên đơn vị", else the first column);',
      "      it replaces the roster of --from. An existing file is never overwritten.",
      "  tonghop template --form mau1|mau2 [--campaign PRESET|FILE] [--unit NAME] --out FILE.xlsx",
      "  tonghop templates [--campaign PRESET|FILE] --out DIR",
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
      "--campaign PRESET|FILE: the preset huong-thuy-2017 (default) or tan-binh-2022; or a",
      "  campaign workbook (.xlsx, .ods) made by tonghop campaign; or a JSON file.",
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
      [
        `The campaign file "${visibleText(file)}" has problems:`,
        ...problems.map((p) => `  - ${p}`),
      ].join("\n"),
    campaignWorkbookInvalid: (file, problems) =>
      [
        `The campaign workbook "${visibleText(file)}" cannot be used yet. Fix these cells in Excel or LibreOffice, save, and run again:`,
        ...problems.map((p) => `  - ${p}`),
      ].join("\n"),
    campaignWarnings: (file, problems) =>
      [
        `The campaign file "${visibleText(file)}" has points to check (going on):`,
        ...problems.map((p) => `  - ${p}`),
      ].join("\n"),
    campaignNoSheet: (file) =>
      `"${visibleText(file)}" has no sheet "${CAMPAIGN_SHEET}" with a "Tên đơn vị" column, so it is no campaign workbook. Pick the right file, or make one with: tonghop campaign --out campaign.xlsx`,
    campaignWorkbookUnreadable: (file, code) =>
      `The campaign workbook "${visibleText(file)}" ${unreadableEn(code)} Pick the right file, or make one with: tonghop campaign --out campaign.xlsx`,
    badYear: (value) =>
      `--year "${visibleText(value)}" cannot be used. Write the campaign's year in four digits, 2000 to 2100, e.g. --year 2026.`,
    outputExists: (file) =>
      `"${visibleText(file)}" already exists, and TổngHợp never overwrites a file. Pick another name for --out, or delete (or rename) the old file if it is no longer needed, and run again.`,
    unitsFileUnreadable: (file) =>
      `Cannot read the roster file "${visibleText(file)}" (--units). Check the path and permissions.`,
    unitsWorkbookUnreadable: (file, code) =>
      `The roster file "${visibleText(file)}" (--units) ${unreadableEn(code)} A .txt file with one unit name a line works too.`,
    unitsFileNotList: (file) =>
      `"${visibleText(file)}" (--units) is neither text nor a spreadsheet. Use a .txt file (one unit name a line), a .csv, an .xlsx or an .ods.`,
    unitsNoSheet: (file) =>
      `"${visibleText(file)}" (--units) has no visible sheet with anything in it. Put the list on the first sheet, column "Tên đơn vị".`,
    unitsNotice: (file, notice, sheet) => {
      const at = `${visibleText(file)}${sheet ? `, sheet "${visibleText(sheet)}"` : ""}, line ${notice.line}`;
      switch (notice.code) {
        case "duplicate_dropped":
          return `${at}: "${visibleText(quoted(notice.name))}" is listed above already; this repeat is dropped.`;
        case "header_skipped":
          return `${at} is a header, not a unit; skipped.`;
        case "type_unknown":
          return `${at}: unknown unit type "${visibleText(quoted(notice.value))}"; the type is guessed from the name. Change it in the "Loại" column if needed (${UNIT_TYPE_CHOICES}).`;
        case "placeholder_dropped":
          return `${at}: "${visibleText(quoted(notice.name))}" is not a unit's name; dropped.`;
      }
    },
    rosterEmpty: (file, sheet, firstCell, unitsFile) =>
      `The roster is empty${unitsFile ? ` (${visibleText(unitsFile)} holds no unit name)` : ""}. Open ${visibleText(file)} and type the units that must report in the "Tên đơn vị" column of the sheet "${sheet}", from cell ${firstCell} down, one a row. No forms can be made while the roster is empty.`,
    wroteCampaign: (w) => {
      const lines = [
        `Wrote ${visibleText(w.file)}: the ${w.year} campaign, week ${formatDate(w.week.start)} to ${formatDate(w.week.end)}, ${w.units} ${w.units === 1 ? "unit" : "units"}${w.unitsFile && w.units > 0 ? ` (from ${visibleText(w.unitsFile)})` : ""}.`,
      ];
      if (w.from && w.from.year !== w.year) {
        lines.push(
          `Copied from ${visibleText(w.from.source)} (${w.from.year}); the week and deadlines keep their day and month in ${w.year}, so their weekdays changed: check them against this year's plan.`
        );
      } else if (w.from) lines.push(`Copied from ${visibleText(w.from.source)}.`);
      const { mau1, mau2 } = w.deadlines;
      lines.push(
        `Deadlines: Mẫu 1 ${mau1 ? formatDeadlineVi(mau1) : "not set"}, Mẫu 2 ${mau2 ? formatDeadlineVi(mau2) : "not set"}.${mau1 && mau2 ? "" : " Without a deadline no unit is late."}`
      );
      if (w.blanks.length > 0)
        lines.push(
          `Still empty: ${w.blanks.map((b) => `${b.label} (cell ${b.cell})`).join(", ")}.`
        );
      lines.push(
        "Next:",
        `  1. Open ${visibleText(w.file)} in Excel or LibreOffice: check the week and the deadlines, fill in the empty cells, correct the roster if needed, and save.`,
        `  2. Make the forms for every unit: ${visibleText(w.next)}`
      );
      return lines.join("\n");
    },
    campaignWrittenWithErrors: (file, problems) =>
      [
        `Wrote ${visibleText(file)}, but it has errors to fix in the file before forms can be made:`,
        ...problems.map((p) => `  - ${p}`),
      ].join("\n"),
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
