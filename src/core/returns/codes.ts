/**
 * Every finding code, in one list. Codes are stable: they appear in the JSON report and
 * tests. The message catalogue has a text for each (a missing one does not compile).
 */
export const FINDING_CODES = [
  // The file could not be read at all (from the workbook reader).
  "empty_file",
  "not_a_zip",
  "truncated",
  "corrupt_zip",
  "unsupported_compression",
  "not_a_workbook",
  "unsupported_format",
  "encrypted",
  "legacy_xls",
  "too_large",
  "malformed_xml",
  "missing_part",
  "unreadable",
  "file_unreadable",
  // What the file holds.
  "no_form_found",
  "indicator_not_found",
  "unit_unknown",
  "unit_not_on_roster",
  "template_metadata_unreadable",
  "campaign_mismatch",
  "template_version_mismatch",
  // Whether the file is a return of this campaign, and which sheets and rows are read.
  "own_summary",
  "other_year",
  "duplicate_file",
  "hidden_sheet_read",
  "hidden_rows_ignored",
  "several_forms_one_unit",
  // Counts on Mẫu 2.
  "count_blank",
  "count_text",
  "count_grouping",
  "count_unit_word",
  "count_negative",
  "count_fractional",
  "count_ambiguous",
  "count_not_a_number",
  "count_too_large",
  "count_lines_mismatch",
  "formula_not_computed",
  // Plausibility on Mẫu 2.
  "participants_without_sessions",
  "implausible_ratio",
  "community_minimum_talks",
  "community_minimum_vocational",
  // Mẫu 1 rows.
  "time_blank",
  "time_invalid",
  "time_range",
  "date_blank",
  "date_invalid",
  "date_no_year",
  "date_two_digit_year",
  "date_range",
  "date_outside_week",
  // Merge.
  "superseded",
  "late_return",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
