import { collapseWhitespace } from "../../text/collapseWhitespace";
import { ClassifiedLine } from "./ClassifiedLine";

function isPageBoundary(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.kind === "page";
}

function nearestNonBlank(
  lines: readonly ClassifiedLine[],
  from: number,
  step: 1 | -1
): ClassifiedLine | undefined {
  for (let index = from + step; index >= 0 && index < lines.length; index += step) {
    if (lines[index].kind !== "blank") return lines[index];
  }
  return undefined;
}

function touchesPageBreak(lines: readonly ClassifiedLine[], index: number): boolean {
  const next = nearestNonBlank(lines, index, 1);
  return (
    lines[index].pageBreakBefore ||
    isPageBoundary(nearestNonBlank(lines, index, -1)) ||
    isPageBoundary(next) ||
    (next !== undefined && next.pageBreakBefore)
  );
}

/**
 * Running headers and footers ("Plan de Acción 2024 – Alcaldía de Pasto" on every page): a plain
 * text line that occurs at least twice, at least twice right next to a page break, becomes a page
 * artefact like the page number beside it. Returns new line objects; the input is not changed.
 */
export function markRunningHeaders(lines: readonly ClassifiedLine[]): ClassifiedLine[] {
  const result = lines.map((line) => ({ ...line }));
  for (let pass = 0; pass < 2; pass += 1) {
    const occurrences = new Map<string, number[]>();
    result.forEach((line, index) => {
      if (
        line.kind !== "content" ||
        line.numbered !== undefined ||
        line.listItem !== undefined ||
        line.macro
      )
        return;
      const key = collapseWhitespace(line.text).toLowerCase();
      const indexes = occurrences.get(key);
      if (indexes === undefined) occurrences.set(key, [index]);
      else indexes.push(index);
    });
    for (const indexes of occurrences.values()) {
      if (indexes.length < 2) continue;
      const nearBreaks = indexes.filter((index) => touchesPageBreak(result, index)).length;
      if (nearBreaks < 2) continue;
      for (const index of indexes) result[index] = { ...result[index], kind: "page" };
    }
  }
  return result;
}
