import {
  Button,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Add20Regular, ClipboardPaste20Regular, Delete16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { UNIT_TYPES, guessUnitType, rosterFromText, type UnitType } from "../../core";
import type { Catalogue, PaneRosterNotice } from "../../messages";
import { draftUnit, type DraftProblem, type DraftUnit } from "../campaign-draft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  notices: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
  // One unit: its number, then its fields stacked (name; type; email and phone), then the
  // remove button. Stacked, so it fits a 350 px pane without sideways scrolling.
  unit: {
    display: "grid",
    gridTemplateColumns: "1.75rem minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "start",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: {
    paddingTop: "3px",
    textAlign: "right",
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: "tabular-nums",
  },
  fields: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  // In a 350 px pane: the name, then the type, then email and phone side by side; in a
  // wide page all four on one line.
  name: { flex: "1 1 14rem", minWidth: 0 },
  type: { flex: "1 1 15rem", minWidth: 0 },
  contact: { flex: "1 1 6rem", minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** "Phường  Phú Bài" and "phường phú bài" are one unit. */
const nameKey = (name: string) =>
  name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();

export interface RosterEditorProps {
  readonly units: readonly DraftUnit[];
  readonly catalogue: Catalogue;
  /** Problems to show on the rows (by index) and on the list as a whole. */
  readonly problems: readonly DraftProblem[];
  readonly onChange: (units: readonly DraftUnit[]) => void;
}

function validation(problems: readonly DraftProblem[]) {
  if (problems.length === 0) return {};
  return {
    validationState: problems.some((p) => p.severity === "error")
      ? ("error" as const)
      : ("warning" as const),
    validationMessage: problems.map((p) => p.text).join(" "),
  };
}

/** The roster of the draft: pasted from Excel, then edited unit by unit. */
export function RosterEditor({ units, catalogue, problems, onChange }: RosterEditorProps) {
  const styles = useStyles();
  const text = catalogue.pane.campaignArea;
  const [paste, setPaste] = useState("");
  const [report, setReport] = useState<
    { added: number; notices: readonly PaneRosterNotice[] } | undefined
  >();
  const [focusKey, setFocusKey] = useState<string | undefined>();

  useEffect(() => {
    if (!focusKey) return;
    document.querySelector<HTMLElement>(`[data-place="${focusKey}"]`)?.focus();
    setFocusKey(undefined);
  }, [focusKey]);

  const addPasted = () => {
    const list = rosterFromText(paste);
    const taken = new Set(units.map((unit) => nameKey(unit.name)));
    const notices: PaneRosterNotice[] = [...list.notices];
    const added: DraftUnit[] = [];
    for (const unit of list.units) {
      if (taken.has(nameKey(unit.name))) {
        notices.push({ code: "already_listed", name: unit.name });
        continue;
      }
      taken.add(nameKey(unit.name));
      added.push(draftUnit(unit));
    }
    setReport({ added: added.length, notices });
    if (added.length > 0) onChange([...units, ...added]);
    setPaste("");
  };

  const update = (
    key: number,
    patch: Partial<Pick<DraftUnit, "name" | "type" | "email" | "phone">>
  ) =>
    onChange(
      units.map((unit) => {
        if (unit.key !== key) return unit;
        if (patch.type !== undefined) return { ...unit, type: patch.type, guessed: false };
        if (patch.name !== undefined && unit.guessed) {
          return { ...unit, ...patch, type: guessUnitType(patch.name) };
        }
        return { ...unit, ...patch };
      })
    );

  const remove = (index: number) => {
    const next = units.filter((_, i) => i !== index);
    onChange(next);
    // Focus stays in the list: on the row that took this one's place, else "add".
    const neighbour = next[index] ?? next[index - 1];
    setFocusKey(neighbour ? `unit-${neighbour.key}-name` : "roster-add");
  };

  const add = () => {
    const unit = draftUnit({ name: "", type: "community" });
    onChange([...units, unit]);
    setFocusKey(`unit-${unit.key}-name`);
  };

  const listProblems = problems.filter((p) => "roster" in p.at);
  const rowProblems = (index: number, part: "name" | "type") =>
    problems.filter((p) => "unit" in p.at && p.at.unit === index && p.at.part === part);

  return (
    <div className={styles.root}>
      <Field label={text.pasteLabel} hint={text.pasteHint} {...validation(listProblems)}>
        <Textarea
          value={paste}
          rows={4}
          resize="vertical"
          data-testid="roster-paste"
          data-place="roster"
          onChange={(_, data) => setPaste(data.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          icon={<ClipboardPaste20Regular />}
          disabled={paste.trim() === ""}
          onClick={addPasted}
          data-testid="roster-add-pasted"
        >
          {text.addPasted}
        </Button>
      </div>
      {report ? (
        <div data-testid="roster-report" aria-live="polite">
          <Text>{report.added > 0 ? text.added(report.added) : text.pastedNothing}</Text>
          {report.notices.length > 0 ? (
            <ul className={styles.notices} data-testid="roster-notices">
              {report.notices.map((notice, i) => (
                <li key={i}>{text.notice(notice)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {units.length === 0 ? (
        <Text className={styles.empty} data-testid="roster-empty">
          {text.emptyRoster}
        </Text>
      ) : (
        <ol className={styles.list} data-testid="roster-list">
          {units.map((unit, index) => {
            const n = index + 1;
            return (
              <li key={unit.key} className={styles.unit} data-testid="roster-unit">
                <span className={styles.number} aria-hidden="true">
                  {n}.
                </span>
                <div className={styles.fields}>
                  <Field className={styles.name} {...validation(rowProblems(index, "name"))}>
                    <Input
                      className={styles.control}
                      size="small"
                      value={unit.name}
                      aria-label={text.unitName(n)}
                      data-testid="unit-name"
                      data-place={`unit-${unit.key}-name`}
                      data-index={index}
                      onChange={(_, data) => update(unit.key, { name: data.value })}
                    />
                  </Field>
                  <Field className={styles.type} {...validation(rowProblems(index, "type"))}>
                    <Select
                      className={styles.control}
                      size="small"
                      value={unit.type}
                      aria-label={text.unitTypeOf(n)}
                      data-testid="unit-type"
                      data-place={`unit-${unit.key}-type`}
                      data-index={index}
                      onChange={(_, data) => update(unit.key, { type: data.value as UnitType })}
                    >
                      {UNIT_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {text.unitType(type)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Input
                    className={styles.contact}
                    size="small"
                    type="email"
                    value={unit.email}
                    placeholder={text.emailPlaceholder}
                    aria-label={text.unitEmail(n)}
                    data-testid="unit-email"
                    onChange={(_, data) => update(unit.key, { email: data.value })}
                  />
                  <Input
                    className={styles.contact}
                    size="small"
                    type="tel"
                    value={unit.phone}
                    placeholder={text.phonePlaceholder}
                    aria-label={text.unitPhone(n)}
                    data-testid="unit-phone"
                    onChange={(_, data) => update(unit.key, { phone: data.value })}
                  />
                </div>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={text.removeUnit(n, unit.name.trim())}
                  title={text.removeUnit(n, unit.name.trim())}
                  data-testid="unit-remove"
                  onClick={() => remove(index)}
                />
              </li>
            );
          })}
        </ol>
      )}
      <div className={styles.buttons}>
        <Button
          icon={<Add20Regular />}
          onClick={add}
          data-testid="roster-add"
          data-place="roster-add"
        >
          {text.addUnit}
        </Button>
        {units.length > 0 ? (
          <Button appearance="subtle" onClick={() => onChange([])} data-testid="roster-clear">
            {text.clearRoster}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
