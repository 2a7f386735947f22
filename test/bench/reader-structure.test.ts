/**
 * Structural properties of the reader that the benchmark's speed and memory rest on
 * (properties, never timings):
 *
 * - reading a return inflates only the parts it needs, each once: the package and
 *   workbook relationships, the workbook, shared strings, styles, the worksheets and the
 *   document properties; never themes, pictures, drawings, printer settings, calc chains,
 *   macros or custom XML, even when those are damaged or declare gigabytes;
 * - a sheet left out by `sheetFilter` is never inflated, however big or broken its part;
 * - a merge holds no workbook: what one return leaves behind is its extracted data only.
 */
import { unzipSync } from "fflate";
import {
  INDICATOR_IDS,
  mergeReturns,
  type Campaign,
  type LoadedReturn,
  type Unit,
} from "../../src/core";
import { CATALOGUES } from "../../src/messages";
import { writeFormTemplate } from "../../src/xlsx";
import { readWorkbook } from "../../src/xlsx/read";
import * as zip from "../../src/xlsx/read/zip";
import { returnFromBytes } from "../../src/xlsx/returns";
import { BENCH_CAMPAIGN } from "../../bench/generate";
import { writeZip, zipEntry, type ZipEntryData } from "../../src/xlsx/zip-writer";

const UNIT: Unit = { name: "Phường 3", type: "community" };
const CAMPAIGN: Campaign = { ...BENCH_CAMPAIGN, units: [UNIT] };
const utf8 = new TextEncoder();
const text = new TextDecoder();

/** Deflate data no inflater accepts (block type 3), declaring `size` bytes. */
function brokenEntry(name: string, size = 4096): ZipEntryData {
  return {
    name: utf8.encode(name),
    crc: 0,
    size,
    method: 8,
    data: new Uint8Array(64).fill(0xff),
  };
}

/** A part that claims ~3.75 GB once inflated (a zip bomb's header, no data behind it). */
const hugeEntry = (name: string): ZipEntryData => brokenEntry(name, 0xf000_0000);

let template: Record<string, Uint8Array>;

beforeAll(async () => {
  template = unzipSync(await writeFormTemplate(["mau2"], CAMPAIGN, UNIT, CATALOGUES.vi));
});

/** The template's parts with some replaced by prepared (possibly broken) entries. */
function rezip(
  replace: Record<string, ZipEntryData> = {},
  edit: Record<string, (xml: string) => string> = {}
): Uint8Array {
  const entries: ZipEntryData[] = [];
  for (const [name, bytes] of Object.entries(template)) {
    if (replace[name]) continue;
    const edited = edit[name] ? utf8.encode(edit[name](text.decode(bytes))) : bytes;
    entries.push(zipEntry(name, edited));
  }
  entries.push(...Object.values(replace));
  return writeZip(entries, new Date(2017, 9, 1));
}

/** Adds a third visible sheet "Phụ lục" whose part is `xl/worksheets/sheet9.xml`. */
const withExtraSheet: Record<string, (xml: string) => string> = {
  "xl/workbook.xml": (xml) =>
    xml.replace("</sheets>", '<sheet sheetId="9" name="Phụ lục" r:id="rIdExtra"/></sheets>'),
  "xl/_rels/workbook.xml.rels": (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdExtra" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>'
    ),
  "[Content_Types].xml": (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
};

/** Parts a return never needs, each damaged or declaring gigabytes. */
const UNNEEDED: Record<string, ZipEntryData> = {
  "xl/theme/theme1.xml": brokenEntry("xl/theme/theme1.xml"),
  "xl/media/image1.png": hugeEntry("xl/media/image1.png"),
  "xl/drawings/drawing1.xml": hugeEntry("xl/drawings/drawing1.xml"),
  "xl/printerSettings/printerSettings1.bin": brokenEntry("xl/printerSettings/printerSettings1.bin"),
  "xl/calcChain.xml": brokenEntry("xl/calcChain.xml"),
  "xl/vbaProject.bin": hugeEntry("xl/vbaProject.bin"),
  "customXml/item1.xml": brokenEntry("customXml/item1.xml"),
  "xl/worksheets/_rels/sheet1.xml.rels": brokenEntry("xl/worksheets/_rels/sheet1.xml.rels"),
};

/** The entries `readEntry` inflates while `action` runs, in order. */
function inflatedDuring(action: () => void): string[] {
  const spy = jest.spyOn(zip, "readEntry");
  try {
    action();
    return spy.mock.calls.map(([, entry]) => entry.name);
  } finally {
    spy.mockRestore();
  }
}

describe("the reader inflates only what a return needs", () => {
  test("a generated return: the workbook's own parts, each once, no theme", () => {
    const bytes = rezip();
    const names = inflatedDuring(() => {
      const loaded = returnFromBytes(bytes, { file: "mau2-phuong-3.xlsx" }, CAMPAIGN);
      expect(loaded.kind).toBe("read");
    });
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([
      "_rels/.rels",
      "docProps/app.xml",
      "docProps/core.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    // What is in the zip and never inflated.
    expect(Object.keys(template)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "xl/theme/theme1.xml"])
    );
  });

  test("damaged or gigantic parts a return does not need never stop it being read", () => {
    const bytes = rezip(UNNEEDED);
    const names = inflatedDuring(() => {
      const loaded = returnFromBytes(bytes, { file: "mau2-phuong-3.xlsx" }, CAMPAIGN);
      expect(loaded.kind).toBe("read");
      if (loaded.kind !== "read") return;
      expect(loaded.data.unitName).toBe(UNIT.name);
      expect(Object.keys(loaded.data.mau2?.values ?? {}).sort()).toEqual([...INDICATOR_IDS].sort());
    });
    for (const name of Object.keys(UNNEEDED)) expect(names).not.toContain(name);
  });

  test("a sheet left out by sheetFilter is never inflated, however broken or big", () => {
    for (const extra of [brokenEntry, hugeEntry]) {
      const bytes = rezip(
        { "xl/worksheets/sheet9.xml": extra("xl/worksheets/sheet9.xml") },
        withExtraSheet
      );
      const names = inflatedDuring(() => {
        const result = readWorkbook(bytes, { sheetFilter: (name) => name !== "Phụ lục" });
        expect(result.ok).toBe(true);
        if (result.ok)
          expect(result.workbook.sheets.map((s) => s.name)).toEqual(["Mẫu 2", "_TongHop"]);
      });
      expect(names).not.toContain("xl/worksheets/sheet9.xml");
      // Asked for, the same part is inflated (and refused): the filter is what spared it.
      const unfiltered = readWorkbook(bytes);
      expect(unfiltered.ok).toBe(false);
      if (!unfiltered.ok) expect(["corrupt_zip", "too_large"]).toContain(unfiltered.rejection.code);
    }
  });

  test("a filter that keeps one sheet inflates that sheet's part only", () => {
    const names = inflatedDuring(() => {
      const result = readWorkbook(rezip(), { sheetFilter: (name) => name === "_TongHop" });
      expect(result.ok).toBe(true);
    });
    expect(names.filter((name) => name.startsWith("xl/worksheets/"))).toEqual([
      "xl/worksheets/sheet2.xml",
    ]);
  });
});

describe("a merge streams", () => {
  test("what a read return keeps is its extracted data, not the workbook", () => {
    const loaded = returnFromBytes(rezip(), { file: "mau2-phuong-3.xlsx" }, CAMPAIGN);
    expect(loaded.kind).toBe("read");
    // Plain data only: no sheets, rows or byte arrays travel into the merge.
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== "object") return;
      expect(value).not.toBeInstanceOf(Uint8Array);
      expect(value).not.toBeInstanceOf(Map);
      for (const child of Object.values(value)) walk(child);
    };
    walk(loaded);
    expect(JSON.stringify(loaded).length).toBeLessThan(20_000);
    const merged = mergeReturns([loaded as LoadedReturn], CAMPAIGN);
    expect(merged.units.map((u) => u.name)).toEqual([UNIT.name]);
  });
});
