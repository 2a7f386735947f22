/**
 * The few words that name each finding on the summary's checks sheet ("Vấn đề"): one for
 * every code in each locale, short enough for a narrow column, in words rather than codes,
 * and telling the codes apart (the column is filtered by them).
 */
import { FINDING_CODES } from "../src/core";
import { summaryEn, summaryVi } from "../src/messages/summary";

describe.each([summaryVi, summaryEn])("finding titles ($locale)", (text) => {
  const titles = FINDING_CODES.map((code) => text.findingTitles[code]);

  it("name every code in a few words, none a code itself", () => {
    for (const [i, title] of titles.entries()) {
      expect({ code: FINDING_CODES[i], ok: title.length > 0 && title.length <= 34 }).toEqual({
        code: FINDING_CODES[i],
        ok: true,
      });
      expect(title).not.toMatch(/_/);
    }
  });

  it("tell the codes apart", () => {
    expect(new Set(titles).size).toBe(FINDING_CODES.length);
  });
});

it("says a late return plainly in Vietnamese", () => {
  expect(summaryVi.findingTitles.late_return).toBe("Nộp muộn");
  expect(summaryVi.findingTitles.count_negative).toBe("Số âm");
});
