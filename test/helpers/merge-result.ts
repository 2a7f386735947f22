/**
 * Test-only builders of `MergeResult` fixtures: what a merge of a handful of real-looking
 * returns gives, without running the reader or the rules.
 *
 * @example
 * const result = sampleMergeResult();        // 3 counted units, a rejected file, a missing unit
 * const unit = unitResult('Xã Thủy Vân', { to_roi: 200 }, { files: ['thuy-van.xlsx'] });
 * const merged = mergeResultOf([unit]);      // totals summed from the units
 */
import {
  HUONG_THUY_2017,
  INDICATOR_IDS,
  type Campaign,
  type FileOutcome,
  type IndicatorId,
  type MergeResult,
  type ScheduleEntry,
  type SubmissionRow,
  type UnitResult,
} from "../../src/core";

/** Unit-typed text that a spreadsheet would run as a formula if written carelessly. */
export const FORMULA_LIKE = {
  hyperlink: '=HYPERLINK("http://evil.example","x")',
  plus: "+1",
  minusPlus: "-2+3",
  at: "@SUM(A1)",
  sum: "=SUM(1,2)",
} as const;

/** Every indicator with the given values; the rest 0. `null` is a value left out. */
export function indicatorValues(
  values: Partial<Record<IndicatorId, number | null>> = {}
): Record<IndicatorId, number | null> {
  const all = {} as Record<IndicatorId, number | null>;
  for (const id of INDICATOR_IDS) all[id] = values[id] === undefined ? 0 : values[id]!;
  return all;
}

export function unitResult(
  name: string,
  values: Partial<Record<IndicatorId, number | null>>,
  extra: Partial<Omit<UnitResult, "name" | "values">> = {}
): UnitResult {
  return {
    name,
    onRoster: extra.onRoster ?? true,
    files: extra.files ?? [`${name}.xlsx`],
    values: indicatorValues(values),
    notes: extra.notes ?? {},
    texts: extra.texts ?? {},
  };
}

/** The totals the merge would give: each unit's values summed, nulls left out. */
export function totalsOf(units: readonly UnitResult[]): Record<IndicatorId, number> {
  const totals = {} as Record<IndicatorId, number>;
  for (const id of INDICATOR_IDS)
    totals[id] = units.reduce((sum, unit) => sum + (unit.values[id] ?? 0), 0);
  return totals;
}

/** A result of these units with totals and left-out count derived; the rest from `extra`. */
export function mergeResultOf(
  units: readonly UnitResult[],
  extra: Partial<Omit<MergeResult, "units" | "totals" | "leftOut">> = {}
): MergeResult {
  const leftOut = units.reduce(
    (sum, unit) => sum + INDICATOR_IDS.filter((id) => unit.values[id] === null).length,
    0
  );
  return {
    campaignId: extra.campaignId ?? "huong-thuy-2017",
    totals: totalsOf(units),
    units,
    files: extra.files ?? [],
    schedule: extra.schedule ?? [],
    submissions: extra.submissions ?? [],
    missing: extra.missing ?? [],
    leftOut,
  };
}

/** Hương Thủy 2017 with a roster of three: the units `sampleMergeResult` speaks of. */
export function sampleCampaign(): Campaign {
  const roster = new Set(["Phường Phú Bài", "Phường Thủy Dương", "Xã Thủy Vân"]);
  return { ...HUONG_THUY_2017, units: HUONG_THUY_2017.units.filter((u) => roster.has(u.name)) };
}

const modified = (iso: string): number => Date.parse(iso);

/**
 * Hương Thủy 2017 (`sampleCampaign`): Phường Phú Bài and Xã Thủy Vân on the roster, plus a unit not on the
 * roster whose name and notes look like formulas. Thủy Vân has two error values (null); Phú
 * Bài sent a corrected file that supersedes its first; a .xls that could not be read is
 * rejected; Phường Thủy Dương sent nothing (missing). The schedule is out of order.
 */
export function sampleMergeResult(): MergeResult {
  const phuBai = unitResult(
    "Phường Phú Bài",
    {
      ke_hoach: 1,
      phong_su: 2,
      tin_bai_phat_thanh: 5,
      to_roi: 1200,
      hoi_thao_toa_dam: 3,
      hoi_thao_toa_dam_nguoi: 150,
      lop_day_nghe: 2,
      lop_day_nghe_luot: 60,
    },
    {
      files: ["phu-bai-mau1.xlsx", "phu-bai-v2.xlsx"],
      notes: { to_roi: "Phát tại chợ Phú Bài", hoi_thao_toa_dam: FORMULA_LIKE.plus },
      texts: {
        direction: "Ban hành kế hoạch số 12/KH-UBND ngày 20/9/2017.",
        difficulties: "Kinh phí còn hạn chế.",
        proposals: FORMULA_LIKE.at,
      },
    }
  );
  const thuyVan = unitResult(
    "Xã Thủy Vân",
    {
      ke_hoach: 1,
      to_roi: null,
      sach_tai_lieu: 40,
      hoi_thao_toa_dam: 1,
      hoi_thao_toa_dam_nguoi: null,
      lop_ky_nang_song: 2,
      lop_ky_nang_song_luot: 75,
    },
    {
      files: ["thuy-van.xlsx"],
      notes: { sach_tai_lieu: FORMULA_LIKE.minusPlus },
      texts: { direction: "Tổ chức lễ phát động ngày 02/10." },
    }
  );
  const stranger = unitResult(
    FORMULA_LIKE.hyperlink,
    { ke_hoach: 1, van_nghe: 2, van_nghe_luot: 300 },
    { files: ["unknown.xlsx"], notes: { van_nghe: FORMULA_LIKE.sum } }
  );
  const units = [phuBai, thuyVan, stranger];

  const schedule: ScheduleEntry[] = [
    {
      unit: "Xã Thủy Vân",
      file: "thuy-van.xlsx",
      date: "2017-10-03",
      minutes: 14 * 60,
      place: "Nhà văn hóa thôn 1",
      content: "Tọa đàm học tập suốt đời",
      note: "",
    },
    {
      unit: "Phường Phú Bài",
      file: "phu-bai-mau1.xlsx",
      date: "2017-10-02",
      minutes: 7 * 60 + 15,
      place: "Sân UBND phường",
      content: "Lễ phát động Tuần lễ",
      note: FORMULA_LIKE.sum,
    },
    {
      unit: "Xã Thủy Vân",
      file: "thuy-van.xlsx",
      date: "2017-10-02",
      minutes: 7 * 60 + 15,
      place: "Hội trường xã",
      content: "Lễ phát động",
      note: "",
    },
    {
      unit: "Phường Phú Bài",
      file: "phu-bai-mau1.xlsx",
      date: "2017-10-02",
      minutes: 7 * 60,
      place: FORMULA_LIKE.hyperlink,
      content: "Treo băng rôn",
      note: "",
    },
  ];

  const files: FileOutcome[] = [
    {
      path: "phu-bai-mau1.xlsx",
      status: "accepted",
      unit: "Phường Phú Bài",
      forms: ["mau1"],
      modified: modified("2017-09-28T02:00:00Z"),
      findings: [],
    },
    {
      path: "phu-bai.xlsx",
      status: "superseded",
      unit: "Phường Phú Bài",
      forms: ["mau2"],
      modified: modified("2017-10-10T02:00:00Z"),
      findings: [
        {
          code: "superseded",
          severity: "warning",
          at: { file: "phu-bai.xlsx" },
          params: { form: "mau2", by: "phu-bai-v2.xlsx" },
        },
        {
          code: "count_negative",
          severity: "error",
          at: { file: "phu-bai.xlsx", sheet: "Mẫu 2", cell: "C20" },
          indicator: "to_roi",
          params: { text: "-5" },
        },
      ],
    },
    {
      path: "phu-bai-v2.xlsx",
      status: "accepted",
      unit: "Phường Phú Bài",
      forms: ["mau2"],
      modified: modified("2017-10-12T02:00:00Z"),
      findings: [
        {
          code: "count_grouping",
          severity: "warning",
          at: { file: "phu-bai-v2.xlsx", sheet: "Mẫu 2", cell: "C20" },
          indicator: "to_roi",
          params: { text: "1.200" },
        },
      ],
    },
    {
      path: "thuy-van.xlsx",
      status: "accepted",
      unit: "Xã Thủy Vân",
      forms: ["mau1", "mau2"],
      modified: modified("2017-10-14T02:00:00Z"),
      findings: [
        {
          code: "count_ambiguous",
          severity: "error",
          at: { file: "thuy-van.xlsx", sheet: "Mẫu 2", cell: "C20" },
          indicator: "to_roi",
          params: { text: "1,200" },
        },
        {
          code: "count_not_a_number",
          severity: "error",
          at: { file: "thuy-van.xlsx", sheet: "Mẫu 2", cell: "C25" },
          indicator: "hoi_thao_toa_dam_nguoi",
          params: { text: "nhiều" },
        },
        {
          code: "late_return",
          severity: "warning",
          at: { file: "thuy-van.xlsx" },
          params: { form: "mau2", deadline: "2017-10-13" },
        },
      ],
    },
    {
      path: "unknown.xlsx",
      status: "accepted",
      unit: FORMULA_LIKE.hyperlink,
      forms: ["mau2"],
      modified: modified("2017-10-11T02:00:00Z"),
      findings: [
        {
          code: "unit_not_on_roster",
          severity: "warning",
          at: { file: "unknown.xlsx", sheet: "Mẫu 2", cell: "A1" },
          params: { name: FORMULA_LIKE.hyperlink },
        },
      ],
    },
    {
      path: "thuy-duong.xls",
      status: "rejected",
      forms: [],
      findings: [
        { code: "legacy_xls", severity: "error", at: { file: "thuy-duong.xls" } },
        { code: "file_unreadable", severity: "error", at: { file: "thuy-duong.xls" } },
      ],
    },
  ];

  const submissions: SubmissionRow[] = [
    {
      unit: "Phường Phú Bài",
      onRoster: true,
      mau1: { file: "phu-bai-mau1.xlsx", modified: files[0]!.modified, onTime: true },
      mau2: { file: "phu-bai-v2.xlsx", modified: files[2]!.modified, onTime: true },
      errors: 0,
      warnings: 1,
    },
    { unit: "Phường Thủy Dương", onRoster: true, errors: 0, warnings: 0 },
    {
      unit: "Xã Thủy Vân",
      onRoster: true,
      mau1: { file: "thuy-van.xlsx", modified: files[3]!.modified, onTime: false },
      mau2: { file: "thuy-van.xlsx", modified: files[3]!.modified, onTime: false },
      errors: 2,
      warnings: 1,
    },
    {
      unit: FORMULA_LIKE.hyperlink,
      onRoster: false,
      mau2: { file: "unknown.xlsx", modified: files[4]!.modified, onTime: true },
      errors: 0,
      warnings: 1,
    },
  ];

  return mergeResultOf(units, {
    files,
    schedule,
    submissions,
    missing: ["Phường Thủy Dương"],
  });
}
