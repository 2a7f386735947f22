import { readFile } from "node:fs/promises";
import { DEFAULT_PRESET_ID, PRESETS, parseCampaign, type Campaign } from "../core";
import type { Catalogue } from "../messages";

/** A failure the CLI reports to the user as a message, with an exit code. */
export class CliFailure extends Error {
  constructor(
    readonly userMessage: string,
    readonly exitCode: number
  ) {
    super(userMessage);
    this.name = "CliFailure";
  }
}

/** Exit codes of the CLI contract (BRIEF.md). */
export const EXIT = { ok: 0, dataError: 1, usage: 2 } as const;

/**
 * Resolves `--campaign`: a preset id, else a JSON file path. Every problem in a file is
 * reported at once, each naming its field.
 */
export async function loadCampaign(
  source: string | undefined,
  catalogue: Catalogue
): Promise<Campaign> {
  const id = source ?? DEFAULT_PRESET_ID;
  const preset = PRESETS[id];
  if (preset) return preset;

  let text: string;
  try {
    text = await readFile(id, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !/[\\/.]/.test(id)) {
      throw new CliFailure(catalogue.cli.unknownPreset(id, Object.keys(PRESETS)), EXIT.usage);
    }
    throw new CliFailure(catalogue.cli.campaignFileUnreadable(id), EXIT.usage);
  }

  let json: unknown;
  try {
    // A UTF-8 byte order mark is common in files saved by Windows Notepad.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliFailure(
      catalogue.cli.campaignFileNotJson(id, (error as Error).message),
      EXIT.usage
    );
  }
  const result = parseCampaign(json);
  if (!result.ok) {
    const problems = result.problems.map((problem) => catalogue.campaign[problem.code](problem));
    throw new CliFailure(catalogue.cli.campaignInvalid(id, problems), EXIT.usage);
  }
  return result.campaign;
}
