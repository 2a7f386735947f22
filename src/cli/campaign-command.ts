/**
 * `tonghop campaign --out FILE.xlsx [--from PRESET|FILE] [--year N] [--units FILE]`: this
 * year's campaign workbook, for the clerk to check and complete in Excel or LibreOffice
 * before `tonghop templates --campaign FILE.xlsx`.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import {
  CAMPAIGN_FIELDS,
  CAMPAIGN_SHEET,
  campaignSheetLayout,
  newCampaign,
  type Campaign,
  type CampaignFieldId,
  type Unit,
} from "../core";
import type { Catalogue } from "../messages";
import { readCampaignWorkbook, writeCampaignWorkbook } from "../xlsx/campaign";
import { required, type ParsedArgs } from "./args";
import { CliFailure, EXIT, describeCampaignProblems, loadCampaign } from "./campaign-source";
import type { Output } from "./main";
import { unitsFromFile } from "./units-file";

/** The fields a new campaign may leave empty and the clerk should look at. */
const TEXT_FIELDS: readonly CampaignFieldId[] = [
  "theme",
  "issuingBody",
  "collectingUnit",
  "receivingOffice",
  "reportsTo",
  "signer",
];

function parseYear(value: string | undefined, catalogue: Catalogue): number {
  if (value === undefined) return new Date().getFullYear();
  const year = Number(value.trim());
  if (!/^\s*\d{4}\s*$/.test(value) || year < 2000 || year > 2100) {
    throw new CliFailure(catalogue.cli.badYear(value), EXIT.usage);
  }
  return year;
}

/** A path as a shell argument: quoted when it holds spaces or shell characters. */
function shellArgument(file: string): string {
  return /^[\p{L}\p{N}_./\\:@%+=,-]+$/u.test(file) ? file : `"${file.replace(/"/g, '\\"')}"`;
}

async function readUnits(file: string, catalogue: Catalogue, output: Output): Promise<Unit[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new CliFailure(catalogue.cli.unitsFileUnreadable(file), EXIT.usage);
  }
  const result = unitsFromFile(bytes);
  if (!result.ok) {
    const message =
      result.reason === "workbook"
        ? catalogue.cli.unitsWorkbookUnreadable(file, result.code)
        : result.reason === "no_sheet"
          ? catalogue.cli.unitsNoSheet(file)
          : catalogue.cli.unitsFileNotList(file);
    throw new CliFailure(message, EXIT.usage);
  }
  // A header row is expected and needs no word; every other notice changes the list.
  for (const notice of result.notices) {
    if (notice.code !== "header_skipped")
      output.err(catalogue.cli.unitsNotice(file, notice, result.sheet));
  }
  return [...result.units];
}

/** The label and value cell of each text the campaign leaves empty. */
function blanks(campaign: Campaign): { label: string; cell: string }[] {
  const layout = campaignSheetLayout(campaign);
  const empty = (id: CampaignFieldId): boolean => {
    if (id === "signer") return (campaign.signer?.length ?? 0) === 0;
    const value =
      campaign[id as "theme" | "issuingBody" | "collectingUnit" | "receivingOffice" | "reportsTo"];
    return (value ?? "").trim() === "";
  };
  return TEXT_FIELDS.filter(empty).map((id) => {
    const label = CAMPAIGN_FIELDS.find((field) => field.id === id)!.label;
    return { label, cell: `B${layout.fieldRows[id]}` };
  });
}

export async function runCampaign(
  args: ParsedArgs,
  catalogue: Catalogue,
  output: Output
): Promise<number> {
  const out = required(args, "--out");
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new CliFailure(catalogue.cli.outputNotXlsx(out), EXIT.usage);
  if (existsSync(out)) throw new CliFailure(catalogue.cli.outputExists(out), EXIT.usage);
  const year = parseYear(args.values["--year"], catalogue);
  const fromSource = args.values["--from"];
  // The copy is checked as the new campaign below; the old one's warnings would only repeat.
  const from = fromSource === undefined ? undefined : await loadCampaign(fromSource, catalogue);
  const unitsFile = args.values["--units"];
  const units = unitsFile === undefined ? undefined : await readUnits(unitsFile, catalogue, output);

  const campaign = newCampaign({ year, ...(from ? { from } : {}), ...(units ? { units } : {}) });
  const bytes = await writeCampaignWorkbook(campaign);
  try {
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    // "wx": never overwrite, even a file that appeared since the check above.
    await writeFile(out, bytes, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      throw new CliFailure(catalogue.cli.outputExists(out), EXIT.usage);
    throw new CliFailure(catalogue.cli.cannotWrite(out), EXIT.dataError);
  }

  output.out(
    catalogue.cli.wroteCampaign({
      file: out,
      year,
      week: campaign.week,
      units: campaign.units.length,
      ...(unitsFile ? { unitsFile } : {}),
      ...(from && fromSource ? { from: { source: fromSource, year: from.year } } : {}),
      deadlines: campaign.deadlines,
      blanks: blanks(campaign),
      next: `tonghop templates --campaign ${shellArgument(out)} --out forms/`,
    })
  );

  // What the file will say when it is read back as --campaign: an empty roster is expected
  // at this point (a notice), the empty texts are listed above; anything else is shown.
  const back = readCampaignWorkbook(bytes);
  if (campaign.units.length === 0) {
    const layout = campaignSheetLayout(campaign);
    output.err(
      catalogue.cli.rosterEmpty(out, CAMPAIGN_SHEET, `A${layout.rosterHeaderRow + 1}`, unitsFile)
    );
  }
  const rest = back.problems.filter(
    (problem) => problem.code !== "campaign_no_units" && problem.code !== "campaign_field_empty"
  );
  const errors = rest.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    output.err(
      catalogue.cli.campaignWrittenWithErrors(out, describeCampaignProblems(rest, catalogue))
    );
    return EXIT.dataError;
  }
  if (rest.length > 0)
    output.err(catalogue.cli.campaignWarnings(out, describeCampaignProblems(rest, catalogue)));
  return EXIT.ok;
}
