/**
 * The add-in's icons (assets/icon-*.png) are exactly what scripts/make-icons.ts draws, at
 * every size the manifest names, and the PNG routines of scripts/png.ts are sound.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ICON_SIZES, iconFileName, renderIcon } from "../../scripts/make-icons";
import { crc32, decodePng, encodePng, readPngInfo } from "../../scripts/png";

const ROOT = path.join(__dirname, "..", "..");
const ASSETS = path.join(ROOT, "assets");

describe("assets/icon-*.png", () => {
  it.each([...ICON_SIZES])("icon-%i.png holds the pixels make-icons draws", (size) => {
    const png = decodePng(readFileSync(path.join(ASSETS, iconFileName(size))));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(Buffer.from(png.rgba).equals(Buffer.from(renderIcon(size)))).toBe(true);
  });

  it("covers every icon size the manifest names", () => {
    const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const named = [...manifest.matchAll(/\/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect(named.length).toBeGreaterThan(0);
    for (const size of named) expect(ICON_SIZES).toContain(size);
    for (const size of [16, 32, 64, 80, 128]) expect(ICON_SIZES).toContain(size);
  });

  it.each([...ICON_SIZES])("icon %i: transparent corners, opaque body, a white glyph", (size) => {
    const rgba = renderIcon(size);
    const pixel = (x: number, y: number): number[] => [
      ...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
    ];
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(size - 1, size - 1)[3]).toBe(0);
    // the top bar of the Σ, a quarter of the way down the middle column
    expect(pixel(Math.floor(size / 2), Math.floor(size * 0.2) + 1)).toEqual([255, 255, 255, 255]);
    // background between the bars, right of the chevron
    const background = pixel(Math.floor(size * 0.68), Math.floor(size / 2));
    expect(background[3]).toBe(255);
    expect(background[0]).toBeLessThan(80);
    let white = 0;
    for (let i = 0; i < rgba.length; i += 4) if (rgba[i] === 255 && rgba[i + 1] === 255) white++;
    expect(white / (size * size)).toBeGreaterThan(0.12);
    expect(white / (size * size)).toBeLessThan(0.4);
  });
});

describe("png", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("round-trips pixels and reads the header", () => {
    const rgba = Uint8Array.from({ length: 3 * 2 * 4 }, (_v, i) => (i * 37) % 256);
    const png = encodePng(3, 2, rgba);
    expect(readPngInfo(png)).toEqual({ width: 3, height: 2, bitDepth: 8, colourType: 6 });
    expect(decodePng(png)).toEqual({ width: 3, height: 2, rgba });
  });

  it("rejects what is not a PNG or has a damaged header", () => {
    expect(
      readPngInfo(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))
    ).toBeNull();
    const png = encodePng(1, 1, new Uint8Array(4));
    png[17] ^= 1; // width changed, CRC not
    expect(readPngInfo(png)).toBeNull();
    expect(() => encodePng(2, 2, new Uint8Array(4))).toThrow(/4 bytes for 2×2/);
  });
});
