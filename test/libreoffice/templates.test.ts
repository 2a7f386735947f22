/**
 * The generated templates in real LibreOffice: every one opens; re-saved as .xlsx it keeps
 * its unlocked inputs, validations, defined names and metadata; Mẫu 2 prints on A4
 * portrait, one page wide, with the form's labels.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  HUONG_THUY_2017,
  INDICATORS,
  MAU2_TEXT,
  layoutForm,
  type LayoutCell,
} from "../../src/core";
import { main } from "../../src/cli/main";
import { a1 } from "../../src/xlsx";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { inspectWorkbook, type TemplateSummary } from "../helpers/inspect-workbook";
import { makeTempDir } from "../helpers/temp";
import { describeWithPrograms } from "../helpers/tools";

const quiet = { out: () => undefined, err: (line: string) => console.error(line) };
const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

describeWithPrograms(["soffice", "pdftotext", "pdfinfo"], "templates in LibreOffice", () => {
  const dir = makeTempDir("lo-templates");
  const formsDir = path.join(dir, "forms");
  const resavedDir = path.join(dir, "resaved");
  const pdfDir = path.join(dir, "pdf");
  let files: string[] = [];
  let resaved: string[] = [];

  beforeAll(async () => {
    expect(
      await main(["templates", "--campaign", "huong-thuy-2017", "--out", formsDir], quiet)
    ).toBe(0);
    expect(
      await main(
        ["template", "--form", "mau2", "--out", path.join(formsDir, "blank-mau2.xlsx")],
        quiet
      )
    ).toBe(0);
    files = readdirSync(formsDir).map((name) => path.join(formsDir, name));
    resaved = convertWithLibreOffice(files, "xlsx:Calc MS Excel 2007 XML", resavedDir);
  });

  it("opens every generated template (12 units × 2 forms, and a blank form)", () => {
    expect(files).toHaveLength(25);
    expect(resaved).toHaveLength(25);
  });

  describe.each(["mau1-phuong-phu-bai", "mau2-xa-duong-hoa", "blank-mau2"])(
    "%s re-saved by LibreOffice",
    (name) => {
      const form = name.includes("mau1") ? "mau1" : "mau2";
      const unit = HUONG_THUY_2017.units.find((u) =>
        name.endsWith(u.name === "Phường Phú Bài" ? "phu-bai" : "duong-hoa")
      );
      const layout = layoutForm(form, HUONG_THUY_2017, name.startsWith("blank") ? undefined : unit);
      const sheetName = layout.sheetName;
      const inputs = layout.cells.filter((c: LayoutCell) => c.input);
      let before: TemplateSummary;
      let after: TemplateSummary;

      beforeAll(async () => {
        before = await inspectWorkbook(readFileSync(path.join(formsDir, `${name}.xlsx`)));
        after = await inspectWorkbook(readFileSync(path.join(resavedDir, `${name}.xlsx`)));
      });

      it("keeps the input cells unlocked and the rest locked", () => {
        expect(after.unlocked(sheetName).sort()).toEqual(before.unlocked(sheetName).sort());
        expect(after.protection(sheetName)).toMatchObject({ sheet: true });
      });

      it("keeps the validation of every input", () => {
        for (const cell of inputs) {
          const address = a1(cell.row, cell.col);
          const was = before.validation(sheetName, address);
          const is = after.validation(sheetName, address);
          expect({ address, type: is?.type, operator: is?.operator }).toEqual({
            address,
            type: was?.type,
            operator: was?.operator,
          });
          if (was) expect(is?.prompt).toBe(was.prompt);
        }
      });

      it("keeps the defined names", () => {
        const ours = Object.keys(before.names).sort();
        expect(ours.length).toBeGreaterThan(0);
        for (const key of ours) expect(after.names[key]).toEqual(before.names[key]);
      });

      it("keeps the metadata in a hidden sheet", () => {
        expect(after.metadata).toEqual(before.metadata);
        const meta = after.sheets.find((s) => s.name === "_TongHop");
        expect(["hidden", "veryHidden"]).toContain(meta?.state);
      });
    }
  );

  describe("Mẫu 2 printed to PDF", () => {
    let pdf: string;
    beforeAll(() => {
      [pdf] = convertWithLibreOffice(
        [path.join(formsDir, "mau2-xa-duong-hoa.xlsx")],
        "pdf",
        pdfDir
      ) as [string];
    });

    it("gives A4 portrait pages", () => {
      const info = spawnSync("pdfinfo", ["-l", "99", pdf], { encoding: "utf8" }).stdout;
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)];
      expect(sizes.length).toBeGreaterThanOrEqual(1);
      expect(sizes.length).toBeLessThanOrEqual(3);
      for (const [, width, height] of sizes) {
        expect(Math.round(Number(width))).toBe(595);
        expect(Math.round(Number(height))).toBe(842);
      }
    });

    it("prints one page wide: the first and last columns share a line", () => {
      const layoutText = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
      const pages = layoutText.split("\f").filter((page) => page.trim());
      // The table's header prints once (not repeated over the free text after the table).
      const withHeader = pages.filter((page) => page.includes(MAU2_TEXT.columnActivity));
      expect(withHeader).toHaveLength(1);
      for (const page of withHeader) {
        const header = page.split("\n").find((line) => line.includes(MAU2_TEXT.columnActivity));
        expect(header).toContain(MAU2_TEXT.columnNote);
      }
    });

    it("carries the form's labels", () => {
      const text = collapse(spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout);
      for (const label of [
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "TRUNG TÂM HTCĐ XÃ DƯƠNG HÒA",
        MAU2_TEXT.title,
        "NĂM 2017",
        MAU2_TEXT.sectionI,
        MAU2_TEXT.difficulties,
        MAU2_TEXT.sectionIII,
        "GIÁM ĐỐC TTHTCĐ/ HIỆU TRƯỞNG",
        ...INDICATORS.map((indicator) => indicator.label),
      ]) {
        expect({ label, found: text.includes(collapse(label)) }).toEqual({ label, found: true });
      }
    });
  });
});
