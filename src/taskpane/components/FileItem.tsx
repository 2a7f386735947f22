import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { firstSentence, renderFinding } from "../../messages/catalogue";
import type { Catalogue, PaneFileStatus } from "../../messages";
import { groupFindings } from "../finding-groups";
import type { FileRow } from "../merge-view";
import { shortName } from "../short-name";
import { CopyFeedback } from "./CopyFeedback";
import { FindingList } from "./FindingList";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  toggle: { flexShrink: 0, minWidth: "24px" },
  names: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  unit: { overflowWrap: "anywhere" },
  // At most two lines: the name is shortened in the middle first, and clamped for safety.
  file: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  side: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    gap: tokens.spacingVerticalXXS,
    flexShrink: 0,
  },
  counts: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  // Under the names, past the toggle.
  reason: {
    color: tokens.colorPaletteRedForeground1,
    overflowWrap: "anywhere",
    paddingLeft: "28px",
  },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    marginLeft: "24px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

const STATUS_COLORS: Readonly<
  Record<PaneFileStatus, "success" | "warning" | "danger" | "informative">
> = {
  reading: "informative",
  accepted: "success",
  superseded: "warning",
  rejected: "danger",
};

export interface FileItemProps {
  readonly row: FileRow;
  readonly open: boolean;
  readonly onToggle: (id: number) => void;
  readonly catalogue: Catalogue;
}

/**
 * One returned file in the Tổng hợp list, stacked for a narrow pane: the unit first, the file
 * name under it, the status and the counts on the right; the reason a refused file is refused
 * on its own line; the findings and "Sao chép góp ý" when opened.
 */
export function FileItem({ row, open, onToggle, catalogue }: FileItemProps) {
  const styles = useStyles();
  const text = catalogue.pane.merge;
  const { outcome } = row;
  const findings = outcome?.findings ?? [];
  const canOpen = findings.length > 0;
  const name = shortName(row.name);
  const title = row.unit ?? name;
  const reason =
    row.status === "rejected"
      ? row.failed
        ? text.failed(row.failed)
        : refusalReason(row, catalogue)
      : undefined;
  return (
    <li
      className={styles.item}
      data-testid="merge-file-row"
      data-status={row.status}
      data-id={row.id}
    >
      <div className={styles.head}>
        <Button
          className={styles.toggle}
          size="small"
          appearance="transparent"
          icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          disabled={!canOpen}
          aria-expanded={canOpen ? open : undefined}
          aria-label={open ? text.hideFindings(row.name) : text.showFindings(row.name)}
          onClick={() => onToggle(row.id)}
        />
        <div className={styles.names}>
          <Text weight="semibold" className={styles.unit} data-testid="merge-file-unit">
            {row.unit ?? (row.status === "reading" ? "" : text.unknownUnit)}
          </Text>
          <Text size={200} className={styles.file} title={row.name} data-testid="merge-file-name">
            {name}
          </Text>
        </div>
        <div className={styles.side}>
          <Badge
            appearance="tint"
            color={STATUS_COLORS[row.status]}
            shape="rounded"
            data-testid="merge-file-status"
          >
            {text.status(row.status)}
          </Badge>
          {outcome && (row.errors > 0 || row.warnings > 0) ? (
            <Text size={200} className={styles.counts} data-testid="merge-file-counts">
              {text.counts(row.errors, row.warnings)}
            </Text>
          ) : null}
        </div>
      </div>
      {reason ? (
        <Text size={200} className={styles.reason} data-testid="merge-file-reason">
          {reason}
        </Text>
      ) : null}
      {open && outcome ? (
        <div className={styles.details} data-testid="merge-file-details" aria-label={title}>
          <FindingList findings={findings} catalogue={catalogue} status={outcome.status} />
          <CopyFeedback
            outcome={outcome}
            fileName={row.name}
            catalogue={catalogue}
            testIdPrefix="merge"
            size="small"
          />
        </div>
      ) : null}
    </li>
  );
}

/** The first reason the merge refused the file, in a few words. */
function refusalReason(row: FileRow, catalogue: Catalogue): string | undefined {
  const outcome = row.outcome;
  if (!outcome) return undefined;
  const first = groupFindings(outcome.findings, outcome.status).find((group) => group.refusal);
  const finding = first?.findings[0];
  // What is wrong, before what to do: one line under the file.
  return finding ? firstSentence(renderFinding(catalogue, finding)) : undefined;
}
