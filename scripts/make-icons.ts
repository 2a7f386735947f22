/**
 * Draws the add-in's icons into assets/ (icon-16.png … icon-128.png): a rounded square in a
 * green-to-blue gradient with a white "Σ" (the summary), built from geometry with 8 × 8
 * supersampling and encoded by scripts/png.ts. Deterministic: the same pixels every run.
 *
 * Run: `node scripts/run-ts.js scripts/make-icons.ts [DIR]` (DIR defaults to assets/).
 *
 * @example await makeIcons("assets") // ["assets/icon-16.png", …]
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { encodePng } from "./png";

/** Every size written; the manifest names 16, 32, 64 and 80. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];

const TOP_LEFT: Rgb = [0x1b, 0x8a, 0x4c]; // Excel-like green
const BOTTOM_RIGHT: Rgb = [0x1f, 0x5f, 0xb0]; // blue
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SAMPLES = 8;

function inRoundedSquare(x: number, y: number, lo: number, hi: number, r: number): boolean {
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + r), hi - r);
  const cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(
  x: number,
  y: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
  halfWidth: number
): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
}

function inRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number): boolean {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** The Σ of an icon `size` pixels wide: bars on whole pixels, so small sizes stay crisp. */
function sigma(size: number): (x: number, y: number) => boolean {
  const left = Math.round(size * 0.28);
  const right = size - left;
  const top = Math.round(size * 0.2);
  const bottom = size - top;
  const stroke = Math.max(2, Math.round(size * 0.125));
  const vertex: [number, number] = [left + (right - left) * 0.56, size / 2];
  const upper: [number, number] = [left + stroke / 2, top + stroke / 2];
  const lower: [number, number] = [left + stroke / 2, bottom - stroke / 2];
  const serif = size >= 32 ? Math.round(stroke * 0.7) : 0;
  return (x, y) =>
    inRect(x, y, left, top, right, top + stroke) ||
    inRect(x, y, left, bottom - stroke, right, bottom) ||
    (serif > 0 &&
      inRect(x, y, right - serif, top, right, top + stroke + Math.round(serif * 0.7))) ||
    (serif > 0 &&
      inRect(x, y, right - serif, bottom - stroke - Math.round(serif * 0.7), right, bottom)) ||
    nearSegment(x, y, upper, vertex, stroke / 2) ||
    nearSegment(x, y, vertex, lower, stroke / 2);
}

/** The RGBA pixels (not premultiplied) of the icon `size` × `size`. */
export function renderIcon(size: number): Uint8Array {
  const margin = size / 32;
  const radius = size * 0.18;
  const glyph = sigma(size);
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let alpha = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          if (!inRoundedSquare(x, y, margin, size - margin, radius)) continue;
          const t = (x + y) / (2 * size);
          const colour = glyph(x, y)
            ? WHITE
            : TOP_LEFT.map((c, i) => c + (BOTTOM_RIGHT[i] - c) * t);
          alpha += 1;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      }
      const at = (py * size + px) * 4;
      if (alpha === 0) continue;
      for (let i = 0; i < 3; i++) rgba[at + i] = Math.round(sum[i] / alpha);
      rgba[at + 3] = Math.round((alpha * 255) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

/** The file name of the icon of `size` pixels. */
export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

/** Writes every icon of ICON_SIZES into `dir`; returns the paths written. */
export async function makeIcons(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const file = path.join(dir, iconFileName(size));
    await writeFile(file, encodePng(size, size, renderIcon(size)));
    written.push(file);
  }
  return written;
}

/** CLI entry for scripts/run-ts.js: `make-icons.ts [DIR]`. */
export async function main(args: readonly string[]): Promise<number> {
  const dir = args[0] ?? path.join(__dirname, "..", "assets");
  for (const file of await makeIcons(dir)) console.log(file);
  return 0;
}
