/** The strict fake rejects what Excel rejects: one test per rule, each showing the wrong usage fail. */
import { ExcelContext, ExcelRange } from "../../../src/shells/office/ExcelContext";
import { FakeExcel } from "./FakeExcel";
import { officeCode } from "./officeCode";

function fake(options = {}): {
  excel: FakeExcel;
  run: (batch: (c: ExcelContext) => Promise<void>) => Promise<void>;
} {
  const excel = new FakeExcel(options);
  return { excel, run: (batch) => excel.run(batch) };
}

describe("FakeExcel", () => {
  test("reading a property that was not loaded and synced throws PropertyNotLoaded", async () => {
    const { run } = fake();
    expect(
      await officeCode(
        run(async (context) => {
          const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
          void range.values;
        })
      )
    ).toBe("PropertyNotLoaded");
    expect(
      await officeCode(
        run(async (context) => {
          const range = context.workbook.worksheets
            .getItem("Sheet1")
            .getRange("A1")
            .load(["values"]);
          void range.values; // loaded, not yet synced
        })
      )
    ).toBe("PropertyNotLoaded");
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets.load("items/name");
          void context.workbook.worksheets.items;
        })
      )
    ).toBe("PropertyNotLoaded");
  });

  test("a load names its properties (no bare load)", async () => {
    const { run } = fake();
    await expect(
      run(async (context) => {
        (context.workbook.worksheets.getItem("Sheet1") as unknown as { load(): void }).load();
      })
    ).rejects.toThrow(/no property names/);
  });

  test("writes take effect only at sync", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, "x"]];
      expect(excel.dump("Sheet1")).toEqual({});
      await context.sync();
      expect(excel.dump("Sheet1")).toEqual({ A1: 1, B1: "x" });
    });
  });

  test("a 2-D array that does not match its range is an InvalidArgument, and nothing after it runs", async () => {
    const { excel, run } = fake();
    expect(
      await officeCode(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          sheet.getRange("A1").values = [[1]];
          sheet.getRange("A2:C2").values = [[1, 2]];
          sheet.getRange("A3").values = [[3]];
          await context.sync();
        })
      )
    ).toBe("InvalidArgument");
    expect(excel.dump("Sheet1")).toEqual({ A1: 1 });
  });

  test("a protected sheet refuses writes to locked cells and formats (AccessDenied), not to unlocked cells", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").format.protection.locked = false;
      sheet.protection.protect({ allowAutoFilter: true });
      await context.sync();
    });
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
          await context.sync();
        })
      )
    ).toBe("AccessDenied");
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("B1").format.fill.color =
            "#FF0000";
          await context.sync();
        })
      )
    ).toBe("AccessDenied");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["ok"]];
      await context.sync();
    });
    expect(excel.dump("Sheet1")).toEqual({ B1: "ok" });
  });

  test("sheet names: at most 31 characters, none of / \\ ? * : [ ], unique ignoring case", async () => {
    const { run } = fake();
    const add = (name: string): Promise<string> =>
      officeCode(
        run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        })
      );
    expect(await add("x".repeat(32))).toBe("InvalidArgument");
    for (const bad of ["a/b", "a\\b", "a?b", "a*b", "a:b", "a[b", "a]b", "'quoted'"])
      expect(await add(bad)).toBe("InvalidArgument");
    expect(await add("SHEET1")).toBe("ItemAlreadyExists");
    expect(await add("x".repeat(31))).toBe("no error");
  });

  test("a missing sheet is ItemNotFound with getItem and a null object with getItemOrNullObject", async () => {
    const { run } = fake();
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
          await context.sync();
        })
      )
    ).toBe("ItemNotFound");
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => sheet.isNullObject).toThrow(); // known only after a sync
      sheet.load("name");
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  test("a range's used range of values: its cells with a value or formula, a null object when none, values only", async () => {
    const { run } = fake();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B3:D3").values = [["x", "", 2]];
      sheet.getRange("C5").formulas = [["=1+1"]];
      sheet.getRange("F4").values = [["right of the range"]];
      await context.sync();
      const used = sheet.getRange("A3:E1048576").getUsedRangeOrNullObject(true).load(["address"]);
      const none = sheet.getRange("A6:E9").getUsedRangeOrNullObject(true).load(["address"]);
      await context.sync();
      expect([used.isNullObject, used.address]).toEqual([false, "Sheet1!B3:D5"]);
      expect(none.isNullObject).toBe(true);
    });
    // Without valuesOnly Excel also counts formatted cells, which the fake does not track: it refuses to guess.
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets
            .getItem("Sheet1")
            .getRange("A1:B2")
            .getUsedRangeOrNullObject();
        })
      )
    ).toBe("InvalidArgument");
    // ExcelApi 1.4.
    expect(
      await officeCode(
        fake({ apiVersion: 3 }).run(async (context) => {
          context.workbook.worksheets
            .getItem("Sheet1")
            .getRange("A1")
            .getUsedRangeOrNullObject(true);
        })
      )
    ).toBe("ApiNotFound");
  });

  test("table names are checked and unique with defined names; tables cannot overlap", async () => {
    const { run } = fake();
    const table = (address: string, name: string): Promise<string> =>
      officeCode(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          sheet.getRange(address.split(":")[0]).values = [["H"]];
          sheet.tables.add(address, true).name = name;
          await context.sync();
        })
      );
    expect(await table("A1:B3", "has space")).toBe("InvalidArgument");
    expect(await table("D1:E3", "A1")).toBe("InvalidArgument"); // reads as a cell reference
    expect(await table("G1:H3", "T_DJ")).toBe("no error");
    expect(await table("J1:K3", "t_dj")).toBe("ItemAlreadyExists");
    expect(await table("G2:H4", "T_Other")).toBe("InvalidArgument"); // overlaps T_DJ
  });

  test("defined names: Excel's shape, not a cell reference, unique ignoring case", async () => {
    const { run } = fake();
    const add = (name: string): Promise<string> =>
      officeCode(
        run(async (context) => {
          context.workbook.names.add(name, "=Sheet1!$A$1");
          await context.sync();
        })
      );
    expect(await add("Corte")).toBe("no error");
    expect(await add("CORTE")).toBe("ItemAlreadyExists");
    for (const bad of ["R1C1", "B7", "1Corte", "con espacio", ""])
      expect(await add(bad)).toBe("InvalidArgument");
  });

  test("a request over the payload limit is refused whole", async () => {
    const { excel, run } = fake({ payloadLimit: 10_000 });
    expect(
      await officeCode(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          sheet.getRange("A1").values = [["small"]];
          sheet.getRange("A2:A1001").values = Array.from({ length: 1000 }, () => ["0123456789"]);
          await context.sync();
        })
      )
    ).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.dump("Sheet1")).toEqual({});
  });

  test("it counts syncs and the bytes of each request", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["x".repeat(1000)]];
      await context.sync();
      sheet.getRange("A2").values = [[1]];
      await context.sync();
    });
    expect(excel.syncCount).toBe(2);
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(1000);
    expect(excel.syncs[1].requestBytes).toBeLessThan(400);
    expect(excel.totalRequestBytes).toBe(excel.syncs[0].requestBytes + excel.syncs[1].requestBytes);
  });

  test("a failure injected at the k-th sync runs the first half of its commands, then throws", async () => {
    const { excel, run } = fake();
    excel.failAtSync(2);
    const code = await officeCode(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        await context.sync();
        for (const address of ["A2", "A3", "A4", "A5"]) sheet.getRange(address).values = [[2]];
        await context.sync();
      })
    );
    expect(code).toBe("GeneralException");
    expect(excel.dump("Sheet1")).toEqual({ A1: 1, A2: 2, A3: 2 });
  });

  test("strings are typed in as Excel types them: =, +, -, @ make formulas; numbers, percents, booleans convert", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:H1").values = [
        ['=HYPERLINK("x")', "+57 300", "-", "@x", "80%", "1,000", "TRUE", "'0,8"],
      ];
      await context.sync();
    });
    expect(excel.dump("Sheet1")).toEqual({
      A1: '=HYPERLINK("x")',
      B1: "=+57 300",
      C1: "=-",
      D1: "=@x",
      E1: 0.8,
      F1: 1000,
      G1: true,
      H1: "0,8", // the apostrophe is swallowed
    });
  });

  test("a reference binds to the sheet it names: it follows a rename and becomes #REF! on delete or when missing", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Datos");
      const first = sheets.getItem("Sheet1");
      first.getRange("A1:B1").formulas = [["='Datos'!A1", "='Falta'!A1"]];
      await context.sync();
      sheets.getItem("Datos").name = "Nuevos";
      await context.sync();
      expect(excel.dump("Sheet1")).toEqual({ A1: "='Nuevos'!A1", B1: "=#REF!" });
      sheets.getItem("Nuevos").delete();
      await context.sync();
    });
    expect(excel.dump("Sheet1")).toEqual({ A1: "=#REF!", B1: "=#REF!" });
  });

  test("a very hidden sheet cannot be deleted, and the last visible sheet cannot be hidden", async () => {
    const { run } = fake();
    expect(
      await officeCode(
        run(async (context) => {
          const hidden = context.workbook.worksheets.add("Oculta");
          hidden.visibility = "VeryHidden";
          await context.sync();
          hidden.delete();
          await context.sync();
        })
      )
    ).toBe("InvalidOperation");
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
          await context.sync();
        })
      )
    ).toBe("InvalidOperation");
  });

  test("errors are shaped like OfficeExtension.Error", async () => {
    const { run } = fake();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Nope").delete();
      await expect(context.sync()).rejects.toMatchObject({
        name: "RichApi.Error",
        code: "ItemNotFound",
        message: expect.stringContaining("Nope"),
        debugInfo: { code: "ItemNotFound" },
      });
    });
  });

  // ---- rules learnt from real Excel (issue 16); each rule's source is cited where the fake implements it ----

  test("a response over the limit is refused (ResponsePayloadSizeLimitExceeded) and its loads stay unread", async () => {
    const { excel, run } = fake({ responseLimit: 1000 });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").values = Array.from(
        { length: 10 },
        () => ["ó".repeat(50)]
      );
      await context.sync();
    });
    let range: ExcelRange | undefined;
    expect(
      await officeCode(
        run(async (context) => {
          range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").load(["values"]);
          await context.sync();
        })
      )
    ).toBe("ResponsePayloadSizeLimitExceeded");
    // 10 cells of 50 two-byte characters: 10 × (100 + 2 quotes) + 10 × 2 brackets + 9 commas + 2 = 1,051 bytes.
    expect(excel.syncs[excel.syncs.length - 1].responseBytes).toBe(1051);
    expect(() => range?.values).toThrow(/not available/);
  });

  test("request bytes are UTF-8 JSON with the command's object path and one Instantiate action per object", async () => {
    const { excel, run } = fake();
    excel.resetCounters();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["ó".repeat(100)]];
      await context.sync();
    });
    // Envelope 200 + the command ["worksheets.getItem(Sheet1).getRange(A1)","values",[[["ó"×100]]]] = 261 bytes
    // (ó is 2 bytes) + 1 separator + Instantiate 60 + the 39-byte path.
    expect(excel.syncs[0].requestBytes).toBe(561);
  });

  test("formulas on other sheets follow a renamed sheet and table, and become #REF! when they are deleted", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const data = sheets.add("Datos");
      data.getRange("A1:B3").values = [
        ["Meta", "Peso"],
        [1, 2],
        [3, 4],
      ];
      data.tables.add("A1:B3", true).name = "T_Datos";
      const mine = sheets.add("Mio");
      mine.getRange("A1:B1").formulas = [["='Datos'!B2", "=SUM(T_Datos[Peso])"]];
      await context.sync();
      sheets.getItem("Datos").name = "Datos2";
      context.workbook.tables.getItemOrNullObject("T_Datos").name = "T_Otra";
      await context.sync();
    });
    expect(excel.dump("Mio")).toEqual({ A1: "='Datos2'!B2", B1: "=SUM(T_Otra[Peso])" });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Datos2").delete();
      await context.sync();
    });
    expect(excel.dump("Mio")).toEqual({ A1: "=#REF!", B1: "=SUM(#REF!)" });
  });

  test("deleting a name turns the formulas that use it to #NAME?; NamedItem.formula changes it in place", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[0.8]];
      context.workbook.names.add("Umbral", "='Sheet1'!$A$1");
      await context.sync();
      sheet.getRange("B1:C1").formulas = [["=Umbral*2", "=Umbral2*2"]];
      await context.sync();
      context.workbook.names.getItemOrNullObject("Umbral").formula = "='Sheet1'!$A$2";
      await context.sync();
    });
    expect(excel.sheet("Sheet1").cell(0, 1)).toMatchObject({ f: "=Umbral*2", v: "" });
    expect(excel.model.nameByKey("Umbral")?.formula).toBe("='Sheet1'!$A$2");
    await run(async (context) => {
      context.workbook.names.getItemOrNullObject("Umbral").delete();
      await context.sync();
    });
    expect(excel.sheet("Sheet1").cell(0, 1)).toMatchObject({
      f: "=Umbral*2",
      v: "#NAME?",
      error: true,
    });
    expect(excel.sheet("Sheet1").cell(0, 2)?.v).toBe(""); // Umbral2 is another name
  });

  test("unprotecting an unprotected sheet, or protecting a protected one, is AccessDenied (office-js#6784)", async () => {
    const { run } = fake();
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
          await context.sync();
        })
      )
    ).toBe("AccessDenied");
    expect(
      await officeCode(
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          sheet.protection.protect();
          sheet.protection.protect();
          await context.sync();
        })
      )
    ).toBe("AccessDenied");
  });

  test("workbook structure protection refuses adding, renaming, moving, hiding and deleting sheets", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      context.workbook.worksheets.add("Otra");
      await context.sync();
    });
    excel.model.structureProtected = true;
    const attempts: ((context: ExcelContext) => void)[] = [
      (context) => context.workbook.worksheets.add("Nueva"),
      (context) => (context.workbook.worksheets.getItem("Otra").name = "Renombrada"),
      (context) => (context.workbook.worksheets.getItem("Otra").position = 0),
      (context) => (context.workbook.worksheets.getItem("Otra").visibility = "Hidden"),
      (context) => context.workbook.worksheets.getItem("Otra").delete(),
    ];
    for (const attempt of attempts)
      expect(
        await officeCode(
          run(async (context) => {
            attempt(context);
            await context.sync();
          })
        )
      ).toBe("AccessDenied");
    let loaded: boolean | undefined;
    await run(async (context) => {
      context.workbook.protection.load("protected");
      await context.sync();
      loaded = context.workbook.protection.protected;
    });
    expect(loaded).toBe(true);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Otra"]);
  });

  test("a formula written into one cell of an empty table column fills the column; a three-row write does not", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B4").values = [
        ["Valor", "Doble"],
        [1, ""],
        [2, ""],
        [3, ""],
      ];
      sheet.tables.add("A1:B4", true);
      await context.sync();
      sheet.getRange("B2").formulas = [["=A2*2"]];
      await context.sync();
    });
    expect(excel.dump("Sheet1")).toMatchObject({ B2: "=A2*2", B3: "=A2*2", B4: "=A2*2" });
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B4").values = [[""], [""], [""]];
      await context.sync();
      sheet.getRange("B2:B4").formulas = [["=A2*2"], [""], [""]];
      await context.sync();
    });
    const cells = excel.dump("Sheet1");
    expect(cells.B2).toBe("=A2*2");
    expect(cells.B3).toBeUndefined();
    expect(cells.B4).toBeUndefined();
  });

  test("a text constant in a formula holds at most 255 characters, a formula at most 8,192", async () => {
    const { excel, run } = fake();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [
        [`="${"x".repeat(255)}"`],
      ];
      await context.sync();
    });
    expect(excel.dump("Sheet1").A1).toBe(`="${"x".repeat(255)}"`);
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A2").formulas = [
            [`="${"x".repeat(256)}"`],
          ];
          await context.sync();
        })
      )
    ).toBe("InvalidArgument");
    const long = `=${Array.from({ length: 2731 }, () => "A1").join("+")}`; // 1 + 2,731 × 2 + 2,730 = 8,193
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A3").formulas = [[long]];
          await context.sync();
        })
      )
    ).toBe("InvalidArgument");
    expect(long.length).toBe(8193);
  });

  test("freeze panes on a hidden sheet are refused (office-js#1463)", async () => {
    const { run } = fake();
    expect(
      await officeCode(
        run(async (context) => {
          const hidden = context.workbook.worksheets.add("Oculta");
          hidden.visibility = "Hidden";
          hidden.freezePanes.freezeRows(1);
          await context.sync();
        })
      )
    ).toBe("InvalidOperation");
  });

  test("onChanged: the add-in's writes come as ThisLocalAddin while events are on, a user's as Unknown; a drop-down choice on the web raises nothing (office-js#4066)", async () => {
    const web = new FakeExcel();
    const events: string[] = [];
    await web.changeApi.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        events.push(String(event.triggerSource));
      });
      await context.sync();
    });
    await web.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["y"]];
      await context.sync();
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(["ThisLocalAddin"]);
    expect(web.writesWhileWatched).toBe(2);
    await web.userEdit("Sheet1", "B1", "typed");
    await web.userEdit("Sheet1", "B2", "picked", { dropdown: true });
    expect(events).toEqual(["ThisLocalAddin", "Unknown"]);
    expect(web.dump("Sheet1")).toMatchObject({ B1: "typed", B2: "picked" });

    const desktop = new FakeExcel({ platform: "desktop" });
    const seen: string[] = [];
    await desktop.changeApi.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        seen.push(String(event.triggerSource));
      });
      await context.sync();
    });
    await desktop.userEdit("Sheet1", "B2", "picked", { dropdown: true });
    expect(seen).toEqual(["Unknown"]);
  });

  test("a change handler is removed by a batch on the context that added it", async () => {
    const excel = new FakeExcel();
    const registration = await excel.changeApi.run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add(async () => undefined);
      await context.sync();
      return added;
    });
    expect(excel.model.changeHandlers.size).toBe(1);
    // Removed in another batch: the command is queued on the registration's own context, never sent.
    await excel.changeApi.run(async (context) => {
      await context.sync();
    });
    expect(excel.model.changeHandlers.size).toBe(1);
    await excel.changeApi.runOn(registration, async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(excel.model.changeHandlers.size).toBe(0);
  });

  test("a range's fill and validation load as one value: the value when uniform, null (MixedCriteria for a rule on some cells only) when not", async () => {
    const { excel, run } = fake();
    const read: unknown[] = [];
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").format.fill.color = "#FFFF00";
      sheet.getRange("B2:B3").dataValidation.rule = {
        list: { inCellDropDown: true, source: '="a,b"' },
      };
      sheet.getRange("C1").dataValidation.rule = {
        textLength: { formula1: 5, operator: "LessThan" },
      };
      await context.sync();
      const paths = ["format/fill/color", "dataValidation/type", "dataValidation/rule"];
      const ranges = ["A1:A2", "A1:A3", "B2:B3", "B1:B3", "B2:C3", "C1", "D1"].map((address) =>
        sheet.getRange(address).load(paths)
      );
      await context.sync();
      for (const range of ranges)
        read.push([range.format.fill.color, range.dataValidation.type, range.dataValidation.rule]);
    });
    expect(read).toEqual([
      ["#FFFF00", "None", null],
      [null, "None", null],
      ["#FFFFFF", "List", { list: { inCellDropDown: true, source: '="a,b"' } }],
      ["#FFFFFF", "MixedCriteria", null],
      ["#FFFFFF", "MixedCriteria", null],
      ["#FFFFFF", "TextLength", { textLength: { formula1: 5, operator: "LessThan" } }],
      ["#FFFFFF", "None", null],
    ]);
    expect(excel.syncCount).toBe(2);
  });

  test("DATE answers in the workbook's date system; use1904DateSystem (preview only) is refused", async () => {
    const answers: number[] = [];
    for (const date1904 of [false, true]) {
      const { run } = fake({ date1904 });
      await run(async (context) => {
        const result = context.workbook.functions.date(2000, 1, 1);
        result.load("value,error");
        expect(await officeCode(Promise.resolve().then(() => result.value))).toBe(
          "PropertyNotLoaded"
        );
        await context.sync();
        answers.push(result.value);
      });
    }
    // 1 Jan 2000 is 36526 in the 1900 system (OFFICEJS.md), 1,462 lower in the 1904 system.
    expect(answers).toEqual([36526, 35064]);
    const { run } = fake({ date1904: true });
    expect(
      await officeCode(
        run(async (context) => {
          (context.workbook as unknown as { load(names: string): void }).load("use1904DateSystem");
        })
      )
    ).toBe("ApiNotFound");
    // DATE before the fake's modelled range (Excel's 1900 leap-year bug lives there) is refused, not guessed.
    expect(
      await officeCode(
        run(async (context) => {
          context.workbook.functions.date(1900, 1, 1).load("value");
          await context.sync();
        })
      )
    ).toBe("InvalidArgument");
  });
});
