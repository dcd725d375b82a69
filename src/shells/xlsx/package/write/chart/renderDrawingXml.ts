/**
 * A drawing part (`xl/drawings/drawingN.xml`) placing charts over a sheet: one two-cell anchor per chart, each a
 * graphic frame pointing at its chart part through the drawing's relationship `chartRelationshipIds[i]`.
 */
import { ChartPatch } from "../../../../../core/workbook/WorkbookPatch";
import { parseCellAddress } from "../../../../../core/workbook/address";
import { escapeXmlAttribute } from "../../xml/escapeXml";

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A cell corner as the anchor writes it: 0-based column and row, no offset. */
function marker(tag: "from" | "to", address: string, past: boolean): string {
  const { row, column } = parseCellAddress(address);
  // `to` names the cell whose top-left corner ends the chart: one past the last covered cell.
  const offset = past ? 1 : 0;
  return (
    `<xdr:${tag}><xdr:col>${column - 1 + offset}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row - 1 + offset}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

export function renderDrawingXml(charts: ChartPatch[], chartRelationshipIds: string[]): string {
  const anchors = charts.map(
    (chart, index) =>
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker("from", chart.from, false) +
      marker("to", chart.to, true) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXmlAttribute(chart.title)}"/>` +
      "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart ${CHART_NS} r:id="${escapeXmlAttribute(chartRelationshipIds[index])}"/>` +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr ${NS}>${anchors.join("")}</xdr:wsDr>`
  );
}
