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
  FREE_TEXT_CHARS,
  MAU2_TEXT_NAMES,
  OverlappingValidationsError,
  PRESETS,
  STYLES,
  UNIT_TYPES,
  checkValidations,
  estimateRowHeight,
  findValidationOverlaps,
  textBoxHeight,
  validationAreas,
  type InputSpec,
  type LayoutCell,
  type SheetLayout,
  type Unit,
  type ValidationArea,
} from "../../src/core";
import { SheetBuilder } from "../../src/core/forms/sheet-builder";

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

  it("prints on A4 portrait, one page wide", () => {
    expect(layout.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: 1 });
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

  it("starts a page at section 2 and keeps it, section III and the signature together", () => {
    const heading = layout.cells.find((c) => c.value === MAU2_TEXT.difficulties) as LayoutCell;
    expect(layout.print.pageBreaksBefore).toEqual([heading.row]);
    // What follows fits one A4 page even printed at 100 % (728 pt between the margins).
    let height = 0;
    for (let row = heading.row; row <= layout.lastRow; row++)
      height += layout.rowHeights[row] ?? 18;
    expect(height).toBeLessThanOrEqual(728);
    // No table header repeated over that page's free text.
    expect(layout.print.titleRows).toBeUndefined();
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

  it("repeats the schedule's header on every printed page", () => {
    const header = layout.print.titleRows?.first ?? 0;
    expect(header).toBeGreaterThan(0);
    expect(cellsAt(layout, header).map((c) => c.style)).toEqual(Array(6).fill("tableHeader"));
    expect(layout.print.pageBreaksBefore).toBeUndefined();
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

describe("validationAreas", () => {
  const count: InputSpec = { rule: { kind: "count" } };
  const input = (row: number, col: number, spec = count): LayoutCell => ({
    row,
    col,
    style: "inputCount",
    input: spec,
  });

  it("joins a column's consecutive inputs of one rule into one area, rows 9 and 10 included", () => {
    const cells = [9, 10, 11, 12].map((row) => input(row, 2));
    expect(validationAreas(cells)).toEqual([
      { rule: { kind: "count" }, first: { row: 9, col: 2 }, last: { row: 12, col: 2 } },
    ]);
  });

  it("splits at a gap or a change of rule, joins runs side by side, leaves free text out", () => {
    const time = { rule: { kind: "time" as const } };
    const text = { rule: { kind: "text" as const } };
    const cells = [
      input(1, 1),
      input(2, 1),
      input(1, 2),
      input(2, 2),
      input(4, 1),
      input(5, 1, time),
      input(6, 1, text),
    ];
    expect(validationAreas(cells)).toEqual([
      { rule: { kind: "count" }, first: { row: 1, col: 1 }, last: { row: 2, col: 2 } },
      { rule: { kind: "count" }, first: { row: 4, col: 1 }, last: { row: 4, col: 1 } },
      { rule: { kind: "time" }, first: { row: 5, col: 1 }, last: { row: 5, col: 1 } },
    ]);
  });
});

describe("findValidationOverlaps", () => {
  const area = (top: number, left: number, bottom: number, right: number): ValidationArea => ({
    rule: { kind: "count" },
    first: { row: top, col: left },
    last: { row: bottom, col: right },
  });

  it("finds the overlaps the issue reports: B9:B28 with B10:B28, C26 inside C25:C30", () => {
    const b9 = area(9, 2, 28, 2);
    const b10 = area(10, 2, 28, 2);
    const c25 = area(25, 3, 30, 3);
    const c26 = area(26, 3, 26, 3);
    expect(findValidationOverlaps([b9, b10, c25, c26])).toEqual([
      [b9, b10],
      [c25, c26],
    ]);
    expect(() => checkValidations([b9, b10])).toThrow(OverlappingValidationsError);
    expect(() => checkValidations([b9, b10])).toThrow("R9C2:R28C2 and R10C2:R28C2");
  });

  it("lets areas that only touch pass", () => {
    const areas = [area(9, 2, 28, 2), area(9, 3, 28, 3), area(29, 2, 30, 3)];
    expect(findValidationOverlaps(areas)).toEqual([]);
    expect(checkValidations(areas)).toBe(areas);
  });

  it("makes the sheet builder refuse two inputs validated in one cell", () => {
    const builder = new SheetBuilder([10, 10]);
    builder.put(1, "inputCount", undefined, { input: { rule: { kind: "count" } } });
    builder.put(1, "inputTime", undefined, { input: { rule: { kind: "time" } } });
    expect(() => builder.validations()).toThrow(OverlappingValidationsError);
  });
});

describe.each(Object.values(PRESETS).map((campaign) => [campaign.id, campaign] as const))(
  "every form of %s",
  (_id, campaign) => {
    const units: (Unit | undefined)[] = [
      undefined,
      ...UNIT_TYPES.map((type) => ({ name: `${type} Phú Bài`, type })),
    ];
    const cases = FORM_IDS.flatMap((form) =>
      units.map((unit) => [form, unit?.type ?? "no unit", unit] as const)
    );

    it.each(cases)(
      "%s for %s: one validation per validated input, none overlapping",
      (form, _type, unit) => {
        const layout = layoutForm(form, campaign, unit);
        expect(findValidationOverlaps(layout.validations)).toEqual([]);
        for (const cell of layout.cells) {
          const covering = layout.validations.filter(
            (area) =>
              cell.row >= area.first.row &&
              cell.row <= area.last.row &&
              cell.col >= area.first.col &&
              cell.col <= area.last.col
          );
          const validated = cell.input !== undefined && cell.input.rule.kind !== "text";
          expect({ at: [cell.row, cell.col], covering: covering.length }).toEqual({
            at: [cell.row, cell.col],
            covering: validated ? 1 : 0,
          });
          if (validated) expect(covering[0]?.rule).toEqual(cell.input?.rule);
        }
      }
    );
  }
);

describe("the free-text sections of Mẫu 2", () => {
  const layout = layoutForm("mau2", HUONG_THUY_2017, HUONG_THUY_2017.units[0]);
  const boxes = Object.values(MAU2_TEXT_NAMES).map(
    (name) => layout.cells.find((cell) => cell.input?.name === name) as LayoutCell
  );
  const width = layout.columnWidths.reduce((a, b) => a + b, 0);

  it("are each one merged row across the form, wrapped and top-aligned", () => {
    for (const box of boxes) {
      expect(box).toMatchObject({ col: 1, colSpan: layout.lastCol, style: "inputLongText" });
      expect(box.rowSpan ?? 1).toBe(1);
      expect(STYLES[box.style]).toMatchObject({ wrap: true, vertical: "top" });
    }
  });

  it("are tall enough for 1,000 characters, with room to spare", () => {
    expect(FREE_TEXT_CHARS).toBe(1000);
    // Times New Roman 13 pt sets about 83 characters of Vietnamese a line across the form
    // (5.2 pt a character over 487 pt) on lines of about 15 pt: 13 lines, and two to spare.
    const lines = Math.ceil(FREE_TEXT_CHARS / 83) + 2;
    for (const box of boxes) {
      const height = layout.rowHeights[box.row] ?? 0;
      expect(height).toBe(textBoxHeight(FREE_TEXT_CHARS, width, STYLES.inputLongText.size));
      expect(height).toBeGreaterThanOrEqual(lines * 15);
      // Excel's limit for one row.
      expect(height).toBeLessThanOrEqual(409);
    }
  });
});

describe.each(FORM_IDS)("the signature block of %s", (form) => {
  const layout = layoutForm(form, HUONG_THUY_2017, HUONG_THUY_2017.units[0]);
  const receivers = layout.cells.filter((c) => ["receiversTitle", "receivers"].includes(c.style));
  const signature = layout.cells.filter((c) =>
    ["signatureTitle", "signatureNote"].includes(c.style)
  );
  const columns = (cells: LayoutCell[]): number[] =>
    cells.flatMap((c) => Array.from({ length: c.colSpan ?? 1 }, (_, i) => c.col + i));

  it("keeps 'Nơi nhận' and the signature in columns of their own", () => {
    expect(receivers).toHaveLength(3);
    expect(signature).toHaveLength(2);
    const left = new Set(columns(receivers));
    expect(columns(signature).filter((col) => left.has(col))).toEqual([]);
    expect(Math.max(...left)).toBeLessThan(Math.min(...columns(signature)));
  });

  it("wraps every text inside its area, each row tall enough in a font a third wider", () => {
    for (const cell of [...receivers, ...signature]) {
      expect({ style: cell.style, wrap: STYLES[cell.style].wrap }).toEqual({
        style: cell.style,
        wrap: true,
      });
      const width = layout.columnWidths
        .slice(cell.col - 1, cell.col - 1 + (cell.colSpan ?? 1))
        .reduce((a, b) => a + b, 0);
      const needed = estimateRowHeight(String(cell.value), width * 0.75, STYLES[cell.style].size);
      expect(layout.rowHeights[cell.row] ?? 0).toBeGreaterThanOrEqual(needed);
    }
  });
});
