/**
 * The charts of the charts sheet as DrawingML parts, added to the file exceljs wrote (it has
 * no chart support): one drawing for the sheet with a one-cell anchor per chart, one chart
 * part per chart, their relationships, content types, and the sheet's `<drawing>` element.
 *
 * Each chart references its table on the sheet and carries the table's values as caches
 * (`c:strCache`, `c:numCache`), so a viewer that does not recalculate still shows the bars.
 * Every text is escaped for XML; the only formulas are the references built here.
 */
import type { ChartSheetFrame } from "./chart-sheet";
import { SERIES_COLOURS, seriesReferences, type ChartSheetPlan, type ChartTable } from "./charts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_DRAWING = `${NS.r}/drawing`;
const REL_CHART = `${NS.r}/chart`;
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const FONT = "Times New Roman";
const COUNT_FORMAT = "#,##0";
/** Axis ids, unique within a chart. */
const CATEGORY_AXIS = 10;
const VALUE_AXIS = 20;

/** Text as XML character data or a double-quoted attribute value. */
export function xmlText(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/\r/g, "&#13;")
  );
}

/** Run properties: size in points, bold or not, in the sheet's font. */
function runProps(tag: "a:defRPr" | "a:rPr", size: number, bold: boolean): string {
  return (
    `<${tag} sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="262626"/></a:solidFill>` +
    `<a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></${tag}>`
  );
}

/** A text body's default look, for axes, labels, the legend and the whole chart. */
function textProps(size: number, bold = false, body = "<a:bodyPr/>"): string {
  return `<c:txPr>${body}<a:lstStyle/><a:p><a:pPr>${runProps("a:defRPr", size, bold)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

/** A title of written text (the chart's, an axis'). */
function title(text: string, size: number, rotation?: number): string {
  const body = rotation === undefined ? "<a:bodyPr/>" : `<a:bodyPr rot="${rotation}" vert="horz"/>`;
  return (
    `<c:title><c:tx><c:rich>${body}<a:lstStyle/><a:p>` +
    `<a:pPr>${runProps("a:defRPr", size, true)}</a:pPr>` +
    `<a:r>${runProps("a:rPr", size, true)}<a:t>${xmlText(text)}</a:t></a:r>` +
    `</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

const line = (colour: string): string =>
  `<a:ln w="9525"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln>`;

function stringCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`);
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join("")}</c:strCache>`;
}

function numberCache(values: readonly number[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`);
  return `<c:numCache><c:formatCode>${COUNT_FORMAT}</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache>`;
}

/** Each bar's value at its end. */
const DATA_LABELS =
  `<c:dLbls><c:numFmt formatCode="${xmlText(COUNT_FORMAT)}" sourceLinked="0"/>` +
  `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(10)}` +
  `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
  `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>` +
  `<c:showBubbleSize val="0"/></c:dLbls>`;

/**
 * The step of the value axis: whole numbers only, so that small counts (units by status)
 * do not get ticks at 0.5 that the count format would show as "1, 1, 2".
 */
function majorUnit(chart: ChartTable): string {
  const max = Math.max(0, ...chart.series.flat());
  return max <= 10 ? '<c:majorUnit val="1"/>' : "";
}

/**
 * Category labels: with many categories (units) each on one line in a smaller size, since
 * two-line labels do not fit their bars' height and a program then skips every other one.
 */
function categoryText(chart: ChartTable): string {
  return chart.categories.length > 12
    ? textProps(9, false, '<a:bodyPr wrap="none"/>')
    : textProps(11);
}

/** One chart part: a clustered bar or column chart of the chart's table. */
export function chartXml(plan: ChartSheetPlan, chart: ChartTable): string {
  const bar = chart.kind === "bar";
  const refs = seriesReferences(plan.sheet, chart);
  const series = chart.series.map((values, s) => {
    const ref = refs[s]!;
    return (
      `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>` +
      `<c:tx><c:strRef><c:f>${xmlText(ref.name)}</c:f>${stringCache([chart.header[s + 1] ?? ""])}</c:strRef></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"/></a:solidFill></c:spPr>` +
      `<c:invertIfNegative val="0"/>${DATA_LABELS}` +
      `<c:cat><c:strRef><c:f>${xmlText(ref.categories)}</c:f>${stringCache(chart.categories)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${xmlText(ref.values)}</c:f>${numberCache(values)}</c:numRef></c:val>` +
      `</c:ser>`
    );
  });
  // Horizontal bars list the categories top-down (axis reversed) with the values below.
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/>` +
    `<c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr>${line("A6A6A6")}</c:spPr>${categoryText(chart)}` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    // Every category named: a program left to itself skips every other long unit name.
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/>` +
    `<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr>${line("E0E0E0")}</c:spPr></c:majorGridlines>` +
    title(chart.valueTitle, 11, bar ? undefined : -5400000) +
    `<c:numFmt formatCode="${xmlText(COUNT_FORMAT)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr>${line("A6A6A6")}</c:spPr>${textProps(10)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${bar ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/>${majorUnit(chart)}</c:valAx>`;
  const legend =
    chart.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(11)}</c:legend>`
      : "";
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, 14)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${bar ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
    `<c:varyColors val="0"/>${series.join("")}<c:gapWidth val="60"/>` +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    categoryAxis +
    valueAxis +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>` +
    legend +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>${line("BFBFBF")}</c:spPr>` +
    textProps(11) +
    `</c:chartSpace>`
  );
}

/** English Metric Units in a point. */
const EMU_PER_POINT = 12_700;
/**
 * The chart starts this far below its page's first row: LibreOffice draws an object that
 * touches a page break on both pages (a line at the foot of the page before).
 */
const TOP_OFFSET = 3;

/**
 * The sheet's drawing: each chart in a frame from the cell beside its table, of its own
 * size (a one-cell anchor: a size in cells would grow with a program's column widths).
 */
export function drawingXml(plan: ChartSheetPlan, relIds: readonly string[]): string {
  const anchors = plan.charts.map((chart, i) => {
    const { row, col } = chart.at;
    const emu = (points: number): number => Math.round(points * EMU_PER_POINT);
    const name = xmlText(chart.title);
    return (
      // DrawingML counts rows and columns from 0.
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>${row - 1}</xdr:row><xdr:rowOff>${emu(TOP_OFFSET)}</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${emu(chart.size.width)}" cy="${emu(chart.size.height - TOP_OFFSET)}"/>` +
      `<xdr:graphicFrame macro="">` +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${name}" descr="${name}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}">` +
      `<c:chart xmlns:c="${NS.c}" r:id="${relIds[i]}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    XML_HEAD +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`
  );
}

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map(
    (rel) => `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${xmlText(rel.target)}"/>`
  );
  return `${XML_HEAD}<Relationships xmlns="${NS.rels}">${items.join("")}</Relationships>`;
}

/** The first `prefix<N>.xml` from 1 up that is not a part yet. */
function freeName(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}.xml`)) return `${prefix}${n}.xml`;
}

/**
 * Elements of a worksheet that come after `<drawing>` (ECMA-376 CT_Worksheet: … pageMargins,
 * pageSetup, headerFooter, rowBreaks, colBreaks, customProperties, cellWatches,
 * ignoredErrors, smartTags, drawing, legacyDrawing, …, tableParts, extLst).
 */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** The worksheet XML with its `<drawing r:id>` in its place. */
export function withDrawing(xml: string, relId: string): string {
  if (/<drawing\s/.test(xml)) throw new Error("The charts sheet has a drawing already");
  const at = Math.min(
    ...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((index) => index >= 0)
  );
  if (!Number.isFinite(at)) throw new Error("No end of the charts sheet's XML");
  let out = `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`;
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(out))
    out = out.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  return out;
}

/** A relationship id not used in the relationships XML. */
function freeRelId(xml: string): string {
  const used = new Set([...xml.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]));
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/**
 * The parts that give the charts sheet its charts: new drawing and chart parts, and the
 * sheet, its relationships and `[Content_Types].xml` rewritten. The sheet's part is
 * exceljs' `xl/worksheets/sheet<id>.xml`.
 *
 * @example Object.assign(parts, chartParts(parts, frame));
 */
export function chartParts(
  parts: Readonly<Record<string, Uint8Array>>,
  frame: ChartSheetFrame
): Record<string, Uint8Array> {
  const { plan } = frame;
  const out: Record<string, Uint8Array> = {};
  if (plan.charts.length === 0) return out;
  const sheetName = `xl/worksheets/sheet${frame.sheet.id}.xml`;
  const sheetPart = parts[sheetName];
  const types = parts["[Content_Types].xml"];
  if (!sheetPart || !types) throw new Error(`No part ${sheetName} for the charts sheet`);

  const taken = new Set(Object.keys(parts));
  const drawingName = freeName(taken, "xl/drawings/drawing");
  taken.add(drawingName);
  const chartNames = plan.charts.map(() => {
    const name = freeName(taken, "xl/charts/chart");
    taken.add(name);
    return name;
  });
  const drawingRels = chartNames.map((name, i) => ({
    id: `rId${i + 1}`,
    type: REL_CHART,
    target: `../charts/${name.slice("xl/charts/".length)}`,
  }));
  chartNames.forEach((name, i) => {
    out[name] = encoder.encode(chartXml(plan, plan.charts[i]!));
  });
  const drawingFile = drawingName.slice("xl/drawings/".length);
  out[drawingName] = encoder.encode(
    drawingXml(
      plan,
      drawingRels.map((rel) => rel.id)
    )
  );
  out[`xl/drawings/_rels/${drawingFile}.rels`] = encoder.encode(relationshipsXml(drawingRels));

  const relsName = `xl/worksheets/_rels/sheet${frame.sheet.id}.xml.rels`;
  const existing = parts[relsName] ? decoder.decode(parts[relsName]) : undefined;
  const relId = existing ? freeRelId(existing) : "rId1";
  const relation = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/${drawingFile}"/>`;
  out[relsName] = encoder.encode(
    existing
      ? existing.replace("</Relationships>", `${relation}</Relationships>`)
      : relationshipsXml([{ id: relId, type: REL_DRAWING, target: `../drawings/${drawingFile}` }])
  );
  out[sheetName] = encoder.encode(withDrawing(decoder.decode(sheetPart), relId));

  const overrides = [
    `<Override PartName="/${drawingName}" ContentType="${TYPE_DRAWING}"/>`,
    ...chartNames.map((name) => `<Override PartName="/${name}" ContentType="${TYPE_CHART}"/>`),
  ];
  out["[Content_Types].xml"] = encoder.encode(
    decoder.decode(types).replace("</Types>", `${overrides.join("")}</Types>`)
  );
  return out;
}
