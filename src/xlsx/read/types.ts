import type { CodedParams, ParamsArgs } from "../../core/returns/finding-params";

/** A cell's value as stored in the file. Dates stay serial numbers (see `Cell.kind`). */
export type CellValue = string | number | boolean | null;

/**
 * What a cell holds.
 * - `date`: a number cell whose number format is a date or time format; `value` stays the
 *   serial number (convert with core's `serialToDateParts`, or `excelSerialToDate`).
 * - `error`: `value` is the error text, e.g. `#DIV/0!`.
 * - `empty`: a formula cell without a cached value (`value` is null) that the reader could
 *   not compute either (evaluate.ts); one it computed is a `number` with `evaluated` set.
 */
export type CellKind = "number" | "string" | "boolean" | "error" | "date" | "empty";

export interface Cell {
  /** 1-based row. */
  row: number;
  /** 1-based column. */
  col: number;
  value: CellValue;
  kind: CellKind;
  /**
   * Formula text without the leading `=`, when the cell holds a formula. A cell that uses a
   * shared formula gets the master's formula shifted to its own position. In .ods files this
   * is OpenFormula syntax (`SUM([.A1:.A2])`), not Excel syntax.
   */
  formula?: string;
  /** Number format code when it is not General (xlsx only), e.g. `dd/mm/yyyy`. */
  numFmt?: string;
  /**
   * Set when the file held no cached result for the formula and the reader computed `value`
   * itself (plain arithmetic and SUM over cells of the same sheet); see evaluate.ts.
   */
  evaluated?: boolean;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

/** Sparse rows: `rows.get(row)?.get(col)`; use `getCell` for the common lookups. */
export type SheetRows = Map<number, Map<number, Cell>>;

export interface SheetData {
  name: string;
  state: SheetState;
  /** Only cells that hold a value or a formula are stored; styled blanks are not. */
  rows: SheetRows;
  /** Largest row / column among the stored cells (0 for an empty sheet). */
  maxRow: number;
  maxCol: number;
  /** Merged ranges as A1 ranges, e.g. `A1:C1`. */
  merges: string[];
  /**
   * Rows and columns the sheet hides (xlsx `<row hidden="1">` and `<col hidden="1">`, ods
   * `table:visibility` collapse or filter), 1-based, ascending. Only lines that hold a stored
   * cell are listed: a hidden line without cells hides nothing, and this keeps the sets no
   * larger than the sheet (an .ods hides a repeated empty tail of a million rows in one
   * element). Absent when no line with a cell is hidden.
   */
  hiddenRows?: ReadonlySet<number>;
  hiddenCols?: ReadonlySet<number>;
}

export interface DefinedName {
  name: string;
  /** The sheet the reference points into, when the reference is a single-sheet range. */
  sheet?: string;
  /** The reference without the sheet, e.g. `$C$14` or `$A$1:$B$3`; the raw text otherwise. */
  ref: string;
  /**
   * Set when the name is local to a sheet: its 0-based position among all the workbook's
   * sheets (counting sheets that `sheetFilter` left out), and its name.
   */
  localSheetIndex?: number;
  localSheet?: string;
  hidden?: boolean;
  /** The text as stored, e.g. `'Mẫu 2'!$C$14`. */
  raw: string;
}

export interface WorkbookData {
  format: "xlsx" | "ods";
  date1904: boolean;
  /** The sheets in workbook order (sheets refused by `sheetFilter` are left out). */
  sheets: SheetData[];
  definedNames: DefinedName[];
  /** Last-modified time from the document properties, when present and valid. */
  modified?: Date;
  /** The writing application from the document properties, e.g. `Microsoft Excel`. */
  application?: string;
}

/**
 * Why a file could not be read. Codes are stable snake_case identifiers; the message
 * catalogue turns them into text.
 */
export type ReadRejectionCode =
  /** Zero bytes. */
  | "empty_file"
  /** Not a zip and not an OLE container (PDF, image, text, HTML…); `params.detected` guesses what it is. */
  | "not_a_zip"
  /** A zip whose end is missing (an interrupted download or copy). */
  | "truncated"
  /** A zip whose structure or compressed data is damaged. */
  | "corrupt_zip"
  /** A zip entry uses a compression method other than stored/deflate. */
  | "unsupported_compression"
  /** A valid zip that is not a spreadsheet (a .docx, an empty zip…). */
  | "not_a_workbook"
  /** A spreadsheet format we do not read (`params.format`: `xlsb`). */
  | "unsupported_format"
  /** Password-protected (an OLE container with EncryptionInfo, an encrypted ODS or zip entry). */
  | "encrypted"
  /** An old binary .xls (OLE container without encryption). */
  | "legacy_xls"
  /**
   * A size limit was hit: `params.limit` names it (`file_bytes`, `part_bytes`,
   * `total_inflated_bytes`, `zip_entries`, `cells`, `shared_strings`, `sheets`, `cell_text`,
   * `shared_formula_chars`; see limits.ts) and `params.max` is its value.
   */
  | "too_large"
  /** A needed part is not well-formed XML (`params.part`); DOCTYPE/ENTITY declarations count as malformed. */
  | "malformed_xml"
  /** A part the workbook lists is missing from the zip (`params.part`). */
  | "missing_part"
  /** Something unexpected went wrong while reading; the file is treated as unreadable. */
  | "unreadable";

/** Why a file could not be read: its code with that code's params (core's `FindingParams`). */
export type ReadRejection = CodedParams<ReadRejectionCode>;

export type ReadResult =
  { ok: true; workbook: WorkbookData } | { ok: false; rejection: ReadRejection };

/** Internal: thrown inside the reader, turned into a returned rejection at the boundary. */
export class ReadFailure extends Error {
  constructor(readonly rejection: ReadRejection) {
    super(rejection.code);
    this.name = "ReadFailure";
  }
}

export function fail<C extends ReadRejectionCode>(code: C, ...params: ParamsArgs<C>): never {
  const [given] = params;
  // `given` is the params of `code` (the signature says so), but TypeScript cannot tie a
  // generic code to its params inside the union: asserted here, the one place both are known.
  throw new ReadFailure((given ? { code, params: given } : { code }) as ReadRejection);
}
