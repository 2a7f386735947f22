/**
 * Marks the cells of findings on a sheet (errors light red, warnings light yellow) and
 * takes its own earlier marks away first, restoring the fill each cell had. What it marked
 * is kept in the workbook's settings where Excel has them, else in memory.
 */
import type { Capabilities } from "./capabilities";
import { remembered, type MarkRecord } from "./memory";
import { queueOwnMarks, referencedSheet } from "./own-sheets";

/**
 * Workbook setting that holds the marked cells, by the defined name marking their sheet
 * (`MARKED_SHEET_PREFIX`): an id would name another sheet once the file is opened again.
 */
export const MARKS_SETTING = "tonghop.marks";

/** Defined names marking the sheets that carry marks: `TongHop_Marked_1` … */
export const MARKED_SHEET_PREFIX = "TongHop_Marked_";

/** Excel's "Bad" and "Neutral" cell style fills. */
export const MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

export type MarkSeverity = keyof typeof MARK_FILLS;

export interface CellMark {
  readonly cell: string;
  readonly severity: MarkSeverity;
}

/** Excel reports a cell without fill as white. */
const NO_FILL = "#FFFFFF";

/** `$c$14` → `C14`: one spelling per cell, so marks compare. */
export function normalizeCell(cell: string): string {
  return cell.replace(/\$/g, "").toUpperCase();
}

/** One severity per cell, the strongest: an error outweighs a warning. */
export function strongestMarks(marks: readonly CellMark[]): Map<string, MarkSeverity> {
  const byCell = new Map<string, MarkSeverity>();
  for (const { cell, severity } of marks) {
    const key = normalizeCell(cell);
    if (byCell.get(key) !== "error") byCell.set(key, severity);
  }
  return byCell;
}

function isRecord(value: unknown): value is MarkRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as { cell?: unknown; fill?: unknown };
  return (
    typeof record.cell === "string" && (typeof record.fill === "string" || record.fill === null)
  );
}

/** The stored records, tolerating anything else found under the key. */
export function recordsFrom(value: unknown): Record<string, MarkRecord[]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const out: Record<string, MarkRecord[]> = {};
  for (const [id, list] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(list)) out[id] = list.filter(isRecord);
  }
  return out;
}

function restoreFill(fill: Excel.RangeFill, color: string | null): void {
  if (color === null || color.toUpperCase() === NO_FILL) fill.clear();
  else fill.color = color;
}

/** The fill of one cell (a helper, so that proxies pass as parameters). */
function fillOf(sheet: Excel.Worksheet, cell: string): Excel.RangeFill {
  return sheet.getRange(cell).format.fill;
}

function protectionOf(sheet: Excel.Worksheet): Excel.WorksheetProtection {
  return sheet.protection;
}

/**
 * Colours the cells of findings on `sheetName` after clearing the marks this function made
 * there before. A protected sheet is unprotected for the change and protected again with
 * its own options (a password-protected sheet makes Excel refuse, and the error is
 * passed on). Two requests, whatever the number of cells.
 *
 * @example await markCells("Mẫu 2", [{ cell: "C14", severity: "error" }], caps);
 */
export async function markCells(
  sheetName: string,
  marks: readonly CellMark[],
  caps: Capabilities
): Promise<void> {
  const wanted = strongestMarks(marks);
  await Excel.run(async (context) => {
    const workbook = context.workbook;
    const sheet = workbook.worksheets.getItem(sheetName);
    sheet.load("id");
    const protection = protectionOf(sheet);
    if (caps.protection) protection.load(["protected", "options"]);
    const stored = caps.settings ? workbook.settings.getItemOrNullObject(MARKS_SETTING) : undefined;
    if (stored) stored.load("value");
    // Settings come with names (both ExcelApi 1.4): where records are kept in the file, so is
    // the mark that says which sheet they belong to.
    const definedNames = stored ? queueOwnMarks(workbook, caps) : undefined;
    const fills = new Map<string, Excel.RangeFill>();
    for (const cell of wanted.keys()) {
      const fill = fillOf(sheet, cell);
      fill.load("color");
      fills.set(cell, fill);
    }
    await context.sync();

    const records = stored
      ? stored.isNullObject
        ? {}
        : recordsFrom(stored.value)
      : { ...remembered.marks };
    // The key of this sheet's records: its mark, or a new one; the session's id without settings.
    let key = sheet.id;
    let ownMark: Excel.NamedItem | undefined;
    if (definedNames) {
      const marks = definedNames.items.filter((item) => item.name.startsWith(MARKED_SHEET_PREFIX));
      const markOf = (item: Excel.NamedItem): string | undefined =>
        typeof item.value === "string" ? referencedSheet(item.value) : undefined;
      const own = marks.find((item) => markOf(item)?.toLowerCase() === sheetName.toLowerCase());
      // The records of a sheet since deleted go with its mark; those of unknown keys too
      // (ids kept by an earlier version, meaningless once the file was reopened).
      const live = new Set(marks.filter((item) => markOf(item) !== undefined).map((i) => i.name));
      for (const item of marks) if (!live.has(item.name)) item.delete();
      for (const stale of Object.keys(records)) if (!live.has(stale)) delete records[stale];
      ownMark = own;
      if (own) key = own.name;
      else {
        const taken = new Set(marks.map((item) => item.name.toLowerCase()));
        let n = 1;
        while (taken.has(`${MARKED_SHEET_PREFIX}${n}`.toLowerCase())) n++;
        key = `${MARKED_SHEET_PREFIX}${n}`;
        if (wanted.size > 0) workbook.names.add(key, sheet.getRange("A1"));
      }
    }
    const previous = records[key] ?? [];
    const original = new Map(previous.map((record) => [record.cell, record.fill] as const));
    const wasProtected = caps.protection && protection.protected;
    if (wasProtected) protection.unprotect();

    for (const record of previous) {
      if (!wanted.has(record.cell)) restoreFill(fillOf(sheet, record.cell), record.fill);
    }
    const next: MarkRecord[] = [];
    for (const [cell, severity] of wanted) {
      const fill = fills.get(cell)!;
      const before = original.has(cell) ? original.get(cell)! : (fill.color ?? null);
      fill.color = MARK_FILLS[severity];
      next.push({ cell, fill: before });
    }
    if (wasProtected) protection.protect(protection.options);

    if (next.length > 0) records[key] = next;
    else {
      delete records[key];
      // A sheet without marks needs no mark of its own.
      if (ownMark) ownMark.delete();
    }
    if (caps.settings) workbook.settings.add(MARKS_SETTING, records);
    else remembered.marks = records;
    await context.sync();
  });
}

/**
 * Activates a sheet and selects a cell on it (the pane's "show me" on a finding).
 *
 * @example await selectCell("Mẫu 2", "C14");
 */
export async function selectCell(sheetName: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}
