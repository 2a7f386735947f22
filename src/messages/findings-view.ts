/**
 * The texts of findings as the pane shows them (grouped, with the indicator's label and what
 * the merge will do with the file) and of the feedback a clerk copies for a unit. Part of
 * PaneText (`findingsView`, `feedback`); taskpane/finding-groups and taskpane/feedback put
 * the pieces together.
 */
import type { Finding, FindingCode } from "../core";

/** What the merge does with one file (taskpane/finding-groups `verdictOf`). */
export interface FileVerdict {
  readonly kind: "counted" | "counted_with_errors" | "refused" | "superseded";
  /**
   * Refused: why, each reason once, in the order found. Counted with errors: the codes of its
   * errors. Superseded: `superseded`. Counted: none.
   */
  readonly reasons: readonly FindingCode[];
  /** Mẫu 2 values left out of the totals because they are errors. */
  readonly leftOut: number;
  /** Mẫu 1 activity rows left out of the schedule because of an error. */
  readonly rowsLeftOut: number;
}

/**
 * An indicator as a sentence names it: its printed label without the form's "- "/"+ " marks,
 * and for a "+ Số lượt người tham gia" row the label of the count row it belongs to.
 */
export interface IndicatorLabel {
  readonly label: string;
  readonly countOf?: string;
}

/** What a group of findings counts: cells, indicators without a cell, or plain times. */
export type FindingNoun = "cells" | "indicators" | "times";

/** One cell of a group, with what the unit typed there when the finding quotes it. */
export interface GroupCell {
  readonly cell: string;
  readonly text?: string;
}

/** Where one line of feedback is, as far as it is known; lists are cut, the rest counted. */
export interface LinePlace {
  /** Given when the file's findings are on more than one sheet. */
  readonly sheet?: string;
  readonly cells: readonly GroupCell[];
  readonly moreCells: number;
  readonly labels: readonly IndicatorLabel[];
  readonly moreLabels: number;
}

export interface FindingsViewText {
  /**
   * The heading of a group of `count` > 1 findings of one code that differ only by their
   * cell ("24 ô để trống, được tính là 0…"); `sample` is the group's first finding.
   */
  readonly heading: (count: number, sample: Finding, noun: FindingNoun) => string;
  /** "Các ô: C14, C15 và 3 ô khác." (`more` cells are not listed). */
  readonly cells: (cells: readonly GroupCell[], more: number) => string;
  /** "Chỉ tiêu: Số lớp dạy nghề ngắn hạn." */
  readonly indicator: (labels: readonly IndicatorLabel[], more: number) => string;
  /** The mark of a finding that makes the merge refuse the file. */
  readonly refusal: string;
  /** The button of a group: select its first cell. */
  readonly selectFirst: (cell: string) => string;
  /** What the merge will do with the file, in one or two sentences. */
  readonly verdict: (verdict: FileVerdict) => string;
  /** A reason a file is refused, in a few plain words ("tệp không phải bảng tính Excel"). */
  readonly reason: (code: FindingCode) => string;
}

export interface FeedbackText {
  /** The button's words ("Sao chép góp ý"). */
  readonly copy: string;
  /** The button's accessible name: whose feedback it copies. */
  readonly copyLabel: (unit: string | undefined, file: string) => string;
  readonly copied: (unit: string | undefined) => string;
  /** The clipboard refused: the text is shown to be copied by hand. */
  readonly copyFailed: string;
  /** The box holding the text when it could not be copied. */
  readonly textLabel: string;
  /** The first line: to whom, about which file. */
  readonly greeting: (unit: string | undefined, file: string) => string;
  /** What became of the file, told to the unit. */
  readonly verdict: (verdict: FileVerdict) => string;
  /** Before the errors to fix. */
  readonly mustFix: string;
  /** Before the warnings to look at (the file counts as it is). */
  readonly shouldCheck: string;
  readonly nothingToFix: string;
  /** Where a line is: "Ô C14 (Số lớp dạy nghề ngắn hạn)", "Các ô C14, C15", "Trang "Mẫu 1", ô C11". */
  readonly where: (place: LinePlace) => string;
  /** One line of what to fix: "- <where>: <what>". */
  readonly line: (where: string, what: string) => string;
  /** What a unit reads about one finding: its message, said to the unit where it differs. */
  readonly finding: (finding: Finding) => string;
  /** What a unit reads about a group of findings of one code (`sample` the first). */
  readonly group: (sample: Finding) => string;
  readonly thanks: string;
}
