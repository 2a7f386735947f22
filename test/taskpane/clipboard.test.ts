/**
 * @jest-environment jsdom
 */
import { en, vi } from "../../src/messages";
import { copyText } from "../../src/taskpane/clipboard";
import { PaneFailure, failureText } from "../../src/taskpane/failure";

const TEXT = "Kính gửi các đơn vị,\n1. Xã Thủy Phù\n2. Xã Thủy Tân";

/** jsdom has neither: each test gives the browser it stands for. */
function giveClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(window.navigator, "clipboard", {
    value: { writeText: jest.fn(writeText) },
    configurable: true,
  });
  return window.navigator.clipboard.writeText as jest.Mock;
}

/** An `execCommand("copy")` that records what was selected when it ran. */
function giveExecCommand(answer: () => boolean) {
  const seen: { command: string; selected: string; focused: boolean }[] = [];
  const exec = jest.fn((command: string) => {
    const area = document.activeElement as HTMLTextAreaElement;
    seen.push({
      command,
      selected: area.value.slice(area.selectionStart, area.selectionEnd),
      focused: area.tagName === "TEXTAREA",
    });
    return answer();
  });
  Object.assign(document, { execCommand: exec });
  return { exec, seen };
}

afterEach(() => {
  delete (window.navigator as { clipboard?: unknown }).clipboard;
  delete (document as { execCommand?: unknown }).execCommand;
  document.body.innerHTML = "";
});

const notAllowed = () =>
  Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));

describe("copyText", () => {
  it("writes to navigator.clipboard where it can", async () => {
    const writeText = giveClipboard(() => Promise.resolve());
    const { exec } = giveExecCommand(() => true);
    await copyText(TEXT);
    expect(writeText).toHaveBeenCalledWith(TEXT);
    expect(exec).not.toHaveBeenCalled();
  });

  it("copies a selected hidden text area when the clipboard is refused, then tidies up", async () => {
    giveClipboard(notAllowed);
    const button = document.createElement("button");
    document.body.appendChild(button);
    button.focus();
    const { seen } = giveExecCommand(() => true);
    await copyText(TEXT);
    expect(seen).toEqual([{ command: "copy", selected: TEXT, focused: true }]);
    expect(document.querySelector("textarea")).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it("copies the old way where there is no navigator.clipboard (Excel's older webviews)", async () => {
    const { seen } = giveExecCommand(() => true);
    await copyText(TEXT);
    expect(seen.map((s) => s.selected)).toEqual([TEXT]);
  });

  it("fails as 'clipboard' when neither way copies, said in the pane's words", async () => {
    giveClipboard(notAllowed);
    giveExecCommand(() => false);
    const failure = await copyText(TEXT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PaneFailure);
    expect((failure as PaneFailure).kind).toBe("clipboard");
    expect(failureText(vi, failure, "copyText")).toBe(
      vi.pane.errors.failed("copyText", "clipboard")
    );
    expect(failureText(vi, failure, "copyText")).toMatch(/^Chưa sao chép được\. .*bộ nhớ tạm/);
    expect(failureText(en, failure, "copyText")).toMatch(/^Nothing was copied\. .*clipboard/);
    expect(document.querySelector("textarea")).toBeNull();
  });

  it("fails as 'clipboard' when execCommand throws or does not exist", async () => {
    giveExecCommand(() => {
      throw new DOMException("Blocked", "SecurityError");
    });
    await expect(copyText(TEXT)).rejects.toMatchObject({ kind: "clipboard" });
    expect(document.querySelector("textarea")).toBeNull();
    delete (document as { execCommand?: unknown }).execCommand;
    await expect(copyText(TEXT)).rejects.toMatchObject({ kind: "clipboard" });
  });
});
