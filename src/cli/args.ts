/**
 * A small argv parser: `--name value`, `--name=value`, boolean flags, and positionals.
 * Misuse is reported as data (a code and the option), and the caller renders the text.
 */

export interface OptionSpec {
  /** Options that take a value. */
  readonly values: readonly string[];
  /** Options that are flags. */
  readonly flags: readonly string[];
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string>>;
  readonly flags: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

export type UsageProblem =
  | { readonly code: "unknown_option"; readonly option: string }
  | { readonly code: "missing_value"; readonly option: string }
  | { readonly code: "missing_option"; readonly option: string };

export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(`${problem.code}: ${problem.option}`);
    this.name = "UsageError";
  }
}

/** Parses `argv` against `spec`; throws UsageError on misuse. */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (spec.flags.includes(name) && eq === -1) {
      flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "" || (eq === -1 && value.startsWith("--"))) {
        throw new UsageError({ code: "missing_value", option: name });
      }
      values[name] = value;
    } else {
      throw new UsageError({ code: "unknown_option", option: name });
    }
  }
  return { values, flags, positionals };
}

/** The value of a required option; throws UsageError when it is absent. */
export function required(args: ParsedArgs, option: string): string {
  const value = args.values[option];
  if (value === undefined) throw new UsageError({ code: "missing_option", option });
  return value;
}
