import * as React from "react";
import { Label, makeStyles, tokens, useId } from "@fluentui/react-components";

export type FilePickerProps = {
  accept: string;
  label: string;
  multiple?: boolean;
  onPick: (files: File[]) => void;
};

const useFilePickerStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  input: { maxWidth: "100%", fontSize: tokens.fontSizeBase300 },
});

/**
 * A labelled `<input type=file>`: the way a task pane reads a file from disk (Microsoft's own sample; office-js#908).
 * The input is cleared after each pick so the same file can be picked again.
 */
export const FilePicker: React.FC<FilePickerProps> = ({ accept, label, multiple, onPick }) => {
  const id = useId("file");
  const styles = useFilePickerStyles();
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept={accept}
        multiple={multiple}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          onPick(files);
        }}
      />
    </div>
  );
};
