import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { describeFinding, type Catalogue } from "../../messages";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  text: { flexGrow: 1, overflowWrap: "anywhere" },
  select: { flexShrink: 0 },
});

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly catalogue: Catalogue;
  /** When given, a finding with a cell gets a button that selects it in Excel. */
  readonly onSelect?: (finding: Finding) => void;
}

/** Findings, errors first, each as the catalogue's sentence naming file, sheet and cell. */
export function FindingList({ findings, catalogue, onSelect }: FindingListProps) {
  const styles = useStyles();
  const sorted = [...findings].sort(
    (a, b) => Number(a.severity === "warning") - Number(b.severity === "warning")
  );
  return (
    <ul className={styles.list}>
      {sorted.map((finding, index) => (
        <li key={index} className={styles.item} data-severity={finding.severity}>
          <Badge
            appearance="tint"
            color={finding.severity === "error" ? "danger" : "warning"}
            shape="rounded"
          >
            {catalogue.pane.severity(finding.severity)}
          </Badge>
          <span className={styles.text}>{describeFinding(catalogue, finding)}</span>
          {onSelect && finding.at.cell ? (
            <Button
              className={styles.select}
              size="small"
              appearance="subtle"
              onClick={() => onSelect(finding)}
            >
              {catalogue.pane.check.selectCell(finding.at.cell)}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
