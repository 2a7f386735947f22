import type { FormId } from "../core";
import type { MissingFeature, PaneText } from "./pane";

const FORM_NAMES: Readonly<Record<FormId, string>> = {
  mau1: "Form 1 (activity schedule)",
  mau2: "Form 2 (results report)",
};

const FEATURES: Readonly<Record<MissingFeature, string>> = {
  merges: "merged cells",
  protection: "sheet protection",
  names: "defined names",
  settings: "remembering the sheets it wrote",
  conditionalFormats: "warning colours",
  dataValidation: "input validation",
  insertFromBase64: "fully formatted summary sheets",
};

export const paneEn: PaneText = {
  appName: "TổngHợp",
  tagline: "Forms, checks and the district summary for Lifelong Learning Week",
  language: "Language",
  languageName: "English",
  otherLanguage: "Tiếng Việt",
  areas: { forms: "Forms", check: "Check", merge: "Merge" },
  host: {
    inExcel: "Running in Excel: forms and the summary are written into the open workbook.",
    inBrowser:
      "Running in a browser: forms and the summary are downloaded as Excel files. Returned files are read on this computer only and are not sent anywhere.",
    missingFeatures: (features) =>
      `This version of Excel lacks: ${features.map((f) => FEATURES[f]).join(", ")}. Everything else works; download the files when you need full formatting.`,
  },
  campaign: {
    label: "Campaign",
    preset: (name, year) => `${name} (${year})`,
    openFile: "Open a campaign file (.json)…",
    fromFile: (file) => `From ${file}`,
    summary: (units, start, end) => `${units} units, week from ${start} to ${end}.`,
    deadline: (form, when) => `${FORM_NAMES[form]} due: ${when}.`,
    fileNotJson: (file) =>
      `${file} is not valid JSON. Choose the campaign file (.json) the office sent, or use a built-in campaign.`,
    invalid: (file) => `${file} is not a valid campaign. Fix these entries and open it again:`,
  },
  forms: {
    intro:
      "Create the forms to send to units. Choose a unit to print its name on the form, or leave it empty for a form any unit can use.",
    unit: "Unit",
    noUnit: "(Empty — one form for every unit)",
    formName: (form) => FORM_NAMES[form],
    createInWorkbook: (form) => `Create ${FORM_NAMES[form]} in this workbook`,
    download: (form) => `Download ${FORM_NAMES[form]} (.xlsx)`,
    downloadAll: "Download the forms for the whole roster (.zip)",
    downloadAllHint: (files, units) =>
      `One zip with ${files} forms: Form 1 and Form 2 for each of the ${units} units.`,
    created: (sheet) => `Created sheet "${sheet}". Input cells are unlocked, the rest is locked.`,
    downloaded: (file) => `Downloaded ${file}.`,
    working: "Working…",
  },
  check: {
    intro:
      "Check a return before sending or merging it: negative numbers, non-whole numbers, dates outside the week, empty cells…",
    checkActiveSheet: "Check the active sheet",
    activeSheetHint: "Errors are marked red, warnings yellow. Click a row to select its cell.",
    dropOne: "Drop one return file here",
    dropHint: ".xlsx, .xlsm or .ods. The file is only read, never changed.",
    noFindings: (file) => `${file}: no problems found.`,
    result: (errors, warnings) => `${errors} errors, ${warnings} warnings.`,
    selectCell: (cell) => `Select cell ${cell}`,
    unit: (unit) => (unit ? `Unit: ${unit}` : "The unit could not be determined."),
    forms: (forms) =>
      forms.length === 0
        ? "Neither Form 1 nor Form 2 was found in the file."
        : `Found: ${forms.map((f) => FORM_NAMES[f]).join(", ")}.`,
  },
  merge: {
    intro:
      "Drop every file the units sent (several at once is fine). Broken or wrong files are reported; the others are still merged.",
    drop: "Drop the return files here",
    dropHint: "The units' .xlsx, .xlsm or .ods files. Files are only read, never changed.",
    pick: "Choose files…",
    reading: (done, total) => `Reading ${done}/${total} files…`,
    columns: {
      file: "File",
      unit: "Unit",
      status: "Status",
      errors: "Errors",
      warnings: "Warnings",
    },
    status: (status) =>
      ({
        reading: "Reading",
        accepted: "Counted",
        superseded: "Older copy",
        rejected: "Refused",
      })[status],
    showFindings: (file) => `Show details of ${file}`,
    hideFindings: (file) => `Hide details of ${file}`,
    showAll: (more) => `Show ${more} more files`,
    unknownUnit: "(unknown)",
    missing: (count) => `No Form 2 yet (${count} units):`,
    noneMissing: "Every unit on the roster has sent Form 2.",
    mergeDownload: "Merge and download (.xlsx)",
    mergeIntoWorkbook: "Merge into this workbook",
    clear: "Clear the file list",
    nothingToMerge:
      "No usable file to merge yet. See each file's problems and ask the units to send a correct file.",
    merged: (units, accepted, rejected, missing) =>
      `Merged ${units} units from ${accepted} files; ${rejected} files not usable; ${missing} units missing.`,
    wroteSheets: (sheets) => `Wrote sheets: ${sheets.join(", ")}.`,
  },
  severity: (severity) => (severity === "error" ? "Error" : "Warning"),
  dropZone: { or: "or", choose: "Choose a file…" },
  errors: {
    unexpected: (detail) =>
      `Something unexpected went wrong: ${detail}. Try again; if it persists, send this message to whoever supports you.`,
    excel: (detail) =>
      `Excel reported an error: ${detail}. Close any open dialogs in Excel, leave cell editing and try again.`,
  },
};
