/**
 * The import of area workbooks into their tabs as a pure step (SPEC §6): what is a conflict, what is recorded as
 * replaced, and the snapshot the later steps of the same write read.
 */
import { planAreaImport } from "../../../src/core/import/planAreaImport";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { buildSnapshot, SnapshotRows } from "../../support/buildSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";

const TODAY = "2021-07-05";
const template = sampleTemplate();
const plan = (rows: SnapshotRows = {}): WorkbookSnapshot => buildSnapshot(template, rows);
const typed = (activity: string) => ({ [HEADERS.activity]: activity, [HEADERS.goal]: 4 });
const activities = (snapshot: WorkbookSnapshot, table: string): unknown[] => {
  const found = snapshot.tables.find((candidate) => candidate.name === table)!;
  const index = found.headers.indexOf(HEADERS.activity);
  return found.rows.map((row) => ("value" in row[index] ? row[index].value : null));
};

it("imports into an untouched tab without a conflict, and the snapshot after reads the file's rows", () => {
  const result = planAreaImport({
    snapshot: plan(),
    files: [{ file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear"), typed("Asesorar")] }) }],
    today: TODAY,
  });
  expect([result.refused, result.conflicts, result.replaced]).toEqual([false, [], []]);
  expect(result.imported.map((area) => [area.area, area.rows, area.replaced])).toEqual([
    ["DJ", 2, 0],
  ]);
  expect(result.patch.sheets.map((sheet) => sheet.name)).toEqual([
    result.imported[0].sheet,
    "Registro",
  ]);
  expect(activities(result.after, "T_DJ")).toEqual(["Mapear", "Asesorar"]);
});

it("a tab with typed values that differ is a conflict: nothing to write until replace or keep", () => {
  const snapshot = plan({ DJ: [typed("Mapear"), typed("Propia")] });
  const files = [{ file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear"), typed("Asesorar")] }) }];
  const refused = planAreaImport({ snapshot, files, today: TODAY });
  expect(refused.refused).toBe(true);
  expect(refused.patch.sheets).toEqual([]);
  expect(refused.after).toBe(snapshot);
  // DJ-01 is the same in both; DJ-02's activity is the one value typed in the tab that the file would change.
  expect(
    refused.conflicts.map((conflict) =>
      conflict.kind === "tabDiffers"
        ? [conflict.area, conflict.differences.map((d) => [d.id, d.column, d.before, d.after])]
        : null
    )
  ).toEqual([["DJ", [["DJ-02", HEADERS.activity, "Propia", "Asesorar"]]]]);

  const replaced = planAreaImport({ snapshot, files, replace: ["dj"], today: TODAY });
  expect(replaced.replaced).toEqual([
    {
      id: "DJ-02",
      area: "DJ",
      column: HEADERS.activity,
      before: "Propia",
      after: "Asesorar",
      file: "dj.xlsx",
      on: TODAY,
    },
  ]);
  // The after-snapshot's Registro table holds it, as the consolidation in the same write will read it.
  const log = replaced.after.tables.find((table) => table.name === "T_Reemplazos")!;
  expect(
    log.rows.map((row) =>
      row.map((cell) => ("value" in cell ? cell.value : cell.kind === "date" ? cell.serial : null))
    )
  ).toEqual([
    // 5 July 2021 as a date: 44197 (1 January) + 185 days.
    ["DJ", "dj.xlsx", "DJ-02", HEADERS.activity, "Propia", "Asesorar", 44382],
  ]);

  const kept = planAreaImport({ snapshot, files, keep: ["DJ"], today: TODAY });
  expect([kept.refused, kept.imported, kept.patch.sheets]).toEqual([false, [], []]);
  // SGR and CI are unfilled in the copy: ignored, and said.
  expect(kept.findings.map((finding) => [finding.code, finding.area])).toEqual([
    ["import.noData", "SGR"],
    ["import.noData", "CI"],
    ["import.kept", "DJ"],
  ]);
});

it("a row the tab has and the file does not is replaced by nothing, and recorded", () => {
  const result = planAreaImport({
    snapshot: plan({ DJ: [typed("Mapear"), typed("Asesorar")] }),
    files: [{ file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear")] }) }],
    replace: ["DJ"],
    today: TODAY,
  });
  // The file's DJ-02 holds only the generated defaults: its Actividad and Meta are gone from the tab.
  expect(
    result.replaced.map((value) => [value.id, value.column, value.before, value.after])
  ).toEqual([
    ["DJ-02", HEADERS.activity, "Asesorar", null],
    ["DJ-02", HEADERS.goal, 4, null],
  ]);
});

it("two files for one area are never merged, even with replace; a stale file is left out, the rest imported", () => {
  const two = planAreaImport({
    snapshot: plan(),
    files: [
      { file: "a.xlsx", snapshot: plan({ DJ: [typed("A")] }) },
      { file: "b.xlsx", snapshot: plan({ DJ: [typed("B")] }) },
    ],
    replace: ["DJ"],
    today: TODAY,
  });
  expect(two.refused).toBe(true);
  expect(two.conflicts).toEqual([
    {
      kind: "twoFiles",
      area: "DJ",
      name: template.macroprocesses[0].areas[0].name,
      files: ["a.xlsx", "b.xlsx"],
    },
  ]);

  const stale = planAreaImport({
    snapshot: plan(),
    files: [
      {
        file: "v2.xlsx",
        snapshot: buildSnapshot(sampleTemplate({ templateVersion: 2 }), { SGR: [typed("S")] }),
      },
      { file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear")] }) },
    ],
    today: TODAY,
  });
  expect(stale.refused).toBe(false);
  expect(stale.imported.map((area) => area.area)).toEqual(["DJ"]);
  expect(
    stale.findings
      .filter((finding) => finding.severity === "conflict")
      .map((finding) => [finding.code, finding.area, finding.file])
  ).toEqual([["import.staleVersion", "SGR", "v2.xlsx"]]);
});

it("keeps T_Historial in the Registro it re-lays, row for row", () => {
  const snapshot = plan();
  const date = (serial: number) => ({ kind: "date" as const, serial });
  snapshot.sheets.push({ name: "Registro", visibility: "visible" });
  snapshot.tables.push({
    name: "T_Historial",
    sheet: "Registro",
    headerRow: 30,
    firstColumn: 1,
    headers: ["Corte", "Fecha", "Código", "Área", "% Cumplimiento", "Semáforo"],
    rows: [
      [
        { kind: "text", value: "T1" },
        // 12 April 2021: 44197 (1 January) + 101 days.
        date(44298),
        { kind: "text", value: "DJ" },
        { kind: "text", value: "Dirección Jurídica" },
        { kind: "number", value: 0.75 },
        { kind: "text", value: "Amarillo" },
      ],
      [
        { kind: "text", value: "T1" },
        date(44298),
        { kind: "empty" },
        { kind: "text", value: "Institución" },
        { kind: "empty" },
        { kind: "text", value: "Sin diligenciar" },
      ],
    ],
  });
  const result = planAreaImport({
    snapshot,
    files: [{ file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear")] }) }],
    today: TODAY,
  });
  const registro = result.patch.sheets.find((sheet) => sheet.name === "Registro")!;
  const history = registro.tables.find((table) => table.name === "T_Historial")!;
  expect(history.headers).toEqual([
    "Corte",
    "Fecha",
    "Código",
    "Área",
    "% Cumplimiento",
    "Semáforo",
  ]);
  expect(history.rows).toEqual([
    ["T1", { date: 44298 }, "DJ", "Dirección Jurídica", 0.75, "Amarillo"],
    ["T1", { date: 44298 }, null, "Institución", null, "Sin diligenciar"],
  ]);
});

describe("a one-tab copy (SPEC §6): the area's tab alone, without the plan's stored template", () => {
  const oneTab = (snapshot: WorkbookSnapshot, table: string): WorkbookSnapshot => ({
    ...snapshot,
    sheets: snapshot.sheets.filter(
      (sheet) => sheet.name === snapshot.tables.find((each) => each.name === table)!.sheet
    ),
    tables: snapshot.tables.filter((each) => each.name === table),
    names: {},
    templateJson: undefined,
  });

  it("is taken by its table's name and columns, and says so", () => {
    const result = planAreaImport({
      snapshot: plan(),
      files: [
        {
          file: "dj.xlsx",
          snapshot: oneTab(plan({ DJ: [typed("Mapear"), typed("Asesorar")] }), "T_DJ"),
        },
      ],
      today: TODAY,
    });
    expect(result.imported.map((area) => [area.area, area.rows])).toEqual([["DJ", 2]]);
    expect(activities(result.after, "T_DJ")).toEqual(["Mapear", "Asesorar"]);
    expect(result.findings.map((finding) => [finding.code, finding.area])).toEqual([
      ["import.oneTab", "DJ"],
      ["import.used", "DJ"],
    ]);
  });

  it("is refused when its table lacks an input column of this plan's layout, which is named", () => {
    const copy = oneTab(plan({ DJ: [typed("Mapear")] }), "T_DJ");
    const renamed: WorkbookSnapshot = {
      ...copy,
      tables: copy.tables.map((table) => ({
        ...table,
        headers: table.headers.map((header) => (header === HEADERS.goal ? "Meta anual" : header)),
      })),
    };
    const result = planAreaImport({
      snapshot: plan(),
      files: [{ file: "dj.xlsx", snapshot: renamed }],
      today: TODAY,
    });
    expect([result.refused, result.imported]).toEqual([false, []]);
    expect(result.findings.map((finding) => [finding.code, finding.params])).toEqual([
      [
        "import.oneTabColumns",
        { file: "dj.xlsx", area: "DJ", table: "T_DJ", columns: HEADERS.goal },
      ],
    ]);
  });

  it("a file with neither the template nor an area table is still not a plan", () => {
    const result = planAreaImport({
      snapshot: plan(),
      files: [{ file: "x.xlsx", snapshot: { ...oneTab(plan(), "T_DJ"), tables: [] } }],
      today: TODAY,
    });
    expect(result.findings.map((finding) => finding.code)).toEqual(["import.notPlan"]);
  });
});

it("refuses an area whose file has cells typed below its table, even an empty table's: they would be lost", () => {
  const withBelow = (snapshot: WorkbookSnapshot): WorkbookSnapshot => ({
    ...snapshot,
    tables: snapshot.tables.map((table) =>
      table.name === "T_DJ"
        ? { ...table, filledBelow: { top: 11, left: 3, bottom: 11, right: 3 } }
        : table
    ),
  });
  for (const file of [plan({ DJ: [typed("Mapear")] }), plan()]) {
    const result = planAreaImport({
      snapshot: plan(),
      files: [{ file: "dj.xlsx", snapshot: withBelow(file) }],
      today: TODAY,
    });
    expect(result.imported).toEqual([]);
    expect(
      result.findings
        .filter((finding) => finding.area === "DJ")
        .map((finding) => [finding.severity, finding.code, finding.params.range])
    ).toEqual([["conflict", "import.rowsBelow", "C11"]]);
  }
});

it("a tab or a file with a column of values under a blank or repeated header: that area is not imported, named", () => {
  // The file's T_DJ has a blank-headed column holding a note; the tab's, a second «Meta» holding a value.
  const file = plan({ DJ: [typed("Mapear")] });
  const fileTable = file.tables.find((table) => table.name === "T_DJ")!;
  fileTable.headers.push("");
  fileTable.rows.forEach((row, index) =>
    row.push(index === 0 ? { kind: "text", value: "nota" } : { kind: "empty" })
  );
  const fromFile = planAreaImport({
    snapshot: plan(),
    files: [{ file: "dj.xlsx", snapshot: file }],
    today: TODAY,
  });
  const tab = plan();
  const tabTable = tab.tables.find((table) => table.name === "T_DJ")!;
  tabTable.headers.push(HEADERS.goal);
  tabTable.rows.forEach((row) => row.push({ kind: "number", value: 7 }));
  const intoTab = planAreaImport({
    snapshot: tab,
    files: [{ file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear")] }) }],
    today: TODAY,
  });
  for (const [result, code] of [
    [fromFile, "import.unidentifiedColumns"],
    [intoTab, "import.tabUnidentifiedColumns"],
  ] as const) {
    expect([result.refused, result.imported, result.patch.sheets]).toEqual([false, [], []]);
    expect(result.findings.filter((finding) => finding.severity === "conflict")).toEqual([
      {
        severity: "conflict",
        code,
        file: "dj.xlsx",
        area: "DJ",
        params: {
          file: "dj.xlsx",
          area: "DJ",
          sheet: tabTable.sheet,
          count: 1,
          columns: "AF",
        },
      },
    ]);
  }
});

it("names the file's computed cells holding a typed value or another formula; the tab has the formulas again", () => {
  const file = plan({ DJ: [typed("Mapear"), typed("Asesorar")] });
  const dj = file.tables.find((table) => table.name === "T_DJ")!;
  dj.rows[0][dj.headers.indexOf(HEADERS.compliance)] = { kind: "number", value: 0.9 };
  dj.rows[1][dj.headers.indexOf(HEADERS.semaphore)] = {
    kind: "text",
    value: "Verde",
    formula: '"Verde"',
  };
  const result = planAreaImport({
    snapshot: plan(),
    files: [{ file: "dj.xlsx", snapshot: file }],
    today: TODAY,
  });
  expect(result.findings.filter((finding) => finding.code === "import.computedReplaced")).toEqual([
    {
      severity: "notice",
      code: "import.computedReplaced",
      file: "dj.xlsx",
      area: "DJ",
      params: {
        area: "DJ",
        file: "dj.xlsx",
        fileSheet: "3.1 Dirección Jurídica",
        sheet: "3.1 Dirección Jurídica",
        count: 2,
        cells: "AD8, AE9",
      },
    },
  ]);
  const [tab] = result.areaSheets;
  const rows = [...tab.tables[0].rows];
  const formula = (row: number, header: string): unknown =>
    rows[row][tab.tables[0].headers.indexOf(header)];
  expect(formula(0, HEADERS.compliance)).toHaveProperty("formula");
  expect(formula(1, HEADERS.semaphore)).toHaveProperty("formula");
  // A file whose computed cells keep their formulas says nothing of them.
  const clean = planAreaImport({
    snapshot: plan(),
    files: [{ file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear")] }) }],
    today: TODAY,
  });
  expect(clean.findings.map((finding) => finding.code)).not.toContain("import.computedReplaced");
});
