/**
 * External programs some tests need (LibreOffice, pdftotext). In CI a missing program is a
 * failure; elsewhere the tests that need it are skipped with a printed notice.
 */
import { spawnSync } from "node:child_process";

export function hasProgram(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).status === 0;
}

/**
 * `describe` when every program is present; otherwise, in CI, a suite whose one test fails
 * naming what is missing, and elsewhere a skipped suite plus a notice on the console.
 */
export function describeWithPrograms(
  programs: readonly string[],
  title: string,
  body: () => void
): void {
  const missing = programs.filter((program) => !hasProgram(program));
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  if (process.env.CI) {
    describe(title, () => {
      it(`needs ${missing.join(", ")}, which CI must install`, () => {
        throw new Error(`Missing in CI: ${missing.join(", ")} (see .ci/run)`);
      });
    });
    return;
  }
  console.warn(`NOTICE: skipping "${title}": ${missing.join(", ")} not installed.`);
  const skip = describe.skip;
  skip(title, body);
}
