/**
 * A unit that sends a corrected file: the newer return of a form replaces the older one of
 * the same unit, by the workbook's own last-modified time when it has one, else by the
 * file's time; the older file is reported as superseded and nothing of it is counted.
 * For Mẫu 2 (the totals) and Mẫu 1 (the schedule), from real file bytes and from disk.
 */
import { utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { INDICATOR_IDS, mergeReturns, type IndicatorId, type MergeResult } from "../../src/core";
import { loadReturn } from "../../src/cli/returns";
import { returnFromBytes } from "../../src/xlsx/returns";
import { campaign } from "../helpers/nothing-lost";
import { makeTempDir } from "../helpers/temp";
import { buildXlsx, type CellSpec } from "../helpers/xlsx-builder";
import { layOutMau1, layOutMau2 } from "../xlsx/returns/corpus";

type Form = "mau1" | "mau2";
const UNIT = "Phường Phú Bài";
const day = (d: number, hour = 8): number => Date.UTC(2017, 9, d, hour);

/**
 * A hand-made return of Phú Bài whose content is told apart by `mark`: Mẫu 2 with every
 * count equal to `mark`, or Mẫu 1 with `mark` activities (1 to 5).
 */
function returnBytes(form: Form, mark: number, modified?: number): Uint8Array {
  let cells: Record<string, CellSpec>;
  let merges: string[] = [];
  if (form === "mau2") {
    const values = Object.fromEntries(INDICATOR_IDS.map((id) => [id, mark])) as Record<
      IndicatorId,
      number
    >;
    ({ cells, merges } = layOutMau2({ unitLines: ["TRUNG TÂM HTCĐ PHƯỜNG PHÚ BÀI"], values }));
  } else {
    ({ cells } = layOutMau1({
      unitLine: "Trung tâm HTCĐ phường Phú Bài",
      rows: Array.from({ length: mark }, (_, i) => [
        `${7 + i}h30`,
        { date: new Date(day(2 + i, 0)) },
        "Nhà văn hóa",
        `Hoạt động ${mark}.${i + 1}`,
        "",
      ]),
    }));
  }
  return buildXlsx({
    sheets: [{ name: form === "mau2" ? "Mẫu 2" : "Mẫu 1", cells, merges }],
    ...(modified !== undefined ? { modified: new Date(modified) } : {}),
  });
}

/** What a merge counted of the unit: each count (Mẫu 2), or its activities (Mẫu 1). */
function counted(result: MergeResult, form: Form): number[] {
  return form === "mau2"
    ? INDICATOR_IDS.map((id) => result.totals[id])
    : [result.schedule.filter((entry) => entry.unit === UNIT).length];
}
const expectedCount = (form: Form, mark: number): number[] =>
  form === "mau2" ? INDICATOR_IDS.map(() => mark) : [mark];

function statuses(result: MergeResult): Record<string, string> {
  return Object.fromEntries(result.files.map((file) => [path.basename(file.path), file.status]));
}

describe.each<Form>(["mau2", "mau1"])("a corrected %s", (form) => {
  it("replaces the older by the workbooks' last-modified times, not the file times", () => {
    // The older return was downloaded last: its file time here is the newer one.
    const older = returnFromBytes(
      returnBytes(form, 2, day(9)),
      { file: "cu.xlsx", fallbackModified: day(15) },
      campaign
    );
    const newer = returnFromBytes(
      returnBytes(form, 3, day(12)),
      { file: "moi.xlsx", fallbackModified: day(14) },
      campaign
    );
    for (const inputs of [
      [older, newer],
      [newer, older],
    ]) {
      const result = mergeReturns(inputs, campaign);
      expect(statuses(result)).toEqual({ "cu.xlsx": "superseded", "moi.xlsx": "accepted" });
      expect(counted(result, form)).toEqual(expectedCount(form, 3));
      const old = result.files.find((file) => file.path === "cu.xlsx");
      expect(old?.findings).toContainEqual({
        code: "superseded",
        severity: "warning",
        at: { file: "cu.xlsx" },
        params: { form, by: "moi.xlsx" },
      });
      expect(old?.findings.filter((f) => f.severity === "error")).toEqual([]);
    }
  });

  it("replaces the older by the file times when the workbooks carry none", () => {
    const a = returnBytes(form, 2);
    const b = returnBytes(form, 4);
    for (const [timeA, timeB, winner, mark] of [
      [day(9), day(12), "b.xlsx", 4],
      [day(12), day(9), "a.xlsx", 2],
    ] as const) {
      const result = mergeReturns(
        [
          returnFromBytes(a, { file: "a.xlsx", fallbackModified: timeA }, campaign),
          returnFromBytes(b, { file: "b.xlsx", fallbackModified: timeB }, campaign),
        ],
        campaign
      );
      expect(result.files.find((file) => file.status === "accepted")?.path).toBe(winner);
      expect(result.files.filter((file) => file.status === "superseded")).toHaveLength(1);
      expect(counted(result, form)).toEqual(expectedCount(form, mark));
    }
  });

  it("replaces the older by the times on disk when read by the CLI", async () => {
    const dir = makeTempDir(`newer-${form}`);
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    await writeFile(a, returnBytes(form, 2));
    await writeFile(b, returnBytes(form, 5));
    for (const [timeA, timeB, winner, mark] of [
      [day(9), day(12), "b.xlsx", 5],
      [day(12), day(9), "a.xlsx", 2],
    ] as const) {
      await utimes(a, timeA / 1000, timeA / 1000);
      await utimes(b, timeB / 1000, timeB / 1000);
      const result = mergeReturns(
        [await loadReturn(a, campaign), await loadReturn(b, campaign)],
        campaign
      );
      expect(statuses(result)).toEqual({
        "a.xlsx": winner === "a.xlsx" ? "accepted" : "superseded",
        "b.xlsx": winner === "b.xlsx" ? "accepted" : "superseded",
      });
      expect(counted(result, form)).toEqual(expectedCount(form, mark));
    }
  });

  it("counts only the newest of many, with or without workbook times, in any order (100 runs)", () => {
    // Each return: its mark, whether the workbook carries its time, and the time itself.
    // Whole seconds: a workbook stores its time to the second.
    const secondArb = fc.integer({ min: day(1) / 1000, max: day(20) / 1000 }).map((s) => s * 1000);
    const returnsArb = fc
      .uniqueArray(secondArb, { minLength: 2, maxLength: 5 })
      .chain((times) =>
        fc.tuple(
          ...times.map((time, i) =>
            fc.record({
              mark: fc.constant(i + 1),
              time: fc.constant(time),
              inWorkbook: fc.boolean(),
            })
          )
        )
      )
      .chain((returns) => fc.shuffledSubarray(returns, { minLength: returns.length }));
    fc.assert(
      fc.property(returnsArb, (returns) => {
        const loaded = returns.map(({ mark, time, inWorkbook }) =>
          returnFromBytes(
            returnBytes(form, mark, inWorkbook ? time : undefined),
            // A file time that would pick another winner, when the workbook has its own.
            { file: `${mark}.xlsx`, fallbackModified: inWorkbook ? day(25) - time : time },
            campaign
          )
        );
        const newest = returns.reduce((a, b) => (b.time > a.time ? b : a));
        const result = mergeReturns(loaded, campaign);
        expect(counted(result, form)).toEqual(expectedCount(form, newest.mark));
        for (const { mark } of returns) {
          const file = result.files.find((f) => f.path === `${mark}.xlsx`);
          expect([mark, file?.status]).toEqual([
            mark,
            mark === newest.mark ? "accepted" : "superseded",
          ]);
          if (mark !== newest.mark)
            expect(
              file?.findings.map((f) => [f.code, f.code === "superseded" ? f.params.by : undefined])
            ).toContainEqual(["superseded", `${newest.mark}.xlsx`]);
        }
      }),
      { numRuns: 100 }
    );
  });
});
