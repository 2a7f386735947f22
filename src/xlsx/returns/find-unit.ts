/**
 * Which unit sent a return: the template's metadata, else the form's own header, else the
 * file name, each matched against the campaign roster.
 */
import { matchUnit, normalizeLabel, normalizeUnitName, type Unit } from "../../core";
import type { SheetData } from "../read";
import { cellText, labelPrefix, rowNumbers } from "./sheet-text";

/**
 * Printed placeholders of a blank form ("TRUNG TÂM HTCĐ…", "HOẶC TRƯỜNG……",
 * "Trung tâm HTCĐ xã phường/ Trường ………"): dotted leaders mark a line left unfilled.
 */
const PLACEHOLDER = /[…]|\.{3}/u;

/** Words of a file name that say which form or what kind of file it is, not who sent it. */
const FILE_NAME_NOISE = /\b(?:(?:mau|m)\s?[12]|mau|bao cao|baocao|bc|final|copy|(?:19|20)\d\d)\b/g;

/**
 * The roster unit named in a form's header lines, or undefined. Each non-placeholder line
 * of the cells in `rows` (top first) is matched with `matchUnit`.
 *
 * @example findUnitInHeader(sheet, 1, 6, roster) // 'Phường Phú Bài' for 'TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI'
 */
export function findUnitInHeader(
  sheet: SheetData,
  firstRow: number,
  lastRow: number,
  roster: readonly Unit[]
): string | undefined {
  for (const row of rowNumbers(sheet)) {
    if (row < firstRow || row > lastRow) continue;
    const cells = [...(sheet.rows.get(row)?.values() ?? [])].sort((a, b) => a.col - b.col);
    for (const cell of cells) {
      if (cell.kind !== "string") continue;
      for (const line of cellText(cell).split(/\r?\n/)) {
        if (line.trim() === "" || PLACEHOLDER.test(line)) continue;
        const hit = matchUnit(labelPrefix(line), roster);
        if (hit) return roster[hit.index]?.name;
      }
    }
  }
  return undefined;
}

/**
 * The roster unit a file name points to: folders, extension and form words dropped,
 * separators read as spaces; the whole rest is matched with `matchUnit`, else the longest
 * roster name found in it as whole words (only when no other name of that length is).
 *
 * @example findUnitInFileName('in/Mau2_Phuong_Phu_Bai.xlsx', roster) // 'Phường Phú Bài'
 */
export function findUnitInFileName(file: string, roster: readonly Unit[]): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[^.]*$/, "");
  const cleaned = normalizeLabel(stem.replace(/[_\-.+,()[\]]+/g, " "))
    .replace(FILE_NAME_NOISE, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (cleaned === "") return undefined;
  const whole = matchUnit(cleaned, roster);
  if (whole) return roster[whole.index]?.name;

  const key = ` ${normalizeUnitName(cleaned)} `;
  const placeKey = (name: string): string =>
    normalizeUnitName(name).replace(/^(?:phuong|xa|thi tran)\s+/, "");
  const hits = roster
    .map((unit) => ({ unit, full: normalizeUnitName(unit.name), place: placeKey(unit.name) }))
    .flatMap(({ unit, full, place }) => {
      if (full && key.includes(` ${full} `)) return [{ unit, length: full.length + 1 }];
      if (place && key.includes(` ${place} `)) return [{ unit, length: place.length }];
      return [];
    })
    .sort((a, b) => b.length - a.length);
  const [first, second] = hits;
  if (!first || (second && second.length === first.length)) return undefined;
  return first.unit.name;
}
