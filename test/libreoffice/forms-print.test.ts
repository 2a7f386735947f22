/**
 * The forms as a unit prints them from LibreOffice (Times New Roman set in Liberation
 * Serif), each also laid out with Excel's column widths (see `withExcelWidths`): a Mẫu 2
 * with 1,000 characters typed into each free-text section prints every word of them, with
 * room to spare; "Nơi nhận" and the signature block never meet, also in a wider font; no
 * cell of a generated form or of the summary's Mẫu 2 is in two data validations (a file
 * Excel "repairs" on open); the summary's Mẫu 2 is addressed to the level it reports to.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import {
  FREE_TEXT_CHARS,
  HUONG_THUY_2017,
  MAU2_TEXT,
  MAU2_TEXT_NAMES,
  RECEIVERS_TITLE,
  SIGNATURE_NOTE,
  SIGNATURE_TITLE,
  layoutForm,
  mau1Receivers,
  recipientLine,
  type Campaign,
  type Mau2Data,
} from "../../src/core";
import { vi } from "../../src/messages";
import { summaryVi } from "../../src/messages/summary";
import { a1, writeFormTemplate } from "../../src/xlsx";
import { readWorkbook } from "../../src/xlsx/read";
import { extractReturn } from "../../src/xlsx/returns";
import { writeSummary } from "../../src/xlsx/summary";
import { THOUSAND_CHARACTER_TEXTS } from "../helpers/free-texts";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { typeInLibreOffice } from "../helpers/libreoffice-typing";
import { sampleCampaign, sampleMergeResult } from "../helpers/merge-result";
import { boxesIntersect, pdfPages, pdfWords, squeeze, type PdfWord } from "../helpers/pdf-words";
import { makeTempDir } from "../helpers/temp";
import { describeWithPrograms } from "../helpers/tools";
import { doublyValidated, validationSqrefs } from "../helpers/validation-xml";

type TextKey = keyof Mau2Data["texts"];
const TEXT_KEYS = Object.keys(MAU2_TEXT_NAMES) as TextKey[];
/** The heading printed under each free-text section. */
const HEADING_BELOW: Record<TextKey, string> = {
  direction: MAU2_TEXT.sectionII,
  difficulties: MAU2_TEXT.sectionIII,
  proposals: RECEIVERS_TITLE,
};

const campaign = HUONG_THUY_2017;
const unit = campaign.units.find((u) => u.name === "Xã Dương Hòa")!;
const office: Campaign = {
  ...sampleCampaign(),
  collectingUnit: "Phường Phú Bài",
  reportsTo: "Sở Giáo dục và Đào tạo thành phố Huế",
  signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
};
/** Wider than Times New Roman by about a fifth, bold capitals by more: a stand-in font. */
const WIDE_FONT = "DejaVu Sans";

/**
 * The same workbook measured as Excel measures it. A column's width counts digits of the
 * workbook's default font, Calibri 11; LibreOffice without Calibri or Carlito measures in a
 * stand-in a third wider, and so prints the form at about 74 % instead of Excel's 95 %.
 * Liberation Sans 10, which LibreOffice always has, has Calibri 11's digit (5.56 pt against
 * 5.58 pt): with it as the default font, LibreOffice lays the page out as Excel does.
 */
function withExcelWidths(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const styles = strFromU8(parts["xl/styles.xml"]!);
  const start = styles.indexOf("<font>", styles.indexOf("<fonts"));
  const end = styles.indexOf("</font>", start);
  const font = styles.slice(start, end);
  expect(font).toContain('<sz val="11"/>');
  expect(font).toContain('<name val="Calibri"/>');
  const measured = font
    .replace('<sz val="11"/>', '<sz val="10"/>')
    .replace('<name val="Calibri"/>', '<name val="Liberation Sans"/>');
  parts["xl/styles.xml"] = strToU8(styles.slice(0, start) + measured + styles.slice(end));
  return zipSync(parts);
}

/** The same workbook with every Times New Roman of its styles replaced by `font`. */
function withFont(bytes: Uint8Array, font: string): Uint8Array {
  const parts = unzipSync(bytes);
  const styles = strFromU8(parts["xl/styles.xml"]!);
  expect(styles).toContain('val="Times New Roman"');
  parts["xl/styles.xml"] = strToU8(styles.replaceAll('val="Times New Roman"', `val="${font}"`));
  return zipSync(parts);
}

/** The words of `texts`, each as pdftotext joins it back (no spaces). */
const wordsOf = (texts: readonly string[]): Set<string> =>
  new Set(texts.flatMap((text) => text.split(/\s+/)).filter(Boolean));

/**
 * The printed words of the block that starts with "Nơi nhận:" (the form's last rows), split
 * into the receivers' and the signature's by their text.
 */
function signatureBlock(
  words: readonly PdfWord[],
  receivers: readonly string[],
  signature: readonly string[]
): { receivers: PdfWord[]; signature: PdfWord[]; missing: string[] } {
  const title = words.find((w) => w.text === "Nơi") as PdfWord;
  expect(title).toBeDefined();
  const below = words.filter((w) => w.page === title.page && w.yMax > title.yMin);
  const left = wordsOf(receivers);
  const right = wordsOf(signature);
  const found = {
    receivers: below.filter((w) => left.has(w.text) && !right.has(w.text)),
    signature: below.filter((w) => right.has(w.text) && !left.has(w.text)),
  };
  const printed = new Set(below.map((w) => w.text));
  const missing = [...left, ...right].filter((word) => !printed.has(word));
  return { ...found, missing };
}

function overlaps(block: ReturnType<typeof signatureBlock>): string[] {
  return block.receivers.flatMap((a) =>
    block.signature.filter((b) => boxesIntersect(a, b)).map((b) => `${a.text} × ${b.text}`)
  );
}

function pageSizes(pdf: string): [number, number][] {
  const info = spawnSync("pdfinfo", ["-l", "99", pdf], { encoding: "utf8" }).stdout;
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
    ([, width, height]) => [Math.round(Number(width)), Math.round(Number(height))]
  );
}

describeWithPrograms(
  ["soffice", "pdftotext", "pdfinfo"],
  "the forms printed by LibreOffice",
  () => {
    const dir = makeTempDir("lo-forms-print");
    const pdfDir = path.join(dir, "pdf");
    const file = (name: string): string => path.join(dir, name);
    const pdf = (name: string): string => path.join(pdfDir, `${name}.pdf`);
    const generated: Record<string, Uint8Array> = {};

    beforeAll(async () => {
      generated.mau2 = await writeFormTemplate(["mau2"], campaign, unit, vi);
      generated.mau1 = await writeFormTemplate(["mau1"], campaign, unit, vi);
      generated.both = await writeFormTemplate(["mau1", "mau2"], campaign, undefined, vi);
      generated.summary = await writeSummary(sampleMergeResult(), office, { catalogue: vi });
      for (const [name, bytes] of Object.entries(generated))
        writeFileSync(file(`${name}.xlsx`), bytes);

      // The unit types its report into the form it was sent, in LibreOffice, and saves it.
      const layout = layoutForm("mau2", campaign, unit);
      const typed = TEXT_KEYS.map((key) => {
        const box = layout.cells.find((cell) => cell.input?.name === MAU2_TEXT_NAMES[key])!;
        return { cell: a1(box.row, box.col), text: THOUSAND_CHARACTER_TEXTS[key] };
      });
      typeInLibreOffice(file("mau2.xlsx"), typed, {
        sheet: layout.sheetName,
        saveAs: file("filled.xlsx"),
      });

      // Each as LibreOffice here prints it, as Excel would lay it out, and in a wider font.
      const names: string[] = [];
      for (const name of ["filled", "mau1", "summary"]) {
        const bytes = readFileSync(file(`${name}.xlsx`));
        writeFileSync(file(`${name}-excel.xlsx`), withExcelWidths(bytes));
        writeFileSync(file(`${name}-wide.xlsx`), withExcelWidths(withFont(bytes, WIDE_FONT)));
        names.push(name, `${name}-excel`, `${name}-wide`);
      }
      convertWithLibreOffice(
        names.map((name) => file(`${name}.xlsx`)),
        "pdf",
        pdfDir
      );
    }, 600_000);

    describe("Mẫu 2 with 1,000 characters in each free-text section", () => {
      const PRINTS = [
        ["as LibreOffice here lays it out", "filled"],
        ["with Excel's column widths", "filled-excel"],
      ] as const;

      it("is filled with three realistic paragraphs of 1,000 characters", () => {
        for (const key of TEXT_KEYS)
          expect([key, THOUSAND_CHARACTER_TEXTS[key].length]).toEqual([key, FREE_TEXT_CHARS]);
      });

      it("is still read by the reader, every text whole, after LibreOffice saved it", () => {
        const read = readWorkbook(readFileSync(file("filled.xlsx")));
        if (!read.ok) throw new Error(read.rejection.code);
        const data = extractReturn(read.workbook, { file: "filled.xlsx", roster: campaign.units });
        expect(data.mau2?.texts).toEqual(THOUSAND_CHARACTER_TEXTS);
      });

      it.each(PRINTS)("prints on A4 portrait pages, three at most, %s", (_how, name) => {
        const sizes = pageSizes(pdf(name));
        expect(sizes.length).toBeGreaterThanOrEqual(1);
        expect(sizes.length).toBeLessThanOrEqual(3);
        for (const size of sizes) expect(size).toEqual([595, 842]);
      });

      it.each(PRINTS)("prints every paragraph whole, down to its last words, %s", (_how, name) => {
        const text = squeeze(pdfPages(pdf(name)).join(""));
        for (const key of TEXT_KEYS) {
          const paragraph = THOUSAND_CHARACTER_TEXTS[key];
          const lastWords = paragraph.split(" ").slice(-6).join(" ");
          expect({ key, lastWords, printed: text.includes(squeeze(lastWords)) }).toEqual({
            key,
            lastWords,
            printed: true,
          });
          expect({ key, whole: text.includes(squeeze(paragraph)) }).toEqual({ key, whole: true });
        }
      });

      it.each(PRINTS)("leaves two free lines under each paragraph, %s", (_how, name) => {
        const words = pdfWords(pdf(name));
        for (const key of TEXT_KEYS) {
          const paragraph = THOUSAND_CHARACTER_TEXTS[key].split(" ");
          const first = words.findIndex(
            (w, i) => w.text === paragraph[0] && words[i + 1]?.text === paragraph[1]
          );
          const last = words.findIndex(
            (w, i) =>
              i > first && w.text === paragraph.at(-1) && words[i - 1]?.text === paragraph.at(-2)
          );
          expect({ key, first: first >= 0, last: last > first }).toEqual({
            key,
            first: true,
            last: true,
          });
          const lastWord = words[last]!;
          const lineHeight = lastWord.yMax - lastWord.yMin;
          const heading = HEADING_BELOW[key].split(" ")[0]!;
          const below = words.find(
            (w, i) => i > last && w.text === heading && w.page === lastWord.page
          );
          // A section that ends a page has the page's end below it instead.
          if (below) expect(below.yMin - lastWord.yMax).toBeGreaterThan(2 * lineHeight);
        }
      });

      it("keeps section 2, section III and the signature on one page, headings with their text", () => {
        const words = pdfWords(pdf("filled-excel"));
        /** The page of the first place where the words of `phrase` follow each other. */
        const pageOf = (phrase: string): number | undefined => {
          const wanted = phrase.split(" ");
          const at = words.findIndex((_w, i) =>
            wanted.every((text, k) => words[i + k]?.text === text)
          );
          return words[at]?.page;
        };
        const page = pageOf(MAU2_TEXT.difficulties);
        expect(page).toBeGreaterThan(1);
        expect({
          difficulties: pageOf(
            THOUSAND_CHARACTER_TEXTS.difficulties.split(" ").slice(0, 4).join(" ")
          ),
          sectionIII: pageOf(MAU2_TEXT.sectionIII),
          proposals: pageOf(THOUSAND_CHARACTER_TEXTS.proposals.split(" ").slice(-4).join(" ")),
          receivers: pageOf(RECEIVERS_TITLE),
          signature: pageOf(SIGNATURE_TITLE),
        }).toEqual({
          difficulties: page,
          sectionIII: page,
          proposals: page,
          receivers: page,
          signature: page,
        });
      });
    });

    describe.each([
      ["Mẫu 2, filled", "filled", MAU2_TEXT.receivers, [SIGNATURE_TITLE, SIGNATURE_NOTE]],
      ["Mẫu 1", "mau1", mau1Receivers(campaign), [SIGNATURE_TITLE, SIGNATURE_NOTE]],
      ["the summary's Mẫu 2", "summary", MAU2_TEXT.receivers, [...office.signer!, SIGNATURE_NOTE]],
    ] as const)("%s", (_title, name, receivers, signature) => {
      it.each([
        ["Times New Roman (Liberation Serif)", name],
        ["Times New Roman, with Excel's column widths", `${name}-excel`],
        [`a wider font (${WIDE_FONT}), with Excel's column widths`, `${name}-wide`],
      ])(
        "keeps 'Nơi nhận' and the signature apart, every word printed, in %s",
        (_font, pdfName) => {
          const block = signatureBlock(
            pdfWords(pdf(pdfName)),
            [RECEIVERS_TITLE, ...receivers],
            signature
          );
          expect(block.missing).toEqual([]);
          expect(block.receivers.length).toBeGreaterThan(0);
          expect(block.signature.length).toBeGreaterThan(0);
          expect(overlaps(block)).toEqual([]);
          // And side by side, as the printed form has them: receivers left, signer right.
          const receiversRight = Math.max(...block.receivers.map((w) => w.xMax));
          const signatureLeft = Math.min(...block.signature.map((w) => w.xMin));
          expect(receiversRight).toBeLessThan(signatureLeft);
        }
      );
    });

    it("addresses the summary's Mẫu 2 to the level the office reports to", () => {
      const [first] = pdfPages(pdf("summary"));
      expect(squeeze(first!)).toContain(squeeze(recipientLine(office.reportsTo)));
      expect(squeeze(first!)).not.toContain(squeeze(summaryVi.form.recipient));
    });

    it.each(["mau2", "mau1", "both", "summary"])(
      "writes %s with no cell in two data validations (Excel would repair the file)",
      (name) => {
        const sheets = validationSqrefs(generated[name]!);
        const withValidations = Object.values(sheets).filter((sqrefs) => sqrefs.length > 0);
        expect(withValidations.length).toBeGreaterThan(0);
        for (const [sheet, sqrefs] of Object.entries(sheets))
          expect({ sheet, doubly: doublyValidated(sqrefs) }).toEqual({ sheet, doubly: {} });
      }
    );
  }
);
