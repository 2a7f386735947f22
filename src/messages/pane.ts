/**
 * The task pane's texts (Excel add-in and web page), per locale. Findings, campaign
 * problems and summary sheet names come from the rest of the catalogue.
 */
import type { FileStatus, FormId, Severity } from "../core";

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

export interface PaneText {
  readonly appName: string;
  readonly tagline: string;
  readonly language: string;
  readonly languageName: string;
  readonly otherLanguage: string;
  readonly areas: { readonly forms: string; readonly check: string; readonly merge: string };
  readonly host: {
    readonly inExcel: string;
    readonly inBrowser: string;
    readonly missingFeatures: (features: readonly MissingFeature[]) => string;
  };
  readonly campaign: {
    readonly label: string;
    readonly preset: (name: string, year: number) => string;
    readonly openFile: string;
    readonly fromFile: (file: string) => string;
    readonly summary: (units: number, start: string, end: string) => string;
    readonly deadline: (form: FormId, when: string) => string;
    readonly fileNotJson: (file: string) => string;
    readonly invalid: (file: string) => string;
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
    readonly unexpected: (detail: string) => string;
    readonly excel: (detail: string) => string;
  };
}
