import { strToU8, zipSync } from "fflate";
import type { ReadRejection } from "../../../src/xlsx/read";
import { getCell, readWorkbook } from "../../../src/xlsx/read";
import { buildCfb } from "../../helpers/raw-containers";
import { buildXlsx, xlsxParts, zipParts } from "../../helpers/xlsx-builder";

function rejectionOf(
  bytes: Uint8Array,
  options?: Parameters<typeof readWorkbook>[1]
): ReadRejection {
  const result = readWorkbook(bytes, options);
  if (result.ok) throw new Error("expected a rejection, got a workbook");
  return result.rejection;
}

const SMALL = buildXlsx({ sheets: [{ name: "Mẫu 2", cells: { A1: "Kế hoạch", C14: 12 } }] });

/** A seeded generator, so every run sees the same "random" bytes. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

interface EntryLocation {
  central: number;
  local: number;
  dataStart: number;
  compressedSize: number;
}

/** Where an entry's headers and data sit in a zip made by fflate (no zip64, no comment). */
function locate(zip: Uint8Array, name: string): EntryLocation {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  let p = view.getUint32(end + 16, true);
  const count = view.getUint16(end + 10, true);
  for (let i = 0; i < count; i++) {
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const entryName = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen));
    if (entryName === name) {
      const local = view.getUint32(p + 42, true);
      const dataStart =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      return { central: p, local, dataStart, compressedSize: view.getUint32(p + 20, true) };
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`no entry ${name}`);
}

function patched(zip: Uint8Array, edit: (view: DataView, bytes: Uint8Array) => void): Uint8Array {
  const copy = zip.slice();
  edit(new DataView(copy.buffer), copy);
  return copy;
}

/** Sets an entry's declared uncompressed size in both its headers. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const at = locate(zip, name);
  return patched(zip, (v) => {
    v.setUint32(at.central + 24, size, true);
    v.setUint32(at.local + 22, size, true);
  });
}

describe("readWorkbook rejections", () => {
  it("rejects zero bytes as empty_file", () => {
    expect(rejectionOf(new Uint8Array(0))).toEqual({ code: "empty_file" });
  });

  it("rejects files that are not zips, saying what they look like", () => {
    const pdf = strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const text = strToU8("STT;Nội dung;Kết quả\n1;Kế hoạch;12\n");
    const html = strToU8("<html><body><table><tr><td>12</td></tr></table></body></html>");
    const next = prng(7);
    const random = Uint8Array.from({ length: 4096 }, () => Math.floor(next() * 256));
    random[0] = 0x01;
    expect(rejectionOf(pdf)).toEqual({ code: "not_a_zip", params: { detected: "pdf" } });
    expect(rejectionOf(png)).toEqual({ code: "not_a_zip", params: { detected: "png" } });
    expect(rejectionOf(text)).toEqual({ code: "not_a_zip", params: { detected: "text" } });
    expect(rejectionOf(html)).toEqual({ code: "not_a_zip", params: { detected: "html" } });
    expect(rejectionOf(random)).toEqual({ code: "not_a_zip", params: { detected: "binary" } });
  });

  it("rejects a zip cut short as truncated", () => {
    for (const keep of [0.25, 0.5, 0.9]) {
      expect(rejectionOf(SMALL.subarray(0, Math.floor(SMALL.length * keep))).code).toBe(
        "truncated"
      );
    }
    expect(rejectionOf(SMALL.subarray(0, 4)).code).toBe("truncated");
  });

  it("rejects an empty zip and a zip of other documents as not_a_workbook", () => {
    expect(rejectionOf(zipSync({})).code).toBe("not_a_workbook");
    const docx = zipParts({
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      "_rels/.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      "word/document.xml":
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    });
    expect(rejectionOf(docx).code).toBe("not_a_workbook");
    const odt = zipParts({
      mimetype: "application/vnd.oasis.opendocument.text",
      "content.xml": "<office:document-content/>",
    });
    expect(rejectionOf(odt).code).toBe("not_a_workbook");
    expect(rejectionOf(zipParts({ "photo.jpg": new Uint8Array([0xff, 0xd8, 0xff]) })).code).toBe(
      "not_a_workbook"
    );
  });

  it("tells an encrypted workbook from a legacy .xls by the OLE directory", () => {
    expect(
      rejectionOf(buildCfb(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"])).code
    ).toBe("encrypted");
    expect(rejectionOf(buildCfb(["Workbook", "\u0005SummaryInformation"])).code).toBe("legacy_xls");
    // Text inside a legacy file that merely mentions the stream name is not a directory entry.
    const xls = buildCfb(["Workbook"]);
    const withText = new Uint8Array(xls.length + 512);
    withText.set(xls);
    "EncryptionInfo"
      .split("")
      .forEach((ch, i) => (withText[xls.length + i * 2] = ch.charCodeAt(0)));
    expect(rejectionOf(withText).code).toBe("legacy_xls");
  });

  it("rejects an encrypted zip entry and an encrypted ODS as encrypted", () => {
    const at = locate(SMALL, "xl/worksheets/sheet1.xml");
    const flagged = patched(SMALL, (v) => {
      v.setUint16(at.central + 8, v.getUint16(at.central + 8, true) | 1, true);
      v.setUint16(at.local + 6, v.getUint16(at.local + 6, true) | 1, true);
    });
    expect(rejectionOf(flagged).code).toBe("encrypted");
    const ods = zipParts({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "META-INF/manifest.xml":
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>',
      "content.xml": new Uint8Array([1, 2, 3, 4]),
    });
    expect(rejectionOf(ods).code).toBe("encrypted");
  });

  it("rejects a zip bomb by its declared size before inflating it", () => {
    const bomb = declareSize(SMALL, "xl/worksheets/sheet1.xml", 0xfffffff0);
    const started = Date.now();
    expect(rejectionOf(bomb)).toEqual({
      code: "too_large",
      params: { limit: "part_bytes", max: 64 * 1024 * 1024, part: "xl/worksheets/sheet1.xml" },
    });
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("rejects a real high-ratio part against a lowered limit", () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const parts: Record<string, string | Uint8Array> = xlsxParts({
      sheets: [{ name: "S", cells: { A1: 1 } }],
    });
    parts["xl/sharedStrings.xml"] = zeros;
    const bytes = zipParts(parts, 9);
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(rejectionOf(bytes, { limits: { maxPartBytes: 1024 * 1024 } }).params).toMatchObject({
      limit: "part_bytes",
    });
    expect(
      rejectionOf(bytes, { limits: { maxTotalInflatedBytes: 10 * 1024 * 1024 } }).params
    ).toMatchObject({ limit: "total_inflated_bytes" });
  });

  it("rejects an entry that inflates to more than it declared", () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    const sheet = "xl/worksheets/sheet1.xml";
    parts[sheet] = parts[sheet].replace("<sheetData>", `<sheetData>${" ".repeat(200_000)}`);
    const small = zipParts(parts);
    expect(rejectionOf(declareSize(small, sheet, 1000))).toEqual({
      code: "corrupt_zip",
      params: { part: sheet },
    });
    // Past the streaming threshold the inflater stops as soon as the output overflows.
    const noisy = zipParts({
      ...parts,
      [sheet]: parts[sheet].replace("<sheetData>", `<sheetData><!--${randomText(300_000)}-->`),
    });
    expect(locate(noisy, sheet).compressedSize).toBeGreaterThan(64 * 1024);
    expect(rejectionOf(declareSize(noisy, sheet, 1000))).toEqual({
      code: "corrupt_zip",
      params: { part: sheet },
    });
  });

  it("rejects damaged deflate data as corrupt_zip", () => {
    const at = locate(SMALL, "xl/workbook.xml");
    const damaged = patched(SMALL, (_v, b) =>
      b.fill(0xff, at.dataStart, at.dataStart + at.compressedSize)
    );
    expect(rejectionOf(damaged)).toEqual({
      code: "corrupt_zip",
      params: { part: "xl/workbook.xml" },
    });
  });

  it("rejects a central directory that points outside the file", () => {
    const end = SMALL.length - 22;
    const broken = patched(SMALL, (v) => v.setUint32(end + 16, SMALL.length + 100, true));
    expect(rejectionOf(broken).code).toBe("corrupt_zip");
  });

  it("rejects an unknown compression method", () => {
    const at = locate(SMALL, "xl/worksheets/sheet1.xml");
    const bzip2 = patched(SMALL, (v) => v.setUint16(at.central + 10, 12, true));
    expect(rejectionOf(bzip2)).toEqual({ code: "unsupported_compression", params: { method: 12 } });
  });

  it("rejects a binary workbook (.xlsb) as unsupported_format", () => {
    const xlsb = zipParts({
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      "_rels/.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00]),
    });
    expect(rejectionOf(xlsb)).toEqual({ code: "unsupported_format", params: { format: "xlsb" } });
  });

  it("rejects a workbook whose sheet part is missing", () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    delete parts["xl/worksheets/sheet1.xml"];
    expect(rejectionOf(zipParts(parts))).toEqual({
      code: "missing_part",
      params: { part: "xl/worksheets/sheet1.xml" },
    });
  });

  it("refuses DOCTYPE and ENTITY declarations instead of expanding them", () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: "x" } }] });
    expect(rejectionOf(zipParts({ ...parts, "xl/sharedStrings.xml": laughs }))).toEqual({
      code: "malformed_xml",
      params: { part: "xl/sharedStrings.xml" },
    });
    const entityOnly = parts["xl/workbook.xml"].replace(
      "<workbookPr",
      '<!ENTITY x "y"><workbookPr'
    );
    expect(rejectionOf(zipParts({ ...parts, "xl/workbook.xml": entityOnly }))).toEqual({
      code: "malformed_xml",
      params: { part: "xl/workbook.xml" },
    });
    const coreDoctype =
      '<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><cp:coreProperties/>';
    expect(rejectionOf(zipParts({ ...parts, "docProps/core.xml": coreDoctype })).code).toBe(
      "malformed_xml"
    );
  });

  it("rejects unterminated markup and impossible cell positions as malformed_xml", () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    const sheet = "xl/worksheets/sheet1.xml";
    for (const broken of [
      parts[sheet].replace('<c r="A1">', '<c r="A1'),
      parts[sheet].replace('<c r="A1">', '<c r="A1"><!-- never closed'),
      parts[sheet].replace('r="A1"', 'r="XFE1"'),
      parts[sheet].replace('r="A1"', 'r="A1048577"'),
      parts[sheet].replace('r="A1"', 'r="1A"'),
      parts[sheet].replace('<row r="1">', '<row r="0">'),
    ]) {
      expect(rejectionOf(zipParts({ ...parts, [sheet]: broken }))).toEqual({
        code: "malformed_xml",
        params: { part: sheet },
      });
    }
  });

  it("rejects files above the cell, shared string, sheet and file size limits", () => {
    const many = buildXlsx({
      sheets: [
        { name: "S", cells: { A1: "a", A2: "b", A3: "c", A4: 4, A5: 5 } },
        { name: "T", cells: { A1: 1 } },
      ],
    });
    expect(rejectionOf(many, { limits: { maxCells: 5 } })).toEqual({
      code: "too_large",
      params: { limit: "cells", max: 5 },
    });
    expect(rejectionOf(many, { limits: { maxSharedStrings: 2 } })).toEqual({
      code: "too_large",
      params: { limit: "shared_strings", max: 2 },
    });
    expect(rejectionOf(many, { limits: { maxSheets: 1 } })).toEqual({
      code: "too_large",
      params: { limit: "sheets", max: 1 },
    });
    expect(rejectionOf(many, { limits: { maxFileBytes: 100 } })).toEqual({
      code: "too_large",
      params: { limit: "file_bytes", max: 100 },
    });
    expect(rejectionOf(many, { limits: { maxZipEntries: 3 } })).toEqual({
      code: "too_large",
      params: { limit: "zip_entries", max: 3 },
    });
    expect(readWorkbook(many, { limits: { maxCells: 6 } }).ok).toBe(true);
  });

  it("rejects a cell text and shared-formula copies above their limits", () => {
    const text = buildXlsx({ sheets: [{ name: "S", cells: { A1: "x".repeat(41), A2: 1 } }] });
    expect(rejectionOf(text, { limits: { maxCellTextChars: 40 } })).toEqual({
      code: "too_large",
      params: { limit: "cell_text", max: 40 },
    });
    expect(readWorkbook(text, { limits: { maxCellTextChars: 41 } }).ok).toBe(true);
    const ods = zipParts({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml":
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="10000"/></text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
    });
    expect(rejectionOf(ods, { limits: { maxCellTextChars: 9_000 } }).params).toMatchObject({
      limit: "cell_text",
    });
    const shared = buildXlsx({
      sheets: [
        {
          name: "S",
          cells: {
            A1: 1,
            B1: { f: "A1+A1+A1", v: 3, si: 0, ref: "B1:B4" },
            B2: { shared: 0, v: 3 },
            B3: { shared: 0, v: 3 },
            B4: { shared: 0, v: 3 },
          },
        },
      ],
    });
    // Each of the three cells that use the master gets its own 8-character copy.
    expect(rejectionOf(shared, { limits: { maxSharedFormulaChars: 23 } })).toEqual({
      code: "too_large",
      params: { limit: "shared_formula_chars", max: 23 },
    });
    const read = readWorkbook(shared, { limits: { maxSharedFormulaChars: 24 } });
    expect(read.ok && getCell(read.workbook.sheets[0], "B4")?.formula).toBe("A4+A4+A4");
  });

  it("never throws, whatever the bytes", () => {
    const next = prng(42);
    const outcomes = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const bytes = SMALL.slice();
      const flips = 1 + Math.floor(next() * 8);
      for (let k = 0; k < flips; k++)
        bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      const cut = next() < 0.2 ? bytes.subarray(0, Math.floor(next() * bytes.length)) : bytes;
      const result = readWorkbook(cut);
      outcomes.add(result.ok ? "ok" : result.rejection.code);
    }
    expect(outcomes.has("unreadable")).toBe(false);
    expect(outcomes.size).toBeGreaterThan(2);
  });
});

describe("readWorkbook zip access", () => {
  it("never inflates entries it does not need", () => {
    const parts: Record<string, string | Uint8Array> = xlsxParts({
      sheets: [{ name: "Mẫu 2", cells: { C14: 12 } }],
    });
    parts["xl/media/image1.png"] = randomText(5000);
    parts["docProps/custom.xml"] = "<Properties>" + randomText(5000) + "</Properties>";
    parts["xl/vbaProject.bin"] = randomText(5000);
    parts["xl/printerSettings/printerSettings1.bin"] = randomText(5000);
    let bytes = zipParts(parts);
    for (const name of [
      "xl/media/image1.png",
      "docProps/custom.xml",
      "xl/vbaProject.bin",
      "xl/printerSettings/printerSettings1.bin",
    ]) {
      const at = locate(bytes, name);
      bytes = patched(bytes, (_v, b) =>
        b.fill(0xff, at.dataStart, at.dataStart + at.compressedSize)
      ); // would fail to inflate
      bytes = declareSize(bytes, name, 0xfffffff0); // and would be refused as too large
    }
    const result = readWorkbook(bytes);
    expect(result.ok).toBe(true);
    if (result.ok) expect(getCell(result.workbook.sheets[0], "C14")?.value).toBe(12);
  });

  it("reads a zip with data before it (a self-extracting archive)", () => {
    const prefixed = new Uint8Array(SMALL.length + 64);
    prefixed.set(strToU8("PK\u0003\u0004"), 0);
    prefixed.set(SMALL, 64);
    const result = readWorkbook(prefixed);
    expect(result.ok && getCell(result.workbook.sheets[0], "C14")?.value).toBe(12);
  });

  it("accepts an ArrayBuffer and a Uint8Array view into a larger buffer", () => {
    const big = new Uint8Array(SMALL.length + 20);
    big.set(SMALL, 10);
    const view = big.subarray(10, 10 + SMALL.length);
    expect(readWorkbook(view).ok).toBe(true);
    expect(readWorkbook(SMALL.slice().buffer).ok).toBe(true);
  });
});

function randomText(length: number): string {
  const next = prng(length);
  let s = "";
  for (let i = 0; i < length; i++) s += String.fromCharCode(97 + Math.floor(next() * 26));
  return s;
}
