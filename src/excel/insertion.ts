/**
 * Names a file brings into the open workbook through `insertWorksheetsFromBase64`, chosen
 * before the insertion so that none clashes: sheet names with every sheet's, and table
 * names and workbook-level defined names with each other's (Excel keeps the two in one
 * namespace, case-insensitive). What Excel does with a clash on insertion (rename, refuse,
 * or bind the file's formulas to the workbook's name) is not documented, so the add-in
 * never lets one happen: the summary file is written again with the free names.
 */
import { safeSheetName } from "./sheet-names";

/** What is in the workbook already, and what the file brings. */
export interface NameSpace {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  /** Workbook-level defined names. */
  readonly names: readonly string[];
}

/** The names the file must carry: each of its names to the one it gets (itself when free). */
export interface InsertionNames {
  readonly sheets: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, string>;
  /** The file's defined names left out, since the workbook has a name or table of theirs. */
  readonly omitNames: readonly string[];
}

/** Whether `names` changes anything of the file, which must then be written again. */
export function renamesAnything(names: InsertionNames): boolean {
  const moved = (map: ReadonlyMap<string, string>): boolean =>
    [...map].some(([from, to]) => from !== to);
  return moved(names.sheets) || moved(names.tables) || names.omitNames.length > 0;
}

/**
 * Free names for what `file` brings into `workbook`: a taken sheet name gets " (2)", a
 * taken table name "_2", and a defined name already used by the workbook is left out (the
 * workbook's own is kept, since the user's formulas may use it).
 *
 * @example
 * insertionNames(
 *   { sheets: ["Tổng hợp"], tables: ["DuLieu"], names: ["ke_hoach"] },
 *   { sheets: ["Tổng hợp", "Dữ liệu"], tables: ["DuLieu"], names: ["ke_hoach", "to_roi"] }
 * );
 * // sheets: Tổng hợp → Tổng hợp (2), Dữ liệu → Dữ liệu; tables: DuLieu → DuLieu_2;
 * // omitNames: ["ke_hoach"]
 */
export function insertionNames(workbook: NameSpace, file: NameSpace): InsertionNames {
  const sheetNames = [...workbook.sheets];
  const sheets = new Map<string, string>();
  for (const name of file.sheets) {
    const free = safeSheetName(name, sheetNames);
    sheetNames.push(free);
    sheets.set(name, free);
  }

  const taken = new Set([...workbook.tables, ...workbook.names].map((name) => name.toLowerCase()));
  const tables = new Map<string, string>();
  for (const name of file.tables) {
    let free = name;
    for (let n = 2; taken.has(free.toLowerCase()); n++) free = `${name}_${n}`;
    taken.add(free.toLowerCase());
    tables.set(name, free);
  }
  const omitNames = file.names.filter((name) => taken.has(name.toLowerCase()));
  return { sheets, tables, omitNames };
}
