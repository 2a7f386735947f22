import {
  BLANK_RECIPIENT,
  FORM_IDS,
  newCampaign,
  recipientLine,
  HUONG_THUY_2017,
  INDICATORS,
  INDICATOR_IDS,
  MAU1_TEXT,
  MAU2_TEXT,
  SECTIONS,
  findIndicator,
  layoutForm,
  metadataRows,
  parseMetadataRows,
  slugify,
  rosterZipFileName,
  summaryFileName,
  templateFileName,
  unitTitle,
  type LayoutCell,
  type SheetLayout,
} from "../../src/core";

/** The 23 ids and labels of BRIEF.md, as a reader of the brief would type them. */
const BRIEF_IDS = [
  "ke_hoach",
  "phong_su",
  "tin_bai_phat_thanh",
  "bao_tuong_bai_viet",
  "to_roi",
  "sach_tai_lieu",
  "pano_bang_ron_khau_hieu",
  "hoi_thao_toa_dam",
  "hoi_thao_toa_dam_nguoi",
  "trien_lam",
  "trien_lam_luot",
  "van_nghe",
  "van_nghe_luot",
  "lop_chuyen_mon",
  "lop_chuyen_mon_luot",
  "lop_tin_hoc_ngoai_ngu",
  "lop_tin_hoc_ngoai_ngu_luot",
  "lop_day_nghe",
  "lop_day_nghe_luot",
  "lop_ky_nang_song",
  "lop_ky_nang_song_luot",
  "lop_theo_nhu_cau",
  "lop_theo_nhu_cau_luot",
];

const cellsAt = (layout: SheetLayout, row: number): LayoutCell[] =>
  layout.cells.filter((c) => c.row === row);

describe("indicator catalogue", () => {
  it("holds exactly the 23 ids of the brief, unique, in the printed order", () => {
    expect([...INDICATOR_IDS]).toEqual(BRIEF_IDS);
    expect(INDICATORS.map((i) => i.id)).toEqual(BRIEF_IDS);
    expect(new Set(INDICATOR_IDS).size).toBe(23);
  });

  it("pairs each participants row with the count row just above it", () => {
    INDICATORS.forEach((indicator, i) => {
      if (indicator.kind !== "participants") return;
      const above = INDICATORS[i - 1];
      expect(above?.kind).toBe("count");
      expect(indicator.countOf).toBe(above?.id);
      expect(indicator.section).toBe(above?.section);
    });
    const participants = INDICATORS.filter((i) => i.kind === "participants");
    expect(participants.map((i) => i.label.replace(/\.$/, ""))).toEqual([
      "+ Số người tham gia",
      ...Array(7).fill("+ Số lượt người tham gia"),
    ]);
  });

  it("keeps the printed labels of seed 004", () => {
    expect(findIndicator("ke_hoach")?.label).toBe("1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ:");
    expect(findIndicator("bao_tuong_bai_viet")?.label).toBe(
      "- Số tờ báo tường, bài viết về HTSĐ-XDXHHT"
    );
    expect(findIndicator("lop_ky_nang_song")?.label).toBe("- Số lớp giáo dục Kỹ năng sống");
    expect(SECTIONS[4]).toBe("4. Hội thảo, tọa đàm, triển lãm về học tập suốt đời – xây dựng XHHT");
    expect(findIndicator("nope")).toBeUndefined();
  });
});

describe.each(FORM_IDS)("layoutForm(%s)", (form) => {
  const unit = HUONG_THUY_2017.units[0];
  const layout = layoutForm(form, HUONG_THUY_2017, unit);

  it("places no two cells, or merged areas, over each other", () => {
    const taken = new Map<string, LayoutCell>();
    for (const cell of layout.cells) {
      for (let r = cell.row; r < cell.row + (cell.rowSpan ?? 1); r++) {
        for (let c = cell.col; c < cell.col + (cell.colSpan ?? 1); c++) {
          const key = `${r}:${c}`;
          expect({ key, other: taken.get(key) }).toEqual({ key, other: undefined });
          taken.set(key, cell);
        }
      }
    }
  });

  it("keeps every cell inside the print area", () => {
    for (const cell of layout.cells) {
      expect(cell.row + (cell.rowSpan ?? 1) - 1).toBeLessThanOrEqual(layout.lastRow);
      expect(cell.col + (cell.colSpan ?? 1) - 1).toBeLessThanOrEqual(layout.lastCol);
    }
    expect(layout.columnWidths).toHaveLength(layout.lastCol);
  });

  it("prints on A4 portrait, one page wide, repeating the table header", () => {
    expect(layout.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: 1 });
    const header = layout.print.titleRows?.first ?? 0;
    expect(cellsAt(layout, header).every((c) => c.style === "tableHeader")).toBe(true);
  });

  it("heads the form with the unit and the national motto", () => {
    const texts = layout.cells.map((c) => c.value);
    expect(texts).toContain("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(texts).toContain("TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI");
    expect(texts).toContain("GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG");
    expect(texts).toContain("(Ký tên, đóng dấu)");
    expect(texts).toContain("Nơi nhận:");
  });
});

describe("layoutForm(mau2)", () => {
  const layout = layoutForm("mau2", HUONG_THUY_2017);
  const inputs = layout.cells.filter((c) => c.input?.indicator);

  it("gives each indicator one count input, named by its id, beside its printed label", () => {
    expect(inputs.map((c) => c.input?.name)).toEqual(BRIEF_IDS);
    for (const cell of inputs) {
      expect(cell.input?.rule).toEqual({ kind: "count" });
      const label = cellsAt(layout, cell.row).find((c) => c.col === 1);
      expect(label?.value).toBe(findIndicator(cell.input?.indicator ?? "")?.label);
    }
  });

  it("points each participants input at the count input on the row above", () => {
    for (const cell of inputs) {
      const indicator = findIndicator(cell.input?.indicator ?? "");
      if (indicator?.kind !== "participants") {
        expect(cell.input?.countCell).toBeUndefined();
        continue;
      }
      expect(cell.input?.countCell).toEqual({ row: cell.row - 1, col: cell.col });
      const countCell = inputs.find((c) => c.row === cell.row - 1);
      expect(countCell?.input?.indicator).toBe(indicator.countOf);
    }
  });

  it("carries the title, the year, the recipient and the free-text sections", () => {
    const texts = layout.cells.map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining([
        MAU2_TEXT.title,
        "NĂM 2017",
        "Kính gửi: Phòng Giáo dục và Đào tạo Thị xã.",
        MAU2_TEXT.sectionI,
        MAU2_TEXT.difficulties,
        MAU2_TEXT.sectionIII,
        "Nội dung hoạt động",
        "Kết quả, số lượng",
        "Ghi chú",
      ])
    );
    const named = layout.cells.map((c) => c.input?.name).filter(Boolean);
    expect(named).toEqual(
      expect.arrayContaining(["cong_tac_chi_dao", "thuan_loi_kho_khan", "kien_nghi_de_xuat"])
    );
  });

  it("keeps the printed placeholders when no unit is given", () => {
    const texts = layout.cells.map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(["TRUNG TÂM HTCĐ…", "HOẶC TRƯỜNG……"]));
  });
});

describe("layoutForm(mau1)", () => {
  const layout = layoutForm("mau1", HUONG_THUY_2017);

  it("has the printed columns and a date input bounded to the campaign week", () => {
    const header = layout.print.titleRows?.first ?? 0;
    expect(cellsAt(layout, header).map((c) => c.value)).toEqual([...MAU1_TEXT.columns]);
    const dates = layout.cells.filter((c) => c.input?.rule.kind === "date");
    expect(dates.length).toBeGreaterThanOrEqual(20);
    expect(dates[0]?.input?.rule).toEqual({ kind: "date", start: "2017-10-02", end: "2017-10-08" });
    expect(layout.cells.filter((c) => c.input?.rule.kind === "time")).toHaveLength(dates.length);
  });

  it("lets the unit type its name when the form is for no particular unit", () => {
    const line = layout.cells.find((c) => c.value === MAU1_TEXT.unitLine);
    expect(line?.input?.rule).toEqual({ kind: "text" });
  });

  it("names the schedule table so a reader can find it after rows are inserted", () => {
    expect(layout.rangeNames).toEqual([
      { name: "lich_hoat_dong", first: { row: 8, col: 1 }, last: { row: 28, col: 6 } },
    ]);
    expect(layout.allowInsertRows).toBe(true);
  });
});

describe("template metadata", () => {
  it("survives a round trip through its key/value rows", () => {
    const meta = {
      schema: "tonghop-template" as const,
      templateVersion: "1",
      campaign: "huong-thuy-2017",
      year: 2017,
      unit: "Xã Dương Hòa",
      sheets: { mau2: "Mẫu 2" },
    };
    expect(parseMetadataRows(metadataRows(meta))).toEqual(meta);
  });

  it("is not recognised in a sheet that is not ours", () => {
    expect(parseMetadataRows([["schema", "something-else"]])).toBeUndefined();
  });
});

describe("names", () => {
  it("calls a commune's form by its community learning centre", () => {
    expect(unitTitle({ name: "Xã Dương Hòa", type: "community" })).toBe(
      "Trung tâm HTCĐ xã Dương Hòa"
    );
    expect(unitTitle({ name: "Trường THCS Phú Bài", type: "school" })).toBe("Trường THCS Phú Bài");
    expect(unitTitle({ name: "Phường 12", type: "community" })).toBe("Trung tâm HTCĐ phường 12");
  });

  it("leaves a centre or a People's Committee named in full as it is", () => {
    for (const name of ["Trung tâm HTCĐ phường Phú Bài", "TTHTCĐ xã Thủy Vân", "UBND xã Phú Sơn"])
      expect(unitTitle({ name, type: "community" })).toBe(name);
  });

  it("makes ASCII file names from Vietnamese unit names, in either Unicode form", () => {
    expect(slugify("Phường Thủy Dương")).toBe("phuong-thuy-duong");
    expect(slugify("Phường Thủy Dương".normalize("NFD"))).toBe("phuong-thuy-duong");
    expect(templateFileName("mau1", { name: "Xã Đông Hòa", type: "community" })).toBe(
      "mau1-xa-dong-hoa.xlsx"
    );
    expect(templateFileName("mau2")).toBe("mau2.xlsx");
    expect(rosterZipFileName(HUONG_THUY_2017)).toBe("bieu-mau-huong-thuy-2017.zip");
    expect(summaryFileName(HUONG_THUY_2017)).toBe("tong-hop-huong-thuy-2017.xlsx");
  });
});

describe("forms of this year's campaign", () => {
  const texts = (layout: SheetLayout) => layout.cells.map((cell) => cell.value);
  const ward = {
    ...newCampaign({ year: 2026 }),
    receivingOffice: "Ủy ban nhân dân phường Phú Bài",
    units: [{ name: "Trường THCS Phú Bài", type: "school" as const }],
  };

  it("say the year, address the office the campaign names and list it among the receivers", () => {
    const mau2 = layoutForm("mau2", ward, ward.units[0]);
    expect(texts(mau2)).toEqual(
      expect.arrayContaining([
        "NĂM 2026",
        "Kính gửi: Ủy ban nhân dân phường Phú Bài.",
        "TRƯỜNG THCS PHÚ BÀI",
      ])
    );
    const mau1 = layoutForm("mau1", ward, ward.units[0]);
    expect(texts(mau1)).toEqual(
      expect.arrayContaining([
        "- Ủy ban nhân dân phường Phú Bài (để báo cáo);",
        "Trường THCS Phú Bài",
      ])
    );
  });

  it("leave the printed form's dotted line while the campaign names no office yet", () => {
    const blank = { ...ward, receivingOffice: "" };
    expect(texts(layoutForm("mau2", blank))).toContain(recipientLine(""));
    expect(recipientLine("")).toBe(`Kính gửi: ${BLANK_RECIPIENT}`);
    expect(texts(layoutForm("mau1", blank))).toContain(MAU1_TEXT.receivers[0]);
  });
});
