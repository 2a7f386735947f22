#!/usr/bin/env node
/**
 * dist/TongHop.html: the web page in one file a clerk can be sent by Zalo or e-mail and
 * open with a double click, with no server and no network. Made from webpack's dist/web
 * (run after `webpack`, as `npm run build` does):
 * - every chunk the page can load (the xlsx reader and writer, exceljs) is inlined before
 *   the page's own script, so webpack finds each one already installed when it is first
 *   wanted, and no file is ever fetched;
 * - the read worker's code is kept in a `<script type="text/plain">`, from which the page
 *   makes its workers through a Blob URL (`workerScript` in src/taskpane/read-pool.ts): a
 *   browser refuses a worker from a file:// address;
 * - the icon becomes a data URL; source maps are left out.
 * What runs only inside Excel (the bridge chunk) is left out: the file is never an add-in.
 *
 * Usage: node scripts/single-file.js [dist/web] [dist/TongHop.html]
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
/** The id `workerScript` looks for. */
const INLINE_WORKER_ID = "tonghop-read-worker";
const WORKER_FILE = "read-worker.js";

/**
 * Script text made safe inside an HTML `<script>` element: no `</script` or `<!--` that
 * would end or bend it. Both appear only in strings, regular expressions and comments of
 * the bundles, where `<\/` and `<\!` read the same.
 */
function inlineSafe(code) {
  return code
    .replace(/^\/\/# sourceMappingURL=.*$/gm, "")
    .replace(/<\/(script)/gi, "<\\/$1")
    .replace(/<!--/g, "<\\!--");
}

/** The scripts taskpane.html loads, in order (webpack's tags: `<script defer src=…>`). */
function pageScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*><\/script>/g)]
    .map((m) => ({ tag: m[0], src: m[1] }))
    .filter(({ src }) => !/^https?:/.test(src));
}

/**
 * The one-file page from the files of `webDir`.
 *
 * @returns {{ html: string, inlined: string[] }} the page and the files it holds
 */
function singleFile(webDir) {
  let html = fs.readFileSync(path.join(webDir, "taskpane.html"), "utf8");
  const scripts = pageScripts(html);
  if (scripts.length === 0) throw new Error(`no script tag in ${webDir}/taskpane.html`);
  const main = new Set(scripts.map((s) => s.src));
  const chunks = fs
    .readdirSync(webDir)
    .filter(
      (name) =>
        name.endsWith(".js") &&
        !main.has(name) &&
        name !== WORKER_FILE &&
        !name.startsWith("excel-host.")
    )
    .sort();
  const read = (name) => inlineSafe(fs.readFileSync(path.join(webDir, name), "utf8"));

  const parts = [
    `<script type="text/plain" id="${INLINE_WORKER_ID}">${read(WORKER_FILE)}</script>`,
    ...chunks.map((name) => `<script data-chunk="${name}">${read(name)}</script>`),
  ];
  // At the end of the body, where webpack's deferred scripts would have run, and the chunks
  // first: each registers itself with webpack's chunk list before the runtime starts,
  // which then counts them as loaded.
  for (const { tag, src } of scripts) {
    html = html.replace(tag, "");
    parts.push(`<script data-chunk="${src}">${read(src)}</script>`);
  }
  if (!html.includes("</body>")) throw new Error("taskpane.html has no </body>");
  html = html.replace("</body>", () => `${parts.join("\n")}\n</body>`);
  html = html.replace(/href="?assets\/([^"\s>]+\.png)"?/g, (whole, name) => {
    const file = path.join(webDir, "assets", name);
    if (!fs.existsSync(file)) return whole;
    return `href="data:image/png;base64,${fs.readFileSync(file).toString("base64")}"`;
  });
  const left = html.match(/\b(?:src|href)="?(?!data:|https?:|#)[^"\s>]+\.(?:js|css|png)/g);
  if (left) throw new Error(`TongHop.html still refers to files: ${left.join(", ")}`);
  return { html, inlined: [WORKER_FILE, ...chunks, ...main] };
}

module.exports = { singleFile, inlineSafe, INLINE_WORKER_ID };

if (require.main === module) {
  const webDir = path.resolve(process.argv[2] ?? path.join(ROOT, "dist/web"));
  const out = path.resolve(process.argv[3] ?? path.join(ROOT, "dist/TongHop.html"));
  const { html, inlined } = singleFile(webDir);
  fs.writeFileSync(out, html);
  const size = Buffer.byteLength(html);
  console.log(
    `${path.relative(process.cwd(), out)}: ${(size / 1024 / 1024).toFixed(2)} MB, ${inlined.length} scripts inlined`
  );
}
