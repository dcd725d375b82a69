/**
 * What an import did not carry into an area tab it rebuilt (SheetExtras): the links left (`carryLinks`), drawn objects
 * and formatted runs of the area file's sheet, and those the tab itself had (and its comments, when the host read them), as notices
 * naming the file, the sheet and the first cells. They are said, not recorded in `Registro` (an upgrade's comments and links are not either).
 */
import { ConsolidationFinding } from "../consolidation/ConsolidationFinding";
import { ConsolidationMessageCode } from "../messages/catalog/consolidationMessages";
import { NotCarried, notCarried, SheetExtras } from "../workbook/SheetExtras";

const CODES: Record<"file" | "tab", Record<NotCarried["kind"], ConsolidationMessageCode>> = {
  file: {
    hyperlinks: "import.fileHyperlinksNotCarried",
    drawings: "import.fileDrawingsNotCarried",
    richText: "import.fileRichTextNotCarried",
  },
  tab: {
    hyperlinks: "import.tabHyperlinksNotCarried",
    drawings: "import.tabDrawingsNotCarried",
    richText: "import.tabRichTextNotCarried",
  },
};

const TAB_COMMENTS: ConsolidationMessageCode = "import.tabCommentsNotCarried";

const NOT_RECORDED = new Set<string>([
  ...Object.values(CODES).flatMap((codes) => Object.values(codes)),
  TAB_COMMENTS,
]);

/** Whether a finding is one of these notices, which `Registro` leaves out. */
export const isNotCarriedFinding = (finding: ConsolidationFinding): boolean =>
  NOT_RECORDED.has(finding.code);

export function notCarriedFindings(input: {
  area: string;
  file: string;
  /** The area file's sheet that held the rows, and what it had. */
  sheet: string;
  fileExtras: SheetExtras | undefined;
  /** The tab rebuilt in this workbook, and what it had. */
  tab: string;
  tabExtras: SheetExtras | undefined;
  /** The cells of the tab that carry a comment (`SheetContents.comments`), every one named. */
  tabComments?: string[];
}): ConsolidationFinding[] {
  const { area, file, sheet, tab } = input;
  const findings = (
    from: "file" | "tab",
    extras: SheetExtras | undefined
  ): ConsolidationFinding[] =>
    notCarried(extras).map((lost) => ({
      severity: "notice",
      code: CODES[from][lost.kind],
      file,
      area,
      params: {
        area,
        file,
        sheet,
        tab,
        count: lost.count,
        ...(lost.kind === "drawings" ? { charts: lost.charts } : { cells: lost.cells }),
      },
    }));
  const comments: ConsolidationFinding[] =
    input.tabComments && input.tabComments.length > 0
      ? [
          {
            severity: "notice",
            code: TAB_COMMENTS,
            file,
            area,
            params: {
              area,
              file,
              tab,
              count: input.tabComments.length,
              cells: input.tabComments.join(", "),
            },
          },
        ]
      : [];
  return [...findings("file", input.fileExtras), ...findings("tab", input.tabExtras), ...comments];
}
