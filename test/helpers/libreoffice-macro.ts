/**
 * Runs a LibreOffice Basic macro headless, in a profile of its own: what the tests that type
 * into LibreOffice or measure its rows share. The macro writes its report to a file (the
 * last line "ok" when it succeeded), which this returns line by line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

function soffice(profile: string, args: readonly string[]): ReturnType<typeof spawnSync> {
  return spawnSync(
    "soffice",
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", ...args],
    { encoding: "utf8", timeout: 180_000, killSignal: "SIGKILL" }
  );
}

export interface MacroRun {
  /** What the macro is for, in the error message ("typing", "measuring"). */
  readonly what: string;
  /** The module's XML (`<script:module … script:name="Module1">` with a `Sub Run`). */
  readonly module: (reportFile: string) => string;
  /** Whether the profile's locale is vi-VN (dates and numbers typed as a Vietnamese user). */
  readonly vietnamese?: boolean;
}

/**
 * Runs the macro `Standard.Module1.Run` and returns its report's lines, without the final
 * "ok". Throws with LibreOffice's own error when it did not end with "ok".
 */
export function runBasicMacro(run: MacroRun): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), `tonghop-lo-${run.what}-`));
  // A first start makes the profile (and its Basic library, which it would overwrite).
  const init = soffice(profile, ["--terminate_after_init"]);
  if (init.status !== 0)
    throw new Error(`soffice did not start (${init.status}): ${String(init.stderr)}`);
  if (run.vietnamese) {
    const registry = path.join(profile, "user", "registrymodifications.xcu");
    const locale =
      '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>\n';
    writeFileSync(
      registry,
      readFileSync(registry, "utf8").replace("</oor:items>", `${locale}</oor:items>`)
    );
  }
  const report = path.join(profile, "macro-report.txt");
  writeFileSync(path.join(profile, "user", "basic", "Standard", "Module1.xba"), run.module(report));
  const result = soffice(profile, ["macro:///Standard.Module1.Run"]);
  const lines = existsSync(report) ? readFileSync(report, "utf8").trim().split(/\r?\n/) : [];
  if (lines[lines.length - 1] !== "ok") {
    throw new Error(
      `LibreOffice ${run.what} failed (${result.status ?? result.signal}): ${lines.join(" ") || "no report"} ${String(result.stderr)}`
    );
  }
  return lines.slice(0, -1);
}
