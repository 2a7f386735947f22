/**
 * Types into a workbook with real LibreOffice, as a clerk does: a StarBasic macro in a
 * throw-away profile opens the file (hidden, headless), moves the cell cursor and enters
 * each text through the dispatcher (`.uno:GoToCell`, `.uno:EnterString`: the same input
 * path as typing a cell and pressing Enter, so "07/10/2026" becomes a date the way the
 * locale reads it), then saves the result as .xlsx or .ods. Only LibreOffice itself is
 * needed (Basic is part of libreoffice-core); no Python-UNO.
 *
 * The profile's locale is vi-VN, so dates are typed day/month/year as in a Vietnamese office.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { runBasicMacro } from "./libreoffice-macro";

/** One cell typed: by address, or on the first empty row under the column headed `under`. */
export type Typed =
  | { readonly cell: string; readonly text: string }
  | {
      /** A header text (e.g. "Tên đơn vị"): the row is the first one below it whose cell in its column is empty. */
      readonly under: string;
      /** Columns right of the header's column (0: the header's own column). */
      readonly offset?: number;
      readonly text: string;
    };

export interface TypingOptions {
  readonly sheet: string;
  /** Where to save, with LibreOffice's filter: "Calc MS Excel 2007 XML" (.xlsx) or "calc8" (.ods). */
  readonly saveAs: string;
  readonly filter?: string;
}

/** A Basic string literal (quotes doubled), XML-escaped for the .xba file. */
function basicString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function macro(
  file: string,
  typed: readonly Typed[],
  options: TypingOptions,
  done: string
): string {
  const filter =
    options.filter ?? (options.saveAs.endsWith(".ods") ? "calc8" : "Calc MS Excel 2007 XML");
  const steps = typed
    .map((entry) =>
      "cell" in entry
        ? `  TypeAt(oDoc, ${basicString(entry.cell)}, ${basicString(entry.text)})`
        : `  TypeAt(oDoc, FreeCellUnder(oSheet, ${basicString(entry.under)}, ${entry.offset ?? 0}), ${basicString(entry.text)})`
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Report(sText As String)
  Dim n As Integer
  n = FreeFile
  Open ${basicString(done)} For Output As #n
  Print #n, sText
  Close #n
End Sub

Sub TypeAt(oDoc As Object, sCell As String, sText As String)
  Dim oDisp As Object
  oDisp = createUnoService("com.sun.star.frame.DispatchHelper")
  Dim oFrame As Object
  oFrame = oDoc.getCurrentController().getFrame()
  Dim aJump(0) As New com.sun.star.beans.PropertyValue
  aJump(0).Name = "ToPoint" : aJump(0).Value = sCell
  oDisp.executeDispatch(oFrame, ".uno:GoToCell", "", 0, aJump())
  Dim aText(0) As New com.sun.star.beans.PropertyValue
  aText(0).Name = "StringName" : aText(0).Value = sText
  oDisp.executeDispatch(oFrame, ".uno:EnterString", "", 0, aText())
End Sub

Function FreeCellUnder(oSheet As Object, sHeader As String, nOffset As Integer) As String
  Dim nRow As Long, nCol As Long, nHeaderRow As Long
  nHeaderRow = -1
  For nRow = 0 To 500
    For nCol = 0 To 10
      If oSheet.getCellByPosition(nCol, nRow).getString() = sHeader Then
        nHeaderRow = nRow
        Exit For
      End If
    Next nCol
    If nHeaderRow &gt;= 0 Then Exit For
  Next nRow
  If nHeaderRow &lt; 0 Then Error 1000
  nRow = nHeaderRow + 1
  Do While oSheet.getCellByPosition(nCol, nRow).getString() &lt;&gt; ""
    nRow = nRow + 1
  Loop
  FreeCellUnder = oSheet.getCellByPosition(nCol + nOffset, nRow).AbsoluteName
End Function

Sub Run
  On Error GoTo Failed
  Dim aLoad(0) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = "Hidden" : aLoad(0).Value = True
  Dim oDoc As Object
  oDoc = StarDesktop.loadComponentFromURL(${basicString(pathToFileURL(file).href)}, "_blank", 0, aLoad())
  Dim oSheet As Object
  oSheet = oDoc.Sheets.getByName(${basicString(options.sheet)})
  oDoc.getCurrentController().setActiveSheet(oSheet)
${steps}
  Dim aStore(0) As New com.sun.star.beans.PropertyValue
  aStore(0).Name = "FilterName" : aStore(0).Value = ${basicString(filter)}
  oDoc.storeToURL(${basicString(pathToFileURL(options.saveAs).href)}, aStore())
  oDoc.close(True)
  Report("ok")
  Exit Sub
Failed:
  Report("error " &amp; Err &amp; ": " &amp; Error$ &amp; " (line " &amp; Erl &amp; ")")
End Sub
</script:module>
`;
}

/**
 * Opens `file` in LibreOffice, types `typed` into `options.sheet` and saves as
 * `options.saveAs`. Throws with LibreOffice's own error when a step fails.
 */
export function typeInLibreOffice(
  file: string,
  typed: readonly Typed[],
  options: TypingOptions
): void {
  runBasicMacro({
    what: "typing",
    vietnamese: true,
    module: (report) => macro(file, typed, options, report),
  });
  if (!existsSync(options.saveAs)) throw new Error(`LibreOffice wrote no ${options.saveAs}`);
}
