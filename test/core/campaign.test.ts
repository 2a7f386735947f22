import {
  HUONG_THUY_2017,
  PRESETS,
  TAN_BINH_2022,
  campaignIdFor,
  campaignResult,
  checkCampaign,
  deadlineInstant,
  newCampaign,
  type Campaign,
  isLocalDate,
  parseCampaign,
} from "../../src/core";

const valid = (): Record<string, unknown> => JSON.parse(JSON.stringify(HUONG_THUY_2017));
const codes = (input: unknown): string[] => {
  const result = parseCampaign(input);
  return result.ok ? [] : result.problems.map((p) => `${p.code}@${p.path}`);
};

describe("presets", () => {
  it.each(Object.values(PRESETS))(
    "$id survives a JSON round trip through parseCampaign",
    (preset) => {
      const result = parseCampaign(JSON.parse(JSON.stringify(preset)));
      expect(result).toEqual({ ok: true, campaign: preset, problems: [] });
    }
  );

  it("gives Hương Thủy 2017 the plan's week, deadlines and 12 communes and wards", () => {
    expect(HUONG_THUY_2017.week).toEqual({ start: "2017-10-02", end: "2017-10-08" });
    expect(HUONG_THUY_2017.deadlines).toEqual({ mau1: "2017-09-29", mau2: "2017-10-13" });
    expect(HUONG_THUY_2017.units).toHaveLength(12);
    expect(HUONG_THUY_2017.units.filter((u) => u.name.startsWith("Phường"))).toHaveLength(5);
  });

  it("gives Tân Bình 2022 its 15 wards and the 16:00 deadline on 13/10", () => {
    expect(TAN_BINH_2022.week).toEqual({ start: "2022-10-03", end: "2022-10-10" });
    expect(TAN_BINH_2022.units.map((u) => u.name)).toEqual(
      Array.from({ length: 15 }, (_, i) => `Phường ${i + 1}`)
    );
    expect(deadlineInstant(TAN_BINH_2022.deadlines.mau2!)).toBe(Date.UTC(2022, 9, 13, 9, 0));
  });
});

describe("parseCampaign", () => {
  it("rejects something that is not an object", () => {
    expect(codes([1, 2])).toEqual(["campaign_not_object@"]);
    expect(codes("text")).toEqual(["campaign_not_object@"]);
    expect(codes(null)).toEqual(["campaign_not_object@"]);
  });

  it("reports every missing field at once, each with its path", () => {
    expect(codes({})).toEqual([
      "campaign_field_missing@id",
      "campaign_field_missing@year",
      "campaign_field_missing@theme",
      "campaign_field_missing@issuingBody",
      "campaign_field_missing@receivingOffice",
      "campaign_field_missing@week",
      "campaign_field_missing@week.start",
      "campaign_field_missing@week.end",
      "campaign_field_missing@units",
    ]);
  });

  it("names the unit and field of a bad roster entry", () => {
    const data = valid();
    data.units = [{ name: "Xã A" }, { name: "xã a" }, { name: "" }, { name: "B", type: "ward" }, 7];
    expect(codes(data)).toEqual([
      "campaign_bad_unit_type@units[3].type",
      "campaign_field_type@units[4]",
      "campaign_duplicate_unit@units[1].name",
      "campaign_field_missing@units[2].name",
    ]);
  });

  it("rejects impossible dates, a week that ends before it starts, and a week in another year", () => {
    const data = valid();
    data.week = { start: "2017-02-30", end: "2017-10-08" };
    expect(codes(data)).toEqual(["campaign_bad_date@week.start"]);
    data.week = { start: "2017-10-08", end: "2017-10-02" };
    expect(codes(data)).toEqual(["campaign_week_order@week"]);
    data.week = { start: "2018-10-02", end: "2018-10-08" };
    data.deadlines = { mau2: "2018-10-13" };
    expect(codes(data)).toEqual([
      "campaign_year_mismatch@week.start",
      "campaign_year_mismatch@week.end",
    ]);
  });

  it("accepts a deadline with a time and rejects one with a bad time", () => {
    const data = valid();
    data.deadlines = { mau2: "2017-10-13T16:00" };
    expect(parseCampaign(data).ok).toBe(true);
    data.deadlines = { mau2: "2017-10-13T25:00" };
    expect(codes(data)).toEqual(["campaign_bad_date@deadlines.mau2"]);
  });

  it("rejects an id that cannot be a file or metadata key", () => {
    const data = valid();
    data.id = "Hương Thủy 2017";
    expect(codes(data)).toEqual(["campaign_bad_id@id"]);
  });

  it("defaults a unit's type to community", () => {
    const data = valid();
    data.units = [{ name: "Xã A" }];
    const result = parseCampaign(data);
    expect(result.ok && result.campaign.units).toEqual([{ name: "Xã A", type: "community" }]);
  });
});

describe("checkCampaign", () => {
  const base = (): Campaign => ({ ...HUONG_THUY_2017 });
  const found = (campaign: Campaign) =>
    checkCampaign(campaign).map((p) => `${p.severity}:${p.code}@${p.path}`);

  it("passes the presets without a word", () => {
    for (const preset of Object.values(PRESETS)) expect(checkCampaign(preset)).toEqual([]);
  });

  it("refuses a Mẫu 2 deadline before the week ends, and only warns of a late Mẫu 1 deadline", () => {
    expect(
      found({ ...base(), deadlines: { mau1: "2017-10-03", mau2: "2017-10-07T16:00" } })
    ).toEqual([
      "error:campaign_deadline_before_week_end@deadlines.mau2",
      "warning:campaign_mau1_after_week_start@deadlines.mau1",
    ]);
    // The last day of the week itself is a deadline units can keep.
    expect(found({ ...base(), deadlines: { mau2: "2017-10-08T17:00" } })).toEqual([]);
  });

  it("refuses an empty roster and names that stand for nobody", () => {
    expect(found({ ...base(), units: [] })).toEqual(["error:campaign_no_units@units"]);
    const units = ["……", "...", "___", "Tên đơn vị", "xxx", "(tên đơn vị)", "Xã A", " xã  A "].map(
      (name) => ({ name, type: "community" as const })
    );
    expect(found({ ...base(), units })).toEqual([
      ...[0, 1, 2, 3, 4, 5].map((i) => `error:campaign_placeholder_name@units[${i}].name`),
      "error:campaign_duplicate_unit@units[7].name",
    ]);
  });

  it("warns when a text the forms print is empty, and a new campaign is usable as it is", () => {
    const fresh = newCampaign({
      year: 2026,
      units: [{ name: "Trường MN Hoa Sen", type: "school" }],
    });
    const result = campaignResult(fresh, checkCampaign(fresh));
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => `${p.severity}:${p.path}`)).toEqual([
      "warning:theme",
      "warning:issuingBody",
      "warning:receivingOffice",
    ]);
  });
});

describe("newCampaign", () => {
  it("starts this year's week on 01/10 and sets no deadline", () => {
    const campaign = newCampaign({ year: 2026 });
    expect(campaign.week).toEqual({ start: "2026-10-01", end: "2026-10-07" });
    expect(campaign.deadlines).toEqual({});
    expect(campaign.id).toBe("tuan-le-2026");
  });

  it("copies last year's campaign with its dates moved to the new year", () => {
    const campaign = newCampaign({ year: 2026, from: TAN_BINH_2022 });
    expect(campaign.week).toEqual({ start: "2026-10-03", end: "2026-10-10" });
    expect(campaign.deadlines).toEqual({ mau2: "2026-10-13T16:00" });
    expect(campaign.units).toEqual(TAN_BINH_2022.units);
    expect(campaign.id).toBe("phong-giao-duc-va-dao-tao-quan-tan-binh-2026");
    expect(checkCampaign(campaign)).toEqual([]);
  });

  it("names a campaign after its collecting office", () => {
    expect(campaignIdFor("Phường Phú Bài", 2026)).toBe("phuong-phu-bai-2026");
    expect(campaignIdFor("Ủy ban nhân dân xã Đăk Đoa", 2026)).toBe(
      "uy-ban-nhan-dan-xa-dak-doa-2026"
    );
  });
});

describe("deadlineInstant", () => {
  it("reads a date alone as the end of that day in Vietnam", () => {
    expect(deadlineInstant("2017-10-13")).toBe(Date.UTC(2017, 9, 13, 16, 59, 59, 999));
  });

  it("rejects text that is not a local date-time", () => {
    expect(isLocalDate("13/10/2017")).toBe(false);
    expect(() => deadlineInstant("13/10/2017")).toThrow(RangeError);
  });
});
