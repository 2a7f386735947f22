/**
 * Turns a workbook read by the generic reader into the data of one return: which forms it
 * holds, their raw values with their cells, the unit that sent it, and what went wrong
 * while reading. Values are not judged here; the rules do that.
 */
import {
  INDICATOR_IDS,
  METADATA_SHEET,
  matchUnit,
  type Finding,
  type ReturnData,
  type TemplateMetadata,
  type Unit,
  type UnitSource,
} from "../../core";
import type { WorkbookData } from "../read";
import { findMau1ByLabels, readMau1ByNames, type FoundMau1 } from "./find-mau1";
import { findMau2ByLabels, readMau2ByNames, type FoundMau2 } from "./find-mau2";
import { findUnitInFileName, findUnitInHeader } from "./find-unit";
import { readTemplateMetadata } from "./named-ranges";

export interface ExtractReturnOptions {
  /** The file's name or path, as findings and reports should show it. */
  readonly file: string;
  /**
   * Last-modified time in ms since the epoch (e.g. the file's mtime); when absent, the
   * workbook's own document property is used.
   */
  readonly modified?: number;
  /** The campaign's expected units; names read from the file are matched against them. */
  readonly roster: readonly Unit[];
}

/**
 * Reads the forms of one returned workbook. Pure: no file system, no clock.
 *
 * A generated template is read by its metadata and defined names; anything else (hand-made
 * forms, altered templates) by labels on any sheet.
 *
 * @example
 * const read = readWorkbook(bytes);
 * if (read.ok) extractReturn(read.workbook, { file: 'mau2-phuong-phu-bai.xlsx', roster: campaign.units });
 * // { unitName: 'Phường Phú Bài', unitSource: 'metadata', mau2: { values: { ke_hoach: { value: 1, cell: 'C14' }, … } }, … }
 */
export function extractReturn(workbook: WorkbookData, options: ExtractReturnOptions): ReturnData {
  const { file, roster } = options;
  const findings: Finding[] = [];

  const lookup = readTemplateMetadata(workbook);
  const metadata = lookup.kind === "found" ? lookup.metadata : undefined;
  if (lookup.kind === "unreadable")
    findings.push({
      code: "template_metadata_unreadable",
      severity: "warning",
      at: { file, sheet: METADATA_SHEET },
    });

  const mau2 = readMau2ByNames(workbook) ?? findMau2ByLabels(workbook, metadata?.sheets.mau2);
  const mau1 = readMau1ByNames(workbook) ?? findMau1ByLabels(workbook, metadata?.sheets.mau1);

  if (!mau1 && !mau2) findings.push({ code: "no_form_found", severity: "error", at: { file } });
  if (mau2) {
    for (const id of INDICATOR_IDS) {
      if (mau2.data.values[id] === undefined)
        findings.push({
          code: "indicator_not_found",
          severity: "warning",
          at: { file, sheet: mau2.data.sheet },
          indicator: id,
        });
    }
  }

  const unit = identifyUnit(workbook, { file, roster, metadata, mau1, mau2 });
  findings.push(...unit.findings);
  const modified = options.modified ?? workbook.modified?.getTime();

  return {
    file,
    ...(modified !== undefined ? { modified } : {}),
    ...(unit.name !== undefined ? { unitName: unit.name } : {}),
    unitSource: unit.source,
    ...(metadata?.campaign ? { campaignId: metadata.campaign } : {}),
    ...(metadata?.templateVersion ? { templateVersion: metadata.templateVersion } : {}),
    date1904: workbook.date1904,
    ...(mau1 ? { mau1: mau1.data } : {}),
    ...(mau2 ? { mau2: mau2.data } : {}),
    findings,
  };
}

interface UnitContext {
  readonly file: string;
  readonly roster: readonly Unit[];
  readonly metadata: TemplateMetadata | undefined;
  readonly mau1: FoundMau1 | undefined;
  readonly mau2: FoundMau2 | undefined;
}

interface UnitOutcome {
  readonly name?: string;
  readonly source: UnitSource;
  readonly findings: readonly Finding[];
}

/** Metadata, else the header above either form's table, else the file name. */
function identifyUnit(workbook: WorkbookData, context: UnitContext): UnitOutcome {
  const { file, roster, metadata, mau1, mau2 } = context;
  if (metadata?.unit) {
    const hit = matchUnit(metadata.unit, roster);
    if (hit)
      return { name: roster[hit.index]?.name ?? metadata.unit, source: "metadata", findings: [] };
    return {
      name: metadata.unit,
      source: "metadata",
      findings: [
        {
          code: "unit_not_on_roster",
          severity: "warning",
          at: { file, sheet: METADATA_SHEET },
          params: { name: metadata.unit },
        },
      ],
    };
  }

  const headers: { sheet: string; lastRow: number }[] = [];
  if (mau2) headers.push({ sheet: mau2.data.sheet, lastRow: mau2.tableTop - 1 });
  if (mau1) headers.push({ sheet: mau1.data.sheet, lastRow: mau1.headerRow - 1 });
  for (const header of headers) {
    const sheet = workbook.sheets.find((s) => s.name === header.sheet);
    const name = sheet && findUnitInHeader(sheet, 1, header.lastRow, roster);
    if (name) return { name, source: "header", findings: [] };
  }

  const fromFile = findUnitInFileName(file, roster);
  if (fromFile) return { name: fromFile, source: "file_name", findings: [] };
  return { source: "none", findings: [{ code: "unit_unknown", severity: "error", at: { file } }] };
}
