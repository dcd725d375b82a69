/**
 * The fake's whole-row `Range.insert` / `Range.delete` (ExcelApi 1.1), as Excel does them: everything below moves
 * with its table, and every reference to a moved cell follows it (formulas on other sheets and on the sheet itself,
 * names, charts); a reference to a deleted cell becomes #REF!. One test per rule, each expected figure by hand.
 */
import { ExcelContext } from "../../../src/shells/office/ExcelContext";
import { FakeExcel } from "./FakeExcel";
import { officeCode } from "./officeCode";

/** `Datos`: a title in A1, a table T_Datos at A4:B6 (Meta, Peso; 2 rows), a total in D10; `Mio` refers to it. */
async function workbook(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await excel.run(async (context: ExcelContext) => {
    const data = context.workbook.worksheets.add("Datos");
    data.getRange("A1").values = [["Título"]];
    data.getRange("A4:B6").values = [
      ["Meta", "Peso"],
      ["a", 2],
      ["b", 3],
    ];
    data.tables.add("A4:B6", true).name = "T_Datos";
    data.getRange("D10").formulas = [["=SUM(B5:B6)"]];
    data.getRange("B5").format.fill.color = "#FFFF00";
    const mine = context.workbook.worksheets.add("Mio");
    mine.getRange("A1:A5").formulas = [
      ["='Datos'!B5"],
      ["=SUM('Datos'!$B$5:$B$6)"],
      ["=SUM(T_Datos[Peso])"],
      ["='Datos'!A1"],
      ["=SUM('Datos'!A2:A5)"],
    ];
    context.workbook.names.add("MiPeso", "='Datos'!$B$6");
    mine.charts.add("ColumnClustered", data.getRange("B5:B6"), "Columns");
    await context.sync();
  });
  return excel;
}

const cells = (excel: FakeExcel, sheet: string) => excel.dump(sheet);

describe("whole rows inserted or deleted", () => {
  test("rows inserted above a table move it, its cells and formats; every reference to them follows", async () => {
    const excel = await workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Datos").getRange("3:5").insert("Down");
      await context.sync();
    });
    // Three rows above row 3: the table's header moves from row 4 to 7, D10 to D13; A1 and A2 stay.
    expect(excel.model.tableByKey("T_Datos")?.bounds).toEqual({
      top: 6,
      left: 0,
      bottom: 8,
      right: 1,
    });
    expect(cells(excel, "Datos")).toMatchObject({
      A1: "Título",
      A7: "Meta",
      B8: 2,
      D13: "=SUM(B8:B9)",
    });
    expect(cells(excel, "Mio")).toEqual({
      A1: "='Datos'!B8",
      A2: "=SUM('Datos'!$B$8:$B$9)",
      A3: "=SUM(T_Datos[Peso])",
      A4: "='Datos'!A1",
      // A2:A5 spans the insertion point (row 3): it grows to A2:A8.
      A5: "=SUM('Datos'!A2:A8)",
    });
    expect(excel.model.nameByKey("MiPeso")?.formula).toBe("='Datos'!$B$9");
    const fill = excel.sheet("Datos").formats.find((record) => record.property === "fill.color");
    expect(fill?.bounds).toEqual({ top: 7, left: 1, bottom: 7, right: 1 });
    expect(excel.sheet("Mio").charts[0].series[0].values.bounds).toEqual({
      top: 7,
      left: 1,
      bottom: 8,
      right: 1,
    });
  });

  test("rows deleted above a table move it up; a reference to a deleted cell becomes #REF!", async () => {
    const excel = await workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Datos").getRange("1:2").delete("Up");
      await context.sync();
    });
    // Rows 1-2 gone: the header moves from row 4 to 2, D10 to D8; the title (A1) is gone.
    expect(excel.model.tableByKey("T_Datos")?.bounds).toEqual({
      top: 1,
      left: 0,
      bottom: 3,
      right: 1,
    });
    expect(cells(excel, "Datos")).toEqual({
      A2: "Meta",
      B2: "Peso",
      A3: "a",
      B3: 2,
      A4: "b",
      B4: 3,
      D8: "=SUM(B3:B4)",
    });
    expect(cells(excel, "Mio")).toEqual({
      A1: "='Datos'!B3",
      A2: "=SUM('Datos'!$B$3:$B$4)",
      A3: "=SUM(T_Datos[Peso])",
      A4: "=#REF!",
      // A2:A5 loses its first row (2): A1:A3 once moved up.
      A5: "=SUM('Datos'!A1:A3)",
    });
    expect(excel.sheet("Mio").cell(3, 0)?.error).toBe(true);
    expect(excel.sheet("Mio").cell(0, 0)?.error).toBeUndefined();
    expect(excel.model.nameByKey("MiPeso")?.formula).toBe("='Datos'!$B$4");
  });

  test("rows inserted inside a table's body make it longer", async () => {
    const excel = await workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Datos").getRange("6:6").insert("Down");
      await context.sync();
    });
    expect(excel.model.tableByKey("T_Datos")?.bounds).toEqual({
      top: 3,
      left: 0,
      bottom: 6,
      right: 1,
    });
    expect(cells(excel, "Mio").A2).toBe("=SUM('Datos'!$B$5:$B$7)");
  });

  test("deleting every row of a table deletes it: structured references become #REF!", async () => {
    const excel = await workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Datos").getRange("4:6").delete("Up");
      await context.sync();
    });
    expect(excel.model.tableByKey("T_Datos")).toBeUndefined();
    expect(cells(excel, "Mio").A3).toBe("=SUM(#REF!)");
    expect(excel.sheet("Mio").cell(2, 0)?.error).toBe(true);
  });

  test("what the fake does not know Excel to allow, it refuses", async () => {
    const refused = async (batch: (context: ExcelContext) => void): Promise<string> => {
      const excel = await workbook();
      return officeCode(
        excel.run(async (context) => {
          batch(context);
          await context.sync();
        })
      );
    };
    const datos = (context: ExcelContext) => context.workbook.worksheets.getItem("Datos");
    // The header row without the whole table.
    expect(await refused((context) => datos(context).getRange("3:4").delete("Up"))).toBe(
      "InvalidOperation"
    );
    // Every body row, the header kept.
    expect(await refused((context) => datos(context).getRange("5:6").delete("Up"))).toBe(
      "InvalidOperation"
    );
    // Part of a row: cells shifted beside a table.
    expect(await refused((context) => datos(context).getRange("A2:C2").insert("Down"))).toBe(
      "InvalidArgument"
    );
    // A protected sheet that does not allow inserting or deleting rows.
    expect(
      await refused((context) => {
        datos(context).protection.protect();
        datos(context).getRange("2:2").insert("Down");
      })
    ).toBe("AccessDenied");
    expect(
      await refused((context) => {
        datos(context).protection.protect();
        datos(context).getRange("2:2").delete("Up");
      })
    ).toBe("AccessDenied");
    // A non-blank cell pushed past the last row (1,048,576).
    expect(
      await refused((context) => {
        datos(context).getRange("A1048575").values = [["x"]];
        datos(context).getRange("2:3").insert("Down");
      })
    ).toBe("InvalidOperation");
  });

  test("a protected sheet that allows inserting rows takes them", async () => {
    const excel = await workbook();
    await excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Datos");
      data.protection.protect({ allowInsertRows: true });
      data.getRange("2:2").insert("Down");
      await context.sync();
    });
    expect(excel.model.tableByKey("T_Datos")?.bounds.top).toBe(4);
  });
});
