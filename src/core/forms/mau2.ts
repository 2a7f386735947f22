import type { Campaign, Unit } from "../campaign";
import { INDICATORS, SECTIONS, type SectionNumber } from "./indicators";
import { STYLES, textBoxHeight, type SheetLayout } from "./layout";
import { putDocumentHeader, printA4, putSignatureBlock } from "./common";
import { SheetBuilder } from "./sheet-builder";

/** Printed labels of Mẫu 2 other than the indicator rows (seed 004). */
export const MAU2_TEXT = {
  sheetName: "Mẫu 2",
  number: "Số:                 /BC-……",
  title: "BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HỌC TẬP SUỐT ĐỜI",
  recipientPrefix: "Kính gửi: ",
  sectionI: "I. Công tác chỉ đạo, xây dựng kế hoạch:",
  sectionII: "II. Kết quả cụ thể:",
  results: "1. Các kết quả theo từng hoạt động đã thực hiện nhằm hưởng ứng tuần lễ:",
  columnActivity: "Nội dung hoạt động",
  columnResult: "Kết quả, số lượng",
  columnNote: "Ghi chú",
  difficulties: "2. Những thuận lợi, khó khăn:",
  sectionIII: "III. Kiến nghị, đề xuất:",
  receivers: ["- Như trên;", "- Lưu: VP."],
} as const;

/** Defined names of the free-text answers; none collides with an indicator id. */
export const MAU2_TEXT_NAMES = {
  direction: "cong_tac_chi_dao",
  difficulties: "thuan_loi_kho_khan",
  proposals: "kien_nghi_de_xuat",
} as const;

/**
 * How many characters each free-text section (I, II.2, III) holds and prints whole, with
 * no resizing by the unit; a unit's "Công tác chỉ đạo" paragraph runs to 800 or so.
 */
export const FREE_TEXT_CHARS = 1000;

/**
 * Column plan: the label spans A:B so that the left header block (A) is narrow enough for
 * the national motto to fit on one line over B:D.
 */
const WIDTHS = [30, 24, 14, 22] as const;
const LABEL_COL = 1;
const RESULT_COL = 3;
const NOTE_COL = 4;
const ALL = 4;

/**
 * "Kính gửi: Ủy ban nhân dân phường Phú Bài." — or the printed form's dotted line when the
 * campaign does not say yet whom the units report to.
 */
export function recipientLine(recipient: string | undefined): string {
  const name = recipient?.trim().replace(/[.;]+$/, "");
  return name
    ? `${MAU2_TEXT.recipientPrefix}${name}.`
    : `${MAU2_TEXT.recipientPrefix}${BLANK_RECIPIENT}`;
}

/** The dotted line a blank "Kính gửi" gets. */
export const BLANK_RECIPIENT = "………………………………………….";

/** The date line of the printed form, with the campaign's year. */
export function mau2DateLine(campaign: Campaign): string {
  return `……………………, ngày      tháng   10   năm ${campaign.year}`;
}

/**
 * Lays out Mẫu 2 (results report) for a campaign, and for one unit when given. Each
 * sub-item that the printed form crowds into one cell gets its own input row.
 *
 * @example layoutMau2(HUONG_THUY_2017, HUONG_THUY_2017.units[0]).sheetName === 'Mẫu 2'
 */
export function layoutMau2(campaign: Campaign, unit?: Unit): SheetLayout {
  const s = new SheetBuilder(WIDTHS);
  putDocumentHeader(s, unit, 1, 3);
  s.put(1, "unitHeaderPlain", MAU2_TEXT.number, { input: { rule: { kind: "text" } } });
  s.put(2, "dateLine", mau2DateLine(campaign), {
    colSpan: 3,
    input: { rule: { kind: "text" } },
  }).next(2);

  s.put(1, "title", MAU2_TEXT.title, { colSpan: ALL }).next();
  s.put(1, "subtitle", `NĂM ${campaign.year}`, { colSpan: ALL }).next(2);
  s.put(1, "recipient", recipientLine(campaign.receivingOffice), {
    colSpan: ALL,
  }).next(2);

  // One merged row per section, tall enough for FREE_TEXT_CHARS at the form's widths: a
  // row is never split across pages, so the text prints whole, and it needs no resizing.
  const boxHeight = textBoxHeight(FREE_TEXT_CHARS, s.widthOf(1, ALL), STYLES.inputLongText.size);
  const textBox = (name: string): void => {
    s.put(1, "inputLongText", undefined, { colSpan: ALL, input: { rule: { kind: "text" }, name } });
    s.fitHeight(s.row, boxHeight).next();
  };
  s.put(1, "heading", MAU2_TEXT.sectionI, { colSpan: ALL }).next();
  textBox(MAU2_TEXT_NAMES.direction);
  s.put(1, "heading", MAU2_TEXT.sectionII, { colSpan: ALL }).next();
  s.put(1, "body", MAU2_TEXT.results, { colSpan: ALL }).next();

  s.put(LABEL_COL, "tableHeader", MAU2_TEXT.columnActivity, { colSpan: 2 });
  s.put(RESULT_COL, "tableHeader", MAU2_TEXT.columnResult);
  s.put(NOTE_COL, "tableHeader", MAU2_TEXT.columnNote).next();

  const rowOf = new Map<string, number>();
  let section: SectionNumber | 0 = 0;
  for (const indicator of INDICATORS) {
    if (indicator.section !== section && indicator.section !== 1) {
      s.put(LABEL_COL, "tableSection", SECTIONS[indicator.section], { colSpan: 2 });
      s.put(RESULT_COL, "tableItem").put(NOTE_COL, "tableItem").next();
    }
    section = indicator.section;
    const style =
      indicator.section === 1
        ? "tableSection"
        : indicator.kind === "participants"
          ? "tableSub"
          : "tableItem";
    const countRow = indicator.countOf ? rowOf.get(indicator.countOf) : undefined;
    s.put(LABEL_COL, style, indicator.label, { colSpan: 2 });
    s.put(RESULT_COL, "inputCount", undefined, {
      input: {
        rule: { kind: "count" },
        name: indicator.id,
        indicator: indicator.id,
        ...(countRow ? { countCell: { row: countRow, col: RESULT_COL } } : {}),
      },
    });
    s.put(NOTE_COL, "inputText", undefined, { input: { rule: { kind: "text" } } });
    rowOf.set(indicator.id, s.row);
    s.next();
  }
  s.next();

  // The two sections after the table and the signature share the last page (675 pt of
  // rows: a page even at 100 %), so no heading is left at a page's foot without its text.
  // The table's header is not repeated: it would stand alone over that page's free text.
  const narrativeRow = s.row;
  s.put(1, "heading", MAU2_TEXT.difficulties, { colSpan: ALL }).next();
  textBox(MAU2_TEXT_NAMES.difficulties);
  s.put(1, "heading", MAU2_TEXT.sectionIII, { colSpan: ALL }).next();
  textBox(MAU2_TEXT_NAMES.proposals);
  s.next();

  // The receivers are two short lines; the signer's title gets B:D, room for any font.
  const lastRow = putSignatureBlock(s, MAU2_TEXT.receivers, 1, 3);

  return {
    form: "mau2",
    sheetName: MAU2_TEXT.sheetName,
    columnWidths: WIDTHS,
    rowHeights: s.rowHeights,
    cells: s.cells,
    validations: s.validations(),
    rangeNames: [],
    print: printA4(undefined, [narrativeRow]),
    lastRow,
    lastCol: ALL,
    allowInsertRows: false,
  };
}
