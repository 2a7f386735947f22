/**
 * The hint and error alert shown on an input cell, by what the cell accepts. Shared by the
 * .xlsx writer and the Office.js bridge, so a form made in Excel and a downloaded form
 * show the same texts; pure, so the task pane can use it without loading exceljs.
 */
import type { InputRule } from "../core";
import type { Catalogue, InputHelp } from "./catalogue";

/**
 * The data validation texts of an input, or undefined for free text (no validation).
 *
 * @example inputHelp({ kind: "count" }, vi)?.promptTitle // "Nhập số lượng"
 */
export function inputHelp(rule: InputRule, catalogue: Catalogue): InputHelp | undefined {
  switch (rule.kind) {
    case "count":
      return catalogue.input.count;
    case "time":
      return catalogue.input.time;
    case "date":
      return catalogue.input.date(rule.start, rule.end);
    case "text":
      return undefined;
  }
}
