import {
  HUONG_THUY_2017,
  mergeReturns,
  type LoadedReturn,
  type ReturnData,
} from "../../../src/core";
import { mau1Return, mau2Return } from "../../helpers/return-data";

const read = (data: ReturnData): LoadedReturn => ({
  kind: "read",
  data,
});
const at = (iso: string): number => Date.parse(iso);

describe("mergeReturns", () => {
  const inputs: LoadedReturn[] = [
    read(
      mau2Return(
        "phu-bai-cu.xlsx",
        "Phường Phú Bài",
        { to_roi: 100 },
        { modified: at("2017-10-10T08:00:00+07:00") }
      )
    ),
    read(
      mau2Return(
        "phu-bai-moi.xlsx",
        "Phường Phú Bài",
        { to_roi: 150 },
        { modified: at("2017-10-12T08:00:00+07:00") }
      )
    ),
    read(
      mau2Return(
        "thuy-van.xlsx",
        "Xã Thủy Vân",
        { to_roi: "1.000", sach_tai_lieu: -5 },
        { modified: at("2017-10-14T09:00:00+07:00") }
      )
    ),
    read(
      mau1Return(
        "lich-phu-bai.xlsx",
        "Phường Phú Bài",
        [
          { time: "14h", date: "03/10/2017" },
          { time: "7h", date: "03/10/2017" },
        ],
        { modified: at("2017-10-13T08:00:00+07:00") }
      )
    ),
    read(mau1Return("lich-thuy-van.xlsx", "Xã Thủy Vân", [{ time: "8h", date: "02/10/2017" }])),
    {
      kind: "rejected",
      file: "hong.xlsx",
      findings: [
        {
          code: "not_a_zip",
          severity: "error",
          at: { file: "hong.xlsx" },
          params: { detected: "pdf" },
        },
      ],
    },
    read(
      mau2Return(
        "khong-ro.xlsx",
        undefined,
        {},
        { findings: [{ code: "unit_unknown", severity: "error", at: { file: "khong-ro.xlsx" } }] }
      )
    ),
  ];
  const result = mergeReturns(inputs, HUONG_THUY_2017);

  it("lets a unit's newest Mẫu 2 supersede its older one, counting nothing twice", () => {
    expect(result.totals.to_roi).toBe(150 + 1000);
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      ["phu-bai-cu.xlsx", "superseded"],
      ["phu-bai-moi.xlsx", "accepted"],
      ["thuy-van.xlsx", "accepted"],
      ["lich-phu-bai.xlsx", "accepted"],
      ["lich-thuy-van.xlsx", "accepted"],
      ["hong.xlsx", "rejected"],
      ["khong-ro.xlsx", "rejected"],
    ]);
    expect(result.files[0]?.findings).toEqual([
      {
        code: "superseded",
        severity: "warning",
        at: { file: "phu-bai-cu.xlsx" },
        params: { form: "mau2", by: "phu-bai-moi.xlsx" },
      },
    ]);
  });

  it("does not let a file holding only Mẫu 1 supersede a unit's Mẫu 2", () => {
    expect(result.units.find((u) => u.name === "Phường Phú Bài")?.files).toEqual([
      "phu-bai-moi.xlsx",
      "lich-phu-bai.xlsx",
    ]);
  });

  it("leaves error values out of the totals and counts them", () => {
    expect(result.totals.sach_tai_lieu).toBe(1);
    expect(result.leftOut).toBe(1);
    expect(result.units.find((u) => u.name === "Xã Thủy Vân")?.values.sach_tai_lieu).toBeNull();
  });

  it("appends schedules sorted by date and time", () => {
    expect(result.schedule.map((e) => `${e.date} ${e.minutes} ${e.unit}`)).toEqual([
      "2017-10-02 480 Xã Thủy Vân",
      "2017-10-03 420 Phường Phú Bài",
      "2017-10-03 840 Phường Phú Bài",
    ]);
  });

  it("lists roster units without an accepted Mẫu 2 and marks late returns", () => {
    expect(result.missing).toHaveLength(10);
    expect(result.missing).not.toContain("Phường Phú Bài");
    const thuyVan = result.submissions.find((s) => s.unit === "Xã Thủy Vân");
    expect(thuyVan?.mau2).toMatchObject({ file: "thuy-van.xlsx", onTime: false });
    expect(result.submissions.find((s) => s.unit === "Phường Phú Bài")?.mau2?.onTime).toBe(true);
    expect(result.files[2]?.findings.map((f) => f.code)).toContain("late_return");
  });

  it("gives identical results for the same inputs", () => {
    expect(mergeReturns(inputs, HUONG_THUY_2017)).toEqual(result);
  });
});
