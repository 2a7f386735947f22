import { FINDING_CODES, type Finding } from "../src/core";
import { CATALOGUES, describeFinding, en, vi, visibleText } from "../src/messages";

/** Codes whose parameters differ in kind from the shared sample's. */
const PARAMS_OF: Partial<Record<Finding["code"], Record<string, string | number>>> = {
  template_version_mismatch: { found: "2", expected: "1" },
  too_large: { limit: "cells", max: 500_000 },
  count_too_large: { text: "99999999999999999999" },
  other_year: { found: 2017, expected: 2026 },
};

const sample = (code: Finding["code"]): Finding => ({
  code,
  severity: "error",
  at: { file: "mau2-phu-bai.xlsx", sheet: "Mẫu 2", cell: "C14" },
  indicator: "to_roi",
  params: {
    text: "1,200",
    value: 3,
    minimum: 2,
    ratio: 900,
    limit: 500,
    name: "Xã Lạ",
    found: "tan-binh-2022",
    expected: "huong-thuy-2017",
    form: "mau2",
    by: "moi.xlsx",
    deadline: "2017-10-13",
    date: "2017-10-15",
    start: "2017-10-02",
    end: "2017-10-08",
    part: "xl/workbook.xml",
    format: "xlsb",
    detected: "pdf",
    cell: "C16",
    labels: 3,
    values: 2,
    formula: "=Sheet2!A1",
    of: "mau2-phu-bai (1).xlsx",
    count: 3,
    rows: "12–14",
    sheet: "Mẫu 2",
    unit: "Phòng Giáo dục và Đào tạo Thị xã",
    campaign: "huong-thuy-2017",
    ...PARAMS_OF[code],
  },
});

describe("finding messages", () => {
  it.each(FINDING_CODES)(
    "%s has a Vietnamese and an English text that use its parameters",
    (code) => {
      for (const catalogue of Object.values(CATALOGUES)) {
        const text = catalogue.finding[code](sample(code));
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  );

  it("names the file, sheet and cell of every finding", () => {
    expect(describeFinding(vi, sample("count_negative"))).toMatch(
      /^Tệp mau2-phu-bai\.xlsx, trang "Mẫu 2", ô C14: /
    );
    expect(describeFinding(en, sample("count_negative"))).toMatch(
      /^File mau2-phu-bai\.xlsx, sheet "Mẫu 2", cell C14: /
    );
  });

  /** One place where a native speaker can review every Vietnamese message. */
  it("renders every Vietnamese message for review", () => {
    const rendered = Object.fromEntries(
      FINDING_CODES.map((code) => [code, vi.finding[code](sample(code))])
    );
    expect(rendered).toMatchSnapshot();
  });
});

describe("quoting what a unit typed", () => {
  it("quotes a long text by its start only", () => {
    const finding: Finding = {
      code: "count_not_a_number",
      severity: "error",
      at: { file: "a.xlsx", sheet: "Mẫu 2", cell: "C14" },
      params: { text: `Kính gửi ${"x".repeat(30_000)}` },
    };
    for (const catalogue of Object.values(CATALOGUES)) {
      const text = describeFinding(catalogue, finding);
      expect(text.length).toBeLessThan(300);
      expect(text).toContain('"Kính gửi xxx');
      expect(text).toContain('…"');
    }
  });
});

describe("visibleText", () => {
  it("shows control characters as symbols and drops bidirectional overrides", () => {
    expect(visibleText("bao\u0007cao\r\n\u001b[2J\u007f\u202egpj.xlsx")).toBe(
      "bao␇cao␍␊␛[2J␡\ufffdgpj.xlsx"
    );
    expect(visibleText("Phường Thủy Dương – mẫu 2.xlsx")).toBe("Phường Thủy Dương – mẫu 2.xlsx");
  });

  it("keeps a file name from driving a terminal in every rendered finding", () => {
    const finding: Finding = {
      code: "not_a_zip",
      severity: "error",
      at: { file: "anh\u001b[31m\r\nOK.xlsx" },
      params: { detected: "jpeg" },
    };
    expect(describeFinding(vi, finding)).toMatch(/^Tệp anh␛\[31m␍␊OK\.xlsx: /);
    expect(vi.cli.fileStatus("a\u001b.xlsx", "rejected", "x\ny")).toBe("a␛.xlsx (x␊y): bị loại");
  });
});
