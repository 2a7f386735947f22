/**
 * Test-only reading of the charts in an .xlsx, with a real XML parser (xml2js): from a
 * sheet through its relationships to its drawing and the drawing's chart parts. Works on the
 * summary as written and on the file LibreOffice saves again.
 *
 * @example
 * const charts = await sheetCharts(bytes, "Biểu đồ");
 * charts[0].series[0].values; // [601, 464, …]
 */
import { strFromU8, unzipSync } from "fflate";
import path from "node:path";

// xml2js ships without type declarations; this is the one function the tests use.
const { parseStringPromise } = require("xml2js") as {
  parseStringPromise: (xml: string, options?: Record<string, unknown>) => Promise<XmlNode>;
};

/** xml2js' shape: child elements by tag (always arrays), attributes under `$`, text under `_`. */
export interface XmlNode {
  readonly $?: Record<string, string>;
  readonly _?: string;
  readonly [tag: string]: unknown;
}

/** Parses XML strictly; a part that is not well-formed rejects. */
export function parseXml(xml: string): Promise<XmlNode> {
  return parseStringPromise(xml, { strict: true });
}

/** The child elements of `node` with this tag (the document's root element too). */
export function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  const list = node?.[tag];
  if (Array.isArray(list)) return list as XmlNode[];
  return list !== undefined && list !== null ? [list as XmlNode] : [];
}

/** The first element down a path of tags, or undefined. */
export function child(node: XmlNode | undefined, ...tags: string[]): XmlNode | undefined {
  let at = node;
  for (const tag of tags) at = children(at, tag)[0];
  return at;
}

/** An element's text (xml2js gives a bare string for an element without attributes). */
export function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  return (node as XmlNode | undefined)?._ ?? "";
}

export interface SeriesPart {
  readonly nameRef: string;
  readonly name: string;
  readonly categoriesRef: string;
  readonly categories: string[];
  readonly valuesRef: string;
  readonly values: number[];
}

export interface ChartPart {
  readonly part: string;
  readonly title: string;
  /** `c:barDir`: "bar" (horizontal) or "col". */
  readonly barDir: string;
  readonly series: SeriesPart[];
  readonly xml: string;
}

function cachePoints(cache: XmlNode | undefined): string[] {
  return children(cache, "c:pt")
    .sort((a, b) => Number(a.$?.idx) - Number(b.$?.idx))
    .map((pt) => textOf(children(pt, "c:v")[0]));
}

/** The text of a chart's title (all its runs). */
function titleText(chart: XmlNode | undefined): string {
  const rich = child(chart, "c:title", "c:tx", "c:rich");
  return children(rich, "a:p")
    .flatMap((p) => children(p, "a:r").map((r) => textOf(children(r, "a:t")[0])))
    .join("");
}

/** Relationships of a part: id → target part name. */
async function relationships(
  parts: Record<string, Uint8Array>,
  part: string
): Promise<Map<string, string>> {
  const dir = path.posix.dirname(part);
  const relsName = `${dir}/_rels/${path.posix.basename(part)}.rels`;
  const rels = parts[relsName];
  const out = new Map<string, string>();
  if (!rels) return out;
  const root = await parseXml(strFromU8(rels));
  for (const rel of children(child(root, "Relationships"), "Relationship")) {
    const target = rel.$?.Target ?? "";
    out.set(
      rel.$?.Id ?? "",
      target.startsWith("/") ? target.slice(1) : path.posix.normalize(`${dir}/${target}`)
    );
  }
  return out;
}

/** The XML part of each sheet, by sheet name. */
export async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = unzipSync(bytes);
  const workbook = await parseXml(strFromU8(parts["xl/workbook.xml"]!));
  const rels = await relationships(parts, "xl/workbook.xml");
  const out = new Map<string, string>();
  for (const sheet of children(child(workbook, "workbook", "sheets"), "sheet"))
    out.set(sheet.$?.name ?? "", rels.get(sheet.$?.["r:id"] ?? "") ?? "");
  return out;
}

/** Every chart drawn on the sheet, in the drawing's order. */
export async function sheetCharts(bytes: Uint8Array, sheetName: string): Promise<ChartPart[]> {
  const parts = unzipSync(bytes);
  const sheetPart = (await sheetParts(bytes)).get(sheetName);
  if (!sheetPart || !parts[sheetPart]) throw new Error(`no sheet ${sheetName}`);
  const sheet = await parseXml(strFromU8(parts[sheetPart]!));
  const sheetRels = await relationships(parts, sheetPart);
  const out: ChartPart[] = [];
  for (const drawing of children(child(sheet, "worksheet"), "drawing")) {
    const drawingPart = sheetRels.get(drawing.$?.["r:id"] ?? "") ?? "";
    const drawingXml = await parseXml(strFromU8(parts[drawingPart]!));
    const drawingRels = await relationships(parts, drawingPart);
    const root = child(drawingXml, "xdr:wsDr");
    const anchors = [
      ...children(root, "xdr:oneCellAnchor"),
      ...children(root, "xdr:twoCellAnchor"),
      ...children(root, "xdr:absoluteAnchor"),
    ];
    for (const anchor of anchors) {
      const ref = child(anchor, "xdr:graphicFrame", "a:graphic", "a:graphicData", "c:chart");
      if (!ref) continue;
      const part = drawingRels.get(ref.$?.["r:id"] ?? "") ?? "";
      const xml = strFromU8(parts[part]!);
      const chart = child(await parseXml(xml), "c:chartSpace", "c:chart");
      const bar = child(chart, "c:plotArea", "c:barChart");
      out.push({
        part,
        xml,
        title: titleText(chart),
        barDir: child(bar, "c:barDir")?.$?.val ?? "",
        series: children(bar, "c:ser").map((ser) => ({
          nameRef: textOf(child(ser, "c:tx", "c:strRef", "c:f")),
          name: cachePoints(child(ser, "c:tx", "c:strRef", "c:strCache"))[0] ?? "",
          categoriesRef: textOf(child(ser, "c:cat", "c:strRef", "c:f")),
          categories: cachePoints(child(ser, "c:cat", "c:strRef", "c:strCache")),
          valuesRef: textOf(child(ser, "c:val", "c:numRef", "c:f")),
          values: cachePoints(child(ser, "c:val", "c:numRef", "c:numCache")).map(Number),
        })),
      });
    }
  }
  return out;
}

/**
 * A reference `'Biểu đồ'!$A$5:$A$12` as its sheet and the cells it covers, column by
 * column, top to bottom.
 */
export function referenceCells(ref: string): {
  sheet: string;
  cells: { row: number; col: number }[];
} {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(
    ref
  );
  if (!m) throw new Error(`not a reference: ${ref}`);
  const col = (letters: string): number =>
    [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const [left, top] = [col(m[3]!), Number(m[4])];
  const [right, bottom] = m[5] ? [col(m[5]), Number(m[6])] : [left, top];
  const cells: { row: number; col: number }[] = [];
  for (let c = left; c <= right; c++)
    for (let r = top; r <= bottom; r++) cells.push({ row: r, col: c });
  return { sheet: (m[1] ?? m[2] ?? "").replace(/''/g, "'"), cells };
}
