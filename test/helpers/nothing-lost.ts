/**
 * Test-only, for the "nothing lost" tests (test/merge-stability): the example returns read
 * as the CLI and the page read them, a deep freeze that makes any change a merge makes to
 * its inputs throw, and the parts of a merge that must not depend on the order of files.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { HUONG_THUY_2017, type LoadedReturn, type MergeResult } from "../../src/core";
import { listCells, readWorkbook, type WorkbookData } from "../../src/xlsx/read";
import { returnFromBytes } from "../../src/xlsx/returns";

export const EXAMPLES_DIR = path.join(__dirname, "../../examples/huong-thuy-2017");
export const campaign = HUONG_THUY_2017;

/** Every example file's path, sorted by name. */
export function examplePaths(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .sort()
    .map((name) => path.join(EXAMPLES_DIR, name));
}

/**
 * The example returns read from their bytes. The file time is the same for every file, so
 * only the units' own last-modified times (document properties) can decide a winner.
 */
export function loadExamples(): LoadedReturn[] {
  return examplePaths().map((file) =>
    deepFreeze(
      returnFromBytes(
        new Uint8Array(readFileSync(file)),
        { file: path.basename(file), fallbackModified: Date.UTC(2017, 9, 15) },
        campaign
      )
    )
  );
}

/** Freezes a value and everything it holds, so that a change to it throws (strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

/**
 * What a merge must give whatever the order of its files: everything, with the file list
 * keyed by path (the list itself follows the input order by design).
 */
export function orderFree(result: MergeResult): unknown {
  const { files, ...rest } = result;
  return {
    ...rest,
    files: Object.fromEntries([...files].map((file) => [file.path, file])),
  };
}

/** The winning file of each form of each unit. */
export function winners(result: MergeResult): Record<string, string | undefined> {
  return Object.fromEntries(
    result.submissions.flatMap((row) => [
      [`mau1:${row.unit}`, row.mau1?.file],
      [`mau2:${row.unit}`, row.mau2?.file],
    ])
  );
}

/** Every sheet's cells (value, formula, format) as plain data, for comparing two workbooks. */
export function cellsOf(bytes: Uint8Array): Record<string, unknown[]> {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`unreadable workbook: ${read.rejection.code}`);
  return sheetsOf(read.workbook);
}

function sheetsOf(workbook: WorkbookData): Record<string, unknown[]> {
  return Object.fromEntries(
    workbook.sheets.map((sheet) => [
      sheet.name,
      [
        sheet.state,
        sheet.merges,
        ...listCells(sheet).map((cell) => [
          cell.row,
          cell.col,
          cell.kind,
          cell.value,
          cell.formula,
          cell.numFmt,
        ]),
      ],
    ])
  );
}
