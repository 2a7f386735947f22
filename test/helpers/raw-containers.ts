/**
 * Test-only containers written byte by byte, for files no library would write: zips whose
 * headers lie (sizes, methods, flags, duplicate or climbing names), a zip bomb's deflate
 * stream, and OLE compound files (old .xls, password-protected workbooks).
 *
 * @example
 * writeRawZip([deflatedEntry("a.xml", "<a/>"), { ...storedEntry("b", "x"), size: 1e6 }])
 */
import * as zlib from "node:zlib";
import { deflateRawSync } from "node:zlib";
import { Deflate, strToU8 } from "fflate";

// ---------------------------------------------------------------------------------------
// Raw zip writing: names, sizes, methods and flags exactly as given, duplicates allowed.

/** One zip entry as it sits in the file. */
export interface RawEntry {
  readonly name: string;
  /** The entry's data as stored (deflated already when `method` is 8). */
  readonly data: Uint8Array;
  readonly method: number;
  /** Declared uncompressed size (may lie). */
  readonly size: number;
  readonly crc: number;
  readonly flags?: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of the data, natively when this Node has zlib.crc32 (20.15 and later). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const bytesOf = (content: string | Uint8Array): Uint8Array =>
  typeof content === "string" ? strToU8(content) : content;

/** A deflated entry with honest sizes and CRC (native zlib: the big cases deflate tens of MB). */
export function deflatedEntry(name: string, content: string | Uint8Array, level = 6): RawEntry {
  const raw = bytesOf(content);
  const data = new Uint8Array(deflateRawSync(raw, { level }));
  return { name, data, method: 8, size: raw.length, crc: crc32(raw) };
}

/** A stored (uncompressed) entry with honest sizes and CRC. */
export function storedEntry(name: string, content: string | Uint8Array): RawEntry {
  const raw = bytesOf(content);
  return { name, data: raw, method: 0, size: raw.length, crc: crc32(raw) };
}

/** The parts of a package as raw entries, `mimetype` or `[Content_Types].xml` first. */
export function entriesOf(parts: Record<string, string | Uint8Array>): RawEntry[] {
  const rank = (name: string): number =>
    name === "mimetype" || name === "[Content_Types].xml" ? 0 : 1;
  const names = Object.keys(parts).sort((a, b) => rank(a) - rank(b));
  return names.map((name) =>
    name === "mimetype" ? storedEntry(name, parts[name]) : deflatedEntry(name, parts[name])
  );
}

/** A package zipped with honest headers. */
export function zip(parts: Record<string, string | Uint8Array>): Uint8Array {
  return writeRawZip(entriesOf(parts));
}

/** Writes a zip from raw entries: local headers, data, central directory, end record. */
export function writeRawZip(entries: readonly RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((entry, i) => {
    localSize += 30 + names[i].length + entry.data.length;
    centralSize += 46 + names[i].length;
  });
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((entry, i) => {
    const utf8 = /[^\x20-\x7e]/.test(entry.name) ? 0x800 : 0;
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, (entry.flags ?? 0) | utf8, true);
    view.setUint16(p + 8, entry.method, true);
    view.setUint32(p + 14, entry.crc, true);
    view.setUint32(p + 18, entry.data.length, true);
    view.setUint32(p + 22, entry.size, true);
    view.setUint16(p + 26, names[i].length, true);
    out.set(names[i], p + 30);
    out.set(entry.data, p + 30 + names[i].length);
    p += 30 + names[i].length + entry.data.length;
  });
  const centralStart = p;
  entries.forEach((entry, i) => {
    const utf8 = /[^\x20-\x7e]/.test(entry.name) ? 0x800 : 0;
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, (entry.flags ?? 0) | utf8, true);
    view.setUint16(p + 10, entry.method, true);
    view.setUint32(p + 16, entry.crc, true);
    view.setUint32(p + 20, entry.data.length, true);
    view.setUint32(p + 24, entry.size, true);
    view.setUint16(p + 28, names[i].length, true);
    view.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + 46);
    p += 46 + names[i].length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - centralStart, true);
  view.setUint32(p + 16, centralStart, true);
  return out;
}

// ---------------------------------------------------------------------------------------
// The zip bomb: a raw deflate stream of zeros, made by repeating one flushed block.

const MIB = 1024 * 1024;
/** 1,100 MiB of zeros: past a gigabyte once inflated. */
export const BOMB_INFLATED_BYTES = 1100 * MIB;
let bombStream: Uint8Array | undefined;

/** `makeZipBombStream()`, made once per test file. */
export function zipBombStream(): Uint8Array {
  bombStream ??= makeZipBombStream();
  return bombStream;
}

/**
 * A raw deflate stream that inflates to `BOMB_INFLATED_BYTES` zeros, about 1 MB long. fflate
 * deflates one MiB of zeros and flushes to a byte boundary; the block it gives for the
 * second MiB refers only to the zeros before it, so it can be repeated as often as wanted
 * (building it takes milliseconds, deflating a real gigabyte takes seconds).
 */
export function makeZipBombStream(): Uint8Array {
  const chunks: Uint8Array[] = [];
  let current: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => current.push(chunk));
  const take = (): Uint8Array => {
    const joined = concat(current);
    current = [];
    return joined;
  };
  const zeros = new Uint8Array(MIB);
  deflate.push(zeros);
  deflate.flush(true);
  chunks.push(take());
  deflate.push(zeros);
  deflate.flush(true);
  const repeated = take();
  for (let i = 1; i < BOMB_INFLATED_BYTES / MIB; i++) chunks.push(repeated);
  deflate.push(new Uint8Array(0), true);
  chunks.push(take());
  return concat(chunks);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const chunk of chunks) {
    out.set(chunk, p);
    p += chunk.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// OLE compound files (CFB): the container of old .xls and of password-protected workbooks.

/**
 * A minimal OLE compound file: header, one FAT sector, one directory sector holding the
 * given stream names, and `padding` sectors of filler (real files are never this small).
 */
export function buildCfb(streamNames: readonly string[], padding = 0): Uint8Array {
  const b = new Uint8Array(512 * (3 + padding));
  const v = new DataView(b.buffer);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // directory starts at sector 1
  v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, 0xfffffffe, true);
  v.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) v.setUint32(fat + i * 4, 0xffffffff, true);
  v.setUint32(fat, 0xfffffffd, true); // sector 0 holds the FAT
  v.setUint32(fat + 4, 0xfffffffe, true); // sector 1 (directory) ends its chain
  const dir = 1024;
  ["Root Entry", ...streamNames].forEach((name, i) => {
    const e = dir + i * 128;
    for (let k = 0; k < name.length; k++) v.setUint16(e + k * 2, name.charCodeAt(k), true);
    v.setUint16(e + 64, (name.length + 1) * 2, true);
    b[e + 66] = i === 0 ? 5 : name.startsWith("\u0006") ? 1 : 2;
  });
  for (let i = 1536; i < b.length; i++) b[i] = (i * 31) & 0xff;
  return b;
}
