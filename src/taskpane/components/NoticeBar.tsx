import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Catalogue } from "../../messages";
import type { Notice } from "./useTask";

export interface NoticeBarProps {
  readonly notice?: Notice;
  readonly catalogue: Catalogue;
  readonly testId: string;
}

/**
 * The outcome of the last action, in the pane's language of the moment, announced to screen
 * readers as it changes. Focusable (not in the tab order) so an area can move focus to it.
 */
export const NoticeBar = forwardRef<HTMLDivElement, NoticeBarProps>(function NoticeBar(
  { notice, catalogue, testId },
  ref
) {
  if (!notice) return null;
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      intent={notice.intent}
      data-testid={testId}
      politeness="polite"
      layout="multiline"
    >
      <MessageBarBody>{notice.say(catalogue)}</MessageBarBody>
    </MessageBar>
  );
});
