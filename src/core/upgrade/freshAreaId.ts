import { areaId } from "../workbook/layout/areaSheet";

/**
 * The next `<CODE>-<nn>` after the highest one in `taken` (any case), skipping any already taken; the new ID is
 * added to `taken`, so successive calls never collide with each other or with the workbook's IDs.
 */
export function freshAreaId(code: string, taken: Set<string>): string {
  const pattern = new RegExp(`^${code}-(\\d+)$`, "i");
  let highest = 0;
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let index = highest;
  const takenUpper = new Set([...taken].map((id) => id.toUpperCase()));
  while (takenUpper.has(areaId(code, index).toUpperCase())) index++;
  const id = areaId(code, index);
  taken.add(id);
  return id;
}
