/**
 * `consolidate` with imports refuses to write while an import conflict is unresolved (SPEC §6): the error carries
 * the import's result, so the CLI can print one line per conflict and the pane can ask about each area.
 */
import { OperationError } from "./OperationError";
import { ImportResult } from "./PlanOperations";

export class ImportRefused extends OperationError {
  constructor(readonly result: ImportResult) {
    super("operation.importConflicts", {
      count: result.conflicts.length,
      areas: result.conflicts.map((conflict) => conflict.area).join(", "),
    });
    this.name = "ImportRefused";
  }
}
