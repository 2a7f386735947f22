/**
 * The printed layout's shared cells as a unit's spreadsheet program writes them: a real
 * .xlsx from ExcelJS with wrapped multi-line cells, and that file re-saved by LibreOffice as
 * .xlsx and .ods (where each line of a cell becomes a paragraph of its own).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { HUONG_THUY_2017, type ReturnData } from "../../../src/core";
import { readWorkbook } from "../../../src/xlsx/read";
import { extractReturn } from "../../../src/xlsx/returns";
import { convertWithLibreOffice } from "../../helpers/libreoffice";
import { makeTempDir } from "../../helpers/temp";
import { describeWithPrograms } from "../../helpers/tools";
import { layOutPrintedMau2, type PrintedLayout } from "./printed-form";

const roster = HUONG_THUY_2017.units;
const layout = layOutPrintedMau2({
  shared: [2, 4],
  values: { ke_hoach: 1, to_roi: 500 },
  groupValues: { 2: "\n2\n15\n6", 4: "3\n120\n1\n80\n2\n300" },
  groupNotes: { 2: "\nĐài phường\n\n" },
  direction: ["Ban hành kế hoạch số 12/KH-TTHTCĐ.\nHọp triển khai ngày 25/9."],
});

/** The layout typed in ExcelJS, multi-line cells wrapped as Excel does on Alt+Enter. */
async function writeWithExcelJs(printed: PrintedLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Báo cáo");
  sheet.getColumn(1).width = 60;
  for (const [address, value] of Object.entries(printed.cells)) {
    const cell = sheet.getCell(address);
    cell.value = value as ExcelJS.CellValue;
    if (typeof value === "string" && value.includes("\n")) cell.alignment = { wrapText: true };
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function extract(bytes: Uint8Array, file: string): ReturnData {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`unreadable: ${result.rejection.code}`);
  return extractReturn(result.workbook, { file, roster });
}

function expectShared(data: ReturnData): void {
  const two = layout.groupValue[2];
  const four = layout.groupValue[4];
  expect(data.mau2?.values).toMatchObject({
    ke_hoach: { value: 1, cell: layout.valueCell.ke_hoach },
    phong_su: { value: 2, cell: two, line: 2 },
    tin_bai_phat_thanh: { value: 15, cell: two, line: 3 },
    bao_tuong_bai_viet: { value: 6, cell: two, line: 4 },
    to_roi: { value: 500, cell: layout.valueCell.to_roi },
    hoi_thao_toa_dam: { value: 3, cell: four, line: 1 },
    hoi_thao_toa_dam_nguoi: { value: 120, cell: four, line: 2 },
    trien_lam: { value: 1, cell: four, line: 3 },
    trien_lam_luot: { value: 80, cell: four, line: 4 },
    van_nghe: { value: 2, cell: four, line: 5 },
    van_nghe_luot: { value: 300, cell: four, line: 6 },
  });
  expect(data.mau2?.notes).toEqual({ phong_su: "Đài phường" });
  expect(data.mau2?.texts.direction).toBe(
    "Ban hành kế hoạch số 12/KH-TTHTCĐ.\nHọp triển khai ngày 25/9."
  );
  expect(data.findings.filter((f) => f.code === "indicator_not_found")).toEqual([]);
}

describe("readMau2ByLabels on an ExcelJS workbook with wrapped multi-line cells", () => {
  it("pairs the lines of the shared cells", async () => {
    expectShared(extract(await writeWithExcelJs(layout), "bao-cao.xlsx"));
  });
});

describeWithPrograms(
  ["soffice"],
  "readMau2ByLabels on multi-line cells re-saved by LibreOffice",
  () => {
    let converted: { xlsx: string; ods: string };

    beforeAll(async () => {
      const dir = makeTempDir("multi-line-lo");
      const source = path.join(dir, "src");
      mkdirSync(source);
      const file = path.join(source, "bao-cao-phu-bai.xlsx");
      writeFileSync(file, await writeWithExcelJs(layout));
      const xlsxDir = path.join(dir, "xlsx");
      const odsDir = path.join(dir, "ods");
      mkdirSync(xlsxDir);
      mkdirSync(odsDir);
      converted = {
        xlsx: convertWithLibreOffice([file], "xlsx", xlsxDir)[0]!,
        ods: convertWithLibreOffice([file], "ods", odsDir)[0]!,
      };
    });

    it.each(["xlsx", "ods"] as const)("keeps every line of the shared cells in .%s", (format) => {
      const bytes = new Uint8Array(readFileSync(converted[format]));
      expectShared(extract(bytes, `bao-cao-phu-bai.${format}`));
    });
  }
);
