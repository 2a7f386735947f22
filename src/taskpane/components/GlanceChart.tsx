import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Catalogue } from "../../messages";
import type { Glance } from "../merge-view";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    // The width of the main totals beside it, on a wide page.
    maxWidth: "40rem",
  },
  title: { margin: 0 },
  // The bar's rounded ends; the SVG inside stretches to any width.
  bar: {
    height: "12px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground5,
  },
  svg: { display: "block", width: "100%", height: "100%" },
  // The counts as a line of text that wraps: two short lines in a 320 px pane.
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  // The number first on screen; the label stays first for screen readers (dt, dd).
  item: {
    display: "flex",
    flexDirection: "row-reverse",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  label: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  number: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  swatch: {
    flexShrink: 0,
    width: "10px",
    height: "10px",
    borderRadius: tokens.borderRadiusSmall,
  },
  // The status palettes' strong colours: each at least 3:1 against the pane's white.
  onTime: {
    backgroundColor: tokens.colorStatusSuccessBackground3,
    fill: tokens.colorStatusSuccessBackground3,
  },
  late: {
    backgroundColor: tokens.colorStatusWarningBackground3,
    fill: tokens.colorStatusWarningBackground3,
  },
  refused: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    fill: tokens.colorStatusDangerBackground3,
  },
  reading: {
    backgroundColor: tokens.colorNeutralStrokeAccessible,
    fill: tokens.colorNeutralStrokeAccessible,
  },
  // A thin line of the pane's background between two segments.
  separator: { stroke: tokens.colorNeutralBackground1, strokeWidth: "2px" },
});

export interface GlanceChartProps {
  readonly glance: Glance;
  readonly catalogue: Catalogue;
}

type Segment = "onTime" | "late" | "refused" | "reading";
const SEGMENTS: readonly Segment[] = ["onTime", "late", "refused", "reading"];

/** One labelled number; `swatch` names its colour in the bar. */
interface Count {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly swatch?: Segment;
}

/**
 * Tổng hợp at a glance: the files received, on time, late and refused (and still being read)
 * as numbers and as one stacked bar, then the units that have sent no Mẫu 1 or Mẫu 2.
 */
export function GlanceChart({ glance, catalogue }: GlanceChartProps) {
  const styles = useStyles();
  const text = catalogue.pane.glance;
  const titleId = useId();
  const total = glance.onTime + glance.late + glance.refused + glance.reading;
  let x = 0;
  const segments = SEGMENTS.filter((key) => glance[key] > 0).map((key) => {
    const width = (glance[key] / total) * 100;
    const segment = { key, x, width };
    x += width;
    return segment;
  });
  const files: Count[] = [
    { key: "received", label: text.received, value: glance.received },
    ...SEGMENTS.filter((key) => key !== "reading" || glance.reading > 0).map((key) => ({
      key,
      label: text[key],
      value: glance[key],
      swatch: key,
    })),
  ];
  const list = (counts: readonly Count[], className?: string) => (
    <dl className={mergeClasses(styles.counts, className)}>
      {counts.map(({ key, label, value, swatch }) => (
        <div key={key} className={styles.item} data-testid={`glance-${key}`} data-value={value}>
          <dt className={styles.label}>
            {swatch ? (
              <span className={mergeClasses(styles.swatch, styles[swatch])} aria-hidden="true" />
            ) : null}
            {label}
          </dt>
          <dd className={styles.number}>{text.number(value)}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <section className={styles.root} data-testid="merge-glance" aria-labelledby={titleId}>
      <Text as="h3" weight="semibold" className={styles.title} id={titleId}>
        {text.title}
      </Text>
      <div className={styles.bar}>
        <svg
          className={styles.svg}
          role="img"
          aria-label={text.chart(
            glance.received,
            glance.onTime,
            glance.late,
            glance.refused,
            glance.reading
          )}
          viewBox="0 0 100 10"
          preserveAspectRatio="none"
          data-testid="glance-bar"
        >
          {segments.map(({ key, x: start, width }) => (
            <rect
              key={key}
              className={styles[key]}
              x={start}
              y={0}
              width={width}
              height={10}
              data-segment={key}
              data-width={width.toFixed(2)}
            />
          ))}
          {segments.slice(1).map(({ key, x: start }) => (
            <line
              key={`${key}-separator`}
              className={styles.separator}
              x1={start}
              x2={start}
              y1={0}
              y2={10}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
      </div>
      {list(files)}
    </section>
  );
}
