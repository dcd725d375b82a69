/** A fake `Excel.Table`: its name, style and ranges, and the worksheet that holds it. */
import { ExcelTable } from "../../../src/shells/office/ExcelContext";
import { officeError } from "./OfficeError";
import { FakeProxy } from "./FakeProxy";
import { FakeRange, parseAddress } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import { FakeWorksheet } from "./FakeWorksheet";
import { TableModel } from "./WorkbookModel";

/** `showHeaders` is ExcelApi 1.3 (excel.d.ts), below the manifest's minimum. */
export const TABLE_PROPERTIES = ["id", "name", "style", "showHeaders"] as const;

export function tableProperty(table: TableModel, name: string): unknown {
  if (name === "showHeaders") return table.showHeaders;
  return name === "id" ? table.id : name === "name" ? table.name : table.style;
}

/**
 * `Table.columns` (ExcelApi 1.1), loadable as `items/name` only: each column's `TableColumn.name`, which Excel keeps
 * while the header row is hidden.
 */
export class FakeTableColumns {
  private loadedItems: { name: string }[] | undefined;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly table: () => TableModel | null
  ) {}
  get items(): { name: string }[] {
    if (!this.loadedItems)
      throw officeError("PropertyNotLoaded", `The property 'items' of ${this.path} is not loaded.`);
    return this.loadedItems;
  }
  load(propertyNames: string): FakeTableColumns {
    if (propertyNames.trim() !== "items/name")
      throw officeError("InvalidArgument", `Cannot load "${propertyNames}" on ${this.path}.`);
    this.context.enqueue(this.path, "load", [["name"]], () => {
      const table = this.table();
      if (!table) throw officeError("ItemNotFound", `${this.path}: the table does not exist.`);
      const items = this.context.model.tableColumnNames(table).map((name) => ({ name }));
      this.context.respond(items);
      this.context.onResponse(() => (this.loadedItems = items));
    });
    return this;
  }
}

export class FakeTable extends FakeProxy<TableModel> implements ExcelTable {
  readonly worksheet: FakeWorksheet;
  readonly columns: FakeTableColumns;

  constructor(context: FakeRequestContext, path: string, resolve: () => TableModel | null) {
    super(context, path, resolve);
    this.columns = new FakeTableColumns(context, `${path}.columns`, () => this.targetAtSync());
    this.worksheet = new FakeWorksheet(
      context,
      `${path}.worksheet`,
      () => this.targetAtSync()?.sheet ?? null
    );
  }

  load(propertyNames: string): FakeTable {
    this.queueLoad(propertyNames, TABLE_PROPERTIES, tableProperty);
    return this;
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("name", [name], (table) => this.context.model.renameTable(table, name));
  }
  get style(): string {
    return this.read("style");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  set style(style: string) {
    this.command("style", [style], (table) => {
      if (
        !/^TableStyle(Light([1-9]|1\d|2[0-1])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(
          style
        )
      )
        throw officeError("InvalidArgument", `"${style}" is not a built-in table style.`);
      table.style = style;
    });
  }

  /** `Table.resize` is ExcelApi 1.13 (excel.d.ts): an older Excel has no such method (`ApiNotFound`). */
  resize(newRange: string): void {
    if (this.context.apiVersion < 13)
      throw officeError("ApiNotFound", "Table.resize needs ExcelApi 1.13.");
    const bounds = parseAddress(newRange);
    this.command("resize", [newRange], (table) => this.context.model.resizeTable(table, bounds));
  }

  delete(): void {
    this.command("delete", [], (table) => this.context.model.deleteTable(table));
  }

  private part(
    name: string,
    rows: (table: TableModel) => { top: number; bottom: number }
  ): FakeRange {
    return new FakeRange(this.context, `${this.path}.${name}()`, () => {
      const table = this.targetAtSync();
      return table ? { sheet: table.sheet, bounds: { ...table.bounds, ...rows(table) } } : null;
    });
  }

  getRange(): FakeRange {
    return this.part("getRange", (table) => table.bounds);
  }
  /**
   * With the header row hidden there is no header row to give. What Excel answers then is unverified (VBA's
   * `ListObject.HeaderRowRange` is `Nothing`): the fake refuses at sync, so a reader must ask `showHeaders` first and
   * take the names from `columns`.
   */
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (table) => {
      if (!table.showHeaders)
        throw officeError("InvalidOperation", `Table ${table.name} has its header row hidden.`);
      return { top: table.bounds.top, bottom: table.bounds.top };
    });
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (table) => ({
      top: table.bounds.top + (table.showHeaders ? 1 : 0),
      bottom: table.bounds.bottom - (table.showTotals ? 1 : 0),
    }));
  }
}
