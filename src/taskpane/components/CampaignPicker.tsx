import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarEdit16Regular } from "@fluentui/react-icons";
import type { Campaign } from "../../core";
import { formatDeadlineVi, formatDate, type Catalogue } from "../../messages";
import type { CampaignChoice } from "../remember";

export type { CampaignChoice } from "../remember";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, flex: "1 1 12rem" },
  name: { overflowWrap: "anywhere" },
  details: { color: tokens.colorNeutralForeground2 },
  change: { flexShrink: 0 },
});

/** The name the campaign goes by: the collecting office, else the body that issued the plan. */
export function campaignName(campaign: Campaign, catalogue: Catalogue): string {
  return (
    campaign.collectingUnit ||
    campaign.issuingBody ||
    campaign.receivingOffice ||
    catalogue.pane.campaign.unnamed
  );
}

/** The campaign workbook's file name: "dot-bao-cao-phuong-phu-bai-2026.xlsx". */
export function campaignFileName(campaign: Campaign): string {
  return `dot-bao-cao-${campaign.id}.xlsx`;
}

export interface CampaignPickerProps {
  readonly choice: CampaignChoice;
  readonly catalogue: Catalogue;
  /** Still reading the workbook's campaign (inside Excel). */
  readonly loading?: boolean;
  /** Opens the Đợt báo cáo area. */
  readonly onChange: () => void;
}

/**
 * The campaign in use, as one line at the top of the pane: its name and year, the roster's
 * size, the week and the deadlines, and the way to the Đợt báo cáo area.
 */
export function CampaignPicker({ choice, catalogue, loading, onChange }: CampaignPickerProps) {
  const styles = useStyles();
  const text = catalogue.pane.campaign;
  const { campaign } = choice;
  const deadlines = (["mau1", "mau2"] as const).flatMap((form) => {
    const when = campaign.deadlines[form];
    return when ? [text.deadline(form, formatDeadlineVi(when))] : [];
  });
  const source = choice.fromWorkbook
    ? text.fromWorkbook
    : choice.file
      ? text.fromFile(choice.file)
      : undefined;
  return (
    <section className={styles.root} aria-label={text.label} data-testid="campaign-line">
      <div className={styles.text}>
        <Text weight="semibold" className={styles.name} data-testid="campaign-name">
          {text.label}: {text.name(campaignName(campaign, catalogue), campaign.year)}
        </Text>
        <Text size={200} className={styles.details} data-testid="campaign-details">
          {[
            text.summary(
              campaign.units.length,
              formatDate(campaign.week.start),
              formatDate(campaign.week.end)
            ),
            ...(deadlines.length > 0 ? deadlines : [text.noDeadlines]),
          ].join(" ")}
        </Text>
        {source || loading ? (
          <Text size={200} className={styles.details} data-testid="campaign-source">
            {loading ? text.loading : source}
          </Text>
        ) : null}
      </div>
      <Button
        className={styles.change}
        size="small"
        appearance="secondary"
        icon={<CalendarEdit16Regular />}
        onClick={onChange}
        data-testid="campaign-change"
      >
        {text.change}
      </Button>
    </section>
  );
}
