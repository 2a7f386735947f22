/**
 * The task pane's texts (Excel add-in and web page), per locale. Findings, campaign
 * problems and summary sheet names come from the rest of the catalogue.
 */
import type { ReadFailure } from "../taskpane/merge-state";
import type { StatusFilter } from "../taskpane/merge-view";
import type { FeedbackText, FindingsViewText } from "./findings-view";
import type {
  CampaignFieldId,
  FileStatus,
  FormId,
  RosterNotice,
  Severity,
  UnitType,
} from "../core";

/** A dropped file's state in the merge list: still being read, or its merge status. */
export type PaneFileStatus = FileStatus | "reading";

/** The merge's main totals shown before any download (see taskpane/merge-view `mainTotals`). */
export type TotalId = "participants" | "classes" | "sessions";

/** Features a version of Excel may lack; the bridge reports them as these codes. */
export type MissingFeature =
  | "merges"
  | "protection"
  /** Hiding the metadata sheet (setting a sheet's visibility, ExcelApi 1.2). */
  | "sheetVisibility"
  /** Telling a workbook in the 1904 date system (worksheet functions, ExcelApi 1.2). */
  | "dateSystem"
  | "names"
  | "settings"
  | "conditionalFormats"
  | "dataValidation"
  /** Bar charts of the summary listed top-down, largest first (ExcelApi 1.8). */
  | "chartAxes"
  | "insertFromBase64";

/** What the pane was doing when something failed; the failure message starts with it. */
export type PaneAction =
  | "createForm"
  | "downloadForm"
  | "checkSheet"
  | "checkFile"
  | "selectCell"
  | "readFiles"
  | "writeSummary"
  | "downloadSummary"
  | "loadCampaign"
  | "saveCampaign"
  | "openCampaign"
  | "downloadCampaign"
  /** Copying a text (a reminder, feedback) to the clipboard. */
  | "copyText";

/**
 * Why it failed, as far as the pane can tell: Excel's error codes grouped by what the clerk
 * can do about them, the pane's own lazily loaded code, the read workers, the browser's
 * download and storage. Never the exception's own text.
 */
export type FailureCause =
  | "excelEditMode"
  | "excelLocked"
  | "excelBusy"
  | "excelUnsupported"
  | "excelMissingItem"
  | "excelTooLarge"
  /** Review › Protect Workbook is on: no sheet can be added, deleted or renamed. */
  | "excelStructureProtected"
  /** A sheet, table or defined name of the name the add-in needs exists (`ItemAlreadyExists`). */
  | "excelNameTaken"
  /** The active sheet is a chart or macro sheet (`UnsupportedSheet`). */
  | "excelUnsupportedSheet"
  /** Merged cells, a filter, a PivotTable or data at the sheet's edge stand in the way. */
  | "excelSheetConflict"
  | "excel"
  | "chunk"
  | "worker"
  | "download"
  | "fileUnreadable"
  | "storage"
  /** The browser (or Excel's webview) let nothing be written to the clipboard. */
  | "clipboard"
  /** Excel for Mac: the pane cannot download, nor open this file as a workbook. */
  | "noDownload"
  | "unexpected";

/** A roster notice, or a pasted name already on the list. */
export type PaneRosterNotice =
  RosterNotice | { readonly code: "already_listed"; readonly name: string };

export interface PaneText {
  readonly appName: string;
  readonly tagline: string;
  /**
   * A file the pane made, opened as a new workbook where the pane cannot download it (Excel
   * for Mac): what to do to keep it.
   */
  readonly openedAsWorkbook: (file: string) => string;
  /** The footer: which build this is ("TổngHợp 0.1.0 · a1b2c3d · 03/12/2026"). */
  readonly build: (build: {
    readonly version: string;
    readonly commit: string;
    readonly date: string;
  }) => string;
  readonly language: string;
  readonly languageName: string;
  readonly otherLanguage: string;
  readonly areas: {
    readonly campaign: string;
    readonly forms: string;
    readonly check: string;
    readonly merge: string;
  };
  readonly host: {
    /** One line for the pane's top; the whole text opens under it. */
    readonly inExcelShort: string;
    readonly inBrowserShort: string;
    readonly more: string;
    readonly less: string;
    readonly inExcel: string;
    readonly inBrowser: string;
    readonly missingFeatures: (features: readonly MissingFeature[]) => string;
  };
  /** The campaign in use, as one line at the top of the pane. */
  readonly campaign: {
    readonly label: string;
    readonly name: (name: string, year: number) => string;
    readonly unnamed: string;
    readonly fromFile: (file: string) => string;
    readonly fromWorkbook: string;
    readonly summary: (units: number, start: string, end: string) => string;
    readonly deadline: (form: FormId, when: string) => string;
    readonly noDeadlines: string;
    readonly change: string;
    readonly loading: string;
    readonly storedBroken: string;
    readonly workbookInvalid: (name: string) => string;
    readonly workbookWarnings: string;
  };
  /** Đợt báo cáo: make, edit, open and save the campaign. */
  readonly campaignArea: {
    readonly intro: string;
    readonly fileSection: string;
    readonly fileHint: (inExcel: boolean) => string;
    readonly download: string;
    readonly downloaded: (file: string) => string;
    readonly openFile: string;
    readonly reload: string;
    readonly reloadNoSheet: string;
    readonly reloaded: (units: number) => string;
    readonly fileNotJson: (file: string) => string;
    readonly fileNoSheet: (file: string) => string;
    readonly fileUnreadable: (file: string, reason: string) => string;
    readonly fileInvalid: (file: string) => string;
    readonly opened: (file: string, units: number) => string;
    readonly newSection: string;
    readonly newYear: string;
    readonly basis: string;
    readonly basisBlank: string;
    readonly basisInUse: (name: string, year: number) => string;
    readonly preset: (name: string, year: number) => string;
    readonly create: (year: string) => string;
    readonly created: string;
    readonly badYear: string;
    readonly editSection: string;
    readonly editHint: string;
    readonly fieldLabel: (id: CampaignFieldId) => string;
    readonly fieldHint: (id: CampaignFieldId) => string | undefined;
    readonly deadlineDate: (form: FormId) => string;
    readonly deadlineTime: (form: FormId) => string;
    readonly timeLabel: string;
    readonly rosterSection: (count: number) => string;
    readonly pasteLabel: string;
    readonly pasteHint: string;
    readonly addPasted: string;
    readonly pastedNothing: string;
    readonly added: (count: number) => string;
    readonly notice: (notice: PaneRosterNotice) => string;
    readonly unitType: (type: UnitType) => string;
    readonly unitName: (n: number) => string;
    readonly unitTypeOf: (n: number) => string;
    readonly unitEmail: (n: number) => string;
    readonly unitPhone: (n: number) => string;
    readonly emailPlaceholder: string;
    readonly phonePlaceholder: string;
    readonly removeUnit: (n: number, name: string) => string;
    readonly addUnit: string;
    readonly clearRoster: string;
    readonly emptyRoster: string;
    readonly unitPlace: (n: number, part: "name" | "type") => string;
    readonly rosterPlace: string;
    readonly timePlace: (label: string) => string;
    readonly use: string;
    readonly discard: string;
    readonly unsaved: string;
    readonly refused: (errors: number) => string;
    readonly warnings: string;
    readonly used: (name: string, units: number) => string;
    readonly savedToWorkbook: (sheet: string) => string;
    readonly savedInBrowser: string;
    readonly notSavedInBrowser: string;
    readonly working: string;
  };
  readonly forms: {
    readonly intro: string;
    readonly unit: string;
    readonly noUnit: string;
    readonly formName: (form: FormId) => string;
    readonly createInWorkbook: (form: FormId) => string;
    readonly download: (form: FormId) => string;
    readonly downloadAll: string;
    readonly downloadAllHint: (files: number, units: number) => string;
    readonly created: (sheet: string) => string;
    readonly downloaded: (file: string) => string;
    readonly working: string;
  };
  readonly check: {
    readonly intro: string;
    readonly checkActiveSheet: string;
    readonly activeSheetHint: string;
    readonly dropOne: string;
    readonly dropHint: string;
    readonly noFindings: (file: string) => string;
    readonly result: (errors: number, warnings: number) => string;
    readonly selectCell: (cell: string) => string;
    readonly unit: (unit: string | undefined) => string;
    readonly forms: (forms: readonly FormId[]) => string;
  };
  readonly merge: {
    readonly intro: string;
    readonly drop: string;
    readonly dropHint: string;
    readonly pick: string;
    readonly reading: (done: number, total: number) => string;
    /** The drop zone's label once files are listed. */
    readonly dropMore: string;
    readonly working: string;
    readonly listLabel: (files: number) => string;
    readonly filterLabel: string;
    readonly filter: (filter: StatusFilter, count: number) => string;
    readonly searchLabel: string;
    readonly searchPlaceholder: string;
    readonly shownOf: (shown: number, total: number) => string;
    /** A file's findings in a few words: "2 lỗi · 1 cảnh báo". */
    readonly counts: (errors: number, warnings: number) => string;
    /** Why a file has no result from the reader. */
    readonly failed: (failure: ReadFailure) => string;
    readonly downloaded: (file: string) => string;
    readonly status: (status: PaneFileStatus) => string;
    readonly showFindings: (file: string) => string;
    readonly hideFindings: (file: string) => string;
    readonly showAll: (more: number) => string;
    readonly unknownUnit: string;
    readonly mergeDownload: string;
    readonly mergeIntoWorkbook: string;
    readonly clear: string;
    readonly nothingToMerge: string;
    readonly merged: (units: number, accepted: number, rejected: number, missing: number) => string;
    readonly wroteSheets: (sheets: readonly string[]) => string;
  };
  /** Tổng hợp at a glance: the files received, on time, late, refused; the units missing. */
  readonly glance: {
    /** The block's heading and its accessible name. */
    readonly title: string;
    /** A count with the locale's digit grouping. */
    readonly number: (value: number) => string;
    readonly received: string;
    readonly onTime: string;
    readonly late: string;
    readonly refused: string;
    readonly reading: string;
    /** The chart's accessible name: every count it draws. */
    readonly chart: (
      received: number,
      onTime: number,
      late: number,
      refused: number,
      reading: number
    ) => string;
  };
  /** The merge's main totals, each opening to its units. */
  readonly totals: {
    readonly title: string;
    readonly number: (value: number) => string;
    readonly label: (id: TotalId) => string;
    /** The heading of one total's list of units. */
    readonly unitsOf: (id: TotalId) => string;
    /** Nothing counted yet: no accepted Mẫu 2. */
    readonly noUnits: string;
  };
  /** The roster units that have not sent a form, with a reminder to copy. */
  readonly missingUnits: {
    /** The block's heading ("Chưa nộp"), over one row per form. */
    readonly heading: string;
    /** A form's row, under the heading: "Mẫu 1: 8 đơn vị". */
    readonly row: (form: FormId, count: number) => string;
    /** The same in full, the row's accessible name. */
    readonly title: (form: FormId, count: number) => string;
    readonly none: (form: FormId) => string;
    /** The button's words; its accessible name is `copyLabel`, which contains them. */
    readonly copy: string;
    readonly copyLabel: (form: FormId) => string;
    readonly copied: (count: number) => string;
  };
  /**
   * The reminder a clerk pastes into Zalo or an email to the units that have not sent a
   * form (taskpane/merge-view `reminderText` puts the lines together).
   */
  readonly reminder: {
    readonly greeting: (units: number) => string;
    /** The sentence before the numbered names. */
    readonly notReceived: (form: FormId, year: number, units: number) => string;
    readonly unit: (n: number, name: string) => string;
    /** `when` is the campaign's deadline, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
    readonly deadline: (form: FormId, when: string) => string;
    readonly noDeadline: (form: FormId) => string;
    readonly whatToSend: (form: FormId, units: number) => string;
    readonly thanks: string;
    /** The line before the e-mail addresses (the last line, for the "To" field). */
    readonly emails: (units: number) => string;
  };
  /** Findings grouped, refusal reasons first, and what the merge will do with the file. */
  readonly findingsView: FindingsViewText;
  /** The feedback a clerk copies for a unit: what it must fix, cell by cell. */
  readonly feedback: FeedbackText;
  readonly severity: (severity: Severity) => string;
  readonly dropZone: { readonly or: string; readonly choose: string };
  readonly errors: {
    /** What failed (when known), why, and what to do; Excel's error code for support. */
    readonly failed: (action: PaneAction | undefined, cause: FailureCause, code?: string) => string;
  };
}
