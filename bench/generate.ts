/**
 * Realistic returns for the benchmark, fast and deterministic.
 *
 * A handful of seed workbooks is made once with exceljs: the project's generated templates
 * (Mẫu 2 alone, Mẫu 1 alone, both in one workbook) filled as a unit fills them, and two
 * hand-made layouts read by their labels (`handmadeMau2` of scripts/make-examples.ts and a
 * hand-typed Mẫu 1 with labels without diacritics and dates typed as text). Each seed is made
 * for a placeholder unit with sentinel values; its zip is then split into parts that never
 * change (deflated once) and parts with slots (the unit's name and title, the counts, the
 * dates, the last-modified time). Every return is those slots filled in and the changed
 * parts deflated again, so 10,000 files take seconds.
 *
 * The mix: about 70% generated templates, 25% hand-made layouts, 5% with mistakes (a
 * negative count, a number typed as text "1.200", an activity outside the week, and one
 * file per hundred that is not a spreadsheet).
 *
 * @example
 * const set = await generateReturns("/tmp/returns", 1000, { seed: 1 });
 * // set.files: 1000 paths; set.campaignFile: the campaign JSON with the 1000 units
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import {
  INDICATORS,
  INDICATOR_IDS,
  layoutForm,
  slugify,
  unitTitle,
  type Campaign,
  type FormId,
  type IndicatorId,
  type Unit,
} from "../src/core";
import { CATALOGUES } from "../src/messages";
import { writeFormTemplate } from "../src/xlsx";
import { handmadeMau2, type ExampleValue } from "../scripts/make-examples";
import { writeZip, zipEntry, type ZipEntryData } from "../src/xlsx/zip-writer";

/** Every generated zip entry is dated 2017-10-01 00:00, so the output is stable. */
const ENTRY_DATE = new Date(2017, 9, 1);
const utf8 = new TextEncoder();

/** The campaign every generated return belongs to (its roster is made per set). */
export const BENCH_CAMPAIGN: Omit<Campaign, "units"> = {
  id: "bench-2017",
  year: 2017,
  theme: "Học tập để hoàn thiện nhân cách, phát triển bản thân",
  week: { start: "2017-10-02", end: "2017-10-08" },
  issuingBody: "Ủy ban nhân dân thị xã Hương Thủy",
  receivingOffice: "Phòng Giáo dục và Đào tạo Thị xã",
  deadlines: { mau1: "2017-09-29", mau2: "2017-10-13" },
};

export type ReturnKind =
  "mau2" | "mau1" | "mau1+mau2" | "handmade-mau2" | "handmade-mau1" | "not-a-spreadsheet";

export type Mistake = "negative" | "text_number" | "date_outside_week" | "not_a_spreadsheet";

/** One activity as written into a Mẫu 1. */
export interface GeneratedActivity {
  readonly time: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** How the date is stored: a date cell (serial number) or text typed as `dd/mm/yyyy`. */
  readonly dateAs: "serial" | "text";
  readonly place: string;
  readonly content: string;
}

/** What was written into one file, for checks. */
export interface GeneratedReturn {
  /** Absolute path. */
  readonly path: string;
  readonly kind: ReturnKind;
  readonly unit?: string;
  readonly mistake?: Mistake;
  /** The workbook's last-modified property (ISO). */
  readonly modified?: string;
  /** Mẫu 2 values as typed: a number, or text. */
  readonly mau2?: Readonly<Record<IndicatorId, number | string>>;
  readonly mau1?: readonly GeneratedActivity[];
}

export interface GeneratedSet {
  readonly dir: string;
  readonly campaign: Campaign;
  /** Absolute path of the campaign JSON (written into `dir`, outside the returns). */
  readonly campaignFile: string;
  /** The return files, absolute, in generation order. */
  readonly files: string[];
  readonly returns: GeneratedReturn[];
}

export interface GenerateOptions {
  /** PRNG seed: the same seed and n give the same files, byte for byte. */
  readonly seed?: number;
}

/* ---------------------------------------------------------------- roster ------------ */

const COMMUNE_NAMES = [
  "An Hòa",
  "Bình Minh",
  "Đông Sơn",
  "Hòa Bình",
  "Hương Sơn",
  "Phú Lộc",
  "Phước Tân",
  "Quảng Thành",
  "Tân Lập",
  "Thạnh Phú",
  "Thủy An",
  "Tiến Thành",
  "Trung Sơn",
  "Vĩnh Hưng",
  "Xuân Lộc",
];

/**
 * The i-th unit of a generated roster: wards, communes, schools and GDNN-GDTX centres,
 * every name unique (and unique for `matchUnit`).
 */
export function rosterUnit(i: number): Unit {
  const k = Math.floor(i / 10) + 1;
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return { name: `Phường ${Math.floor(i / 10) * 3 + (i % 10) + 1}`, type: "community" };
    case 3:
    case 4: {
      const j = Math.floor(i / 10) * 2 + (i % 10) - 3;
      const place = COMMUNE_NAMES[j % COMMUNE_NAMES.length] as string;
      const round = Math.floor(j / COMMUNE_NAMES.length);
      return { name: round === 0 ? `Xã ${place}` : `Xã ${place} ${round + 1}`, type: "community" };
    }
    case 5:
    case 6:
      return {
        name: `Trường Tiểu học số ${Math.floor(i / 10) * 2 + (i % 10) - 4}`,
        type: "school",
      };
    case 7:
      return { name: `Trường THCS số ${k}`, type: "school" };
    case 8:
      return { name: `Trường Mầm non số ${k}`, type: "school" };
    default:
      return { name: `Trung tâm GDNN-GDTX số ${k}`, type: "vocational_centre" };
  }
}

export function benchCampaign(n: number): Campaign {
  return { ...BENCH_CAMPAIGN, units: Array.from({ length: n }, (_, i) => rosterUnit(i)) };
}

/* ---------------------------------------------------------------- seeds ------------- */

/** The placeholder unit every seed is made for; its name and titles become slots. */
const SEED_UNIT: Unit = { name: "Phường Hạt Giống", type: "community" };
const SEED_CAMPAIGN: Campaign = { ...BENCH_CAMPAIGN, units: [SEED_UNIT] };
const SEED_MODIFIED = new Date(Date.UTC(2017, 9, 10, 2, 0, 0));

/** Sentinel count of indicator i: no real value looks like it. */
const VALUE_SENTINEL = 904_000;
/** Sentinel date of activity row r: 1 January 2100 + r days (serial 73051 + r). */
const DATE_SENTINEL = Date.UTC(2100, 0, 1);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const dateSentinelSerial = (r: number): number => (DATE_SENTINEL - EXCEL_EPOCH) / DAY + r;
const textDateSentinel = (r: number): string => `@@NGAY${r}@@`;

const SEED_ACTIVITIES = [
  { time: "07:30", place: "Nhà văn hóa", content: "Lễ phát động Tuần lễ học tập suốt đời" },
  { time: "14:00", place: "Hội trường UBND", content: "Tọa đàm về xây dựng xã hội học tập" },
  { time: "19:30", place: "Sân vận động", content: "Đêm văn nghệ hưởng ứng" },
] as const;
const HANDMADE_ACTIVITIES = [
  { time: "7h30", place: "Thư viện", content: "Ngày hội đọc sách" },
  { time: "8 giờ", place: "Phòng học số 2", content: "Lớp kỹ năng sống cho thanh niên" },
] as const;
const DIRECTION_TEXT =
  "Xây dựng kế hoạch tổ chức Tuần lễ; phân công cán bộ phụ trách từng hoạt động; tuyên truyền trên loa truyền thanh.";

type Slot =
  | { readonly kind: "name" | "title" | "titleUpper" | "modified" }
  | { readonly kind: "value"; readonly id: IndicatorId; readonly attrs: string }
  | { readonly kind: "date"; readonly row: number }
  | { readonly kind: "textDate"; readonly row: number };

/** A part as literal text with slots between (`chunks.length === slots.length + 1`). */
interface PartTemplate {
  readonly name: string;
  readonly chunks: readonly string[];
  readonly slots: readonly Slot[];
}

interface Seed {
  readonly kind: Exclude<ReturnKind, "not-a-spreadsheet">;
  readonly activities: readonly { time: string; place: string; content: string }[];
  /** Entries in the seed's order: fixed ones deflated once, the rest templates. */
  readonly entries: readonly (ZipEntryData | PartTemplate)[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const SEED_TITLE = unitTitle(SEED_UNIT);
const SEED_TITLE_UPPER = SEED_TITLE.toLocaleUpperCase("vi");
const TOKEN = new RegExp(
  [
    escapeRegExp(SEED_TITLE_UPPER),
    escapeRegExp(SEED_TITLE),
    escapeRegExp(SEED_UNIT.name),
    "<c ([^>]*)><v>(\\d+)</v></c>",
    "@@NGAY(\\d+)@@",
    "(?<=<dcterms:modified[^>]*>)[^<]*",
  ].join("|"),
  "g"
);

function toTemplate(name: string, text: string): PartTemplate | undefined {
  const chunks: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const [whole, attrs, number, textRow] = m;
    let slot: Slot;
    if (whole === SEED_TITLE_UPPER) slot = { kind: "titleUpper" };
    else if (whole === SEED_TITLE) slot = { kind: "title" };
    else if (whole === SEED_UNIT.name) slot = { kind: "name" };
    else if (textRow !== undefined) slot = { kind: "textDate", row: Number(textRow) };
    else if (number !== undefined) {
      const v = Number(number);
      if (v >= VALUE_SENTINEL && v < VALUE_SENTINEL + INDICATOR_IDS.length) {
        slot = {
          kind: "value",
          id: INDICATOR_IDS[v - VALUE_SENTINEL] as IndicatorId,
          attrs: attrs!,
        };
      } else if (v >= dateSentinelSerial(0) && v < dateSentinelSerial(20)) {
        // A date: only the number changes, the cell keeps its date style.
        chunks.push(text.slice(last, m.index) + `<c ${attrs}><v>`);
        slots.push({ kind: "date", row: v - dateSentinelSerial(0) });
        last = m.index + whole.length - "</v></c>".length;
        continue;
      } else continue;
    } else slot = { kind: "modified" };
    chunks.push(text.slice(last, m.index));
    slots.push(slot);
    last = m.index + whole.length;
  }
  if (slots.length === 0) return undefined;
  chunks.push(text.slice(last));
  return { name, chunks, slots };
}

const sentinelValues = (): Record<IndicatorId, ExampleValue> =>
  Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, VALUE_SENTINEL + i])) as Record<
    IndicatorId,
    ExampleValue
  >;

/** The cell a workbook-level defined name points to. */
function namedCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const ranges = (
    workbook.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }
  ).getRanges(name).ranges;
  const match = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
  const sheet = match && workbook.getWorksheet((match[1] as string).replace(/''/g, "'"));
  if (!match || !sheet) throw new Error(`no defined name ${name}`);
  return sheet.getCell(`${match[2]}${match[3]}`);
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.created = new Date(Date.UTC(2017, 9, 1));
  workbook.modified = SEED_MODIFIED;
  workbook.lastModifiedBy = "Đơn vị";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A generated template for the seed unit, filled with sentinels as a unit fills it. */
async function filledTemplate(forms: readonly FormId[]): Promise<Uint8Array> {
  const template = await writeFormTemplate(forms, SEED_CAMPAIGN, SEED_UNIT, CATALOGUES.vi);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as unknown as ExcelJS.Buffer);
  if (forms.includes("mau2")) {
    INDICATOR_IDS.forEach((id, i) => (namedCell(workbook, id).value = VALUE_SENTINEL + i));
    namedCell(workbook, "cong_tac_chi_dao").value = DIRECTION_TEXT;
  }
  if (forms.includes("mau1")) {
    const layout = layoutForm("mau1", SEED_CAMPAIGN, SEED_UNIT);
    const inputRows = layout.cells
      .filter((cell) => cell.input?.rule.kind === "date")
      .map((cell) => cell.row)
      .sort((a, b) => a - b);
    const sheet = workbook.getWorksheet(layout.sheetName);
    if (!sheet) throw new Error(`no sheet ${layout.sheetName}`);
    SEED_ACTIVITIES.forEach((activity, r) => {
      const row = inputRows[r] as number;
      sheet.getCell(row, 2).value = activity.time;
      sheet.getCell(row, 3).value = new Date(DATE_SENTINEL + r * DAY);
      sheet.getCell(row, 3).numFmt = "dd/mm/yyyy";
      sheet.getCell(row, 4).value = activity.place;
      sheet.getCell(row, 5).value = activity.content;
    });
  }
  return save(workbook);
}

/**
 * A Mẫu 1 typed by hand: its own sheet name, the table one column in, labels without
 * diacritics, times as free text and dates typed as text.
 */
async function handmadeMau1(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Lich tuan le");
  sheet.getCell("B1").value = unitTitle(SEED_UNIT);
  sheet.getCell("B2").value = "LỊCH HOẠT ĐỘNG TUẦN LỄ HỌC TẬP SUỐT ĐỜI NĂM 2017";
  const header = ["STT", "Gio", "Ngay", "Dia diem", "Noi dung", "Ghi chu"];
  header.forEach((label, i) => (sheet.getCell(4, 2 + i).value = label));
  HANDMADE_ACTIVITIES.forEach((activity, r) => {
    const row = 5 + r;
    sheet.getCell(row, 2).value = r + 1;
    sheet.getCell(row, 3).value = activity.time;
    sheet.getCell(row, 4).value = textDateSentinel(r);
    sheet.getCell(row, 5).value = activity.place;
    sheet.getCell(row, 6).value = activity.content;
  });
  sheet.getCell(9, 2).value = "Nơi nhận:";
  sheet.getCell(9, 5).value = "GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG";
  return save(workbook);
}

async function seedBytes(kind: Seed["kind"]): Promise<Uint8Array> {
  switch (kind) {
    case "mau2":
      return filledTemplate(["mau2"]);
    case "mau1":
      return filledTemplate(["mau1"]);
    case "mau1+mau2":
      return filledTemplate(["mau1", "mau2"]);
    case "handmade-mau2":
      return handmadeMau2(SEED_UNIT, sentinelValues(), SEED_MODIFIED);
    case "handmade-mau1":
      return handmadeMau1();
  }
}

async function makeSeed(kind: Seed["kind"]): Promise<Seed> {
  const parts = unzipSync(await seedBytes(kind));
  const decoder = new TextDecoder();
  const entries = Object.entries(parts).map(([name, bytes]) => {
    const template = name.endsWith(".xml") ? toTemplate(name, decoder.decode(bytes)) : undefined;
    return template ?? zipEntry(name, bytes);
  });
  const slots = entries.flatMap((e) => ("slots" in e ? e.slots : []));
  const count = (k: Slot["kind"]): number => slots.filter((s) => s.kind === k).length;
  const activities = kind === "handmade-mau1" ? HANDMADE_ACTIVITIES : SEED_ACTIVITIES;
  const expected = {
    value: kind.endsWith("mau2") ? INDICATOR_IDS.length : 0,
    date: kind === "mau1" || kind === "mau1+mau2" ? activities.length : 0,
    textDate: kind === "handmade-mau1" ? activities.length : 0,
    modified: 1,
  };
  for (const [k, n] of Object.entries(expected)) {
    if (count(k as Slot["kind"]) !== n)
      throw new Error(`seed ${kind}: ${count(k as Slot["kind"])} ${k} slots, expected ${n}`);
  }
  if (count("name") + count("title") + count("titleUpper") === 0)
    throw new Error(`seed ${kind}: the unit's name is nowhere`);
  return { kind, activities, entries };
}

let seedsPromise: Promise<Record<Seed["kind"], Seed>> | undefined;

/** The seeds, made once per process. */
function seeds(): Promise<Record<Seed["kind"], Seed>> {
  seedsPromise ??= (async () => {
    const kinds = ["mau2", "mau1", "mau1+mau2", "handmade-mau2", "handmade-mau1"] as const;
    const made: Partial<Record<Seed["kind"], Seed>> = {};
    for (const kind of kinds) made[kind] = await makeSeed(kind);
    return made as Record<Seed["kind"], Seed>;
  })();
  return seedsPromise;
}

/* ---------------------------------------------------------------- returns ----------- */

/** mulberry32: small, fast, good enough for picking plausible data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plausible counts: small session numbers, participants 15–60 per session. */
function plausibleValues(random: () => number): Record<IndicatorId, number> {
  const values = {} as Record<IndicatorId, number>;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  for (const indicator of INDICATORS) {
    const id = indicator.id;
    if (indicator.kind === "participants") {
      const sessions = indicator.countOf ? values[indicator.countOf] : 1;
      values[id] = (sessions ?? 1) * int(15, 60);
    } else if (id === "ke_hoach") values[id] = 1;
    else if (id === "to_roi") values[id] = int(2, 30) * 50;
    else if (id === "sach_tai_lieu") values[id] = int(5, 80);
    else if (id === "hoi_thao_toa_dam") values[id] = int(2, 4);
    else if (id === "lop_day_nghe") values[id] = int(1, 3);
    else values[id] = int(0, 4);
  }
  return values;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const ymd = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dmy = (date: string): string => date.split("-").reverse().join("/");

function pickKind(random: () => number): Seed["kind"] {
  const r = random();
  if (r < 0.4) return "mau2";
  if (r < 0.55) return "mau1";
  if (r < 0.7) return "mau1+mau2";
  if (r < 0.88) return "handmade-mau2";
  return "handmade-mau1";
}

function fill(seed: Seed, unit: Unit, ret: GeneratedReturn): Uint8Array {
  const title = escapeXml(unitTitle(unit));
  const texts = {
    name: escapeXml(unit.name),
    title,
    titleUpper: escapeXml(unitTitle(unit).toLocaleUpperCase("vi")),
    modified: ret.modified ?? "",
  };
  const entries = seed.entries.map((entry) => {
    if (!("slots" in entry)) return entry;
    let text = entry.chunks[0] as string;
    entry.slots.forEach((slot, i) => {
      switch (slot.kind) {
        case "value": {
          const value = ret.mau2?.[slot.id];
          text +=
            typeof value === "string"
              ? `<c ${slot.attrs} t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`
              : `<c ${slot.attrs}><v>${value}</v></c>`;
          break;
        }
        case "date": {
          const date = ret.mau1?.[slot.row]?.date as string;
          text += String((Date.parse(date) - EXCEL_EPOCH) / DAY);
          break;
        }
        case "textDate":
          text += dmy(ret.mau1?.[slot.row]?.date as string);
          break;
        default:
          text += texts[slot.kind];
      }
      text += entry.chunks[i + 1];
    });
    return zipEntry(entry.name, utf8.encode(text));
  });
  return writeZip(entries, ENTRY_DATE);
}

const NOT_SPREADSHEETS = [
  "Kính gửi Phòng GD&ĐT: báo cáo gửi kèm qua Zalo, xin xem ảnh chụp.\n",
  "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
];

/** What return i of a set is: its kind, its unit's data, its mistake if any. */
function planReturn(i: number, unit: Unit, seedNumber: number, dir: string): GeneratedReturn {
  const random = prng(seedNumber * 1_000_003 + i);
  const slug = slugify(unit.name);
  if (i % 100 === 42) {
    return {
      path: path.join(dir, `bao-cao-${slug}.xlsx`),
      kind: "not-a-spreadsheet",
      mistake: "not_a_spreadsheet",
    };
  }
  const kind = pickKind(random);
  // About 4% more with a mistake in the data (5% with the non-spreadsheets).
  const m = random();
  const hasMau2 = kind.endsWith("mau2");
  const hasMau1 = kind.startsWith("mau1") || kind === "handmade-mau1";
  let mistake: Mistake | undefined;
  if (m < 0.04) {
    if (hasMau2 && hasMau1)
      mistake = m < 0.013 ? "negative" : m < 0.026 ? "text_number" : "date_outside_week";
    else if (hasMau2) mistake = m < 0.02 ? "negative" : "text_number";
    else mistake = "date_outside_week";
  }

  let mau2: Record<IndicatorId, number | string> | undefined;
  if (hasMau2) {
    mau2 = plausibleValues(random);
    if (mistake === "negative") {
      const id = INDICATOR_IDS[
        1 + Math.floor(random() * (INDICATOR_IDS.length - 1))
      ] as IndicatorId;
      mau2[id] = -(1 + Math.floor(random() * 5));
    } else if (mistake === "text_number") mau2.to_roi = "1.200";
  }
  let mau1: GeneratedActivity[] | undefined;
  if (hasMau1) {
    const activities = kind === "handmade-mau1" ? HANDMADE_ACTIVITIES : SEED_ACTIVITIES;
    const weekStart = Date.parse(BENCH_CAMPAIGN.week.start);
    mau1 = activities.map((activity) => ({
      ...activity,
      date: ymd(weekStart + Math.floor(random() * 7) * DAY),
      dateAs: kind === "handmade-mau1" ? "text" : "serial",
    }));
    if (mistake === "date_outside_week") {
      const last = mau1.length - 1;
      mau1[last] = { ...(mau1[last] as GeneratedActivity), date: "2017-10-12" };
    }
  }
  // Mẫu 1 is sent before the week, Mẫu 2 after it (about 3% a day late).
  const day = hasMau2
    ? random() < 0.03
      ? 14
      : 9 + Math.floor(random() * 5)
    : 25 + Math.floor(random() * 5);
  const modified = iso(
    Date.UTC(2017, hasMau2 ? 9 : 8, day, 1 + Math.floor(random() * 10), Math.floor(random() * 60))
  );
  const prefix =
    kind === "mau1+mau2" ? "mau1-mau2" : kind.startsWith("handmade") ? "bao-cao" : kind;
  return {
    path: path.join(dir, `${prefix}-${slug}.xlsx`),
    kind,
    unit: unit.name,
    ...(mistake ? { mistake } : {}),
    modified,
    ...(mau2 ? { mau2 } : {}),
    ...(mau1 ? { mau1 } : {}),
  };
}

/**
 * Writes n returns into `dir` (created if needed) and `campaign.json` beside them, with a
 * roster of the n units (one return per unit). Deterministic for a given seed.
 */
export async function generateReturns(
  dir: string,
  n: number,
  options: GenerateOptions = {}
): Promise<GeneratedSet> {
  const seedNumber = options.seed ?? 1;
  const made = await seeds();
  const campaign = benchCampaign(n);
  const returnsDir = path.join(dir, "returns");
  await mkdir(returnsDir, { recursive: true });
  const campaignFile = path.join(dir, "campaign.json");
  await writeFile(campaignFile, JSON.stringify(campaign, null, 2));

  const returns: GeneratedReturn[] = [];
  const pending: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const unit = campaign.units[i] as Unit;
    const ret = planReturn(i, unit, seedNumber, returnsDir);
    const bytes =
      ret.kind === "not-a-spreadsheet"
        ? new TextEncoder().encode(NOT_SPREADSHEETS[Math.floor(i / 100) % 2])
        : fill(made[ret.kind], unit, ret);
    returns.push(ret);
    pending.push(writeFile(ret.path, bytes));
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return { dir, campaign, campaignFile, files: returns.map((r) => r.path), returns };
}

/** `node scripts/run-ts.js bench/generate.ts DIR N [SEED]`: writes a set and says where. */
export async function main(args: string[]): Promise<number> {
  const [dir, count, seed] = args;
  const n = Number(count);
  if (!dir || !Number.isInteger(n) || n < 1) {
    console.error("usage: node scripts/run-ts.js bench/generate.ts DIR N [SEED]");
    return 2;
  }
  const started = performance.now();
  const set = await generateReturns(dir, n, { seed: seed === undefined ? 1 : Number(seed) });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${set.files.length} returns in ${path.join(dir, "returns")} (${seconds.toFixed(2)} s)`
  );
  console.log(`campaign: ${set.campaignFile}`);
  return 0;
}
