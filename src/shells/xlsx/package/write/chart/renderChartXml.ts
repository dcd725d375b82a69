/**
 * A chart part (`xl/charts/chartN.xml`, DrawingML) from a `ChartPatch`: one bar chart and, when the patch has line
 * series, a line chart over the same axes (thresholds drawn across the bars). Every series carries its values as a
 * cache (or as literals), so readers that do not recalculate — LibreOffice, openpyxl, Excel before its first
 * calculation — draw the same chart. Element order follows the schema (ECMA-376 Part 1, §21.2).
 */
import { ChartPatch, ChartSeriesPatch } from "../../../../../core/workbook/WorkbookPatch";
import { escapeXmlAttribute, escapeXmlText } from "../../xml/escapeXml";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

const solidFill = (color: string): string =>
  `<a:solidFill><a:srgbClr val="${escapeXmlAttribute(color)}"/></a:solidFill>`;

/** A number as the chart cache writes it: plain decimal, no exponent for ordinary figures. */
const numberText = (value: number): string => String(value);

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="es-CO" sz="${size}"${b}/><a:t>${escapeXmlText(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function categories(chart: ChartPatch): string {
  const points = chart.categories.cache
    .map((text, index) => `<c:pt idx="${index}"><c:v>${escapeXmlText(text)}</c:v></c:pt>`)
    .join("");
  const cache = `<c:ptCount val="${chart.categories.cache.length}"/>${points}`;
  return chart.categories.ref
    ? `<c:cat><c:strRef><c:f>${escapeXmlText(chart.categories.ref)}</c:f><c:strCache>${cache}</c:strCache></c:strRef></c:cat>`
    : `<c:cat><c:strLit>${cache}</c:strLit></c:cat>`;
}

function values(series: ChartSeriesPatch, format: string): string {
  const points = series.values.cache
    .map((value, index) =>
      value === null || !Number.isFinite(value)
        ? ""
        : `<c:pt idx="${index}"><c:v>${numberText(value)}</c:v></c:pt>`
    )
    .join("");
  const cache =
    `<c:formatCode>${escapeXmlText(format)}</c:formatCode>` +
    `<c:ptCount val="${series.values.cache.length}"/>${points}`;
  return series.values.ref
    ? `<c:val><c:numRef><c:f>${escapeXmlText(series.values.ref)}</c:f><c:numCache>${cache}</c:numCache></c:numRef></c:val>`
    : `<c:val><c:numLit>${cache}</c:numLit></c:val>`;
}

function dataLabels(format: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXmlAttribute(format)}" sourceLinked="0"/>` +
    "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

function barSeries(chart: ChartPatch, series: ChartSeriesPatch, index: number): string {
  const format = chart.valueAxis.numberFormat;
  const points = (series.pointColors ?? [])
    .map((color, point) =>
      color === null
        ? ""
        : `<c:dPt><c:idx val="${point}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>` +
          `<c:spPr>${solidFill(color)}</c:spPr></c:dPt>`
    )
    .join("");
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXmlText(series.name)}</c:v></c:tx>` +
    `<c:spPr>${solidFill(series.color)}</c:spPr><c:invertIfNegative val="0"/>` +
    points +
    (series.dataLabels ? dataLabels(format) : "") +
    categories(chart) +
    values(series, format) +
    "</c:ser>"
  );
}

function lineSeries(chart: ChartPatch, series: ChartSeriesPatch, index: number): string {
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXmlText(series.name)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="22225" cap="rnd">${solidFill(series.color)}<a:prstDash val="dash"/></a:ln></c:spPr>` +
    '<c:marker><c:symbol val="none"/></c:marker>' +
    (series.dataLabels ? dataLabels(chart.valueAxis.numberFormat) : "") +
    categories(chart) +
    values(series, chart.valueAxis.numberFormat) +
    '<c:smooth val="0"/></c:ser>'
  );
}

const axisIds = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;

export function renderChartXml(chart: ChartPatch): string {
  const indexed = chart.series.map((series, index) => ({ series, index }));
  const bars = indexed.filter(({ series }) => series.kind === "bar");
  const lines = indexed.filter(({ series }) => series.kind === "line");
  const horizontal = chart.direction === "bar";
  const barChart =
    bars.length === 0
      ? ""
      : `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
        '<c:varyColors val="0"/>' +
        bars.map(({ series, index }) => barSeries(chart, series, index)).join("") +
        `<c:gapWidth val="60"/>${axisIds}</c:barChart>`;
  const lineChart =
    lines.length === 0
      ? ""
      : '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
        lines.map(({ series, index }) => lineSeries(chart, series, index)).join("") +
        `<c:marker val="1"/>${axisIds}</c:lineChart>`;
  const { min, max, numberFormat } = chart.valueAxis;
  const scaling =
    '<c:scaling><c:orientation val="minMax"/>' +
    (max === undefined ? "" : `<c:max val="${numberText(max)}"/>`) +
    (min === undefined ? "" : `<c:min val="${numberText(min)}"/>`) +
    "</c:scaling>";
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="low"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="es-CO"/></a:p></c:txPr>` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/>${scaling}<c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXmlAttribute(numberFormat)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx>${richText(chart.title, 1400, true)}</c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${barChart}${lineChart}${categoryAxis}${valueAxis}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    "</c:chartSpace>"
  );
}
