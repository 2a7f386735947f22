import { parseCount } from "../../../src/core/values";

describe("parseCount", () => {
  it.each([
    [0, 0],
    [12, 12],
    [1200, 1200],
    [12.0000000001, 12],
    [11.9999999999, 12],
    [-0, 0],
    [0.1 + 0.2 - 0.3, 0],
    [999_999_999_999_999, 999_999_999_999_999],
  ])("accepts the number %p as %p without a warning", (input, value) => {
    const result = parseCount(input);
    expect(result).toEqual({ ok: true, value });
    expect(Object.is(result.ok && result.value, -0)).toBe(false);
  });

  it.each([
    [-1, "count_negative"],
    [-2.5, "count_negative"],
    [2.5, "count_fractional"],
    [0.5, "count_fractional"],
    [12.001, "count_fractional"],
    [Number.NaN, "count_not_a_number"],
    [Number.POSITIVE_INFINITY, "count_not_a_number"],
    [1e15, "count_too_large"],
    [1e308, "count_too_large"],
  ])("rejects the number %p with %s", (input, error) => {
    expect(parseCount(input)).toEqual({ ok: false, error });
  });

  it.each([null, undefined])("counts %p as 0 with a blank warning", (input) => {
    expect(parseCount(input)).toEqual({ ok: true, value: 0, warning: "count_blank" });
  });

  it.each(["", "   ", "\u00a0", "\t\n"])(
    "counts the blank text %j as 0 with a blank warning",
    (input) => {
      expect(parseCount(input)).toMatchObject({ ok: true, value: 0, warning: "count_blank" });
    }
  );

  it.each([
    ["12", 12],
    [" 12 ", 12],
    ["\u00a012\u00a0", 12],
    ["012", 12],
    ["0", 0],
    ["-0", 0],
    ["１２", 12],
  ])("accepts the whole number as text %j with a text warning", (input, value) => {
    expect(parseCount(input)).toEqual({ ok: true, value, warning: "count_text", text: input });
  });

  it.each([
    ["1.200", 1200],
    ["12.345.678", 12345678],
    [" 1.000 ", 1000],
    ["1\u00a0200", 1200],
    ["1\u2009200", 1200],
    ["1\u202f200", 1200],
    ["12\u00a0345\u00a0678", 12345678],
  ])("reads Vietnamese thousands grouping %j as a whole number", (input, value) => {
    expect(parseCount(input)).toEqual({ ok: true, value, warning: "count_grouping", text: input });
  });

  it.each([
    ["35 cuốn", 35],
    ["12 lớp", 12],
    ["3 buổi", 3],
    ["150 người", 150],
    ["2 bài", 2],
    ["35cuốn", 35],
    ["1.200 tờ", 1200],
    ["150 lượt người", 150],
    ["12 Lớp".normalize("NFD"), 12],
    ["5\u00a0panô", 5],
  ])("drops the trailing unit word in %j", (input, value) => {
    expect(parseCount(input)).toEqual({ ok: true, value, warning: "count_unit_word", text: input });
  });

  it.each([
    ["99999999999999999999", "count_too_large"],
    ["1.000.000.000.000.000", "count_too_large"],
    ["-5", "count_negative"],
    [" - 5 ", "count_negative"],
    ["\u22125", "count_negative"],
    ["-5 người", "count_negative"],
    ["-2,5", "count_negative"],
    ["2,5", "count_fractional"],
    ["2.5", "count_fractional"],
    ["1.2", "count_fractional"],
    ["1.20", "count_fractional"],
    ["0,5", "count_fractional"],
    ["1.2345", "count_fractional"],
    ["1.200,5", "count_fractional"],
    ["1,200.5", "count_fractional"],
    ["2,5 giờ", "count_fractional"],
    ["1,200", "count_ambiguous"],
    ["1,200,000", "count_ambiguous"],
    ["10-15", "count_ambiguous"],
    ["10 - 15", "count_ambiguous"],
    ["10 đến 15", "count_ambiguous"],
    ["khoảng 30", "count_ambiguous"],
    ["1 200", "count_ambiguous"],
    ["1.2.3", "count_ambiguous"],
    ["+5", "count_ambiguous"],
    ["12 lớp, 150 người", "count_ambiguous"],
    ["2 triệu", "count_ambiguous"],
    ["3 nghìn", "count_ambiguous"],
    ["5k", "count_ambiguous"],
    ["30 người trở lên", "count_ambiguous"],
    ["không", "count_not_a_number"],
    ["mười hai", "count_not_a_number"],
    ["có", "count_not_a_number"],
    ["-", "count_not_a_number"],
    ["x", "count_not_a_number"],
  ])("rejects the text %j with %s", (input, error) => {
    expect(parseCount(input)).toEqual({ ok: false, error, text: input });
  });

  it.each([true, false])("rejects the boolean %p as not a number", (input) => {
    expect(parseCount(input)).toEqual({ ok: false, error: "count_not_a_number" });
  });

  it("rejects a date as not a number", () => {
    expect(parseCount(new Date(Date.UTC(2017, 9, 2)))).toEqual({
      ok: false,
      error: "count_not_a_number",
    });
  });
});
