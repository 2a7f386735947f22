/**
 * Property: the order in which files are given (argv, a folder listing, files dropped on
 * the page) changes nothing but the order of the file list: the same totals, the same
 * winner of each form of each unit, the same statuses and findings, the same schedule.
 * Ties in last-modified time go to the path that sorts last, so they too are order-free.
 */
import fc from "fast-check";
import { INDICATOR_IDS, mergeReturns, type IndicatorId, type LoadedReturn } from "../../src/core";
import { mau1Return, mau2Return } from "../helpers/return-data";
import { campaign, deepFreeze, loadExamples, orderFree, winners } from "../helpers/nothing-lost";

const examples = loadExamples();
const inOrder = mergeReturns(examples, campaign);

describe("merging the example returns in any order", () => {
  it("gives the same result but for the order of the file list (200 runs)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(examples, { minLength: examples.length }), (shuffled) => {
        const result = mergeReturns(shuffled, campaign);
        expect(result.files.map((file) => file.path)).toEqual(
          shuffled.map((input) => (input.kind === "read" ? input.data.file : input.file))
        );
        expect(orderFree(result)).toEqual(orderFree(inOrder));
      }),
      { numRuns: 200 }
    );
  });

  it("gives any subset the same totals and winners in any order (200 runs)", () => {
    fc.assert(
      fc.property(
        fc
          .shuffledSubarray(examples, { minLength: 1 })
          .chain((subset) =>
            fc.tuple(fc.constant(subset), fc.shuffledSubarray(subset, { minLength: subset.length }))
          ),
        ([subset, reordered]) => {
          const a = mergeReturns(subset, campaign);
          const b = mergeReturns(reordered, campaign);
          expect(b.totals).toEqual(a.totals);
          expect(winners(b)).toEqual(winners(a));
          expect(orderFree(b)).toEqual(orderFree(a));
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("merging many returns of few units in any order", () => {
  const units = campaign.units.slice(0, 4).map((unit) => unit.name);
  const valuesArb = fc.dictionary(
    fc.constantFrom(...INDICATOR_IDS),
    fc.oneof(fc.nat(500), fc.constantFrom<string | number>("1.200", "35 cuốn", -3, "1,200", 2.5)),
    { maxKeys: 5 }
  ) as fc.Arbitrary<Partial<Record<IndicatorId, string | number>>>;
  /** Returns of random units and forms; times are drawn from few, so ties are common. */
  const returnsArb = fc
    .array(
      fc.integer({ min: 0, max: 3 }).map((day) => Date.UTC(2017, 9, 10 + day)),
      {
        minLength: 1,
        maxLength: 12,
      }
    )
    .chain((times) =>
      fc.tuple(
        ...times.map((modified, i) =>
          fc
            .record({ unit: fc.constantFrom(...units), mau2: fc.boolean(), values: valuesArb })
            .map(({ unit, mau2, values }): LoadedReturn => {
              const file = `${i}.xlsx`;
              const data = mau2
                ? mau2Return(file, unit, values, { modified })
                : mau1Return(file, unit, [{ time: `${7 + (i % 10)}h`, date: "03/10/2017" }], {
                    modified,
                  });
              return deepFreeze({ kind: "read", data });
            })
        )
      )
    );

  it("picks the newest return of each form of each unit, whatever the order (300 runs)", () => {
    fc.assert(
      fc.property(
        returnsArb.chain((returns) =>
          fc.tuple(
            fc.constant(returns),
            fc.shuffledSubarray(returns, { minLength: returns.length })
          )
        ),
        ([returns, shuffled]) => {
          const a = mergeReturns(returns, campaign);
          const b = mergeReturns(shuffled, campaign);
          expect(orderFree(b)).toEqual(orderFree(a));
          // The winner is the newest (of equal times, the path sorting last).
          for (const [key, file] of Object.entries(winners(a))) {
            const [form, unit] = key.split(/:(.*)/) as ["mau1" | "mau2", string];
            const mine = returns.flatMap((input) =>
              input.kind === "read" && input.data.unitName === unit && input.data[form]
                ? [input.data]
                : []
            );
            const newest = [...mine].sort(
              (x, y) =>
                (y.modified ?? 0) - (x.modified ?? 0) ||
                (y.file > x.file ? 1 : y.file < x.file ? -1 : 0)
            )[0];
            expect(file).toBe(newest?.file);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
