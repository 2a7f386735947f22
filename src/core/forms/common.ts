import type { Campaign, Unit } from "../campaign";
import type { SheetBuilder } from "./sheet-builder";

/** Placeholders of the printed forms, kept when a form is made for no particular unit. */
export const PLACEHOLDER_UNIT_LINES = ["TRUNG TÂM HTCĐ…", "HOẶC TRƯỜNG……"] as const;
export const MOTTO = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO_SUB = "Độc lập - Tự do - Hạnh phúc";
export const SIGNATURE_TITLE = "GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG";
export const SIGNATURE_NOTE = "(Ký tên, đóng dấu)";
export const RECEIVERS_TITLE = "Nơi nhận:";

/**
 * How a unit is named on its own form. A commune's or ward's report is the report of its
 * community learning centre, so "Phường Phú Bài" signs as "Trung tâm HTCĐ phường Phú Bài".
 *
 * @example unitTitle({ name: 'Phường Phú Bài', type: 'community' }) === 'Trung tâm HTCĐ phường Phú Bài'
 */
export function unitTitle(unit: Unit): string {
  if (unit.type !== "community") return unit.name;
  const lowered = unit.name.replace(/^(Phường|Xã|Thị trấn)(?=\s)/u, (word) =>
    word.toLocaleLowerCase("vi")
  );
  return `Trung tâm HTCĐ ${lowered}`;
}

/**
 * The two-block header of an administrative document: the unit on the left, the national
 * motto on the right. `leftCols` and `rightCols` are the column spans of each block.
 */
export function putDocumentHeader(
  sheet: SheetBuilder,
  unit: Unit | undefined,
  leftCols: number,
  rightCols: number
): void {
  const right = leftCols + 1;
  const [line1, line2] = unit
    ? [unitTitle(unit).toLocaleUpperCase("vi"), ""]
    : PLACEHOLDER_UNIT_LINES;
  sheet.put(1, "unitHeader", line1, { colSpan: leftCols, rowSpan: unit ? 2 : 1 });
  sheet.put(right, "motto", MOTTO, { colSpan: rightCols }).next();
  if (!unit) sheet.put(1, "unitHeader", line2, { colSpan: leftCols });
  sheet.put(right, "mottoSub", MOTTO_SUB, { colSpan: rightCols }).next();
}

/** "NĂM 2017" and the like. */
export function yearLine(campaign: Campaign): string {
  return `NĂM ${campaign.year}`;
}
