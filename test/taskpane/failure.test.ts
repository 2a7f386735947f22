/**
 * Excel's error codes as the clerk reads them: every code the typings list under
 * `Excel.ErrorCodes` is given a cause on purpose, and each cause has words of its own in
 * both languages, never the exception's English text.
 */
import { readFileSync } from "node:fs";
import { CATALOGUES, vi } from "../../src/messages";
import { EXCEL_CAUSES, classifyFailure, failureText } from "../../src/taskpane/failure";

/** The string values of `enum ErrorCodes` in Excel's namespace of @types/office-js. */
function typingsErrorCodes(): string[] {
  const typings = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const namespace = typings.indexOf("declare namespace Excel {");
  const start = typings.indexOf("enum ErrorCodes {", namespace);
  const end = typings.indexOf("}", start);
  expect(namespace).toBeGreaterThan(-1);
  expect(start).toBeGreaterThan(namespace);
  return [...typings.slice(start, end).matchAll(/= "([A-Za-z]+)"/g)].map((m) => m[1]!);
}

/** An error as office.js throws it: an OfficeExtension.Error with its code. */
const officeError = (code: string) =>
  Object.assign(new Error(`${code}: Excel says something in English.`), {
    name: "RichApi.Error",
    code,
  });

describe("Excel's error codes", () => {
  const codes = typingsErrorCodes();

  it("each have a cause chosen for them, every code the typings list", () => {
    expect(codes.length).toBeGreaterThan(30);
    expect(codes.filter((code) => !(code in EXCEL_CAUSES))).toEqual([]);
  });

  it.each([
    ["ItemAlreadyExists", "excelNameTaken"],
    ["UnsupportedSheet", "excelUnsupportedSheet"],
    ["MergedRangeConflict", "excelSheetConflict"],
    ["PivotTableRangeConflict", "excelSheetConflict"],
    ["InvalidOperationInCellEditMode", "excelEditMode"],
    ["AccessDenied", "excelLocked"],
    ["RequestPayloadSizeLimitExceeded", "excelTooLarge"],
    ["OperationCellsExceedLimit", "excelTooLarge"],
    ["ApiNotFound", "excelUnsupported"],
  ])("%s is said as %s, with the code to quote", (code, cause) => {
    expect(classifyFailure(officeError(code), true)).toEqual({ cause, code });
    for (const catalogue of Object.values(CATALOGUES)) {
      const text = failureText(catalogue, officeError(code), "writeSummary", true);
      expect(text).toBe(catalogue.pane.errors.failed("writeSummary", cause as never, code));
      expect(text).toContain(code);
      expect(text).not.toContain("Excel says something");
    }
  });

  it("says a code of its own words for each cause, not the generic one", () => {
    const generic = vi.pane.errors.failed("writeSummary", "excel", "X");
    for (const cause of new Set(Object.values(EXCEL_CAUSES)))
      if (cause !== "excel")
        expect(vi.pane.errors.failed("writeSummary", cause, "X")).not.toBe(generic);
  });
});
