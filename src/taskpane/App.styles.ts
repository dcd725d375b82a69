import { makeStyles, tokens } from "@fluentui/react-components";

/** 20 px margins and one column: the pane is 350 px wide (design for 320) and never scrolls sideways. */
export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: "16px 20px",
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    overflowX: "hidden",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  titleBlock: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
  tabs: {
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXXS,
  },
  language: { width: "8.5em" },
});
