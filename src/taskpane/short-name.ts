/**
 * A file name short enough for two lines of a 350 px task pane: its start and its end (where
 * the unit's name and the extension usually are) joined by an ellipsis.
 *
 * @example shortName("Bao_cao_ket_qua_tuan_le_hoc_tap_suot_doi_truong_THCS_Phu_Bai_2017_ban_cuoi.xlsx")
 *   // "Bao_cao_ket_qua_tuan_le_hoc_t…_Phu_Bai_2017_ban_cuoi.xlsx"
 */
export function shortName(name: string, max = 56): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join("")}…${chars.slice(chars.length - tail).join("")}`;
}
