import { PlanOperations } from "../operations/PlanOperations";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { BrowserWorkbook } from "./BrowserWorkbook";

/** Where the pane runs: inside Excel, inside another Office application, or in a plain browser. */
export type RunsIn = "excel" | "other-office" | "browser";

/** What the pane is given by index.tsx (tests give fakes): the operations and what the host around it can do. */
export type PaneServices = {
  operations: PlanOperations;
  /** The in-browser workbook, outside Office only. */
  workbook: BrowserWorkbook | null;
  /** An area workbook picked from disk → its snapshot, through the package layer (no Excel involved). */
  readAreaWorkbook: (bytes: Uint8Array, file: string) => Promise<WorkbookSnapshot>;
  /**
   * Calls `listener` when a user (not the add-in) edits the workbook; returns the unsubscribe function.
   * Null where the host cannot tell (then the pane does not re-validate on its own).
   */
  watchChanges: ((listener: () => void) => () => void) | null;
  /** Excel on Mac desktop blocks downloads from a pane (office-js#2700). */
  downloadsBlocked: boolean;
};
