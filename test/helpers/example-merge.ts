/**
 * The Tổng hợp list as the pane has it after reading the Hương Thủy 2017 examples: every
 * example read, a download cut short (refused), one file still being read and one the reader
 * never answered; and the merge of what was read.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  HUONG_THUY_2017,
  mergeReturns,
  type Campaign,
  type FileOutcome,
  type MergeResult,
} from "../../src/core";
import type { MergeEntry } from "../../src/taskpane/merge-state";
import { returnFromBytes } from "../../src/xlsx/returns";

const examples = path.join(__dirname, "../../examples/huong-thuy-2017");
export const EXAMPLE_NAMES: readonly string[] = readdirSync(examples)
  .filter((name) => name.endsWith(".xlsx"))
  .sort();
/** The start of a real workbook without the zip's end. */
export const BROKEN = "bao-cao-hong.xlsx";
/** Not read yet. */
export const READING = "dang-doc.xlsx";
/** The reader ended its pass without answering it. */
export const UNANSWERED = "khong-tra-loi.xlsx";

const exampleBytes: readonly { name: string; bytes: Uint8Array }[] = [
  ...EXAMPLE_NAMES.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(path.join(examples, name))),
  })),
  {
    name: BROKEN,
    bytes: new Uint8Array(readFileSync(path.join(examples, EXAMPLE_NAMES[0]!)).subarray(0, 900)),
  },
];

/** The entries (examples, BROKEN, READING, UNANSWERED in that order) and their merge. */
export function exampleMerge(campaign: Campaign): { entries: MergeEntry[]; result: MergeResult } {
  const entries: MergeEntry[] = exampleBytes.map(({ name, bytes }, i) => ({
    id: i + 1,
    file: new File([bytes.slice()], name, { lastModified: 0 }),
    name,
    loaded: returnFromBytes(bytes, { file: name, fallbackModified: 0 }, campaign),
  }));
  entries.push(
    { id: 100, file: new File(["x"], READING), name: READING },
    { id: 101, file: new File(["y"], UNANSWERED), name: UNANSWERED, failed: "unanswered" }
  );
  const loaded = entries.flatMap((entry) => (entry.loaded ? [entry.loaded] : []));
  return { entries, result: mergeReturns(loaded, campaign) };
}

let examplesMerged: MergeResult | undefined;

/** The examples alone merged under Hương Thủy 2017, as the pane merges them (made once). */
export function examplesMerge(): MergeResult {
  examplesMerged ??= mergeReturns(
    exampleBytes
      .filter(({ name }) => name !== BROKEN)
      .map(({ name, bytes }) =>
        returnFromBytes(bytes, { file: name, fallbackModified: 0 }, HUONG_THUY_2017)
      ),
    HUONG_THUY_2017
  );
  return examplesMerged;
}

/** One example's outcome in `examplesMerge()`. */
export function exampleOutcome(name: string): FileOutcome {
  const outcome = examplesMerge().files.find((file) => file.path === name);
  if (!outcome) throw new Error(`no outcome for ${name}`);
  return outcome;
}
