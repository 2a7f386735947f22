import type { WorkbookData } from "../../../src/xlsx/read";
import {
  MAX_CELLS,
  excelSerialToDate,
  getCell,
  listCells,
  readWorkbook,
} from "../../../src/xlsx/read";
import { zipParts } from "../../helpers/xlsx-builder";

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"';

function ods(
  body: string,
  options: { styles?: string; settings?: string; meta?: string; mimetype?: string } = {}
): Uint8Array {
  const content =
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS}>` +
    `<office:automatic-styles>${options.styles ?? ""}</office:automatic-styles>` +
    `<office:body><office:spreadsheet>${options.settings ?? ""}${body}</office:spreadsheet></office:body></office:document-content>`;
  const parts: Record<string, string> = {
    mimetype: options.mimetype ?? "application/vnd.oasis.opendocument.spreadsheet",
    "META-INF/manifest.xml":
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    "content.xml": content,
  };
  if (options.meta) parts["meta.xml"] = options.meta;
  return zipParts(parts);
}

function read(bytes: Uint8Array): WorkbookData {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`expected a workbook, got ${JSON.stringify(result.rejection)}`);
  return result.workbook;
}

const TABLE =
  '<table:table table:name="Mẫu 2" table:style-name="ta1">' +
  '<table:table-column table:number-columns-repeated="1024"/>' +
  '<table:table-row><table:table-cell office:value-type="string" calcext:value-type="string"><text:p>BÁO CÁO</text:p></table:table-cell>' +
  '<table:table-cell table:number-columns-repeated="2"/>' +
  '<table:table-cell office:value-type="float" office:value="12" calcext:value-type="float"><text:p>12</text:p></table:table-cell>' +
  '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>' +
  '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
  '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="float" office:value="7" table:number-columns-repeated="2"><text:p>7</text:p></table:table-cell>' +
  '<table:table-cell table:formula="of:=SUM([.A5:.B5])" office:value-type="float" office:value="14"><text:p>14</text:p></table:table-cell></table:table-row>' +
  '<table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
  "</table:table>";

describe("readWorkbook (ods)", () => {
  it("reads cells, expanding repeated rows and columns that hold values", () => {
    const wb = read(ods(TABLE));
    expect(wb.format).toBe("ods");
    const sheet = wb.sheets[0];
    expect(sheet.name).toBe("Mẫu 2");
    expect(listCells(sheet).map((c) => [c.row, c.col, c.value])).toEqual([
      [1, 1, "BÁO CÁO"],
      [1, 4, 12],
      [5, 1, 7],
      [5, 2, 7],
      [5, 3, 14],
      [6, 1, 7],
      [6, 2, 7],
      [6, 3, 14],
    ]);
    expect(getCell(sheet, "C5")).toEqual({
      row: 5,
      col: 3,
      value: 14,
      kind: "number",
      formula: "SUM([.A5:.B5])",
    });
    expect([sheet.maxRow, sheet.maxCol]).toEqual([6, 4]);
  });

  it("does not allocate for a trailing repeated empty row or a filled row repeated a million times", () => {
    const started = Date.now();
    read(ods(TABLE));
    expect(Date.now() - started).toBeLessThan(200);
    const filled =
      '<table:table table:name="S"><table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>';
    const result = readWorkbook(ods(filled));
    expect(result.ok ? "ok" : result.rejection).toEqual({
      code: "too_large",
      params: { limit: "cells", max: MAX_CELLS },
    });
  });

  it("reads value types: percentage, currency, boolean, date, time, string-value and errors", () => {
    const row =
      "<table:table-row>" +
      '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="currency" office:currency="VND" office:value="1200000"><text:p>1.200.000 ₫</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="date" office:date-value="2017-10-02"><text:p>02/10/2017</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="date" office:date-value="2017-10-02T07:15:00"><text:p>02/10/2017 07:15</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="time" office:time-value="PT07H15M00S"><text:p>07:15</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="string" office:string-value="stored"><text:p>shown</text:p></table:table-cell>' +
      '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>' +
      "</table:table-row>";
    const sheet = read(ods(`<table:table table:name="S">${row}</table:table>`)).sheets[0];
    const cells = listCells(sheet);
    expect(cells.map((c) => [c.kind, c.value])).toEqual([
      ["number", 0.25],
      ["number", 1200000],
      ["boolean", true],
      ["date", 43010],
      ["date", 43010 + 7.25 / 24],
      ["date", 7.25 / 24],
      ["string", "stored"],
      ["error", "#DIV/0!"],
    ]);
    expect(excelSerialToDate(cells[4].value as number, false)).toEqual(
      new Date(Date.UTC(2017, 9, 2, 7, 15))
    );
    expect(cells[7].formula).toBe("1/0");
  });

  it("reads =TRUE() and =FALSE() with float results (LibreOffice-imported booleans) as booleans", () => {
    const row =
      '<table:table-row><table:table-cell table:formula="of:=TRUE()" office:value-type="float" office:value="1"><text:p>TRUE</text:p></table:table-cell>' +
      '<table:table-cell table:formula="of:=FALSE()" office:value-type="float" office:value="0"><text:p>FALSE</text:p></table:table-cell></table:table-row>';
    const cells = listCells(
      read(ods(`<table:table table:name="S">${row}</table:table>`)).sheets[0]
    );
    expect(cells.map((c) => [c.kind, c.value, c.formula])).toEqual([
      ["boolean", true, "TRUE()"],
      ["boolean", false, "FALSE()"],
    ]);
  });

  it("reads text with several paragraphs, spans, spaces, tabs and entities, leaving comments out", () => {
    const cell =
      '<table:table-cell office:value-type="string"><office:annotation><text:p>a comment</text:p></office:annotation>' +
      '<text:p>Kế <text:span text:style-name="T1">hoạch</text:span><text:s text:c="3"/>x<text:tab/>y &amp; z</text:p>' +
      '<text:p>dòng<text:line-break/>hai <text:a xlink:href="http://x">link</text:a></text:p><text:p/></table:table-cell>';
    const sheet = read(
      ods(`<table:table table:name="S"><table:table-row>${cell}</table:table-row></table:table>`)
    ).sheets[0];
    expect(getCell(sheet, "A1")?.value).toBe("Kế hoạch   x\ty & z\ndòng\nhai link\n");
  });

  it("reads hidden sheets from the table style", () => {
    const styles =
      '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
      '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
    const body =
      '<table:table table:name="Shown" table:style-name="ta1"><table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>' +
      '<table:table table:name="Meta" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>mau2</text:p></table:table-cell></table:table-row></table:table>';
    const wb = read(ods(body, { styles }));
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Shown", "visible"],
      ["Meta", "hidden"],
    ]);
  });

  it("reads merged cells from spans and keeps columns after covered cells in place", () => {
    const row =
      '<table:table-row><table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="2" office:value-type="string"><text:p>Tiêu đề</text:p></table:table-cell>' +
      '<table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="5"/></table:table-row>';
    const sheet = read(ods(`<table:table table:name="S">${row}</table:table>`)).sheets[0];
    expect(sheet.merges).toEqual(["A1:C2"]);
    expect(getCell(sheet, "D1")?.value).toBe(5);
  });

  it("reads named ranges as defined names", () => {
    const body =
      '<table:table table:name="Mẫu 2"><table:table-row><table:table-cell/></table:table-row>' +
      '<table:named-expressions><table:named-range table:name="local_one" table:base-cell-address="$\'Mẫu 2\'.$A$1" table:cell-range-address="$\'Mẫu 2\'.$B$2"/></table:named-expressions></table:table>' +
      "<table:named-expressions>" +
      '<table:named-range table:name="ke_hoach" table:base-cell-address="$\'Mẫu 2\'.$A$1" table:cell-range-address="$\'Mẫu 2\'.$C$14"/>' +
      '<table:named-range table:name="block" table:base-cell-address="$Data.$A$1" table:cell-range-address="$\'Unit\'\'s\'.$A$1:.$B$3"/>' +
      '<table:named-expression table:name="k" table:base-cell-address="$Data.$A$1" table:expression="of:=1+1"/>' +
      "</table:named-expressions>";
    expect(read(ods(body)).definedNames).toEqual([
      {
        name: "local_one",
        sheet: "Mẫu 2",
        ref: "$B$2",
        localSheetIndex: 0,
        localSheet: "Mẫu 2",
        raw: "$'Mẫu 2'.$B$2",
      },
      { name: "ke_hoach", sheet: "Mẫu 2", ref: "$C$14", raw: "$'Mẫu 2'.$C$14" },
      { name: "block", sheet: "Unit's", ref: "$A$1:$B$3", raw: "$'Unit''s'.$A$1:.$B$3" },
      { name: "k", ref: "of:=1+1", raw: "of:=1+1" },
    ]);
  });

  it("uses the null date of the document for date serials", () => {
    const settings =
      '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>';
    const body =
      '<table:table table:name="S"><table:table-row><table:table-cell office:value-type="date" office:date-value="2022-10-03"/></table:table-row></table:table>';
    const wb = read(ods(body, { settings }));
    expect(wb.date1904).toBe(true);
    expect(excelSerialToDate(getCell(wb.sheets[0], "A1")?.value as number, true)).toEqual(
      new Date(Date.UTC(2022, 9, 3))
    );
  });

  it("reads the modified time and generator from meta.xml", () => {
    const meta =
      '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      "<office:meta><meta:creation-date>2022-10-01T08:00:00.123456789</meta:creation-date><dc:date>2022-10-12T16:30:00.123456789</dc:date><meta:generator>LibreOffice/7.6$Linux_X86_64</meta:generator></office:meta></office:document-meta>";
    const wb = read(ods('<table:table table:name="S"/>', { meta }));
    expect(wb.modified).toEqual(new Date(Date.UTC(2022, 9, 12, 16, 30, 0, 123)));
    expect(wb.application).toBe("LibreOffice/7.6$Linux_X86_64");
    expect(wb.sheets).toEqual([
      { name: "S", state: "visible", rows: new Map(), maxRow: 0, maxCol: 0, merges: [] },
    ]);
  });

  it("applies the sheet filter", () => {
    const body =
      '<table:table table:name="A"><table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>' +
      TABLE;
    const result = readWorkbook(ods(body), { sheetFilter: (name) => name !== "A" });
    expect(result.ok && result.workbook.sheets.map((s) => s.name)).toEqual(["Mẫu 2"]);
  });

  it("rejects an ODS without content.xml and a DOCTYPE in content.xml", () => {
    const noContent = zipParts({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "meta.xml": "<x/>",
    });
    expect(readWorkbook(noContent)).toEqual({ ok: false, rejection: { code: "not_a_workbook" } });
    const doctype = ods('<!DOCTYPE x [<!ENTITY a "b">]><table:table table:name="S"/>');
    expect(readWorkbook(doctype)).toEqual({
      ok: false,
      rejection: { code: "malformed_xml", params: { part: "content.xml" } },
    });
  });
});
