/**
 * Failures as the clerk reads them: what did not happen, why (as far as the pane can tell)
 * and what to do, in the pane's language. An exception's own text is English, technical and
 * sometimes empty; it goes to the console for whoever supports the office, never on screen.
 * Excel's error code (e.g. `InvalidOperation`) is shown as a code to quote.
 */
import type { Catalogue, FailureCause, PaneAction } from "../messages";

/** A failure whose cause the pane knows: its own lazy code, a read worker, a download… */
export class PaneFailure extends Error {
  constructor(
    readonly kind: FailureCause,
    message: string = kind
  ) {
    super(message);
    this.name = "PaneFailure";
  }
}

/**
 * A failure of a step with its own name inside a larger action: opening a campaign file
 * that then fails to be written into the workbook is a failure to save it.
 */
export class ActionFailure extends Error {
  constructor(
    readonly action: PaneAction,
    readonly inner: unknown,
    readonly inExcel: boolean
  ) {
    super(action);
    this.name = "ActionFailure";
  }
}

/**
 * Excel's codes (OfficeExtension.Error#code), grouped by what the clerk can do: every code
 * of `Excel.ErrorCodes` in the typings (a test holds the list to them), and the codes Excel
 * sends that the typings leave out. A code not here is said as `excel`, with the code.
 */
export const EXCEL_CAUSES: Readonly<Record<string, FailureCause>> = {
  InvalidOperationInCellEditMode: "excelEditMode",
  AccessDenied: "excelLocked",
  WorkbookProtected: "excelLocked",
  ActivityLimitReached: "excelBusy",
  RequestAborted: "excelBusy",
  ServiceNotAvailable: "excelBusy",
  Conflict: "excelBusy",
  InactiveWorkbook: "excelBusy",
  ApiNotFound: "excelUnsupported",
  NotImplemented: "excelUnsupported",
  UnsupportedOperation: "excelUnsupported",
  UnsupportedFeature: "excelUnsupported",
  ItemNotFound: "excelMissingItem",
  ItemAlreadyExists: "excelNameTaken",
  UnsupportedSheet: "excelUnsupportedSheet",
  InsertDeleteConflict: "excelSheetConflict",
  MergedRangeConflict: "excelSheetConflict",
  FilteredRangeConflict: "excelSheetConflict",
  PivotTableRangeConflict: "excelSheetConflict",
  NonBlankCellOffSheet: "excelSheetConflict",
  RequestPayloadSizeLimitExceeded: "excelTooLarge",
  ResponsePayloadSizeLimitExceeded: "excelTooLarge",
  OperationCellsExceedLimit: "excelTooLarge",
  RangeExceedsLimit: "excelTooLarge",
  RangeImageExceedsLimit: "excelTooLarge",
  FormulaLengthExceedsLimit: "excelTooLarge",
  // What the clerk cannot act on but to retry, said with the code for whoever supports them.
  GeneralException: "excel",
  InvalidArgument: "excel",
  InvalidBinding: "excel",
  InvalidOperation: "excel",
  InvalidReference: "excel",
  InvalidSelection: "excel",
  DirtySupportingFormula: "excel",
  EmptyChartSeries: "excel",
  UnsupportedFillType: "excel",
  OpenWorkbookLinksBlocked: "excel",
  RefreshWorkbookLinksBlocked: "excel",
  PowerQueryRefreshResourceChallenge: "excel",
};

export interface Classified {
  readonly cause: FailureCause;
  /** Excel's error code, when Excel gave one. */
  readonly code?: string;
}

function stringProp(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const prop = (value as Record<string, unknown>)[key];
  return typeof prop === "string" ? prop : undefined;
}

/**
 * What kind of failure `error` is. `inExcel` says the action called Excel, so an error that
 * is nothing else is Excel's.
 */
export function classifyFailure(error: unknown, inExcel = false): Classified {
  if (error instanceof PaneFailure) return { cause: error.kind };
  const name = stringProp(error, "name") ?? "";
  const message = stringProp(error, "message") ?? "";
  // webpack's failed import() of a chunk (network, or a deployment replaced the files).
  if (name === "ChunkLoadError" || /^Loading (CSS )?chunk .* failed/.test(message)) {
    return { cause: "chunk" };
  }
  if (name === "QuotaExceededError" || name === "SecurityError") return { cause: "storage" };
  // The bridge's own refusal (`StructureProtectedError`): found before Excel would refuse,
  // so there is no Excel code to quote.
  if (name === "StructureProtectedError") return { cause: "excelStructureProtected" };
  if (name === "NotReadableError" || name === "NotFoundError" || name === "NotAllowedError") {
    return { cause: "fileUnreadable" };
  }
  const code = stringProp(error, "code");
  if (code && /^[A-Za-z]+$/.test(code)) return { cause: EXCEL_CAUSES[code] ?? "excel", code };
  if (inExcel) {
    // A bare Error whose message is one of Excel's codes (older hosts, test doubles).
    const bare = /^[A-Z][A-Za-z]+$/.test(message) ? message : undefined;
    return bare ? { cause: EXCEL_CAUSES[bare] ?? "excel", code: bare } : { cause: "excel" };
  }
  return { cause: "unexpected" };
}

/** A text to show, made from the catalogue in use when it is shown. */
export type Say = (catalogue: Catalogue) => string;

/**
 * A failure of `action` as a notice's words: classified (and logged for support) once, when
 * it happens; said in whichever language the pane has when it is shown.
 */
export function failureSay(error: unknown, action?: PaneAction, inExcel = false): Say {
  if (error instanceof ActionFailure) return failureSay(error.inner, error.action, error.inExcel);
  const { cause, code } = classifyFailure(error, inExcel);
  if (cause === "unexpected" || cause === "excel") {
    // For whoever supports the office: the details the clerk is not shown.
    console.error(`TổngHợp: ${action ?? "action"} failed`, error);
  }
  return (catalogue) => catalogue.pane.errors.failed(action, cause, code);
}

/** The message for a failure of `action`, in the catalogue's language. */
export function failureText(
  catalogue: Catalogue,
  error: unknown,
  action?: PaneAction,
  inExcel = false
): string {
  return failureSay(error, action, inExcel)(catalogue);
}
