/**
 * `template --from-xlsx` and `generate --from-xlsx` over six plan matrices laid out as planning offices keep them
 * (ExcelJS, LibreOffice and openpyxl files, built at test time): each gives its hand-worked template and says what it
 * could not place; one is generated, filled and consolidated end to end.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { dateSerial } from "../../src/core/workbook/dateSerial";
import { loadWorkbook } from "../support/exceljs/workbookFile";
import { fillArea } from "../support/fillArea";
import { validRow } from "../support/filledPlan";
import { inspectWithOpenpyxl, InspectedWorkbook, cellsOf } from "../support/openpyxl";
import { cli } from "../support/runCli";
import { Layout, LAYOUTS, sheetCorpus } from "../support/sheetCorpus/buildSheetCorpus";
import {
  SHEET_CORPUS_EXPECTED,
  templateOutline,
  unplacedTail,
} from "../support/sheetCorpus/sheetCorpusExpected";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("template-from-xlsx");
const out = (name: string): string => path.join(dir, name);
let corpus: Record<Layout, string>;

beforeAll(async () => {
  // Shared with PlanFlowFromXlsx.test.tsx: built once per run.
  corpus = await sheetCorpus();
}, 180_000);

describe.each(LAYOUTS)("template --from-xlsx: layout %s", (layout) => {
  const expected = SHEET_CORPUS_EXPECTED[layout];

  it("writes the hand-worked template and shows what it read and could not place", async () => {
    const json = out(`${layout}.json`);
    const maps = expected.map.flatMap((entry) => ["--map", `${entry.header}=${entry.field}`]);
    const run = await cli(
      "template",
      "--from-xlsx",
      corpus[layout],
      "--year",
      "2025",
      ...maps,
      "--out",
      json
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const template = JSON.parse(readFileSync(json, "utf8"));
    expect(template.year).toBe(2025);
    expect(templateOutline(template)).toEqual({
      periods: expected.periods,
      macroprocesses: expected.macroprocesses,
    });
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => line.startsWith("Hoja «"))).toEqual(expected.sheets);
    expect(lines.filter((line) => line.startsWith("Hojas sin fila"))).toEqual(
      expected.skipped ? [expected.skipped] : []
    );
    const areas = expected.macroprocesses.flatMap((macroprocess) => macroprocess.areas);
    const objectives = areas.reduce((sum, area) => sum + area.objectives.length, 0);
    expect(unplacedTail(lines)).toEqual([
      ...expected.unplaced,
      `Plantilla escrita: ${json} — ${areas.length === 1 ? "1 área" : `${areas.length} áreas`}, ${objectives} objetivos.`,
    ]);
  });
});

describe("template --from-xlsx: choosing and mapping", () => {
  it("without the mapping, an area column titled in words nobody maps is reported, and the sheet is the area", async () => {
    const run = await cli("template", "--from-xlsx", corpus.extraColumns, "--year", "2025");
    expect(run.code).toBe(0);
    const template = JSON.parse(run.stdout);
    expect(template.macroprocesses).toEqual([
      {
        code: "I",
        name: "Institucional",
        areas: [
          {
            code: "H",
            name: "Hoja1",
            section: "1.1",
            objectives: [
              "Fortalecer las competencias del personal.",
              "Medir el clima laboral.",
              "Cerrar la vigencia sin rezagos.",
              "Objetivo sin dependencia asignada.",
            ],
          },
        ],
      },
    ]);
    expect(run.stderr.split("\n")).toContain(
      "  Hoja1, columna B «Unidad responsable» (encabezado no reconocido)"
    );
  });

  it("--map with a field's name or a header of it, and ignorar", async () => {
    const run = await cli(
      "template",
      "--from-xlsx",
      corpus.extraColumns,
      "--year",
      "2025",
      "--map",
      "unidad RESPONSABLE=area",
      "--map",
      "Observaciones del comité=ignorar"
    );
    expect(run.code).toBe(0);
    const lines = run.stderr.split("\n");
    expect(lines).toContain("  B «Unidad responsable» → Área (asignada)");
    expect(lines).toContain("  J «Observaciones del comité» → ignorada (asignada)");
    expect(lines).toContain(
      "  Hoja1, columna J «Observaciones del comité» (ignorada por la asignación)"
    );
  });

  it("--sheet reads one sheet only", async () => {
    const run = await cli(
      "template",
      "--from-xlsx",
      corpus.sheetPerArea,
      "--year",
      "2025",
      "--sheet",
      "comunicaciones"
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).macroprocesses).toEqual([
      {
        code: "I",
        name: "Institucional",
        areas: [
          {
            code: "C",
            name: "Comunicaciones",
            section: "1.1",
            objectives: ["Divulgar la gestión de la asociación."],
          },
        ],
      },
    ]);
  });

  it.each([
    [
      ["--sheet", "Resumen"],
      `${"$FILE"}: El libro no tiene una hoja «Resumen». Sus hojas son: Instrucciones, Dirección Jurídica, Comunicaciones. Indique una de ellas.`,
    ],
    [
      ["--map", "Proceso"],
      `${"$FILE"}: «Proceso» no es una asignación de columna. Escríbala como «Encabezado=campo», por ejemplo «Proceso=área».`,
    ],
    [
      ["--map", "Objetivo=meta anual2"],
      `${"$FILE"}: En «Objetivo=meta anual2», «meta anual2» no es un campo del plan. Use uno de: macroprocess, area, objective, id, activity, deliverable, indicator, indicatorFormula, unit, baseline, goal, weight, responsible, startDate, endDate, budget, evidence, observations, T1, T2, T3, T4, S1, S2, o «ignorar».`,
    ],
  ])("refuses %j in one line, exit 2, nothing written", async (args, message) => {
    const json = out(`refused-${args[0]}.json`);
    const run = await cli("template", "--from-xlsx", corpus.sheetPerArea, ...args, "--out", json);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").at(-1)).toBe(message.replace("$FILE", corpus.sheetPerArea));
    expect(() => readFileSync(json)).toThrow();
  });

  it("refuses --sheet without --from-xlsx, and two sources at once", async () => {
    const sheetAlone = await cli("template", "--sheet", "Plan");
    expect([sheetAlone.code, sheetAlone.stderr]).toEqual([
      2,
      "--sheet sirve solo con --from-xlsx ARCHIVO.xlsx (la matriz del año anterior de la que se toma la plantilla).",
    ]);
    const both = await cli(
      "generate",
      "--from-text",
      "plan.txt",
      "--from-xlsx",
      corpus.oneSheetRow1,
      "--out",
      out("both.xlsx")
    );
    expect([both.code, both.stderr]).toEqual([2, "Use --from-text o --from-xlsx, no ambas."]);
  });

  it("answers to the Spanish names, and names them back", async () => {
    const run = await cli(
      "plantilla",
      "--desde-xlsx",
      corpus.extraColumns,
      "--vigencia",
      "2025",
      "--mapa",
      "Unidad responsable=área"
    );
    expect(run.code).toBe(0);
    expect(
      JSON.parse(run.stdout).macroprocesses[0].areas.map((area: { code: string }) => area.code)
    ).toEqual(["TH", "GF"]);
    const refused = await cli("generar", "--llevar-filas", "--salida", out("nada.xlsx"));
    expect([refused.code, refused.stderr]).toEqual([
      2,
      "--llevar-filas sirve solo con --desde-xlsx ARCHIVO.xlsx (la matriz del año anterior de la que se toma la plantilla).",
    ]);
  });

  it("refuses a file that is not a workbook, saying what it is", async () => {
    const text = out("matriz.xlsx");
    writeFileSync(text, "Proceso;Objetivo\nDirección Jurídica;Mapear\n");
    const run = await cli("template", "--from-xlsx", text);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(text);
    expect(run.stderr.split("\n")).toHaveLength(1);
  });
});

describe("generate --from-xlsx, filled and consolidated end to end", () => {
  let consolidated: InspectedWorkbook;
  const plan = out("plan-2025.xlsx");

  beforeAll(async () => {
    const generated = await cli(
      "generate",
      "--from-xlsx",
      corpus.oneSheetRow1,
      "--year",
      "2025",
      "--out",
      plan
    );
    expect(generated.stderr).toBe("");
    expect(generated.code).toBe(0);
    expect(generated.stdout.split("\n").at(-1)).toBe(
      `Libro generado: ${plan} — vigencia 2025, 3 áreas, 4 objetivos.`
    );
    const dates = {
      [HEADERS.startDate]: { date: dateSerial(2025, 1, 15) },
      [HEADERS.endDate]: { date: dateSerial(2025, 12, 15) },
    };
    const workbook = await loadWorkbook(plan);
    fillArea(workbook, "DJ", [
      validRow("Elaborar el mapa", [1, 1, null, null], dates),
      validRow("Responder consultas", [1, 0, null, null], dates),
    ]);
    fillArea(workbook, "SG", [validRow("Hacer el inventario", [0, 0, null, null], dates)]);
    await workbook.xlsx.writeFile(out("plan-2025-filled.xlsx"));
    const run = await cli(
      "consolidate",
      out("plan-2025-filled.xlsx"),
      "--cutoff",
      "T2",
      "--out",
      out("plan-2025-consolidated.xlsx")
    );
    expect(run.code).toBe(0);
    consolidated = inspectWithOpenpyxl(out("plan-2025-consolidated.xlsx"), { values: true });
  }, 120_000);

  it("puts the imported structure and the filled rows in Matriz", () => {
    const sheet = consolidated.sheets.find((candidate) => candidate.name === "Matriz")!;
    const table = sheet.tables.find((candidate) => candidate.name === "T_Matriz")!;
    const cells = cellsOf(sheet);
    const [start, end] = table.ref.split(":");
    const top = Number(start.replace(/\D/g, ""));
    const bottom = Number(end.replace(/\D/g, ""));
    const column = (header: string): string =>
      String.fromCharCode(65 + table.headers.indexOf(header));
    const rows: unknown[][] = [];
    for (let row = top + 1; row <= bottom; row++)
      rows.push(
        ["ID", "Macroproceso", "Área", "Objetivo", "Actividad"].map(
          (header) => cells.get(`${column(header)}${row}`)?.value ?? null
        )
      );
    expect(rows).toEqual([
      [
        "DJ-01",
        "Misional",
        "Dirección Jurídica",
        "Mapear el litigio estratégico de las ciudades.",
        "Elaborar el mapa",
      ],
      [
        "DJ-02",
        "Misional",
        "Dirección Jurídica",
        "Asesorar jurídicamente a los asociados.",
        "Responder consultas",
      ],
      ["DE-01", "Misional", "Dirección de Estudios", "Acompañar la reforma tributaria.", null],
      [
        "SG-01",
        "Apoyo",
        "Secretaría General",
        "Gestionar los recursos físicos.",
        "Hacer el inventario",
      ],
    ]);
  });

  it("computes each row's semáforo at T2 on the consolidated plan", async () => {
    const run = await cli(
      "semaphore",
      out("plan-2025-consolidated.xlsx"),
      "--cutoff",
      "T2",
      "--json"
    );
    expect(run.code).toBe(0);
    const { rows } = JSON.parse(run.stdout) as {
      rows: {
        id: string;
        programmed: number | null;
        executed: number | null;
        compliance: number | null;
        band: string;
      }[];
    };
    // Programmed 1 per quarter: 2 by T2. DJ-01 executed 1 + 1 → 100 %; DJ-02 1 + 0 → 50 % (under 60 %: rojo);
    // SG-01 0 + 0 → 0 %; DE-01 was never filled: nothing programmed in any period, Sin diligenciar (SPEC §5).
    expect(
      rows.map(({ id, programmed, executed, compliance, band }) => [
        id,
        programmed,
        executed,
        compliance,
        band,
      ])
    ).toEqual([
      ["DJ-01", 2, 2, 1, "verde"],
      ["DJ-02", 2, 1, 0.5, "rojo"],
      ["DE-01", 0, 0, null, "sin-diligenciar"],
      ["SG-01", 2, 0, 0, "rojo"],
    ]);
  });

  // Last year's plan made by plan-matrix as this year's matrix: its area tabs say "Área: …" and "Macroproceso: …"
  // above their tables; its Matriz lists every row again.
  it("gives back the template it was made from, each row carried once", async () => {
    const source = out("plan-2025-consolidated.xlsx");
    const json = out("from-own-plan.json");
    const run = await cli("template", "--from-xlsx", source, "--year", "2026", "--out", json);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("Hoja"))).toEqual([
      "Hoja «1.1 Dirección Jurídica»: encabezados en la fila 7",
      "Hoja «1.2 Dirección de Estudios»: encabezados en la fila 7",
      "Hoja «2.1 Secretaría General»: encabezados en la fila 7",
      "Hoja «Matriz»: encabezados en la fila 4",
      "Hojas sin fila de encabezados (no leídas): Instrucciones, Configuración, Resumen, Tablero, Informe, Registro",
    ]);
    expect(templateOutline(JSON.parse(readFileSync(json, "utf8")))).toEqual({
      periods: "T",
      macroprocesses: SHEET_CORPUS_EXPECTED.oneSheetRow1.macroprocesses,
    });
    const plan = out("plan-2026.xlsx");
    const generated = await cli(
      "generate",
      "--from-xlsx",
      source,
      "--year",
      "2026",
      "--carry-rows",
      "--out",
      plan
    );
    expect(generated.code).toBe(0);
    // DJ's two filled rows, DE's objective without activity, SG's row: once each, not again from Matriz.
    expect(generated.stdout.split("\n").at(-1)).toBe(
      "4 filas traídas de la matriz (actividades, indicadores, metas, responsables, programación)."
    );
  }, 60_000);
});

describe("generate --from-xlsx --carry-rows", () => {
  /** The area table's rows as [header → value] for the headers asked, read back by openpyxl. */
  function areaRows(workbook: InspectedWorkbook, code: string, headers: string[]): unknown[][] {
    const sheet = workbook.sheets.find((candidate) =>
      candidate.tables.some((table) => table.name === `T_${code}`)
    )!;
    const table = sheet.tables.find((candidate) => candidate.name === `T_${code}`)!;
    const cells = cellsOf(sheet);
    const [start, end] = table.ref.split(":");
    const top = Number(start.replace(/\D/g, ""));
    const bottom = Number(end.replace(/\D/g, ""));
    const letter = (index: number): string =>
      (index >= 26 ? String.fromCharCode(64 + Math.floor(index / 26)) : "") +
      String.fromCharCode(65 + (index % 26));
    const rows: unknown[][] = [];
    for (let row = top + 1; row <= bottom; row++)
      rows.push(
        headers.map(
          (header) => cells.get(`${letter(table.headers.indexOf(header))}${row}`)?.value ?? null
        )
      );
    return rows;
  }

  it("starts each tab from the matrix's rows: one per activity, what they planned, by quarter", async () => {
    const plan = out("carried-quarters.xlsx");
    const run = await cli(
      "generate",
      "--from-xlsx",
      corpus.oneSheetRow1,
      "--year",
      "2025",
      "--carry-rows",
      "--out",
      plan
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").at(-1)).toBe(
      "5 filas traídas de la matriz (actividades, indicadores, metas, responsables, programación)."
    );
    const workbook = inspectWithOpenpyxl(plan);
    const headers = [
      "ID",
      "Objetivo",
      "Actividad",
      "Indicador",
      "Meta",
      "Responsable",
      "Programado T1",
      "Programado T2",
      "Programado T3",
      "Programado T4",
      "Ejecutado T1",
    ];
    expect(areaRows(workbook, "DJ", headers)).toEqual([
      [
        "DJ-01",
        "Mapear el litigio estratégico de las ciudades.",
        "Elaborar el mapa",
        "Mapa elaborado",
        1,
        "Directora jurídica",
        0,
        1,
        0,
        0,
        null,
      ],
      [
        "DJ-02",
        "Mapear el litigio estratégico de las ciudades.",
        "Actualizar el mapa",
        "Actualizaciones",
        2,
        "Directora jurídica",
        0,
        1,
        0,
        1,
        null,
      ],
      [
        "DJ-03",
        "Asesorar jurídicamente a los asociados.",
        "Responder consultas",
        "Consultas respondidas",
        40,
        "Abogado",
        10,
        10,
        10,
        10,
        null,
      ],
    ]);
    expect(areaRows(workbook, "SG", headers)).toEqual([
      [
        "SG-01",
        "Gestionar los recursos físicos.",
        "Hacer el inventario",
        "Inventario hecho",
        1,
        "Secretario general",
        0,
        0,
        0,
        1,
        null,
      ],
    ]);
  });

  it("by semester, a row that goes on with the objective above keeps it; weights stay fractions", async () => {
    const plan = out("carried-semesters.xlsx");
    const run = await cli(
      "generate",
      "--from-xlsx",
      corpus.sheetPerArea,
      "--year",
      "2025",
      "--carry-rows",
      "--out",
      plan
    );
    expect(run.code).toBe(0);
    const workbook = inspectWithOpenpyxl(plan);
    expect(
      areaRows(workbook, "DJ", [
        "ID",
        "Objetivo",
        "Actividad",
        "Meta",
        "Programado S1",
        "Programado S2",
      ])
    ).toEqual([
      [
        "DJ-01",
        "Defender los intereses de las ciudades ante las cortes.",
        "Intervenir en procesos",
        6,
        3,
        3,
      ],
      [
        "DJ-02",
        "Defender los intereses de las ciudades ante las cortes.",
        "Presentar demandas",
        2,
        1,
        1,
      ],
      ["DJ-03", "Fortalecer la clínica jurídica.", "Abrir convocatoria", 1, 1, 0],
    ]);
    const weights = inspectWithOpenpyxl(await generated(corpus.titleBlockMerged));
    expect(areaRows(weights, "SS", ["ID", "Actividad", "Ponderación"])).toEqual([
      ["SS-01", "Jornadas de vacunación", 0.4],
      ["SS-02", "Vacunación casa a casa", 0.3],
      ["SS-03", "Tomar muestras", 0.3],
    ]);
  });

  async function generated(source: string): Promise<string> {
    const plan = out(`carried-${path.basename(source)}`);
    const run = await cli(
      "generate",
      "--from-xlsx",
      source,
      "--year",
      "2025",
      "--carry-rows",
      "--out",
      plan
    );
    expect(run.code).toBe(0);
    return plan;
  }

  it("refuses --carry-rows without --from-xlsx", async () => {
    const run = await cli("generate", "--carry-rows", "--out", out("no.xlsx"));
    expect([run.code, run.stderr]).toEqual([
      2,
      "--carry-rows sirve solo con --from-xlsx ARCHIVO.xlsx (la matriz del año anterior de la que se toma la plantilla).",
    ]);
  });
});
