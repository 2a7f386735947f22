/**
 * A minimal zip writer for the benchmark's generated returns: entries whose bytes never
 * change are deflated once (`preparedEntry`), the few that change per file are deflated
 * per file (`freshEntry`), and `writeZip` lays them out with a central directory. This is
 * what makes 10,000 returns take seconds: fflate's `zipSync` would deflate every part of
 * every file again.
 */
import { deflateSync } from "fflate";

export interface PreparedEntry {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly size: number;
  /** 8 (deflate) or 0 (stored). */
  readonly method: number;
  readonly data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of the bytes (as zip wants it). */
export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const utf8 = new TextEncoder();

/** An entry deflated now (level 6, as Excel and exceljs write). */
export function preparedEntry(name: string, bytes: Uint8Array): PreparedEntry {
  if (bytes.length === 0) {
    return { name: utf8.encode(name), crc: 0, size: 0, method: 0, data: bytes };
  }
  return {
    name: utf8.encode(name),
    crc: crc32(bytes),
    size: bytes.length,
    method: 8,
    data: deflateSync(bytes, { level: 6 }),
  };
}

/** Same as `preparedEntry`, for a part held as text. */
export function freshEntry(name: string, text: string): PreparedEntry {
  return preparedEntry(name, utf8.encode(text));
}

/** 2017-10-01 00:00 in MS-DOS format: every entry gets this time, so output is stable. */
const DOS_TIME = 0;
const DOS_DATE = ((2017 - 1980) << 9) | (10 << 5) | 1;

/** The bytes of a zip holding the entries in order. */
export function writeZip(entries: readonly PreparedEntry[]): Uint8Array {
  let size = 22;
  for (const e of entries) size += 30 + e.name.length + e.data.length + 46 + e.name.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  const header = (e: PreparedEntry, at: number, central: boolean): number => {
    view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    let q = at + 4;
    if (central) {
      view.setUint16(q, 20, true); // made by
      q += 2;
    }
    view.setUint16(q, 20, true); // version needed
    view.setUint16(q + 2, 0x800, true); // UTF-8 names
    view.setUint16(q + 4, e.method, true);
    view.setUint16(q + 6, DOS_TIME, true);
    view.setUint16(q + 8, DOS_DATE, true);
    view.setUint32(q + 10, e.crc, true);
    view.setUint32(q + 14, e.data.length, true);
    view.setUint32(q + 18, e.size, true);
    view.setUint16(q + 22, e.name.length, true);
    view.setUint16(q + 24, 0, true); // extra
    return q + 26;
  };
  for (const e of entries) {
    offsets.push(p);
    p = header(e, p, false);
    out.set(e.name, p);
    p += e.name.length;
    out.set(e.data, p);
    p += e.data.length;
  }
  const cdStart = p;
  entries.forEach((e, i) => {
    p = header(e, p, true);
    view.setUint16(p, 0, true); // comment
    view.setUint16(p + 2, 0, true); // disk
    view.setUint16(p + 4, 0, true); // internal attributes
    view.setUint32(p + 6, 0, true); // external attributes
    view.setUint32(p + 10, offsets[i] as number, true);
    p += 14;
    out.set(e.name, p);
    p += e.name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}
