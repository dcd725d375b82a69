import { DOMParser, Element } from "@xmldom/xmldom";
import { ChartPatch } from "../../../../src/core/workbook/WorkbookPatch";
import { renderChartXml } from "../../../../src/shells/xlsx/package/write/chart/renderChartXml";
import { renderDrawingXml } from "../../../../src/shells/xlsx/package/write/chart/renderDrawingXml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

const chart: ChartPatch = {
  title: "Cumplimiento por área — corte T2",
  from: "A30",
  to: "F53",
  direction: "column",
  categories: {
    ref: "'Tablero'!$A$4:$A$6",
    cache: ["Dirección Jurídica", "Estudios & Datos", "Control"],
  },
  series: [
    {
      name: "% Cumplimiento",
      kind: "bar",
      values: { ref: "'Tablero'!$C$4:$C$6", cache: [0.625, 0.867, null] },
      color: "5B9BD5",
      pointColors: ["FFEB84", "63BE7B", "D9D9D9"],
      dataLabels: true,
    },
    {
      name: "Umbral verde (80,0 %)",
      kind: "line",
      values: { cache: [0.8, 0.8, 0.8] },
      color: "2E7D32",
    },
  ],
  valueAxis: { min: 0, max: 1.2, numberFormat: "0%" },
};

const parse = (xml: string) => {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return document.documentElement as Element;
};

const children = (parent: Element, ns: string, name: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(ns, name));
const vals = (parent: Element, name: string): string[] =>
  children(parent, C, name).map((element) => element.getAttribute("val") ?? "");

describe("renderChartXml", () => {
  const root = parse(renderChartXml(chart));

  it("is a chart space with the title, a clustered column chart and a line chart on the same axes", () => {
    expect(root.namespaceURI).toBe(C);
    expect(root.localName).toBe("chartSpace");
    expect(children(root, A, "t").map((t) => t.textContent)[0]).toBe(
      "Cumplimiento por área — corte T2"
    );
    const bar = children(root, C, "barChart")[0];
    expect(vals(bar, "barDir")).toEqual(["col"]);
    expect(vals(bar, "grouping")).toEqual(["clustered"]);
    const line = children(root, C, "lineChart")[0];
    expect(vals(bar, "axId")).toEqual(["500000001", "500000002"]);
    expect(vals(line, "axId")).toEqual(["500000001", "500000002"]);
  });

  it("points the bars at the sheet's cells and caches what they hold; a blank stays a gap", () => {
    const bar = children(root, C, "barChart")[0];
    const formulas = children(bar, C, "f").map((f) => f.textContent);
    expect(formulas).toEqual(["'Tablero'!$A$4:$A$6", "'Tablero'!$C$4:$C$6"]);
    const numbers = children(bar, C, "numCache")[0];
    expect(vals(numbers, "ptCount")).toEqual(["3"]);
    expect(
      children(numbers, C, "pt").map((pt) => [pt.getAttribute("idx"), pt.textContent])
    ).toEqual([
      ["0", "0.625"],
      ["1", "0.867"],
    ]);
    const names = children(bar, C, "strCache")[0];
    expect(children(names, C, "v").map((v) => v.textContent)).toEqual([
      "Dirección Jurídica",
      "Estudios & Datos",
      "Control",
    ]);
  });

  it("colours each bar by its band and labels it as a percentage", () => {
    const bar = children(root, C, "barChart")[0];
    const points = children(bar, C, "dPt").map((point) => [
      vals(point, "idx")[0],
      children(point, A, "srgbClr")[0].getAttribute("val"),
    ]);
    expect(points).toEqual([
      ["0", "FFEB84"],
      ["1", "63BE7B"],
      ["2", "D9D9D9"],
    ]);
    const labels = children(bar, C, "dLbls")[0];
    expect(children(labels, C, "numFmt")[0].getAttribute("formatCode")).toBe("0%");
    expect(vals(labels, "showVal")).toEqual(["1"]);
  });

  it("draws a threshold as a dashed line of literal values across every category", () => {
    const line = children(root, C, "lineChart")[0];
    expect(children(line, C, "numRef")).toHaveLength(0);
    const literal = children(line, C, "numLit")[0];
    expect(children(literal, C, "v").map((v) => v.textContent)).toEqual(["0.8", "0.8", "0.8"]);
    expect(children(line, A, "prstDash")[0].getAttribute("val")).toBe("dash");
    expect(children(line, C, "tx")[0].textContent).toBe("Umbral verde (80,0 %)");
  });

  it("scales the value axis from 0 to 120 % in percent", () => {
    const axis = children(root, C, "valAx")[0];
    expect(vals(axis, "min")).toEqual(["0"]);
    expect(vals(axis, "max")).toEqual(["1.2"]);
    expect(children(axis, C, "numFmt")[0].getAttribute("formatCode")).toBe("0%");
  });

  it("turns horizontal bars round (categories on the left, first one on top)", () => {
    const horizontal = parse(renderChartXml({ ...chart, direction: "bar" }));
    expect(vals(children(horizontal, C, "barChart")[0], "barDir")).toEqual(["bar"]);
    const categoryAxis = children(horizontal, C, "catAx")[0];
    expect(vals(categoryAxis, "axPos")).toEqual(["l"]);
    expect(vals(categoryAxis, "orientation")).toEqual(["maxMin"]);
  });
});

describe("renderDrawingXml", () => {
  it("anchors each chart from its first cell to just past its last, linked by relationship id", () => {
    const drawing = parse(renderDrawingXml([chart], ["rId7"]));
    const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    const anchor = children(drawing, XDR, "twoCellAnchor")[0];
    const cell = (tag: string) => {
      const marker = children(anchor, XDR, tag)[0];
      return [
        children(marker, XDR, "col")[0].textContent,
        children(marker, XDR, "row")[0].textContent,
      ];
    };
    // A30 → column 0, row 29 (0-based); F53 covered → the anchor ends at the corner of G54: column 6, row 53.
    expect(cell("from")).toEqual(["0", "29"]);
    expect(cell("to")).toEqual(["6", "53"]);
    const reference = children(anchor, C, "chart")[0];
    expect(
      reference.getAttributeNS(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "id"
      )
    ).toBe("rId7");
  });
});
