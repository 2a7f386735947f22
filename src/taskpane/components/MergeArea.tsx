import {
  Button,
  Field,
  Input,
  Tooltip,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  Delete20Regular,
  Search16Regular,
  TableStackBelow20Regular,
} from "@fluentui/react-icons";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { mergeReturns, summaryFileName, type Campaign } from "../../core";
import type { Catalogue } from "../../messages";
import { saveFile } from "../save-file";
import { failureSay } from "../failure";
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
import {
  SEARCH_FROM,
  fileRows,
  filterRows,
  glanceOf,
  sortRows,
  type StatusFilter,
} from "../merge-view";
import { defaultReadPool, type ReadPool } from "../read-pool";
import { DropZone } from "./DropZone";
import { FileItem } from "./FileItem";
import { GlanceChart } from "./GlanceChart";
import { MainTotals } from "./MainTotals";
import { MissingUnits } from "./MissingUnits";
import { NoticeBar } from "./NoticeBar";
import { useTask, type Say } from "./useTask";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    "@media (max-width: 480px)": { gap: tokens.spacingVerticalS },
  },
  hint: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  tools: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalXS,
  },
  clear: { marginLeft: "auto" },
  filter: { flex: "0 1 9rem", minWidth: "7rem" },
  search: { flex: "1 1 8rem", minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

/** How long reading goes on between two repaints of the list and the progress bar (ms). */
const REPAINT_EVERY_MS = 400;
/** Items shown before "show all": a thousand items would slow every repaint. */
export const ROWS_SHOWN = 300;
const FILTERS: readonly StatusFilter[] = ["all", "rejected", "errors", "accepted", "superseded"];

export interface MergeAreaProps {
  readonly campaign: Campaign;
  readonly catalogue: Catalogue;
  readonly host: Host;
  /** Where files are read; Web Workers by default. */
  readonly readPool?: ReadPool;
}

/**
 * Tổng hợp: many returned files in, one summary out. Narrow first (Excel's task pane is
 * about 350 px): once files are in, the drop zone shrinks to one row and what the clerk looks
 * for comes first: the counts, the main totals and the merge buttons with their result, the
 * units still missing, then the files, refused and erroneous ones first.
 */
export function MergeArea({ campaign, catalogue, host, readPool }: MergeAreaProps) {
  const styles = useStyles();
  const text = catalogue.pane.merge;
  const [state, dispatch] = useReducer(mergeReducer, initialMergeState);
  const { entries } = state;
  const progress = progressOf(state);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [filter, setFilter] = useState<StatusFilter>("all");
  const [query, setQuery] = useState("");
  const { busy, notice, setNotice, run, noticeRef } = useTask(host.kind === "excel");
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
            setNotice({ intent: "error", say: failureSay(error, "readFiles") });
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
  const rows = useMemo(() => sortRows(fileRows(entries, result)), [entries, result]);
  const glance = useMemo(() => glanceOf(rows, result, campaign), [rows, result, campaign]);
  const shown = useMemo(() => filterRows(rows, filter, query), [rows, filter, query]);
  const filterCounts = useMemo(
    () => new Map(FILTERS.map((f) => [f, filterRows(rows, f, "").length])),
    [rows]
  );
  const reading = progress !== undefined;
  const accepted = result.files.filter((file) => file.status === "accepted").length;
  const rejected = result.files.filter((file) => file.status === "rejected").length;
  const canMerge = !busy && !reading && accepted > 0;
  const units = result.units.length;
  const missing = result.missing.length;
  const merged: Say = (c) => c.pane.merge.merged(units, accepted, rejected, missing);

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
    setFilter("all");
    setQuery("");
    setNotice(undefined);
  };

  const mergeInto = () => {
    if (host.kind !== "excel") return;
    void run(async () => {
      const sheets = await host.excel.writeSummary(result, campaign, catalogue);
      return (c: Catalogue) => `${merged(c)} ${c.pane.merge.wroteSheets(sheets)}`;
    }, "writeSummary");
  };

  const download = () => {
    void run(
      async () => {
        const writer = await loadWriter();
        const fileName = summaryFileName(campaign);
        const bytes = await writer.summaryFile(result, campaign, catalogue);
        const saved = await saveFile(host, bytes, fileName);
        return (c: Catalogue) =>
          `${merged(c)} ${saved === "opened" ? c.pane.openedAsWorkbook(fileName) : c.pane.merge.downloaded(fileName)}`;
      },
      "downloadSummary",
      false
    );
  };

  const visible = showAll ? shown : shown.slice(0, ROWS_SHOWN);
  return (
    <div
      className={styles.root}
      data-testid="merge-area"
      data-reading={reading ? "true" : "false"}
      data-files={entries.length}
      data-read={result.files.length}
    >
      {entries.length === 0 ? <Text>{text.intro}</Text> : null}
      <DropZone
        label={entries.length === 0 ? text.drop : text.dropMore}
        hint={text.dropHint}
        chooseLabel={text.pick}
        multiple
        compact={entries.length > 0}
        disabled={busy}
        testId="merge-drop"
        onFiles={addFiles}
      />
      {progress ? (
        <Field
          validationState="none"
          validationMessage={text.reading(progress.done, progress.total)}
          validationMessageIcon={null}
        >
          <ProgressBar
            data-testid="merge-progress"
            value={progress.done / Math.max(1, progress.total)}
            aria-label={text.reading(progress.done, progress.total)}
          />
        </Field>
      ) : null}
      {entries.length > 0 ? <GlanceChart glance={glance} catalogue={catalogue} /> : null}
      {entries.length > 0 && !reading ? (
        <MissingUnits glance={glance} campaign={campaign} catalogue={catalogue} />
      ) : null}
      {accepted > 0 && !reading ? <MainTotals result={result} catalogue={catalogue} /> : null}
      <div className={styles.buttons}>
        {host.kind === "excel" ? (
          <Button
            appearance="primary"
            icon={<TableStackBelow20Regular />}
            disabled={!canMerge}
            data-testid="merge-into-workbook"
            onClick={mergeInto}
          >
            {text.mergeIntoWorkbook}
          </Button>
        ) : null}
        <Button
          appearance={host.kind === "excel" ? "secondary" : "primary"}
          icon={<ArrowDownload20Regular />}
          disabled={!canMerge}
          data-testid="merge-download"
          onClick={download}
        >
          {text.mergeDownload}
        </Button>
      </div>
      {busy ? <Text aria-live="polite">{text.working}</Text> : null}
      <NoticeBar ref={noticeRef} notice={notice} catalogue={catalogue} testId="merge-notice" />
      {entries.length > 0 && !reading && accepted === 0 ? (
        <NoticeBar
          notice={{ intent: "error", say: (c) => c.pane.merge.nothingToMerge }}
          catalogue={catalogue}
          testId="merge-nothing"
        />
      ) : null}
      {entries.length > 0 ? (
        <section aria-label={text.listLabel(entries.length)} data-testid="merge-files">
          <div className={styles.tools}>
            <Select
              className={styles.filter}
              size="small"
              aria-label={text.filterLabel}
              value={filter}
              data-testid="merge-filter"
              onChange={(_, data) => setFilter(data.value as StatusFilter)}
            >
              {FILTERS.map((f) => (
                <option key={f} value={f}>
                  {text.filter(f, filterCounts.get(f) ?? 0)}
                </option>
              ))}
            </Select>
            {entries.length >= SEARCH_FROM ? (
              <Input
                className={styles.search}
                size="small"
                type="search"
                aria-label={text.searchLabel}
                value={query}
                contentBefore={<Search16Regular />}
                placeholder={text.searchPlaceholder}
                data-testid="merge-search"
                onChange={(_, data) => setQuery(data.value)}
              />
            ) : null}
            <Tooltip content={text.clear} relationship="label">
              <Button
                className={styles.clear}
                appearance="subtle"
                size="small"
                icon={<Delete20Regular />}
                disabled={busy}
                onClick={clear}
                data-testid="merge-clear"
              />
            </Tooltip>
          </div>
          {shown.length < rows.length ? (
            <Text size={200} className={styles.hint} role="status" data-testid="merge-shown">
              {text.shownOf(shown.length, rows.length)}
            </Text>
          ) : null}
          <ul className={styles.list}>
            {visible.map((row) => (
              <FileItem
                key={row.id}
                row={row}
                open={open.has(row.id)}
                onToggle={toggle}
                catalogue={catalogue}
              />
            ))}
          </ul>
          {!showAll && shown.length > ROWS_SHOWN ? (
            <Button
              appearance="subtle"
              onClick={() => setShowAll(true)}
              data-testid="merge-show-all"
            >
              {text.showAll(shown.length - ROWS_SHOWN)}
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
