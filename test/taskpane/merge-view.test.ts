/**
 * The Tổng hợp area's views of a merge, without a DOM (jest's node environment), on real
 * merges: the Hương Thủy 2017 examples read as the pane reads them, plus a file still being
 * read and one the reader never answered.
 */
import {
  HUONG_THUY_2017,
  TAN_BINH_2022,
  mergeReturns,
  type Campaign,
  type IndicatorId,
  type LoadedReturn,
  type MergeResult,
} from "../../src/core";
import { en, vi } from "../../src/messages";
import {
  SEARCH_FROM,
  TOTAL_INDICATORS,
  fileRows,
  filterRows,
  glanceOf,
  mainTotals,
  outcomesByPath,
  reminderText,
  sortRows,
  type FileRow,
} from "../../src/taskpane/merge-view";
import {
  BROKEN,
  EXAMPLE_NAMES as exampleNames,
  READING,
  UNANSWERED,
  exampleMerge as mergeOf,
} from "../helpers/example-merge";
import { mau2Return } from "../helpers/return-data";

const { entries, result } = mergeOf(HUONG_THUY_2017);
const rows = fileRows(entries, result);
const row = (name: string): FileRow => rows.find((r) => r.name === name)!;
const names = (list: readonly FileRow[]) => list.map((r) => r.name);

describe("outcomesByPath", () => {
  it("gives each file its outcome", () => {
    const byPath = outcomesByPath(result.files);
    expect([...byPath.keys()]).toEqual(result.files.map((file) => file.path));
    expect(byPath.get("mau2-phuong-thuy-luong-ban-dau.xlsx")?.status).toBe("superseded");
  });

  it("joins the outcomes of a workbook holding several units' forms", () => {
    const counted = result.files.find((f) => f.path === "mau2-xa-thuy-van.xlsx")!;
    const older = result.files.find((f) => f.path === "mau2-phuong-thuy-luong-ban-dau.xlsx")!;
    const shared = [
      { ...older, path: "ca-xa.xlsx" },
      { ...counted, path: "ca-xa.xlsx" },
    ];
    const joined = outcomesByPath(shared).get("ca-xa.xlsx")!;
    expect(joined.status).toBe("accepted");
    expect(joined.unit).toBe("Phường Thủy Lương, Xã Thủy Vân");
    expect(joined.findings).toEqual([...older.findings, ...counted.findings]);
    expect(joined.forms).toEqual(["mau2"]);
  });
});

describe("fileRows", () => {
  it("gives one row per entry, in entry order", () => {
    expect(rows.map((r) => r.id)).toEqual(entries.map((entry) => entry.id));
    expect(names(rows)).toEqual([...exampleNames, BROKEN, READING, UNANSWERED]);
  });

  it("takes status, unit and counts from the merge", () => {
    for (const file of result.files) {
      const r = row(file.path);
      const errors = file.findings.filter((f) => f.severity === "error").length;
      expect(r.status).toBe(file.status);
      expect(r.unit).toBe(file.unit);
      expect(r.errors).toBe(errors);
      expect(r.warnings).toBe(file.findings.length - errors);
      expect(r.outcome).toBe(file);
    }
    expect(row("mau2-phuong-thuy-phuong.xlsx")).toMatchObject({ errors: 2, warnings: 0 });
    expect(row("mau2-phuong-thuy-duong.xlsx")).toMatchObject({ errors: 0, warnings: 2 });
    expect(row("thcs-phu-bai.xlsx").unit).toBe("Trường THCS Phú Bài");
  });

  it("refuses a file the reader did not answer and leaves an unread one reading", () => {
    expect(row(BROKEN)).toMatchObject({ status: "rejected", errors: 1 });
    expect(row(UNANSWERED)).toMatchObject({ status: "rejected", failed: "unanswered", errors: 0 });
    expect(row(UNANSWERED).outcome).toBeUndefined();
    expect(row(READING)).toMatchObject({ status: "reading", errors: 0, warnings: 0, late: false });
    expect(row(READING).unit).toBeUndefined();
  });

  it("marks late the files with a late_return finding: the Mẫu 1 sent after 29/9", () => {
    expect(names(rows.filter((r) => r.late))).toEqual([
      "mau1-phuong-phu-bai.xlsx",
      "mau1-phuong-thuy-chau.xlsx",
      "mau1-xa-thuy-phu.xlsx",
      "mau1-xa-thuy-thanh.xlsx",
    ]);
  });
});

describe("sortRows", () => {
  it("puts refused first, then errors, counted, older copies and files being read", () => {
    expect(names(sortRows(rows))).toEqual([
      "xa-thuy-tan-bao-cao.xlsx",
      BROKEN,
      UNANSWERED,
      "mau1-phuong-thuy-chau.xlsx",
      "mau2-phuong-thuy-phuong.xlsx",
      "bao-cao-thuy-bang.xlsx",
      "mau1-phuong-phu-bai.xlsx",
      "mau1-xa-thuy-phu.xlsx",
      "mau1-xa-thuy-thanh.xlsx",
      "mau2-phuong-phu-bai.xlsx",
      "mau2-phuong-thuy-chau.xlsx",
      "mau2-phuong-thuy-duong.xlsx",
      "mau2-phuong-thuy-luong-sua.xlsx",
      "mau2-xa-thuy-thanh.xlsx",
      "mau2-xa-thuy-van.xlsx",
      "thcs-phu-bai.xlsx",
      "mau2-phuong-thuy-luong-ban-dau.xlsx",
      READING,
    ]);
  });

  it("is stable and leaves its input alone", () => {
    const reversed = [...rows].reverse();
    const sorted = sortRows(reversed);
    expect(names(sorted.filter((r) => r.status === "rejected"))).toEqual([
      UNANSWERED,
      BROKEN,
      "xa-thuy-tan-bao-cao.xlsx",
    ]);
    expect(names(reversed)).toEqual(names([...rows].reverse()));
  });
});

describe("filterRows", () => {
  it("filters by status", () => {
    expect(names(filterRows(rows, "rejected", ""))).toEqual([
      "xa-thuy-tan-bao-cao.xlsx",
      BROKEN,
      UNANSWERED,
    ]);
    expect(names(filterRows(rows, "errors", ""))).toEqual([
      "mau1-phuong-thuy-chau.xlsx",
      "mau2-phuong-thuy-phuong.xlsx",
    ]);
    expect(names(filterRows(rows, "superseded", ""))).toEqual([
      "mau2-phuong-thuy-luong-ban-dau.xlsx",
    ]);
    expect(names(filterRows(rows, "accepted", ""))).toEqual(
      result.files.filter((f) => f.status === "accepted").map((f) => f.path)
    );
    expect(filterRows(rows, "all", "")).toEqual(rows);
  });

  it("finds unit and file names whatever the case, spacing and diacritics", () => {
    const luong = ["mau2-phuong-thuy-luong-ban-dau.xlsx", "mau2-phuong-thuy-luong-sua.xlsx"];
    expect(names(filterRows(rows, "all", "Thủy Lương"))).toEqual(luong);
    expect(names(filterRows(rows, "all", "  THUY   luong "))).toEqual(luong);
    expect(names(filterRows(rows, "all", "Thủy Lương".normalize("NFD")))).toEqual(luong);
    expect(names(filterRows(rows, "all", "thuyluong"))).toEqual(luong);
    // đ is d: "đương" finds Thủy Dương.
    expect(names(filterRows(rows, "all", "thủy đương"))).toEqual(["mau2-phuong-thuy-duong.xlsx"]);
    expect(names(filterRows(rows, "all", "Thủy Bằng"))).toEqual(["bao-cao-thuy-bang.xlsx"]);
    // By the unit the file names: "Trường THCS Phú Bài", not a Phú Bài ward's file.
    expect(names(filterRows(rows, "all", "truong thcs"))).toEqual(["thcs-phu-bai.xlsx"]);
    expect(filterRows(rows, "all", "   ")).toEqual(rows);
    expect(filterRows(rows, "all", "Hà Nội")).toEqual([]);
  });

  it("applies the status filter and the query together", () => {
    expect(names(filterRows(rows, "accepted", "thuy luong"))).toEqual([
      "mau2-phuong-thuy-luong-sua.xlsx",
    ]);
    expect(names(filterRows(rows, "rejected", "phu bai"))).toEqual([]);
  });

  it("shows the search box from 30 files", () => {
    expect(SEARCH_FROM).toBe(30);
  });
});

describe("glanceOf", () => {
  it("counts every file once: received, on time, late, refused, reading", () => {
    const glance = glanceOf(rows, result, HUONG_THUY_2017);
    expect(glance).toMatchObject({
      received: 17,
      onTime: 10,
      late: 4,
      refused: 3,
      reading: 1,
    });
    expect(glance.onTime + glance.late + glance.refused).toBe(glance.received);
    expect(glance.received + glance.reading).toBe(rows.length);
  });

  it("lists the roster units with no accepted Mẫu 1 or Mẫu 2, in roster order", () => {
    const glance = glanceOf(rows, result, HUONG_THUY_2017);
    expect(glance.missing.mau2).toEqual(result.missing);
    expect(glance.missing.mau2).toEqual([
      "Xã Thủy Phù",
      "Xã Thủy Tân",
      "Xã Phú Sơn",
      "Xã Dương Hòa",
    ]);
    expect(glance.missing.mau1).toEqual([
      "Phường Thủy Dương",
      "Phường Thủy Phương",
      "Phường Thủy Lương",
      "Xã Thủy Vân",
      "Xã Thủy Bằng",
      "Xã Thủy Tân",
      "Xã Phú Sơn",
      "Xã Dương Hòa",
    ]);
    // A unit not on the roster is never "missing".
    expect([...glance.missing.mau1, ...glance.missing.mau2]).not.toContain("Trường THCS Phú Bài");
  });

  it("judges an older copy by its own time: on time before the deadline, late after", () => {
    // Thủy Lương's first Mẫu 2 is of 9/10, its correction of 12/10.
    const due10 = { ...HUONG_THUY_2017, deadlines: { mau1: "2017-09-29", mau2: "2017-10-10" } };
    const a = mergeOf(due10);
    const aRows = fileRows(a.entries, a.result);
    const aGlance = glanceOf(aRows, a.result, due10);
    expect(aRows.find((r) => r.name === "mau2-phuong-thuy-luong-sua.xlsx")?.late).toBe(true);
    expect(aGlance.late).toBe(aRows.filter((r) => r.late).length);

    const due8 = { ...HUONG_THUY_2017, deadlines: { mau1: "2017-09-29", mau2: "2017-10-08" } };
    const b = mergeOf(due8);
    const bRows = fileRows(b.entries, b.result);
    const bGlance = glanceOf(bRows, b.result, due8);
    expect(bRows.find((r) => r.status === "superseded")?.late).toBe(false);
    expect(bGlance.late).toBe(bRows.filter((r) => r.late).length + 1);
    expect(bGlance.onTime + bGlance.late + bGlance.refused).toBe(bGlance.received);
  });

  it("counts nothing before any file, with the whole roster missing", () => {
    const glance = glanceOf([], mergeReturns([], TAN_BINH_2022), TAN_BINH_2022);
    expect(glance).toMatchObject({ received: 0, onTime: 0, late: 0, refused: 0, reading: 0 });
    expect(glance.missing.mau1).toEqual(TAN_BINH_2022.units.map((unit) => unit.name));
    expect(glance.missing.mau2).toHaveLength(15);
  });
});

describe("mainTotals", () => {
  const sumOf = (merge: MergeResult, ids: readonly IndicatorId[]) =>
    ids.reduce((sum, id) => sum + merge.totals[id], 0);

  it("counts the participants, the section 5 classes and the section 4 sessions", () => {
    expect(TOTAL_INDICATORS).toEqual({
      participants: [
        "hoi_thao_toa_dam_nguoi",
        "trien_lam_luot",
        "van_nghe_luot",
        "lop_chuyen_mon_luot",
        "lop_tin_hoc_ngoai_ngu_luot",
        "lop_day_nghe_luot",
        "lop_ky_nang_song_luot",
        "lop_theo_nhu_cau_luot",
      ],
      classes: [
        "lop_chuyen_mon",
        "lop_tin_hoc_ngoai_ngu",
        "lop_day_nghe",
        "lop_ky_nang_song",
        "lop_theo_nhu_cau",
      ],
      sessions: ["hoi_thao_toa_dam", "trien_lam", "van_nghe"],
    });
    const totals = mainTotals(result);
    expect(totals.map((total) => [total.id, total.value])).toEqual([
      ["participants", 3918],
      ["classes", 90],
      ["sessions", 56],
    ]);
    for (const total of totals) {
      expect(total.value).toBe(sumOf(result, TOTAL_INDICATORS[total.id]));
    }
  });

  it("lists every counted unit, largest first, adding up to the total", () => {
    for (const total of mainTotals(result)) {
      expect(total.units.map((u) => u.unit).sort()).toEqual(result.units.map((u) => u.name).sort());
      expect(total.units.reduce((sum, u) => sum + u.value, 0)).toBe(total.value);
      const values = total.units.map((u) => u.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    const classes = mainTotals(result).find((total) => total.id === "classes")!;
    const phuBai = result.units.find((u) => u.name === "Phường Phú Bài")!;
    expect(classes.units.find((u) => u.unit === "Phường Phú Bài")?.value).toBe(
      TOTAL_INDICATORS.classes.reduce((sum, id) => sum + (phuBai.values[id] ?? 0), 0)
    );
  });

  it("counts a value left out as 0 and puts units with nothing last", () => {
    const zeros = Object.fromEntries(TOTAL_INDICATORS.classes.map((id) => [id, 0]));
    const loaded: LoadedReturn[] = [
      { kind: "read", data: mau2Return("phu-son.xlsx", "Xã Phú Sơn", zeros) },
      // -3 classes is an error: left out of the total and of the unit's share.
      { kind: "read", data: mau2Return("thuy-van.xlsx", "Xã Thủy Vân", { lop_day_nghe: -3 }) },
      { kind: "read", data: mau2Return("thuy-tan.xlsx", "Xã Thủy Tân", { lop_day_nghe: 4 }) },
    ];
    const merged = mergeReturns(loaded, HUONG_THUY_2017);
    expect(merged.units.find((u) => u.name === "Xã Thủy Vân")?.values.lop_day_nghe).toBeNull();
    const classes = mainTotals(merged).find((total) => total.id === "classes")!;
    expect(classes.units).toEqual([
      { unit: "Xã Thủy Tân", value: 8 },
      { unit: "Xã Thủy Vân", value: 4 },
      { unit: "Xã Phú Sơn", value: 0 },
    ]);
    expect(classes.value).toBe(12);
    expect(classes.value).toBe(sumOf(merged, TOTAL_INDICATORS.classes));
  });

  it("is zero with no unit before any Mẫu 2", () => {
    expect(mainTotals(mergeReturns([], HUONG_THUY_2017))).toEqual([
      { id: "participants", value: 0, units: [] },
      { id: "classes", value: 0, units: [] },
      { id: "sessions", value: 0, units: [] },
    ]);
  });
});

describe("reminderText", () => {
  /** The preset with e-mail addresses for two of the units missing Mẫu 2 (one with two). */
  const withEmails: Campaign = {
    ...HUONG_THUY_2017,
    units: HUONG_THUY_2017.units.map((unit) =>
      unit.name === "Xã Thủy Tân"
        ? { ...unit, email: "thuytan@huongthuy.edu.vn" }
        : unit.name === "Xã Dương Hòa"
          ? { ...unit, email: "duonghoa@huongthuy.edu.vn, vanthu.duonghoa@gmail.com" }
          : unit.name === "Phường Phú Bài"
            ? { ...unit, email: "phubai@huongthuy.edu.vn" }
            : unit
    ),
  };
  const glance = glanceOf(rows, result, withEmails);

  it("names the units, the form, its deadline, what to send and the office", () => {
    expect(reminderText(vi, withEmails, "mau2", glance.missing.mau2)).toBe(
      [
        "Kính gửi các đơn vị,",
        "",
        "Đến nay vẫn chưa nhận được Báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2017 (Mẫu 2) của các đơn vị sau:",
        "1. Xã Thủy Phù",
        "2. Xã Thủy Tân",
        "3. Xã Phú Sơn",
        "4. Xã Dương Hòa",
        "",
        "Hạn nộp Mẫu 2 là ngày 13/10/2017. Đề nghị các đơn vị khẩn trương điền vào biểu mẫu đã được gửi, gửi lại tệp Excel qua email hoặc Zalo, kèm bản có chữ ký, đóng dấu.",
        "",
        "Trân trọng cảm ơn!",
        "Phòng Giáo dục và Đào tạo Thị xã",
        "",
        "Email của các đơn vị trên:",
        "thuytan@huongthuy.edu.vn; duonghoa@huongthuy.edu.vn; vanthu.duonghoa@gmail.com",
      ].join("\n")
    );
  });

  it("puts on the last line only the addresses of the units named", () => {
    const text = reminderText(vi, withEmails, "mau1", glance.missing.mau1);
    const last = text.split("\n").at(-1)!;
    // Phú Bài has an address but sent its Mẫu 1; Thủy Dương, without one, is named only above.
    expect(last.split("; ")).toEqual([
      "thuytan@huongthuy.edu.vn",
      "duonghoa@huongthuy.edu.vn",
      "vanthu.duonghoa@gmail.com",
    ]);
    expect(text).toContain("8. Xã Dương Hòa");
    expect(text).not.toContain("phubai@");
    expect(text).toContain("Hạn nộp Mẫu 1 là ngày 29/09/2017.");
    expect(text).toContain("Lịch hoạt động Tuần lễ hưởng ứng học tập suốt đời năm 2017 (Mẫu 1)");
  });

  it("ends with the office when no unit named has an address", () => {
    const text = reminderText(vi, HUONG_THUY_2017, "mau2", glance.missing.mau2);
    expect(text.split("\n").at(-1)).toBe("Phòng Giáo dục và Đào tạo Thị xã");
    expect(text).not.toContain("Email");
  });

  it("says gracefully when the campaign set no deadline, and gives a time when it did", () => {
    const tanBinh = glanceOf([], mergeReturns([], TAN_BINH_2022), TAN_BINH_2022);
    const mau1 = reminderText(vi, TAN_BINH_2022, "mau1", tanBinh.missing.mau1);
    expect(mau1).toContain(
      "Đợt này chưa đặt hạn nộp Mẫu 1, nhưng để kịp tổng hợp, rất mong sớm nhận được báo cáo."
    );
    expect(mau1).not.toContain("Hạn nộp Mẫu 1 là");
    expect(mau1).toContain("15. Phường 15");
    const mau2 = reminderText(vi, TAN_BINH_2022, "mau2", tanBinh.missing.mau2);
    expect(mau2).toContain("Hạn nộp Mẫu 2 là 16:00 ngày 13/10/2022.");
    expect(mau2.split("\n").at(-1)).toBe("Phòng Giáo dục và Đào tạo quận Tân Bình");
  });

  it("speaks to one unit as one, and signs with the collecting unit when no office is named", () => {
    const campaign: Campaign = {
      ...HUONG_THUY_2017,
      receivingOffice: " ",
      collectingUnit: "Ủy ban nhân dân phường Phú Bài",
    };
    const text = reminderText(vi, campaign, "mau2", ["Xã Thủy Tân"]);
    expect(text.split("\n").slice(0, 4)).toEqual([
      "Kính gửi đơn vị,",
      "",
      "Đến nay vẫn chưa nhận được Báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2017 (Mẫu 2) của đơn vị sau:",
      "1. Xã Thủy Tân",
    ]);
    expect(text).toContain("Đề nghị đơn vị khẩn trương");
    expect(text.split("\n").at(-1)).toBe("Ủy ban nhân dân phường Phú Bài");
  });

  it("is in English with the English catalogue", () => {
    const text = reminderText(en, withEmails, "mau2", glance.missing.mau2);
    expect(text.split("\n")[0]).toBe("Dear colleagues,");
    expect(text).toContain(
      "We have not yet received the Lifelong Learning Week 2017 results report (Form 2) from these units:"
    );
    expect(text).toContain("Form 2 is due on 13/10/2017.");
    expect(text).toContain("These units' emails:");
  });
});
