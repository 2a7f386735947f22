import { FINDING_CODES, type Finding, type FindingCode, type ParamName } from "../src/core";
import {
  CATALOGUES,
  describeFinding,
  en,
  formatDeadlineVi,
  renderFinding,
  vi,
  visibleText,
} from "../src/messages";
import { quoted } from "../src/messages/catalogue";
import { SAMPLE_PARAMS, sampleFinding } from "./helpers/finding-samples";

/**
 * The params a code's texts do not show, and why; every other param of the code appears in
 * both its Vietnamese and its English text.
 */
const NOT_SHOWN: { readonly [C in FindingCode]?: readonly ParamName<C>[] } = {
  // For whoever debugs the reader: which part, which compression method, which exception.
  corrupt_zip: ["part"],
  unsupported_compression: ["method"],
  unreadable: ["error"],
  // Said in words: "nặng hơn 64 MB".
  too_large: ["limit", "max"],
  // The count row is the one above the finding's own indicator.
  participants_without_sessions: ["count"],
  // The ratio says it; the two counts are in the cells.
  implausible_ratio: ["value", "sessions"],
  // Always 0 (the minimum is 1), said in words: "chưa mở lớp … nào", "opened no … classes".
  community_minimum_vocational: ["value"],
};

/** How a text may show a param: as it is, quoted, as a Vietnamese date, or as a form's name. */
function shownAs(value: string | number | undefined): string[] {
  const text = String(value);
  const form = text === "mau1" ? "Mẫu 1" : text === "mau2" ? "Mẫu 2" : text;
  return [text, quoted(text), formatDeadlineVi(text), form].map((shown) => shown.toLowerCase());
}

describe("finding messages", () => {
  it.each(FINDING_CODES)("%s has a Vietnamese and an English text with its own params", (code) => {
    const finding = sampleFinding(code);
    const params: Readonly<Record<string, string | number | undefined>> = SAMPLE_PARAMS[code] ?? {};
    const hidden: readonly string[] = NOT_SHOWN[code] ?? [];
    for (const catalogue of Object.values(CATALOGUES)) {
      const text = renderFinding(catalogue, finding);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      const missing = Object.entries(params).filter(
        ([key, value]) =>
          !hidden.includes(key) &&
          !shownAs(value).some((shown) => text.toLowerCase().includes(shown))
      );
      expect([catalogue.locale, code, missing]).toEqual([catalogue.locale, code, []]);
    }
  });

  it("names the file, sheet and cell of every finding", () => {
    expect(describeFinding(vi, sampleFinding("count_negative"))).toMatch(
      /^Tệp mau2-phuong-phu-bai\.xlsx, trang "Mẫu 2", ô C14: /
    );
    expect(describeFinding(en, sampleFinding("count_negative"))).toMatch(
      /^File mau2-phuong-phu-bai\.xlsx, sheet "Mẫu 2", cell C14: /
    );
  });

  /** One place where a native speaker can review every Vietnamese message. */
  it("renders every Vietnamese message for review", () => {
    const rendered = Object.fromEntries(
      FINDING_CODES.map((code) => [code, renderFinding(vi, sampleFinding(code))])
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
