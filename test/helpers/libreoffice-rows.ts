/**
 * Asks real LibreOffice how tall each row of a workbook should be: a StarBasic macro in a
 * throw-away profile opens the file (hidden, headless), reads every used row's height as the
 * file set it, then lets LibreOffice fit the row to its text (`OptimalHeight`) and reads the
 * height again. It also reads the column widths and each sheet's print scale as LibreOffice
 * understood them. Nothing is saved. Only LibreOffice itself is needed (no Python-UNO).
 */
import { pathToFileURL } from "node:url";
import { runBasicMacro } from "./libreoffice-macro";

/** One row as LibreOffice sees it, heights in points. */
export interface MeasuredRow {
  /** 1-based, as in A1 addresses. */
  readonly row: number;
  /** The height the file gave the row. */
  readonly height: number;
  /** The height LibreOffice gives it when asked to fit its contents. */
  readonly optimal: number;
}

export interface MeasuredSheet {
  readonly rows: readonly MeasuredRow[];
  /** Column widths in points, from column A to the last used one. */
  readonly columnWidths: readonly number[];
  /** The page style's scale in percent (`PageScale`), and its fit-to-pages width (0: none). */
  readonly pageScale: number;
  readonly scaleToPagesX: number;
}

/** 1/100 mm, LibreOffice's unit, in points. */
const toPoints = (hundredthsMm: number): number => (hundredthsMm / 2540) * 72;

/** A Basic string literal (quotes doubled), XML-escaped for the .xba file. */
function basicString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function macro(file: string, sheets: readonly string[], out: string): string {
  const names = sheets.map((name, i) => `  aNames(${i}) = ${basicString(name)}`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Run
  Dim n As Integer
  n = FreeFile
  Open ${basicString(out)} For Output As #n
  On Error GoTo Failed
  Dim aNames(${sheets.length - 1}) As String
${names}
  Dim aLoad(0) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = "Hidden" : aLoad(0).Value = True
  Dim oDoc As Object
  oDoc = StarDesktop.loadComponentFromURL(${basicString(pathToFileURL(file).href)}, "_blank", 0, aLoad())
  Dim i As Integer, r As Long, c As Long, nHeight As Long
  For i = 0 To UBound(aNames)
    Dim oSheet As Object
    oSheet = oDoc.Sheets.getByName(aNames(i))
    Dim oStyle As Object
    oStyle = oDoc.StyleFamilies.getByName("PageStyles").getByName(oSheet.PageStyle)
    Print #n, "sheet" &amp; Chr(9) &amp; i &amp; Chr(9) &amp; oStyle.PageScale &amp; Chr(9) &amp; oStyle.ScaleToPagesX
    Dim oCursor As Object
    oCursor = oSheet.createCursor()
    oCursor.gotoEndOfUsedArea(False)
    For c = 0 To oCursor.RangeAddress.EndColumn
      Print #n, "col" &amp; Chr(9) &amp; i &amp; Chr(9) &amp; c &amp; Chr(9) &amp; oSheet.Columns.getByIndex(c).Width
    Next c
    For r = 0 To oCursor.RangeAddress.EndRow
      Dim oRow As Object
      oRow = oSheet.Rows.getByIndex(r)
      nHeight = oRow.Height
      oRow.OptimalHeight = True
      Print #n, "row" &amp; Chr(9) &amp; i &amp; Chr(9) &amp; r &amp; Chr(9) &amp; nHeight &amp; Chr(9) &amp; oRow.Height
    Next r
  Next i
  oDoc.close(True)
  Print #n, "ok"
  Close #n
  Exit Sub
Failed:
  Print #n, "error " &amp; Err &amp; ": " &amp; Error$ &amp; " (line " &amp; Erl &amp; ")"
  Close #n
End Sub
</script:module>
`;
}

/**
 * Opens `file` in LibreOffice and measures the used rows of each of `sheets` (by name).
 * Throws with LibreOffice's own error when a step fails.
 */
export function measureRowsInLibreOffice(
  file: string,
  sheets: readonly string[]
): Map<string, MeasuredSheet> {
  const lines = runBasicMacro({
    what: "measuring",
    module: (report) => macro(file, sheets, report),
  });
  const measured = sheets.map(() => ({
    rows: [] as MeasuredRow[],
    columnWidths: [] as number[],
    pageScale: 0,
    scaleToPagesX: 0,
  }));
  for (const line of lines) {
    const [kind, sheet, ...fields] = line.split("\t");
    const entry = measured[Number(sheet)]!;
    const numbers = fields.map(Number);
    if (kind === "sheet") {
      entry.pageScale = numbers[0]!;
      entry.scaleToPagesX = numbers[1]!;
    } else if (kind === "col") entry.columnWidths[numbers[0]!] = toPoints(numbers[1]!);
    else if (kind === "row")
      entry.rows.push({
        row: numbers[0]! + 1,
        height: toPoints(numbers[1]!),
        optimal: toPoints(numbers[2]!),
      });
    else throw new Error(`Unexpected line from the measuring macro: ${line}`);
  }
  return new Map(sheets.map((name, i) => [name, measured[i]!]));
}
