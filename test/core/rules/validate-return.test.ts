import { HUONG_THUY_2017, TEMPLATE_VERSION, validateReturn, type Finding } from "../../../src/core";
import { mau1Return, mau2Return } from "../../helpers/return-data";

const summary = (findings: readonly Finding[]): string[] =>
  findings.map(
    (f) => `${f.severity}:${f.code}@${f.at.cell ?? ""}${f.indicator ? `:${f.indicator}` : ""}`
  );

describe("validateReturn", () => {
  it("accepts whole numbers as they are and matches the unit to the roster", () => {
    const checked = validateReturn(mau2Return("a.xlsx", "TTHTCĐ Phú Bài"), HUONG_THUY_2017);
    expect(checked.unitName).toBe("Phường Phú Bài");
    expect(checked.values?.ke_hoach).toBe(1);
    expect(checked.findings).toEqual([]);
  });

  it("accepts clear text numbers with a warning and leaves errors out as null", () => {
    const checked = validateReturn(
      mau2Return("a.xlsx", "Phường Phú Bài", {
        to_roi: " 12 ",
        sach_tai_lieu: "1.200",
        pano_bang_ron_khau_hieu: "35 cuốn",
        phong_su: null,
        tin_bai_phat_thanh: -3,
        bao_tuong_bai_viet: 2.5,
        trien_lam: "1,200",
        van_nghe: "mười",
      }),
      HUONG_THUY_2017
    );
    expect(checked.values).toMatchObject({
      to_roi: 12,
      sach_tai_lieu: 1200,
      pano_bang_ron_khau_hieu: 35,
      phong_su: 0,
      tin_bai_phat_thanh: null,
      bao_tuong_bai_viet: null,
      trien_lam: null,
      van_nghe: null,
    });
    expect(summary(checked.findings)).toEqual([
      "warning:count_blank@C11:phong_su",
      "error:count_negative@C12:tin_bai_phat_thanh",
      "error:count_fractional@C13:bao_tuong_bai_viet",
      "warning:count_text@C14:to_roi",
      "warning:count_grouping@C15:sach_tai_lieu",
      "warning:count_unit_word@C16:pano_bang_ron_khau_hieu",
      "error:count_ambiguous@C19:trien_lam",
      "error:count_not_a_number@C21:van_nghe",
    ]);
  });

  it("warns of participants without sessions and of implausible ratios, changing no value", () => {
    const checked = validateReturn(
      mau2Return("a.xlsx", "Phường Phú Bài", {
        trien_lam: 0,
        trien_lam_luot: 40,
        van_nghe: 1,
        van_nghe_luot: 5000,
      }),
      HUONG_THUY_2017
    );
    expect(summary(checked.findings)).toEqual([
      "warning:participants_without_sessions@C20:trien_lam_luot",
      "warning:implausible_ratio@C22:van_nghe_luot",
    ]);
    expect(checked.values).toMatchObject({ trien_lam_luot: 40, van_nghe_luot: 5000 });
  });

  it("warns a community learning centre below the plan's minimum", () => {
    const checked = validateReturn(
      mau2Return("a.xlsx", "Xã Phú Sơn", {
        hoi_thao_toa_dam: 1,
        lop_day_nghe: 0,
        lop_day_nghe_luot: 0,
      }),
      HUONG_THUY_2017
    );
    expect(summary(checked.findings)).toEqual([
      "warning:community_minimum_talks@C17:hoi_thao_toa_dam",
      "warning:community_minimum_vocational@C27:lop_day_nghe",
    ]);
  });

  it("checks Mẫu 1 times and dates, keeping only valid rows in the schedule", () => {
    const checked = validateReturn(
      mau1Return("l.xlsx", "Phường Phú Bài", [
        { time: "7h15", date: "02/10/2017" },
        { time: 0.5, date: 43011 },
        { time: "sáng", date: "03/10/2017" },
        { time: "8:00", date: "15/10/2017" },
        { time: "14h", date: "31/02/2017" },
      ]),
      HUONG_THUY_2017
    );
    expect(checked.schedule.map((e) => [e.date, e.minutes])).toEqual([
      ["2017-10-02", 435],
      ["2017-10-03", 720],
    ]);
    expect(summary(checked.findings)).toEqual([
      "error:time_invalid@B11",
      "error:date_outside_week@C12",
      "error:date_invalid@C13",
    ]);
  });

  it("notes a template made for another campaign", () => {
    const checked = validateReturn(
      mau2Return("a.xlsx", "Phường Phú Bài", {}, { campaignId: "tan-binh-2022" }),
      HUONG_THUY_2017
    );
    expect(summary(checked.findings)).toEqual(["warning:campaign_mismatch@"]);
  });

  it("warns when a generated form comes from another template version, and still reads it", () => {
    const checked = validateReturn(
      mau2Return("a.xlsx", "Phường Phú Bài", {}, { templateVersion: "99" }),
      HUONG_THUY_2017
    );
    expect(summary(checked.findings)).toEqual(["warning:template_version_mismatch@"]);
    expect(checked.findings[0]?.params).toEqual({ found: "99", expected: TEMPLATE_VERSION });
    expect(checked.values?.ke_hoach).toBe(1);
    const current = mau2Return(
      "b.xlsx",
      "Phường Phú Bài",
      {},
      { templateVersion: TEMPLATE_VERSION }
    );
    expect(validateReturn(current, HUONG_THUY_2017).findings).toEqual([]);
  });
});

describe("the collecting office's own summary, made by hand", () => {
  const ward = {
    ...HUONG_THUY_2017,
    id: "phuong-phu-bai-2026",
    year: 2026,
    week: { start: "2026-10-01", end: "2026-10-07" },
    collectingUnit: "Phường Phú Bài",
    receivingOffice: "Ủy ban nhân dân phường Phú Bài",
    deadlines: {},
    units: [{ name: "Trường THCS Phú Bài", type: "school" as const }],
  };

  it("is the office's own when it names the collecting unit", () => {
    const data = mau2Return("tong-hop-tay.xlsx", "PHƯỜNG PHÚ BÀI", {}, { onRoster: false });
    const codes = validateReturn(data, ward).findings.map((finding) => finding.code);
    expect(codes).toContain("own_summary");
    expect(codes).not.toContain("unit_not_on_roster");
  });

  it("is a school's return when it names a school of the ward", () => {
    const data = mau2Return("thcs.xlsx", "Trường THCS Phú Bài");
    const codes = validateReturn(data, ward).findings.map((finding) => finding.code);
    expect(codes).not.toContain("own_summary");
  });
});
