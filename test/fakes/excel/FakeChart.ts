/**
 * A fake `Excel.Chart` and its series, with exactly the members the host uses (`ExcelChart`, typed from
 * `@types/office-js`). Commands run at sync like every proxy. What Excel refuses, the fake refuses: a chart type,
 * line style or colour that is not one, values that are not a single row or column, a series or data point index
 * past the end (`InvalidArgument`), a chart added to a protected sheet that does not allow editing objects
 * (`AccessDenied`).
 */
import {
  ExcelChart,
  ExcelChartFill,
  ExcelChartSeries,
  ExcelRange,
  ExcelWorksheet,
} from "../../../src/shells/office/ExcelContext";
import { FakeProxy } from "./FakeProxy";
import { FakeRange, parseAddress } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import { officeError } from "./OfficeError";
import { ChartModel, ChartSeriesModel, ChartSource, SheetModel } from "./WorkbookModel";

const CHART_TYPES = ["ColumnClustered", "BarClustered", "Line"];
const LINE_STYLES = ["Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "RoundDot", "None"];

const checkColor = (color: string): void => {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color))
    throw officeError("InvalidArgument", `"${color}" is not a colour (#RRGGBB).`);
};

/** The cells of a range given to a chart, once the sync resolves it: one row or one column. */
function source(range: ExcelRange): ChartSource {
  const target = (range as FakeRange).targetAtSync();
  if (!target) throw officeError("InvalidArgument", "The chart's source range does not exist.");
  return target;
}

const cellCount = ({ bounds }: ChartSource): number =>
  (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);

function line(range: ExcelRange): ChartSource {
  const cells = source(range);
  if (cells.bounds.top !== cells.bounds.bottom && cells.bounds.left !== cells.bounds.right)
    throw officeError("InvalidArgument", "Series values are a single row or column.");
  return cells;
}

class FakeChartFill implements ExcelChartFill {
  constructor(
    private readonly owner: FakeProxy<unknown> & {
      commandOn(member: string, args: unknown[], apply: () => void): void;
    },
    private readonly member: string,
    private readonly apply: (color: string) => void
  ) {}
  setSolidColor(color: string): void {
    this.owner.commandOn(`${this.member}.setSolidColor`, [color], () => {
      checkColor(color);
      this.apply(color);
    });
  }
}

export class FakeChartSeries extends FakeProxy<ChartSeriesModel> implements ExcelChartSeries {
  readonly format: ExcelChartSeries["format"];
  readonly points: ExcelChartSeries["points"];

  constructor(context: FakeRequestContext, path: string, resolve: () => ChartSeriesModel | null) {
    super(context, path, resolve, () =>
      officeError("InvalidArgument", `${path}: there is no such series.`)
    );
    const series = (): ChartSeriesModel => this.targetAtSync() as ChartSeriesModel;
    const lineSetter = (name: "color" | "lineStyle") => ({
      get: (): never => {
        throw officeError("PropertyNotLoaded", `format.line.${name} is not loaded.`);
      },
      set: (value: string) =>
        this.commandOn(`format.line.${name}`, [value], () => {
          if (name === "color") checkColor(value);
          else if (!LINE_STYLES.includes(value))
            throw officeError("InvalidArgument", `"${value}" is not a line style.`);
          series().line[name] = value;
        }),
      enumerable: true,
    });
    this.format = {
      fill: new FakeChartFill(this, "format.fill", (color) => (series().fill = color)),
      line: Object.defineProperties(
        {},
        { color: lineSetter("color"), lineStyle: lineSetter("lineStyle") }
      ) as ExcelChartSeries["format"]["line"],
    };
    this.points = {
      getItemAt: (index: number) => ({
        format: {
          fill: new FakeChartFill(this, `points.getItemAt(${index}).format.fill`, (color) => {
            const values = series().values;
            if (!Number.isInteger(index) || index < 0 || index >= cellCount(values))
              throw officeError("InvalidArgument", `The series has no point ${index}.`);
            series().pointFills.set(index, color);
          }),
        },
      }),
    };
  }

  /** Queues a command on this series (for its parts). */
  commandOn(member: string, args: unknown[], apply: () => void): void {
    this.command(member, args, () => apply());
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("name", [name], (series) => (series.name = name));
  }
  get chartType(): ExcelChartSeries["chartType"] {
    return this.read("chartType");
  }
  set chartType(type: ExcelChartSeries["chartType"]) {
    this.command("chartType", [type], (series) => {
      if (!CHART_TYPES.includes(type))
        throw officeError("InvalidArgument", `"${type}" is not a chart type the host uses.`);
      series.chartType = type;
    });
  }
  get hasDataLabels(): boolean {
    return this.read("hasDataLabels");
  }
  set hasDataLabels(value: boolean) {
    this.command("hasDataLabels", [value], (series) => (series.hasDataLabels = value));
  }
  setValues(sourceData: ExcelRange): void {
    this.command("setValues", [(sourceData as FakeRange).path], (series) => {
      series.values = line(sourceData);
    });
  }
  setXAxisValues(sourceData: ExcelRange): void {
    this.command("setXAxisValues", [(sourceData as FakeRange).path], (series) => {
      series.xValues = line(sourceData);
    });
  }
}

export class FakeChart extends FakeProxy<ChartModel> implements ExcelChart {
  readonly title: ExcelChart["title"];
  readonly series: ExcelChart["series"];
  readonly axes: ExcelChart["axes"];

  constructor(context: FakeRequestContext, path: string) {
    super(context, path, () => null);
    const chart = (): ChartModel => this.targetAtSync() as ChartModel;
    const setter = (member: string, apply: (value: never) => void) => ({
      get: (): never => {
        throw officeError("PropertyNotLoaded", `${member} is not loaded.`);
      },
      set: (value: never) => this.command(member, [value], () => apply(value)),
      enumerable: true,
    });
    this.title = Object.defineProperties(
      {},
      { text: setter("title.text", (text: string) => (chart().title = text)) }
    ) as ExcelChart["title"];
    this.axes = {
      valueAxis: Object.defineProperties(
        {},
        {
          minimum: setter("axes.valueAxis.minimum", (value) => (chart().valueAxis.minimum = value)),
          maximum: setter("axes.valueAxis.maximum", (value) => (chart().valueAxis.maximum = value)),
          numberFormat: setter(
            "axes.valueAxis.numberFormat",
            (value: string) => (chart().valueAxis.numberFormat = value)
          ),
        }
      ) as ExcelChart["axes"]["valueAxis"],
    };
    this.series = {
      getItemAt: (index: number) =>
        new FakeChartSeries(
          context,
          `${path}.series.getItemAt(${index})`,
          () => chart().series[index] ?? null
        ),
      add: (name?: string) => {
        const added = new FakeChartSeries(context, `${path}.series.add(${name})`, () => null);
        this.command("series.add", [name ?? null], (model) => {
          // Excel's new series is empty until `setValues`; it takes the first series' categories.
          const series: ChartSeriesModel = {
            name: name ?? `Series${model.series.length + 1}`,
            values: { ...model.series[0].values, bounds: { ...model.series[0].values.bounds } },
            line: {},
            hasDataLabels: false,
            pointFills: new Map(),
          };
          model.series.push(series);
          added.bindAtSync(series);
        });
        return added;
      },
    };
  }

  delete(): void {
    this.command("delete", [], (chart) => {
      for (const sheet of this.context.model.sheets) {
        const index = sheet.charts.indexOf(chart);
        if (index >= 0) sheet.charts.splice(index, 1);
      }
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.command("setPosition", [startCell, endCell ?? null], (chart) => {
      parseAddress(startCell);
      if (endCell !== undefined) parseAddress(endCell);
      chart.position = { from: startCell, to: endCell };
    });
  }
}

/** `worksheet.charts` for a sheet proxy. */
export function fakeCharts(
  context: FakeRequestContext,
  path: string,
  sheetAtSync: () => SheetModel | null
): ExcelWorksheet["charts"] {
  let loaded: FakeChart[] | undefined;
  return {
    get items(): FakeChart[] {
      if (!loaded)
        throw officeError(
          "PropertyNotLoaded",
          `The property 'items' of ${path}.charts is not loaded.`
        );
      return loaded;
    },
    load: (propertyNames: string) => {
      if (propertyNames.trim() !== "items/name")
        throw officeError("InvalidArgument", `Cannot load "${propertyNames}" on charts.`);
      context.enqueue(path, "charts.load", [propertyNames], () => {
        const sheet = sheetAtSync();
        const items = (sheet?.charts ?? []).map((model, index) => {
          const proxy = new FakeChart(context, `${path}.charts[${index}]`);
          proxy.bindAtSync(model);
          return proxy;
        });
        context.respond(items.map((_, index) => `Chart ${index + 1}`));
        context.onResponse(() => (loaded = items));
      });
      return undefined;
    },
    add: (type, sourceData, seriesBy) => {
      const chart = new FakeChart(context, `${path}.charts.add(${type})`);
      context.enqueue(
        path,
        "charts.add",
        [type, (sourceData as FakeRange).path, seriesBy ?? null],
        () => {
          const sheet = sheetAtSync();
          if (!sheet) throw officeError("ItemNotFound", "The sheet does not exist.");
          if (!CHART_TYPES.includes(type))
            throw officeError("InvalidArgument", `"${type}" is not a chart type the host uses.`);
          if (sheet.isProtected && !sheet.protectionOptions.allowEditObjects)
            throw officeError(
              "AccessDenied",
              `Sheet "${sheet.name}" is protected: no chart can be added.`
            );
          const cells = source(sourceData);
          const { top, left, bottom, right } = cells.bounds;
          const byColumns =
            seriesBy === "Columns" || (seriesBy !== "Rows" && bottom - top >= right - left);
          const count = byColumns ? right - left + 1 : bottom - top + 1;
          const model: ChartModel = {
            type,
            title: "",
            valueAxis: {},
            series: Array.from({ length: count }, (_, index) => ({
              name: `Series${index + 1}`,
              values: {
                sheet: cells.sheet,
                bounds: byColumns
                  ? { top, bottom, left: left + index, right: left + index }
                  : { top: top + index, bottom: top + index, left, right },
              },
              line: {},
              hasDataLabels: false,
              pointFills: new Map(),
            })),
          };
          sheet.charts.push(model);
          chart.bindAtSync(model);
        }
      );
      return chart;
    },
  };
}
