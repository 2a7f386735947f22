/**
 * Whether a spreadsheet would read this text as a formula (or a DDE call) if it
 * were written as a plain value: it starts, after optional white space, with
 * = + - @, or with a tab or carriage return; full-width ＝ ＋ － ＠ count too, as
 * some IMEs and spreadsheet locales turn them into their ASCII forms.
 *
 * Why: units type free text that ends up in the summary workbook and in CSV
 * exports. '=HYPERLINK(…)', '+cmd|…' or '@SUM(…)' would become live formulas there
 * (CSV/formula injection; DDE can even start programs in old Excel), and '- 5 lớp'
 * or '+ Số lượt' would turn into #NAME? errors. Writers force such text to be
 * stored as text (string cell type, or a leading apostrophe in CSV).
 *
 * @example
 * looksLikeFormula('=1+1')       // true
 * looksLikeFormula('  @SUM(A1)') // true
 * looksLikeFormula('Phú Bài')    // false
 */
export function looksLikeFormula(text: string): boolean {
  return /^[\t\r]/.test(text) || /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(text);
}
