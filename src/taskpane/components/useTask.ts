import { useCallback, useEffect, useRef, useState } from "react";
import type { Catalogue, PaneAction } from "../../messages";
import { failureSay, type Say } from "../failure";

export type { Say } from "../failure";

/**
 * The outcome of an action as data: its intent and how to say it. The words are made when the
 * notice is shown, from the catalogue of that moment, so a notice follows a language switch.
 */
export type Notice = {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly say: Say;
};

/**
 * Runs one user action at a time: `busy` while it runs, and a notice of its outcome. An
 * action's failure is shown to the user in the pane's words (what did not happen, why, what
 * to do), never dropped and never as the exception's raw text.
 *
 * The button pressed is disabled while the action runs, which drops the focus to the top of
 * the page; the focus goes to the outcome instead (`noticeRef`, given to the NoticeBar), so
 * a keyboard or screen-reader user, and the eye, are where the result is.
 */
export function useTask(inExcel = false) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef(false);
  useEffect(() => {
    if (notice && focusNext.current) {
      focusNext.current = false;
      noticeRef.current?.focus();
      noticeRef.current?.scrollIntoView?.({ block: "nearest" });
    }
  }, [notice]);
  const run = useCallback(
    async (
      action: () => Promise<Say | Notice | undefined>,
      what?: PaneAction,
      callsExcel = inExcel
    ) => {
      setBusy(true);
      setNotice(undefined);
      try {
        const done = await action();
        focusNext.current = done !== undefined;
        if (done) setNotice(typeof done === "function" ? { intent: "success", say: done } : done);
      } catch (error) {
        focusNext.current = true;
        setNotice({ intent: "error", say: failureSay(error, what, callsExcel) });
      } finally {
        setBusy(false);
      }
    },
    [inExcel]
  );
  return { busy, notice, setNotice, run, noticeRef };
}

/** Two notices said one after the other. */
export const both =
  (first: Say, second: Say): Say =>
  (catalogue: Catalogue) =>
    `${first(catalogue)} ${second(catalogue)}`.trim();
