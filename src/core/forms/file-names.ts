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
