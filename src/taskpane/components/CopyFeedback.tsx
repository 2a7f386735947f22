import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Copy16Regular, Copy20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { FileOutcome } from "../../core";
import type { Catalogue } from "../../messages";
import { copyText } from "../clipboard";
import { feedbackText } from "../feedback";

const useStyles = makeStyles({
  copy: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  copied: { color: tokens.colorPaletteGreenForeground1 },
  feedbackText: { width: "100%" },
});

export interface CopyFeedbackProps {
  readonly outcome: FileOutcome;
  readonly fileName: string;
  readonly catalogue: Catalogue;
  /** Test ids: `<prefix>-copy-feedback`, `<prefix>-copy-status`, `<prefix>-feedback-text`. */
  readonly testIdPrefix: string;
  readonly size?: "small" | "medium";
}

/**
 * "Sao chép góp ý": copies what the unit must fix. When the clipboard refuses, the text is
 * shown in a box to copy by hand, with a sentence saying so.
 */
export function CopyFeedback({
  outcome,
  fileName,
  catalogue,
  testIdPrefix,
  size,
}: CopyFeedbackProps) {
  const styles = useStyles();
  const text = catalogue.pane.feedback;
  const [copy, setCopy] = useState<"copied" | "failed" | undefined>();
  useEffect(() => setCopy(undefined), [outcome]);
  const feedback = feedbackText(catalogue, outcome, fileName);
  return (
    <div className={styles.copy}>
      <Button
        icon={size === "small" ? <Copy16Regular /> : <Copy20Regular />}
        data-testid={`${testIdPrefix}-copy-feedback`}
        size={size ?? "medium"}
        aria-label={text.copyLabel(outcome.unit, fileName)}
        onClick={() =>
          copyText(feedback).then(
            () => setCopy("copied"),
            () => setCopy("failed")
          )
        }
      >
        {text.copy}
      </Button>
      <div role="status" data-testid={`${testIdPrefix}-copy-status`}>
        {copy === "copied" ? (
          <Text size={200} className={styles.copied}>
            {text.copied(outcome.unit)}
          </Text>
        ) : null}
      </div>
      {copy === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{text.copyFailed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {copy === "failed" ? (
        <Textarea
          className={styles.feedbackText}
          readOnly
          resize="vertical"
          rows={8}
          value={feedback}
          aria-label={text.textLabel}
          data-testid={`${testIdPrefix}-feedback-text`}
        />
      ) : null}
    </div>
  );
}
