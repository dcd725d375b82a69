/** The relationship target that leads from `sourcePart` to `targetPart` (`xl/worksheets/sheet1.xml` → `../tables/table1.xml`). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
