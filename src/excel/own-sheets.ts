/**
 * Which sheets of a workbook are the add-in's own, told by something the file keeps. A
 * worksheet id holds only within a session: Excel numbers the sheets anew when the
 * workbook is opened again, in this Excel or another, so an id kept from before may name a
 * user's sheet. Each sheet the add-in writes is therefore marked with a defined name that
 * refers to its A1 (ExcelApi 1.4): the name is saved in the file, follows the sheet when
 * the user renames it, turns to #REF! when the sheet is deleted, and stays behind when the
 * sheet is copied, so a copy the user keeps is never taken for ours. All marks are read in
 * the request that reads the sheets, with no request of their own.
 */
import type { Capabilities } from "./capabilities";

/**
 * Refusal found before Excel would refuse: the workbook's structure is protected (Review ›
 * Protect Workbook), so no sheet can be added, deleted or renamed. The pane knows it by its
 * name; it carries no Excel error code, since Excel was not asked.
 */
export class StructureProtectedError extends Error {
  constructor() {
    super("The workbook's structure is protected.");
    this.name = "StructureProtectedError";
  }
}

/** The structure check queued with a request's first loads, where Excel can tell (1.7). */
export function queueStructureCheck(
  workbook: Excel.Workbook,
  caps: Capabilities
): Excel.WorkbookProtection | undefined {
  if (!caps.structureProtection) return undefined;
  const protection = workbook.protection;
  protection.load("protected");
  return protection;
}

/** Throws `StructureProtectedError` when the synced check found the structure protected. */
export function assertStructureEditable(protection: Excel.WorkbookProtection | undefined): void {
  if (protection?.protected) throw new StructureProtectedError();
}

/** The sheet a defined name's value refers to (`'Tổng hợp'!$A$1`, `=Data!$A$1`), if any. */
export function referencedSheet(value: string): string | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(value);
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? "").replace(/''/g, "'");
}

/** The defined names that mark sheets of one kind, e.g. `TongHop_Summary_1`. */
export interface OwnMarks {
  /** The names found, to delete before new ones are added. */
  readonly names: readonly Excel.NamedItem[];
  /** The names (lower case) of the sheets they mark; a deleted sheet's mark marks none. */
  readonly sheets: ReadonlySet<string>;
}

/** Queues the read of the defined names, where names exist (ExcelApi 1.4). */
export function queueOwnMarks(
  workbook: Excel.Workbook,
  caps: Capabilities
): Excel.NamedItemCollection | undefined {
  if (!caps.names) return undefined;
  const names = workbook.names;
  names.load("items/name,items/value");
  return names;
}

/** The marks of kind `prefix` among the synced names. */
export function ownMarks(names: Excel.NamedItemCollection, prefix: string): OwnMarks {
  const own = names.items.filter((item) => item.name.startsWith(prefix));
  const sheets = new Set<string>();
  for (const item of own) {
    const sheet = typeof item.value === "string" ? referencedSheet(item.value) : undefined;
    if (sheet !== undefined) sheets.add(sheet.toLowerCase());
  }
  return { names: own, sheets };
}

/** Queues the marks of `sheets` as `${prefix}1`, `${prefix}2` … (after the old ones' deletion). */
export function queueMarkSheets(
  workbook: Excel.Workbook,
  prefix: string,
  sheets: readonly Excel.Worksheet[]
): void {
  sheets.forEach((sheet, i) => {
    workbook.names.add(`${prefix}${i + 1}`, sheet.getRange("A1"));
  });
}
