/**
 * Defined names of generated templates: each input cell is named by its indicator id (or
 * text-answer name), the schedule by `lich_hoat_dong`. Names move with their cells when a
 * unit inserts rows or re-saves the file in another program, so they beat positions.
 */
import { METADATA_SHEET, parseMetadataRows, type TemplateMetadata } from "../../core";
import type { SheetData, WorkbookData } from "../read";
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
  const wanted = name.toLowerCase();
  const candidates = workbook.definedNames
    .filter((defined) => defined.name.toLowerCase() === wanted && defined.sheet !== undefined)
    .sort(
      (a, b) => Number(a.localSheetIndex !== undefined) - Number(b.localSheetIndex !== undefined)
    );
  for (const defined of candidates) {
    const sheet = workbook.sheets.find((s) => s.name === defined.sheet);
    const area = parseArea(defined.ref);
    if (sheet && area) return { sheet, area };
  }
  return undefined;
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
