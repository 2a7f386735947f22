import type { Campaign, Unit } from "../campaign";
import { STYLES, estimateRowHeightAnyFont, type PrintSpec, type StyleRole } from "./layout";
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
  // Only a commune or ward named as such gets its centre's name; "Trung tâm HTCĐ …",
  // "TTHTCĐ …" or "UBND xã …" are already what the unit signs as.
  const name = unit.name.normalize("NFC");
  if (unit.type !== "community" || !/^(Phường|Xã|Thị trấn)\s/iu.test(name)) return unit.name;
  const lowered = name.replace(/^(Phường|Xã|Thị trấn)(?=\s)/iu, (word) =>
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

/**
 * "Nơi nhận" and its receivers on the left, the signature title and "(Ký tên, đóng dấu)" on
 * the right, then room for the signature and the red stamp. Returns the form's last row.
 *
 * The two blocks never meet whatever font prints them: they lie in columns of their own,
 * every text wraps inside its merged area (none spills over a neighbour), and each row is
 * tall enough for its texts in a font a third wider than Times New Roman.
 */
export function putSignatureBlock(
  sheet: SheetBuilder,
  receivers: readonly [string, string],
  leftCols: number,
  rightCols: number
): number {
  const right = leftCols + 1;
  const left = (style: StyleRole, text: string): void => {
    sheet.put(1, style, text, { colSpan: leftCols });
    fitAnyFont(sheet, style, text, 1, leftCols);
  };
  const signature = (style: StyleRole, text: string): void => {
    sheet.put(right, style, text, { colSpan: rightCols });
    fitAnyFont(sheet, style, text, right, rightCols);
  };
  left("receiversTitle", RECEIVERS_TITLE);
  signature("signatureTitle", SIGNATURE_TITLE);
  sheet.next();
  left("receivers", receivers[0]);
  signature("signatureNote", SIGNATURE_NOTE);
  sheet.next();
  left("receivers", receivers[1]);
  sheet.next();
  return sheet.row + 3;
}

function fitAnyFont(
  sheet: SheetBuilder,
  style: StyleRole,
  text: string,
  col: number,
  colSpan: number
): void {
  sheet.fitHeight(
    sheet.row,
    estimateRowHeightAnyFont(text, sheet.widthOf(col, colSpan), STYLES[style].size)
  );
}

/**
 * A4 portrait, one page wide; margins of Nghị định 30 (30 mm left, 15 mm right, 20 mm).
 * `titleRow`, when given, repeats at the top of every page; `pageBreaksBefore` start pages.
 */
export function printA4(
  titleRow: number | undefined,
  pageBreaksBefore: readonly number[] = []
): PrintSpec {
  return {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: 1,
    ...(titleRow !== undefined ? { titleRows: { first: titleRow, last: titleRow } } : {}),
    ...(pageBreaksBefore.length > 0 ? { pageBreaksBefore } : {}),
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79 },
  };
}
