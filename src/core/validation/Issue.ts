/** A validation finding (SPEC §4): where, what, and — where one is safe — the automatic fix. */
import { MessageParams } from "../messages/formatMessage";
import { CellEdit } from "../workbook/WorkbookPatch";
import { IssueCode } from "../messages/catalog/issueMessages";

export type Severity = "error" | "warning";

export type Issue = {
  severity: Severity;
  code: IssueCode;
  sheet: string | null;
  /** Area code, e.g. "DJ"; null for workbook-level issues. */
  area: string | null;
  /** Excel row number. */
  row: number | null;
  /**
   * The `ID` of the issue's row (e.g. "DJ-05": people know a row by its ID), for an issue about a cell of an area
   * table's row that has one; absent otherwise.
   */
  id?: string;
  /** Column header, e.g. "Meta". */
  column: string | null;
  /** A1 address, e.g. "K8". */
  cell: string | null;
  /** The offending value as the user sees it. */
  value: string | number | boolean | null;
  /** Placeholders of the message in `issueMessages`. */
  params: MessageParams;
  /** The automatic fix, when one is unambiguous. */
  fix?: CellEdit;
};
