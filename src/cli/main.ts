/**
 * The `tonghop` command line: argv in, files out, an exit code back. Wiring only; the work
 * is done by core (layouts, campaigns) and xlsx (rendering).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  FORM_IDS,
  matchUnit,
  mergeReturns,
  templateFileName,
  type Campaign,
  type FormId,
  type LoadedReturn,
  type Unit,
} from "../core";
import { CATALOGUES, describeFinding, type Catalogue } from "../messages";
import { writeFormTemplate } from "../xlsx";
import { writeSummary } from "../xlsx/summary";
import { expandInputs, SPREADSHEET_EXTENSIONS, type InputNotice } from "./inputs";
import { loadAll } from "./load-all";
import { describeProblemFiles } from "./problem-files";
import { toReport } from "./returns";
import { zlibDeflate } from "./zlib";
import { parseArgs, required, UsageError, type ParsedArgs } from "./args";
import { CliFailure, EXIT, loadCampaign } from "./campaign-source";
import { runCampaign } from "./campaign-command";

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: Output = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

type Command = (args: ParsedArgs, catalogue: Catalogue, output: Output) => Promise<number>;

const COMMON_VALUES = ["--campaign", "--lang"] as const;

const COMMANDS_WITH_RETURNS = {
  validate: { values: [...COMMON_VALUES], flags: ["--json"], run: runValidate },
  merge: { values: [...COMMON_VALUES, "--out", "--json"], flags: [], run: runMerge },
} as const;

const COMMANDS: Readonly<
  Record<string, { values: readonly string[]; flags: readonly string[]; run: Command }>
> = {
  template: {
    values: [...COMMON_VALUES, "--form", "--unit", "--out"],
    flags: [],
    run: runTemplate,
  },
  templates: { values: [...COMMON_VALUES, "--out"], flags: [], run: runTemplates },
  campaign: {
    values: ["--lang", "--out", "--from", "--year", "--units"],
    flags: [],
    run: runCampaign,
  },
  ...COMMANDS_WITH_RETURNS,
};

function pickCatalogue(argv: readonly string[]): Catalogue {
  const i = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value =
    i === -1
      ? process.env.TONGHOP_LANG
      : argv[i]?.includes("=")
        ? argv[i]?.split("=")[1]
        : argv[i + 1];
  return value === "en" ? CATALOGUES.en : CATALOGUES.vi;
}

/** Runs the CLI and returns its exit code. */
export async function main(
  argv: readonly string[],
  output: Output = consoleOutput
): Promise<number> {
  const catalogue = pickCatalogue(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    output.out(catalogue.cli.help);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    output.err(catalogue.cli.unknownCommand(name));
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    output.out(catalogue.cli.help);
    return EXIT.ok;
  }
  try {
    const args = parseArgs(rest, { values: command.values, flags: command.flags });
    return await command.run(args, catalogue, output);
  } catch (error) {
    if (error instanceof UsageError) {
      const { problem } = error;
      const text =
        problem.code === "unknown_option"
          ? catalogue.cli.unknownOption(problem.option)
          : problem.code === "missing_value"
            ? catalogue.cli.missingValue(problem.option)
            : catalogue.cli.missingOption(problem.option);
      output.err(text);
      return EXIT.usage;
    }
    if (error instanceof CliFailure) {
      output.err(error.userMessage);
      return error.exitCode;
    }
    throw error;
  }
}

/** The campaign of `--campaign` (a preset, a campaign workbook or JSON); its warnings go to stderr. */
function campaignOption(args: ParsedArgs, catalogue: Catalogue, output: Output): Promise<Campaign> {
  return loadCampaign(args.values["--campaign"], catalogue, (text) => output.err(text));
}

/** The roster unit named by --unit, matched as returns are (case, Unicode form, prefixes). */
function findRosterUnit(campaign: Campaign, name: string, catalogue: Catalogue): Unit {
  const match = matchUnit(name, campaign.units);
  const unit = match ? campaign.units[match.index] : undefined;
  if (!unit) throw new CliFailure(catalogue.cli.unknownUnit(name, campaign.id), EXIT.usage);
  return unit;
}

/** Writes a file, creating its folder; any failure becomes a message naming the file. */
async function writeOutput(file: string, bytes: Uint8Array, catalogue: Catalogue): Promise<void> {
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, bytes);
  } catch {
    throw new CliFailure(catalogue.cli.cannotWrite(file), EXIT.dataError);
  }
}

async function runTemplate(
  args: ParsedArgs,
  catalogue: Catalogue,
  output: Output
): Promise<number> {
  const formValue = required(args, "--form");
  if (!FORM_IDS.includes(formValue as FormId))
    throw new CliFailure(catalogue.cli.badForm(formValue), EXIT.usage);
  const out = required(args, "--out");
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new CliFailure(catalogue.cli.outputNotXlsx(out), EXIT.usage);
  const campaign = await campaignOption(args, catalogue, output);
  const unitName = args.values["--unit"];
  const unit = unitName === undefined ? undefined : findRosterUnit(campaign, unitName, catalogue);

  const bytes = await writeFormTemplate([formValue as FormId], campaign, unit, catalogue);
  await writeOutput(out, bytes, catalogue);
  output.out(catalogue.cli.wroteTemplate(out));
  return EXIT.ok;
}

async function runTemplates(
  args: ParsedArgs,
  catalogue: Catalogue,
  output: Output
): Promise<number> {
  const dir = required(args, "--out");
  const campaign = await campaignOption(args, catalogue, output);
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    throw new CliFailure(catalogue.cli.cannotWrite(dir), EXIT.dataError);
  }
  let written = 0;
  for (const unit of campaign.units) {
    for (const form of FORM_IDS) {
      const bytes = await writeFormTemplate([form], campaign, unit, catalogue);
      await writeOutput(path.join(dir, templateFileName(form, unit)), bytes, catalogue);
      written++;
    }
  }
  output.out(catalogue.cli.wroteTemplates(written, campaign.units.length, dir));
  return EXIT.ok;
}

function describeNotice(notice: InputNotice, catalogue: Catalogue): string {
  switch (notice.code) {
    case "folder_empty":
      return catalogue.cli.folderEmpty(notice.folder, SPREADSHEET_EXTENSIONS);
    case "folder_unreadable":
      return catalogue.cli.folderUnreadable(notice.folder);
    case "no_match":
      return catalogue.cli.noMatch(notice.pattern);
    case "own_output":
      return catalogue.cli.skippedOwnOutput(notice.file, notice.option);
  }
}

/**
 * Expands the FILE|DIR… arguments (folders, `*` and `?`), says on stderr what gave nothing,
 * and reads the files. `outputs` are the files the command writes, never read back.
 */
async function readReturns(
  args: ParsedArgs,
  campaign: Campaign,
  catalogue: Catalogue,
  output: Output,
  outputs: Readonly<Record<string, string | undefined>> = {}
): Promise<LoadedReturn[]> {
  const { files, notices } = expandInputs(args.positionals, { outputs });
  for (const notice of notices) output.err(describeNotice(notice, catalogue));
  if (files.length === 0) throw new CliFailure(catalogue.cli.noInputFiles, EXIT.dataError);
  return loadAll(files, campaign);
}

async function runValidate(
  args: ParsedArgs,
  catalogue: Catalogue,
  output: Output
): Promise<number> {
  if (args.positionals.length === 0)
    throw new UsageError({ code: "missing_option", option: catalogue.cli.filesArgument });
  const campaign = await campaignOption(args, catalogue, output);
  const loaded = await readReturns(args, campaign, catalogue, output);
  const result = mergeReturns(loaded, campaign);
  const errors = result.files
    .flatMap((file) => file.findings)
    .filter((f) => f.severity === "error").length;
  if (args.flags.has("--json")) {
    output.out(
      JSON.stringify({ files: (toReport(result, catalogue) as { files: unknown }).files }, null, 2)
    );
  } else {
    for (const file of result.files) {
      output.out(catalogue.cli.fileStatus(file.path, file.status, file.unit));
      for (const finding of file.findings) {
        output.out(
          `  ${catalogue.cli.severity(finding.severity)} ${describeFinding(catalogue, finding)}`
        );
      }
    }
    const count = (status: string): number =>
      result.files.filter((file) => file.status === status).length;
    output.out(
      catalogue.cli.checked(
        result.files.length,
        count("accepted"),
        count("superseded"),
        count("rejected")
      )
    );
  }
  return errors > 0 ? EXIT.dataError : EXIT.ok;
}

async function runMerge(args: ParsedArgs, catalogue: Catalogue, output: Output): Promise<number> {
  const out = required(args, "--out");
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new CliFailure(catalogue.cli.outputNotXlsx(out), EXIT.usage);
  if (args.positionals.length === 0)
    throw new UsageError({ code: "missing_option", option: catalogue.cli.filesArgument });
  const campaign = await campaignOption(args, catalogue, output);
  const jsonFile = args.values["--json"];
  const loaded = await readReturns(args, campaign, catalogue, output, {
    "--out": out,
    "--json": jsonFile,
  });
  const result = mergeReturns(loaded, campaign);
  if (jsonFile) {
    const json = JSON.stringify(toReport(result, catalogue), null, 2);
    await writeOutput(jsonFile, new TextEncoder().encode(json), catalogue);
  }
  for (const line of describeProblemFiles(result, catalogue, jsonFile)) output.err(line);
  const accepted = result.files.filter((file) => file.status === "accepted").length;
  if (accepted === 0) {
    output.err(catalogue.cli.nothingMerged(result.files.length));
    return EXIT.dataError;
  }
  const bytes = await writeSummary(result, campaign, { catalogue, deflate: zlibDeflate });
  await writeOutput(out, bytes, catalogue);
  const rejected = result.files.filter((file) => file.status === "rejected").length;
  output.out(
    catalogue.cli.merged(out, result.units.length, accepted, rejected, result.missing.length)
  );
  return EXIT.ok;
}
