/**
 * One realistic finding of every code, for tests that render messages: the params each code
 * really carries (typed, so a wrong or missing one does not compile), with values from a
 * Hương Thủy 2017 return.
 */
import {
  FINDING_CODES,
  TEMPLATE_VERSION,
  type Finding,
  type FindingCode,
  type FindingParams,
  type Location,
} from "../../src/core";

export const SAMPLE_PARAMS: { readonly [C in FindingCode]: FindingParams[C] } = {
  empty_file: undefined,
  not_a_zip: { detected: "pdf" },
  truncated: undefined,
  corrupt_zip: { part: "xl/worksheets/sheet1.xml" },
  unsupported_compression: { method: 12 },
  not_a_workbook: undefined,
  unsupported_format: { format: "xlsb" },
  encrypted: undefined,
  legacy_xls: undefined,
  too_large: { limit: "file_bytes", max: 64 * 1024 * 1024 },
  malformed_xml: { part: "xl/sharedStrings.xml" },
  missing_part: { part: "xl/worksheets/sheet2.xml" },
  unreadable: { error: "RangeError" },
  file_unreadable: undefined,
  no_form_found: undefined,
  indicator_not_found: undefined,
  unit_unknown: undefined,
  unit_not_on_roster: { name: "Trường Mầm non Hoa Sen" },
  template_metadata_unreadable: undefined,
  campaign_mismatch: { found: "huong-thuy-2016", expected: "huong-thuy-2017" },
  template_version_mismatch: { found: "0", expected: TEMPLATE_VERSION },
  own_summary: { unit: "Phòng Giáo dục và Đào tạo thị xã Hương Thủy", campaign: "huong-thuy-2017" },
  other_year: { found: 2016, expected: 2017 },
  duplicate_file: { of: "mau2-phuong-phu-bai (1).xlsx" },
  hidden_sheet_read: { sheet: "Mẫu 2" },
  hidden_rows_ignored: { count: 3, rows: "12–14" },
  several_forms_one_unit: { form: "mau2", sheet: "Mẫu 2 (sửa)" },
  count_blank: undefined,
  count_text: { text: " 12 " },
  count_grouping: { text: "1.200" },
  count_unit_word: { text: "12 lớp" },
  count_negative: { text: "-5" },
  count_fractional: { text: "2,5" },
  count_ambiguous: { text: "1,200" },
  count_not_a_number: { text: "mười hai" },
  count_too_large: { text: "99999999999999999999" },
  count_lines_mismatch: { cell: "C16", labels: 3, values: 2 },
  formula_not_computed: { formula: "=SUM(C10:C12)" },
  participants_without_sessions: { count: "hoi_thao_toa_dam", value: 45 },
  implausible_ratio: { value: 1_200, sessions: 2, ratio: 600, limit: 500 },
  community_minimum_talks: { value: 1, minimum: 2 },
  community_minimum_vocational: { value: 0, minimum: 1 },
  time_blank: { text: "" },
  time_invalid: { text: "sáng sớm" },
  time_range: undefined,
  date_blank: { text: " " },
  date_invalid: { text: "32/10/2017" },
  date_no_year: undefined,
  date_two_digit_year: undefined,
  date_range: undefined,
  date_outside_week: { date: "2017-10-10", start: "2017-10-02", end: "2017-10-08" },
  superseded: { form: "mau2", by: "mau2-phuong-phu-bai-sua.xlsx" },
  late_return: { form: "mau2", deadline: "2017-10-13" },
};

export const SAMPLE_AT: Location = {
  file: "mau2-phuong-phu-bai.xlsx",
  sheet: "Mẫu 2",
  cell: "C14",
};

/** A finding of `code` with its sample params, at `at`. */
export function sampleFinding(code: FindingCode, at: Location = SAMPLE_AT): Finding {
  const params = SAMPLE_PARAMS[code];
  // SAMPLE_PARAMS ties each code to its params; TypeScript cannot follow the tie through a
  // `code` that is any code.
  return { code, severity: "error", at, ...(params ? { params } : {}) } as Finding;
}

/** Every code's sample, in code order. */
export const SAMPLE_FINDINGS: readonly Finding[] = FINDING_CODES.map((code) => sampleFinding(code));
