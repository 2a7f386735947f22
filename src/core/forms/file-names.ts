import type { Unit } from "../campaign";
import { stripMarks } from "../values";
import type { FormId } from "./layout";

/**
 * Lower-case ASCII words joined by hyphens. Files travel by email and Zalo between Windows,
 * macOS (which stores names decomposed) and phones, so generated names avoid diacritics.
 *
 * @example slugify('Phường Thủy Dương') === 'phuong-thuy-duong'
 */
export function slugify(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The file name of a generated template.
 *
 * @example templateFileName('mau2', { name: 'Xã Dương Hòa', type: 'community' }) === 'mau2-xa-duong-hoa.xlsx'
 */
export function templateFileName(form: FormId, unit?: Unit): string {
  const slug = unit ? slugify(unit.name) : "";
  return slug ? `${form}-${slug}.xlsx` : `${form}.xlsx`;
}

/**
 * The zip of every roster unit's templates.
 *
 * @example rosterZipFileName({ id: 'huong-thuy-2017', … }) === 'bieu-mau-huong-thuy-2017.zip'
 */
export function rosterZipFileName(campaign: { readonly id: string }): string {
  return `bieu-mau-${campaign.id}.zip`;
}

/**
 * The district's summary workbook.
 *
 * @example summaryFileName({ id: 'huong-thuy-2017', … }) === 'tong-hop-huong-thuy-2017.xlsx'
 */
export function summaryFileName(campaign: { readonly id: string }): string {
  return `tong-hop-${campaign.id}.xlsx`;
}
