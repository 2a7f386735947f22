/**
 * Property: every whole number written in a text style the BRIEF accepts reads back as
 * itself ("Validation semantics": surrounding spaces, Vietnamese thousands grouping
 * "1.200", a trailing unit word "35 cuốn"), both through `parseCount` and through a real
 * cell of a return (reader → extraction → rules → merge total). And every style the BRIEF
 * refuses ("1,200", negative, fractional, approximate) never yields a number, so no
 * unclear value slips into a total.
 *
 * Accepted, from `src/core/values/count.ts`: whole numbers up to `MAX_COUNT` in ASCII or
 * full-width digits (U+FF10–FF19), leading zeros; grouping by threes with "." (also the
 * full-width "．") or a no-break, figure, thin or narrow no-break space; any white space
 * around; a trailing word of letters that is not a magnitude or approximation ("triệu",
 * "khoảng"…), in any case, NFC or NFD.
 */
import fc from "fast-check";
import {
  HUONG_THUY_2017,
  INDICATOR_IDS,
  mergeReturns,
  parseCount,
  type IndicatorId,
} from "../../src/core";
import { MAX_COUNT } from "../../src/core/values";
import { returnFromBytes } from "../../src/xlsx/returns";
import { buildXlsx, type CellSpec } from "../helpers/xlsx-builder";
import { layOutMau2 } from "../xlsx/returns/corpus";

const FULL_WIDTH_ZERO = 0xff10;
const GROUP_SEPARATORS = [".", "\uff0e", "\u00a0", "\u2007", "\u2009", "\u202f"] as const;
const PADDING = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u202f", "\u3000"];
/** Words units write after a count (the form's own nouns). */
const UNIT_WORDS = [
  "cuốn",
  "lớp",
  "buổi",
  "người",
  "lượt",
  "lượt người",
  "lượt người tham gia",
  "bài",
  "tin",
  "tờ",
  "tờ rơi",
  "panô",
  "băng rôn",
  "khẩu hiệu",
  "phóng sự",
  "lần",
  "bản",
  "cuộc",
  "đợt",
  "học viên",
  "kế hoạch",
];

interface Style {
  readonly fullWidth: boolean;
  readonly separator: (typeof GROUP_SEPARATORS)[number] | undefined;
  readonly leadingZeros: number;
  readonly unit?: {
    readonly word: string;
    readonly gap: string;
    readonly letterCase: "lower" | "upper" | "title";
    readonly form: "NFC" | "NFD";
  };
  readonly before: string;
  readonly after: string;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  fullWidth: fc.boolean(),
  separator: fc.option(fc.constantFrom(...GROUP_SEPARATORS), { nil: undefined }),
  leadingZeros: fc.nat(3),
  unit: fc.option(
    fc.record({
      word: fc.constantFrom(...UNIT_WORDS),
      gap: fc.constantFrom("", " ", "  ", "\u00a0"),
      letterCase: fc.constantFrom<"lower" | "upper" | "title">("lower", "upper", "title"),
      form: fc.constantFrom<"NFC" | "NFD">("NFC", "NFD"),
    }),
    { nil: undefined }
  ),
  before: fc.oneof(fc.constant(""), fc.constantFrom(...PADDING)),
  after: fc.oneof(fc.constant(""), fc.constantFrom(...PADDING)),
});

/** Counts as units type them: small ones mostly, up to the largest count taken. */
const countArb = fc.oneof(
  fc.nat(100),
  fc.nat(100_000),
  fc.nat(),
  fc.integer({ min: 0, max: MAX_COUNT })
);

/** `n` written in `style`. Leading zeros only without grouping ("001.200" is not a style). */
function write(n: number, style: Style): string {
  let digits = String(n);
  if (style.separator !== undefined) digits = digits.replace(/\B(?=(\d{3})+$)/g, style.separator);
  else digits = "0".repeat(style.leadingZeros) + digits;
  if (style.fullWidth)
    digits = digits.replace(/\d/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));
  let unit = "";
  if (style.unit) {
    const { word, gap, letterCase, form } = style.unit;
    const cased =
      letterCase === "upper"
        ? word.toUpperCase()
        : letterCase === "title"
          ? word.charAt(0).toUpperCase() + word.slice(1)
          : word;
    unit = gap + cased.normalize(form);
  }
  return style.before + digits + unit + style.after;
}

/** The warning a style gets: a unit word wins, then grouping, else plain text. */
function warningOf(n: number, style: Style): string {
  if (style.unit) return "count_unit_word";
  return style.separator !== undefined && n >= 1000 ? "count_grouping" : "count_text";
}

describe("parseCount on the accepted text styles", () => {
  it("reads every whole number in every accepted style as itself (3000 runs)", () => {
    fc.assert(
      fc.property(countArb, styleArb, (n, style) => {
        const text = write(n, style);
        expect(parseCount(text)).toEqual({
          ok: true,
          value: n,
          warning: warningOf(n, style),
          text,
        });
      }),
      { numRuns: 3000 }
    );
  });

  it("reads every whole number stored as a number as itself, without a warning (1000 runs)", () => {
    fc.assert(
      fc.property(countArb, (n) => {
        expect(parseCount(n)).toEqual({ ok: true, value: n });
      }),
      { numRuns: 1000 }
    );
  });

  it.each([
    // Kept from the property above: the styles at their edges.
    ["0", 0, "count_text"],
    ["000", 0, "count_text"],
    ["999", 999, "count_text"],
    ["1.000", 1000, "count_grouping"],
    ["９９９．９９９．９９９．９９９．９９９", MAX_COUNT, "count_grouping"],
    ["\u30001\u202f000\u3000", 1000, "count_grouping"],
    ["1\u2007000 LƯỢT NGƯỜI THAM GIA".normalize("NFD"), 1000, "count_unit_word"],
  ])("reads %j as %p (%s)", (text, value, warning) => {
    expect(parseCount(text)).toEqual({ ok: true, value, warning, text });
  });
});

describe("parseCount on the refused text styles", () => {
  const big = fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER });
  const group = (n: number, separator: string): string =>
    String(n).replace(/\B(?=(\d{3})+$)/g, separator);
  const refused: [string, fc.Arbitrary<string>, string][] = [
    ["comma grouping ('1,200')", big.map((n) => group(n, ",")), "count_ambiguous"],
    ["ordinary-space grouping ('1 200')", big.map((n) => group(n, " ")), "count_ambiguous"],
    [
      "a minus sign, whatever follows",
      fc
        .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom("-", "\u2212", "- ", "–"))
        .map(([n, minus]) => `${minus}${n}`),
      "count_negative",
    ],
    [
      "a decimal comma ('2,5')",
      fc.tuple(fc.nat(100_000), fc.integer({ min: 1, max: 99 })).map(([n, d]) => `${n},${d}`),
      "count_fractional",
    ],
    [
      "more than the largest count (15 digits, what Excel keeps)",
      fc
        .tuple(
          fc.integer({ min: MAX_COUNT + 1, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom("", ".")
        )
        .map(([n, separator]) => group(n, separator)),
      "count_too_large",
    ],
    [
      "a magnitude or approximation word ('2 triệu', 'khoảng 30')",
      fc
        .tuple(
          fc.nat(100_000),
          fc.constantFrom("triệu", "nghìn", "ngàn", "trăm", "k", "tr", "trở lên")
        )
        .map(([n, word]) => `${n} ${word}`),
      "count_ambiguous",
    ],
  ];

  it.each(refused)("never reads %s as a number (500 runs)", (_name, arbitrary, error) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        expect(parseCount(text)).toEqual({ ok: false, error, text });
      }),
      { numRuns: 500 }
    );
  });
});

describe("a count typed as text in a returned workbook", () => {
  const campaign = HUONG_THUY_2017;
  const header = ["TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI", "Số: 12/BC-TTHTCĐ"];

  /**
   * A hand-made Mẫu 2 whose `id` cell holds `text` (every other count 0), read from bytes
   * and merged alone: the district total of `id` is what the unit meant.
   */
  function totalThroughWorkbook(
    id: IndicatorId,
    text: string,
    options: { names: boolean; inline: boolean }
  ): { total: number; value: unknown } {
    const cell: CellSpec = options.inline ? { inline: text } : text;
    const values = Object.fromEntries(
      INDICATOR_IDS.map((other) => [other, other === id ? cell : 0])
    ) as Record<IndicatorId, CellSpec>;
    const layout = layOutMau2({ unitLines: header, values });
    const bytes = buildXlsx({
      sheets: [{ name: "Mẫu 2", cells: layout.cells, merges: layout.merges }],
      definedNames: options.names
        ? INDICATOR_IDS.map((name) => ({
            name,
            ref: `'Mẫu 2'!$${layout.valueCell[name].replace(/(\d)/, "$$$1")}`,
          }))
        : [],
    });
    const loaded = returnFromBytes(bytes, { file: "bao-cao.xlsx" }, campaign);
    if (loaded.kind !== "read") throw new Error(`unreadable: ${JSON.stringify(loaded.findings)}`);
    const result = mergeReturns([loaded], campaign);
    return { total: result.totals[id], value: loaded.data.mau2?.values[id]?.value };
  }

  it("reads back as itself through the reader, the rules and the merge (500 runs)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATOR_IDS),
        countArb,
        styleArb,
        fc.boolean(),
        fc.boolean(),
        (id, n, style, names, inline) => {
          const text = write(n, style);
          const read = totalThroughWorkbook(id, text, { names, inline });
          // The cell keeps the text as typed (XML turns a carriage return into a line feed).
          expect(read.value).toBe(text.replace(/\r\n/g, "\n"));
          expect(read.total).toBe(n);
        }
      ),
      { numRuns: 500 }
    );
  });
});
