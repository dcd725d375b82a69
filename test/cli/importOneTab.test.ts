/**
 * `import` of a one-tab copy (SPEC §6: "a copy of the whole plan or of one tab"): the area sends back its tab alone
 * (Excel's Move or Copy › new book), which keeps the table `T_ECR` but not the plan's stored template. The copies
 * are made by openpyxl, which nobody here wrote: every sheet but the area's deleted.
 *
 * 3.3 Enlace con el Congreso (ECR) at cut-off T2: the rows of test/support/congresoFiles.ts, 87.5 % Verde.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { CONGRESO_ROWS, writeCongresoFiles } from "../support/congresoFiles";
import { saveOneTab } from "../support/openpyxl";
import { cli } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(120_000);

const dir = testOutputDir("import-one-tab");
const file = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  process.env.PLAN_MATRIX_TODAY = "2021-07-05";
  await writeCongresoFiles(dir);
  saveOneTab(file("congreso.xlsx"), file("ecr-tab.xlsx"), "T_ECR");
  saveOneTab(file("congreso.xlsx"), file("ecr-old.xlsx"), "T_ECR", {
    [HEADERS.goal]: "Meta anual",
    [HEADERS.evidence]: "Soportes",
  });
});
afterAll(() => {
  delete process.env.PLAN_MATRIX_TODAY;
});

it("imports the tab's rows into the plan's ECR tab, says how it recognised the copy, and the semáforo counts them", async () => {
  const run = await cli(
    "import",
    file("plan.xlsx"),
    file("ecr-tab.xlsx"),
    "--out",
    file("out.xlsx")
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    `«${file("ecr-tab.xlsx")}» es una copia de la pestaña del área ECR, sin la plantilla del plan: se reconoció por su ` +
      "tabla T_ECR y sus columnas, que son las de este plan."
  );
  const snapshot = await new FileHost({ input: file("out.xlsx") }).readSnapshot();
  const table = snapshot.tables.find((candidate) => candidate.name === "T_ECR")!;
  const activity = table.headers.indexOf(HEADERS.activity);
  expect(table.rows.slice(0, 4).map((row) => row[activity])).toEqual(
    CONGRESO_ROWS.map((row) => expect.objectContaining({ value: row[HEADERS.activity] }))
  );

  const semaphore = await cli("semaphore", file("out.xlsx"), "--cutoff", "T2", "--json");
  expect(semaphore.code).toBe(0);
  const area = JSON.parse(semaphore.stdout).areas.find(
    (each: { code: string }) => each.code === "ECR"
  );
  expect([area.compliance, area.band]).toEqual([0.875, "verde"]);
});

it("says the same in English", async () => {
  const run = await cli(
    "import",
    file("plan.xlsx"),
    file("ecr-tab.xlsx"),
    "--out",
    file("out-en.xlsx"),
    "--lang",
    "en"
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    `“${file("ecr-tab.xlsx")}” is a copy of area ECR's tab without the plan's template: it was recognised by its table ` +
      "T_ECR and its columns, which are this plan's."
  );
});

it("refuses a one-tab copy whose table lacks columns of this plan, naming them, and writes nothing", async () => {
  const run = await cli(
    "import",
    file("plan.xlsx"),
    file("ecr-old.xlsx"),
    "--out",
    file("old.xlsx")
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    `«${file("ecr-old.xlsx")}» es una copia de la pestaña del área ECR sin la plantilla del plan, y a su tabla T_ECR le ` +
      `faltan columnas de este plan (${HEADERS.goal}, ${HEADERS.evidence}): no se importó. Pida al área que ` +
      "copie sus filas en el archivo que se le envió e impórtelo de nuevo."
  );
  // The closing line says no area could be used, not that no file brought filled rows (it did).
  expect(run.stderr.trim().split("\n").at(-1)).toBe(
    `No se importó ningún área (arriba dice por qué no se pudo cada una): no se escribió «${file("old.xlsx")}».`
  );
  expect(existsSync(file("old.xlsx"))).toBe(false);
});

it("says no file brought filled rows when none did", async () => {
  const run = await cli("import", file("plan.xlsx"), file("plan.xlsx"), "--out", file("none.xlsx"));
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split("\n").at(-1)).toBe(
    `Ningún archivo trae filas diligenciadas de un área de este plan: no se escribió «${file("none.xlsx")}».`
  );
});
