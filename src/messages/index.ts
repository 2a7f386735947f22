import type { Catalogue } from "./catalogue";
import { renderFinding, visibleText } from "./catalogue";
import { en } from "./en";
import { vi } from "./vi";

import type { Finding } from "../core";

export type { ByCode, Catalogue, FindingMessages, InputHelp } from "./catalogue";
export type {
  FailureCause,
  MissingFeature,
  PaneAction,
  PaneFileStatus,
  PaneRosterNotice,
  PaneText,
} from "./pane";
export { applyByCode, formatDate, formatDeadlineVi, renderFinding, visibleText } from "./catalogue";
export { inputHelp } from "./input-help";
export { en, vi };

export const CATALOGUES: Readonly<Record<Catalogue["locale"], Catalogue>> = { vi, en };

/**
 * A finding as one sentence that names the file (and sheet and cell) and says what to do.
 * Control characters from file names or typed text are shown as symbols (see `visibleText`).
 *
 * @example describeFinding(vi, finding) // 'Tệp a.xlsx, trang "Mẫu 2", ô C14: Giá trị "-3" là số âm…'
 */
export function describeFinding(catalogue: Catalogue, finding: Finding): string {
  return visibleText(`${catalogue.location(finding.at)}: ${renderFinding(catalogue, finding)}`);
}
