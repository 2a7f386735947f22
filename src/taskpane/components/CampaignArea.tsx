import {
  Button,
  Divider,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ArrowSync20Regular,
  ArrowUndo20Regular,
  Checkmark20Regular,
  DocumentAdd20Regular,
  DocumentArrowUp20Regular,
} from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  PRESETS,
  newCampaign,
  parseCampaign,
  toFinding,
  type Campaign,
  type CampaignFieldId,
  type CampaignProblem,
  type FormId,
} from "../../core";
import type { Catalogue } from "../../messages";
import { renderFinding } from "../../messages/catalogue";
import {
  checkDraft,
  draftFromCampaign,
  type CampaignDraft,
  type DraftPlace,
  type DraftProblem,
  type DraftUnit,
} from "../campaign-draft";
import { fileBytes } from "../download";
import { saveFile } from "../save-file";
import { ActionFailure, PaneFailure } from "../failure";
import type { Host } from "../host";
import { loadReader, loadWriter } from "../lazy";
import { presetOf, type CampaignChoice } from "../remember";
import { campaignFileName, campaignName } from "./CampaignPicker";
import { FileButton } from "./FileButton";
import { NoticeBar } from "./NoticeBar";
import { RosterEditor } from "./RosterEditor";
import { both, useTask, type Notice, type Say } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Two short fields side by side when they fit, one under the other in a narrow pane.
  pair: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  half: { flex: "1 1 9rem", minWidth: 0, maxWidth: "20rem" },
  time: { flex: "0 1 7.5rem", minWidth: "6.5rem" },
  year: { maxWidth: "9rem" },
  control: { width: "100%", minWidth: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { marginTop: tokens.spacingVerticalXXS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    position: "sticky",
    bottom: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** What using a campaign did: where it was written, and whether the browser remembers it. */
export interface CampaignUse {
  /** The workbook sheet it was written to (inside Excel). */
  readonly savedTo?: string;
  readonly remembered: boolean;
}

export interface CampaignAreaProps {
  readonly choice: CampaignChoice;
  readonly catalogue: Catalogue;
  readonly host: Host;
  /**
   * Makes `choice` the campaign in use. Inside Excel it is written into the workbook first
   * (unless `write` is false); when that fails it throws and the campaign in use stays.
   */
  readonly onUse: (choice: CampaignChoice, write?: boolean) => Promise<CampaignUse>;
}

const BLANK = "blank";
const IN_USE = "in-use";
const TEXT_FIELDS = ["issuingBody", "collectingUnit", "receivingOffice", "reportsTo"] as const;

/** Where a problem's field is on the page, to move the focus there. */
function placeSelector(at: DraftPlace): string {
  if ("field" in at) return `[data-place="${at.field}"]`;
  if ("roster" in at) return `[data-place="roster"]`;
  return `[data-testid="unit-${at.part}"][data-index="${at.unit}"]`;
}

/** Lines to show, made from the catalogue in use when they are shown. */
type Lines = (catalogue: Catalogue) => readonly string[];
const NO_LINES: Lines = () => [];
/** What putting a campaign in use said about where it is kept. */
interface Saved {
  readonly kept: boolean;
  readonly say: Say;
}

/** A problem list: the refusal of a file, or the draft's problems with a way to each field. */
type Refusal =
  | { readonly kind: "file"; readonly title: Say; readonly items: Lines }
  | { readonly kind: "draft" };

function thisYear(): string {
  return String(new Date().getFullYear());
}

/** Đợt báo cáo: make a campaign, edit it, open and save it, and put it in use. */
export function CampaignArea({ choice, catalogue, host, onUse }: CampaignAreaProps) {
  const styles = useStyles();
  const text = catalogue.pane.campaignArea;
  const inExcel = host.kind === "excel";
  const { busy, notice, setNotice, run, noticeRef } = useTask(inExcel);
  const [draft, setDraft] = useState<CampaignDraft>(() => draftFromCampaign(choice.campaign, true));
  const [dirty, setDirty] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  /** Warnings of the campaign just put in use, said in the language of the moment. */
  const [usedWarnings, setUsedWarnings] = useState<Lines>(() => NO_LINES);
  const [newYear, setNewYear] = useState(thisYear);
  const [yearError, setYearError] = useState(false);
  const [basis, setBasis] = useState(() => (presetOf(choice.campaign) ? BLANK : IN_USE));
  const problemsRef = useRef<HTMLDivElement>(null);

  // The campaign in use changed elsewhere (read from the workbook, opened here): an
  // untouched draft follows it.
  const shown = useRef(choice.campaign);
  useEffect(() => {
    if (choice.campaign === shown.current) return;
    shown.current = choice.campaign;
    if (!dirty) setDraft(draftFromCampaign(choice.campaign, true));
  }, [choice.campaign, dirty]);

  const check = useMemo(
    () => (attempted ? checkDraft(draft, catalogue) : undefined),
    [attempted, draft, catalogue]
  );
  const problems: readonly DraftProblem[] = check?.problems ?? [];
  const errors = problems.filter((p) => p.severity === "error");

  const edit = (patch: Partial<CampaignDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setDirty(true);
    setUsedWarnings(() => NO_LINES);
  };

  /** Resets the draft to a campaign now in use. */
  const adopt = (campaign: Campaign) => {
    shown.current = campaign;
    setDraft(draftFromCampaign(campaign, true));
    setDirty(false);
    setAttempted(false);
    setRefusal(undefined);
  };

  /** Puts `next` in use; a failure to save it is reported as such, whatever the action. */
  const putInUse = async (next: CampaignChoice, write = true): Promise<Saved> => {
    let outcome: CampaignUse;
    try {
      outcome = await onUse(next, write);
    } catch (error) {
      throw new ActionFailure("saveCampaign", error, inExcel && write);
    }
    adopt(next.campaign);
    return outcome.savedTo
      ? { kept: true, say: (c) => c.pane.campaignArea.savedToWorkbook(outcome.savedTo!) }
      : inExcel
        ? { kept: true, say: () => "" }
        : outcome.remembered
          ? { kept: true, say: (c) => c.pane.campaignArea.savedInBrowser }
          : // Not remembered on the web page: still in use, but the clerk must know it is not kept.
            { kept: false, say: (c) => c.pane.campaignArea.notSavedInBrowser };
  };

  const putInUseNotice = async (next: CampaignChoice, lead: Say, write = true): Promise<Notice> => {
    const saved = await putInUse(next, write);
    return { intent: saved.kept ? "success" : "warning", say: both(lead, saved.say) };
  };

  const problemLines =
    (problems: readonly CampaignProblem[]): Lines =>
    (c) =>
      problems.map((problem) => c.campaign[problem.code](problem));

  const createDraft = () => {
    const year = Number(newYear.trim());
    if (!/^\d{4}$/.test(newYear.trim()) || year < 2000 || year > 2100) {
      setYearError(true);
      return;
    }
    setYearError(false);
    const from = basis === IN_USE ? choice.campaign : basis === BLANK ? undefined : PRESETS[basis];
    const next = draftFromCampaign(newCampaign({ year, ...(from ? { from } : {}) }), false);
    // The same campaign in the same year keeps its id: forms sent out carry it.
    setDraft(from && from.year === year ? { ...next, baseId: from.id, baseYear: year } : next);
    setDirty(true);
    setAttempted(false);
    setRefusal(undefined);
    setUsedWarnings(() => NO_LINES);
    setNotice({ intent: "info", say: (c) => c.pane.campaignArea.created });
  };

  const applyDraft = () => {
    setAttempted(true);
    setUsedWarnings(() => NO_LINES);
    const result = checkDraft(draft, catalogue);
    if (!result.result.ok) {
      setNotice(undefined);
      setRefusal({ kind: "draft" });
      // The list of problems is where the clerk goes next.
      setTimeout(() => problemsRef.current?.focus());
      return;
    }
    const campaign = result.result.campaign;
    setRefusal(undefined);
    void run(async () => {
      const notice = await putInUseNotice({ campaign }, (c) =>
        c.pane.campaignArea.used(campaignName(campaign, c), campaign.units.length)
      );
      setUsedWarnings(() => (c: Catalogue) => checkDraft(draft, c).problems.map((p) => p.text));
      return notice;
    }, "saveCampaign");
  };

  const openFile = (file: File) =>
    run(
      async () => {
        setRefusal(undefined);
        setUsedWarnings(() => NO_LINES);
        let bytes: Uint8Array;
        try {
          bytes = await fileBytes(file);
        } catch {
          throw new PaneFailure("fileUnreadable");
        }
        const refuse = (title: Say, items: Lines = NO_LINES) => {
          setRefusal({ kind: "file", title, items });
          return undefined;
        };
        const looksJson = /\.json$/i.test(file.name) || bytes[0] === 0x7b || bytes[0] === 0xef;
        let result;
        if (looksJson) {
          let json: unknown;
          try {
            json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
          } catch {
            return refuse((c) => c.pane.campaignArea.fileNotJson(file.name));
          }
          result = parseCampaign(json);
        } else {
          const read = (await loadReader()).readCampaignWorkbook(bytes);
          if ("rejection" in read) {
            const finding = toFinding(read.rejection, "error", { file: file.name });
            return refuse((c) =>
              c.pane.campaignArea.fileUnreadable(file.name, renderFinding(c, finding))
            );
          }
          if ("noSheet" in read) return refuse((c) => c.pane.campaignArea.fileNoSheet(file.name));
          result = read;
        }
        if (!result.ok)
          return refuse(
            (c) => c.pane.campaignArea.fileInvalid(file.name),
            problemLines(result.problems)
          );
        const units = result.campaign.units.length;
        const notice = await putInUseNotice(
          { campaign: presetOf(result.campaign) ?? result.campaign, file: file.name },
          (c) => c.pane.campaignArea.opened(file.name, units)
        );
        const warnings = problemLines(result.problems);
        setUsedWarnings(() => warnings);
        return notice;
      },
      "openCampaign",
      false
    );

  const download = () =>
    run(
      async () => {
        const writer = await loadWriter();
        const fileName = campaignFileName(choice.campaign);
        const bytes = await writer.writeCampaignWorkbook(choice.campaign);
        const saved = await saveFile(host, bytes, fileName);
        return (c) =>
          saved === "opened"
            ? c.pane.openedAsWorkbook(fileName)
            : c.pane.campaignArea.downloaded(fileName);
      },
      "downloadCampaign",
      false
    );

  const reload = () => {
    if (host.kind !== "excel") return;
    void run(async () => {
      setRefusal(undefined);
      setUsedWarnings(() => NO_LINES);
      const result = await host.excel.loadCampaign();
      if (!result) return { intent: "info", say: (c) => c.pane.campaignArea.reloadNoSheet };
      if (!result.ok) {
        const inUse = choice.campaign;
        setRefusal({
          kind: "file",
          title: (c) => c.pane.campaign.workbookInvalid(campaignName(inUse, c)),
          items: problemLines(result.problems),
        });
        return undefined;
      }
      const units = result.campaign.units.length;
      const notice = await putInUseNotice(
        { campaign: result.campaign, fromWorkbook: true },
        (c) => c.pane.campaignArea.reloaded(units),
        false
      );
      const warnings = problemLines(result.problems);
      setUsedWarnings(() => warnings);
      return notice;
    }, "loadCampaign");
  };

  const at = (field: CampaignFieldId) =>
    problems.filter((p) => "field" in p.at && p.at.field === field);
  const validation = (field: CampaignFieldId) => {
    const here = at(field);
    if (here.length === 0) return {};
    return {
      validationState: here.some((p) => p.severity === "error")
        ? ("error" as const)
        : ("warning" as const),
      validationMessage: here.map((p) => p.text).join(" "),
    };
  };
  const fieldProps = (field: CampaignFieldId) => ({
    "data-place": field,
    "data-testid": `campaign-field-${field}`,
  });
  const textField = (field: CampaignFieldId, value: string, set: (value: string) => void) => (
    <Field
      key={field}
      label={text.fieldLabel(field)}
      hint={text.fieldHint(field)}
      {...validation(field)}
    >
      <Input
        className={styles.control}
        value={value}
        onChange={(_, data) => set(data.value)}
        {...fieldProps(field)}
      />
    </Field>
  );
  const dateField = (field: CampaignFieldId, value: string, set: (value: string) => void) => (
    <Field className={styles.half} label={text.fieldLabel(field)} {...validation(field)}>
      <Input
        className={styles.control}
        type="date"
        value={value}
        onChange={(_, data) => set(data.value)}
        {...fieldProps(field)}
      />
    </Field>
  );
  const deadline = (form: FormId) => {
    const dateKey = `${form}Date` as const;
    const timeKey = `${form}Time` as const;
    return (
      <div className={styles.pair} key={form}>
        <Field className={styles.half} label={text.fieldLabel(form)} {...validation(form)}>
          <Input
            className={styles.control}
            type="date"
            value={draft[dateKey]}
            aria-label={text.deadlineDate(form)}
            onChange={(_, data) => edit({ [dateKey]: data.value })}
            {...fieldProps(form)}
          />
        </Field>
        <Field className={styles.time} label={text.timeLabel}>
          <Input
            className={styles.control}
            type="time"
            value={draft[timeKey]}
            aria-label={text.deadlineTime(form)}
            onChange={(_, data) => edit({ [timeKey]: data.value })}
            data-testid={`campaign-field-${form}-time`}
          />
        </Field>
      </div>
    );
  };

  const warningLines = usedWarnings(catalogue);

  const section = (title: string, children: ReactNode, testId?: string) => (
    <section className={styles.section} aria-label={title} data-testid={testId}>
      <Subtitle2 as="h2" className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );

  // A new outcome is shown where the clerk can see it, wherever the page was scrolled to.
  useEffect(() => {
    if (!notice && usedWarnings === NO_LINES) return;
    const target = document.querySelector<HTMLElement>(
      '[data-testid="campaign-warnings"], [data-testid="campaign-notice"]'
    );
    target?.scrollIntoView?.({ block: "nearest" });
  }, [notice, usedWarnings]);

  const focusProblem = (problem: DraftProblem) =>
    document.querySelector<HTMLElement>(placeSelector(problem.at))?.focus();

  return (
    <div className={styles.root} data-testid="campaign-area">
      <Text>{text.intro}</Text>

      {section(
        text.fileSection,
        <>
          <Text size={200} className={styles.hint}>
            {text.fileHint(inExcel)}
          </Text>
          <div className={styles.buttons}>
            <Button
              icon={<ArrowDownload20Regular />}
              disabled={busy}
              onClick={() => void download()}
              data-testid="campaign-download"
            >
              {text.download}
            </Button>
            <FileButton
              icon={<DocumentArrowUp20Regular />}
              accept=".xlsx,.xlsm,.ods,.json,application/json"
              disabled={busy}
              inputTestId="campaign-file-input"
              onFiles={([file]) => void openFile(file!)}
            >
              {text.openFile}
            </FileButton>
            {inExcel ? (
              <Button
                icon={<ArrowSync20Regular />}
                disabled={busy}
                onClick={reload}
                data-testid="campaign-reload"
              >
                {text.reload}
              </Button>
            ) : null}
          </div>
        </>,
        "campaign-files"
      )}

      {section(
        text.newSection,
        <>
          <div className={styles.pair}>
            <Field
              className={styles.year}
              label={text.newYear}
              validationState={yearError ? "error" : "none"}
              validationMessage={yearError ? text.badYear : undefined}
            >
              <Input
                className={styles.control}
                type="number"
                min={2000}
                max={2100}
                value={newYear}
                onChange={(_, data) => setNewYear(data.value)}
                data-testid="campaign-new-year"
              />
            </Field>
            <Field className={styles.half} label={text.basis}>
              <Select
                className={styles.control}
                value={basis}
                onChange={(_, data) => setBasis(data.value)}
                data-testid="campaign-select"
              >
                <option value={BLANK}>{text.basisBlank}</option>
                <option value={IN_USE}>
                  {choice.file
                    ? catalogue.pane.campaign.fromFile(choice.file)
                    : text.basisInUse(
                        campaignName(choice.campaign, catalogue),
                        choice.campaign.year
                      )}
                </option>
                {Object.values(PRESETS).map((preset) => (
                  <option key={preset.id} value={preset.id}>
                    {text.preset(preset.issuingBody, preset.year)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.buttons}>
            <Button
              icon={<DocumentAdd20Regular />}
              disabled={busy}
              onClick={createDraft}
              data-testid="campaign-create"
            >
              {text.create(newYear.trim())}
            </Button>
          </div>
        </>,
        "campaign-new"
      )}

      <Divider />

      {section(
        text.editSection,
        <>
          <Text size={200} className={styles.hint}>
            {text.editHint}
          </Text>
          <Field className={styles.year} label={text.fieldLabel("year")} {...validation("year")}>
            <Input
              className={styles.control}
              type="number"
              min={2000}
              max={2100}
              value={draft.year}
              onChange={(_, data) => edit({ year: data.value })}
              {...fieldProps("year")}
            />
          </Field>
          <Field label={text.fieldLabel("theme")} {...validation("theme")}>
            <Textarea
              className={styles.control}
              rows={2}
              resize="vertical"
              value={draft.theme}
              onChange={(_, data) => edit({ theme: data.value })}
              {...fieldProps("theme")}
            />
          </Field>
          <div className={styles.pair}>
            {dateField("weekStart", draft.weekStart, (weekStart) => edit({ weekStart }))}
            {dateField("weekEnd", draft.weekEnd, (weekEnd) => edit({ weekEnd }))}
          </div>
          {TEXT_FIELDS.map((field) =>
            textField(field, draft[field], (value) => edit({ [field]: value }))
          )}
          <Field
            label={text.fieldLabel("signer")}
            hint={text.fieldHint("signer")}
            {...validation("signer")}
          >
            <Textarea
              className={styles.control}
              rows={3}
              resize="vertical"
              value={draft.signer}
              onChange={(_, data) => edit({ signer: data.value })}
              {...fieldProps("signer")}
            />
          </Field>
          {deadline("mau1")}
          {deadline("mau2")}
        </>,
        "campaign-fields"
      )}

      {section(
        text.rosterSection(draft.units.length),
        <RosterEditor
          units={draft.units}
          catalogue={catalogue}
          problems={problems}
          onChange={(units: readonly DraftUnit[]) => edit({ units })}
        />,
        "campaign-roster"
      )}

      {refusal && (refusal.kind === "file" || errors.length > 0) ? (
        <div ref={problemsRef} tabIndex={-1}>
          <MessageBar intent="error" data-testid="campaign-problems" layout="multiline">
            <MessageBarBody>
              {refusal.kind === "file" ? refusal.title(catalogue) : text.refused(errors.length)}
              <ul className={styles.problems}>
                {refusal.kind === "file"
                  ? refusal.items(catalogue).map((item, i) => <li key={i}>{item}</li>)
                  : problems.map((problem, i) => (
                      <li key={i} className={styles.problem} data-severity={problem.severity}>
                        <Link as="button" inline onClick={() => focusProblem(problem)}>
                          {catalogue.pane.severity(problem.severity)}
                        </Link>
                        {": "}
                        {problem.text}
                      </li>
                    ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      {warningLines.length > 0 ? (
        <MessageBar intent="warning" data-testid="campaign-warnings" layout="multiline">
          <MessageBarBody>
            {text.warnings}
            <ul className={styles.problems}>
              {warningLines.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <NoticeBar ref={noticeRef} notice={notice} catalogue={catalogue} testId="campaign-notice" />

      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<Checkmark20Regular />}
          disabled={busy}
          onClick={applyDraft}
          data-testid="campaign-use"
        >
          {text.use}
        </Button>
        {dirty ? (
          <Button
            icon={<ArrowUndo20Regular />}
            disabled={busy}
            onClick={() => {
              adopt(choice.campaign);
              setNotice(undefined);
              setUsedWarnings(() => NO_LINES);
            }}
            data-testid="campaign-discard"
          >
            {text.discard}
          </Button>
        ) : null}
        {busy ? <Text aria-live="polite">{text.working}</Text> : null}
        {dirty && !busy ? (
          <Text size={200} className={styles.hint}>
            {text.unsaved}
          </Text>
        ) : null}
      </div>
    </div>
  );
}
