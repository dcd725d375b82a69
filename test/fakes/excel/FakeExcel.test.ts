/** The strict fake rejects what Excel rejects: one test per rule, each showing the wrong usage fail. */
import { ExcelContext } from "../../../src/shells/office/ExcelContext";
import { FakeExcel } from "./FakeExcel";

const officeCode = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return "no error";
};

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
});
