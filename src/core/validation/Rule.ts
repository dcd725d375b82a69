/**
 * A validation rule (SPEC §4): the codes it can emit (the bad-input corpus proves each is reachable) and a pure
 * check over the whole workbook. Each issue carries its own severity.
 *
 * A rule about single rows (`rowRule`) also says how to check one row of an area: `validateWorkbook` prepares every
 * such rule for an area once, then walks the area's rows once, calling each rule's check on each row.
 */
import { IssueCode } from "../messages/catalog/issueMessages";
import { Cell } from "../workbook/CellValue";
import { AreaContext } from "./AreaContext";
import { Issue } from "./Issue";
import { RuleContext } from "./RuleContext";

/**
 * The check of one row of one area (`row` is the table's row of cells): pushes the row's issues, if any. `filled`
 * is false only for the rows an `everyRow` rule sees beyond the filled ones. Row checks loop over their columns by
 * index: a `for…of` allocates an iterator result per column until the check is optimised (heap sampling of
 * `npm run bench -- --core`: a fifth of validation's allocations).
 */
export type RowCheck = (
  row: readonly Cell[],
  rowIndex: number,
  issues: Issue[],
  filled: boolean
) => void;

/** For each area, the row check prepared for it (its columns found once), or null when it has nothing to check. */
export type AreaRowChecks = (area: AreaContext) => RowCheck | null;

export type Rule = {
  codes: readonly IssueCode[];
  check(context: RuleContext): Issue[];
  /** A rule about single rows: prepared once per validation (state across areas lives in the closure). */
  rows?: (context: RuleContext) => AreaRowChecks;
  /** The row check also runs on rows holding only the generated defaults (a duplicate `ID` may be first there). */
  everyRow?: boolean;
};
