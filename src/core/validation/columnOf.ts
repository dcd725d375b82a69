/** The present template column with `header`, or undefined when the table lacks it. */
import { AreaContext, PresentColumn } from "./AreaContext";

export function columnOf(area: AreaContext, header: string): PresentColumn | undefined {
  return area.columnsByHeader.get(header);
}
