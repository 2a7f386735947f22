/**
 * The campaign workbook's sheet "Đợt báo cáo", described once: which label goes in which row,
 * where each value sits, the roster table under it. The .xlsx writer (xlsx/campaign) and the
 * Office.js bridge (excel/campaign-sheet) both render this description, and `readCampaignSheet`
 * reads any sheet made from it back, by its labels rather than by fixed rows, so rows a
 * clerk inserted, moved or typed under the roster are honoured.
 *
 * Rows and columns are 1-based, as in Excel.
 */
import {
  campaignIdFor,
  campaignResult,
  checkCampaign,
  type Campaign,
  type CampaignProblem,
  type CampaignResult,
  type Unit,
} from "./campaign";
import { UNIT_TYPE_LABELS, guessUnitType, parseUnitType } from "./roster";
import type { CellValue } from "./values/cell-value";
import { parseDate } from "./values/date";
import { foldLabel } from "./values/label";
import { parseTime, formatMinutes } from "./values/time";

export const CAMPAIGN_SHEET = "Đợt báo cáo";
export const CAMPAIGN_TITLE = "ĐỢT BÁO CÁO TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI";
export const CAMPAIGN_HINT =
  "Điền hoặc sửa cột B. Ngày nhập dạng ngày/tháng/năm; giờ nộp (nếu có) ở cột C, ví dụ 16:00. " +
  "Người ký: mỗi dòng một chức danh (Alt+Enter để xuống dòng). " +
  "Thêm đơn vị bằng cách ghi tiếp xuống dưới danh sách; cột Loại chọn trong danh sách thả xuống.";
export const ROSTER_TITLE = "Danh sách đơn vị";
/**
 * The campaign's id is kept on the sheet ("Mã đợt: phuong-phu-bai-2026"), so that forms
 * made before the clerk renamed the office still belong to the campaign.
 */
export const CAMPAIGN_ID_PREFIX = "Mã đợt: ";

export type CampaignFieldId =
  | "year"
  | "theme"
  | "weekStart"
  | "weekEnd"
  | "issuingBody"
  | "collectingUnit"
  | "receivingOffice"
  | "reportsTo"
  | "signer"
  | "mau1"
  | "mau2";

export interface CampaignFieldSpec {
  readonly id: CampaignFieldId;
  /** The label in column A, exactly as the sheet prints it. */
  readonly label: string;
  /** The problem path of this field (`CampaignProblem.path`). */
  readonly path: string;
  readonly kind: "year" | "text" | "lines" | "date" | "deadline";
  /** What column C says about the value (for a deadline, the time goes there instead). */
  readonly note?: string;
}

export const CAMPAIGN_FIELDS: readonly CampaignFieldSpec[] = [
  { id: "year", label: "Năm", path: "year", kind: "year" },
  { id: "theme", label: "Chủ đề", path: "theme", kind: "text" },
  { id: "weekStart", label: "Tuần lễ từ ngày", path: "week.start", kind: "date" },
  { id: "weekEnd", label: "Đến ngày", path: "week.end", kind: "date" },
  {
    id: "issuingBody",
    label: "Cơ quan ban hành",
    path: "issuingBody",
    kind: "text",
    note: "Cơ quan ban hành kế hoạch",
  },
  {
    id: "collectingUnit",
    label: "Đơn vị tổng hợp",
    path: "collectingUnit",
    kind: "text",
    note: "Tên đơn vị mình như cấp trên gọi, ví dụ Phường Phú Bài",
  },
  {
    id: "receivingOffice",
    label: "Nơi nhận báo cáo",
    path: "receivingOffice",
    kind: "text",
    note: "Kính gửi trên biểu mẫu của các đơn vị",
  },
  {
    id: "reportsTo",
    label: "Báo cáo lên",
    path: "reportsTo",
    kind: "text",
    note: "Kính gửi trên báo cáo tổng hợp",
  },
  {
    id: "signer",
    label: "Người ký",
    path: "signer",
    kind: "lines",
    note: "Mỗi dòng một chức danh, ví dụ TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
  },
  { id: "mau1", label: "Hạn nộp Mẫu 1", path: "deadlines.mau1", kind: "deadline" },
  { id: "mau2", label: "Hạn nộp Mẫu 2", path: "deadlines.mau2", kind: "deadline" },
];

export type RosterColumnId = "name" | "type" | "email" | "phone";
export const ROSTER_COLUMNS: readonly { readonly id: RosterColumnId; readonly label: string }[] = [
  { id: "name", label: "Tên đơn vị" },
  { id: "type", label: "Loại" },
  { id: "email", label: "Email" },
  { id: "phone", label: "Điện thoại" },
];

/** A value as the sheet holds it: text, a number, a calendar date or a time of day. */
export type CampaignCellValue =
  string | number | { readonly date: string } | { readonly time: string };

export type CampaignCellRole =
  | "title"
  | "hint"
  | "header"
  | "label"
  | "value"
  | "note"
  | "rosterTitle"
  | "rosterHeader"
  | "rosterCell";

export interface CampaignCell {
  readonly row: number;
  readonly col: number;
  readonly role: CampaignCellRole;
  readonly value?: CampaignCellValue;
  /** Merge across this many columns. */
  readonly colSpan?: number;
}

export interface CampaignSheetLayout {
  readonly sheetName: string;
  /** Column widths in Excel character units, A first. */
  readonly columnWidths: readonly number[];
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly cells: readonly CampaignCell[];
  /** The row of each field's label and value. */
  readonly fieldRows: Readonly<Record<CampaignFieldId, number>>;
  /** The roster's header row; units start on the next row. */
  readonly rosterHeaderRow: number;
  /** The rows whose "Loại" cell offers the type list (the roster's and room to grow). */
  readonly typeListRows: { readonly first: number; readonly last: number };
  /** The words of the type list, in order. */
  readonly typeChoices: readonly string[];
}

/** Rows the type list reaches past the last unit, for units typed under the roster. */
export const ROSTER_ROOM = 500;

const FIRST_FIELD_ROW = 4;

/** `HH:MM` of a deadline with a time, else undefined. */
function timeOf(deadline: string | undefined): string | undefined {
  return deadline?.includes("T") ? deadline.slice(11, 16) : undefined;
}

/**
 * The sheet of a campaign: title, a hint, one labelled row per field, then the roster.
 *
 * @example campaignSheetLayout(newCampaign({ year: 2026 })).fieldRows.year // 4
 */
export function campaignSheetLayout(campaign: Campaign): CampaignSheetLayout {
  const cells: CampaignCell[] = [
    { row: 1, col: 1, role: "title", value: CAMPAIGN_TITLE, colSpan: 4 },
    { row: 2, col: 1, role: "hint", value: CAMPAIGN_HINT, colSpan: 4 },
    { row: 3, col: 1, role: "header", value: "Mục" },
    { row: 3, col: 2, role: "header", value: "Nội dung" },
    { row: 3, col: 3, role: "header", value: "Giờ nộp / ghi chú" },
    { row: 3, col: 4, role: "note", value: `${CAMPAIGN_ID_PREFIX}${campaign.id}` },
  ];
  const rowHeights: Record<number, number> = { 1: 24, 2: 62 };
  const fieldRows = {} as Record<CampaignFieldId, number>;
  const values: Record<CampaignFieldId, CampaignCellValue | undefined> = {
    year: campaign.year,
    theme: campaign.theme,
    weekStart: campaign.week.start ? { date: campaign.week.start } : undefined,
    weekEnd: campaign.week.end ? { date: campaign.week.end } : undefined,
    issuingBody: campaign.issuingBody,
    collectingUnit: campaign.collectingUnit,
    receivingOffice: campaign.receivingOffice,
    reportsTo: campaign.reportsTo,
    signer: campaign.signer?.join("\n"),
    mau1: campaign.deadlines.mau1 ? { date: campaign.deadlines.mau1.slice(0, 10) } : undefined,
    mau2: campaign.deadlines.mau2 ? { date: campaign.deadlines.mau2.slice(0, 10) } : undefined,
  };
  CAMPAIGN_FIELDS.forEach((field, i) => {
    const row = FIRST_FIELD_ROW + i;
    fieldRows[field.id] = row;
    cells.push({ row, col: 1, role: "label", value: field.label });
    const value = values[field.id];
    cells.push({
      row,
      col: 2,
      role: "value",
      ...(value === undefined || value === "" ? {} : { value }),
    });
    if (field.kind === "deadline") {
      const time = timeOf(campaign.deadlines[field.id as "mau1" | "mau2"]);
      cells.push({ row, col: 3, role: "value", ...(time ? { value: { time } } : {}) });
    } else if (field.note) {
      cells.push({ row, col: 3, role: "note", value: field.note });
    }
    // Neither Excel nor LibreOffice fits a generated row to its wrapped text: heights are set.
    const lines = (text: string | undefined, chars: number) =>
      (text ?? "")
        .split("\n")
        .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / chars)), 0);
    const textLines = Math.max(
      typeof value === "string" ? lines(value, 44) : 1,
      field.kind === "lines" ? 3 : 1,
      field.kind === "deadline" ? 1 : lines(field.note, 32)
    );
    if (textLines > 1) rowHeights[row] = textLines * 16 + 4;
  });
  const titleRow = FIRST_FIELD_ROW + CAMPAIGN_FIELDS.length + 1;
  cells.push({ row: titleRow, col: 1, role: "rosterTitle", value: ROSTER_TITLE, colSpan: 4 });
  const headerRow = titleRow + 1;
  ROSTER_COLUMNS.forEach((column, i) =>
    cells.push({ row: headerRow, col: i + 1, role: "rosterHeader", value: column.label })
  );
  campaign.units.forEach((unit, i) => {
    const row = headerRow + 1 + i;
    const texts = [unit.name, UNIT_TYPE_LABELS[unit.type], unit.email, unit.phone];
    texts.forEach((text, col) =>
      cells.push({ row, col: col + 1, role: "rosterCell", ...(text ? { value: text } : {}) })
    );
  });
  return {
    sheetName: CAMPAIGN_SHEET,
    columnWidths: [44, 48, 30, 16],
    rowHeights,
    cells,
    fieldRows,
    rosterHeaderRow: headerRow,
    typeListRows: { first: headerRow + 1, last: headerRow + campaign.units.length + ROSTER_ROOM },
    typeChoices: Object.values(UNIT_TYPE_LABELS),
  };
}

// ---------------------------------------------------------------------------------------
// Reading the sheet back.

/** The cells of one sheet as the reader sees them; dates are serial numbers. */
export interface CampaignGrid {
  readonly maxRow: number;
  readonly maxCol: number;
  value(row: number, col: number): CellValue;
  /** Rows hidden in the sheet are not part of the campaign. */
  isHidden?(row: number): boolean;
  readonly date1904: boolean;
}

/** "B5" for row 5, column 2. */
function cellName(row: number, col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}

function textOf(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

/** The id kept on the sheet, if a cell of its first rows still says it. */
function storedId(grid: CampaignGrid): string | undefined {
  for (let row = 1; row <= Math.min(grid.maxRow, 8); row++) {
    for (let col = 1; col <= Math.min(grid.maxCol, 8); col++) {
      const m = /^mã đợt\s*:\s*([a-z0-9]+(?:-[a-z0-9]+)*)$/iu.exec(textOf(grid.value(row, col)));
      if (m) return m[1]!.toLowerCase();
    }
  }
  return undefined;
}

const FIELD_BY_LABEL = new Map(CAMPAIGN_FIELDS.map((field) => [foldLabel(field.label), field]));
const ROSTER_BY_LABEL = new Map(
  ROSTER_COLUMNS.map((column) => [foldLabel(column.label), column.id])
);

/**
 * Reads a campaign sheet: each field from the row whose column A holds its label, the
 * roster from the row headed "Tên đơn vị" down to the sheet's last row (blank and hidden
 * rows skipped). Every problem names its cell ("ô B6 (Đến ngày)"); a campaign comes back
 * only when none is an error.
 */
export function readCampaignSheet(grid: CampaignGrid, sheetName = CAMPAIGN_SHEET): CampaignResult {
  const problems: CampaignProblem[] = [];
  const found = new Map<CampaignFieldId, number>();
  let rosterRow: number | undefined;
  const rosterCols = new Map<RosterColumnId, number>();

  for (let row = 1; row <= grid.maxRow && rosterRow === undefined; row++) {
    const label = foldLabel(textOf(grid.value(row, 1)).replace(/[:*]+$/, ""));
    const field = FIELD_BY_LABEL.get(label);
    if (field && !found.has(field.id)) {
      found.set(field.id, row);
      continue;
    }
    for (let col = 1; col <= Math.min(grid.maxCol, 12); col++) {
      const id = ROSTER_BY_LABEL.get(foldLabel(textOf(grid.value(row, col))));
      if (id && !rosterCols.has(id)) rosterCols.set(id, col);
    }
    if (rosterCols.has("name")) rosterRow = row;
    else rosterCols.clear();
  }

  const place = (row: number, col: number, label: string) =>
    `Ô ${cellName(row, col)} (${label}) trên trang "${sheetName}"`;
  const fieldPlace = (id: CampaignFieldId, col = 2) => {
    const spec = CAMPAIGN_FIELDS.find((field) => field.id === id)!;
    const row = found.get(id);
    return row === undefined
      ? `Dòng "${spec.label}" trên trang "${sheetName}"`
      : place(row, col, spec.label);
  };
  const fail = (problem: Omit<CampaignProblem, "severity">) =>
    problems.push({ ...problem, severity: "error" });

  const raw = (id: CampaignFieldId, col = 2): CellValue => {
    const row = found.get(id);
    return row === undefined ? null : grid.value(row, col);
  };
  const text = (id: CampaignFieldId) => textOf(raw(id)).replace(/\s*\n\s*/g, " ");

  let year = 0;
  const yearValue = raw("year");
  const yearText = textOf(yearValue);
  if (found.get("year") === undefined || yearText === "") {
    fail({ code: "campaign_field_missing", path: "year", place: fieldPlace("year") });
  } else if (/^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100) {
    year = Number(yearText);
  } else {
    fail({
      code: "campaign_field_type",
      path: "year",
      place: fieldPlace("year"),
      params: { expected: "year" },
    });
  }

  const date = (id: CampaignFieldId, path: string, required: boolean): string | undefined => {
    const value = raw(id);
    if (textOf(value) === "") {
      if (required) fail({ code: "campaign_field_missing", path, place: fieldPlace(id) });
      return undefined;
    }
    const result = parseDate(value, { date1904: grid.date1904 });
    if (!result.ok || result.warning) {
      fail({
        code: "campaign_bad_date",
        path,
        place: fieldPlace(id),
        params: { value: textOf(value) },
      });
      return undefined;
    }
    return result.date;
  };
  const deadline = (id: "mau1" | "mau2"): string | undefined => {
    const path = `deadlines.${id}`;
    const day = date(id, path, false);
    const timeValue = raw(id, 3);
    let time: string | undefined;
    if (textOf(timeValue) !== "") {
      const parsed = parseTime(timeValue);
      if (parsed.ok) time = formatMinutes(parsed.minutes);
      else
        fail({
          code: "campaign_bad_date",
          path,
          place: fieldPlace(id, 3),
          params: { value: textOf(timeValue) },
        });
    } else if (typeof raw(id) === "number" && (raw(id) as number) % 1 > 0) {
      // A date-time typed into one cell: its time part is the hour.
      const parsed = parseTime(raw(id));
      if (parsed.ok && parsed.minutes > 0) time = formatMinutes(parsed.minutes);
    }
    return day && time ? `${day}T${time}` : day;
  };

  const start = date("weekStart", "week.start", true) ?? "";
  const end = date("weekEnd", "week.end", true) ?? "";
  const mau1 = deadline("mau1");
  const mau2 = deadline("mau2");
  const signer = textOf(raw("signer"))
    .split(/\n|\s\/\s/)
    .map((line) => line.trim())
    .filter(Boolean);

  const units: Unit[] = [];
  const unitRows: number[] = [];
  const nameCol = rosterCols.get("name");
  if (rosterRow === undefined || nameCol === undefined) {
    fail({
      code: "campaign_no_units",
      path: "units",
      place: `trang "${sheetName}" (không thấy cột "Tên đơn vị")`,
    });
  } else {
    for (let row = rosterRow + 1; row <= grid.maxRow; row++) {
      if (grid.isHidden?.(row)) continue;
      const name = textOf(grid.value(row, nameCol)).replace(/\s+/g, " ");
      const cellText = (id: RosterColumnId) => {
        const col = rosterCols.get(id);
        return col === undefined ? "" : textOf(grid.value(row, col));
      };
      const typeText = cellText("type");
      const email = cellText("email");
      const phone = cellText("phone");
      if (name === "" && typeText === "" && email === "" && phone === "") continue;
      let type = typeText ? parseUnitType(typeText) : guessUnitType(name);
      if (!type) {
        fail({
          code: "campaign_bad_unit_type",
          path: `units[${units.length}].type`,
          place: place(row, rosterCols.get("type")!, "Loại"),
          params: { value: typeText },
        });
        type = "other";
      }
      unitRows.push(row);
      units.push({ name, type, ...(email ? { email } : {}), ...(phone ? { phone } : {}) });
    }
    if (units.length === 0) {
      fail({
        code: "campaign_no_units",
        path: "units",
        place: `cột "Tên đơn vị" từ ô ${cellName(rosterRow + 1, nameCol)} trên trang "${sheetName}"`,
      });
    }
  }

  const collectingUnit = text("collectingUnit");
  const reportsTo = text("reportsTo");
  const campaign: Campaign = {
    id: storedId(grid) ?? campaignIdFor(collectingUnit || text("receivingOffice"), year || 2000),
    year,
    theme: text("theme"),
    week: { start, end },
    issuingBody: text("issuingBody"),
    receivingOffice: text("receivingOffice"),
    ...(collectingUnit ? { collectingUnit } : {}),
    ...(reportsTo ? { reportsTo } : {}),
    ...(signer.length > 0 ? { signer } : {}),
    deadlines: { ...(mau1 ? { mau1 } : {}), ...(mau2 ? { mau2 } : {}) },
    units,
  };

  // The shared checks, each problem placed on its cell; those already reported are skipped.
  const reported = new Set(problems.map((problem) => problem.path));
  const fieldOfPath = new Map(CAMPAIGN_FIELDS.map((field) => [field.path, field.id]));
  for (const problem of checkCampaign({
    ...campaign,
    year: year || Number(start.slice(0, 4)) || 2000,
  })) {
    if (reported.has(problem.path) || (problem.code === "campaign_no_units" && units.length === 0))
      continue;
    if (year === 0 && (problem.code === "campaign_year_mismatch" || problem.path === "year"))
      continue;
    const unit = /^units\[(\d+)\]/.exec(problem.path);
    const id = fieldOfPath.get(problem.path === "week" ? "week.end" : problem.path);
    const placed = unit
      ? place(unitRows[Number(unit[1])]!, nameCol!, "Tên đơn vị")
      : id
        ? fieldPlace(id)
        : undefined;
    problems.push(placed ? { ...problem, place: placed } : problem);
  }
  return campaignResult(campaign, problems);
}
