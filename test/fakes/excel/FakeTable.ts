/** A fake `Excel.Table`: its name, style and ranges, and the worksheet that holds it. */
import { ExcelTable } from "../../../src/shells/office/ExcelContext";
import { officeError } from "./OfficeError";
import { FakeProxy } from "./FakeProxy";
import { FakeRange, parseAddress } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import { FakeWorksheet } from "./FakeWorksheet";
import { TableModel } from "./WorkbookModel";

export const TABLE_PROPERTIES = ["id", "name", "style"] as const;

export function tableProperty(table: TableModel, name: string): unknown {
  return name === "id" ? table.id : name === "name" ? table.name : table.style;
}

export class FakeTable extends FakeProxy<TableModel> implements ExcelTable {
  readonly worksheet: FakeWorksheet;

  constructor(context: FakeRequestContext, path: string, resolve: () => TableModel | null) {
    super(context, path, resolve);
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
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (table) => ({
      top: table.bounds.top,
      bottom: table.bounds.top,
    }));
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (table) => ({
      top: table.bounds.top + 1,
      bottom: table.bounds.bottom - (table.showTotals ? 1 : 0),
    }));
  }
}
