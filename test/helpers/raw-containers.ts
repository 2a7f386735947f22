/**
 * Test-only containers for files no library would write: zips whose headers lie (sizes,
 * methods, flags, duplicate or climbing names), a zip bomb's deflate stream, OLE compound
 * files (old .xls, password-protected workbooks), and OpenDocument packages around a table.
 * The zips are laid out by the project's own `writeZip`; only what it cannot be told (an
 * entry's flags) is patched here.
 *
 * @example
 * writeRawZip([deflatedEntry("a.xml", "<a/>"), { ...storedEntry("b", "x"), size: 1e6 }])
 */
import { Deflate, strToU8 } from "fflate";
import { zlibDeflate } from "../../src/cli/zlib";
import { crc32, writeZip, zipEntry, type ZipEntryData } from "../../src/xlsx/zip-writer";

// ---------------------------------------------------------------------------------------
// Raw zip writing: names, sizes, methods and flags exactly as given, duplicates allowed.

/** One zip entry as it sits in the file: `zipEntry`'s fields (free to lie), named as text. */
export interface RawEntry extends Omit<ZipEntryData, "name"> {
  readonly name: string;
  /** General-purpose flags besides UTF-8 names (bit 0: encrypted). */
  readonly flags?: number;
}

const bytesOf = (content: string | Uint8Array): Uint8Array =>
  typeof content === "string" ? strToU8(content) : content;

/** A deflated entry with honest sizes and CRC (native zlib: the big cases deflate tens of MB). */
export function deflatedEntry(name: string, content: string | Uint8Array): RawEntry {
  return { ...zipEntry(name, bytesOf(content), zlibDeflate), name };
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

const utf8 = new TextEncoder();
const ZIP_DATE = new Date(2017, 9, 1);

/** Writes a zip from raw entries with `writeZip`, then sets each entry's own flags. */
export function writeRawZip(entries: readonly RawEntry[]): Uint8Array {
  const encoded = entries.map((entry) => ({ ...entry, name: utf8.encode(entry.name) }));
  const out = writeZip(encoded, ZIP_DATE);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const orFlags = (at: number, flags: number): void =>
    view.setUint16(at, view.getUint16(at, true) | flags, true);
  // writeZip lays out local headers and data in order, then the central directory.
  let local = 0;
  let central = encoded.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  for (const entry of encoded) {
    if (entry.flags) {
      orFlags(local + 6, entry.flags);
      orFlags(central + 8, entry.flags);
    }
    local += 30 + entry.name.length + entry.data.length;
    central += 46 + entry.name.length;
  }
  return out;
}

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** An OpenDocument spreadsheet holding `tableXml` (with `prolog`, a DOCTYPE say, before it). */
export function odsPackage(tableXml: string, prolog = ""): Uint8Array {
  return zip({
    mimetype: "application/vnd.oasis.opendocument.spreadsheet",
    "META-INF/manifest.xml":
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    "content.xml": `<?xml version="1.0" encoding="UTF-8"?>${prolog}<office:document-content ${ODS_NS}><office:body><office:spreadsheet>${tableXml}</office:spreadsheet></office:body></office:document-content>`,
  });
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

/** The chunks joined into one array. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
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
