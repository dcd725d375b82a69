/**
 * The charts drawn on a sheet with their series' references (`ChartReferences`): the sheet's drawing parts, the chart
 * parts they hold (`chart` relationships; `chartEx`, Excel 2016's newer charts, hold their references elsewhere and
 * are not read), and in each every `<c:f>` in document order. The chart part's name is the handle the writer gets back.
 * Read with patterns over the small chart parts: a missing part is skipped; a drawing whose relationships lead out of
 * the package is refused, as every part's are (`readRelationships`).
 */
import { ChartReferences } from "../../../../core/workbook/ChartReferences";
import { isRelationshipType, Relationship } from "../parts/Relationship";
import { readRelationships } from "../parts/readRelationships";
import { decodeXmlText } from "../xml/decodeXmlText";
import { ZipReader } from "../zip/ZipReader";

/** A formula element of DrawingML charts, under any prefix (`c:` by convention): its text is group 2. */
export const CHART_FORMULA = /<((?:[\w.-]+:)?)f>([^<]*)<\/\1f>/g;
/** The chart's own title comes before its plot area; an axis title after. */
const TITLE = /<((?:[\w.-]+:)?)title>([\s\S]*?)<\/\1title>/;
const TEXT_RUN = /<(?:[\w.-]+:)?t>([^<]*)<\/(?:[\w.-]+:)?t>/g;
const PLOT_AREA = /<(?:[\w.-]+:)?plotArea\b/;

/** Every `<c:f>` of a chart part, decoded, in order. */
export function chartFormulas(xml: string): string[] {
  return [...xml.matchAll(CHART_FORMULA)].map((match) => decodeXmlText(match[2]));
}

/** The text of the chart's own title, or null. */
export function chartTitle(xml: string): string | null {
  const title = TITLE.exec(xml);
  const plotArea = PLOT_AREA.exec(xml);
  if (!title || (plotArea && plotArea.index < title.index)) return null;
  const text = [...title[2].matchAll(TEXT_RUN)].map((match) => decodeXmlText(match[1])).join("");
  return text.trim() === "" ? null : text.trim();
}

export async function readChartReferences(
  zip: ZipReader,
  sheet: string,
  sheetRelationships: Relationship[]
): Promise<ChartReferences[]> {
  const charts: ChartReferences[] = [];
  for (const drawing of sheetRelationships) {
    if (!isRelationshipType(drawing, "drawing") || !drawing.part || !zip.entry(drawing.part))
      continue;
    for (const drawn of await readRelationships(zip, drawing.part)) {
      if (!isRelationshipType(drawn, "chart") || !drawn.part || !zip.entry(drawn.part)) continue;
      const xml = zip.readTextSync(drawn.part);
      charts.push({
        sheet,
        chart: drawn.part,
        title: chartTitle(xml),
        formulas: chartFormulas(xml),
      });
    }
  }
  return charts;
}
