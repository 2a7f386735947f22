import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  DEFAULT_PRESET_ID,
  PRESETS,
  parseCampaign,
  type Campaign,
  type CampaignProblem,
  type CampaignResult,
} from "../core";
import { visibleText, type Catalogue } from "../messages";
import { readCampaignWorkbook } from "../xlsx/campaign";
import { decodeText, looksLikeWorkbook } from "./units-file";

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

/** Extensions of a campaign workbook (the .xls and .xlsb ones get the reader's own refusal). */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".ods", ".xls", ".xlsb"]);

/** Each problem as one line: "[LỖI] Ô B7 (Đến ngày) trên trang …: …". */
export function describeCampaignProblems(
  problems: readonly CampaignProblem[],
  catalogue: Catalogue
): string[] {
  const ordered = [
    ...problems.filter((problem) => problem.severity === "error"),
    ...problems.filter((problem) => problem.severity !== "error"),
  ];
  return ordered.map((problem) =>
    visibleText(
      `${catalogue.cli.severity(problem.severity)} ${catalogue.campaign[problem.code](problem)}`
    )
  );
}

/** The campaign in a workbook file, or a failure that names the file and says what to do. */
function campaignFromWorkbookFile(
  file: string,
  bytes: Uint8Array,
  catalogue: Catalogue
): CampaignResult {
  const result = readCampaignWorkbook(bytes);
  if ("rejection" in result) {
    throw new CliFailure(
      catalogue.cli.campaignWorkbookUnreadable(file, result.rejection.code),
      EXIT.usage
    );
  }
  if ("noSheet" in result) throw new CliFailure(catalogue.cli.campaignNoSheet(file), EXIT.usage);
  return result;
}

function campaignFromJsonFile(
  file: string,
  bytes: Uint8Array,
  catalogue: Catalogue
): CampaignResult {
  // Notepad saves UTF-8 with a byte order mark, or UTF-16 ("Unicode"); both are read.
  const text = decodeText(bytes) ?? new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliFailure(
      catalogue.cli.campaignFileNotJson(file, (error as Error).message),
      EXIT.usage
    );
  }
  return parseCampaign(json);
}

/**
 * Resolves `--campaign` (and `--from`): a preset id, else a campaign workbook (.xlsx/.ods,
 * the sheet "Đợt báo cáo"), else a JSON file. Every error in a file is reported at once,
 * each naming its cell or field; warnings go to `warn` and the campaign is used.
 */
export async function loadCampaign(
  source: string | undefined,
  catalogue: Catalogue,
  warn: (text: string) => void = () => undefined
): Promise<Campaign> {
  const id = source ?? DEFAULT_PRESET_ID;
  const preset = PRESETS[id];
  if (preset) return preset;

  let bytes: Uint8Array;
  try {
    bytes = await readFile(id);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !/[\\/.]/.test(id)) {
      throw new CliFailure(catalogue.cli.unknownPreset(id, Object.keys(PRESETS)), EXIT.usage);
    }
    throw new CliFailure(catalogue.cli.campaignFileUnreadable(id), EXIT.usage);
  }

  const extension = path.extname(id).toLowerCase();
  const workbook =
    WORKBOOK_EXTENSIONS.has(extension) || (extension !== ".json" && looksLikeWorkbook(bytes));
  const result = workbook
    ? campaignFromWorkbookFile(id, bytes, catalogue)
    : campaignFromJsonFile(id, bytes, catalogue);
  if (!result.ok) {
    const problems = describeCampaignProblems(result.problems, catalogue);
    throw new CliFailure(
      workbook
        ? catalogue.cli.campaignWorkbookInvalid(id, problems)
        : catalogue.cli.campaignInvalid(id, problems),
      EXIT.usage
    );
  }
  if (result.problems.length > 0) {
    warn(catalogue.cli.campaignWarnings(id, describeCampaignProblems(result.problems, catalogue)));
  }
  return result.campaign;
}
