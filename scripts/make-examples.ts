/**
 * Writes the example returns of examples/huong-thuy-2017/: what an office really receives
 * for the preset huong-thuy-2017, made with the project's own templates and filled as a
 * unit would fill them, plus the usual mistakes (numbers typed as text, a negative and an
 * ambiguous value, an activity outside the week, a corrected file sent later, a file that
 * is not a spreadsheet, a hand-made form laid out differently). Deterministic: fixed dates.
 *
 * @example await makeExamples("examples/huong-thuy-2017") // the paths written
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import {
  HUONG_THUY_2017,
  INDICATOR_IDS,
  layoutForm,
  unitTitle,
  type Campaign,
  type IndicatorId,
  type Unit,
} from "../src/core";
import { CATALOGUES } from "../src/messages";
import { writeFormTemplate } from "../src/xlsx";

/** A value as typed into a cell; `counted` is what a merge must add (null: left out, an error). */
export type ExampleValue =
  number | { readonly typed: string | number; readonly counted: number | null };

export interface ExampleRow {
  readonly time: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly place: string;
  readonly content: string;
  /** false when the row must be rejected (outside the week). */
  readonly valid: boolean;
}

export interface ExampleFile {
  readonly name: string;
  readonly kind: "mau2" | "mau1" | "handmade-mau2" | "not-a-spreadsheet";
  readonly unit?: string;
  /** The workbook's last-modified property (the unit's save time). */
  readonly modified?: Date;
  readonly values?: Readonly<Record<IndicatorId, ExampleValue>>;
  readonly rows?: readonly ExampleRow[];
  /** The status a merge must give it. */
  readonly expected: "accepted" | "superseded" | "rejected";
  /**
   * Set for a unit that is not on the roster (a school that reports directly): counted
   * under its own name, with a warning.
   */
  readonly offRoster?: { readonly type: Unit["type"] };
}

const campaign = HUONG_THUY_2017;
const at = (day: number, hour: number): Date => new Date(Date.UTC(2017, 9, day, hour, 0, 0));

/** Plausible values for a unit: small session counts, participants in proportion. */
export function unitValues(seed: number): Record<IndicatorId, ExampleValue> {
  const values = {} as Record<IndicatorId, ExampleValue>;
  let previous = 1;
  INDICATOR_IDS.forEach((id, i) => {
    if (id === "ke_hoach") values[id] = 1;
    else if (id.endsWith("_luot") || id.endsWith("_nguoi"))
      values[id] = previous * (20 + ((seed * 7 + i) % 15));
    else if (id === "hoi_thao_toa_dam") values[id] = previous = 2 + (seed % 2);
    else if (id === "to_roi") values[id] = previous = 100 + seed * 50;
    else if (id === "sach_tai_lieu") values[id] = previous = 10 + seed * 3;
    else values[id] = previous = 1 + ((seed + i) % 3);
  });
  return values;
}

const with_ = (
  seed: number,
  changes: Partial<Record<IndicatorId, ExampleValue>>
): Record<IndicatorId, ExampleValue> => ({ ...unitValues(seed), ...changes });

const rows = (
  ...list: [time: string, day: number, content: string, valid?: boolean][]
): ExampleRow[] =>
  list.map(([time, day, content, valid = true]) => ({
    time,
    date: `2017-10-${String(day).padStart(2, "0")}`,
    place: "Nhà văn hóa",
    content,
    valid,
  }));

/** Every example file, with what a merge must make of it. */
export const EXAMPLES: readonly ExampleFile[] = [
  {
    name: "mau2-phuong-phu-bai.xlsx",
    kind: "mau2",
    unit: "Phường Phú Bài",
    modified: at(10, 2),
    values: unitValues(1),
    expected: "accepted",
  },
  {
    name: "mau1-phuong-phu-bai.xlsx",
    kind: "mau1",
    unit: "Phường Phú Bài",
    modified: at(1, 2),
    rows: rows(
      ["07:30", 2, "Lễ phát động Tuần lễ học tập suốt đời"],
      ["14:00", 4, "Tọa đàm về xây dựng xã hội học tập"],
      ["19:30", 6, "Đêm văn nghệ hưởng ứng"]
    ),
    expected: "accepted",
  },
  {
    // Numbers typed as text: accepted with warnings, counted.
    name: "mau2-phuong-thuy-duong.xlsx",
    kind: "mau2",
    unit: "Phường Thủy Dương",
    modified: at(11, 3),
    values: with_(2, {
      to_roi: { typed: "1.200", counted: 1200 },
      sach_tai_lieu: { typed: "35 cuốn", counted: 35 },
    }),
    expected: "accepted",
  },
  {
    // A negative value and an ambiguous "1,200": errors, left out of the totals.
    name: "mau2-phuong-thuy-phuong.xlsx",
    kind: "mau2",
    unit: "Phường Thủy Phương",
    modified: at(12, 1),
    values: with_(3, {
      phong_su: { typed: -2, counted: null },
      to_roi: { typed: "1,200", counted: null },
    }),
    expected: "accepted",
  },
  {
    name: "mau2-phuong-thuy-chau.xlsx",
    kind: "mau2",
    unit: "Phường Thủy Châu",
    modified: at(12, 4),
    values: unitValues(4),
    expected: "accepted",
  },
  {
    // One activity dated after the week: an error, not in the schedule.
    name: "mau1-phuong-thuy-chau.xlsx",
    kind: "mau1",
    unit: "Phường Thủy Châu",
    modified: at(1, 4),
    rows: rows(
      ["7h30", 3, "Ra mắt mô hình gia đình học tập"],
      ["8h", 5, "Hội thi tìm hiểu pháp luật"],
      ["15:00", 10, "Tổng kết Tuần lễ", false]
    ),
    expected: "accepted",
  },
  {
    // Sent first, then corrected: the older return is superseded.
    name: "mau2-phuong-thuy-luong-ban-dau.xlsx",
    kind: "mau2",
    unit: "Phường Thủy Lương",
    modified: at(9, 2),
    values: unitValues(5),
    expected: "superseded",
  },
  {
    name: "mau2-phuong-thuy-luong-sua.xlsx",
    kind: "mau2",
    unit: "Phường Thủy Lương",
    modified: at(12, 8),
    values: unitValues(6),
    expected: "accepted",
  },
  {
    name: "mau2-xa-thuy-van.xlsx",
    kind: "mau2",
    unit: "Xã Thủy Vân",
    modified: at(13, 1),
    values: unitValues(7),
    expected: "accepted",
  },
  {
    name: "mau2-xa-thuy-thanh.xlsx",
    kind: "mau2",
    unit: "Xã Thủy Thanh",
    modified: at(13, 2),
    values: unitValues(8),
    expected: "accepted",
  },
  {
    name: "mau1-xa-thuy-thanh.xlsx",
    kind: "mau1",
    unit: "Xã Thủy Thanh",
    modified: at(1, 1),
    rows: rows(
      ["07:00", 2, "Ngày hội đọc sách"],
      ["7 giờ 15", 7, "Lớp kỹ năng sống cho thanh niên"]
    ),
    expected: "accepted",
  },
  {
    // Made by hand: table shifted down and right, no metadata, the unit in the header.
    name: "bao-cao-thuy-bang.xlsx",
    kind: "handmade-mau2",
    unit: "Xã Thủy Bằng",
    modified: at(13, 3),
    values: unitValues(9),
    expected: "accepted",
  },
  {
    // A school the roster does not list, whose file name holds the ward's name: counted as
    // itself (with a warning), never as Phường Phú Bài, whose report it must not replace.
    name: "thcs-phu-bai.xlsx",
    kind: "handmade-mau2",
    unit: "Trường THCS Phú Bài",
    offRoster: { type: "school" },
    modified: at(13, 5),
    values: with_(10, { lop_day_nghe: 0, lop_day_nghe_luot: 0 }),
    expected: "accepted",
  },
  {
    // Only a schedule: the unit still misses its Mẫu 2.
    name: "mau1-xa-thuy-phu.xlsx",
    kind: "mau1",
    unit: "Xã Thủy Phù",
    modified: at(1, 3),
    rows: rows(
      ["07:30", 2, "Phát động phong trào"],
      ["08:00", 3, "Thư viện lưu động"],
      ["14:00", 5, "Lớp dạy nghề ngắn hạn"],
      ["19:00", 8, "Giao lưu văn nghệ"]
    ),
    expected: "accepted",
  },
  {
    // An attachment that is not a spreadsheet, with a spreadsheet's name.
    name: "xa-thuy-tan-bao-cao.xlsx",
    kind: "not-a-spreadsheet",
    expected: "rejected",
  },
];

/** What a merge of all the examples must give: totals, values left out, schedule rows, missing. */
export function expectedOutcome(files: readonly ExampleFile[] = EXAMPLES): {
  totals: Record<IndicatorId, number>;
  leftOut: number;
  scheduleRows: number;
  missing: string[];
} {
  const totals = Object.fromEntries(INDICATOR_IDS.map((id) => [id, 0])) as Record<
    IndicatorId,
    number
  >;
  let leftOut = 0;
  let scheduleRows = 0;
  const reported = new Set<string>();
  for (const file of files) {
    if (file.expected !== "accepted") continue;
    if (file.values) {
      reported.add(file.unit ?? "");
      for (const id of INDICATOR_IDS) {
        const value = file.values[id];
        const counted = typeof value === "number" ? value : value.counted;
        if (counted === null) leftOut++;
        else totals[id] += counted;
      }
    }
    scheduleRows += (file.rows ?? []).filter((row) => row.valid).length;
  }
  const missing = campaign.units.map((u) => u.name).filter((name) => !reported.has(name));
  return { totals, leftOut, scheduleRows, missing };
}

const typedOf = (value: ExampleValue): string | number =>
  typeof value === "number" ? value : value.typed;

function findUnit(name: string | undefined, offRoster?: ExampleFile["offRoster"]): Unit {
  if (offRoster && name) return { name, type: offRoster.type };
  const unit = campaign.units.find((u) => u.name === name);
  if (!unit) throw new Error(`not in the roster: ${name}`);
  return unit;
}

/** The cell a workbook-level defined name points to, as sheet name and address. */
function namedCell(workbook: ExcelJS.Workbook, name: string): { sheet: string; address: string } {
  const ranges = (
    workbook.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }
  ).getRanges(name).ranges;
  const match = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
  if (!match) throw new Error(`no defined name ${name}`);
  return { sheet: (match[1] as string).replace(/''/g, "'"), address: `${match[2]}${match[3]}` };
}

async function finish(workbook: ExcelJS.Workbook, modified: Date | undefined): Promise<Uint8Array> {
  workbook.created = modified ?? at(1, 0);
  workbook.modified = modified ?? at(1, 0);
  workbook.lastModifiedBy = "Đơn vị";
  return stableZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The same package re-zipped with a fixed time on every entry, so output is byte-stable. */
function stableZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const ordered = Object.fromEntries(
    Object.keys(entries).map((name) => [name, entries[name] as Uint8Array])
  );
  return zipSync(ordered, { level: 6, mtime: new Date(2017, 9, 1) });
}

/** A generated Mẫu 2 for the unit, with the values set at the indicators' defined names. */
export async function filledMau2(
  unit: Unit | undefined,
  values: Readonly<Record<IndicatorId, ExampleValue>>,
  modified?: Date,
  forCampaign: Campaign = campaign
): Promise<Uint8Array> {
  const template = await writeFormTemplate(["mau2"], forCampaign, unit, CATALOGUES.vi);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as unknown as ExcelJS.Buffer);
  for (const id of INDICATOR_IDS) {
    const { sheet, address } = namedCell(workbook, id);
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) throw new Error(`no sheet ${sheet}`);
    worksheet.getCell(address).value = typedOf(values[id]);
  }
  return finish(workbook, modified);
}

/** A generated Mẫu 1 for the unit, with the activity rows filled from the first input row. */
export async function filledMau1(
  unit: Unit,
  activities: readonly ExampleRow[],
  modified?: Date
): Promise<Uint8Array> {
  const layout = layoutForm("mau1", campaign, unit);
  const inputRows = layout.cells
    .filter((cell) => cell.input?.rule.kind === "date")
    .map((cell) => cell.row)
    .sort((a, b) => a - b);
  const template = await writeFormTemplate(["mau1"], campaign, unit, CATALOGUES.vi);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(layout.sheetName);
  if (!sheet) throw new Error(`no sheet ${layout.sheetName}`);
  activities.forEach((activity, i) => {
    const row = inputRows[i];
    if (row === undefined) throw new Error("too many activities");
    const [y, m, d] = activity.date.split("-").map(Number) as [number, number, number];
    sheet.getCell(row, 2).value = activity.time;
    sheet.getCell(row, 3).value = new Date(Date.UTC(y, m - 1, d));
    sheet.getCell(row, 3).numFmt = "dd/mm/yyyy";
    sheet.getCell(row, 4).value = activity.place;
    sheet.getCell(row, 5).value = activity.content;
  });
  return finish(workbook, modified);
}

/**
 * A Mẫu 2 made by hand from the form's text: every label of the generated layout moved
 * three rows down and two columns right, the unit's name in the header, no metadata,
 * no defined names, a sheet named by the unit.
 */
export async function handmadeMau2(
  unit: Unit,
  values: Readonly<Record<IndicatorId, ExampleValue>>,
  modified?: Date
): Promise<Uint8Array> {
  const layout = layoutForm("mau2", campaign, unit);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Bao cao");
  const down = 3;
  const right = 2;
  sheet.getCell(1, 1).value = unitTitle(unit);
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row + down, cell.col + right);
    const indicator = cell.input?.indicator;
    if (indicator) target.value = typedOf(values[indicator]);
    else if (!cell.input && cell.value !== undefined) target.value = cell.value;
  }
  return finish(workbook, modified);
}

/** The bytes of one example file. */
export async function exampleBytes(file: ExampleFile): Promise<Uint8Array> {
  switch (file.kind) {
    case "mau2":
      return filledMau2(findUnit(file.unit), file.values ?? unitValues(0), file.modified);
    case "mau1":
      return filledMau1(findUnit(file.unit), file.rows ?? [], file.modified);
    case "handmade-mau2":
      return handmadeMau2(
        findUnit(file.unit, file.offRoster),
        file.values ?? unitValues(0),
        file.modified
      );
    case "not-a-spreadsheet":
      return new TextEncoder().encode(
        "Kính gửi Phòng GD&ĐT: báo cáo gửi kèm qua Zalo, xin xem ảnh chụp.\n"
      );
  }
}

/** Writes every example into `dir` and returns the paths written, in EXAMPLES order. */
export async function makeExamples(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const file of EXAMPLES) {
    const target = path.join(dir, file.name);
    await writeFile(target, await exampleBytes(file));
    written.push(target);
  }
  return written;
}
