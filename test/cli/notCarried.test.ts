/**
 * `import`, `consolidate --import` and `upgrade` rebuild an area tab from the template: links on cells whose values
 * are not carried (computed cells, the title block), objects drawn over the sheet and formatted runs are not carried,
 * and each command names them per sheet, with the first cells, in whole sentences saying what to do, in Spanish and
 * in English. They are said, not recorded in `Registro`. The
 * area file is made by openpyxl with hand-edited XML (`addSheetExtras`); outputs are read back by openpyxl and
 * LibreOffice.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { Template } from "../../src/core/template/Template";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { inspectWithOpenpyxl } from "../support/openpyxl";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { addSheetExtras } from "../support/sheetExtras";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("notCarried");
const file = (name: string): string => path.join(dir, name);
const DJ = "3.1 Dirección Jurídica";

/** The lines of a run's stdout and stderr. */
const linesOf = (run: { stdout: string; stderr: string }): string[] => [
  ...run.stdout.split("\n"),
  ...run.stderr.split("\n"),
];

beforeAll(async () => {
  process.env.PLAN_MATRIX_TODAY = "2021-07-10";
  const template = sampleTemplate();
  await (await filledPlanWorkbook(template, {})).xlsx.writeFile(file("empty.xlsx"));
  const area = await filledPlanWorkbook(template, {
    DJ: [validRow("Asesorar", [1, 1]), validRow("Conciliar", [1, 1])],
  });
  await area.xlsx.writeFile(file("area-plain.xlsx"));
  addSheetExtras(file("area-plain.xlsx"), file("area.xlsx"), "T_DJ", {
    // Y8 is carried with its text (test/cli/carriedLinks.test.ts); AD8 and AD9 are computed cells, rebuilt.
    links: ["Y8", "AD8", "AD9"],
    chartAt: "AH2",
    rich: ["Z8"],
  });
  // The plan's own DJ tab with a link the planning office put on its title block, which the layout writes again.
  addSheetExtras(file("empty.xlsx"), file("plan-link.xlsx"), "T_DJ", { links: ["A2"] });
  writeFileSync(file("v2.json"), JSON.stringify({ ...template, templateVersion: 2 } as Template));
});
afterAll(() => {
  delete process.env.PLAN_MATRIX_TODAY;
});

describe("import", () => {
  it("names the area file's links, chart and formatted runs, per sheet, in Spanish", async () => {
    const area = file("area.xlsx");
    const run = await cli("import", file("empty.xlsx"), area, "--out", file("imported.xlsx"));
    expect(run.code).toBe(0);
    expect(linesOf(run)).toEqual(
      expect.arrayContaining([
        `· «${area}», hoja «${DJ}»: los 2 vínculos de AD8, AD9 no pasaron a la pestaña «${DJ}» del área DJ: los vínculos pasan con el valor de su celda, y esas celdas no se importan (fuera de las filas de la tabla, en una columna calculada o vacía). «${area}» los conserva: vuelva a ponerlos a mano en la celda que corresponda (Insertar › Vínculo) o escriba la dirección en el texto de la celda.`,
        `· «${area}», hoja «${DJ}»: el objeto dibujado sobre la hoja (gráficos: 1) no pasó a la pestaña «${DJ}» del área DJ, que se reconstruye al importar. Cópielo desde «${area}» si lo necesita.`,
        `· «${area}», hoja «${DJ}»: la celda Z8 tenía texto con formato propio (negrilla, color dentro de la celda); el texto pasó a la pestaña «${DJ}» del área DJ, pero sin ese formato. Vuelva a aplicarlo a mano si lo necesita.`,
      ])
    );
  });

  it("says them in English, and names a link the plan's own tab lost", async () => {
    const area = file("area.xlsx");
    const run = await cli(
      "import",
      file("plan-link.xlsx"),
      area,
      "--out",
      file("imported-en.xlsx"),
      "--lang",
      "en"
    );
    expect(run.code).toBe(0);
    expect(linesOf(run)).toEqual(
      expect.arrayContaining([
        `· “${area}”, sheet “${DJ}”: the 2 links on AD8, AD9 were not carried into tab “${DJ}” of area DJ: links go with their cell's value, and those cells are not imported (outside the table's rows, in a computed column or empty). “${area}” keeps them: put them back by hand on the right cell (Insert › Link) or write the address in the cell's text.`,
        `· “${area}”, sheet “${DJ}”: the object drawn over the sheet (charts: 1) was not carried into tab “${DJ}” of area DJ, which is rebuilt on import. Copy it from “${area}” if you need it.`,
        `· “${area}”, sheet “${DJ}”: cell Z8 had text with formatting of its own (bold, colour within the cell); the text was carried into tab “${DJ}” of area DJ, but without that formatting. Apply it again by hand if you need it.`,
        `· Tab “${DJ}” of area DJ had a link on A2, which was lost when the tab was rebuilt to import “${area}” (its cell takes what the file brings or what the template writes); the input workbook keeps it. Put it back by hand (Insert › Link) or write the address in the cell's text.`,
      ])
    );
  });

  it("a file without them gets no such line", async () => {
    const run = await cli(
      "import",
      file("empty.xlsx"),
      file("area-plain.xlsx"),
      "--out",
      file("imported-plain.xlsx")
    );
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/vínculo|dibujado|formato propio/);
  });

  it("does not record them in Registro, and the output opens in openpyxl and LibreOffice", () => {
    const [saved] = recalculateWithLibreOffice([file("imported.xlsx")], path.join(dir, "lo"));
    for (const output of [file("imported.xlsx"), saved]) {
      const registro = inspectWithOpenpyxl(output).sheets.find(
        (sheet) => sheet.name === "Registro"
      );
      const texts = (registro?.cells ?? []).map((cell) => String(cell.value));
      expect(texts.some((text) => text.includes("el área DJ se importó a su pestaña"))).toBe(true);
      expect(texts.filter((text) => /vínculo|dibujado|formato propio/.test(text))).toEqual([]);
    }
  });
});

it("consolidate --import names them too", async () => {
  const area = file("area.xlsx");
  const run = await cli(
    "consolidate",
    file("empty.xlsx"),
    "--import",
    area,
    "--out",
    file("consolidated.xlsx")
  );
  expect(linesOf(run)).toContain(
    `· «${area}», hoja «${DJ}»: los 2 vínculos de AD8, AD9 no pasaron a la pestaña «${DJ}» del área DJ: los vínculos pasan con el valor de su celda, y esas celdas no se importan (fuera de las filas de la tabla, en una columna calculada o vacía). «${area}» los conserva: vuelva a ponerlos a mano en la celda que corresponda (Insertar › Vínculo) o escriba la dirección en el texto de la celda.`
  );
});

describe("upgrade", () => {
  it("names the tab's links, chart and formatted runs in Spanish", async () => {
    const run = await cli(
      "upgrade",
      file("area.xlsx"),
      "--template",
      file("v2.json"),
      "--out",
      file("upgraded.xlsx")
    );
    expect(run.code).toBe(0);
    expect(linesOf(run)).toEqual(
      expect.arrayContaining([
        `⚠ En «${DJ}» los 2 vínculos de AD8, AD9 no pasaron al libro actualizado: la pestaña se reconstruye con la nueva plantilla y los vínculos pasan con el valor de su celda, pero esas celdas no lo conservan (un encabezado, una columna calculada o una celda vacía). El archivo original los conserva: vuelva a ponerlos a mano en la celda que corresponda (Insertar › Vínculo) o escriba la dirección en el texto de la celda.`,
        `⚠ En «${DJ}» el objeto dibujado sobre la hoja (gráficos: 1) no pasó al libro actualizado (la pestaña se reconstruye con la nueva plantilla), y el archivo original lo conserva. Cópielo desde él a la pestaña nueva si lo necesita.`,
        `⚠ En «${DJ}» la celda Z8 tenía texto con formato propio (negrilla, color dentro de la celda): el texto pasó al libro actualizado, pero sin ese formato, que el archivo original conserva. Vuelva a aplicarlo a mano si lo necesita.`,
      ])
    );
  });

  it("says them in English", async () => {
    const run = await cli(
      "upgrade",
      file("area.xlsx"),
      "--template",
      file("v2.json"),
      "--out",
      file("upgraded-en.xlsx"),
      "--lang",
      "en"
    );
    expect(linesOf(run)).toEqual(
      expect.arrayContaining([
        `⚠ In “${DJ}”, the 2 links on AD8, AD9 were not carried into the upgraded workbook: the tab is rebuilt from the new template and links go with their cell's value, but those cells do not keep it (a header, a computed column or an empty cell). The original file keeps them: put them back by hand on the right cell (Insert › Link) or write the address in the cell's text.`,
        `⚠ In “${DJ}”, the object drawn over the sheet (charts: 1) was not carried into the upgraded workbook (the tab is rebuilt from the new template), and the original file keeps it. Copy it from the original onto the new tab if you need it.`,
        `⚠ In “${DJ}”, cell Z8 had text with formatting of its own (bold, colour within the cell): the text was carried into the upgraded workbook, but without that formatting, which the original file keeps. Apply it again by hand if you need it.`,
      ])
    );
  });

  it("the upgraded workbook opens in openpyxl and LibreOffice with the typed text kept", () => {
    const [saved] = recalculateWithLibreOffice([file("upgraded.xlsx")], path.join(dir, "lo-up"));
    for (const output of [file("upgraded.xlsx"), saved]) {
      const tab = inspectWithOpenpyxl(output).sheets.find((sheet) => sheet.name === DJ);
      const cells = new Map((tab?.cells ?? []).map((cell) => [cell.address, cell.value]));
      expect(cells.get("Z8")).toBe("Logro: acta firmada (pendiente)");
      expect(cells.get("Y8")).toBe("Actas en la carpeta compartida");
    }
  });
});
