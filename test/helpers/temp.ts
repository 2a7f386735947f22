import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A fresh temporary folder for one test file. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `tonghop-${prefix}-`));
}
