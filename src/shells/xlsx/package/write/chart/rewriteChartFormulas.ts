/**
 * A chart part with its formula elements (`<c:f>`, `CHART_FORMULA`) given new texts, one for one in document order;
 * everything else is left byte for byte. Formulas not as many as the chart's are a caller's error (the edit was made
 * from another part): nothing is written.
 */
import { CHART_FORMULA } from "../../read/readChartReferences";
import { escapeXmlText } from "../../xml/escapeXml";

export function rewriteChartFormulas(xml: string, formulas: readonly string[]): string {
  const found = [...xml.matchAll(CHART_FORMULA)].length;
  if (found !== formulas.length)
    throw new Error(`A chart edit gives ${formulas.length} formulas for ${found}`);
  let at = 0;
  return xml.replace(
    CHART_FORMULA,
    (_match, prefix: string) => `<${prefix}f>${escapeXmlText(formulas[at++])}</${prefix}f>`
  );
}
