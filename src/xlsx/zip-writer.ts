/**
 * A small zip writer: entries are deflated (or stored) one by one, then laid out with a
 * central directory. It exists so the deflate can be the platform's own: Node's zlib
 * deflates the summary's sheets four times faster than fflate, which the browser keeps.
 * No zip64: the summary and the benchmark's returns are far below 4 GB.
 */
import { deflateSync } from "fflate";

/** Raw deflate (no zlib or gzip header) of the bytes. */
export type RawDeflate = (bytes: Uint8Array) => Uint8Array;

export interface ZipEntryData {
  readonly name: Uint8Array;
  readonly crc: number;
  /** Uncompressed size. */
  readonly size: number;
  /** 8 (deflate) or 0 (stored). */
  readonly method: number;
  readonly data: Uint8Array;
}

/** Level 6, as Excel and exceljs write. */
export const fflateDeflate: RawDeflate = (bytes) => deflateSync(bytes, { level: 6 });

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

/**
 * An entry, deflated now. Empty entries and folder names (ending in "/") are stored.
 */
export function zipEntry(
  name: string,
  bytes: Uint8Array,
  deflate: RawDeflate = fflateDeflate
): ZipEntryData {
  if (bytes.length === 0 || name.endsWith("/")) {
    return {
      name: utf8.encode(name),
      crc: crc32(bytes),
      size: bytes.length,
      method: 0,
      data: bytes,
    };
  }
  return {
    name: utf8.encode(name),
    crc: crc32(bytes),
    size: bytes.length,
    method: 8,
    data: deflate(bytes),
  };
}

/** A date as MS-DOS time and date words (local fields, as zip tools read them). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** The bytes of a zip holding the entries in order, each dated `modified`. */
export function writeZip(entries: readonly ZipEntryData[], modified: Date): Uint8Array {
  const dos = dosDateTime(modified);
  let size = 22;
  for (const e of entries) size += 30 + e.name.length + e.data.length + 46 + e.name.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  const header = (e: ZipEntryData, at: number, central: boolean): number => {
    view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    let q = at + 4;
    if (central) {
      view.setUint16(q, 20, true); // made by
      q += 2;
    }
    view.setUint16(q, 20, true); // version needed
    view.setUint16(q + 2, 0x800, true); // UTF-8 names
    view.setUint16(q + 4, e.method, true);
    view.setUint16(q + 6, dos.time, true);
    view.setUint16(q + 8, dos.date, true);
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
