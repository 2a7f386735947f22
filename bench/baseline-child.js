/**
 * One baseline run in a process of its own, so that its memory is not mixed with the
 * parent's or another measure's (plain JavaScript: no TypeScript loader in the numbers).
 *
 *   node -r ./bench/report-rss.js bench/baseline-child.js MODE LIST.json OUT.json [CAMPAIGN.json]
 *
 * MODE:
 * - `exceljs`: each file loaded with `new ExcelJS.Workbook().xlsx.load(bytes)`, then every
 *   cell value of every sheet and the defined names read (what a return needs);
 * - `unzip`: the floor: each file's needed parts inflated with Node's zlib, as the CLI
 *   inflates them (workbook, its relationships, sheets, shared strings, styles, document
 *   properties), nothing parsed;
 * - `reader`: the project's own reader, `returnFromBytes` from dist/node with the CLI's
 *   zlib inflate, in one thread, without the merge and the summary (needs CAMPAIGN.json).
 * Files are read from disk one after another in every mode. OUT.json gets the seconds of the
 * loop (after the libraries are loaded) and counts of what was read.
 */
const fs = require("node:fs");
const path = require("node:path");
const { performance } = require("node:perf_hooks");

/** The parts the project's reader inflates for a return; worksheet rels and themes are not. */
function needed(name) {
  return (
    name === "_rels/.rels" ||
    name === "xl/workbook.xml" ||
    name === "xl/_rels/workbook.xml.rels" ||
    name === "xl/sharedStrings.xml" ||
    name === "xl/styles.xml" ||
    name === "docProps/core.xml" ||
    name === "docProps/app.xml" ||
    /^xl\/worksheets\/[^/]+\.xml$/.test(name)
  );
}

async function run(mode, files, campaignFile) {
  const counts = { files: files.length, read: 0, failed: 0, cells: 0, bytes: 0 };
  if (mode === "exceljs") {
    const ExcelJS = require("exceljs");
    const started = performance.now();
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      try {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes);
        workbook.eachSheet((sheet) =>
          sheet.eachRow((row) =>
            row.eachCell((cell) => {
              if (cell.value !== undefined) counts.cells++;
            })
          )
        );
        if (workbook.definedNames.model.length < 0) counts.failed++;
        counts.read++;
      } catch {
        counts.failed++;
      }
    }
    return { seconds: (performance.now() - started) / 1000, ...counts };
  }
  const dist = path.join(__dirname, "..", "dist", "node");
  const { zlibInflate } = require(path.join(dist, "cli", "zlib"));
  if (mode === "unzip") {
    const { openZip, readEntry } = require(path.join(dist, "xlsx", "read", "zip"));
    const { DEFAULT_READ_LIMITS } = require(path.join(dist, "xlsx", "read", "limits"));
    const started = performance.now();
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      try {
        const zip = openZip(bytes, DEFAULT_READ_LIMITS, zlibInflate);
        for (const entry of zip.entries) {
          if (needed(entry.name)) counts.bytes += readEntry(zip, entry).length;
        }
        counts.read++;
      } catch {
        counts.failed++;
      }
    }
    return { seconds: (performance.now() - started) / 1000, ...counts };
  }
  if (mode === "reader") {
    const { parseCampaign } = require(path.join(dist, "core"));
    const { returnFromBytes } = require(path.join(dist, "xlsx", "returns"));
    const parsed = parseCampaign(JSON.parse(fs.readFileSync(campaignFile, "utf8")));
    if (!parsed.ok) throw new Error(`bad campaign ${campaignFile}`);
    const started = performance.now();
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      const loaded = returnFromBytes(bytes, { file: path.basename(file) }, parsed.campaign, {
        inflate: zlibInflate,
      });
      if (loaded.kind === "read") counts.read++;
      else counts.failed++;
    }
    return { seconds: (performance.now() - started) / 1000, ...counts };
  }
  throw new Error(`unknown mode ${mode}`);
}

const [mode, listFile, outFile, campaignFile] = process.argv.slice(2);
run(mode, JSON.parse(fs.readFileSync(listFile, "utf8")), campaignFile).then(
  (result) => fs.writeFileSync(outFile, JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  }
);
