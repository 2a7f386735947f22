/** Builds ReturnData by hand, as a reader would produce it, for core tests. */
import { INDICATOR_IDS, type IndicatorId, type RawValue, type ReturnData } from "../../src/core";
import type { CellValue } from "../../src/core";

/** A Mẫu 2 with every indicator given (cells C10…), overridden by `values`. */
export function mau2Return(
  file: string,
  unitName: string | undefined,
  values: Partial<Record<IndicatorId, CellValue>> = {},
  extra: Partial<ReturnData> = {}
): ReturnData {
  const raw: Partial<Record<IndicatorId, RawValue>> = {};
  INDICATOR_IDS.forEach((id, i) => {
    const value = id in values ? values[id] : defaultValue(id);
    raw[id] = { value: value ?? null, cell: `C${10 + i}` };
  });
  return {
    file,
    ...(unitName ? { unitName } : {}),
    unitSource: unitName ? "header" : "none",
    date1904: false,
    mau2: {
      sheet: "Mẫu 2",
      values: raw,
      notes: {},
      texts: { proposals: `Kiến nghị của ${unitName}` },
    },
    findings: [],
    ...extra,
  };
}

/** Plausible defaults that trip no warning for a community unit. */
function defaultValue(id: IndicatorId): number {
  if (id === "hoi_thao_toa_dam") return 2;
  if (id.endsWith("_luot") || id.endsWith("_nguoi")) return 30;
  return 1;
}

export function mau1Return(
  file: string,
  unitName: string,
  rows: { time: CellValue; date: CellValue; content?: string }[],
  extra: Partial<ReturnData> = {}
): ReturnData {
  return {
    file,
    unitName,
    unitSource: "header",
    date1904: false,
    mau1: {
      sheet: "Mẫu 1",
      rows: rows.map((row, i) => ({
        row: 9 + i,
        time: { value: row.time, cell: `B${9 + i}` },
        date: { value: row.date, cell: `C${9 + i}` },
        place: "Nhà văn hóa",
        content: row.content ?? `Hoạt động ${i + 1}`,
        note: "",
      })),
    },
    findings: [],
    ...extra,
  };
}
