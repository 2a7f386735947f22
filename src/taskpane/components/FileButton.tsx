import { Button } from "@fluentui/react-components";
import { useRef, type ReactElement, type ReactNode } from "react";

export interface FileButtonProps {
  readonly children: ReactNode;
  readonly icon: ReactElement;
  /** The `accept` list of the file dialog, e.g. `.json,application/json`. */
  readonly accept: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly size?: "small" | "medium";
  /** The hidden input's test id (tests and the benchmark pick files through it). */
  readonly inputTestId: string;
  /** The files picked; never called with none. */
  readonly onFiles: (files: File[]) => void;
}

/**
 * A button that opens the file dialog, through a hidden file input kept out of the tab
 * order and of the accessibility tree (the button is what users reach).
 */
export function FileButton(props: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        icon={props.icon}
        size={props.size ?? "medium"}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.children}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        accept={props.accept}
        multiple={props.multiple}
        data-testid={props.inputTestId}
        onChange={(event) => {
          const files = event.target.files ? Array.from(event.target.files) : [];
          // Picking the same file again must fire onChange again.
          event.target.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
