/** A fake `Excel.Worksheet` with its tables, freeze panes, protection and page layout: what the host uses. */
import { ExcelWorksheet } from "../../../src/shells/office/ExcelContext";
import { fakeCharts } from "./FakeChart";
import { officeError } from "./OfficeError";
import { FakeProxy } from "./FakeProxy";
import { FakeRange, LAST_COLUMN, parseAddress } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import { FakeTable } from "./FakeTable";
import { SheetModel } from "./WorkbookModel";

export const WORKSHEET_PROPERTIES = ["id", "name", "position", "visibility", "tabColor"] as const;

export function worksheetProperty(
  context: FakeRequestContext,
  sheet: SheetModel,
  name: string
): unknown {
  switch (name) {
    case "id":
      return sheet.id;
    case "name":
      return sheet.name;
    case "position":
      return context.model.sheets.indexOf(sheet);
    case "visibility":
      return sheet.visibility;
    case "tabColor":
      return sheet.tabColor;
  }
  return undefined;
}

export class FakeWorksheet extends FakeProxy<SheetModel> implements ExcelWorksheet {
  readonly tables: ExcelWorksheet["tables"];
  readonly charts: ExcelWorksheet["charts"];
  readonly freezePanes: ExcelWorksheet["freezePanes"];
  readonly protection: ExcelWorksheet["protection"];
  readonly pageLayout: ExcelWorksheet["pageLayout"];
  readonly horizontalPageBreaks: ExcelWorksheet["horizontalPageBreaks"];

  constructor(
    context: FakeRequestContext,
    path: string,
    resolve: () => SheetModel | null,
    missing?: () => Error
  ) {
    super(context, path, resolve, missing);
    const model = context.model;
    let loadedTables: FakeTable[] | undefined;
    this.tables = {
      get items(): FakeTable[] {
        if (!loadedTables)
          throw officeError(
            "PropertyNotLoaded",
            `The property 'items' of ${path}.tables is not loaded.`
          );
        return loadedTables;
      },
      load: (propertyNames: string) => {
        const names = propertyNames.split(",").map((name) => name.trim());
        if (names.some((name) => !["items/id", "items/name"].includes(name)))
          throw officeError("InvalidArgument", `Cannot load "${propertyNames}" on tables.`);
        context.enqueue(`${path}.tables`, "load", [names], () => {
          const sheet = this.targetAtSync();
          const items = model.tables
            .filter((table) => table.sheet === sheet)
            .map((table) => {
              const proxy = new FakeTable(context, `tables[${table.id}]`, () => table);
              const values = { id: table.id, name: table.name };
              context.respond(values);
              proxy.primeAtSync(table, values);
              return proxy;
            });
          context.onResponse(() => (loadedTables = items));
        });
        return undefined;
      },
      add: (address: string, hasHeaders: boolean) => {
        const table = new FakeTable(context, `${path}.tables.add(${address})`, () => null);
        this.command("tables.add", [address, hasHeaders], (sheet) =>
          table.bindAtSync(model.addTable(sheet, parseAddress(address), hasHeaders))
        );
        return table;
      },
    };
    this.charts = fakeCharts(context, path, () => this.targetAtSync());
    const freeze =
      (rows: number, columns: number): ((sheet: SheetModel) => void) =>
      (sheet) => {
        if (rows < 0 || columns < 0)
          throw officeError("InvalidArgument", "Freeze counts are positive.");
        // office-js#1463, #2196 (https://github.com/OfficeDev/office-js/issues/1463,
        // https://github.com/OfficeDev/office-js/issues/2196): freeze panes on a hidden sheet threw; freezing a
        // sheet that is not visible is refused here, so panes are set once the sheet is shown.
        if (sheet.visibility !== "Visible")
          throw officeError(
            "InvalidOperation",
            `Sheet "${sheet.name}" is hidden: panes cannot be frozen.`
          );
        sheet.freeze = { rows, columns };
      };
    this.freezePanes = {
      freezeRows: (count?: number) =>
        this.command("freezePanes.freezeRows", [count], freeze(count ?? 1, 0)),
      freezeColumns: (count?: number) =>
        this.command("freezePanes.freezeColumns", [count], freeze(0, count ?? 1)),
      unfreeze: () =>
        this.command("freezePanes.unfreeze", [], (sheet) => {
          // office-js#1463 (https://github.com/OfficeDev/office-js/issues/1463): unfreeze() threw on hidden sheets.
          if (sheet.visibility !== "Visible")
            throw officeError(
              "InvalidOperation",
              `Sheet "${sheet.name}" is hidden: panes cannot be changed.`
            );
          sheet.freeze = undefined;
        }),
      freezeAt: (frozenRange: string) =>
        this.command("freezePanes.freezeAt", [frozenRange], (sheet) => {
          const bounds = parseAddress(frozenRange);
          if (bounds.top !== 0 || bounds.left !== 0)
            throw officeError("InvalidArgument", "freezeAt takes a range from A1.");
          freeze(bounds.bottom + 1, bounds.right + 1)(sheet);
        }),
    };
    const protectionLoaded = new Map<string, unknown>();
    const protectionRead = (name: string): unknown => {
      if (!protectionLoaded.has(name))
        throw officeError("PropertyNotLoaded", `The property 'protection.${name}' is not loaded.`);
      return protectionLoaded.get(name);
    };
    this.protection = {
      get protected(): boolean {
        return protectionRead("protected") as boolean;
      },
      get options(): Excel.WorksheetProtectionOptions {
        return protectionRead("options") as Excel.WorksheetProtectionOptions;
      },
      load: (propertyNames: string) => {
        const names = propertyNames.split(",").map((name) => name.trim());
        context.enqueue(`${path}.protection`, "load", [names], () => {
          const sheet = this.targetAtSync();
          if (!sheet) return;
          const isProtected = sheet.isProtected;
          const options = { ...sheet.protectionOptions };
          context.respond([isProtected, options]);
          context.onResponse(() => {
            if (names.includes("protected")) protectionLoaded.set("protected", isProtected);
            if (names.includes("options")) protectionLoaded.set("options", options);
          });
        });
        return this.protection;
      },
      protect: (options?: Excel.WorksheetProtectionOptions, password?: string) =>
        this.command(
          "protection.protect",
          [options, password === undefined ? null : "***"],
          (sheet) => {
            // office-js#6784 (https://github.com/OfficeDev/office-js/issues/6784): protect() on a protected sheet
            // and unprotect() on an unprotected one threw AccessDenied in some builds; the fake always does.
            if (sheet.isProtected)
              throw officeError("AccessDenied", `Sheet "${sheet.name}" is already protected.`);
            sheet.isProtected = true;
            sheet.protectionOptions = { ...options };
            sheet.password = password;
          }
        ),
      unprotect: (password?: string) =>
        this.command("protection.unprotect", [password === undefined ? null : "***"], (sheet) => {
          if (!sheet.isProtected)
            throw officeError("AccessDenied", `Sheet "${sheet.name}" is not protected.`); // office-js#6784
          if (sheet.password !== undefined && sheet.password !== "" && sheet.password !== password)
            throw officeError("AccessDenied", "The password is incorrect."); // the code Excel gives is unverified
          sheet.isProtected = false;
          sheet.password = undefined;
        }),
    };
    // PageBreakCollection.add (ExcelApi 1.9): a break above the range's first row.
    this.horizontalPageBreaks = {
      add: (pageBreakRange: string) =>
        this.command("horizontalPageBreaks.add", [pageBreakRange], (sheet) => {
          const { top } = parseAddress(pageBreakRange);
          const breaks = (sheet.pageLayout.rowBreaks as number[] | undefined) ?? [];
          sheet.pageLayout.rowBreaks = [...breaks, top + 1];
        }),
    };
    const layoutRead = (name: string): never => {
      throw officeError("PropertyNotLoaded", `The property 'pageLayout.${name}' is not loaded.`);
    };
    const setLayout = (name: string, value: unknown): void =>
      this.command(`pageLayout.${name}`, [value], (sheet) => {
        sheet.pageLayout[name] = value;
      });
    const setMargin = (name: string, points: number): void => {
      if (!Number.isFinite(points) || points < 0)
        throw officeError("InvalidArgument", `${name} is a margin in points (0 or more).`);
      setLayout(name, points);
    };
    this.pageLayout = {
      get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
        return layoutRead("orientation");
      },
      set orientation(value: Excel.PageOrientation | "Portrait" | "Landscape") {
        if (value !== "Portrait" && value !== "Landscape")
          throw officeError("InvalidArgument", `"${value}" is not an orientation.`);
        setLayout("orientation", value);
      },
      get zoom(): Excel.PageLayoutZoomOptions {
        return layoutRead("zoom");
      },
      set zoom(value: Excel.PageLayoutZoomOptions) {
        setLayout("zoom", value);
      },
      get leftMargin(): number {
        return layoutRead("leftMargin");
      },
      set leftMargin(points: number) {
        setMargin("leftMargin", points);
      },
      get rightMargin(): number {
        return layoutRead("rightMargin");
      },
      set rightMargin(points: number) {
        setMargin("rightMargin", points);
      },
      get topMargin(): number {
        return layoutRead("topMargin");
      },
      set topMargin(points: number) {
        setMargin("topMargin", points);
      },
      get bottomMargin(): number {
        return layoutRead("bottomMargin");
      },
      set bottomMargin(points: number) {
        setMargin("bottomMargin", points);
      },
      setPrintArea: (printArea: string) => {
        parseAddress(printArea);
        setLayout("printArea", printArea);
      },
      setPrintTitleRows: (rows: string) => {
        if (
          !/^\$?\d+:\$?\d+$/.test(rows) &&
          !/^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/.test(rows)
        )
          throw officeError("InvalidArgument", `"${rows}" is not a row range.`);
        setLayout("printTitleRows", rows);
      },
      // PageLayout.setPrintTitleColumns (ExcelApi 1.9): a column range such as "$A:$B".
      setPrintTitleColumns: (columns: string) => {
        if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(columns))
          throw officeError("InvalidArgument", `"${columns}" is not a column range.`);
        setLayout("printTitleColumns", columns);
      },
    };
  }

  load(propertyNames: string): FakeWorksheet {
    this.queueLoad(propertyNames, WORKSHEET_PROPERTIES, (sheet, name) =>
      worksheetProperty(this.context, sheet, name)
    );
    return this;
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("name", [name], (sheet) => this.context.model.renameSheet(sheet, name));
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.command("position", [position], (sheet) =>
      this.context.model.setPosition(sheet, position)
    );
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.command("visibility", [visibility], (sheet) =>
      this.context.model.setVisibility(sheet, visibility)
    );
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.command("tabColor", [color], (sheet) => {
      if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color))
        throw officeError("InvalidArgument", `"${color}" is not a colour (#RRGGBB).`);
      sheet.tabColor = color;
    });
  }

  delete(): void {
    this.command("delete", [], (sheet) => this.context.model.deleteSheet(sheet));
  }

  activate(): void {
    this.command("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        throw officeError(
          "InvalidOperation",
          `Sheet "${sheet.name}" is hidden and cannot be activated.`
        );
      this.context.model.activeSheet = sheet;
    });
  }

  /** An address ("A1", "A1:C9") or whole rows ("5:7"). */
  getRange(address: string): FakeRange {
    const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
    const bounds =
      rows &&
      Number(rows[1]) >= 1 &&
      Number(rows[2]) >= Number(rows[1]) &&
      Number(rows[2]) <= 1_048_576
        ? { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: LAST_COLUMN }
        : parseAddress(address);
    return new FakeRange(this.context, `${this.path}.getRange(${address})`, () => {
      const sheet = this.targetAtSync();
      return sheet ? { sheet, bounds } : null;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    if (
      [startRow, startColumn, rowCount, columnCount].some((n) => !Number.isInteger(n) || n < 0) ||
      rowCount === 0 ||
      columnCount === 0
    )
      throw officeError("InvalidArgument", "getRangeByIndexes takes a non-empty range.");
    const bounds = {
      top: startRow,
      left: startColumn,
      bottom: startRow + rowCount - 1,
      right: startColumn + columnCount - 1,
    };
    return new FakeRange(
      this.context,
      `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        const sheet = this.targetAtSync();
        return sheet ? { sheet, bounds } : null;
      }
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const sheet = this.targetAtSync();
        const bounds = sheet?.usedBounds();
        return sheet && bounds ? { sheet, bounds } : null;
      }
    );
  }
}
