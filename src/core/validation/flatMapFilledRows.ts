/** Runs a per-row check over the filled rows of every area, in template and row order. */
import { AreaContext } from "./AreaContext";
import { Issue } from "./Issue";
import { RuleContext } from "./RuleContext";

export function flatMapFilledRows(
  context: RuleContext,
  check: (area: AreaContext, rowIndex: number) => Issue[]
): Issue[] {
  return context.areas.flatMap((area) =>
    area.filledRows.flatMap((rowIndex) => check(area, rowIndex))
  );
}
