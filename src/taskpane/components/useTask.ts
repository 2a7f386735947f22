import { useCallback, useState } from "react";
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
 */
export function useTask(inExcel = false) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
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
        if (done) setNotice(typeof done === "function" ? { intent: "success", say: done } : done);
      } catch (error) {
        setNotice({ intent: "error", say: failureSay(error, what, callsExcel) });
      } finally {
        setBusy(false);
      }
    },
    [inExcel]
  );
  return { busy, notice, setNotice, run };
}

/** Two notices said one after the other. */
export const both =
  (first: Say, second: Say): Say =>
  (catalogue: Catalogue) =>
    `${first(catalogue)} ${second(catalogue)}`.trim();
