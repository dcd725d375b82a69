import { makeStyles, tokens } from "@fluentui/react-components";

export const useOperationProgressStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  field: { flexGrow: 1, minWidth: 0 },
});
