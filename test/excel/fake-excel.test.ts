/**
 * The fake Office.js must fail where Excel fails, or the bridge's tests prove nothing.
 */
import { FakeExcel, FakeOfficeError } from "../helpers/fake-excel";

async function run<T>(
  fake: FakeExcel,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  return fake.run(batch as never);
}

describe("FakeExcel", () => {
  it("applies writes only at sync, and counts syncs with their size", async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      expect(fake.sheet("Sheet1").value("A1")).toBe("");
      await context.sync();
      expect(fake.sheet("Sheet1").value("A1")).toBe("x");
    });
    expect(fake.syncs).toHaveLength(1);
    expect(fake.syncs[0]!.bytes).toBeGreaterThan(0);
  });

  it("throws PropertyNotLoaded for a property not loaded and synced", async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // Reading too early on purpose: the fake must refuse as Office.js does.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
      sheet.load("name");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(sheet.name).toBe("Sheet1");
    });
  });

  it("turns text beginning with = + - @ into formulas unless it is Text or quoted", async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A5").values = [
        ['=HYPERLINK("x")'],
        ["+84 123"],
        ["-5 hộ"],
        ["@abc"],
        ["-5"],
      ];
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("B1").values = [["=1+1"]];
      sheet.getRange("C1").values = [["'=1+1"]];
      sheet.getRange("D1").values = [["1.5"]];
      await context.sync();
    });
    const sheet = fake.sheet("Sheet1");
    expect(sheet.cell("A1")?.formula).toBe('=HYPERLINK("x")');
    expect(sheet.cell("A2")?.formula).toBe("=+84 123");
    expect(sheet.cell("A3")?.formula).toBe("=-5 hộ");
    expect(sheet.cell("A4")?.formula).toBe("=@abc");
    expect(sheet.value("A5")).toBe(-5);
    expect(sheet.cell("B1")).toMatchObject({ value: "=1+1" });
    expect(sheet.cell("B1")?.formula).toBeUndefined();
    expect(sheet.cell("C1")).toMatchObject({ value: "=1+1" });
    expect(sheet.cell("C1")?.formula).toBeUndefined();
    expect(sheet.value("D1")).toBe(1.5);
  });

  it("refuses to protect a protected sheet and to change a locked cell on it", async () => {
    const fake = new FakeExcel();
    fake.sheet("Sheet1").protection.protected = true;
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.protect();
        await context.sync();
      })
    ).rejects.toThrow(/InvalidOperation/);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#FF0000";
        await context.sync();
      })
    ).rejects.toThrow(/AccessDenied/);
  });

  it("gives null objects that are known after a sync and refuse writes", async () => {
    const fake = new FakeExcel();
    await expect(
      run(fake, async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
        // eslint-disable-next-line office-addins/call-sync-before-read -- on purpose
        expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
        await context.sync();
        expect(missing.isNullObject).toBe(true);
        missing.getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toThrow(/ItemNotFound/);
  });

  it("keeps Excel's sheet rules and refuses oversized requests", async () => {
    const fake = new FakeExcel();
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.add("sheet1");
        await context.sync();
      })
    ).rejects.toThrow(/ItemAlreadyExists/);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.add("a/b");
        await context.sync();
      })
    ).rejects.toThrow(/InvalidArgument/);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      })
    ).rejects.toBeInstanceOf(FakeOfficeError);
    fake.requestLimit = 1000;
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(2000)]];
        await context.sync();
      })
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it("lacks what an older Excel lacks", () => {
    const fake = new FakeExcel({ apiMinor: 1 });
    const office = fake.officeGlobal() as {
      context: { requirements: { isSetSupported: (s: string, v: string) => boolean } };
    };
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.2")).toBe(false);
    return run(fake, async (context) => {
      expect(() => context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").merge()).toThrow(
        /ExcelApi 1.2/
      );
    });
  });
});
