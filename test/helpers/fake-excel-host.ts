/**
 * A stand-in for the pane's ExcelHost interface (the bridge behind it has its own tests
 * against a fake Office.js). Records every call so component tests can assert them.
 */
import type { Campaign, FileOutcome, FormId, MergeResult, Unit } from "../../src/core";
import type { Catalogue, MissingFeature } from "../../src/messages";
import type { ExcelHost, Host, SheetCheck } from "../../src/taskpane/host";

export interface RecordingExcelHost extends ExcelHost {
  readonly calls: {
    createForm: { form: FormId; campaign: Campaign; unit?: Unit }[];
    checkActiveSheet: Campaign[];
    selectCell: { sheetName: string; cell: string }[];
    writeSummary: MergeResult[];
  };
}

export function recordingExcelHost(options: {
  missing?: readonly MissingFeature[];
  sheetCheck?: SheetCheck;
  failWith?: Error;
}): { host: Host; excel: RecordingExcelHost } {
  const calls: RecordingExcelHost["calls"] = {
    createForm: [],
    checkActiveSheet: [],
    selectCell: [],
    writeSummary: [],
  };
  const fail = () => {
    if (options.failWith) throw options.failWith;
  };
  const excel: RecordingExcelHost = {
    calls,
    missing: options.missing ?? [],
    async createForm(form, campaign, unit, _catalogue: Catalogue) {
      fail();
      calls.createForm.push({ form, campaign, ...(unit ? { unit } : {}) });
      return form === "mau1" ? "Mẫu 1" : "Mẫu 2";
    },
    async checkActiveSheet(campaign) {
      fail();
      calls.checkActiveSheet.push(campaign);
      if (!options.sheetCheck) throw new Error("no sheet check prepared");
      return options.sheetCheck;
    },
    async selectCell(sheetName, cell) {
      fail();
      calls.selectCell.push({ sheetName, cell });
    },
    async writeSummary(result) {
      fail();
      calls.writeSummary.push(result);
      return ["Tổng hợp", "Dữ liệu"];
    },
  };
  return { host: { kind: "excel", excel }, excel };
}

export function outcomeWith(findings: FileOutcome["findings"]): FileOutcome {
  return { path: "Mẫu 2", status: "accepted", unit: "Phường Phú Bài", forms: ["mau2"], findings };
}
