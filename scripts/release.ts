/**
 * `npm run release` (after `npm run build`): release/ with what an office gets.
 * - TongHop.html: the whole of TổngHợp in one file, opened with a double click;
 * - tonghop-web-<version>.zip: the add-in's web folder (dist/web without source maps), to
 *   put on an https server;
 * - manifest.template.xml: the manifest with `https://DIA-CHI-MAY-CHU/` where that server's
 *   address goes; with ADDIN_URL set, also manifest.xml for it, checked like the repo's;
 * - Huong-dan-su-dung.pdf: the one-page user guide, printed by LibreOffice from
 *   docs/huong-dan/huong-dan-su-dung.html with screenshots of the three areas taken anew
 *   from this build's TongHop.html.
 * The installer's steps are in docs/excel-support.md ("Cài bổ trợ cho cả văn phòng").
 *
 * Usage: [ADDIN_URL=https://…/] node scripts/run-ts.js scripts/release.ts [out-folder]
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { checkManifest } from "./check-manifest";
import { guideScreenshots } from "./guide-screenshots";

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
/** The origin the repository's manifest points at (webpack's dev server). */
const DEV_ORIGIN = "https://localhost:3000/";
/** What the template has where the office's server goes. */
export const PLACEHOLDER = "https://DIA-CHI-MAY-CHU/";
const GUIDE_SOURCE = path.join(ROOT, "docs/huong-dan/huong-dan-su-dung.html");
export const GUIDE_PDF = "Huong-dan-su-dung.pdf";

export interface ReleaseOptions {
  /** The folder to write (emptied first). */
  readonly out: string;
  /** The add-in's https address, e.g. https://tonghop.sogd.example.gov.vn/ */
  readonly addinUrl?: string;
}

/** The files of every folder under `dir`, as zip entries (paths with "/"). */
function folderEntries(dir: string, keep: (name: string) => boolean): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  const walk = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else if (keep(name)) entries[`${prefix}${name}`] = new Uint8Array(readFileSync(full));
    }
  };
  walk(dir, "");
  return entries;
}

/**
 * The manifest pointed at `origin` (ending in "/"), its opening comment (about the dev
 * server) replaced by one for whoever installs it.
 */
function manifestAt(origin: string, version: string): string {
  const note =
    origin === PLACEHOLDER
      ? `TổngHợp ${version}. Thay mọi ${PLACEHOLDER} bằng địa chỉ https của máy chủ đặt thư mục web\n  (có dấu / ở cuối), rồi lưu thành manifest.xml. Xem docs/excel-support.md, "Cài bổ trợ cho cả văn phòng".`
      : `TổngHợp ${version}, cho máy chủ ${origin}. Xem docs/excel-support.md, "Cài bổ trợ cho cả văn phòng".`;
  return readFileSync(path.join(ROOT, "manifest.xml"), "utf8")
    .replace(/<!--[\s\S]*?-->/, `<!--\n  ${note}\n-->`)
    .split(DEV_ORIGIN)
    .join(origin);
}

/** Prints the guide with LibreOffice Writer; the PDF's path. */
function printGuide(folder: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), "tonghop-lo-"));
  const run = spawnSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--infilter=HTML (StarWriter)",
      "--convert-to",
      "pdf:writer_pdf_Export",
      "--outdir",
      folder,
      path.join(folder, "huong-dan-su-dung.html"),
    ],
    { encoding: "utf8", timeout: 180_000 }
  );
  rmSync(profile, { recursive: true, force: true });
  const pdf = path.join(folder, "huong-dan-su-dung.pdf");
  if (run.status !== 0 || !existsSync(pdf))
    throw new Error(
      `LibreOffice Writer could not print the guide (is libreoffice-writer installed?): ${run.stderr || run.error}`
    );
  return pdf;
}

/** Writes the release; the files written, by name. */
export async function release(options: ReleaseOptions): Promise<string[]> {
  const page = path.join(DIST, "TongHop.html");
  const web = path.join(DIST, "web");
  if (!existsSync(page) || !existsSync(path.join(web, "taskpane.html")))
    throw new Error("dist/ is missing or incomplete: run `npm run build` first.");
  const version = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const origin =
    options.addinUrl &&
    (options.addinUrl.endsWith("/") ? options.addinUrl : `${options.addinUrl}/`);

  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const written: string[] = [];
  const put = (name: string, bytes: Uint8Array | string): void => {
    writeFileSync(path.join(options.out, name), bytes);
    written.push(name);
  };

  copyFileSync(page, path.join(options.out, "TongHop.html"));
  written.push("TongHop.html");

  put("manifest.template.xml", manifestAt(PLACEHOLDER, version));
  const manifest = manifestAt(origin ?? PLACEHOLDER, version);
  if (origin) {
    const { problems } = checkManifest(manifest, { assetsDir: path.join(web, "assets") });
    if (problems.length > 0)
      throw new Error(`manifest.xml for ${origin} has problems:\n- ${problems.join("\n- ")}`);
    put("manifest.xml", manifest);
  }

  const files = folderEntries(web, (name) => !name.endsWith(".map"));
  files["manifest.xml"] = new TextEncoder().encode(manifest);
  put(`tonghop-web-${version}.zip`, zipSync(files, { level: 9 }));

  const guide = mkdtempSync(path.join(tmpdir(), "tonghop-guide-"));
  copyFileSync(GUIDE_SOURCE, path.join(guide, "huong-dan-su-dung.html"));
  await guideScreenshots(page, guide);
  copyFileSync(printGuide(guide), path.join(options.out, GUIDE_PDF));
  written.push(GUIDE_PDF);
  rmSync(guide, { recursive: true, force: true });
  return written;
}

export async function main(args: string[]): Promise<void> {
  const out = path.resolve(args[0] ?? path.join(ROOT, "release"));
  const addinUrl = process.env.ADDIN_URL;
  const written = await release({ out, ...(addinUrl ? { addinUrl } : {}) });
  for (const name of written) {
    const size = statSync(path.join(out, name)).size;
    console.log(
      `${path.relative(process.cwd(), path.join(out, name))}\t${(size / 1024).toFixed(0)} KB`
    );
  }
}
