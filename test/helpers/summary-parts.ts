/** A written workbook's parts as the tests read them, without a spreadsheet library. */
import { strFromU8, unzipSync } from "fflate";

/** Sheet name → its XML part, through workbook.xml and its relationships. */
export function sheetXml(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts["xl/workbook.xml"]!);
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]!);
  const out: Record<string, string> = {};
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const part = `xl/${target.replace(/^\/?xl\//, "")}`;
    out[name!.replace(/&amp;/g, "&")] = strFromU8(parts[part]!);
  }
  return out;
}
