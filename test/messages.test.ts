import { FINDING_CODES, type Finding } from "../src/core";
import { CATALOGUES, describeFinding, en, vi } from "../src/messages";

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
