/**
 * Formulas without a cached result (files written by programs, or saved with manual
 * calculation): the reader computes plain arithmetic and SUM over the same sheet, and leaves
 * everything else as it was (kind `empty`, formula kept) for the extraction to report.
 */
import type { Cell, SheetData, WorkbookData } from "../../../src/xlsx/read";
import { MAX_EVALUATION_DEPTH, getCell, readWorkbook } from "../../../src/xlsx/read";
import type { CellSpec } from "../../helpers/xlsx-builder";
import { buildXlsx, zipParts } from "../../helpers/xlsx-builder";

function read(bytes: Uint8Array, options?: Parameters<typeof readWorkbook>[1]): WorkbookData {
  const result = readWorkbook(bytes, options);
  if (!result.ok) throw new Error(`expected a workbook, got ${JSON.stringify(result.rejection)}`);
  return result.workbook;
}

function bytesOf(cells: Record<string, CellSpec>): Uint8Array {
  return buildXlsx({
    sheets: [
      { name: "S", cells },
      { name: "Sheet2", cells: { A1: 4 } },
    ],
  });
}

function sheetOf(
  cells: Record<string, CellSpec> | Uint8Array,
  options?: Parameters<typeof readWorkbook>[1]
): SheetData {
  return read(cells instanceof Uint8Array ? cells : bytesOf(cells), options).sheets[0];
}

/** The sheet read from `bytes`, and how long the read took in ms. */
function timedRead(bytes: Uint8Array): [SheetData, number] {
  const started = Date.now();
  const sheet = sheetOf(bytes);
  return [sheet, Date.now() - started];
}

function cell(sheet: SheetData, a1: string): Cell {
  const c = getCell(sheet, a1);
  if (!c) throw new Error(`no cell at ${a1}`);
  return c;
}

/** What a formula the reader could not compute looks like: as it was read. */
function uncomputed(formula: string): Partial<Cell> {
  return { value: null, kind: "empty", formula };
}

describe("evaluating formulas without a cached value (xlsx)", () => {
  it("computes =3+2 and marks the cell as evaluated, formula kept", () => {
    const sheet = sheetOf({ A1: { f: "3+2" } });
    expect(cell(sheet, "A1")).toEqual({
      row: 1,
      col: 1,
      value: 5,
      kind: "number",
      formula: "3+2",
      evaluated: true,
    });
  });

  it.each([
    ["2+3*4^2", 50],
    ["(1+2)*3", 9],
    ["10/4", 2.5],
    ["-2^2", 4], // Excel: negation before ^
    ["2^3^2", 64], // Excel: ^ from the left
    ["-(1+2)", -3],
    ["+-+5", -5],
    ["50%*4", 2],
    ["1.5E+3+.5", 1500.5],
    [" 1 + 2 ", 3],
    ["SUM(1,2,3)", 6],
    ["sum(1;2)", Number.NaN], // ';' is not Excel's separator
    ["2*(3+SUM(4,(5)))", 24],
  ])("computes =%s as Excel does", (formula, expected) => {
    const c = cell(sheetOf({ A1: { f: formula } }), "A1");
    if (Number.isNaN(expected)) expect(c).toMatchObject(uncomputed(formula));
    else expect(c).toMatchObject({ value: expected, kind: "number", evaluated: true });
  });

  it("sums cells and ranges with cached values; blanks count 0, text and booleans in ranges are skipped", () => {
    const sheet = sheetOf({
      C3: 12,
      C4: { f: "C3*2", v: 24 },
      C5: "ghi chú",
      C6: true,
      C8: { date: 45931 },
      D1: { f: "SUM(C3:C7)" },
      D2: { f: "SUM($C$3:$C$5,C3,10)" },
      D3: { f: "C7+1" }, // a blank referenced cell is 0
      D4: { f: "SUM(C8)" }, // a date is its serial
      D5: { f: "SUM(C3:C3)+SUM(C9:C1000000)" },
    });
    expect(cell(sheet, "D1")).toMatchObject({ value: 36, kind: "number", evaluated: true });
    expect(cell(sheet, "D2").value).toBe(58);
    expect(cell(sheet, "D3").value).toBe(1);
    expect(cell(sheet, "D4").value).toBe(45931);
    expect(cell(sheet, "D5").value).toBe(12);
    // Cells with cached values are never recomputed.
    expect(cell(sheet, "C4")).toEqual({
      row: 4,
      col: 3,
      value: 24,
      kind: "number",
      formula: "C3*2",
    });
  });

  it("computes uncached formulas that refer to uncached formulas, in any order", () => {
    const sheet = sheetOf({
      A1: { f: "A2+A3" },
      A2: { f: "SUM(B1:B3)" },
      A3: { f: "A4*2" },
      A4: { f: "1+1" },
      B1: 1,
      B2: { f: "B1+1" },
      B3: 3,
    });
    expect(["A1", "A2", "A3", "A4", "B2"].map((a) => cell(sheet, a).value)).toEqual([
      10, 6, 4, 2, 2,
    ]);
    expect(cell(sheet, "B2").evaluated).toBe(true);
  });

  it("keeps the cached value of a formula even when it disagrees with the formula", () => {
    const c = cell(sheetOf({ A1: { f: "3+2", v: 7 } }), "A1");
    expect(c).toEqual({ row: 1, col: 1, value: 7, kind: "number", formula: "3+2" });
  });

  it("does not compute arithmetic on text (=A1*2 where A1 is text)", () => {
    const sheet = sheetOf({ A1: "12", B1: { f: "A1*2" }, A2: true, B2: { f: "A2+1" } });
    expect(cell(sheet, "B1")).toEqual({
      row: 1,
      col: 2,
      value: null,
      kind: "empty",
      formula: "A1*2",
    });
    expect(cell(sheet, "B2")).toMatchObject(uncomputed("A2+1"));
  });

  it("does not compute a cycle (A1=B1, B1=A1), nor what depends on it", () => {
    const sheet = sheetOf({
      A1: { f: "B1" },
      B1: { f: "A1" },
      C1: { f: "C1+1" },
      D1: { f: "A1+1" },
      E1: { f: "SUM(E1:E2)" },
      E2: 3,
    });
    expect(cell(sheet, "A1")).toMatchObject(uncomputed("B1"));
    expect(cell(sheet, "B1")).toMatchObject(uncomputed("A1"));
    expect(cell(sheet, "C1")).toMatchObject(uncomputed("C1+1"));
    expect(cell(sheet, "D1")).toMatchObject(uncomputed("A1+1"));
    expect(cell(sheet, "E1")).toMatchObject(uncomputed("SUM(E1:E2)"));
  });

  it.each([
    ["Sheet2!A1", "another sheet"],
    ["'Sheet2'!A1+1", "another sheet, quoted"],
    ["SUM(Sheet2!A1:A3)", "a range on another sheet"],
    ["[1]S!A1", "another workbook"],
    ["ke_hoach*2", "a defined name"],
    ["ROUND(2.5,0)", "another function"],
    ["TRUE+1", "a boolean"],
    ['"3"+2', "a string literal"],
    ["A1&B1", "concatenation"],
    ["1/0", "a division by zero"],
    ["0^0", "0^0"],
    ["(-8)^(1/3)", "a root of a negative number"],
    ["1E308*10", "an overflow"],
    ["E1+1", "an error value"],
    ["SUM(E1:E2)", "an error value in a range"],
    ["A1:A3", "a range in arithmetic"],
    ["SUM(A:A)", "a whole column"],
    ["SUM()", "SUM without arguments"],
    ["SUM(1,)", "an empty argument"],
    ["1+", "a formula cut short"],
    ["(1+2", "an unclosed parenthesis"],
    ["F1 G1", "an intersection"],
    ["", "an empty formula"],
  ])("does not compute =%s (%s)", (formula, _why) => {
    const sheet = sheetOf({ A1: 1, A2: 2, E1: { error: "#N/A" }, H1: { f: formula } });
    expect(cell(sheet, "H1")).toMatchObject(uncomputed(formula));
    expect(cell(sheet, "H1").evaluated).toBeUndefined();
  });

  it("computes references to its own sheet by name", () => {
    const sheet = sheetOf({ A1: 2, B1: { f: "S!A1*3" }, B2: { f: "SUM('S'!A1:A1)+s!$A$1" } });
    expect(cell(sheet, "B1").value).toBe(6);
    expect(cell(sheet, "B2").value).toBe(4);
  });

  it("computes the cells of a shared formula that hold no cached value", () => {
    const sheet = sheetOf({
      A1: 1,
      A2: 2,
      A3: 3,
      B1: { f: "A1*10", si: 0, ref: "B1:B3" },
      B2: { shared: 0 },
      B3: { shared: 0 },
    });
    expect(["B1", "B2", "B3"].map((a) => [cell(sheet, a).formula, cell(sheet, a).value])).toEqual([
      ["A1*10", 10],
      ["A2*10", 20],
      ["A3*10", 30],
    ]);
  });

  it("gives up quickly on a chain deeper than the depth limit", () => {
    const cells: Record<string, CellSpec> = {};
    const n = 10_000;
    for (let r = 1; r < n; r++) cells[`A${r}`] = { f: `A${r + 1}+1` };
    cells[`A${n}`] = 1;
    const [sheet, ms] = timedRead(bytesOf(cells));
    expect(ms).toBeLessThan(1_000);
    expect(cell(sheet, "A1")).toMatchObject(uncomputed("A2+1"));
    expect(cell(sheet, `A${n - 1}`)).toMatchObject(uncomputed(`A${n}+1`));
    // Well within the limit, the same chain is computed.
    const short: Record<string, CellSpec> = { A50: 1 };
    for (let r = 1; r < 50; r++) short[`A${r}`] = { f: `A${r + 1}+1` };
    expect(cell(sheetOf(short), "A1").value).toBe(50);
    expect(MAX_EVALUATION_DEPTH).toBeGreaterThan(50);
  });

  it("gives up quickly on parentheses nested deeper than the depth limit", () => {
    const deep = `${"(".repeat(100_000)}1${")".repeat(100_000)}`;
    const [sheet, ms] = timedRead(bytesOf({ A1: { f: deep }, A2: { f: "((((1))))+1" } }));
    expect(ms).toBeLessThan(1_000);
    expect(cell(sheet, "A1").kind).toBe("empty");
    // The evaluation stopped at A1, so A2 (after it) is left too.
    expect(cell(sheet, "A2").kind).toBe("empty");
  });

  it("stops at the step budget: thousands of sums over a large sheet take no time", () => {
    const cells: Record<string, CellSpec> = {};
    for (let r = 1; r <= 5_000; r++) cells[`A${r}`] = r;
    for (let r = 1; r <= 2_000; r++) cells[`B${r}`] = { f: "SUM(A1:A1048576)" };
    const [sheet, ms] = timedRead(bytesOf(cells));
    expect(ms).toBeLessThan(1_000);
    expect(cell(sheet, "B1")).toMatchObject({ value: (5_000 * 5_001) / 2, evaluated: true });
    expect(cell(sheet, "B2000")).toMatchObject(uncomputed("SUM(A1:A1048576)"));
  });

  it("takes the step budget from the read limits", () => {
    const cells: Record<string, CellSpec> = { A1: 1, A2: 2, B1: { f: "SUM(A1:A2)" } };
    expect(cell(sheetOf(cells), "B1").value).toBe(3);
    expect(cell(sheetOf(cells, { limits: { maxEvaluationSteps: 5 } }), "B1").kind).toBe("empty");
  });
});

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3"';

function ods(tables: string): Uint8Array {
  return zipParts({
    mimetype: "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml": `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
  });
}

const float = (v: number): string =>
  `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
const uncached = (formula: string): string =>
  `<table:table-cell table:formula="${formula.replace(/"/g, "&quot;")}"/>`;

describe("evaluating formulas without a cached value (ods)", () => {
  const sheet = read(
    ods(
      '<table:table table:name="Mẫu 2">' +
        `<table:table-row>${float(2)}${float(3)}${uncached("of:=[.A1]+[.B1]")}${uncached("of:=SUM([.A1:.B2];10)")}</table:table-row>` +
        `<table:table-row>${float(4)}<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>${uncached("of:=[.$C$1]*2%")}${uncached("of:=SUM([$'Mẫu 2'.A1:.A2])")}</table:table-row>` +
        `<table:table-row>${uncached("of:=[$Other.A1]")}${uncached("of:=[.B2]+1")}${uncached("of:=SUM([.A1],[.A2])")}` +
        '<table:table-cell table:formula="of:=[.A1]+[.B1]" office:value-type="float" office:value="99"><text:p>99</text:p></table:table-cell>' +
        "</table:table-row></table:table>" +
        '<table:table table:name="Other"><table:table-row>' +
        float(1) +
        "</table:table-row></table:table>"
    )
  ).sheets[0];

  it("computes OpenFormula references, ranges and SUM with ';'", () => {
    expect(cell(sheet, "C1")).toEqual({
      row: 1,
      col: 3,
      value: 5,
      kind: "number",
      formula: "[.A1]+[.B1]",
      evaluated: true,
    });
    expect(cell(sheet, "D1").value).toBe(19);
    expect(cell(sheet, "C2").value).toBeCloseTo(0.1, 15);
    expect(cell(sheet, "D2").value).toBe(6);
  });

  it("leaves other sheets, text in arithmetic and Excel separators uncomputed; cached values win", () => {
    expect(cell(sheet, "A3")).toMatchObject(uncomputed("[$Other.A1]"));
    expect(cell(sheet, "B3")).toMatchObject(uncomputed("[.B2]+1"));
    expect(cell(sheet, "C3")).toMatchObject(uncomputed("SUM([.A1],[.A2])"));
    expect(cell(sheet, "D3")).toEqual({
      row: 3,
      col: 4,
      value: 99,
      kind: "number",
      formula: "[.A1]+[.B1]",
    });
  });
});
