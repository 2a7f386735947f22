/**
 * Copying a text the clerk pastes elsewhere (a reminder into Zalo or an email). Excel's
 * older webviews (Internet Explorer's, the old Edge's) and pages without the permission
 * have no usable `navigator.clipboard`; there the selection of a hidden text area is copied.
 */
import { PaneFailure } from "./failure";

/** Copies through a hidden, selected text area: the way that works in old webviews. */
function copyBySelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  // Off screen and fixed, so neither the page nor the pane scrolls to it.
  Object.assign(area.style, { position: "fixed", top: "0", left: "-9999px", opacity: "0" });
  const focused = document.activeElement;
  document.body.appendChild(area);
  try {
    // The copy is of the focused element's selection: the text area takes the focus a moment.
    area.focus({ preventScroll: true });
    area.select();
    area.setSelectionRange(0, text.length);
    return typeof document.execCommand === "function" && document.execCommand("copy");
  } finally {
    area.remove();
    // The button that asked keeps the focus, for keyboard and screen-reader users.
    if (focused instanceof HTMLElement) focused.focus();
  }
}

/**
 * Puts `text` on the clipboard: `navigator.clipboard.writeText` where the browser has it and
 * allows it, else the selection of a hidden text area (`document.execCommand("copy")`).
 * Throws a `PaneFailure` "clipboard" when neither copied, so the pane can say so.
 *
 * @example await copyText(reminderText(vi, campaign, "mau2", glance.missing.mau2))
 */
export async function copyText(text: string): Promise<void> {
  let refusal: unknown;
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(text);
      return;
    } catch (error) {
      // Not allowed here (no permission, the document without focus): the old way may be.
      refusal = error;
    }
  }
  let copied = false;
  try {
    copied = copyBySelection(text);
  } catch (error) {
    refusal ??= error;
  }
  if (!copied) {
    throw new PaneFailure(
      "clipboard",
      `clipboard: ${refusal === undefined ? "no way to copy" : String(refusal)}`
    );
  }
}
