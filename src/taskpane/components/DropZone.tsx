import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowUpload20Regular, ArrowUpload24Regular } from "@fluentui/react-icons";
import { useId, useState, type DragEvent } from "react";
import { FileButton } from "./FileButton";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  // Once files are listed: one row, so the results stay in view.
  compact: {
    flexDirection: "row",
    flexWrap: "wrap",
    justifyContent: "center",
    alignItems: "center",
    padding: tokens.spacingVerticalXS,
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

export const RETURN_FILE_TYPES = ".xlsx,.xlsm,.ods,.xls,.xlsb";

export interface DropZoneProps {
  readonly label: string;
  readonly hint: string;
  readonly chooseLabel: string;
  readonly multiple: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly testId: string;
  readonly disabled?: boolean;
  /** One row without the hint. */
  readonly compact?: boolean;
}

/**
 * A place to drop files, with a button for those who prefer a file dialog (and for
 * keyboards and screen readers, which cannot drag).
 */
export function DropZone(props: DropZoneProps) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const labelId = useId();

  const take = (files: File[]) => {
    if (files.length > 0) props.onFiles(props.multiple ? files : files.slice(0, 1));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!props.disabled) take(Array.from(event.dataTransfer.files));
  };

  return (
    <div
      className={mergeClasses(styles.zone, props.compact && styles.compact, over && styles.active)}
      data-testid={props.testId}
      role="group"
      aria-labelledby={labelId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text id={labelId} weight="semibold">
        {props.label}
      </Text>
      {props.compact ? null : (
        <Text size={200} className={styles.hint}>
          {props.hint}
        </Text>
      )}
      <FileButton
        icon={props.compact ? <ArrowUpload20Regular /> : <ArrowUpload24Regular />}
        size={props.compact ? "small" : "medium"}
        disabled={props.disabled}
        accept={RETURN_FILE_TYPES}
        multiple={props.multiple}
        inputTestId={`${props.testId}-input`}
        onFiles={take}
      >
        {props.chooseLabel}
      </FileButton>
    </div>
  );
}
