/**
 * How a list sheet prints: A4, the orientation its columns need, and a scale at which its
 * text is still read on paper. A list that fits one page wide at 60 % or more is fitted to
 * the page width; a wider one (the data table) prints at one fixed scale across several
 * pages, with its first columns repeated on each and the pages broken between groups of
 * columns (the form's sections), never inside one where it can be helped.
 *
 * Widths are taken as wide as any program prints them: a column width unit is the digit
 * width of the default font, Calibri 11, which is 5.25 pt in Excel but 7 pt in LibreOffice
 * where Calibri is missing (it measures DejaVu Sans instead). Planned for 7 pt, the pages
 * hold in both; in Excel they have room to spare.
 */

/** Points per column width unit at the widest (LibreOffice measuring DejaVu Sans 11). */
export const WIDEST_POINTS_PER_WIDTH_UNIT = 7;
/** The smallest print scale, in percent, at which 12 pt text still reads (about 7 pt). */
export const MIN_SCALE = 60;
/** A list printed portrait when it fits at this scale or more, in percent. */
const PORTRAIT_SCALE = 85;

/** Margins in inches (Excel's unit): room for the footer's page numbers below. */
export const PRINT_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.6,
  header: 0.25,
  footer: 0.25,
} as const;

/** A4 in points. */
const A4 = { short: 595.3, long: 841.9 } as const;

export interface PrintPlan {
  readonly orientation: "portrait" | "landscape";
  /** The fixed scale in percent; absent when the list is fitted to one page wide. */
  readonly scale?: number;
  /** The 1-based columns that begin a new page across (with a fixed scale only). */
  readonly breaks: readonly number[];
}

export interface PrintOptions {
  /** How many first columns are repeated on every page across. */
  readonly repeat?: number;
  /**
   * The 1-based first column of each group of columns after the repeated ones that should
   * stay on one page; by default every column is a group of its own.
   */
  readonly groups?: readonly number[];
}

/** The printable width of an A4 page, in points. */
function room(orientation: PrintPlan["orientation"]): number {
  const paper = orientation === "portrait" ? A4.short : A4.long;
  return paper - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;
}

const widthOf = (widths: readonly number[]): number =>
  widths.reduce((sum, width) => sum + width, 0) * WIDEST_POINTS_PER_WIDTH_UNIT;

/**
 * Where the pages break across at `scale` percent: the first column of every page after the
 * first, or undefined when a single column is wider than a page.
 */
function breaksAt(
  widths: readonly number[],
  groups: readonly (readonly [number, number])[],
  repeat: number,
  scale: number
): number[] | undefined {
  const capacity = (room("landscape") * 100) / scale - widthOf(widths.slice(0, repeat));
  const breaks: number[] = [];
  let used = 0;
  const place = (first: number, width: number): void => {
    if (used > 0 && used + width > capacity) {
      breaks.push(first);
      used = 0;
    }
    used += width;
  };
  for (const [first, end] of groups) {
    const width = widthOf(widths.slice(first - 1, end - 1));
    if (width <= capacity) place(first, width);
    else {
      // A group wider than a page is broken between its columns.
      for (let column = first; column < end; column++) {
        const one = widthOf([widths[column - 1]!]);
        if (one > capacity) return undefined;
        place(column, one);
      }
    }
  }
  return breaks;
}

/**
 * The print plan of a list whose columns are `widths` (Excel width units) wide.
 *
 * @example planPrint([6, 30, 40]) // { orientation: "portrait", breaks: [] }
 * @example planPrint(Array(26).fill(14), { repeat: 2 }) // { orientation: "landscape", scale: 80, breaks: [11, 19] }
 */
export function planPrint(widths: readonly number[], options: PrintOptions = {}): PrintPlan {
  const total = widthOf(widths);
  if ((room("portrait") / total) * 100 >= PORTRAIT_SCALE)
    return { orientation: "portrait", breaks: [] };
  if ((room("landscape") / total) * 100 >= MIN_SCALE)
    return { orientation: "landscape", breaks: [] };
  const repeat = Math.min(options.repeat ?? 0, widths.length - 1);
  const starts = [
    ...new Set([repeat + 1, ...(options.groups ?? [])].filter((c) => c > repeat)),
  ].sort((a, b) => a - b);
  const firsts = options.groups ? starts : widths.map((_, i) => i + 1).slice(repeat);
  const groups = firsts.map(
    (first, i) => [first, firsts[i + 1] ?? widths.length + 1] as [number, number]
  );
  // The fewest pages across that any scale from 60 % gives, at the largest such scale.
  let best: { scale: number; breaks: number[] } | undefined;
  for (let scale = MIN_SCALE; scale <= 100; scale++) {
    const breaks = breaksAt(widths, groups, repeat, scale);
    if (breaks && (!best || breaks.length <= best.breaks.length)) best = { scale, breaks };
  }
  if (!best) {
    // A column wider than a page even at 60 %: it is cut, as the program would.
    return { orientation: "landscape", scale: MIN_SCALE, breaks: [] };
  }
  return { orientation: "landscape", scale: best.scale, breaks: best.breaks };
}
