/**
 * Findings the compiler must accept, and (each under `@ts-expect-error`) findings it must
 * refuse. Not a test itself: `npm run typecheck` compiles it, and finding-types.test.ts
 * compiles it again under jest (which runs tests without type-checking them). An
 * `@ts-expect-error` that meets no error is an error, so with untyped params this fails.
 */
import type { Finding } from "../../src/core";

const at = { file: "mau2-phuong-phu-bai.xlsx", sheet: "Mẫu 2", cell: "C17" };
export const findings: Finding[] = [];
const add = (finding: Finding): number => findings.push(finding);

// A code with its params; a code without any; a blank cell's count_blank, without its text.
add({ code: "count_negative", severity: "error", at, indicator: "to_roi", params: { text: "-5" } });
add({ code: "date_no_year", severity: "warning", at });
add({ code: "count_blank", severity: "warning", at, indicator: "to_roi" });
add({
  code: "late_return",
  severity: "warning",
  at,
  params: { form: "mau2", deadline: "2017-10-13" },
});

// @ts-expect-error a param its code does not have: count_negative quotes `text`
add({ code: "count_negative", severity: "error", at, params: { value: "-5" } });
// @ts-expect-error a param of the wrong type: a year is a number
add({ code: "other_year", severity: "error", at, params: { found: "2016", expected: 2017 } });
// @ts-expect-error a required param missing: the file that supersedes it (`by`)
add({ code: "superseded", severity: "warning", at, params: { form: "mau2" } });
// @ts-expect-error the params of a code that has them, left out
add({ code: "date_outside_week", severity: "error", at });
// @ts-expect-error params given to a code that has none
add({ code: "date_no_year", severity: "warning", at, params: { text: "2/10" } });
// @ts-expect-error a form that is neither mau1 nor mau2
add({ code: "late_return", severity: "warning", at, params: { form: "mau3", deadline: "" } });

/** Narrowing by code gives that code's params, with no `?.` guess. */
export function typedText(finding: Finding): string | undefined {
  return finding.code === "count_negative" ? finding.params.text : undefined;
}
