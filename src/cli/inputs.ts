/**
 * The FILE|DIR… arguments of `validate` and `merge` → the list of files to read. A folder
 * stands for the spreadsheets directly in it; `*` and `?` are expanded here because
 * Windows shells pass them through as typed; the command's own output files are never
 * read back; a file named twice is read once. What could not be expanded is returned as
 * notices (data, not text), and the caller renders them.
 */
import { existsSync, readdirSync, statSync, type Dirent } from "node:fs";
import path from "node:path";

/**
 * Extensions a folder is searched for, lower case. Not only the readable ones: an old
 * .xls or a .ods is taken too, so that the reader rejects it with a message saying how to
 * save it as .xlsx, rather than the file being passed over without a word.
 */
export const SPREADSHEET_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"] as const;

/** Something the arguments named that gave no file to read, or a file not read. */
export type InputNotice =
  /** A folder with no spreadsheet directly in it. */
  | { readonly code: "folder_empty"; readonly folder: string }
  /** A folder whose entries could not be listed (permissions). */
  | { readonly code: "folder_unreadable"; readonly folder: string }
  /** A pattern with `*` or `?` that matched nothing. */
  | { readonly code: "no_match"; readonly pattern: string }
  /** A file the command itself writes (its --out or --json), left out of the inputs. */
  | { readonly code: "own_output"; readonly file: string; readonly option: string };

export interface ExpandedInputs {
  /** The files to read, each once, as the user gave them or joined to their folder. */
  readonly files: readonly string[];
  readonly notices: readonly InputNotice[];
}

export interface ExpandOptions {
  /** Files never to read, by the option that names them: `{ "--out": "tong-hop.xlsx" }`. */
  readonly outputs?: Readonly<Record<string, string | undefined>>;
}

const WILDCARD = /[*?]/;
/** Windows takes both separators; elsewhere a backslash is part of a name. */
const SEPARATORS = path.sep === "\\" ? /[\\/]+/ : /\/+/;
/** Names Windows does not tell apart by case; matching there ignores case too. */
const IGNORE_CASE = process.platform === "win32";

/**
 * Expands the arguments in order; the files of one folder or one pattern are sorted, so
 * the same folder gives the same list on every machine.
 *
 * @example expandInputs(["returns", "late/*.xlsx"], { outputs: { "--out": "returns/tong-hop.xlsx" } })
 * // { files: ["returns/a.xlsx", "returns/b.xlsx", "late/c.xlsx"],
 * //   notices: [{ code: "own_output", file: "returns/tong-hop.xlsx", option: "--out" }] }
 */
export function expandInputs(args: readonly string[], options: ExpandOptions = {}): ExpandedInputs {
  const outputs = new Map<string, string>();
  for (const [option, file] of Object.entries(options.outputs ?? {})) {
    if (file !== undefined) outputs.set(path.resolve(file), option);
  }
  const files: string[] = [];
  const notices: InputNotice[] = [];
  const seen = new Set<string>();
  const take = (file: string): void => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    const option = outputs.get(resolved);
    if (option === undefined) files.push(file);
    else notices.push({ code: "own_output", file, option });
  };
  const takeEntry = (entry: string): void => {
    if (!isDirectory(entry)) return take(entry);
    const listed = spreadsheetsIn(entry);
    if (listed === undefined) notices.push({ code: "folder_unreadable", folder: entry });
    else if (listed.length === 0) notices.push({ code: "folder_empty", folder: entry });
    else listed.forEach(take);
  };

  for (const arg of args) {
    // A name that exists is taken as it is, even with a `*` in it (allowed outside Windows).
    if (!WILDCARD.test(arg) || existsSync(arg)) {
      // A path that does not exist goes on to the reader, which rejects it by name.
      takeEntry(arg);
      continue;
    }
    const matched = matchPattern(arg);
    if (matched.length === 0) notices.push({ code: "no_match", pattern: arg });
    else matched.forEach(takeEntry);
  }
  return { files, notices };
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function isFile(folder: string, entry: Dirent): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path.join(folder, entry.name)).isFile();
  } catch {
    return false;
  }
}

/**
 * Excel's lock files (`~$bao-cao.xlsx`, while the workbook is open) and hidden files (`.…`,
 * such as macOS's `._bao-cao.xlsx`) are never returns.
 */
function isHiddenOrLock(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

/** Sorted by code unit: the same on every machine, whatever its locale. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function listFolder(folder: string): Dirent[] | undefined {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

/** The spreadsheets directly in a folder (not in its subfolders), sorted; undefined when unreadable. */
function spreadsheetsIn(folder: string): string[] | undefined {
  const entries = listFolder(folder);
  if (entries === undefined) return undefined;
  return entries
    .filter(
      (entry) =>
        !isHiddenOrLock(entry.name) &&
        (SPREADSHEET_EXTENSIONS as readonly string[]).includes(
          path.extname(entry.name).toLowerCase()
        ) &&
        isFile(folder, entry)
    )
    .map((entry) => entry.name)
    .sort(byName)
    .map((name) => path.join(folder, name));
}

/**
 * The entries a pattern names, sorted per folder. Any segment may hold `*` (any run of
 * characters) and `?` (one character); as in a shell, they do not match a leading dot, and
 * here they do not match Excel's lock files either.
 */
function matchPattern(pattern: string): string[] {
  const root = path.parse(pattern).root;
  const segments = pattern.slice(root.length).split(SEPARATORS).filter(Boolean);
  let candidates = [root];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (!WILDCARD.test(segment)) {
      candidates = candidates.map((candidate) => path.join(candidate, segment));
      return;
    }
    const matches = segmentMatcher(segment);
    candidates = candidates.flatMap((folder) =>
      (listFolder(folder || ".") ?? [])
        .filter((entry) => matches(entry.name))
        .map((entry) => entry.name)
        .sort(byName)
        .map((name) => path.join(folder, name))
        // A folder in the middle of a pattern must be a folder, as `a/*/b` reads.
        .filter((found) => last || isDirectory(found))
    );
  });
  return candidates.filter((found) => existsSync(found));
}

function segmentMatcher(segment: string): (name: string) => boolean {
  const source = [...segment]
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  const regex = new RegExp(`^${source}$`, IGNORE_CASE ? "iu" : "u");
  const explicitDot = segment.startsWith(".");
  const explicitLock = segment.startsWith("~$");
  return (name) =>
    regex.test(name) &&
    (explicitDot || !name.startsWith(".")) &&
    (explicitLock || !name.startsWith("~$"));
}
