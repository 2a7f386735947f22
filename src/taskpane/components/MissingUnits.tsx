import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  Checkmark16Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  Copy16Regular,
} from "@fluentui/react-icons";
import { useId, useState } from "react";
import { FORM_IDS, type Campaign, type FormId } from "../../core";
import type { Catalogue } from "../../messages";
import { copyText } from "../clipboard";
import { failureSay, type Say } from "../failure";
import { reminderText, type Glance } from "../merge-view";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    maxWidth: "40rem",
  },
  heading: { margin: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  // The names' toggle and the copy button share a row, even in a 320 px pane.
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  toggle: {
    minWidth: 0,
    maxWidth: "100%",
    paddingLeft: 0,
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
  },
  copy: { alignSelf: "flex-start", maxWidth: "100%" },
  status: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  copied: { color: tokens.colorStatusSuccessForeground1 },
  failed: { color: tokens.colorStatusDangerForeground1 },
  icon: { flexShrink: 0, marginTop: "2px" },
});

/**
 * Names shown as they are up to this many; a longer list opens on demand. None in the task
 * pane's narrow column: the files must stay in view, and the count says enough at first.
 */
export const NAMES_SHOWN = 0;

export interface MissingUnitsProps {
  readonly glance: Glance;
  readonly campaign: Campaign;
  readonly catalogue: Catalogue;
  /** Called after a reminder was copied. */
  readonly onCopied?: (form: FormId) => void;
}

/** What the last copy of a form's reminder did: codes and counts, the words made on render. */
type CopyOutcome =
  | { readonly kind: "copied"; readonly units: number }
  | { readonly kind: "failed"; readonly say: Say };

/** Per form, the roster units that have sent none, and a reminder to copy for them. */
export function MissingUnits({ glance, campaign, catalogue, onCopied }: MissingUnitsProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} data-testid="merge-missing" aria-labelledby={headingId}>
      <Text as="h3" weight="semibold" className={styles.heading} id={headingId}>
        {catalogue.pane.missingUnits.heading}
      </Text>
      {FORM_IDS.map((form) => (
        <MissingForm
          key={form}
          form={form}
          units={glance.missing[form]}
          campaign={campaign}
          catalogue={catalogue}
          onCopied={onCopied}
        />
      ))}
    </section>
  );
}

interface MissingFormProps {
  readonly form: FormId;
  readonly units: readonly string[];
  readonly campaign: Campaign;
  readonly catalogue: Catalogue;
  readonly onCopied?: (form: FormId) => void;
}

function MissingForm({ form, units, campaign, catalogue, onCopied }: MissingFormProps) {
  const styles = useStyles();
  const text = catalogue.pane.missingUnits;
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<CopyOutcome | undefined>();
  const listId = useId();

  const copy = async () => {
    setOutcome(undefined);
    try {
      await copyText(reminderText(catalogue, campaign, form, units));
      setOutcome({ kind: "copied", units: units.length });
      onCopied?.(form);
    } catch (error) {
      setOutcome({ kind: "failed", say: failureSay(error, "copyText") });
    }
  };

  if (units.length === 0) {
    return (
      <div className={styles.form} data-testid={`missing-${form}`} data-count={0}>
        <Text>{text.none(form)}</Text>
      </div>
    );
  }
  const collapsed = units.length > NAMES_SHOWN;
  return (
    <div className={styles.form} data-testid={`missing-${form}`} data-count={units.length}>
      <div className={styles.actions}>
        {collapsed ? (
          <Button
            className={styles.toggle}
            size="small"
            appearance="transparent"
            icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            onClick={() => setOpen(!open)}
            data-testid={`missing-${form}-toggle`}
            aria-label={text.title(form, units.length)}
          >
            {text.row(form, units.length)}
          </Button>
        ) : (
          <Text weight="semibold">{text.row(form, units.length)}</Text>
        )}
        <Button
          className={styles.copy}
          size="small"
          icon={<Copy16Regular />}
          aria-label={text.copyLabel(form)}
          onClick={() => void copy()}
          data-testid={`missing-${form}-copy`}
        >
          {text.copy}
        </Button>
      </div>
      {!collapsed || open ? (
        <ul className={styles.list} id={listId}>
          {units.map((unit) => (
            <li key={unit}>{unit}</li>
          ))}
        </ul>
      ) : null}
      <div aria-live="polite" data-testid={`missing-${form}-status`}>
        {outcome?.kind === "copied" ? (
          <Text className={mergeClasses(styles.status, styles.copied)}>
            <Checkmark16Regular className={styles.icon} />
            {text.copied(outcome.units)}
          </Text>
        ) : null}
        {outcome?.kind === "failed" ? (
          <Text className={mergeClasses(styles.status, styles.failed)}>
            {outcome.say(catalogue)}
          </Text>
        ) : null}
      </div>
    </div>
  );
}
