import {
  CHART_CONTENT_TYPE,
  DRAWING_CONTENT_TYPE,
  DRAWING_RELATIONSHIP,
  chartParts,
  insertDrawingElement,
} from "../../../../src/shells/xlsx/package/write/chart/chartParts";
import { ChartPatch } from "../../../../src/core/workbook/WorkbookPatch";

const chart = (title: string): ChartPatch => ({
  title,
  from: "A1",
  to: "F20",
  direction: "column",
  categories: { cache: ["A"] },
  series: [{ name: "S", kind: "bar", values: { cache: [0.5] }, color: "5B9BD5" }],
  valueAxis: { min: 0, numberFormat: "0%" },
});

describe("chartParts", () => {
  it("names the first free chart and drawing parts and links sheet → drawing → charts", () => {
    const parts = chartParts(
      "xl/worksheets/sheet22.xml",
      [chart("Uno"), chart("Dos")],
      ["xl/charts/chart1.xml", "/xl/drawings/drawing1.xml", "xl/workbook.xml"],
      "rId9"
    );
    expect(parts.parts.map((part) => part.name)).toEqual([
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/drawing2.xml",
      "xl/drawings/_rels/drawing2.xml.rels",
    ]);
    expect(parts.contentTypes).toEqual([
      { partName: "/xl/charts/chart2.xml", contentType: CHART_CONTENT_TYPE },
      { partName: "/xl/charts/chart3.xml", contentType: CHART_CONTENT_TYPE },
      { partName: "/xl/drawings/drawing2.xml", contentType: DRAWING_CONTENT_TYPE },
    ]);
    expect(parts.sheetRelationship).toEqual({
      id: "rId9",
      type: DRAWING_RELATIONSHIP,
      target: "../drawings/drawing2.xml",
    });
    expect(parts.sheetElement).toBe('<drawing r:id="rId9"/>');
    const rels = parts.parts[3].content;
    expect(rels).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart2.xml"'
    );
    expect(rels).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart3.xml"'
    );
    expect(parts.parts[2].content).toContain('r:id="rId1"');
    expect(parts.parts[2].content).toContain('r:id="rId2"');
  });

  it("refuses an empty chart list", () => {
    expect(() => chartParts("xl/worksheets/sheet1.xml", [], [])).toThrow();
  });
});

describe("insertDrawingElement", () => {
  const root = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  it("goes after the page setup and before the table parts", () => {
    const xml = `${root}<sheetData/><pageSetup orientation="landscape"/><tableParts count="1"/></worksheet>`;
    expect(insertDrawingElement(xml, "<drawing/>")).toBe(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><pageSetup orientation="landscape"/><drawing/><tableParts count="1"/></worksheet>'
    );
  });

  it("goes before the sheet's own extLst, not inside a data bar rule's", () => {
    const rule =
      '<conditionalFormatting sqref="C4"><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting>';
    const xml = `${root}<sheetData/>${rule}<pageSetup/><extLst><ext uri="x"/></extLst></worksheet>`;
    const result = insertDrawingElement(xml, "<drawing/>");
    expect(
      result.endsWith('<pageSetup/><drawing/><extLst><ext uri="x"/></extLst></worksheet>')
    ).toBe(true);
    expect(result).toContain(rule);
  });

  it("goes last when nothing follows it, and refuses a second drawing", () => {
    const xml = `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>`;
    const once = insertDrawingElement(xml, "<drawing/>");
    expect(once).toBe(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><drawing/></worksheet>'
    );
    expect(() => insertDrawingElement(once, "<drawing/>")).toThrow();
  });
});
