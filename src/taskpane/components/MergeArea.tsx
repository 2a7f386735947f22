import {
  Badge,
  Button,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  Delete20Regular,
  TableStackBelow20Regular,
} from "@fluentui/react-icons";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { mergeReturns, summaryFileName, type Campaign, type FileOutcome } from "../../core";
import type { Catalogue, PaneFileStatus } from "../../messages";
import { downloadBytes } from "../download";
import type { Host } from "../host";
import { loadWriter } from "../lazy";
import {
  initialMergeState,
  isOver,
  mergeActions,
  mergeReducer,
  nextPass,
  progressOf,
  type ReadResult,
} from "../merge-state";
import { defaultReadPool, type ReadPool } from "../read-pool";
import { DropZone } from "./DropZone";
import { FindingList } from "./FindingList";
import { NoticeBar } from "./NoticeBar";
import { failureText } from "../failure";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  table: { tableLayout: "auto" },
  fileCell: { overflowWrap: "anywhere", paddingTop: "2px", paddingBottom: "2px" },
  fileLine: { display: "flex", alignItems: "flex-start" },
  unit: { color: tokens.colorNeutralForeground2 },
  status: { width: "6.5rem" },
  number: { textAlign: "right", width: "3.2rem" },
  details: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  missing: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const STATUS_COLORS: Readonly<
  Record<PaneFileStatus, "success" | "warning" | "danger" | "informative">
> = {
  reading: "informative",
  accepted: "success",
  superseded: "warning",
  rejected: "danger",
};

/** How long reading goes on between two repaints of the list and the progress bar (ms). */
const REPAINT_EVERY_MS = 400;
/** Rows shown before "show all": a thousand rows would slow every repaint. */
export const ROWS_SHOWN = 300;

export interface MergeAreaProps {
  readonly campaign: Campaign;
  readonly catalogue: Catalogue;
  readonly host: Host;
  /** Where files are read; Web Workers by default. */
  readonly readPool?: ReadPool;
}

/** Tổng hợp: many returned files in, one summary out. */
export function MergeArea({ campaign, catalogue, host, readPool }: MergeAreaProps) {
  const styles = useStyles();
  const text = catalogue.pane.merge;
  const [state, dispatch] = useReducer(mergeReducer, initialMergeState);
  const { entries } = state;
  const progress = progressOf(state);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const { busy, notice, setNotice, run } = useTask(catalogue, host.kind === "excel");
  const [pool] = useState(() => readPool ?? defaultReadPool());
  const stateRef = useRef(state);
  stateRef.current = state;
  /** The latest pass handed to the pool: each is started once. */
  const started = useRef(0);

  // Files are waiting and no pass runs: read them, repainting the list now and then.
  const next = nextPass(state);
  useEffect(() => {
    if (!next || next.pass <= started.current) return;
    const { pass, jobs } = next;
    started.current = pass;
    dispatch(
      mergeActions.readStarted(
        pass,
        jobs.map((job) => job.id)
      )
    );
    let batch: ReadResult[] = [];
    const flush = () => {
      if (batch.length > 0) dispatch(mergeActions.readBatch(pass, batch));
      batch = [];
    };
    let lastPaint = performance.now();
    pool
      .readAll(
        jobs.map(({ id, file, name }) => ({ id, file, name })),
        campaign,
        (id, loaded) => {
          batch.push({ id, loaded });
          if (performance.now() - lastPaint > REPAINT_EVERY_MS) {
            flush();
            lastPaint = performance.now();
          }
        },
        () => isOver(stateRef.current, pass)
      )
      .then(
        () => {
          flush();
          dispatch(mergeActions.passEnded(pass));
        },
        // A failure of the reader itself is shown, never dropped.
        (error: unknown) => {
          flush();
          dispatch(mergeActions.readFailed(pass));
          if (!isOver(stateRef.current, pass)) {
            setNotice({ intent: "error", text: failureText(catalogue, error, "readFiles") });
          }
        }
      );
  });

  const addFiles = (files: File[]) => {
    setNotice(undefined);
    dispatch(mergeActions.added(files));
  };

  // Another roster means other unit matches: read every file again.
  const firstCampaign = useRef(campaign);
  useEffect(() => {
    if (campaign === firstCampaign.current) return;
    firstCampaign.current = campaign;
    dispatch(mergeActions.campaignChanged());
  }, [campaign]);

  const result = useMemo(
    () =>
      mergeReturns(
        entries.flatMap((entry) => (entry.loaded ? [entry.loaded] : [])),
        campaign
      ),
    [entries, campaign]
  );
  const outcomes = useMemo(() => outcomesByPath(result.files), [result]);
  const reading = progress !== undefined;
  const accepted = result.files.filter((file) => file.status === "accepted").length;
  const rejected = result.files.filter((file) => file.status === "rejected").length;
  const canMerge = !busy && !reading && accepted > 0;
  const mergedText = () =>
    text.merged(result.units.length, accepted, rejected, result.missing.length);

  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const clear = () => {
    dispatch(mergeActions.cleared());
    setOpen(new Set());
    setShowAll(false);
    setNotice(undefined);
  };

  return (
    <div
      className={styles.root}
      data-testid="merge-area"
      data-reading={reading ? "true" : "false"}
      data-files={entries.length}
      data-read={result.files.length}
    >
      <Text>{text.intro}</Text>
      <DropZone
        label={text.drop}
        hint={text.dropHint}
        chooseLabel={text.pick}
        multiple
        disabled={busy}
        testId="merge-drop"
        onFiles={addFiles}
      />
      {progress ? (
        <ProgressBar
          data-testid="merge-progress"
          value={progress.done / Math.max(1, progress.total)}
          aria-label={text.reading(progress.done, progress.total)}
        />
      ) : null}
      {progress ? (
        <Text aria-live="polite">{text.reading(progress.done, progress.total)}</Text>
      ) : null}
      {entries.length > 0 ? (
        <Table
          className={styles.table}
          size="small"
          data-testid="merge-files"
          aria-label={text.drop}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>
                {text.columns.file} / {text.columns.unit}
              </TableHeaderCell>
              <TableHeaderCell className={styles.status}>{text.columns.status}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.columns.errors}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.columns.warnings}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(showAll ? entries : entries.slice(0, ROWS_SHOWN)).flatMap((entry) => {
              const outcome: FileOutcome | undefined = entry.loaded
                ? outcomes.get(entry.name)
                : undefined;
              // A file the reader could not answer is refused, not left "reading".
              const status: PaneFileStatus =
                outcome?.status ?? (entry.failed ? "rejected" : "reading");
              const errors = outcome?.findings.filter((f) => f.severity === "error").length ?? 0;
              const warnings = (outcome?.findings.length ?? 0) - errors;
              const isOpen = open.has(entry.id);
              const rows = [
                <TableRow key={entry.id} data-testid="merge-file-row" data-status={status}>
                  <TableCell className={styles.fileCell}>
                    <div className={styles.fileLine}>
                      <Button
                        size="small"
                        appearance="transparent"
                        icon={isOpen ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                        disabled={!outcome || outcome.findings.length === 0}
                        aria-expanded={isOpen}
                        aria-label={
                          isOpen ? text.hideFindings(entry.name) : text.showFindings(entry.name)
                        }
                        onClick={() => toggle(entry.id)}
                      />
                      <div>
                        <div data-testid="merge-file-name">{entry.name}</div>
                        <Text size={200} className={styles.unit} data-testid="merge-file-unit">
                          {outcome ? (outcome.unit ?? text.unknownUnit) : ""}
                        </Text>
                      </div>
                    </div>
                  </TableCell>
                  <TableCell className={styles.status}>
                    <Badge appearance="tint" color={STATUS_COLORS[status]} shape="rounded">
                      {text.status(status)}
                    </Badge>
                  </TableCell>
                  <TableCell className={styles.number}>{outcome ? errors : ""}</TableCell>
                  <TableCell className={styles.number}>{outcome ? warnings : ""}</TableCell>
                </TableRow>,
              ];
              if (isOpen && outcome) {
                rows.push(
                  <TableRow key={`${entry.id}-details`} data-testid="merge-file-details">
                    <TableCell colSpan={4} className={styles.details}>
                      <FindingList findings={outcome.findings} catalogue={catalogue} />
                    </TableCell>
                  </TableRow>
                );
              }
              return rows;
            })}
          </TableBody>
        </Table>
      ) : null}
      {!showAll && entries.length > ROWS_SHOWN ? (
        <Button appearance="subtle" onClick={() => setShowAll(true)} data-testid="merge-show-all">
          {text.showAll(entries.length - ROWS_SHOWN)}
        </Button>
      ) : null}
      {entries.length > 0 && !reading ? (
        <div data-testid="merge-missing">
          {result.missing.length === 0 ? (
            <Text>{text.noneMissing}</Text>
          ) : (
            <>
              <Text weight="semibold">{text.missing(result.missing.length)}</Text>
              <ul className={styles.missing}>
                {result.missing.map((unit) => (
                  <li key={unit}>{unit}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
      <div className={styles.buttons}>
        {host.kind === "excel" ? (
          <Button
            appearance="primary"
            icon={<TableStackBelow20Regular />}
            disabled={!canMerge}
            data-testid="merge-into-workbook"
            onClick={() =>
              run(async () => {
                const sheets = await host.excel.writeSummary(result, campaign, catalogue);
                return `${mergedText()} ${text.wroteSheets(sheets)}`;
              }, "writeSummary")
            }
          >
            {text.mergeIntoWorkbook}
          </Button>
        ) : null}
        <Button
          appearance={host.kind === "excel" ? "secondary" : "primary"}
          icon={<ArrowDownload20Regular />}
          disabled={!canMerge}
          data-testid="merge-download"
          onClick={() =>
            run(
              async () => {
                const writer = await loadWriter();
                const fileName = summaryFileName(campaign);
                downloadBytes(await writer.summaryFile(result, campaign, catalogue), fileName);
                return mergedText();
              },
              "downloadSummary",
              false
            )
          }
        >
          {text.mergeDownload}
        </Button>
        {entries.length > 0 ? (
          <Button
            icon={<Delete20Regular />}
            disabled={busy}
            onClick={clear}
            data-testid="merge-clear"
          >
            {text.clear}
          </Button>
        ) : null}
      </div>
      {entries.length > 0 && !reading && accepted === 0 ? (
        <NoticeBar notice={{ intent: "error", text: text.nothingToMerge }} testId="merge-nothing" />
      ) : null}
      <NoticeBar notice={notice} testId="merge-notice" />
    </div>
  );
}

/**
 * One outcome per file for the list: a workbook holding several units' forms has one
 * outcome per unit, shown together (units joined, findings of all, counted if any is).
 */
function outcomesByPath(files: readonly FileOutcome[]): Map<string, FileOutcome> {
  const byPath = new Map<string, FileOutcome>();
  const rank = { accepted: 0, superseded: 1, rejected: 2 } as const;
  for (const file of files) {
    const seen = byPath.get(file.path);
    if (!seen) {
      byPath.set(file.path, file);
      continue;
    }
    const units = [seen.unit, file.unit].filter((unit): unit is string => unit !== undefined);
    byPath.set(file.path, {
      ...seen,
      status: rank[file.status] < rank[seen.status] ? file.status : seen.status,
      ...(units.length > 0 ? { unit: units.join(", ") } : {}),
      forms: [...new Set([...seen.forms, ...file.forms])],
      findings: [...seen.findings, ...file.findings],
    });
  }
  return byPath;
}
