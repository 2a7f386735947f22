/**
 * `npm run release` on this build (dist/ from `npm run build`): what an office gets, each
 * file opened as its user opens it: the guide's PDF page read back, the web folder's zip
 * unpacked, the manifests checked.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { GUIDE_PDF, PLACEHOLDER, release } from "../scripts/release";
import { describeWithPrograms } from "./helpers/tools";

const URL = "https://tonghop.sogd.example.gov.vn/";

describeWithPrograms(["chromium", "lowriter", "pdfinfo", "pdftotext"], "npm run release", () => {
  let out: string;
  let written: string[];
  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), "tonghop-release-"));
    written = await release({ out, addinUrl: URL });
  }, 300_000);

  test("writes the page, the web folder, the manifests and the guide", () => {
    const version = JSON.parse(
      readFileSync(path.join(__dirname, "../package.json"), "utf8")
    ).version;
    expect(written.sort()).toEqual(
      [
        "TongHop.html",
        "manifest.template.xml",
        "manifest.xml",
        `tonghop-web-${version}.zip`,
        GUIDE_PDF,
      ].sort()
    );
    expect(readdirSync(out).sort()).toEqual([...written].sort());
  });

  test("the web folder unpacks to a pane that points at the office's server, without source maps", () => {
    const zip = readdirSync(out).find((name) => name.endsWith(".zip"))!;
    const files = unzipSync(new Uint8Array(readFileSync(path.join(out, zip))));
    const names = Object.keys(files);
    expect(names).toEqual(
      expect.arrayContaining(["taskpane.html", "read-worker.js", "manifest.xml"])
    );
    expect(names.some((name) => name.startsWith("assets/") && name.endsWith(".png"))).toBe(true);
    expect(names.filter((name) => name.endsWith(".map"))).toEqual([]);
    const manifest = strFromU8(files["manifest.xml"]!);
    expect(manifest).toContain(`${URL}taskpane.html?host=excel`);
    expect(manifest).not.toContain("localhost");
    expect(manifest).toBe(readFileSync(path.join(out, "manifest.xml"), "utf8"));
  });

  test("the template has the placeholder wherever the server's address goes", () => {
    const template = readFileSync(path.join(out, "manifest.template.xml"), "utf8");
    expect(template).not.toContain("localhost");
    expect(template.split(PLACEHOLDER).length - 1).toBeGreaterThan(3);
    // The same manifest but for the address (and the note that says where to put it).
    const body = (text: string) => text.replace(/<!--[\s\S]*?-->/, "");
    expect(body(template).split(PLACEHOLDER).join(URL)).toBe(
      body(readFileSync(path.join(out, "manifest.xml"), "utf8"))
    );
  });

  test("the guide is one A4 page in Vietnamese with a picture of each area", () => {
    const pdf = path.join(out, GUIDE_PDF);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
    for (const words of ["Hướng dẫn sử dụng TổngHợp", "1. Biểu mẫu", "2. Kiểm tra", "3. Tổng hợp"])
      expect(text).toContain(words);
    const images = spawnSync("pdfimages", ["-list", pdf], { encoding: "utf8" }).stdout;
    expect(images.trim().split("\n").length - 2).toBeGreaterThanOrEqual(3);
  });

  test("refuses an add-in address the manifest check does not pass", async () => {
    const bad = mkdtempSync(path.join(tmpdir(), "tonghop-release-bad-"));
    await expect(release({ out: bad, addinUrl: "http://tonghop.example/" })).rejects.toThrow(
      /manifest\.xml for http:\/\/tonghop\.example\/ has problems/
    );
  });
});
