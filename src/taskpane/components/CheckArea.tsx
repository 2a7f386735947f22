import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TaskListSquareLtr20Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { mergeReturns, type Campaign, type FileOutcome, type Finding } from "../../core";
import type { Catalogue } from "../../messages";
import { verdictOf, type FileVerdict } from "../finding-groups";
import { returnFromFile } from "../read-file";
import type { Host } from "../host";
import { loadReader } from "../lazy";
import { DropZone } from "./DropZone";
import { FindingList } from "./FindingList";
import { CopyFeedback } from "./CopyFeedback";
import { NoticeBar } from "./NoticeBar";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  name: { overflowWrap: "anywhere" },
});

/** How the verdict is shown: counted is good news, a refusal an error, the rest a warning. */
const VERDICT_INTENTS: Readonly<Record<FileVerdict["kind"], "success" | "warning" | "error">> = {
  counted: "success",
  counted_with_errors: "warning",
  superseded: "warning",
  refused: "error",
};

export interface CheckAreaProps {
  readonly campaign: Campaign;
  readonly catalogue: Catalogue;
  readonly host: Host;
}

interface Checked {
  readonly outcome: FileOutcome;
  /** Set when the findings are on a sheet of the open workbook (their cells can be selected). */
  readonly sheetName?: string;
}

/** Checks one file dropped here, the way the merge will judge it. */
export async function checkFile(file: File, campaign: Campaign): Promise<FileOutcome> {
  const loaded = await returnFromFile(await loadReader(), file, file.name, campaign);
  return mergeReturns([loaded], campaign).files[0]!;
}

function CheckResult({
  checked,
  catalogue,
  onSelect,
}: {
  checked: Checked;
  catalogue: Catalogue;
  onSelect?: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const text = catalogue.pane.check;
  const { outcome } = checked;
  const errors = outcome.findings.filter((finding) => finding.severity === "error").length;
  const warnings = outcome.findings.length - errors;
  const verdict = verdictOf(outcome);
  const name = checked.sheetName ?? outcome.path;
  // A new result is where the clerk looks next: the focus goes to its verdict.
  const verdictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    verdictRef.current?.focus();
    verdictRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [checked]);
  return (
    <div className={styles.result} data-testid="check-result">
      <MessageBar
        intent={VERDICT_INTENTS[verdict.kind]}
        layout="multiline"
        data-testid="check-verdict"
        ref={verdictRef}
        tabIndex={-1}
        data-verdict={verdict.kind}
      >
        <MessageBarBody>{catalogue.pane.findingsView.verdict(verdict)}</MessageBarBody>
      </MessageBar>
      <Text weight="semibold" className={styles.name}>
        {name}
      </Text>
      <Text>{text.unit(outcome.unit)}</Text>
      <Text>{text.forms(outcome.forms)}</Text>
      <Text data-testid="check-counts">
        {outcome.findings.length === 0
          ? text.noFindings(outcome.path)
          : text.result(errors, warnings)}
      </Text>
      <CopyFeedback outcome={outcome} fileName={name} catalogue={catalogue} testIdPrefix="check" />
      <FindingList
        findings={outcome.findings}
        catalogue={catalogue}
        onSelect={onSelect}
        status={outcome.status}
      />
    </div>
  );
}

/** Kiểm tra: the active sheet (in Excel) or a dropped file (anywhere). */
export function CheckArea({ campaign, catalogue, host }: CheckAreaProps) {
  const styles = useStyles();
  const text = catalogue.pane.check;
  const [checked, setChecked] = useState<Checked | undefined>();
  const { busy, notice, run, noticeRef } = useTask(host.kind === "excel");

  const select =
    host.kind === "excel" && checked?.sheetName
      ? (finding: Finding) =>
          void run(async () => {
            await host.excel.selectCell(finding.at.sheet ?? checked.sheetName!, finding.at.cell!);
            return undefined;
          }, "selectCell")
      : undefined;

  return (
    <div className={styles.root}>
      <Text>{text.intro}</Text>
      {host.kind === "excel" ? (
        <>
          <Button
            appearance="primary"
            icon={<TaskListSquareLtr20Regular />}
            disabled={busy}
            data-testid="check-active-sheet"
            onClick={() =>
              run(async () => {
                const result = await host.excel.checkActiveSheet(campaign);
                setChecked(result);
                return undefined;
              }, "checkSheet")
            }
          >
            {text.checkActiveSheet}
          </Button>
          <Text size={200} className={styles.hint}>
            {text.activeSheetHint}
          </Text>
          <Divider />
        </>
      ) : null}
      <DropZone
        label={text.dropOne}
        hint={text.dropHint}
        chooseLabel={catalogue.pane.dropZone.choose}
        multiple={false}
        disabled={busy}
        testId="check-drop"
        onFiles={([file]) =>
          run(
            async () => {
              setChecked({ outcome: await checkFile(file!, campaign) });
              return undefined;
            },
            "checkFile",
            false
          )
        }
      />
      <NoticeBar ref={noticeRef} notice={notice} catalogue={catalogue} testId="check-notice" />
      {checked ? <CheckResult checked={checked} catalogue={catalogue} onSelect={select} /> : null}
    </div>
  );
}
