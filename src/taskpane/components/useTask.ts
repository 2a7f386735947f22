import { useCallback, useState } from "react";
import type { Catalogue } from "../../messages";

export type Notice = { readonly intent: "success" | "error" | "info"; readonly text: string };

/** The text of an unexpected error, for a message that asks the user to retry or report it. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Runs one user action at a time: `busy` while it runs, and a notice of its outcome. An
 * action's error is shown to the user (an Excel error in Excel's words), never dropped.
 */
export function useTask(catalogue: Catalogue, inExcel = false) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const run = useCallback(
    async (action: () => Promise<string | undefined>) => {
      setBusy(true);
      setNotice(undefined);
      try {
        const done = await action();
        if (done) setNotice({ intent: "success", text: done });
      } catch (error) {
        const detail = errorText(error);
        setNotice({
          intent: "error",
          text: inExcel
            ? catalogue.pane.errors.excel(detail)
            : catalogue.pane.errors.unexpected(detail),
        });
      } finally {
        setBusy(false);
      }
    },
    [catalogue, inExcel]
  );
  return { busy, notice, setNotice, run };
}
