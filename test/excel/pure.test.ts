import {
  GENERAL_FORMAT,
  TEXT_FORMAT,
  characterWidthToPoints,
  insertionNames,
  renamesAnything,
  textWrite,
} from "../../src/excel";
import {
  keyValueRows,
  layoutNames,
  mergeMetadata,
  validationRuleFor,
} from "../../src/excel/form-sheet";
import { normalizeCell, recordsFrom, strongestMarks } from "../../src/excel/marks";
import { bandsBySize, jsonValueBytes, packBySize, utf8Length } from "../../src/excel/payload";
import { areasOf, cellFrom, definedNameFrom, readBands } from "../../src/excel/read-sheet";
import { cellWrite, renameSheetReferences } from "../../src/excel/summary-sheets";
import { HUONG_THUY_2017, layoutMau1, type TemplateMetadata } from "../../src/core";

describe("textWrite", () => {
  it("writes text Excel would take for a formula behind the prefix, in a General cell", () => {
    const prefixed = (text: string) => ({ value: `'${text}`, format: GENERAL_FORMAT });
    expect(textWrite('=HYPERLINK("http://x","y")')).toEqual(prefixed('=HYPERLINK("http://x","y")'));
    expect(textWrite("+84 123")).toEqual(prefixed("+84 123"));
    expect(textWrite("- Tờ rơi")).toEqual(prefixed("- Tờ rơi"));
    expect(textWrite("@abc")).toEqual(prefixed("@abc"));
    expect(textWrite("'quoted")).toEqual(prefixed("'quoted"));
  });

  it("writes other text as it is, in a Text cell", () => {
    for (const text of ["Phường Phú Bài", "1.200", "02/10", " =1"])
      expect(textWrite(text)).toEqual({ value: text, format: TEXT_FORMAT });
    expect(TEXT_FORMAT).toBe("@");
  });
});

describe("payload sizes", () => {
  it("counts UTF-8 bytes", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("Mẫu")).toBe(5);
    expect(utf8Length("😀")).toBe(4);
    expect(jsonValueBytes('a"b')).toBeGreaterThanOrEqual(JSON.stringify('a"b').length + 1);
    expect(jsonValueBytes(12.5)).toBe(5);
  });

  it("cuts rows into bands within a budget", () => {
    expect(bandsBySize([5, 5, 5], 10)).toEqual([
      { first: 1, last: 2 },
      { first: 3, last: 3 },
    ]);
    expect(bandsBySize([50, 1], 10)).toEqual([
      { first: 1, last: 1 },
      { first: 2, last: 2 },
    ]);
    expect(bandsBySize([], 10)).toEqual([]);
  });

  it("packs items into groups within a budget", () => {
    expect(packBySize([4, 4, 4, 20, 1], (n) => n, 10)).toEqual([[4, 4], [4], [20], [1]]);
  });
});

describe("form helpers", () => {
  it("converts character widths to points", () => {
    expect(characterWidthToPoints(30)).toBe(161.25);
  });

  it("maps input rules to Office.js validation rules", () => {
    expect(validationRuleFor({ kind: "count" })).toEqual({
      wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(validationRuleFor({ kind: "date", start: "2017-10-02", end: "2017-10-08" })).toEqual({
      date: { formula1: "2017-10-02", formula2: "2017-10-08", operator: "Between" },
    });
    expect(validationRuleFor({ kind: "time" })?.time?.operator).toBe("Between");
    expect(validationRuleFor({ kind: "text" })).toBeUndefined();
  });

  it("lists a layout's names, inputs and ranges", () => {
    const names = layoutNames(layoutMau1(HUONG_THUY_2017));
    expect(names).toEqual([
      { name: "lich_hoat_dong", address: expect.stringMatching(/^A\d+:F\d+$/) },
    ]);
  });

  it("reads key/value rows from column A and B only", () => {
    expect(
      keyValueRows(
        [
          ["schema", "x"],
          ["", "y"],
          [" year ", 2017],
        ],
        0
      )
    ).toEqual([
      ["schema", "x"],
      ["year", "2017"],
    ]);
    expect(keyValueRows([["schema", "x"]], 1)).toEqual([]);
  });

  it("keeps the sheets of other forms of the same campaign and unit that still exist", () => {
    const meta = (
      sheets: TemplateMetadata["sheets"],
      unit = "Phường Phú Bài"
    ): TemplateMetadata => ({
      schema: "tonghop-template",
      templateVersion: "1",
      campaign: "huong-thuy-2017",
      year: 2017,
      unit,
      sheets,
    });
    const previous = meta({ mau1: "Mẫu 1", mau2: "Mẫu 2" });
    expect(
      mergeMetadata(previous, meta({ mau2: "Mẫu 2" }), "mau2", "Mẫu 2 (2)", ["Mẫu 1", "Mẫu 2"])
        .sheets
    ).toEqual({
      mau1: "Mẫu 1",
      mau2: "Mẫu 2 (2)",
    });
    expect(
      mergeMetadata(previous, meta({ mau2: "Mẫu 2" }), "mau2", "Mẫu 2", ["Mẫu 2"]).sheets
    ).toEqual({
      mau2: "Mẫu 2",
    });
    expect(
      mergeMetadata(previous, meta({ mau2: "Mẫu 2" }, "Xã Thủy Vân"), "mau2", "Mẫu 2 (2)", [
        "Mẫu 1",
      ]).sheets
    ).toEqual({ mau2: "Mẫu 2 (2)" });
  });
});

describe("reading helpers", () => {
  it("tells a formula from text that begins with =", () => {
    expect(cellFrom(1, 1, 3, "=1+2", "General", "Integer")).toEqual({
      row: 1,
      col: 1,
      value: 3,
      kind: "number",
      formula: "1+2",
    });
    expect(cellFrom(1, 1, "=abc", "=abc", "@", "String")).toEqual({
      row: 1,
      col: 1,
      value: "=abc",
      kind: "string",
      numFmt: "@",
    });
  });

  it("gives dates, errors, booleans and blanks their kinds", () => {
    expect(cellFrom(2, 3, 43010, 43010, "dd/mm/yyyy", "Integer")?.kind).toBe("date");
    expect(cellFrom(2, 3, "#DIV/0!", "=1/0", "General", "Error")?.kind).toBe("error");
    expect(cellFrom(2, 3, true, true, "General", "Boolean")?.kind).toBe("boolean");
    expect(cellFrom(2, 3, "", "", "General", "Empty")).toBeUndefined();
    expect(cellFrom(2, 3, "", '=IF(1,"","")', "General", "String")).toMatchObject({
      kind: "string",
      value: "",
    });
  });

  it("parses merged areas and defined names", () => {
    expect(areasOf("'Mẫu 2'!A1:C1, 'Mẫu 2'!$D$1:$F$2")).toEqual(["A1:C1", "D1:F2"]);
    expect(areasOf("Sheet1!B2:C3")).toEqual(["B2:C3"]);
    expect(definedNameFrom("ke_hoach", "'Mẫu 2'!$C$15", true)).toEqual({
      name: "ke_hoach",
      sheet: "Mẫu 2",
      ref: "$C$15",
      raw: "'Mẫu 2'!$C$15",
    });
  });

  it("reads large used ranges in bands of rows", () => {
    expect(readBands(50, 4, 20_000)).toEqual([{ offset: 0, count: 50 }]);
    expect(readBands(10, 4, 12)).toEqual([
      { offset: 0, count: 3 },
      { offset: 3, count: 3 },
      { offset: 6, count: 3 },
      { offset: 9, count: 1 },
    ]);
  });
});

describe("summary helpers", () => {
  it("writes strings as text, numbers with their format, formulas as formulas", () => {
    const none = new Map<string, string>();
    expect(cellWrite({ row: 1, col: 1, value: "=x", kind: "string" }, none)).toEqual({
      value: "'=x",
      format: "General",
    });
    expect(cellWrite({ row: 1, col: 1, value: 5, kind: "number", numFmt: "#,##0" }, none)).toEqual({
      value: 5,
      format: "#,##0",
    });
    expect(
      cellWrite({ row: 1, col: 1, value: 5, kind: "number", formula: "SUM('Dữ liệu'!C2:C3)" }, none)
    ).toEqual({ value: "", format: "General", formula: "=SUM('Dữ liệu'!C2:C3)" });
    expect(cellWrite(undefined, none)).toEqual({ value: "", format: "General" });
  });

  it("points formulas at renamed sheets", () => {
    const renames = new Map([
      ["Dữ liệu", "Dữ liệu (2)"],
      ["Data", "Data (2)"],
    ]);
    expect(renameSheetReferences("SUM('Dữ liệu'!$C$2:$C$9)+Data!A1+Other!B2", renames)).toBe(
      "SUM('Dữ liệu (2)'!$C$2:$C$9)+'Data (2)'!A1+Other!B2"
    );
  });
});

describe("mark helpers", () => {
  it("keeps the strongest severity per cell, whatever the spelling", () => {
    const marks = strongestMarks([
      { cell: "c14", severity: "warning" },
      { cell: "$C$14", severity: "error" },
      { cell: "C14", severity: "warning" },
      { cell: "D2", severity: "warning" },
    ]);
    expect([...marks]).toEqual([
      ["C14", "error"],
      ["D2", "warning"],
    ]);
    expect(normalizeCell("$a$1")).toBe("A1");
  });

  it("ignores what does not look like stored marks", () => {
    expect(recordsFrom("x")).toEqual({});
    expect(recordsFrom({ a: [{ cell: "A1", fill: null }, { cell: 1 }], b: "x" })).toEqual({
      a: [{ cell: "A1", fill: null }],
    });
  });
});

describe("insertionNames", () => {
  const file = {
    sheets: ["Tổng hợp", "Dữ liệu"],
    tables: ["DuLieu"],
    names: ["ke_hoach", "to_roi"],
  };

  it("keeps every name of the file where the workbook has none of them", () => {
    const names = insertionNames(
      { sheets: ["Sheet1"], tables: [], names: ["TongHop_Marked_1"] },
      file
    );
    expect(renamesAnything(names)).toBe(false);
    expect([...names.sheets.values()]).toEqual(["Tổng hợp", "Dữ liệu"]);
    expect(names.tables.get("DuLieu")).toBe("DuLieu");
    expect(names.omitNames).toEqual([]);
  });

  it("moves taken sheet and table names aside and leaves out taken defined names, in any case", () => {
    const names = insertionNames(
      { sheets: ["tổng hợp", "Tổng hợp (2)"], tables: ["dulieu"], names: ["DuLieu_2", "KE_HOACH"] },
      file
    );
    expect(renamesAnything(names)).toBe(true);
    expect(names.sheets.get("Tổng hợp")).toBe("Tổng hợp (3)");
    expect(names.sheets.get("Dữ liệu")).toBe("Dữ liệu");
    // A table name must be free of tables and defined names alike.
    expect(names.tables.get("DuLieu")).toBe("DuLieu_3");
    expect(names.omitNames).toEqual(["ke_hoach"]);
  });
});
