import { useCallback, useState } from "react";
import type { Catalogue, PaneAction } from "../../messages";
import { failureText } from "../failure";

export type Notice = {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly text: string;
};

/**
 * Runs one user action at a time: `busy` while it runs, and a notice of its outcome. An
 * action's failure is shown to the user in the pane's words (what did not happen, why, what
 * to do), never dropped and never as the exception's raw text.
 */
export function useTask(catalogue: Catalogue, inExcel = false) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const run = useCallback(
    async (
      action: () => Promise<string | Notice | undefined>,
      what?: PaneAction,
      callsExcel = inExcel
    ) => {
      setBusy(true);
      setNotice(undefined);
      try {
        const done = await action();
        if (done) setNotice(typeof done === "string" ? { intent: "success", text: done } : done);
      } catch (error) {
        setNotice({ intent: "error", text: failureText(catalogue, error, what, callsExcel) });
      } finally {
        setBusy(false);
      }
    },
    [catalogue, inExcel]
  );
  return { busy, notice, setNotice, run };
}
