import { formatMinutes, parseTime } from "../../../src/core/values";

const at = (h: number, m: number): number => h * 60 + m;

describe("parseTime", () => {
  it.each([
    [0, at(0, 0)],
    [0.3020833333, at(7, 15)],
    [0.3125, at(7, 30)],
    [0.5, at(12, 0)],
    [14 / 24, at(14, 0)],
    [0.9999999, at(0, 0)],
    [42280.3020833333, at(7, 15)],
    [42280.75, at(18, 0)],
  ])("reads the Excel time %p", (input, minutes) => {
    expect(parseTime(input)).toEqual({ ok: true, minutes });
  });

  it.each([
    [new Date(Date.UTC(1899, 11, 30, 7, 15)), at(7, 15)],
    [new Date(Date.UTC(1899, 11, 30, 7, 14, 59, 999)), at(7, 15)],
    [new Date(Date.UTC(2017, 9, 2, 14, 0)), at(14, 0)],
  ])("reads the UTC clock of the date %p", (input, minutes) => {
    expect(parseTime(input)).toEqual({ ok: true, minutes });
  });

  it.each([
    ["07:15", at(7, 15)],
    ["7:15", at(7, 15)],
    ["7:15:30", at(7, 15)],
    ["7h15", at(7, 15)],
    ["7H15", at(7, 15)],
    ["7h", at(7, 0)],
    ["7 h 15", at(7, 15)],
    ["7h15p", at(7, 15)],
    ["7 giờ 15", at(7, 15)],
    ["7 giờ 15 phút", at(7, 15)],
    ["7 gio 15 phut", at(7, 15)],
    ["7 giờ", at(7, 0)],
    ["7g30", at(7, 30)],
    ["07 giờ 30", at(7, 30)],
    ["14h00", at(14, 0)],
    ["lúc 8h", at(8, 0)],
    [" ０７：１５ ", at(7, 15)],
    ["7 giờ 15 phút".normalize("NFD"), at(7, 15)],
  ])("reads the text %j", (input, minutes) => {
    expect(parseTime(input)).toEqual({ ok: true, minutes });
  });

  it.each([
    ["2 giờ chiều", at(14, 0)],
    ["2h chiều", at(14, 0)],
    ["chiều 2h30", at(14, 30)],
    ["buổi chiều 2h30", at(14, 30)],
    ["7h30 sáng", at(7, 30)],
    ["sáng 7h30", at(7, 30)],
    ["7 giờ tối", at(19, 0)],
    ["1 giờ trưa", at(13, 0)],
    ["11 giờ trưa", at(11, 0)],
    ["12h trưa", at(12, 0)],
    ["14h chiều", at(14, 0)],
    ["2 gio chieu", at(14, 0)],
    ["2:30 PM", at(14, 30)],
    ["12:00 am", at(0, 0)],
  ])("applies the part of day in %j", (input, minutes) => {
    expect(parseTime(input)).toEqual({ ok: true, minutes });
  });

  it.each([
    ["7h15 - 9h00", at(7, 15)],
    ["7h15-9h00", at(7, 15)],
    ["07:15 – 09:00", at(7, 15)],
    ["7h đến 9h", at(7, 0)],
    ["từ 7h đến 9h", at(7, 0)],
    ["7 - 9h", at(7, 0)],
    ["1h - 3h chiều", at(13, 0)],
    ["11h - 1h chiều", at(11, 0)],
    ["7h30 - hết buổi", at(7, 30)],
  ])("takes the start of the range %j with a range warning", (input, minutes) => {
    expect(parseTime(input)).toEqual({ ok: true, minutes, warning: "time_range" });
  });

  it.each([null, undefined, "", "   "])("reports %p as blank", (input) => {
    expect(parseTime(input)).toEqual({ ok: false, error: "time_blank" });
  });

  it.each([
    ["7"],
    ["7 - 9"],
    ["25:00"],
    ["7:60"],
    ["24h"],
    ["14h sáng"],
    ["sáng"],
    ["cả ngày"],
    ["7h - 8h - 9h"],
    [-0.5],
    [7],
    [42280],
    [Number.NaN],
    [true],
    [new Date(Number.NaN)],
  ])("rejects %p as invalid", (input) => {
    expect(parseTime(input)).toEqual({ ok: false, error: "time_invalid" });
  });
});

describe("formatMinutes", () => {
  it.each([
    [0, "00:00"],
    [at(7, 15), "07:15"],
    [at(23, 59), "23:59"],
  ])("formats %p as %s", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
