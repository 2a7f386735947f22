/**
 * A stand-in for the pane's ExcelHost interface (the bridge behind it has its own tests
 * against a fake Office.js). Records every call so component tests can assert them, and
 * keeps the workbook's sheet "Đợt báo cáo" in memory: what `saveCampaign` wrote is what
 * `loadCampaign` reads next.
 */
import {
  campaignResult,
  checkCampaign,
  type Campaign,
  type CampaignResult,
  type FileOutcome,
  type FormId,
  type MergeResult,
  type Unit,
} from "../../src/core";
import type { Catalogue, MissingFeature } from "../../src/messages";
import type { ExcelHost, Host, SheetCheck } from "../../src/taskpane/host";

export interface RecordingExcelHost extends ExcelHost {
  readonly calls: {
    createForm: { form: FormId; campaign: Campaign; unit?: Unit }[];
    checkActiveSheet: Campaign[];
    selectCell: { sheetName: string; cell: string }[];
    writeSummary: MergeResult[];
    loadCampaign: number;
    saveCampaign: Campaign[];
    openAsWorkbook: Uint8Array[];
  };
  /** The workbook's campaign sheet, as `loadCampaign` reads it; undefined: no such sheet. */
  campaignSheet: CampaignResult | undefined;
}

export const CAMPAIGN_SHEET_NAME = "Đợt báo cáo";

export function recordingExcelHost(options: {
  missing?: readonly MissingFeature[];
  sheetCheck?: SheetCheck;
  failWith?: Error;
  /** What the workbook's sheet "Đợt báo cáo" holds when the pane starts. */
  campaignSheet?: CampaignResult;
  /** Only saving the campaign fails, with this error. */
  saveFailsWith?: Error;
  /** loadCampaign waits for this before answering (to test a slow workbook). */
  loadGate?: Promise<void>;
  /** How files reach the clerk (default: the page's download, as on Windows). */
  fileSaving?: ExcelHost["fileSaving"];
}): { host: Host; excel: RecordingExcelHost } {
  const calls: RecordingExcelHost["calls"] = {
    createForm: [],
    checkActiveSheet: [],
    selectCell: [],
    writeSummary: [],
    loadCampaign: 0,
    saveCampaign: [],
    openAsWorkbook: [],
  };
  const fail = () => {
    if (options.failWith) throw options.failWith;
  };
  const excel: RecordingExcelHost = {
    calls,
    campaignSheet: options.campaignSheet,
    missing: options.missing ?? [],
    fileSaving: options.fileSaving ?? "download",
    async openAsWorkbook(bytes) {
      fail();
      calls.openAsWorkbook.push(bytes);
    },
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
    async loadCampaign() {
      calls.loadCampaign++;
      await options.loadGate;
      fail();
      return excel.campaignSheet;
    },
    async saveCampaign(campaign) {
      fail();
      if (options.saveFailsWith) throw options.saveFailsWith;
      calls.saveCampaign.push(campaign);
      excel.campaignSheet = campaignResult(campaign, checkCampaign(campaign));
      return CAMPAIGN_SHEET_NAME;
    },
  };
  return { host: { kind: "excel", excel }, excel };
}

export function outcomeWith(findings: FileOutcome["findings"]): FileOutcome {
  return { path: "Mẫu 2", status: "accepted", unit: "Phường Phú Bài", forms: ["mau2"], findings };
}
