/** Runs real LibreOffice (soffice --headless) on files, as a unit's office would. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Converts `files` with `soffice --headless --convert-to FORMAT` into `outDir` and returns
 * the paths written. Each call has its own profile, so parallel test files do not collide.
 */
export function convertWithLibreOffice(
  files: readonly string[],
  format: string,
  outDir: string
): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), "tonghop-lo-profile-"));
  const result = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: 180_000 }
  );
  if (result.status !== 0) {
    throw new Error(`soffice failed (${result.status}): ${result.stderr}${result.stdout}`);
  }
  const extension = format.split(":")[0] as string;
  const written = files.map((file) =>
    path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`)
  );
  const present = new Set(readdirSync(outDir).map((name) => path.join(outDir, name)));
  const lost = written.filter((file) => !present.has(file));
  if (lost.length > 0) throw new Error(`soffice wrote no ${lost.join(", ")}: ${result.stderr}`);
  return written;
}
