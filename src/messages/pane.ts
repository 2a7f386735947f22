/**
 * The task pane's texts (Excel add-in and web page), per locale. Findings, campaign
 * problems and summary sheet names come from the rest of the catalogue.
 */
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

/** Features a version of Excel may lack; the bridge reports them as these codes. */
export type MissingFeature =
  | "merges"
  | "protection"
  | "names"
  | "settings"
  | "conditionalFormats"
  | "dataValidation"
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
  | "downloadCampaign";

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
  | "excel"
  | "chunk"
  | "worker"
  | "download"
  | "fileUnreadable"
  | "storage"
  | "unexpected";

/** A roster notice, or a pasted name already on the list. */
export type PaneRosterNotice =
  RosterNotice | { readonly code: "already_listed"; readonly name: string };

export interface PaneText {
  readonly appName: string;
  readonly tagline: string;
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
    readonly columns: {
      readonly file: string;
      readonly unit: string;
      readonly status: string;
      readonly errors: string;
      readonly warnings: string;
    };
    readonly status: (status: PaneFileStatus) => string;
    readonly showFindings: (file: string) => string;
    readonly hideFindings: (file: string) => string;
    readonly showAll: (more: number) => string;
    readonly unknownUnit: string;
    readonly missing: (count: number) => string;
    readonly noneMissing: string;
    readonly mergeDownload: string;
    readonly mergeIntoWorkbook: string;
    readonly clear: string;
    readonly nothingToMerge: string;
    readonly merged: (units: number, accepted: number, rejected: number, missing: number) => string;
    readonly wroteSheets: (sheets: readonly string[]) => string;
  };
  readonly severity: (severity: Severity) => string;
  readonly dropZone: { readonly or: string; readonly choose: string };
  readonly errors: {
    /** What failed (when known), why, and what to do; Excel's error code for support. */
    readonly failed: (action: PaneAction | undefined, cause: FailureCause, code?: string) => string;
  };
}
