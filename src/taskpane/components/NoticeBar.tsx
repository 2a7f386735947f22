import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "./useTask";

/** The outcome of the last action, announced to screen readers as it changes. */
export function NoticeBar({ notice, testId }: { notice?: Notice; testId: string }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} data-testid={testId} politeness="polite">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
