import { strToU8 } from "fflate";
import type { Cell, SheetData, WorkbookData } from "../../../src/xlsx/read";
import { excelSerialToDate, getCell, listCells, readWorkbook } from "../../../src/xlsx/read";
import type { CellSpec, WorkbookSpec } from "../../helpers/xlsx-builder";
import { buildXlsx, xlsxParts, zipParts } from "../../helpers/xlsx-builder";

function read(bytes: Uint8Array, options?: Parameters<typeof readWorkbook>[1]): WorkbookData {
  const result = readWorkbook(bytes, options);
  if (!result.ok) throw new Error(`expected a workbook, got ${JSON.stringify(result.rejection)}`);
  return result.workbook;
}

function values(sheet: SheetData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of listCells(sheet)) out[`${c.row},${c.col}`] = c.value;
  return out;
}

function cell(sheet: SheetData, a1: string): Cell {
  const c = getCell(sheet, a1);
  if (!c) throw new Error(`no cell at ${a1}`);
  return c;
}

const FORM: WorkbookSpec = {
  sheets: [
    {
      name: "Mẫu 2",
      cells: {
        A1: "BÁO CÁO KẾT QUẢ",
        A14: "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ",
        C14: 12,
        A15: "  spaced  ",
        C15: "1.200",
        C16: true,
        C17: { error: "#DIV/0!" },
        C18: -2.5,
      },
    },
  ],
};

describe("readWorkbook (xlsx)", () => {
  it("reads numbers, strings, booleans and errors with their kinds", () => {
    const sheet = read(buildXlsx(FORM)).sheets[0];
    expect(sheet.name).toBe("Mẫu 2");
    expect(cell(sheet, "C14")).toEqual({ row: 14, col: 3, value: 12, kind: "number" });
    expect(cell(sheet, "A14")).toMatchObject({
      value: "1. Kế hoạch tổ chức Tuần lễ HƯHTSĐ",
      kind: "string",
    });
    expect(cell(sheet, "C15")).toMatchObject({ value: "1.200", kind: "string" });
    expect(cell(sheet, "C16")).toMatchObject({ value: true, kind: "boolean" });
    expect(cell(sheet, "C17")).toMatchObject({ value: "#DIV/0!", kind: "error" });
    expect(cell(sheet, "C18").value).toBe(-2.5);
    expect(sheet.maxRow).toBe(18);
    expect(sheet.maxCol).toBe(3);
  });

  it("keeps text exactly as written, spaces included", () => {
    const sheet = read(buildXlsx(FORM)).sheets[0];
    expect(cell(sheet, "A15").value).toBe("  spaced  ");
  });

  it("reads shared and inline strings alike", () => {
    const shared = read(buildXlsx({ ...FORM, strings: "shared" })).sheets[0];
    const inline = read(buildXlsx({ ...FORM, strings: "inline" })).sheets[0];
    expect(values(inline)).toEqual(values(shared));
    expect(cell(inline, "A1").value).toBe("BÁO CÁO KẾT QUẢ");
  });

  it("joins rich text runs", () => {
    for (const strings of ["shared", "inline"] as const) {
      const sheet = read(
        buildXlsx({
          strings,
          sheets: [
            {
              name: "S",
              cells: {
                B2: { rich: [{ t: "Số lớp ", b: true }, "kỹ năng", { t: " sống", i: true }] },
              },
            },
          ],
        })
      ).sheets[0];
      expect(cell(sheet, "B2")).toMatchObject({ value: "Số lớp kỹ năng sống", kind: "string" });
    }
  });

  it("leaves phonetic runs out of rich text", () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: "x" } }] });
    parts["xl/sharedStrings.xml"] =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si></sst>';
    expect(cell(read(zipParts(parts)).sheets[0], "A1").value).toBe("漢字");
  });

  it("decodes XML entities, character references and _xHHHH_ escapes", () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: "x", A2: { inline: "y" } } }] });
    parts["xl/sharedStrings.xml"] =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#7871; &#x1EA1; &unknown; A_x000D_B _x005F_x0041_</t></si></sst>';
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
      "<t>y</t>",
      '<t xml:space="preserve"> tab_x0009_end </t>'
    );
    const sheet = read(zipParts(parts)).sheets[0];
    expect(cell(sheet, "A1").value).toBe("a & b <c> \"d\" 'e' ế ạ &unknown; A\rB _x0041_");
    expect(cell(sheet, "A2").value).toBe(" tab\tend ");
  });

  it("round-trips control characters and look-alike escapes written by the builder", () => {
    const text = "line1\u0001_x0041_ & <tag>";
    const sheet = read(
      buildXlsx({ sheets: [{ name: "S", cells: { A1: text, A2: { inline: text } } }] })
    ).sheets[0];
    expect(cell(sheet, "A1").value).toBe(text);
    expect(cell(sheet, "A2").value).toBe(text);
  });

  it("keeps the formula and uses the cached value", () => {
    const sheet = read(
      buildXlsx({
        sheets: [
          {
            name: "S",
            cells: {
              A1: 10,
              A2: 20,
              A3: { f: "SUM(A1:A2)", v: 30 },
              A4: { f: 'IF(A1>5,"lớn","nhỏ")', v: "lớn" },
              A5: { f: "A1>5", v: true },
              A6: { f: "NOW()" },
            },
          },
        ],
      })
    ).sheets[0];
    expect(cell(sheet, "A3")).toEqual({
      row: 3,
      col: 1,
      value: 30,
      kind: "number",
      formula: "SUM(A1:A2)",
    });
    expect(cell(sheet, "A4")).toMatchObject({
      value: "lớn",
      kind: "string",
      formula: 'IF(A1>5,"lớn","nhỏ")',
    });
    expect(cell(sheet, "A5")).toMatchObject({ value: true, kind: "boolean" });
    expect(cell(sheet, "A6")).toMatchObject({ value: null, kind: "empty", formula: "NOW()" });
  });

  it("gives cells of a shared formula their cached values and shifted formulas", () => {
    const sheet = read(
      buildXlsx({
        sheets: [
          {
            name: "S",
            cells: {
              A1: 1,
              A2: 2,
              A3: 3,
              B1: { f: "A1*2+$A$1", v: 3, si: 0, ref: "B1:B3" },
              B2: { shared: 0, v: 5 },
              B3: { shared: 0, v: 7 },
              C1: { f: "'Mẫu 2'!C14+\"A1\"+Sheet1!A1+LOG10(A1)", v: 0, si: 1, ref: "C1:D1" },
              D1: { shared: 1, v: 0 },
            },
          },
        ],
      })
    ).sheets[0];
    expect(cell(sheet, "B2")).toMatchObject({ value: 5, kind: "number", formula: "A2*2+$A$1" });
    expect(cell(sheet, "B3")).toMatchObject({ value: 7, formula: "A3*2+$A$1" });
    expect(cell(sheet, "D1").formula).toBe("'Mẫu 2'!D14+\"A1\"+Sheet1!B1+LOG10(B1)");
  });

  it("counts a shared-formula cell without a master as a formula", () => {
    const sheet = read(buildXlsx({ sheets: [{ name: "S", cells: { B2: { shared: 9, v: 4 } } }] }))
      .sheets[0];
    expect(cell(sheet, "B2")).toMatchObject({ value: 4, kind: "number", formula: "" });
  });

  it("marks number cells with date formats as dates and keeps the serial", () => {
    const day = new Date(Date.UTC(2017, 9, 2));
    const time = new Date(Date.UTC(2017, 9, 2, 7, 15));
    const sheet = read(
      buildXlsx({
        sheets: [
          {
            name: "S",
            cells: {
              A1: { date: day },
              A2: { date: time, numFmt: "dd/mm/yyyy hh:mm" },
              A3: { date: 0.3125, numFmt: 20 },
              A4: { v: 7, numFmt: '0 "ngày"' },
              A5: { v: 7, numFmt: "[Red]#,##0" },
              A6: { v: 43010, numFmt: "[$-42A]d mmmm yyyy" },
              A7: { v: 1.5, numFmt: "[h]:mm" },
              A8: { v: 3, numFmt: "#,##0" },
            },
          },
        ],
      })
    ).sheets[0];
    expect(cell(sheet, "A1")).toMatchObject({ value: 43010, kind: "date", numFmt: "mm-dd-yy" });
    expect(excelSerialToDate(cell(sheet, "A1").value as number, false)).toEqual(day);
    expect(cell(sheet, "A2")).toMatchObject({ kind: "date", numFmt: "dd/mm/yyyy hh:mm" });
    expect(excelSerialToDate(cell(sheet, "A2").value as number, false)).toEqual(time);
    expect(cell(sheet, "A3")).toMatchObject({ value: 0.3125, kind: "date", numFmt: "h:mm" });
    expect(cell(sheet, "A4")).toMatchObject({ kind: "number", numFmt: '0 "ngày"' });
    expect(cell(sheet, "A5").kind).toBe("number");
    expect(cell(sheet, "A6").kind).toBe("date");
    expect(cell(sheet, "A7").kind).toBe("date");
    expect(cell(sheet, "A8")).toMatchObject({ kind: "number", numFmt: "#,##0" });
  });

  it("reads the 1904 date system", () => {
    const day = new Date(Date.UTC(2022, 9, 3));
    const wb1900 = read(buildXlsx({ sheets: [{ name: "S", cells: { A1: { date: day } } }] }));
    const wb1904 = read(
      buildXlsx({ date1904: true, sheets: [{ name: "S", cells: { A1: { date: day } } }] })
    );
    expect(wb1900.date1904).toBe(false);
    expect(wb1904.date1904).toBe(true);
    const s1900 = cell(wb1900.sheets[0], "A1").value as number;
    const s1904 = cell(wb1904.sheets[0], "A1").value as number;
    expect(s1900 - s1904).toBe(1462);
    expect(excelSerialToDate(s1904, true)).toEqual(day);
    expect(excelSerialToDate(s1900, false)).toEqual(day);
  });

  it('accepts date1904="true"', () => {
    const parts = xlsxParts({ date1904: true, sheets: [{ name: "S", cells: { A1: 1 } }] });
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace('date1904="1"', 'date1904="true"');
    expect(read(zipParts(parts)).date1904).toBe(true);
  });

  it('reads t="d" ISO dates as date serials', () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
      '<c r="A1"><v>1</v></c>',
      '<c r="A1" t="d"><v>2017-10-02T07:30:00Z</v></c>'
    );
    expect(cell(read(zipParts(parts)).sheets[0], "A1")).toMatchObject({
      value: 43010.3125,
      kind: "date",
    });
  });

  it("reads sheet order, names and hidden states", () => {
    const wb = read(
      buildXlsx({
        sheets: [
          { name: "Mẫu 1", cells: { A1: 1 } },
          { name: "Ẩn", state: "hidden", cells: { A1: 2 } },
          { name: "_meta", state: "veryHidden", cells: { A1: "mau2" } },
          { name: "Unit's & <form>", cells: { A1: 4 } },
        ],
      })
    );
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Mẫu 1", "visible"],
      ["Ẩn", "hidden"],
      ["_meta", "veryHidden"],
      ["Unit's & <form>", "visible"],
    ]);
    expect(wb.sheets.map((s) => getCell(s, "A1")?.value)).toEqual([1, 2, "mau2", 4]);
  });

  it("reads defined names with quoted sheet names, local scope and ranges", () => {
    const wb = read(
      buildXlsx({
        sheets: [
          { name: "Mẫu 2", cells: { C14: 12 } },
          { name: "Unit's form", cells: {} },
          { name: "Data", cells: {} },
        ],
        definedNames: [
          { name: "ke_hoach", ref: "'Mẫu 2'!$C$14" },
          { name: "quoted", ref: "'Unit''s form'!$A$1:$B$3", localSheetId: 1 },
          { name: "plain", ref: "Data!$B$2" },
          { name: "_meta", ref: '"mau2|v1"', hidden: true },
          { name: "broken", ref: "#REF!" },
          { name: "cols", ref: "Data!$A:$C" },
        ],
      })
    );
    expect(wb.definedNames).toEqual([
      { name: "ke_hoach", sheet: "Mẫu 2", ref: "$C$14", raw: "'Mẫu 2'!$C$14" },
      {
        name: "quoted",
        sheet: "Unit's form",
        ref: "$A$1:$B$3",
        localSheetIndex: 1,
        localSheet: "Unit's form",
        raw: "'Unit''s form'!$A$1:$B$3",
      },
      { name: "plain", sheet: "Data", ref: "$B$2", raw: "Data!$B$2" },
      { name: "_meta", ref: '"mau2|v1"', hidden: true, raw: '"mau2|v1"' },
      { name: "broken", ref: "#REF!", raw: "#REF!" },
      { name: "cols", sheet: "Data", ref: "$A:$C", raw: "Data!$A:$C" },
    ]);
  });

  it("reads merged ranges", () => {
    const sheet = read(
      buildXlsx({ sheets: [{ name: "S", cells: { A1: "Tiêu đề" }, merges: ["A1:F1", "B3:C4"] }] })
    ).sheets[0];
    expect(sheet.merges).toEqual(["A1:F1", "B3:C4"]);
  });

  it("places cells and rows that have no r attribute after the previous ones", () => {
    const spec: WorkbookSpec = {
      sheets: [{ name: "S", cells: { A1: "a", C1: "c", B3: 3, D3: 4, A5: { f: "B3+D3", v: 7 } } }],
    };
    const expected = values(read(buildXlsx(spec)).sheets[0]);
    const bytes = buildXlsx({ ...spec, omitCellRefs: true, omitRowRefs: true });
    expect(values(read(bytes).sheets[0])).toEqual(expected);
    expect(new TextDecoder().decode(bytes)).not.toContain('r="');
  });

  it("continues after the last explicit cell when r is missing on some cells only", () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<row r="4"><c r="C4"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>'
    );
    expect(values(read(zipParts(parts)).sheets[0])).toEqual({ "4,3": 1, "4,4": 2, "5,1": 3 });
  });

  it("reads elements with namespace prefixes (<x:c>, <x:v>)", () => {
    const plain = read(
      buildXlsx({
        ...FORM,
        sheets: [
          {
            ...FORM.sheets[0],
            cells: { ...FORM.sheets[0].cells, D1: { date: 43010 }, D2: { f: "C14+1", v: 13 } },
          },
        ],
      })
    );
    const prefixed = read(
      buildXlsx({
        ...FORM,
        prefix: "x",
        sheets: [
          {
            ...FORM.sheets[0],
            cells: { ...FORM.sheets[0].cells, D1: { date: 43010 }, D2: { f: "C14+1", v: 13 } },
          },
        ],
      })
    );
    expect(prefixed).toEqual(plain);
    expect(getCell(prefixed.sheets[0], "D1")?.kind).toBe("date");
  });

  it("resolves absolute relationship targets", () => {
    const wb = read(buildXlsx({ ...FORM, absoluteTargets: true }));
    expect(getCell(wb.sheets[0], "C14")?.value).toBe(12);
    expect(getCell(wb.sheets[0], "A1")?.value).toBe("BÁO CÁO KẾT QUẢ");
  });

  it("finds parts whose names differ in letter case from their relationship targets", () => {
    const parts = xlsxParts(FORM);
    parts["xl/worksheets/Sheet1.xml"] = parts["xl/worksheets/sheet1.xml"];
    delete parts["xl/worksheets/sheet1.xml"];
    expect(getCell(read(zipParts(parts)).sheets[0], "C14")?.value).toBe(12);
  });

  it("reads the workbook from wherever the package relationships point", () => {
    const parts = xlsxParts(FORM);
    const moved: Record<string, string> = {};
    for (const [name, text] of Object.entries(parts)) moved[name.replace(/^xl\//, "book/")] = text;
    moved["_rels/.rels"] = parts["_rels/.rels"].replace(
      'Target="xl/workbook.xml"',
      'Target="/book/workbook.xml"'
    );
    expect(getCell(read(zipParts(moved)).sheets[0], "C14")?.value).toBe(12);
  });

  it("reads the modified time and application from the document properties", () => {
    const wb = read(
      buildXlsx({
        ...FORM,
        modified: new Date("2022-10-13T09:00:00Z"),
        application: "Microsoft Excel",
      })
    );
    expect(wb.modified).toEqual(new Date("2022-10-13T09:00:00Z"));
    expect(wb.application).toBe("Microsoft Excel");
    const bare = read(buildXlsx(FORM));
    expect(bare.modified).toBeUndefined();
    expect(bare.application).toBeUndefined();
  });

  it("does not store styled blank cells", () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
      "</row>",
      '<c r="B1" s="0"/><c r="C1" s="0"></c><c r="D1"><v></v></c></row><row r="9" customHeight="1"/>'
    );
    const sheet = read(zipParts(parts)).sheets[0];
    expect(listCells(sheet).map((c) => c.col)).toEqual([1]);
    expect([sheet.maxRow, sheet.maxCol]).toEqual([1, 1]);
  });

  it("ignores comments, processing instructions and CDATA sections the way XML does", () => {
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
      '<c r="A1"><v>1</v></c>',
      '<!-- a <c r="Z9"><v>9</v></c> comment --><?pi x?><c r="A1" t="inlineStr"><is><t>a<![CDATA[<b> & ]]>z</t></is></c>'
    );
    const sheet = read(zipParts(parts)).sheets[0];
    expect(values(sheet)).toEqual({ "1,1": "a<b> & z" });
  });

  it("leaves sheets out when the filter refuses them, without reading their parts", () => {
    const parts = xlsxParts({
      sheets: [
        { name: "Mẫu 1", cells: { A1: 1 } },
        { name: "Mẫu 2", cells: { A1: 2 } },
      ],
    });
    parts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row><c"; // would be malformed_xml if read
    const seen: string[] = [];
    const wb = read(zipParts(parts), {
      sheetFilter: (name) => {
        seen.push(name);
        return name === "Mẫu 2";
      },
    });
    expect(seen).toEqual(["Mẫu 1", "Mẫu 2"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Mẫu 2"]);
  });

  it("reads a UTF-8 BOM and a UTF-16 part", () => {
    const parts: Record<string, string | Uint8Array> = xlsxParts({
      sheets: [{ name: "Mẫu", cells: { A1: "Kế hoạch" } }],
    });
    const sst = parts["xl/sharedStrings.xml"] as string;
    const utf16 = new Uint8Array(2 + sst.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < sst.length; i++) {
      utf16[2 + i * 2] = sst.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = sst.charCodeAt(i) >> 8;
    }
    parts["xl/sharedStrings.xml"] = utf16;
    parts["xl/workbook.xml"] = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...strToU8(parts["xl/workbook.xml"] as string),
    ]);
    const wb = read(zipParts(parts));
    expect(wb.sheets[0].name).toBe("Mẫu");
    expect(getCell(wb.sheets[0], "A1")?.value).toBe("Kế hoạch");
  });

  it("reads a large sheet in linear time", () => {
    const cells: Record<string, CellSpec> = {};
    for (let r = 1; r <= 25_000; r++) {
      cells[`A${r}`] = r;
      cells[`B${r}`] = `label ${r % 500}`;
      cells[`C${r}`] = { f: `A${r}*2`, v: r * 2 };
      cells[`D${r}`] = { inline: `x & y ${r}` };
    }
    const bytes = buildXlsx({ sheets: [{ name: "S", cells }] });
    const started = Date.now();
    const sheet = read(bytes).sheets[0];
    expect(Date.now() - started).toBeLessThan(3000); // ~100 ms; a quadratic scan took minutes
    expect([sheet.maxRow, sheet.maxCol]).toEqual([25_000, 4]);
    expect(cell(sheet, "D25000").value).toBe("x & y 25000");
  });
});
