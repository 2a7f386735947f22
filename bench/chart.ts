/**
 * A small hand-written SVG line chart of ms per return against N: log scales on both axes,
 * one line per measure, the 1 ms target dashed, a legend. No library; any browser shows it.
 */

export interface ChartSeries {
  readonly name: string;
  readonly points: readonly { readonly n: number; readonly ms: number }[];
}

const WIDTH = 780;
const HEIGHT = 420;
const MARGIN = { left: 70, right: 250, top: 40, bottom: 56 };
const COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#7f7f7f", "#ff7f0e"];

const escape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function formatNumber(v: number): string {
  if (v >= 1000) return v.toLocaleString("en-US");
  return String(Number(v.toPrecision(3)));
}

/** 1-2-5 ticks between lo and hi (inclusive), for a log axis. */
function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

/** The largest 1, 2 or 5 times a power of ten at or below v. */
function niceBelow(v: number): number {
  const e = 10 ** Math.floor(Math.log10(v));
  return ([5, 2, 1].find((m) => m * e <= v) ?? 1) * e;
}

/** The smallest 1, 2 or 5 times a power of ten at or above v. */
function niceAbove(v: number): number {
  const e = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((m) => m * e >= v) ?? 10) * e;
}

/** The chart as SVG text; `target` draws a dashed horizontal line (ms per return). */
export function msPerReturnChart(
  series: readonly ChartSeries[],
  options: { title?: string; target?: number } = {}
): string {
  const all = series.flatMap((s) => s.points).filter((p) => p.n > 0 && p.ms > 0);
  const ns = all.map((p) => p.n);
  const ms = all.map((p) => p.ms).concat(options.target ? [options.target] : []);
  // A little room either side, so that the first and last points sit inside the frame.
  const nLo = Math.min(...ns, 100) / 1.4;
  const nHi = Math.max(...ns, 1000) * 1.4;
  const msLo = niceBelow(Math.min(...ms, 1) * 0.95);
  const msHi = niceAbove(Math.max(...ms, 1) * 1.05);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (n: number): number =>
    MARGIN.left + ((Math.log10(n) - Math.log10(nLo)) / (Math.log10(nHi) - Math.log10(nLo))) * plotW;
  const y = (v: number): number =>
    MARGIN.top +
    plotH -
    ((Math.log10(v) - Math.log10(msLo)) / (Math.log10(msHi) - Math.log10(msLo))) * plotH;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="15" font-weight="bold">${escape(options.title ?? "ms per return against N")}</text>`
  );
  // Grid and ticks.
  for (const v of logTicks(msLo, msHi)) {
    const yy = y(v).toFixed(1);
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${yy}" y2="${yy}" stroke="#e5e5e5"/>`,
      `<text x="${MARGIN.left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle">${formatNumber(v)}</text>`
    );
  }
  const nTicks = [...new Set(ns.length > 0 ? ns : [100, 1000])];
  for (const n of nTicks.sort((a, b) => a - b)) {
    const xx = x(n).toFixed(1);
    out.push(
      `<line x1="${xx}" x2="${xx}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#e5e5e5"/>`,
      `<text x="${xx}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${formatNumber(n)}</text>`
    );
  }
  out.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 14}" text-anchor="middle">N, returns merged (log scale)</text>`,
    `<text transform="translate(18 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">ms per return (log scale)</text>`
  );
  if (options.target) {
    const yy = y(options.target).toFixed(1);
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${yy}" y2="${yy}" stroke="#000" stroke-dasharray="6 4"/>`,
      `<text x="${MARGIN.left + plotW - 4}" y="${Number(yy) - 5}" text-anchor="end">target ${options.target} ms</text>`
    );
  }
  // Lines, points and the legend.
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    const points = s.points.filter((p) => p.n > 0 && p.ms > 0).sort((a, b) => a.n - b.n);
    if (points.length > 1) {
      const d = points.map((p, j) => `${j ? "L" : "M"}${x(p.n).toFixed(1)} ${y(p.ms).toFixed(1)}`);
      out.push(`<path d="${d.join(" ")}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    }
    for (const p of points) {
      out.push(
        `<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.ms).toFixed(1)}" r="3.5" fill="${colour}"><title>${escape(s.name)}: ${formatNumber(p.ms)} ms per return at N = ${formatNumber(p.n)}</title></circle>`
      );
    }
    const ly = MARGIN.top + 10 + i * 20;
    const lx = MARGIN.left + plotW + 16;
    out.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`,
      `<circle cx="${lx + 11}" cy="${ly}" r="3.5" fill="${colour}"/>`,
      `<text x="${lx + 28}" y="${ly}" dominant-baseline="middle">${escape(s.name)}${points.length === 0 ? " (not measured)" : ""}</text>`
    );
  });
  out.push("</svg>");
  return out.join("\n") + "\n";
}
