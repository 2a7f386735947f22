/**
 * Turns a workbook read by the generic reader into the returns it holds: which forms, their
 * raw values with their cells, the unit that sent each, and what went wrong while reading.
 * Values are not judged here; the rules do that.
 */
import {
  INDICATOR_IDS,
  METADATA_SHEET,
  matchUnit,
  normalizeUnitName,
  type Finding,
  type FormId,
  type ReturnData,
  type TemplateMetadata,
  type Unit,
  type UnitSource,
} from "../../core";
import type { SheetData, WorkbookData } from "../read";
import { readMau1ByLabels, readMau1ByNames, type FoundMau1 } from "./find-mau1";
import { readMau2ByLabels, readMau2ByNames, type FoundMau2 } from "./find-mau2";
import { findNamedUnit, findTitleYear, findUnitInFileName, type NamedUnit } from "./find-unit";
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
  /** A fingerprint of the file's bytes (see `ReturnData.digest`). */
  readonly digest?: string;
}

/** A form found on one sheet. */
interface SheetForms {
  /** Position in the workbook. */
  readonly index: number;
  readonly sheet: SheetData;
  readonly mau1?: FoundMau1;
  readonly mau2?: FoundMau2;
  /** Rows the sheet hides that hold something; never read. */
  readonly hiddenRows: readonly number[];
  /** The sheet itself is hidden (read only because no visible sheet holds a form). */
  readonly hiddenSheet: boolean;
  /** The template metadata speaks for this sheet. */
  readonly byMetadata: boolean;
  readonly unit?: NamedUnit;
  readonly year?: number;
}

/**
 * Reads the returns of one workbook: one per unit whose form it holds, in sheet order (a
 * single return for the usual file). Pure: no file system, no clock.
 *
 * Only visible sheets and rows are read; hidden sheets only when no visible sheet holds a
 * form (with a warning). A generated template is read by its metadata and defined names;
 * anything else (hand-made forms, altered templates) by labels. Sheets that name no unit
 * belong to the unit the other sheets name, else to the file name's unit.
 *
 * @example
 * const read = readWorkbook(bytes);
 * if (read.ok) extractReturns(read.workbook, { file: 'mau2-phuong-phu-bai.xlsx', roster: campaign.units });
 * // [{ unitName: 'Phường Phú Bài', unitSource: 'metadata', mau2: { values: { ke_hoach: { value: 1, cell: 'C14' }, … } }, … }]
 */
export function extractReturns(
  workbook: WorkbookData,
  options: ExtractReturnOptions
): ReturnData[] {
  const { file, roster } = options;
  const lookup = readTemplateMetadata(workbook);
  const metadata = lookup.kind === "found" ? lookup.metadata : undefined;
  const readFindings: Finding[] =
    lookup.kind === "unreadable"
      ? [
          {
            code: "template_metadata_unreadable",
            severity: "warning",
            at: { file, sheet: METADATA_SHEET },
          },
        ]
      : [];

  const sheets = workbook.sheets.filter((sheet) => sheet.name !== METADATA_SHEET);
  let found = findForms(
    workbook,
    sheets.filter((sheet) => sheet.state === "visible"),
    false
  );
  if (found.length === 0)
    found = findForms(
      workbook,
      sheets.filter((sheet) => sheet.state !== "visible"),
      true
    );
  // A summary's lists (its checks, comments and charts) name indicators by their labels
  // too: its Mẫu 2 is its form sheet alone.
  if (metadata?.role === "summary") found = found.flatMap((forms) => ownForm(forms, metadata));
  found = found.map((forms) => identify(forms, metadata, roster));

  const base = {
    file,
    modified: options.modified ?? workbook.modified?.getTime(),
    date1904: workbook.date1904,
    digest: options.digest,
  };
  if (found.length === 0) {
    const unit = fallbackUnit(file, roster, metadata);
    return [
      buildReturn(base, [], unit, metadata, [
        ...readFindings,
        { code: "no_form_found", severity: "error", at: { file } },
      ]),
    ];
  }

  return groupByUnit(found, file, roster, metadata).map(({ unit, sheets: group }, i) =>
    buildReturn(base, group, unit, metadata, i === 0 ? readFindings : [])
  );
}

/**
 * The one return of a workbook (the first, when it holds several units' forms): for a
 * single sheet read in Excel, and for callers that know the file holds one unit.
 */
export function extractReturn(workbook: WorkbookData, options: ExtractReturnOptions): ReturnData {
  return extractReturns(workbook, options)[0] as ReturnData;
}

/**
 * A summary's forms on one sheet, its Mẫu 2 kept only on the sheet its metadata names (or
 * its defined names point into, should the sheet have been renamed).
 */
function ownForm(forms: SheetForms, metadata: TemplateMetadata): SheetForms[] {
  const { mau2, ...rest } = forms;
  if (!mau2 || mau2.by === "names" || forms.sheet.name === metadata.sheets.mau2) return [forms];
  return rest.mau1 ? [rest] : [];
}

/** The forms on each of `sheets`, read from the sheet's visible rows and columns. */
function findForms(
  workbook: WorkbookData,
  sheets: readonly SheetData[],
  hiddenSheet: boolean
): SheetForms[] {
  const out: SheetForms[] = [];
  for (const sheet of sheets) {
    const { view, hiddenRows } = visibleView(sheet);
    // The template's names that point into this sheet, and this sheet alone.
    const single: WorkbookData = {
      ...workbook,
      sheets: [view],
      definedNames: workbook.definedNames.filter((name) => name.sheet === sheet.name),
    };
    const mau2 = readMau2ByNames(single) ?? readMau2ByLabels(view);
    const mau1 = readMau1ByNames(single) ?? readMau1ByLabels(view);
    if (!mau1 && !mau2) continue;
    out.push({
      index: workbook.sheets.indexOf(sheet),
      sheet: view,
      ...(mau1 ? { mau1 } : {}),
      ...(mau2 ? { mau2 } : {}),
      hiddenRows,
      hiddenSheet,
      byMetadata: false,
    });
  }
  return out;
}

/**
 * The sheet as it is shown: hidden rows and columns left out (last year's figures are often
 * kept in hidden rows), with the hidden rows that held something.
 */
function visibleView(sheet: SheetData): { view: SheetData; hiddenRows: number[] } {
  const rowsHidden = sheet.hiddenRows;
  const colsHidden = sheet.hiddenCols;
  if (!rowsHidden?.size && !colsHidden?.size) return { view: sheet, hiddenRows: [] };
  const rows: SheetData["rows"] = new Map();
  const hiddenRows: number[] = [];
  let maxRow = 0;
  let maxCol = 0;
  for (const [row, cells] of sheet.rows) {
    if (rowsHidden?.has(row)) {
      if ([...cells.values()].some((cell) => cell.value !== null && cell.value !== ""))
        hiddenRows.push(row);
      continue;
    }
    const kept = colsHidden?.size
      ? new Map([...cells].filter(([col]) => !colsHidden.has(col)))
      : cells;
    if (kept.size === 0) continue;
    rows.set(row, kept);
    maxRow = Math.max(maxRow, row);
    for (const col of kept.keys()) maxCol = Math.max(maxCol, col);
  }
  hiddenRows.sort((a, b) => a - b);
  return { view: { ...sheet, rows, maxRow, maxCol }, hiddenRows };
}

/** Who a sheet's forms come from, and for which year. */
function identify(
  forms: SheetForms,
  metadata: TemplateMetadata | undefined,
  roster: readonly Unit[]
): SheetForms {
  const { sheet, mau1, mau2 } = forms;
  // Metadata speaks for the sheets it names, and for those its defined names point into
  // (a unit may rename the sheet; Excel moves the names with it).
  const byMetadata =
    metadata !== undefined &&
    ((mau2 !== undefined && (mau2.by === "names" || metadata.sheets.mau2 === sheet.name)) ||
      (mau1 !== undefined && (mau1.by === "names" || metadata.sheets.mau1 === sheet.name)));
  const bounds = mau2
    ? { tableTop: mau2.tableTop, tableBottom: lastRowOf(mau2) }
    : { tableTop: mau1?.headerRow ?? 1, tableBottom: mau1Bottom(mau1) };
  let unit: NamedUnit | undefined;
  if (byMetadata && metadata?.unit) {
    unit = metadataUnit(metadata.unit, roster);
  } else {
    unit = findNamedUnit(sheet, bounds, roster);
    // A name off the roster is taken only from a form with a title: on a sheet of lists or
    // notes a name in some cell says nothing of who sent the return.
    if (unit && !unit.onRoster && !unit.titled) unit = undefined;
  }
  const year = byMetadata && metadata?.year ? metadata.year : findTitleYear(sheet, bounds.tableTop);
  return {
    ...forms,
    byMetadata,
    ...(unit ? { unit } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}

function lastRowOf(found: FoundMau2): number {
  let last = found.tableTop;
  for (const raw of Object.values(found.data.values)) {
    const row = raw ? Number(/\d+$/.exec(raw.cell)?.[0]) : NaN;
    if (row > last) last = row;
  }
  return last;
}

function mau1Bottom(found: FoundMau1 | undefined): number {
  if (!found) return 1;
  return Math.max(found.headerRow, ...found.data.rows.map((row) => row.row));
}

interface UnitGroup {
  readonly unit: NamedUnit | undefined;
  readonly sheets: readonly SheetForms[];
}

const unitKey = (unit: NamedUnit): string =>
  unit.onRoster ? `r:${unit.name}` : `o:${normalizeUnitName(unit.name)}`;

/**
 * One group per unit named. Sheets that name nobody join the one unit the others name; when
 * several are named they cannot be placed, and each is a return of the file name's unit.
 */
function groupByUnit(
  found: readonly SheetForms[],
  file: string,
  roster: readonly Unit[],
  metadata: TemplateMetadata | undefined
): UnitGroup[] {
  const groups = new Map<string, { unit: NamedUnit; sheets: SheetForms[] }>();
  const unnamed: SheetForms[] = [];
  for (const forms of found) {
    if (!forms.unit) {
      unnamed.push(forms);
      continue;
    }
    const key = unitKey(forms.unit);
    const group = groups.get(key);
    if (group) group.sheets.push(forms);
    else groups.set(key, { unit: forms.unit, sheets: [forms] });
  }
  const named = [...groups.values()];
  if (unnamed.length === 0) return named;
  if (named.length === 1) {
    named[0]?.sheets.push(...unnamed);
    named[0]?.sheets.sort((a, b) => a.index - b.index);
    return named;
  }
  const unit = fallbackUnit(file, roster, metadata);
  if (named.length === 0) return [{ unit, sheets: unnamed }];
  return [...named, ...unnamed.map((forms) => ({ unit, sheets: [forms] }))].sort(
    (a, b) => (a.sheets[0]?.index ?? 0) - (b.sheets[0]?.index ?? 0)
  );
}

/** The unit of forms that name none: the metadata's, else the file name's. */
function fallbackUnit(
  file: string,
  roster: readonly Unit[],
  metadata: TemplateMetadata | undefined
): NamedUnit | undefined {
  if (metadata?.unit) return metadataUnit(metadata.unit, roster);
  const fromFile = findUnitInFileName(file, roster);
  return fromFile
    ? { name: fromFile, onRoster: true, source: "file_name", titled: false }
    : undefined;
}

function metadataUnit(name: string, roster: readonly Unit[]): NamedUnit {
  const hit = matchUnit(name, roster);
  const unit = roster[hit?.index ?? -1];
  return unit
    ? { name: unit.name, onRoster: true, source: "metadata", titled: true }
    : { name, onRoster: false, source: "metadata", titled: true };
}

interface ReturnBase {
  readonly file: string;
  readonly modified: number | undefined;
  readonly date1904: boolean;
  readonly digest: string | undefined;
}

/** The return of one unit: its best sheet of each form, and every finding of reading it. */
function buildReturn(
  base: ReturnBase,
  sheets: readonly SheetForms[],
  unit: NamedUnit | undefined,
  metadata: TemplateMetadata | undefined,
  leading: readonly Finding[]
): ReturnData {
  const { file } = base;
  const findings: Finding[] = [...leading];
  const mau2 = pick(sheets, "mau2", findings, file);
  const mau1 = pick(sheets, "mau1", findings, file);
  const used = sheets.filter((forms) => forms === mau2 || forms === mau1);

  for (const forms of used) {
    const sheet = forms.sheet.name;
    if (forms.hiddenSheet)
      findings.push({
        code: "hidden_sheet_read",
        severity: "warning",
        at: { file, sheet },
        params: { sheet },
      });
    if (forms.hiddenRows.length > 0)
      findings.push({
        code: "hidden_rows_ignored",
        severity: "warning",
        at: { file, sheet },
        params: { count: forms.hiddenRows.length, rows: rowRanges(forms.hiddenRows) },
      });
  }
  const mau2Data = mau2?.mau2?.data;
  if (mau2Data) {
    for (const id of INDICATOR_IDS) {
      if (mau2Data.values[id] === undefined)
        findings.push({
          code: "indicator_not_found",
          severity: "warning",
          at: { file, sheet: mau2Data.sheet },
          indicator: id,
        });
    }
  }
  if (unit && !unit.onRoster) {
    const sheet = unit.source === "metadata" ? METADATA_SHEET : (used[0]?.sheet.name ?? undefined);
    findings.push({
      code: "unit_not_on_roster",
      severity: "warning",
      at: { file, ...(sheet !== undefined ? { sheet } : {}) },
      params: { name: unit.name },
    });
  }
  if (!unit) findings.push({ code: "unit_unknown", severity: "error", at: { file } });

  const byMetadata = used.some((forms) => forms.byMetadata);
  const meta = byMetadata ? metadata : undefined;
  const year = (mau2 ?? mau1)?.year;
  const source: UnitSource = unit?.source ?? "none";
  return {
    file,
    ...(base.modified !== undefined ? { modified: base.modified } : {}),
    ...(unit ? { unitName: unit.name, onRoster: unit.onRoster } : {}),
    unitSource: source,
    ...(meta?.campaign ? { campaignId: meta.campaign } : {}),
    ...(meta?.templateVersion ? { templateVersion: meta.templateVersion } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(meta?.role ? { role: meta.role } : {}),
    ...(base.digest !== undefined ? { digest: base.digest } : {}),
    date1904: base.date1904,
    ...(mau1?.mau1 ? { mau1: mau1.mau1.data } : {}),
    ...(mau2Data ? { mau2: mau2Data } : {}),
    findings,
  };
}

/**
 * The sheet whose form of this kind is read: the one with the most indicators (or schedule
 * rows), the metadata's on a tie, else the first; the others are named in a warning.
 */
function pick(
  sheets: readonly SheetForms[],
  form: FormId,
  findings: Finding[],
  file: string
): SheetForms | undefined {
  const size = (forms: SheetForms): number =>
    form === "mau2"
      ? Object.keys(forms.mau2?.data.values ?? {}).length
      : (forms.mau1?.data.rows.length ?? 0);
  const holding = sheets.filter((forms) => forms[form] !== undefined);
  const best = [...holding].sort(
    (a, b) => size(b) - size(a) || Number(b.byMetadata) - Number(a.byMetadata) || a.index - b.index
  )[0];
  if (best && holding.length > 1)
    findings.push({
      code: "several_forms_one_unit",
      severity: "warning",
      at: { file, sheet: best.sheet.name },
      params: { form, sheet: best.sheet.name },
    });
  return best;
}

/** Row numbers as ranges: [3, 4, 5, 9] -> "3–5, 9". */
function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] ?? 0) + 1) j++;
    parts.push(i === j ? `${rows[i]}` : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
