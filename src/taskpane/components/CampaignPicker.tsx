import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Campaign } from "../../core";
import { formatDeadlineVi, formatDate, type Catalogue } from "../../messages";
import type { CampaignChoice } from "../remember";

export type { CampaignChoice } from "../remember";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  // One line in the task pane: the whole name is in the tooltip and in the Đợt báo cáo area.
  name: { display: "block", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  label: { fontWeight: tokens.fontWeightSemibold },
  // The week, the deadlines and the source: on wider screens; the task pane keeps one line.
  details: {
    color: tokens.colorNeutralForeground2,
    "@media (max-width: 480px)": { display: "none" },
  },
  change: { flexShrink: 0, whiteSpace: "nowrap" },
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
  const name = text.name(campaignName(campaign, catalogue), campaign.year);
  const details = [
    text.summary(
      campaign.units.length,
      formatDate(campaign.week.start),
      formatDate(campaign.week.end)
    ),
    ...(deadlines.length > 0 ? deadlines : [text.noDeadlines]),
  ].join(" ");
  const source = choice.fromWorkbook
    ? text.fromWorkbook
    : choice.file
      ? text.fromFile(choice.file)
      : undefined;
  return (
    <section className={styles.root} aria-label={text.label} data-testid="campaign-line">
      <div className={styles.text}>
        <Text className={styles.name} data-testid="campaign-name" title={`${name}. ${details}`}>
          <span className={styles.label}>{text.label}:</span> {name}
        </Text>
        <Text size={200} className={styles.details} data-testid="campaign-details">
          {details}
        </Text>
        {source || loading ? (
          <Text size={200} className={styles.details} data-testid="campaign-source">
            {loading ? text.loading : source}
          </Text>
        ) : null}
      </div>
      <Link as="button" className={styles.change} onClick={onChange} data-testid="campaign-change">
        {text.change}
      </Link>
    </section>
  );
}
