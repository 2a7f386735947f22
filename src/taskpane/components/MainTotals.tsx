import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useId, useMemo, useState } from "react";
import type { MergeResult } from "../../core";
import type { Catalogue } from "../../messages";
import { mainTotals, type TotalId } from "../merge-view";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0 },
  // One row each in the task pane (number, then its words); three columns on a wide page.
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalXXS,
    maxWidth: "40rem",
    "@media (min-width: 600px)": {
      gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
      gap: tokens.spacingHorizontalS,
    },
  },
  total: {
    display: "flex",
    flexDirection: "row",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    "@media (min-width: 600px)": { flexDirection: "column", alignItems: "flex-start" },
    justifyContent: "flex-start",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    maxWidth: "none",
    width: "100%",
    height: "100%",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  number: {
    flexShrink: 0,
    minWidth: "4.5rem",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  label: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  chevron: { flexShrink: 0, marginTop: "1px" },
  units: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    maxWidth: "40rem",
  },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  unit: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    paddingTop: "2px",
    paddingBottom: "2px",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  value: { flexShrink: 0, fontVariantNumeric: "tabular-nums" },
});

export interface MainTotalsProps {
  readonly result: MergeResult;
  readonly catalogue: Catalogue;
}

/**
 * The merge's main totals on screen before any download (participants, classes, sessions),
 * each a button that opens the list of its units with their values.
 */
export function MainTotals({ result, catalogue }: MainTotalsProps) {
  const styles = useStyles();
  const text = catalogue.pane.totals;
  const totals = useMemo(() => mainTotals(result), [result]);
  const [open, setOpen] = useState<TotalId | undefined>();
  const id = useId();
  const titleId = `${id}-title`;
  const unitsId = `${id}-units`;
  const shown = totals.find((total) => total.id === open);
  return (
    <section className={styles.root} data-testid="merge-totals" aria-labelledby={titleId}>
      <Text as="h3" weight="semibold" className={styles.title} id={titleId}>
        {text.title}
      </Text>
      <div className={styles.grid}>
        {totals.map((total) => {
          const isOpen = open === total.id;
          return (
            <Button
              key={total.id}
              className={styles.total}
              appearance="outline"
              aria-expanded={isOpen}
              aria-controls={isOpen ? unitsId : undefined}
              data-testid={`total-${total.id}`}
              data-value={total.value}
              onClick={() => setOpen(isOpen ? undefined : total.id)}
            >
              <span className={styles.number}>{text.number(total.value)}</span>
              <span className={styles.label}>
                {isOpen ? (
                  <ChevronDown16Regular className={styles.chevron} />
                ) : (
                  <ChevronRight16Regular className={styles.chevron} />
                )}
                {text.label(total.id)}
              </span>
            </Button>
          );
        })}
      </div>
      {shown ? (
        <div
          className={styles.units}
          id={unitsId}
          role="region"
          aria-labelledby={`${unitsId}-title`}
          data-testid={`total-${shown.id}-units`}
        >
          <Text weight="semibold" id={`${unitsId}-title`}>
            {text.unitsOf(shown.id)}
          </Text>
          {shown.units.length === 0 ? (
            <Text>{text.noUnits}</Text>
          ) : (
            <ol className={styles.list}>
              {shown.units.map(({ unit, value }) => (
                <li key={unit} className={styles.unit} data-value={value}>
                  <span className={styles.name}>{unit}</span>
                  <span className={styles.value}>{text.number(value)}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      ) : null}
    </section>
  );
}
