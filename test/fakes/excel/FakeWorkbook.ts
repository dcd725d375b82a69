/** The fake `Excel.Workbook` (worksheets, tables, names, functions, application) and `Excel.Runtime`. */
import { dateSerial } from "../../../src/core/workbook/dateSerial";
import { DATE1904_OFFSET } from "../../../src/core/workbook/dateSystem";
import {
  ExcelFunctionResult,
  ExcelNamedItem,
  ExcelWorkbook,
} from "../../../src/shells/office/ExcelContext";
import { officeError } from "./OfficeError";
import { FakeProxy } from "./FakeProxy";
import { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import { FakeTable, TABLE_PROPERTIES, tableProperty } from "./FakeTable";
import { FakeWorksheet, WORKSHEET_PROPERTIES, worksheetProperty } from "./FakeWorksheet";
import { ChangeEventModel, NameModel, WorkbookModel } from "./WorkbookModel";

const NAME_PROPERTIES = ["name", "type", "formula"] as const;

function nameProperty(model: WorkbookModel, named: NameModel, property: string): unknown {
  if (property === "name") return named.name;
  if (property === "formula") return named.formula;
  return model.nameTarget(named) ? "Range" : named.formula.includes("#REF!") ? "Error" : "String";
}

export class FakeNamedItem extends FakeProxy<NameModel> implements ExcelNamedItem {
  load(propertyNames: string): FakeNamedItem {
    this.queueLoad(propertyNames, NAME_PROPERTIES, (named, property) =>
      nameProperty(this.context.model, named, property)
    );
    return this;
  }
  get name(): string {
    return this.read("name");
  }
  get type(): ExcelNamedItem["type"] {
    return this.read("type");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.command("formula", [formula], (named) =>
      this.context.model.setNameFormula(named, formula)
    );
  }
  delete(): void {
    this.command("delete", [], (named) => this.context.model.deleteName(named));
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRangeOrNullObject()`, () => {
      const named = this.targetAtSync();
      return named ? this.context.model.nameTarget(named) : null;
    });
  }
}

/** `items/name,items/id` → ["name", "id"]; any other shape is refused, as Excel refuses unknown paths. */
function itemProperties(propertyNames: string, known: readonly string[]): string[] {
  const names = propertyNames.split(",").map((name) => name.trim());
  for (const name of names)
    if (!name.startsWith("items/") || !known.includes(name.slice("items/".length)))
      throw officeError("InvalidArgument", `Cannot load "${name}" on a collection.`);
  return names.map((name) => name.slice("items/".length));
}

/** A loaded collection: `items` readable only after its load has been synced. */
class FakeCollection<Item> {
  private loadedItems: Item[] | undefined;
  constructor(
    protected readonly context: FakeRequestContext,
    protected readonly path: string
  ) {}
  get items(): Item[] {
    if (!this.loadedItems)
      throw officeError("PropertyNotLoaded", `The property 'items' of ${this.path} is not loaded.`);
    return this.loadedItems;
  }
  protected queueItemsLoad(properties: string[], list: () => Item[]): void {
    this.context.enqueue(this.path, "load", [properties], () => {
      const items = list();
      this.context.onResponse(() => (this.loadedItems = items));
    });
  }
}

/** What `onChanged.add` returns (OfficeExtension.EventHandlerResult): `remove()` is queued on its own context. */
export class FakeChangeRegistration {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handler: (event: ChangeEventModel) => Promise<unknown>
  ) {}
  remove(): void {
    this.context.enqueue("worksheets.onChanged", "remove", [], () =>
      this.context.model.changeHandlers.delete(this.handler)
    );
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  /** `worksheets.onChanged` (ExcelApi 1.7): the handler is registered at sync. */
  readonly onChanged = {
    add: (handler: (event: ChangeEventModel) => Promise<unknown>): FakeChangeRegistration => {
      this.context.enqueue(this.path, "onChanged.add", [], () =>
        this.context.model.changeHandlers.add(handler)
      );
      return new FakeChangeRegistration(this.context, handler);
    },
  };

  load(propertyNames: string): this {
    const properties = itemProperties(propertyNames, WORKSHEET_PROPERTIES);
    this.queueItemsLoad(properties, () =>
      this.context.model.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, `worksheets[${sheet.id}]`, () => sheet);
        const values = Object.fromEntries(
          properties.map((name) => [name, worksheetProperty(this.context, sheet, name)])
        );
        this.context.respond(values);
        proxy.primeAtSync(sheet, values);
        return proxy;
      })
    );
    return this;
  }
  add(name?: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, `worksheets.add(${name ?? ""})`, () => null);
    this.context.enqueue(this.path, "add", [name], () =>
      sheet.bindAtSync(this.context.model.addSheet(name))
    );
    return sheet;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `worksheets.getItem(${key})`,
      () => this.context.model.sheetByKey(key) ?? null,
      () => officeError("ItemNotFound", `The requested worksheet "${key}" doesn't exist.`)
    );
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `worksheets.getItemOrNullObject(${key})`,
      () => this.context.model.sheetByKey(key) ?? null
    );
  }
}

class FakeTableCollection extends FakeCollection<FakeTable> {
  load(propertyNames: string): this {
    const properties = itemProperties(propertyNames, TABLE_PROPERTIES);
    this.queueItemsLoad(properties, () =>
      this.context.model.tables.map((table) => {
        const proxy = new FakeTable(this.context, `tables[${table.id}]`, () => table);
        const values = Object.fromEntries(
          properties.map((name) => [name, tableProperty(table, name)])
        );
        this.context.respond(values);
        proxy.primeAtSync(table, values);
        return proxy;
      })
    );
    return this;
  }
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(
      this.context,
      `tables.getItemOrNullObject(${key})`,
      () => this.context.model.tableByKey(key) ?? null
    );
  }
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  load(propertyNames: string): this {
    const properties = itemProperties(propertyNames, NAME_PROPERTIES);
    this.queueItemsLoad(properties, () =>
      this.context.model.names.map((named) => {
        const proxy = new FakeNamedItem(this.context, `names[${named.name}]`, () => named);
        const values = Object.fromEntries(
          properties.map((name) => [name, nameProperty(this.context.model, named, name)])
        );
        this.context.respond(values);
        proxy.primeAtSync(named, values);
        return proxy;
      })
    );
    return this;
  }
  add(name: string, reference: string, comment?: string): FakeNamedItem {
    const named = new FakeNamedItem(this.context, `names.add(${name})`, () => null);
    this.context.enqueue(this.path, "add", [name, reference, comment], () =>
      named.bindAtSync(this.context.model.addName(name, reference))
    );
    return named;
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `names.getItemOrNullObject(${name})`,
      () => this.context.model.nameByKey(name) ?? null
    );
  }
}

/** What a worksheet function computed: its value, or the error (`#VALUE!`, …) where it has none. */
type FunctionOutcome = { value: number | null; error: string | null };

/** `Excel.FunctionResult` (ExcelApi 1.2): `value` and `error` readable after a load and a sync. */
class FakeFunctionResult extends FakeProxy<FunctionOutcome> implements ExcelFunctionResult {
  load(propertyNames: string): FakeFunctionResult {
    this.queueLoad(propertyNames, ["value", "error"], (outcome, name) =>
      name === "value" ? outcome.value : outcome.error
    );
    return this;
  }
  get value(): number {
    return this.read("value");
  }
  get error(): string {
    return this.read("error");
  }
}

/**
 * `DATE(year, month, day)` as Excel computes it in the workbook's date system (excel.d.ts, `Functions.date`: "a
 * number from 1900 or 1904 (depending on the workbook's date system) to 9999"): the 1900 system's serial, 1,462 lower
 * in a 1904 workbook. The fake models years 1904–9999, months 1–12 and days 1–31 (Excel rolls others over, and
 * counts 29 Feb 1900; the host never asks for them): anything else is refused rather than answered wrongly.
 */
function excelDate(
  model: WorkbookModel,
  year: number,
  month: number,
  day: number
): FunctionOutcome {
  if (
    ![year, month, day].every(Number.isInteger) ||
    year < 1904 ||
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31
  )
    throw officeError(
      "InvalidArgument",
      "The fake's DATE models years 1904–9999, months 1–12, days 1–31."
    );
  const serial = dateSerial(year, month, day);
  return { value: model.date1904 ? serial - DATE1904_OFFSET : serial, error: null };
}

export class FakeWorkbook implements ExcelWorkbook {
  readonly functions: ExcelWorkbook["functions"];
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: ExcelWorkbook["application"];
  readonly protection: ExcelWorkbook["protection"];

  constructor(context: FakeRequestContext) {
    this.functions = {
      date: (year: number, month: number, day: number) => {
        if (context.apiVersion < 2)
          throw officeError("ApiNotFound", "Workbook.functions needs ExcelApi 1.2.");
        return new FakeFunctionResult(context, `functions.date(${year},${month},${day})`, () =>
          excelDate(context.model, year, month, day)
        );
      },
    };
    let loadedProtected: boolean | undefined;
    this.protection = {
      get protected(): boolean {
        if (loadedProtected === undefined)
          throw officeError(
            "PropertyNotLoaded",
            "The property 'protection.protected' is not loaded."
          );
        return loadedProtected;
      },
      load: (propertyNames: string) => {
        if (propertyNames.trim() !== "protected")
          throw officeError("InvalidArgument", `Cannot load "${propertyNames}" on protection.`);
        context.enqueue("workbook.protection", "load", [["protected"]], () => {
          const value = context.model.structureProtected;
          context.respond(value);
          context.onResponse(() => (loadedProtected = value));
        });
        return this.protection;
      },
    };
    this.worksheets = new FakeWorksheetCollection(context, "worksheets");
    this.tables = new FakeTableCollection(context, "tables");
    this.names = new FakeNamedItemCollection(context, "names");
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        context.enqueue("application", "suspendApiCalculationUntilNextSync", [], () => {
          context.model.calculationSuspended = true;
        }),
      calculate: (calculationType: "Recalculate" | "Full" | "FullRebuild") =>
        context.enqueue("application", "calculate", [calculationType], () => {
          context.model.calculations.push(calculationType);
        }),
    };
  }

  /**
   * `workbook.load(…)`: the host loads no scalar of the workbook itself. `use1904DateSystem` in particular is in no
   * released requirement set (office-js-docs-reference: "ExcelApi BETA (PREVIEW ONLY)"; absent from the excel.d.ts
   * of ExcelApi 1.1–1.21): a released Excel does not know it, so the fake refuses it rather than answer what only a
   * preview build would. The code Excel gives is unverified; `ApiNotFound` is what it gives for a missing API.
   */
  load(propertyNames: string): never {
    const names = propertyNames.split(",").map((name) => name.trim());
    if (names.includes("use1904DateSystem"))
      throw officeError(
        "ApiNotFound",
        "Workbook.use1904DateSystem is a preview API, in no released ExcelApi requirement set."
      );
    throw officeError("InvalidArgument", `The fake workbook has no loadable "${propertyNames}".`);
  }
}

export class FakeRuntime {
  constructor(private readonly context: FakeRequestContext) {}
  get enableEvents(): boolean {
    throw officeError("PropertyNotLoaded", "The property 'enableEvents' is not loaded.");
  }
  set enableEvents(value: boolean) {
    this.context.enqueue("runtime", "enableEvents", [value], () => {
      this.context.model.enableEvents = value;
    });
  }
}
