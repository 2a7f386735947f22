import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { PRESETS, parseCampaign, type Campaign } from "../../core";
import { formatDate, type Catalogue } from "../../messages";
import { fileText } from "../download";
import { FileButton } from "./FileButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    flexWrap: "wrap",
  },
  select: { flexGrow: 1, minWidth: "12rem" },
  details: { color: tokens.colorNeutralForeground2 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The campaign in use: a built-in one, or one read from a JSON file the office keeps. */
export interface CampaignChoice {
  readonly campaign: Campaign;
  /** The JSON file it came from; absent for a built-in campaign. */
  readonly file?: string;
}

const FROM_FILE = "__file__";

/** "2017-10-13" → "13/10/2017"; "2022-10-13T16:00" → "16:00 13/10/2022". */
function formatDeadline(when: string): string {
  const [date, time] = when.split("T");
  return time ? `${time} ${formatDate(date!)}` : formatDate(date!);
}

export interface CampaignPickerProps {
  readonly choice: CampaignChoice;
  readonly catalogue: Catalogue;
  readonly onChange: (choice: CampaignChoice) => void;
}

export function CampaignPicker({ choice, catalogue, onChange }: CampaignPickerProps) {
  const styles = useStyles();
  const text = catalogue.pane.campaign;
  const [problems, setProblems] = useState<{ title: string; items: string[] } | undefined>();
  const { campaign } = choice;

  const openFile = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await fileText(file));
    } catch {
      setProblems({ title: text.fileNotJson(file.name), items: [] });
      return;
    }
    const parsed = parseCampaign(json);
    if (!parsed.ok) {
      setProblems({
        title: text.invalid(file.name),
        items: parsed.problems.map((problem) => catalogue.campaign[problem.code](problem)),
      });
      return;
    }
    setProblems(undefined);
    onChange({ campaign: parsed.campaign, file: file.name });
  };

  return (
    <section className={styles.root} aria-label={text.label}>
      <div className={styles.row}>
        <Field label={text.label} className={styles.select}>
          <Select
            data-testid="campaign-select"
            value={choice.file ? FROM_FILE : campaign.id}
            onChange={(_, data) => {
              const preset = PRESETS[data.value];
              if (preset) {
                setProblems(undefined);
                onChange({ campaign: preset });
              }
            }}
          >
            {Object.values(PRESETS).map((preset) => (
              <option key={preset.id} value={preset.id}>
                {text.preset(preset.issuingBody, preset.year)}
              </option>
            ))}
            {choice.file ? <option value={FROM_FILE}>{text.fromFile(choice.file)}</option> : null}
          </Select>
        </Field>
        <FileButton
          icon={<DocumentArrowUp20Regular />}
          accept=".json,application/json"
          inputTestId="campaign-file-input"
          onFiles={([file]) => void openFile(file!)}
        >
          {text.openFile}
        </FileButton>
      </div>
      <Text size={200} className={styles.details} data-testid="campaign-details">
        {text.summary(
          campaign.units.length,
          formatDate(campaign.week.start),
          formatDate(campaign.week.end)
        )}{" "}
        {campaign.deadlines.mau1
          ? text.deadline("mau1", formatDeadline(campaign.deadlines.mau1))
          : ""}{" "}
        {campaign.deadlines.mau2
          ? text.deadline("mau2", formatDeadline(campaign.deadlines.mau2))
          : ""}
      </Text>
      {problems ? (
        <MessageBar intent="error" data-testid="campaign-problems">
          <MessageBarBody>
            {problems.title}
            {problems.items.length > 0 ? (
              <ul className={styles.problems}>
                {problems.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
