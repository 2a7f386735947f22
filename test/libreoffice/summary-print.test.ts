/**
 * The summary's list sheets on paper, in real LibreOffice: the summary of the Hương Thủy
 * examples (read from their full paths, as the CLI reads them) and one with long texts, made
 * into PDF. Every row is at least as tall as LibreOffice itself would make it for its text,
 * and no text prints over another; every list prints on A4 at 60 % or more, the header row
 * on every page, the data table across pages by the form's sections with STT and unit
 * repeated; the footer numbers the pages; Kiểm tra reads in words, codes and paths kept off
 * the paper. The row-height estimate itself is held against LibreOffice's own fitting.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import {
  FINDING_CODES,
  HUONG_THUY_2017,
  INDICATOR_IDS,
  mergeReturns,
  type MergeResult,
  type ScheduleEntry,
} from "../../src/core";
import { vi } from "../../src/messages";
import { summaryVi } from "../../src/messages/summary";
import { returnFromBytes } from "../../src/xlsx/returns";
import { dataColumnOf, writeSummary } from "../../src/xlsx/summary";
import { pageFooter } from "../../src/xlsx/summary/list-sheet";
import { indicatorText } from "../../src/xlsx/summary/list-sheets";
import { LINE_HEIGHT, MAX_ROW_HEIGHT, rowHeight } from "../../src/xlsx/summary/row-height";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { measureRowsInLibreOffice, type MeasuredSheet } from "../helpers/libreoffice-rows";
import { EXAMPLES_DIR, examplePaths } from "../helpers/nothing-lost";
import { makeTempDir } from "../helpers/temp";
import { describeWithPrograms } from "../helpers/tools";
import { sheetXml } from "../helpers/summary-parts";

const SHEETS = summaryVi.sheets;
const COLUMNS = summaryVi.columns;
/** The list sheets and their header rows. */
const LISTS: readonly (readonly [string, number])[] = [
  [SHEETS.data, 1],
  [SHEETS.schedule, 1],
  [SHEETS.submissions, 1],
  [SHEETS.checks, 2],
  [SHEETS.opinions, 1],
];
const LIST_NAMES = LISTS.map(([name]) => name);
const BODY_SIZE = 12;

interface PdfWord {
  /** 1-based. */
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

function pdftotext(args: readonly string[]): string {
  const run = spawnSync("pdftotext", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.normalize("NFC");
}

/**
 * Every word of a PDF with its box (`pdftotext -bbox`). LibreOffice draws the Vietnamese
 * letters it takes from a fallback font as runs of their own, which pdftotext gives as
 * separate words: runs that touch on one line are joined into the word a reader sees.
 */
function pdfWords(pdf: string): PdfWord[] {
  const words: PdfWord[] = [];
  let page = 0;
  const pattern =
    /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of pdftotext(["-bbox", pdf, "-"]).matchAll(pattern)) {
    if (m[0] === "<page") {
      page++;
      continue;
    }
    const text = m[5]!
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
    const word = { page, text, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! };
    const last = words[words.length - 1];
    if (
      last &&
      last.page === page &&
      Math.abs(last.yMax - word.yMax) < 1.5 &&
      Math.abs(word.xMin - last.xMax) < 0.6
    ) {
      words[words.length - 1] = {
        ...word,
        text: last.text + word.text,
        xMin: Math.min(last.xMin, word.xMin),
        yMin: Math.min(last.yMin, word.yMin),
        yMax: Math.max(last.yMax, word.yMax),
      };
    } else words.push(word);
  }
  return words;
}

/** Part of a path: a folder between two slashes ("/examples/"); dates have digits there. */
const FOLDER = /\/[^\s/\d][^\s/]*\//;

/** Text without whitespace, to compare across pdftotext's line and run breaks. */
const squeeze = (text: string): string => text.normalize("NFC").replace(/\s+/g, "");

/** The attributes of the first `<tag …>` in `xml`. */
function attributes(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\b([^>]*)>`).exec(xml)?.[1] ?? "";
  return Object.fromEntries([...element.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** The workbook's defined names of one kind (`_xlnm.Print_Titles`…), by sheet name. */
function sheetNames(bytes: Uint8Array, name: string): Record<string, string> {
  const workbook = strFromU8(unzipSync(bytes)["xl/workbook.xml"]!);
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!);
  const out: Record<string, string> = {};
  const pattern = new RegExp(
    `<definedName name="${name}" localSheetId="(\\d+)">([^<]*)</definedName>`,
    "g"
  );
  for (const m of workbook.matchAll(pattern))
    out[sheets[Number(m[1])]!] = m[2]!.replace(/&apos;/g, "'");
  return out;
}

/** Row number → [height, custom] of every `<row>` with a height in a sheet's XML. */
function rowHeights(xml: string): Map<number, { height: number; custom: boolean }> {
  const rows = new Map<number, { height: number; custom: boolean }>();
  for (const m of xml.matchAll(/<row r="(\d+)"([^>]*)>/g)) {
    const ht = / ht="([\d.]+)"/.exec(m[2]!)?.[1];
    if (ht) rows.set(Number(m[1]), { height: Number(ht), custom: /customHeight="1"/.test(m[2]!) });
  }
  return rows;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Deterministic Vietnamese prose of about `chars` characters. */
function prose(chars: number, seed: number): string {
  const words = (
    "Trung tâm học tập cộng đồng phường đã phối hợp với Hội Khuyến học, Đoàn Thanh niên và " +
    "các trường trên địa bàn tổ chức lễ phát động, treo băng rôn, khẩu hiệu, phát tờ rơi " +
    "tuyên truyền về xây dựng xã hội học tập; mở lớp dạy nghề ngắn hạn, lớp kỹ năng sống " +
    "cho thanh thiếu niên và các buổi sinh hoạt chuyên đề được nhân dân đồng tình hưởng ứng"
  ).split(" ");
  const out: string[] = [];
  let length = 0;
  for (let i = seed; length < chars; i++) {
    const word = words[(i * 7) % words.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return `${out.join(" ")}.`;
}

/** The examples' merge with long texts everywhere a unit types freely, and a long schedule. */
function withLongTexts(result: MergeResult): MergeResult {
  const units = result.units.map((unit, i) => ({
    ...unit,
    texts: {
      direction: prose(200 + 150 * i, i),
      difficulties: `Thuận lợi:\n${prose(120, i + 1)}\nKhó khăn:\n${prose(300, i + 2)}`,
      proposals: prose(900, i + 3),
    },
    notes: { to_roi: prose(60 + 20 * i, i + 4), lop_day_nghe: prose(30, i + 5) },
  }));
  const schedule: ScheduleEntry[] = Array.from({ length: 60 }, (_, i) => ({
    unit: units[i % units.length]!.name,
    file: `${EXAMPLES_DIR}/mau1-${i}.xlsx`,
    date: `2017-10-0${2 + (i % 7)}`,
    minutes: 7 * 60 + ((i * 15) % 720),
    place: i % 3 === 0 ? prose(50, i) : "Nhà văn hóa",
    content: prose(20 + ((i * 37) % 200), i),
    note: i % 4 === 0 ? prose(90, i + 1) : "",
  }));
  return { ...result, units, schedule };
}

/** A page of a PDF: its words, and what its footer (the lowest line) says. */
interface Page {
  /** 1-based. */
  readonly number: number;
  /** The words above the footer. */
  readonly body: readonly PdfWord[];
  /** The list sheet the footer names, and the page numbers it gives. */
  readonly sheet?: string;
  readonly numbers?: readonly [number, number];
}

function pagesOf(pdf: string): Page[] {
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
  if (!(count > 0)) throw new Error(`pdfinfo: no page count for ${pdf}: ${info.stderr}`);
  const words = pdfWords(pdf);
  return Array.from({ length: count }, (_, i) => {
    const own = words.filter((word) => word.page === i + 1);
    const bottom = Math.max(...own.map((word) => word.yMin));
    const footer = own.filter((word) => word.yMin > bottom - 2).sort((a, b) => a.xMin - b.xMin);
    const line = squeeze(footer.map((word) => word.text).join(""));
    const sheet = LIST_NAMES.find((name) => line.startsWith(squeeze(name)));
    const numbers = /Trang(\d+)\/(\d+)$/.exec(line);
    return {
      number: i + 1,
      body: own.filter((word) => !footer.includes(word)),
      ...(sheet ? { sheet } : {}),
      ...(numbers ? { numbers: [Number(numbers[1]), Number(numbers[2])] as const } : {}),
    };
  });
}

/**
 * The words of `phrase` that are not on `pages`. Cells wrap and pdftotext runs neighbouring
 * cells' lines together, so a phrase is looked for word by word.
 */
function missingWords(pages: readonly Page[], phrase: string): string[] {
  const words = new Set(pages.flatMap((page) => page.body.map((word) => word.text)));
  return phrase.split(/\s+/).filter((word) => word !== "" && !words.has(word));
}

interface Book {
  readonly bytes: Uint8Array;
  readonly xml: Record<string, string>;
  readonly pages: readonly Page[];
  readonly measured: ReadonlyMap<string, MeasuredSheet>;
}

describeWithPrograms(
  ["soffice", "pdftotext", "pdfinfo"],
  "the summary on paper (LibreOffice)",
  () => {
    const dir = makeTempDir("lo-summary-print");
    let result: MergeResult;
    const books = new Map<"examples" | "long", Book>();
    const book = (key: "examples" | "long"): Book => books.get(key)!;
    const listPages = (key: "examples" | "long", sheet: string): Page[] =>
      book(key).pages.filter((page) => page.sheet === sheet);

    beforeAll(async () => {
      // Read from their full paths, as `tonghop merge examples/…` reads them.
      result = mergeReturns(
        examplePaths()
          .filter((file) => file.endsWith(".xlsx"))
          .map((file) =>
            returnFromBytes(
              new Uint8Array(readFileSync(file)),
              { file, fallbackModified: Date.UTC(2017, 9, 15) },
              HUONG_THUY_2017
            )
          ),
        HUONG_THUY_2017
      );
      const generatedAt = new Date(Date.UTC(2017, 9, 14));
      const written: ["examples" | "long", Uint8Array, string][] = [];
      for (const [key, merged] of [
        ["examples", result],
        ["long", withLongTexts(result)],
      ] as const) {
        const bytes = await writeSummary(merged, HUONG_THUY_2017, { catalogue: vi, generatedAt });
        const file = path.join(dir, `${key}.xlsx`);
        writeFileSync(file, bytes);
        written.push([key, bytes, file]);
      }
      const pdfs = convertWithLibreOffice(
        written.map(([, , file]) => file),
        "pdf",
        path.join(dir, "pdf")
      );
      written.forEach(([key, bytes, file], i) =>
        books.set(key, {
          bytes,
          xml: sheetXml(bytes),
          pages: pagesOf(pdfs[i]!),
          measured: measureRowsInLibreOffice(file, LIST_NAMES),
        })
      );
    });

    describe.each(["examples", "long"] as const)("the summary of the %s", (key) => {
      it("gives every list row a height of its own, at least what LibreOffice fits to its text", () => {
        const { xml, measured } = book(key);
        const low: string[] = [];
        const high: string[] = [];
        for (const [name, header] of LISTS) {
          const written = rowHeights(xml[name]!);
          const rows = measured.get(name)!.rows.filter((row) => row.row >= header);
          expect(rows.length).toBeGreaterThan(0);
          for (const row of rows) {
            // Every header and body row carries its height, marked as set on purpose.
            expect({ name, row: row.row, custom: written.get(row.row)?.custom }).toEqual({
              name,
              row: row.row,
              custom: true,
            });
            const where = `${name}!${row.row}: ${row.height.toFixed(1)} for ${row.optimal.toFixed(1)}`;
            if (row.height < row.optimal - 0.1) low.push(where);
            // Taller than LibreOffice needs here, as the heights are for Excel's columns, a
            // quarter narrower (Calibri's digit; LibreOffice here measures DejaVu Sans'), with
            // taller lines: a line or two more, never a page of blank.
            if (row.height > row.optimal * 2.5) high.push(where);
          }
        }
        expect(low).toEqual([]);
        expect(high).toEqual([]);
      });

      it("prints no text over another's", () => {
        const overlaps: string[] = [];
        // A word's box spans the font's whole ascent and descent, more than the line pitch:
        // the middle halves of two boxes meet only when one line prints over another.
        const middle = (word: PdfWord): [number, number] => {
          const quarter = (word.yMax - word.yMin) / 4;
          return [word.yMin + quarter, word.yMax - quarter];
        };
        for (const page of book(key).pages.filter((p) => p.sheet)) {
          const words = page.body;
          for (let i = 0; i < words.length; i++)
            for (let j = i + 1; j < words.length; j++) {
              const a = words[i]!;
              const b = words[j]!;
              const [aTop, aBottom] = middle(a);
              const [bTop, bBottom] = middle(b);
              const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
              const y = Math.min(aBottom, bBottom) - Math.max(aTop, bTop);
              if (x > 0.5 && y > 0)
                overlaps.push(`${page.sheet} p${page.number}: "${a.text}" / "${b.text}"`);
            }
        }
        expect(overlaps).toEqual([]);
      });

      it("numbers every list page in its footer, beside the sheet's name", () => {
        const pages = book(key).pages;
        const lists = pages.filter((page) => page.sheet);
        expect(new Set(lists.map((page) => page.sheet))).toEqual(new Set(LIST_NAMES));
        for (const page of lists)
          expect({ sheet: page.sheet, numbers: page.numbers }).toEqual({
            sheet: page.sheet,
            numbers: [page.number, pages.length],
          });
        // The footer is set on every list sheet, in Excel's codes.
        for (const name of LIST_NAMES)
          expect(
            /<oddFooter>([^<]*)<\/oddFooter>/
              .exec(book(key).xml[name]!)?.[1]
              ?.replace(/&quot;/g, '"')
              .replace(/&amp;/g, "&")
          ).toBe(pageFooter(summaryVi));
      });

      it("repeats the header row on every page of every list", () => {
        const headers: Record<string, string[]> = {
          [SHEETS.data]: [COLUMNS.index, COLUMNS.unit],
          [SHEETS.schedule]: [COLUMNS.index, COLUMNS.unit, COLUMNS.date, COLUMNS.place],
          [SHEETS.submissions]: [COLUMNS.index, COLUMNS.unit, COLUMNS.mau1, COLUMNS.errors],
          [SHEETS.checks]: [COLUMNS.file, COLUMNS.severity, COLUMNS.problem, COLUMNS.message],
          [SHEETS.opinions]: [COLUMNS.index, COLUMNS.unit, COLUMNS.section, COLUMNS.text],
        };
        const titles = sheetNames(book(key).bytes, "_xlnm.Print_Titles");
        for (const [name, header] of LISTS) {
          expect(titles[name]).toContain(`'${name}'!$${header}:$${header}`);
          const pages = listPages(key, name);
          expect(pages.length).toBeGreaterThan(0);
          for (const page of pages) {
            const missing = headers[name]!.flatMap((text) => missingWords([page], text));
            expect({ name, page: page.number, missing }).toEqual({
              name,
              page: page.number,
              missing: [],
            });
          }
        }
        if (key === "long") {
          // Long enough to run over several pages down.
          expect(listPages(key, SHEETS.schedule).length).toBeGreaterThan(1);
          expect(listPages(key, SHEETS.opinions).length).toBeGreaterThan(1);
        }
      });

      it("prints every list on A4 at 60 % or more", () => {
        const { xml, pages } = book(key);
        const height = (words: readonly PdfWord[]): number =>
          median(words.map((word) => word.yMax - word.yMin));
        const bodyOf = (name: string): PdfWord[] => listPages(key, name).flatMap((p) => p.body);
        // The data table prints at a fixed scale: its words give the box of a point of text
        // (the font's whole height, about 1.3 points for Liberation Serif).
        const dataScale = Number(attributes(xml[SHEETS.data]!, "pageSetup").scale);
        const perPoint = height(bodyOf(SHEETS.data)) / (BODY_SIZE * (dataScale / 100));
        expect(perPoint).toBeGreaterThan(1.2);
        expect(perPoint).toBeLessThan(1.4);
        const scales: Record<string, number> = {};
        for (const [name] of LISTS) {
          const setup = attributes(xml[name]!, "pageSetup");
          const fitted = attributes(xml[name]!, "pageSetUpPr").fitToPage === "1";
          expect({ name, paper: setup.paperSize }).toEqual({ name, paper: "9" });
          if (fitted)
            expect({ name, fitToWidth: setup.fitToWidth }).toEqual({ name, fitToWidth: "1" });
          else expect(Number(setup.scale)).toBeGreaterThanOrEqual(60);
          // The scale LibreOffice printed at, from the size of the body text.
          const printed = Math.round((height(bodyOf(name)) / perPoint / BODY_SIZE) * 100);
          scales[name] = printed;
          expect({ name, atLeast60: printed >= 60 }).toEqual({ name, atLeast60: true });
          // The words are big enough to read: over 6 points.
          expect(height(bodyOf(name)) / perPoint).toBeGreaterThan(6);
          if (!fitted) expect(Math.abs(printed - Number(setup.scale))).toBeLessThanOrEqual(3);
        }
        expect(pages.filter((page) => page.sheet).length).toBeGreaterThan(5);
        expect(Object.keys(scales)).toHaveLength(LISTS.length);
      });
    });

    describe("Dữ liệu", () => {
      it("prints across two pages, broken before section 5, with STT and unit on both", () => {
        const { xml, bytes } = book("examples");
        expect(
          [...xml[SHEETS.data]!.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))
        ).toEqual([dataColumnOf("lop_chuyen_mon") - 1]);
        expect(sheetNames(bytes, "_xlnm.Print_Titles")[SHEETS.data]).toBe(
          `'${SHEETS.data}'!$A:$B,'${SHEETS.data}'!$1:$1`
        );
        const pages = listPages("examples", SHEETS.data);
        expect(pages).toHaveLength(2);
        const [first, second] = pages as [Page, Page];
        for (const page of pages)
          for (const unit of result.units) expect(missingWords([page], unit.name)).toEqual([]);
        const headers = summaryVi.indicators;
        expect(missingWords([first], headers.ke_hoach)).toEqual([]);
        expect(missingWords([first], headers.to_roi)).toEqual([]);
        expect(missingWords([second], headers.to_roi)).toEqual(["Tờ", "rơi"]);
        expect(missingWords([second], headers.lop_day_nghe)).toEqual([]);
        // The files by their names only, on the second page.
        const names = second.body.map((word) => word.text).join(" ");
        expect(names).toContain("mau2-phuong-phu-bai.xlsx");
        expect(pages.flatMap((page) => page.body).filter((word) => FOLDER.test(word.text))).toEqual(
          []
        );
      });
    });

    describe("Kiểm tra", () => {
      it("says in words what each finding is about, and prints no code, indicator id or folder", () => {
        const pages = listPages("examples", SHEETS.checks);
        const findings = result.files.flatMap((file) => file.findings);
        expect(findings.length).toBeGreaterThan(5);
        for (const finding of findings) {
          expect(missingWords(pages, summaryVi.findingTitles[finding.code])).toEqual([]);
          if (finding.indicator)
            expect(missingWords(pages, indicatorText(finding.indicator))).toEqual([]);
        }
        expect(missingWords(pages, "Nộp muộn")).toEqual([]);
        expect(missingWords(pages, summaryVi.words.fileStatus.rejected)).toEqual([]);
        expect(missingWords(pages, "xa-thuy-tan-bao-cao.xlsx")).toEqual([]);
        const words = pages.flatMap((page) => page.body.map((word) => word.text));
        const codes = new Set<string>([...FINDING_CODES, ...INDICATOR_IDS]);
        expect(words.filter((word) => codes.has(word.replace(/[.,;:()"]/g, "")))).toEqual([]);
        expect(words.filter((word) => word.includes("_") || FOLDER.test(word))).toEqual([]);
      });

      it("keeps the codes, indicator ids and full paths in columns after the printed ones", async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(book("examples").bytes) as unknown as ExcelJS.Buffer);
        const sheet = workbook.getWorksheet(SHEETS.checks)!;
        const header = sheet.getRow(2).values as unknown[];
        const [code, id, file] = [COLUMNS.code, COLUMNS.indicatorId, COLUMNS.path].map((text) =>
          header.indexOf(text)
        );
        const area = sheetNames(book("examples").bytes, "_xlnm.Print_Area")[SHEETS.checks]!;
        const lastPrinted = /^'[^']+'!\$A\$1:\$([A-Z]+)\$\d+$/.exec(area)?.[1];
        expect(lastPrinted).toBe(sheet.getColumn(header.indexOf(COLUMNS.message)).letter);
        expect([code, id, file].every((column) => column > header.indexOf(COLUMNS.message))).toBe(
          true
        );
        const rows: unknown[][] = [];
        sheet.eachRow((row, r) => {
          if (r > 2) rows.push([code, id, file].map((column) => row.getCell(column!).value));
        });
        expect(rows).toEqual(
          result.files.flatMap((outcome) =>
            outcome.findings.map((finding) => [
              finding.code,
              finding.indicator ?? null,
              outcome.path,
            ])
          )
        );
        expect(rows.every(([, , p]) => String(p).startsWith(EXAMPLES_DIR))).toBe(true);
      });
    });

    it("prints the schedule and the submissions with file names, not paths", () => {
      for (const key of ["examples", "long"] as const) {
        const pages = [...listPages(key, SHEETS.schedule), ...listPages(key, SHEETS.submissions)];
        expect(pages.length).toBeGreaterThan(1);
        const words = pages.flatMap((page) => page.body.map((word) => word.text));
        expect(words).toContain("mau1-phuong-phu-bai.xlsx");
        expect(words.filter((word) => FOLDER.test(word))).toEqual([]);
      }
    });
  }
);

describeWithPrograms(["soffice"], "rowHeight against LibreOffice's own fitting", () => {
  const WIDTHS = [6, 10, 14, 22, 40, 72];
  const LENGTHS = [4, 18, 40, 90, 200, 420, 700];
  const cases: { width: number; text: string; bold: boolean }[] = [];
  for (const width of WIDTHS)
    for (const length of LENGTHS) {
      cases.push({ width, text: prose(length, width + length), bold: false });
      if (length < 200)
        cases.push({ width, text: prose(length, length).toUpperCase(), bold: true });
    }
  for (const width of [14, 26, 40]) {
    cases.push({ width, text: `${EXAMPLES_DIR}/mau2-phuong-thuy-luong-ban-dau.xlsx`, bold: false });
    cases.push({ width, text: "Dòng một\nDòng hai dài hơn một chút\n\nDòng bốn", bold: false });
    cases.push({ width, text: "ƯỚC TÍNH SỐ LƯỢT NGƯỜI THAM GIA CỦA TRUNG TÂM", bold: true });
  }
  /** One column per width, so that the cases of one width share it. */
  const columnOf = (width: number): number =>
    [...new Set(cases.map((c) => c.width))].indexOf(width);
  let measured: MeasuredSheet;

  beforeAll(async () => {
    const dir = makeTempDir("lo-row-height");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Đo");
    cases.forEach((entry, i) => {
      // One case a row: the row's height is that text's alone.
      sheet.getColumn(columnOf(entry.width) + 1).width = entry.width;
      const cell = sheet.getCell(i + 1, columnOf(entry.width) + 1);
      cell.value = entry.text;
      cell.font = { name: "Times New Roman", size: BODY_SIZE, bold: entry.bold };
      cell.alignment = { wrapText: true, vertical: "top" };
    });
    const file = path.join(dir, "rows.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    measured = measureRowsInLibreOffice(file, ["Đo"]).get("Đo")!;
  });

  it("with LibreOffice's column widths, takes LibreOffice's lines, or one or two more", () => {
    expect(measured.rows.map((row) => row.row)).toEqual(cases.map((_, i) => i + 1));
    const line = LINE_HEIGHT * BODY_SIZE;
    const off: string[] = [];
    let exact = 0;
    cases.forEach((entry, i) => {
      const optimal = measured.rows[i]!.optimal;
      const points = measured.columnWidths[columnOf(entry.width)]! / entry.width;
      const estimate = rowHeight(
        [{ text: entry.text, width: entry.width, wrap: true, bold: entry.bold }],
        BODY_SIZE,
        { pointsPerWidthUnit: points }
      );
      if (optimal > MAX_ROW_HEIGHT) {
        expect(estimate).toBe(MAX_ROW_HEIGHT);
        return;
      }
      // Its lines are a little taller than LibreOffice's (Excel's are), so a quarter more;
      // its lines are full at 95 %, which may cost a line or two in a narrow column.
      if (estimate <= optimal * 1.25 + 3) exact++;
      if (estimate < optimal || estimate > optimal * 1.25 + 3 + 2 * line)
        off.push(`${estimate} for ${optimal.toFixed(1)}: ${JSON.stringify(entry)}`);
    });
    expect(off).toEqual([]);
    // Most take exactly LibreOffice's lines.
    expect(exact / cases.length).toBeGreaterThan(0.8);
  });

  it("with Excel's narrower columns (the file's own heights), is never below LibreOffice's", () => {
    const under = cases.flatMap((entry, i) => {
      const estimate = rowHeight(
        [{ text: entry.text, width: entry.width, wrap: true, bold: entry.bold }],
        BODY_SIZE
      );
      const optimal = measured.rows[i]!.optimal;
      return estimate < Math.min(optimal, MAX_ROW_HEIGHT) ? [`${entry.width}: ${entry.text}`] : [];
    });
    expect(under).toEqual([]);
  });
});
