import { unzipSync } from "fflate";
import { zlibDeflate } from "../../src/cli/zlib";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx/read/limits";
import { findEntry, openZip, readEntry } from "../../src/xlsx/read/zip";
import { crc32, dosDateTime, writeZip, zipEntry } from "../../src/xlsx/zip-writer";

const utf8 = new TextEncoder();

describe("zip writer", () => {
  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": utf8.encode("<Types/>".repeat(50)),
    "xl/": new Uint8Array(0),
    "xl/worksheets/sheet1.xml": utf8.encode("<c>Tiếng Việt có dấu</c>".repeat(1000)),
    "empty.bin": new Uint8Array(0),
  };

  it.each([
    ["fflate", undefined],
    ["Node's zlib", zlibDeflate],
  ])("writes a zip that fflate and our reader open, with %s", (_, deflate) => {
    const entries = Object.entries(parts).map(([name, bytes]) => zipEntry(name, bytes, deflate));
    const zip = writeZip(entries, new Date(2017, 9, 14, 10, 30, 20));
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(parts));
    for (const [name, bytes] of Object.entries(parts)) expect(back[name]).toEqual(bytes);
    const archive = openZip(zip, DEFAULT_READ_LIMITS);
    const sheet = findEntry(archive, "xl/worksheets/sheet1.xml")!;
    expect(sheet.method).toBe(8);
    expect(readEntry(archive, sheet)).toEqual(parts["xl/worksheets/sheet1.xml"]);
    expect(findEntry(archive, "xl/")!.method).toBe(0);
  });

  it("computes the standard CRC-32", () => {
    expect(crc32(utf8.encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("dates entries in MS-DOS form, clamped to the years it can hold", () => {
    expect(dosDateTime(new Date(2017, 9, 14, 10, 30, 21))).toEqual({
      time: (10 << 11) | (30 << 5) | 10,
      date: ((2017 - 1980) << 9) | (10 << 5) | 14,
    });
    expect(dosDateTime(new Date(1970, 0, 1)).date >> 9).toBe(0);
  });
});
