import { Inflate, inflateSync } from "fflate";
import type { ReadLimits } from "./limits";
import { fail } from "./types";

/**
 * A minimal zip reader: it walks the central directory once and inflates only the entries
 * asked for, after checking their declared sizes. fflate's `unzipSync` would do the walk too,
 * but it cannot tell a truncated file from a non-zip, and it inflates into a buffer sized by
 * the declared size without stopping when a lying entry produces more; here both are handled.
 */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/**
 * Inflates raw deflate data that declares `size` bytes. It must throw on damaged data and
 * must not produce more than `size + 1` bytes (one spare shows a stream that lied).
 */
export type RawInflate = (data: Uint8Array, size: number) => Uint8Array;

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Entry by exact name and by lower-cased name (OPC part names are case-insensitive). */
  byName: Map<string, ZipEntry>;
  /** Declared bytes inflated so far, checked against `maxTotalInflatedBytes`. */
  inflated: number;
  limits: ReadLimits;
  /** The platform's own inflate (Node's zlib, about twice fflate's speed); else fflate. */
  inflate?: RawInflate;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

/** Entries compressed to more than this are inflated in chunks, so a lie cannot run long. */
const STREAM_THRESHOLD = 64 * 1024;
const STREAM_CHUNK = 16 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** True when the bytes begin like a zip (a local header or an empty archive). */
export function looksLikeZip(b: Uint8Array): boolean {
  return (
    b.length >= 4 &&
    b[0] === 0x50 &&
    b[1] === 0x4b &&
    (b[2] === 3 || b[2] === 5) &&
    (b[3] === 4 || b[3] === 6)
  );
}

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === SIG_END) return i;
  }
  return -1;
}

function normalizeName(name: string): string {
  let n = name.indexOf("\\") >= 0 ? name.replace(/\\/g, "/") : name;
  if (n.charCodeAt(0) === 47) n = n.slice(1);
  return n;
}

/** Reads the central directory. Throws `ReadFailure` (truncated, corrupt_zip, too_large). */
export function openZip(bytes: Uint8Array, limits: ReadLimits, inflate?: RawInflate): ZipArchive {
  const end = findEnd(bytes);
  if (end < 0) fail("truncated");
  let count = u16(bytes, end + 10);
  let cdSize = u32(bytes, end + 12);
  let cdOffset = u32(bytes, end + 16);
  let cdEnd = end;
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const loc = end - 20;
    if (loc >= 0 && u32(bytes, loc) === SIG_END64_LOCATOR) {
      const e64 = u64(bytes, loc + 8);
      if (e64 + 56 > bytes.length || u32(bytes, e64) !== SIG_END64) fail("corrupt_zip");
      count = u64(bytes, e64 + 32);
      cdSize = u64(bytes, e64 + 40);
      cdOffset = u64(bytes, e64 + 48);
      cdEnd = e64;
    }
  }
  if (count > limits.maxZipEntries)
    fail("too_large", { limit: "zip_entries", max: limits.maxZipEntries });
  if (cdOffset + cdSize > cdEnd) fail("corrupt_zip");
  // Data prepended to the zip (self-extractors) shifts every offset by the same amount.
  const shift = cdEnd - (cdOffset + cdSize);
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset + shift;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) fail("corrupt_zip");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localHeaderOffset = u32(bytes, p + 42);
    const nameStart = p + 46;
    if (nameStart + nameLen + extraLen > bytes.length) fail("corrupt_zip");
    const rawName = bytes.subarray(nameStart, nameStart + nameLen);
    const name = normalizeName(
      (flags & 0x800 ? utf8 : isAscii(rawName) ? utf8 : latin1).decode(rawName)
    );
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // Zip64: the real values sit in extra field 0x0001, in this order, only for the maxed ones.
      let x = nameStart + nameLen;
      const xEnd = x + extraLen;
      while (x + 4 <= xEnd) {
        const id = u16(bytes, x);
        const len = u16(bytes, x + 2);
        if (id === 1) {
          let q = x + 4;
          if (size === 0xffffffff && q + 8 <= xEnd) ((size = u64(bytes, q)), (q += 8));
          if (compressedSize === 0xffffffff && q + 8 <= xEnd)
            ((compressedSize = u64(bytes, q)), (q += 8));
          if (localHeaderOffset === 0xffffffff && q + 8 <= xEnd) localHeaderOffset = u64(bytes, q);
          break;
        }
        x += 4 + len;
      }
    }
    const entry: ZipEntry = {
      name,
      flags,
      method,
      compressedSize,
      size,
      localHeaderOffset: localHeaderOffset + shift,
    };
    entries.push(entry);
    if (!byName.has(name)) byName.set(name, entry);
    const lower = name.toLowerCase();
    if (!byName.has(lower)) byName.set(lower, entry);
    p = nameStart + nameLen + extraLen + commentLen;
  }
  return { bytes, entries, byName, inflated: 0, limits, ...(inflate ? { inflate } : {}) };
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
  return true;
}

/** Finds an entry by part name, ignoring a leading slash and letter case. */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  const n = normalizeName(name);
  return zip.byName.get(n) ?? zip.byName.get(n.toLowerCase());
}

/**
 * Inflates one entry. Its declared size is checked against the limits first; a stream that
 * produces more than it declared is corrupt and stopped as soon as it does.
 */
export function readEntry(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes, limits } = zip;
  if (entry.size > limits.maxPartBytes)
    fail("too_large", { limit: "part_bytes", max: limits.maxPartBytes, part: entry.name });
  if (zip.inflated + entry.size > limits.maxTotalInflatedBytes) {
    fail("too_large", { limit: "total_inflated_bytes", max: limits.maxTotalInflatedBytes });
  }
  zip.inflated += entry.size;
  if (entry.flags & 1) fail("encrypted");
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length) fail("truncated");
  if (u32(bytes, h) !== SIG_LOCAL) fail("corrupt_zip");
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) fail("truncated");
  const data = bytes.subarray(start, stop);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) fail("corrupt_zip");
    return data;
  }
  if (entry.method !== 8) fail("unsupported_compression", { method: entry.method });
  if (entry.size === 0) return new Uint8Array(0);
  let out: Uint8Array;
  try {
    // One spare byte: a stream that fills it produced more than it declared.
    out = zip.inflate
      ? zip.inflate(data, entry.size)
      : entry.compressedSize <= STREAM_THRESHOLD
        ? inflateSync(data, { out: new Uint8Array(entry.size + 1) })
        : inflateChunked(data, entry.size);
  } catch {
    // Damaged deflate data, or more of it than declared, throws; that is the file's fault.
    fail("corrupt_zip", { part: entry.name });
  }
  if (out.length !== entry.size) fail("corrupt_zip", { part: entry.name });
  return out;
}

class Overflow {}

function inflateChunked(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let pos = 0;
  const inflater = new Inflate((chunk) => {
    if (pos + chunk.length > size) throw new Overflow();
    out.set(chunk, pos);
    pos += chunk.length;
  });
  for (let i = 0; i < data.length; i += STREAM_CHUNK) {
    const last = i + STREAM_CHUNK >= data.length;
    inflater.push(data.subarray(i, Math.min(i + STREAM_CHUNK, data.length)), last);
  }
  return pos === size ? out : out.subarray(0, pos);
}
