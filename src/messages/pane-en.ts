import type { CampaignFieldId, FormId, UnitType } from "../core";
import { feedbackEn, findingsViewEn } from "./findings-view-en";
import type { FailureCause, MissingFeature, PaneAction, PaneText, TotalId } from "./pane";

const FORM_NAMES: Readonly<Record<FormId, string>> = {
  mau1: "Form 1 (activity schedule)",
  mau2: "Form 2 (results report)",
};

const FEATURES: Readonly<Record<MissingFeature, string>> = {
  merges: "merged cells",
  protection: "sheet protection",
  sheetVisibility: "hiding the forms' data sheet",
  dateSystem: "telling a workbook in the 1904 date system (dates are read as 1900 dates)",
  names: "defined names",
  settings: "remembering the sheets it wrote",
  conditionalFormats: "warning colours",
  dataValidation: "input validation",
  chartAxes: "bar charts listed largest first",
  insertFromBase64: "fully formatted summary sheets",
};

/** The merge's main totals: under the big number, and as a list's heading. */
const TOTALS: Readonly<Record<TotalId, { readonly label: string; readonly units: string }>> = {
  participants: { label: "participants", units: "Participants by unit" },
  classes: { label: "classes opened", units: "Classes opened by unit" },
  sessions: {
    label: "workshops, exhibitions, performances",
    units: "Workshops, exhibitions and performances by unit",
  },
};

/** A form as the reminder names it, with the year of the campaign. */
const REMINDER_FORMS: Readonly<Record<FormId, (year: number) => string>> = {
  mau1: (year) => `Lifelong Learning Week ${year} activity schedule (Form 1)`,
  mau2: (year) => `Lifelong Learning Week ${year} results report (Form 2)`,
};

const SHORT_FORMS: Readonly<Record<FormId, string>> = { mau1: "Form 1", mau2: "Form 2" };

/** "on 13/10/2017", "at 16:00 on 13/10/2022"; text that is neither stays as it is. */
function deadlineWords(when: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(when);
  if (!m) return when;
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] ? `at ${m[4]} on ${date}` : `on ${date}`;
}

/** 1234 → "1,234". */
const grouped = (value: number): string => value.toLocaleString("en-US");
/** "1 file", "2 files", "1,234 units". */
const counted = (value: number, noun: string): string =>
  `${grouped(value)} ${noun}${value === 1 ? "" : "s"}`;

const FIELD_LABELS: Readonly<Record<CampaignFieldId, string>> = {
  year: "Year",
  theme: "Theme",
  weekStart: "Week from",
  weekEnd: "Week to",
  issuingBody: "Issued by",
  collectingUnit: "Collecting office",
  receivingOffice: "Units report to",
  reportsTo: "This office reports to",
  signer: "Signed by",
  mau1: "Form 1 due",
  mau2: "Form 2 due",
};

const FIELD_HINTS: Partial<Record<CampaignFieldId, string>> = {
  issuingBody: "The body that issued the plan",
  collectingUnit: "Your office's name as the level above knows it, e.g. Phường Phú Bài",
  receivingOffice: "Printed after “Kính gửi” on the units' Form 2",
  reportsTo: "Printed after “Kính gửi” on your summary",
  signer: "One title a line, e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
};

const UNIT_TYPES: Readonly<Record<UnitType, string>> = {
  school: "School",
  community: "Community learning centre / commune / ward",
  vocational_centre: "Vocational and continuing-education centre",
  district: "Education office",
  other: "Other",
};

const ACTIONS: Readonly<Record<PaneAction, string>> = {
  createForm: "The form was not created in the workbook.",
  downloadForm: "The form was not downloaded.",
  checkSheet: "The active sheet was not checked.",
  checkFile: "The file was not checked.",
  selectCell: "The cell was not selected.",
  readFiles: "The files were not read.",
  writeSummary: "The summary was not written into the workbook.",
  downloadSummary: "The summary was not downloaded.",
  loadCampaign: "The sheet “Đợt báo cáo” of the workbook was not read.",
  saveCampaign:
    "The campaign was not written into the workbook, so the campaign in use is unchanged.",
  openCampaign: "The campaign file was not opened.",
  downloadCampaign: "The campaign file was not downloaded.",
  copyText: "Nothing was copied.",
};

const CAUSES: Readonly<Record<FailureCause, string>> = {
  excelEditMode: "Excel is editing a cell. Press Enter or Esc to leave the cell and try again.",
  excelLocked:
    "The workbook or sheet is protected, or the workbook is open read-only. Unprotect the sheet (Review › Unprotect Sheet) or enable editing and try again.",
  excelBusy: "Excel is busy or disconnected. Wait a moment and try again.",
  excelUnsupported:
    "This version of Excel cannot do this. Update Excel, or use the TổngHợp web page and download the files.",
  excelMissingItem: "A sheet it needs is gone (perhaps just deleted or renamed). Try again.",
  excelTooLarge: "Too much data for Excel to take at once. Download the file instead.",
  excelStructureProtected:
    "The workbook's structure is protected, so no sheet can be added, deleted or renamed. Go to Review › Protect Workbook, turn it off (enter the password if asked) and try again.",
  excelNameTaken:
    "The workbook already has a sheet, table or defined name of a name TổngHợp needs. Rename yours (right-click the sheet tab › Rename; Formulas › Name Manager) and try again.",
  excelUnsupportedSheet:
    "The open sheet is a chart or macro sheet. Choose an ordinary worksheet and try again.",
  excelSheetConflict:
    "Merged cells, a filter or a PivotTable on the sheet stand where TổngHợp must write. Remove the filter or merge there, or work in a new workbook, and try again.",
  excel:
    "Excel could not do this just now. Close any open dialogs in Excel, leave cell editing and try again.",
  chunk:
    "Part of TổngHợp could not be loaded (no network, or the page was just updated). Reload the page and try again.",
  worker:
    "The browser stopped reading files midway (perhaps out of memory). Close some tabs, reload the page and try again with fewer files.",
  download:
    "The browser did not allow the download. Allow downloads for this page (the download icon in the address bar) and try again.",
  fileUnreadable:
    "The chosen file could not be read (moved, deleted or not readable). Choose it again.",
  storage:
    "The browser does not allow saving data on this computer (private mode, or storage full).",
  noDownload:
    "In Excel for Mac the add-in cannot download files, and this file cannot be opened as a new workbook (it needs a more recent Excel, or it is a .zip). Open the TổngHợp web page in Safari or Chrome (same address, nothing to install) to download it.",
  clipboard:
    "The browser or Excel did not allow writing to the clipboard. Try again; if it still fails, open the TổngHợp page in Chrome or Edge and copy from there.",
  unexpected:
    "Something unexpected went wrong. Reload the page and try again; if it persists, tell whoever supports you what you were doing.",
};

export const paneEn: PaneText = {
  appName: "TổngHợp",
  build: ({ version, commit, date }) =>
    [`TổngHợp version ${version}`, commit, date].filter(Boolean).join(" · "),
  openedAsWorkbook: (file) =>
    `The file was opened as a new workbook in Excel (Excel for Mac does not let add-ins download files). Save that workbook with File › Save, named ${file}.`,
  tagline: "Forms, checks and the district summary for Lifelong Learning Week",
  language: "Language",
  languageName: "English",
  otherLanguage: "Tiếng Việt",
  areas: { campaign: "Campaign", forms: "Forms", check: "Check", merge: "Merge" },
  host: {
    inExcelShort: "In Excel: writes into the open workbook.",
    inBrowserShort: "In a browser: files stay on this computer.",
    more: "Details",
    less: "Less",
    inExcel: "Running in Excel: forms and the summary are written into the open workbook.",
    inBrowser:
      "Running in a browser: forms and the summary are downloaded as Excel files. Returned files are read on this computer only and are not sent anywhere.",
    missingFeatures: (features) =>
      `This version of Excel lacks: ${features.map((f) => FEATURES[f]).join(", ")}. Everything else works; download the files when you need full formatting.`,
  },
  campaign: {
    label: "Campaign",
    name: (name, year) => `${name}, ${year}`,
    unnamed: "(no office name yet)",
    fromFile: (file) => `From ${file}`,
    fromWorkbook: "From the workbook's sheet “Đợt báo cáo”",
    summary: (units, start, end) => `${units} units, week from ${start} to ${end}.`,
    deadline: (form, when) => `${FORM_NAMES[form]} due: ${when}.`,
    noDeadlines: "No deadlines set.",
    change: "Change",
    loading: "Reading the campaign from the workbook…",
    storedBroken:
      "The campaign saved on this computer is damaged and was not used; a built-in campaign is in use. Open the campaign file again or make one under “Campaign”.",
    workbookInvalid: (name) =>
      `The workbook's sheet “Đợt báo cáo” has mistakes and was not used; ${name} is in use. Fix these cells, then press “Read again from the workbook” under “Campaign”:`,
    workbookWarnings: "The workbook's campaign is in use, but check these:",
  },
  campaignArea: {
    intro:
      "A campaign is the year, the week, the deadlines and the units that must report. Forms, checks and the summary all follow the campaign in use.",
    fileSection: "Campaign file",
    fileHint: (inExcel) =>
      inExcel
        ? "The campaign in use is kept on this workbook's sheet “Đợt báo cáo”. Edit that sheet and press “Read again from the workbook”, or download it as a file of its own."
        : "The campaign in use is remembered by this browser. Download it as an Excel file to keep it, send it, or open it on another computer.",
    download: "Download the campaign file (.xlsx)",
    downloaded: (file) => `Downloaded ${file}. Open it again with “Open a campaign file”.`,
    openFile: "Open a campaign file…",
    reload: "Read again from the workbook",
    reloadNoSheet:
      "This workbook has no sheet “Đợt báo cáo” yet. Press “Use this campaign” to write it there.",
    reloaded: (units) => `Read the sheet “Đợt báo cáo” again: ${units} units.`,
    fileNotJson: (file) =>
      `${file} is not valid JSON. Choose a campaign file (an .xlsx made by TổngHợp, or .json).`,
    fileNoSheet: (file) =>
      `${file} has no sheet “Đợt báo cáo”. Choose a campaign file made by TổngHợp (“Download the campaign file”).`,
    fileUnreadable: (file, reason) => `${file} could not be opened: ${reason}`,
    fileInvalid: (file) =>
      `${file} has mistakes and was not used (the campaign in use is unchanged). Fix these and open it again:`,
    opened: (file, units) => `Using the campaign in ${file} (${units} units).`,
    newSection: "New campaign",
    newYear: "Year of the new campaign",
    basis: "Based on",
    basisBlank: "Empty (fill in)",
    basisInUse: (name, year) => `The campaign in use: ${name} (${year})`,
    preset: (name, year) => `Built-in: ${name} (${year})`,
    create: (year) => (year ? `Make a draft for ${year}` : "Make a draft"),
    created: "Draft made. Fill in or check every entry below, then press “Use this campaign”.",
    badYear: "The year must have 4 digits, e.g. 2026.",
    editSection: "Campaign details",
    editHint: "Edit the draft here; the campaign in use changes only with “Use this campaign”.",
    fieldLabel: (id) => FIELD_LABELS[id],
    fieldHint: (id) => FIELD_HINTS[id],
    deadlineDate: (form) => `${FORM_NAMES[form]} due date`,
    deadlineTime: (form) => `${FORM_NAMES[form]} due time (optional)`,
    timeLabel: "Time (optional)",
    rosterSection: (count) => `Units (${count})`,
    pasteLabel: "Paste a list from Excel",
    pasteHint:
      "In Excel, select the column of unit names (with type, email and phone columns if you have them), press Ctrl+C and paste here (Ctrl+V).",
    addPasted: "Add to the list",
    pastedNothing: "No unit name found in what was pasted.",
    added: (count) =>
      `Added ${count} units. Their types were guessed from the names; check and correct them.`,
    notice: (notice) => {
      switch (notice.code) {
        case "duplicate_dropped":
          return `Line ${notice.line}: “${notice.name}” repeats a line above and was dropped.`;
        case "header_skipped":
          return `Line ${notice.line} is a header and was skipped.`;
        case "type_unknown":
          return `Line ${notice.line}: type “${notice.value}” not understood; guessed from the name.`;
        case "already_listed":
          return `“${notice.name}” is already on the list and was not added again.`;
      }
    },
    unitType: (type) => UNIT_TYPES[type],
    unitName: (n) => `Name of unit ${n}`,
    unitTypeOf: (n) => `Type of unit ${n}`,
    unitEmail: (n) => `Email of unit ${n}`,
    unitPhone: (n) => `Phone of unit ${n}`,
    emailPlaceholder: "Email",
    phonePlaceholder: "Phone",
    removeUnit: (n, name) => `Remove unit ${n}${name ? `: ${name}` : ""}`,
    addUnit: "Add a unit",
    clearRoster: "Clear the list",
    emptyRoster: "No units yet. Paste a list from Excel, or press “Add a unit”.",
    unitPlace: (n, part) => `Unit ${n} (${part})`,
    rosterPlace: "paste a list or press “Add a unit”",
    timePlace: (label) => `${label} (time)`,
    use: "Use this campaign",
    discard: "Discard changes",
    unsaved: "The draft has changes not in use yet.",
    refused: (errors) =>
      `This campaign cannot be used yet: ${errors} errors. The campaign in use is unchanged. Fix these and press “Use this campaign” again:`,
    warnings: "The campaign is in use, but check these:",
    used: (name, units) => `Using ${name} (${units} units).`,
    savedToWorkbook: (sheet) => `Written to the workbook's sheet “${sheet}”.`,
    savedInBrowser: "Saved in this browser: it is still here next time.",
    notSavedInBrowser:
      "The browser does not allow saving on this computer (private mode, or storage full): it is lost when the page closes. Download the campaign file to keep it.",
    working: "Working…",
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
    dropMore: "Add files: drop or",
    working: "Merging…",
    listLabel: (files) => `Files received (${files})`,
    filterLabel: "Filter by status",
    filter: (filter, count) =>
      `${
        {
          all: "All",
          rejected: "Refused",
          errors: "With errors",
          accepted: "Counted",
          superseded: "Older copy",
        }[filter]
      } (${count})`,
    searchLabel: "Find a unit or file",
    searchPlaceholder: "Unit or file name",
    shownOf: (shown, total) => `Showing ${shown} of ${total} files.`,
    counts: (errors, warnings) =>
      [
        errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : "",
        warnings > 0 ? `${warnings} warning${warnings === 1 ? "" : "s"}` : "",
      ]
        .filter(Boolean)
        .join(" · "),
    failed: (failure) =>
      failure === "readFailed"
        ? "Not read: the browser stopped reading. Press “Clear the file list” and add the files again."
        : "The reader gave no answer for this file. Clear the list and add it again; if that persists, open it in Excel, save it and try again.",
    downloaded: (file) => `Downloaded ${file}.`,
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
    mergeDownload: "Merge and download (.xlsx)",
    mergeIntoWorkbook: "Merge into this workbook",
    clear: "Clear the file list",
    nothingToMerge:
      "No usable file to merge yet. See each file's problems and ask the units to send a correct file.",
    merged: (units, accepted, rejected, missing) =>
      `Merged ${units} units from ${accepted} files; ${rejected} files not usable; ${missing} units missing.`,
    wroteSheets: (sheets) => `Wrote sheets: ${sheets.join(", ")}.`,
  },
  glance: {
    title: "Returns so far",
    number: grouped,
    received: "files received",
    onTime: "on time",
    late: "late",
    refused: "refused",
    reading: "reading",
    chart: (received, onTime, late, refused, reading) =>
      `${counted(received, "file")} received: ${grouped(onTime)} on time, ${grouped(late)} late, ${grouped(refused)} refused` +
      (reading > 0 ? `; ${counted(reading, "file")} being read.` : "."),
  },
  totals: {
    title: "Main results",
    number: grouped,
    label: (id) => TOTALS[id].label,
    unitsOf: (id) => TOTALS[id].units,
    noUnits: "No unit counted yet: no usable Form 2 has come in.",
  },
  missingUnits: {
    heading: "Not sent",
    row: (form, count) => `${SHORT_FORMS[form]}: ${counted(count, "unit")}`,
    title: (form, count) => `${SHORT_FORMS[form]} not sent: ${counted(count, "unit")}`,
    none: (form) => `Every unit on the roster has sent ${FORM_NAMES[form]}.`,
    copy: "Copy a reminder",
    copyLabel: (form) => `Copy a reminder for ${SHORT_FORMS[form]}`,
    copied: (count) =>
      `Copied a reminder for ${counted(count, "unit")}. Paste it (Ctrl+V) into Zalo or an email.`,
  },
  reminder: {
    greeting: () => "Dear colleagues,",
    notReceived: (form, year, units) =>
      `We have not yet received the ${REMINDER_FORMS[form](year)} from ${units === 1 ? "this unit" : "these units"}:`,
    unit: (n, name) => `${n}. ${name}`,
    deadline: (form, when) => `${SHORT_FORMS[form]} is due ${deadlineWords(when)}.`,
    noDeadline: (form) =>
      `No deadline has been set for ${SHORT_FORMS[form]}, but please send it soon so that the summary can be made in time.`,
    whatToSend: () =>
      "Please fill in the form you were sent and send the Excel file back by email or Zalo, with a signed and stamped copy.",
    thanks: "Thank you.",
    emails: (units) => (units === 1 ? "The unit's email:" : "These units' emails:"),
  },
  findingsView: findingsViewEn,
  feedback: feedbackEn,
  severity: (severity) => (severity === "error" ? "Error" : "Warning"),
  dropZone: { or: "or", choose: "Choose a file…" },
  errors: {
    failed: (action, cause, code) =>
      [
        action ? ACTIONS[action] : "That did not work.",
        CAUSES[cause],
        code ? `(Excel error code: ${code}.)` : "",
      ]
        .filter(Boolean)
        .join(" "),
  },
};
