/**
 * Defined names of generated templates: each input cell is named by its indicator id (or
 * text-answer name), the schedule by `lich_hoat_dong`. Names move with their cells when a
 * unit inserts rows or re-saves the file in another program, so they beat positions.
 */
import { METADATA_SHEET, parseMetadataRows, type TemplateMetadata } from "../../core";
import type { DefinedName, SheetData, WorkbookData } from "../read";
import { parseArea, rowNumbers, textAt, type Area } from "./sheet-text";

export interface NamedArea {
  readonly sheet: SheetData;
  readonly area: Area;
}

/**
 * The sheet and area a defined name points at; undefined when the name is absent, points
 * at several areas, at `#REF!`, or at a sheet the workbook does not hold. Names compare
 * without regard to case, as in Excel; a workbook-level name wins over a sheet-level one.
 */
export function findNamedArea(workbook: WorkbookData, name: string): NamedArea | undefined {
  const candidates = namesOf(workbook).get(name.toLowerCase()) ?? [];
  for (const defined of candidates) {
    const sheet = workbook.sheets.find((s) => s.name === defined.sheet);
    const area = parseArea(defined.ref);
    if (sheet && area) return { sheet, area };
  }
  return undefined;
}

/**
 * A workbook's names that point into a sheet, by lower-cased name, workbook-level ones
 * first. Built once per workbook: a template is asked for some thirty names.
 */
const nameIndexes = new WeakMap<WorkbookData, Map<string, DefinedName[]>>();

function namesOf(workbook: WorkbookData): Map<string, DefinedName[]> {
  let index = nameIndexes.get(workbook);
  if (index) return index;
  index = new Map();
  for (const defined of workbook.definedNames) {
    if (defined.sheet === undefined) continue;
    const key = defined.name.toLowerCase();
    const list = index.get(key);
    if (list) list.push(defined);
    else index.set(key, [defined]);
  }
  const local = (defined: DefinedName): number => Number(defined.localSheetIndex !== undefined);
  for (const list of index.values()) list.sort((a, b) => local(a) - local(b));
  nameIndexes.set(workbook, index);
  return index;
}

/** Outcome of looking for template metadata: absent (a hand-made file), unreadable, or read. */
export type MetadataLookup =
  | { readonly kind: "absent" }
  | { readonly kind: "unreadable" }
  | { readonly kind: "found"; readonly metadata: TemplateMetadata };

/** Reads the hidden metadata sheet of a generated template (key in A, value in B). */
export function readTemplateMetadata(workbook: WorkbookData): MetadataLookup {
  const sheet = workbook.sheets.find((s) => s.name === METADATA_SHEET);
  if (!sheet) return { kind: "absent" };
  const rows: [string, string][] = rowNumbers(sheet).map((row) => [
    textAt(sheet, row, 1),
    textAt(sheet, row, 2),
  ]);
  const metadata = parseMetadataRows(rows.filter(([key]) => key !== ""));
  if (!metadata) return { kind: "unreadable" };
  return { kind: "found", metadata };
}
