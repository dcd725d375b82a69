import { makeStyles, tokens } from "@fluentui/react-components";

export const useWorkbookGridStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  editor: {
    display: "grid",
    gridTemplateColumns: "9em minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  // Fluent's Input has a minimum width wider than half a 350 px pane: here it takes its grid column.
  input: { minWidth: 0, width: "100%" },
  // The sheet scrolls inside its own focusable box; the pane itself never scrolls sideways.
  scroller: {
    maxWidth: "100%",
    maxHeight: "320px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
  },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    position: "sticky",
    top: 0,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: "12em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    cursor: "pointer",
  },
  number: { textAlign: "end" },
  // A value the workbook's formula computes, shown from the core: it cannot be typed over here.
  computed: {
    backgroundColor: tokens.colorNeutralBackground2,
    fontStyle: "italic",
  },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
});
