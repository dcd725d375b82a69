/**
 * Everything a package writer adds to put charts over one sheet: the chart parts, one drawing part with its
 * relationships, the sheet's relationship to the drawing, the content types, and the `<drawing>` element for the
 * sheet XML (`insertDrawingElement` places it where the schema wants it). Part names are the first free ones
 * (`xl/charts/chartN.xml`, `xl/drawings/drawingN.xml`), so wiring charts into a writer is one call.
 */
import { ChartPatch } from "../../../../../core/workbook/WorkbookPatch";
import { relationshipsPartOf } from "../../parts/relationshipsPartOf";
import { relativeTarget } from "../../parts/relativeTarget";
import { renderChartXml } from "./renderChartXml";
import { renderDrawingXml } from "./renderDrawingXml";

export const CHART_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const DRAWING_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

export type ChartPackageParts = {
  /** New parts, by name without a leading slash (e.g. "xl/charts/chart1.xml"), with their XML. */
  parts: { name: string; content: string }[];
  /** Content-type overrides to add to `[Content_Types].xml` (part names with a leading slash). */
  contentTypes: { partName: string; contentType: string }[];
  /** The relationship to add to the sheet's relationships part; `target` is relative to the sheet part. */
  sheetRelationship: { id: string; type: string; target: string };
  /** The sheet's `<drawing r:id="…"/>` element. */
  sheetElement: string;
};

function firstFree(prefix: string, taken: Set<string>, count: number): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${prefix}${n}.xml`;
    if (!taken.has(name)) names.push(name);
  }
  return names;
}

/**
 * @param sheetPart the sheet's part name, e.g. "xl/worksheets/sheet5.xml"
 * @param existingParts names of the parts already in the package (to pick free chart and drawing names)
 * @param relationshipId an id not yet used in the sheet's relationships part
 */
export function chartParts(
  sheetPart: string,
  charts: ChartPatch[],
  existingParts: Iterable<string>,
  relationshipId = "rIdDrawing1"
): ChartPackageParts {
  if (charts.length === 0) throw new Error("chartParts needs at least one chart");
  const taken = new Set([...existingParts].map((name) => name.replace(/^\//, "")));
  const chartNames = firstFree("xl/charts/chart", taken, charts.length);
  const [drawingName] = firstFree("xl/drawings/drawing", taken, 1);
  const chartIds = charts.map((_, index) => `rId${index + 1}`);
  const drawingRelationships =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    chartNames
      .map(
        (name, index) =>
          `<Relationship Id="${chartIds[index]}" Type="${CHART_RELATIONSHIP}" Target="${relativeTarget(drawingName, name)}"/>`
      )
      .join("") +
    "</Relationships>";
  return {
    parts: [
      ...charts.map((chart, index) => ({
        name: chartNames[index],
        content: renderChartXml(chart),
      })),
      { name: drawingName, content: renderDrawingXml(charts, chartIds) },
      { name: relationshipsPartOf(drawingName), content: drawingRelationships },
    ],
    contentTypes: [
      ...chartNames.map((name) => ({ partName: `/${name}`, contentType: CHART_CONTENT_TYPE })),
      { partName: `/${drawingName}`, contentType: DRAWING_CONTENT_TYPE },
    ],
    sheetRelationship: {
      id: relationshipId,
      type: DRAWING_RELATIONSHIP,
      target: relativeTarget(sheetPart, drawingName),
    },
    sheetElement: `<drawing r:id="${relationshipId}"/>`,
  };
}

/** Elements that follow `<drawing>` in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * The sheet XML with `element` in its schema place: before the first element that must follow a drawing, else
 * before `</worksheet>`. Declares the relationships namespace as `r` on the root when the root lacks it.
 */
export function insertDrawingElement(sheetXml: string, element: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("The sheet already has a drawing");
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !root[0].includes('xmlns:r="')) {
    xml = xml.replace(
      root[0],
      root[0].replace(
        /<worksheet\b/,
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      )
    );
  }
  return insertBeforeFollowers(xml, element, AFTER_DRAWING);
}

/**
 * `xml` (a worksheet) with `element` before the first of `followers` present at the top level, else before
 * `</worksheet>`. The worksheet's own `<extLst>` is the one that closes just before `</worksheet>`: an
 * `<extLst>` nested in a conditional format's rule (data bars) is not a place to insert at.
 */
export function insertBeforeFollowers(xml: string, element: string, followers: string[]): string {
  const end = xml.lastIndexOf("</worksheet>");
  if (end < 0) throw new Error("Not a worksheet");
  const positions = followers
    .map((name) => {
      if (name !== "extLst") return xml.search(new RegExp(`<${name}\\b`));
      const closing = /<\/extLst>\s*$/.exec(xml.slice(0, end));
      return closing ? xml.lastIndexOf("<extLst", closing.index) : -1;
    })
    .filter((position) => position >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : end;
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}
