/**
 * The CLI reads with Node's zlib instead of fflate: it must give the same workbooks and
 * refuse the same damaged files.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { zlibInflate } from "../../src/cli/zlib";
import { readWorkbook } from "../../src/xlsx/read";
import { writeZip, zipEntry } from "../../src/xlsx/zip-writer";
import { xlsxParts } from "../helpers/xlsx-builder";

const EXAMPLES = path.join(__dirname, "../../examples/huong-thuy-2017");
const utf8 = new TextEncoder();
const DATE = new Date(2017, 9, 1);

/** A workbook zip whose sheet entry may lie about its size or carry damaged data. */
function workbookZip(
  sheetText: (xml: string) => string,
  edit: (entry: ReturnType<typeof zipEntry>) => ReturnType<typeof zipEntry> = (e) => e
): Uint8Array {
  const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1 } }] });
  const sheet = "xl/worksheets/sheet1.xml";
  const entries = Object.entries(parts).map(([name, text]) => {
    const entry = zipEntry(name, utf8.encode(name === sheet ? sheetText(text) : text));
    return name === sheet ? edit(entry) : entry;
  });
  return writeZip(entries, DATE);
}

describe("reading with Node's zlib", () => {
  it("gives the same workbook data as fflate for every example", () => {
    const files = readdirSync(EXAMPLES).filter(
      (name) => name.endsWith(".xlsx") || name.endsWith(".ods")
    );
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const bytes = readFileSync(path.join(EXAMPLES, name));
      expect({ name, result: readWorkbook(bytes, { inflate: zlibInflate }) }).toEqual({
        name,
        result: readWorkbook(bytes),
      });
    }
  });

  it("refuses a part that inflates to more than it declares, without inflating it all", () => {
    const lying = workbookZip(
      (xml) => xml.replace("<sheetData>", `<sheetData>${" ".repeat(2_000_000)}`),
      (entry) => ({ ...entry, size: 1000 })
    );
    expect(readWorkbook(lying, { inflate: zlibInflate })).toEqual({
      ok: false,
      rejection: { code: "corrupt_zip", params: { part: "xl/worksheets/sheet1.xml" } },
    });
  });

  it("refuses damaged deflate data and data cut short", () => {
    const damaged = workbookZip(
      (xml) => xml,
      (entry) => ({ ...entry, data: entry.data.map(() => 0xff) })
    );
    const short = workbookZip(
      (xml) => xml,
      (entry) => ({ ...entry, data: entry.data.subarray(0, entry.data.length >> 1) })
    );
    for (const bytes of [damaged, short]) {
      expect(readWorkbook(bytes, { inflate: zlibInflate })).toEqual({
        ok: false,
        rejection: { code: "corrupt_zip", params: { part: "xl/worksheets/sheet1.xml" } },
      });
    }
  });
});
