import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FileStatus, Finding } from "../../core";
import { visibleText, type Catalogue } from "../../messages";
import {
  describeGroup,
  groupCells,
  groupFindings,
  groupLabels,
  type FindingGroup,
} from "../finding-groups";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  // Stacked, not side by side: a 320 px pane leaves too little room beside a badge and a button.
  item: {
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusWarningBorderActive}`,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  text: { maxWidth: "100%", overflowWrap: "anywhere" },
  detail: { maxWidth: "100%", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  select: { maxWidth: "100%", whiteSpace: "normal", textAlign: "start" },
});

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly catalogue: Catalogue;
  /** When given, a finding with a cell gets a button that selects it in Excel. */
  readonly onSelect?: (finding: Finding) => void;
  /** The file's merge status, when known: the reasons a refused file is refused come first. */
  readonly status?: FileStatus;
}

function GroupItem({
  group,
  catalogue,
  onSelect,
}: {
  group: FindingGroup;
  catalogue: Catalogue;
  onSelect?: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const view = catalogue.pane.findingsView;
  const single = group.findings.length === 1;
  const heading = describeGroup(catalogue, group);
  const { cells, more } = groupCells(group);
  const labels = groupLabels(group);
  const target = group.findings.find((finding) => finding.at.cell !== undefined);
  return (
    <li
      className={mergeClasses(styles.item, group.severity === "error" && styles.error)}
      data-testid="finding-group"
      data-severity={group.severity}
      data-code={group.code}
      data-count={group.findings.length}
      data-refusal={group.refusal ? "true" : undefined}
    >
      <span className={styles.badges}>
        {group.refusal ? (
          <Badge appearance="filled" color="danger" shape="rounded">
            {view.refusal}
          </Badge>
        ) : null}
        <Badge
          appearance="tint"
          color={group.severity === "error" ? "danger" : "warning"}
          shape="rounded"
        >
          {catalogue.pane.severity(group.severity)}
        </Badge>
      </span>
      <Text className={styles.text}>{heading}</Text>
      {labels ? (
        <Text size={200} className={styles.detail}>
          {view.indicator(labels.labels, labels.more)}
        </Text>
      ) : null}
      {!single && cells.length > 0 ? (
        <Text size={200} className={styles.detail}>
          {visibleText(view.cells(cells, more))}
        </Text>
      ) : null}
      {onSelect && target ? (
        <Button
          className={styles.select}
          size="small"
          appearance="subtle"
          onClick={() => onSelect(target)}
        >
          {single
            ? catalogue.pane.check.selectCell(target.at.cell!)
            : view.selectFirst(target.at.cell!)}
        </Button>
      ) : null}
    </li>
  );
}

/**
 * Findings grouped (those identical but for their cell are one item), the reasons a file is
 * refused first, then errors, then warnings; each with its indicator and cells.
 */
export function FindingList({ findings, catalogue, onSelect, status }: FindingListProps) {
  const styles = useStyles();
  const groups = groupFindings(findings, status);
  return (
    <ul className={styles.list}>
      {groups.map((group, index) => (
        <GroupItem key={index} group={group} catalogue={catalogue} onSelect={onSelect} />
      ))}
    </ul>
  );
}
