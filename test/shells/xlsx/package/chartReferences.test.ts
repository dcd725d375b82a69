/**
 * Chart parts' references as the package shell reads and rewrites them: every `<c:f>` under any prefix (openpyxl
 * writes the chart namespace unprefixed, Excel as `c:`), decoded and written back escaped, the rest byte for byte;
 * the chart's own title, not an axis's.
 */
import {
  chartFormulas,
  chartTitle,
} from "../../../../src/shells/xlsx/package/read/readChartReferences";
import { rewriteChartFormulas } from "../../../../src/shells/xlsx/package/write/chart/rewriteChartFormulas";

const EXCEL = `<c:chartSpace xmlns:c="c" xmlns:a="a"><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>Cumplimiento </a:t></a:r><a:r><a:t>R&amp;D</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart><c:ser><c:tx><c:strRef><c:f>'Mi hoja'!$B$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>'3.1 Dirección Jurídica'!$A$8:$A$9</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'3.1 Dirección Jurídica'!$AD$8:$AD$9</c:f><c:numCache><c:pt idx="0"><c:v>0.5</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart><c:valAx><c:title><c:tx><c:rich><a:p><a:r><a:t>Eje</a:t></a:r></a:p></c:rich></c:tx></c:title></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
const OPENPYXL = `<chartSpace xmlns="c"><chart><plotArea><barChart><ser><val><numRef><f>'R&amp;D'!$C$2:$C$4</f></numRef></val></ser></barChart><valAx><title><tx><rich><a:p xmlns:a="a"><a:r><a:t>Eje</a:t></a:r></a:p></rich></tx></title></valAx></plotArea></chart></chartSpace>`;

describe("chart references in a package", () => {
  it("reads every formula in order, decoded, whatever the prefix", () => {
    expect(chartFormulas(EXCEL)).toEqual([
      "'Mi hoja'!$B$1",
      "'3.1 Dirección Jurídica'!$A$8:$A$9",
      "'3.1 Dirección Jurídica'!$AD$8:$AD$9",
    ]);
    expect(chartFormulas(OPENPYXL)).toEqual(["'R&D'!$C$2:$C$4"]);
  });

  it("reads the chart's own title, never an axis's", () => {
    expect(chartTitle(EXCEL)).toBe("Cumplimiento R&D");
    expect(chartTitle(OPENPYXL)).toBeNull();
  });

  it("rewrites the formulas one for one, escaped, and nothing else", () => {
    const rewritten = rewriteChartFormulas(OPENPYXL, ["'R&D'!$D$2:$D$4"]);
    expect(rewritten).toBe(OPENPYXL.replace("$C$2:$C$4", "$D$2:$D$4"));
    const moved = rewriteChartFormulas(EXCEL, [
      "'Mi hoja'!$B$1",
      "'3.1 Dirección Jurídica'!$A$8:$A$9",
      "'3.1 Dirección Jurídica'!$AE$8:$AE$9",
    ]);
    expect(moved).toBe(EXCEL.replace("$AD$8:$AD$9", "$AE$8:$AE$9"));
  });

  it("refuses an edit whose formulas are not as many as the chart's", () => {
    expect(() => rewriteChartFormulas(EXCEL, ["'Mi hoja'!$C$1"])).toThrow(
      "A chart edit gives 1 formulas for 3"
    );
  });
});
