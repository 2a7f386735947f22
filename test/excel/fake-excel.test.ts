/**
 * The fake Office.js must fail where Excel fails, or the bridge's tests prove nothing.
 */
import { FakeExcel, FakeOfficeError, parseArea } from "../helpers/fake-excel";

/** The id Excel gives the `n`th sheet of a workbook it opens. */
function positionalId(n: number): string {
  return `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`;
}

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
  it("reopens a workbook with what the file keeps and new worksheet ids", async () => {
    const fake = new FakeExcel({ sheets: ["Một", "Hai"] });
    const before = fake.sheet("Hai");
    fake.type("Hai", "A1", "'=1+1");
    before.ensure(2, 1).numberFormat = "dd/mm/yyyy";
    fake.type("Hai", "A2", 46300);
    before.ensure(3, 2).format.fill = "#DDEBF7";
    before.merges.push(parseArea("A5:C5")!);
    before.rowHeights.set(5, 40);
    before.validations.push({ area: "B2:B9", rule: { list: { source: "a,b" } } });
    before.visibility = "Hidden";
    fake.workbook.names.push({ name: "ke_hoach", sheetId: before.id, area: parseArea("A2")! });
    fake.workbook.settings.set("tonghop.summarySheets", [before.id]);
    fake.addSheet("Ba");
    fake.activate("Ba");

    // A batch started before the workbook closed never reaches it.
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Một").getRange("A1").values = [["muộn"]];
      fake.reopen();
      await expect(context.sync()).rejects.toThrow(/closed/);
    });

    expect(fake.sheetNames()).toEqual(["Một", "Hai", "Ba"]);
    const after = fake.sheet("Hai");
    expect(after).not.toBe(before);
    // Ids are renumbered from 1 in the sheets' order, as Excel does on opening a file.
    expect(fake.workbook.sheets.map((sheet) => sheet.id)).toEqual([1, 2, 3].map(positionalId));
    expect(after.cell("A1")).toMatchObject({ value: "=1+1" });
    expect(after.cell("A2")).toMatchObject({ value: 46300, numberFormat: "dd/mm/yyyy" });
    expect(after.cell("B3")?.format.fill).toBe("#DDEBF7");
    expect(after.mergeTexts()).toEqual(["A5:C5"]);
    expect(after.rowHeights.get(5)).toBe(40);
    expect(after.validationAt("B4")?.rule).toEqual({ list: { source: "a,b" } });
    expect(after.visibility).toBe("Hidden");
    expect(fake.sheet("Một").value("A1")).toBe("");
    expect(fake.workbook.nameValue(fake.workbook.names[0]!)).toBe("Hai!$A$2");
    expect(fake.activeSheet().name).toBe("Ba");
    // A setting is the add-in's own data: the id in it now points at no sheet.
    expect(fake.workbook.settings.get("tonghop.summarySheets")).toEqual([before.id]);
    // Editing the old object changes nothing in the workbook.
    before.ensure(9, 9).value = "x";
    expect(after.value("I9")).toBe("");

    fake.reopen({ apiMinor: 1 });
    expect(fake.apiMinor).toBe(1);
    expect(fake.sheet("Hai").value("A2")).toBe(46300);
  });

  it("gives an id of before to another sheet once sheets before it are gone", () => {
    const fake = new FakeExcel({ sheets: ["Một", "Hai", "Ba"] });
    const hai = fake.sheet("Hai").id;
    fake.workbook.sheets.splice(0, 1);
    fake.reopen();
    expect(fake.sheet("Ba").id).toBe(hai);
    expect(fake.sheet("Hai").id).toBe(positionalId(1));
  });

  it("refuses to add, insert, delete or rename sheets while the structure is protected", async () => {
    const fake = new FakeExcel({ sheets: ["Một", "Hai"] });
    fake.workbook.structureProtected = true;
    const refusal = { code: "AccessDenied" };
    await run(fake, async (context) => {
      context.workbook.worksheets.add("Ba");
      await expect(context.sync()).rejects.toMatchObject(refusal);
      context.workbook.worksheets.getItem("Hai").delete();
      await expect(context.sync()).rejects.toMatchObject(refusal);
      context.workbook.worksheets.getItem("Hai").name = "Bốn";
      await expect(context.sync()).rejects.toMatchObject(refusal);
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    expect(fake.sheetNames()).toEqual(["Một", "Hai"]);
  });

  it("enters a typed date in the locale's order when asked to, else keeps it text", () => {
    const vi = new FakeExcel({ typedDates: "dmy" });
    vi.type("Sheet1", "A1", "15/10/2026");
    vi.type("Sheet1", "A2", "31/02/2026");
    vi.type("Sheet1", "A3", "2026-10-15");
    vi.type("Sheet1", "A4", "01/03/1900");
    expect(vi.sheet("Sheet1").cell("A1")).toMatchObject({
      value: 46310,
      numberFormat: "dd/mm/yyyy",
    });
    expect(vi.sheet("Sheet1").value("A2")).toBe("31/02/2026");
    expect(vi.sheet("Sheet1").value("A3")).toBe(46310);
    expect(vi.sheet("Sheet1").value("A4")).toBe(61);
    const us = new FakeExcel({ typedDates: "mdy" });
    us.type("Sheet1", "A1", "10/15/2026");
    expect(us.sheet("Sheet1").cell("A1")).toMatchObject({ value: 46310, numberFormat: "m/d/yyyy" });
    const plain = new FakeExcel();
    plain.type("Sheet1", "A1", "15/10/2026");
    expect(plain.sheet("Sheet1").value("A1")).toBe("15/10/2026");
  });

  it("draws inside borders, unmerges, fits rows and clears validation within a range", async () => {
    const fake = new FakeExcel();
    const sheet = fake.sheet("Sheet1");
    sheet.merges.push(parseArea("A1:B1")!, parseArea("D1:E1")!);
    sheet.rowHeights.set(2, 30).set(7, 30);
    sheet.validations.push({ area: "B2:B5" }, { area: "F2:F5" });
    await run(fake, async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const grid = ws.getRange("A3:B4");
      for (const edge of ["InsideHorizontal", "InsideVertical"] as const)
        grid.format.borders.getItem(edge).style = "Continuous";
      ws.getRange("A1:C1").unmerge();
      ws.getRange("1:5").format.autofitRows();
      ws.getRange("A1:C9").dataValidation.clear();
      await context.sync();
    });
    expect(sheet.cell("A3")!.format.borders).toEqual({
      EdgeBottom: { style: "Continuous" },
      EdgeRight: { style: "Continuous" },
    });
    expect(sheet.cell("B4")!.format.borders).toEqual({
      EdgeTop: { style: "Continuous" },
      EdgeLeft: { style: "Continuous" },
    });
    expect(sheet.mergeTexts()).toEqual(["D1:E1"]);
    expect([...sheet.rowHeights]).toEqual([[7, 30]]);
    expect(sheet.validations.map((v) => v.area)).toEqual(["F2:F5"]);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("F3").dataValidation.clear();
        await context.sync();
      })
    ).rejects.toThrow(/not modelled/);
  });

  it("records charts at sync, lists and deletes them, and keeps them in the file", async () => {
    const fake = new FakeExcel({ apiMinor: 13 });
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Columns");
      chart.title.text = "Tình hình nộp";
      chart.setPosition("E1", "L20");
      chart.series.getItemAt(1).format.fill.setSolidColor("#ed7d31");
      expect(fake.sheet("Sheet1").charts).toEqual([]);
      await context.sync();
      // A series beyond the source's columns is not there.
      chart.series.getItemAt(2).format.fill.setSolidColor("#000000");
      await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
    });
    expect(fake.sheet("Sheet1").charts).toMatchObject([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: { sheet: "Sheet1", area: "A1:C4" },
        seriesCount: 2,
        title: "Tình hình nộp",
        position: { start: "E1", end: "L20" },
        fills: { 1: "#ED7D31" },
      },
    ]);
    fake.reopen();
    expect(fake.sheet("Sheet1").charts).toHaveLength(1);
    await run(fake, async (context) => {
      const charts = context.workbook.worksheets.getItem("Sheet1").charts;
      charts.load("items/name");
      await context.sync();
      expect(charts.items.map((chart) => chart.name)).toEqual(["Chart 1"]);
      for (const chart of charts.items) chart.delete();
      await context.sync();
    });
    expect(fake.sheet("Sheet1").charts).toEqual([]);
  });

  it("refuses chart settings an older Excel lacks and properties it does not model", async () => {
    const fake = new FakeExcel({ apiMinor: 6 });
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:B3"), "Columns");
      expect(() => {
        chart.axes.categoryAxis.reversePlotOrder = true;
      }).toThrow(/ExcelApi 1.7/);
      expect(() => {
        (chart.legend as unknown as Record<string, unknown>).showShadow = true;
      }).toThrow(TypeError);
      await context.sync();
    });
    expect(fake.sheet("Sheet1").charts[0]!.categoryAxis).toEqual({});
  });
});
