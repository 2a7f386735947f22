/**
 * Words of a PDF with their boxes, from `pdftotext -bbox`. LibreOffice draws a Vietnamese
 * word in several runs ("nh", "ậ", "n:"), which pdftotext gives as separate words; runs that
 * touch on one line are joined back into the word a reader sees.
 */
import { spawnSync } from "node:child_process";

export interface PdfWord {
  /** 1-based. */
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .normalize("NFC");

/** Runs closer than this (points) on one line are one word: a space is about 3 pt. */
const JOIN_GAP = 0.6;

/** Every word of every page of `pdf`, in pdftotext's reading order. */
export function pdfWords(pdf: string): PdfWord[] {
  const result = spawnSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  const words: PdfWord[] = [];
  let page = 0;
  const pattern =
    /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of result.stdout.matchAll(pattern)) {
    if (m[0] === "<page") {
      page++;
      continue;
    }
    const word: PdfWord = {
      page,
      text: decode(m[5]!),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    };
    const last = words[words.length - 1];
    const sameLine =
      last &&
      last.page === page &&
      Math.abs(last.yMax - word.yMax) < 1.5 &&
      Math.abs(word.xMin - last.xMax) < JOIN_GAP;
    if (last && sameLine) {
      words[words.length - 1] = {
        page,
        text: last.text + word.text,
        xMin: Math.min(last.xMin, word.xMin),
        yMin: Math.min(last.yMin, word.yMin),
        xMax: Math.max(last.xMax, word.xMax),
        yMax: Math.max(last.yMax, word.yMax),
      };
    } else words.push(word);
  }
  return words;
}

/** Whether two word boxes share any area. */
export function boxesIntersect(a: PdfWord, b: PdfWord): boolean {
  return (
    a.page === b.page && a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax
  );
}

/** The text of a PDF page by page (`pdftotext`, NFC), pages 1-based at index 0. */
export function pdfPages(pdf: string): string[] {
  const result = spawnSync("pdftotext", [pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.normalize("NFC").split("\f");
}

/**
 * Text without whitespace or hyphens, for comparing across pdftotext's line and run breaks
 * (it takes a hyphen that ends a line for a word broken in two, and drops it).
 */
export const squeeze = (text: string): string => text.normalize("NFC").replace(/[\s-]+/g, "");
