/**
 * Property: zips that are sound as zips but hold broken or random parts, named as a
 * workbook's parts, are read into well-formed data or rejected with a known code and a
 * message that names the file; nothing throws, and a merge of the answer holds together.
 * The parts are either the real parts of the example returns and templates, mutated as
 * text (snippets of hostile XML spliced in, slices deleted or doubled, cut short), or
 * random XML built from the vocabulary of SpreadsheetML, OPC and ODF.
 */
import fc from "fast-check";
import { strToU8 } from "fflate";
import { Outcomes, checkBytes, loadBases, type Base } from "../helpers/reader-checks";
import { readWorkbook } from "../../src/xlsx/read";
import { xlsxParts, zipParts } from "../helpers/xlsx-builder";
import { PART_NAMES, applyTextMutations, textMutationArb, xmlArb } from "../helpers/zip-mutations";

let bases: Base[] = [];
beforeAll(async () => {
  bases = (await loadBases()).filter((base) => Object.keys(base.parts).length > 0);
});

const levelArb = fc.constantFrom<0 | 1 | 6>(0, 1, 6);
const decoder = new TextDecoder();

describe("the reader on zips of broken parts", () => {
  it("answers real parts mutated as text (600 runs)", () => {
    const editArb = fc.record({
      part: fc.nat(),
      mutations: fc.array(textMutationArb, { minLength: 1, maxLength: 5 }),
    });
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(editArb, { minLength: 1, maxLength: 4 }),
        levelArb,
        (which, edits, level) => {
          const base = bases[which % bases.length]!;
          // The parts that hold the data most of the time, any part sometimes.
          const names = Object.keys(base.parts).sort(
            (a, b) =>
              Number(b.includes("sheet") || b.endsWith("content.xml")) -
              Number(a.includes("sheet") || a.endsWith("content.xml"))
          );
          const parts: Record<string, Uint8Array> = { ...base.parts };
          for (const edit of edits) {
            const name = names[edit.part % names.length]!;
            parts[name] = strToU8(applyTextMutations(decoder.decode(parts[name]), edit.mutations));
          }
          outcomes.add(checkBytes(zipParts(parts, level), base.name));
        }
      ),
      { numRuns: 600 }
    );
    expect(outcomes.kinds).toEqual(expect.arrayContaining(["ok", "malformed_xml"]));
  });

  it("answers random XML parts named like a workbook's, beside valid parts or alone (1000 runs)", () => {
    const valid = xlsxParts({
      sheets: [
        {
          name: "Mẫu 2",
          cells: {
            A1: "TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI",
            A3: "Nội dung hoạt động",
            B3: "Kết quả, số lượng",
            A4: "- Số lớp dạy nghề ngắn hạn",
            B4: "1.200",
            A5: "+ Số lượt người tham gia",
            B5: 40,
          },
        },
      ],
      definedNames: [{ name: "lop_day_nghe", ref: "'Mẫu 2'!$B$4" }],
      modified: new Date(Date.UTC(2017, 9, 9)),
    });
    const partArb = fc.oneof(
      { weight: 4, arbitrary: xmlArb.map((xml) => strToU8(`<?xml version="1.0"?>${xml}`)) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }) },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(...Object.values(valid))
          .chain((text) =>
            fc
              .array(textMutationArb, { minLength: 1, maxLength: 4 })
              .map((mutations) => strToU8(applyTextMutations(text, mutations)))
          ),
      }
    );
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.dictionary(fc.constantFrom(...PART_NAMES), partArb, { minKeys: 1, maxKeys: 6 }),
        levelArb,
        (keepValid, random, level) => {
          const parts: Record<string, Uint8Array> = keepValid
            ? Object.fromEntries(Object.entries(valid).map(([name, text]) => [name, strToU8(text)]))
            : {};
          Object.assign(parts, random);
          outcomes.add(checkBytes(zipParts(parts, level)));
        }
      ),
      { numRuns: 1000 }
    );
    expect(outcomes.kinds).toEqual(
      expect.arrayContaining(["ok", "malformed_xml", "not_a_workbook", "missing_part"])
    );
  });
});

describe("regressions found by these properties", () => {
  it("rejects a cell at row 0 inside a valid row as malformed_xml", () => {
    // Found as '<c r="A0"><v>1</v></c>' spliced into row 13 of a Mẫu 1: the reader stored
    // a cell at row 0, which no sheet has.
    const parts = xlsxParts({ sheets: [{ name: "S", cells: { A1: 1, B1: 2 } }] });
    const sheet = "xl/worksheets/sheet1.xml";
    for (const ref of ["A0", "B00"]) {
      const broken = parts[sheet]!.replace('r="B1"', `r="${ref}"`);
      expect(broken).toContain(`<row r="1"`);
      const result = readWorkbook(zipParts({ ...parts, [sheet]: broken }));
      expect(result).toEqual({
        ok: false,
        rejection: { code: "malformed_xml", params: { part: sheet } },
      });
      expect(checkBytes(zipParts({ ...parts, [sheet]: broken }))).toBe("malformed_xml");
    }
  });
});
