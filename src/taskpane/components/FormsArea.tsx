import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  TableAdd20Regular,
  FolderZip20Regular,
} from "@fluentui/react-icons";
import { useState } from "react";
import { FORM_IDS, rosterZipFileName, templateFileName, type Campaign } from "../../core";
import type { Catalogue } from "../../messages";
import { saveFile } from "../save-file";
import type { Host } from "../host";
import { loadWriter } from "../lazy";
import { NoticeBar } from "./NoticeBar";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "stretch",
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface FormsAreaProps {
  readonly campaign: Campaign;
  readonly catalogue: Catalogue;
  readonly host: Host;
}

const NO_UNIT = "";

/** Biểu mẫu: blank forms for one unit, or for everyone on the roster. */
export function FormsArea({ campaign, catalogue, host }: FormsAreaProps) {
  const styles = useStyles();
  const text = catalogue.pane.forms;
  const [unitName, setUnitName] = useState(NO_UNIT);
  const { busy, notice, run, noticeRef } = useTask(host.kind === "excel");
  const unit = campaign.units.find((candidate) => candidate.name === unitName);

  return (
    <div className={styles.root}>
      <Text>{text.intro}</Text>
      <Field label={text.unit}>
        <Select
          data-testid="unit-select"
          value={unit ? unit.name : NO_UNIT}
          onChange={(_, data) => setUnitName(data.value)}
        >
          <option value={NO_UNIT}>{text.noUnit}</option>
          {campaign.units.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {candidate.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        {host.kind === "excel"
          ? FORM_IDS.map((form) => (
              <Button
                key={`create-${form}`}
                appearance="primary"
                icon={<TableAdd20Regular />}
                disabled={busy}
                data-testid={`create-${form}`}
                onClick={() =>
                  run(async () => {
                    const sheet = await host.excel.createForm(form, campaign, unit, catalogue);
                    return (c) => c.pane.forms.created(sheet);
                  }, "createForm")
                }
              >
                {text.createInWorkbook(form)}
              </Button>
            ))
          : null}
        {FORM_IDS.map((form) => (
          <Button
            key={`download-${form}`}
            appearance={host.kind === "excel" ? "secondary" : "primary"}
            icon={<ArrowDownload20Regular />}
            disabled={busy}
            data-testid={`download-${form}`}
            onClick={() =>
              run(
                async () => {
                  const writer = await loadWriter();
                  const fileName = templateFileName(form, unit);
                  const bytes = await writer.formFile(form, campaign, unit, catalogue);
                  const saved = await saveFile(host, bytes, fileName);
                  return (c) =>
                    saved === "opened"
                      ? c.pane.openedAsWorkbook(fileName)
                      : c.pane.forms.downloaded(fileName);
                },
                "downloadForm",
                false
              )
            }
          >
            {text.download(form)}
          </Button>
        ))}
        <Button
          icon={<FolderZip20Regular />}
          disabled={busy}
          data-testid="download-roster"
          onClick={() =>
            run(
              async () => {
                const writer = await loadWriter();
                const fileName = rosterZipFileName(campaign);
                const bytes = await writer.rosterZip(campaign, catalogue);
                await saveFile(host, bytes, fileName, "application/zip");
                return (c) => c.pane.forms.downloaded(fileName);
              },
              "downloadForm",
              false
            )
          }
        >
          {text.downloadAll}
        </Button>
        <Text size={200} className={styles.hint}>
          {text.downloadAllHint(campaign.units.length * FORM_IDS.length, campaign.units.length)}
        </Text>
      </div>
      {busy ? <Text aria-live="polite">{text.working}</Text> : null}
      <NoticeBar ref={noticeRef} notice={notice} catalogue={catalogue} testId="forms-notice" />
    </div>
  );
}
