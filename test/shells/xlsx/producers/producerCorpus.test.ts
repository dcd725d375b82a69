/**
 * SPEC §6: any valid .xlsx in, every output opens everywhere. Every command on every plan file of the producer
 * corpus (the 2021 plan as this project writes it, re-saved by LibreOffice, openpyxl, ExcelJS regular and
 * streaming: test/fixtures/producers/plans); every output opens in openpyxl and converts to PDF in LibreOffice.
 * Workbooks saved by real Excel that are not plans: the reader reads them, and the commands say "not a plan".
 * The table of results is written to test-output/producers-*\/table.md.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../../../../src/core/template/defaultTemplate";
import {
  listSheets,
  readSheetGrid,
  readSnapshotFromBytes,
} from "../../../../src/shells/xlsx/package/packageBytes";
import { cli } from "../../../support/runCli";
import { testOutputDir } from "../../../support/tempDir";
import { convertToPdf, openWithOpenpyxl } from "./independentReaders";

const PRODUCERS = path.resolve(__dirname, "..", "..", "..", "fixtures", "producers");
const PLANS = ["plan-matrix", "libreoffice", "openpyxl", "exceljs", "exceljs-streaming"];
const dir = testOutputDir("producers");
const template = path.join(dir, "template-v2.json");
writeFileSync(template, JSON.stringify({ ...DEFAULT_TEMPLATE, templateVersion: 2 }));

type Command = { name: string; args: (input: string, out: string) => string[]; writes: boolean };
const COMMANDS: Command[] = [
  { name: "validate", args: (input) => ["validate", input, "--cutoff", "T2"], writes: false },
  { name: "semaphore", args: (input) => ["semaphore", input, "--cutoff", "T2"], writes: false },
  { name: "fix", args: (input, out) => ["fix", input, "--out", out], writes: true },
  {
    name: "consolidate",
    args: (input, out) => ["consolidate", input, "--cutoff", "T2", "--out", out],
    writes: true,
  },
  {
    name: "report",
    args: (input, out) => ["report", input, "--semester", "1", "--out", out],
    writes: true,
  },
  {
    name: "upgrade",
    args: (input, out) => ["upgrade", input, "--template", template, "--out", out],
    writes: true,
  },
];

type Run = { plan: string; command: string; code: number; out: string | null; stderr: string };
const runs: Run[] = [];
let opened: Map<string, string>;
/** What openpyxl listed in each output, by file. */
let openedSheets: Map<string, string[] | undefined>;
let pdf: Map<string, boolean>;

beforeAll(async () => {
  for (const plan of PLANS) {
    const input = path.join(PRODUCERS, "plans", `${plan}.xlsx`);
    for (const command of COMMANDS) {
      const out = command.writes ? path.join(dir, `${plan}.${command.name}.xlsx`) : null;
      const run = await cli(...command.args(input, out ?? ""));
      runs.push({ plan, command: command.name, code: run.code, out, stderr: run.stderr });
    }
  }
  // What the commands wrote (the producers' own files are the corpus: nothing here checks them again).
  const files = runs.flatMap((run) => (run.out ? [run.out] : []));
  const openpyxl = openWithOpenpyxl(files);
  opened = new Map(openpyxl.map((result) => [result.file, result.error ?? "ok"]));
  openedSheets = new Map(openpyxl.map((result) => [result.file, result.sheets]));
  pdf = convertToPdf(files, path.join(dir, "pdf"));
  const table = [
    `| plan file | ${COMMANDS.map((command) => command.name).join(" | ")} |`,
    `|---|${COMMANDS.map(() => "---").join("|")}|`,
    ...PLANS.map(
      (plan) =>
        `| ${plan} | ${COMMANDS.map((command) => {
          const run = runs.find(
            (candidate) => candidate.plan === plan && candidate.command === command.name
          );
          if (!run) return "?";
          if (!run.out) return `exit ${run.code}`;
          const openpyxl = opened.get(run.out) === "ok" ? "openpyxl ✓" : "openpyxl ✗";
          const libreoffice = pdf.get(run.out) ? "PDF ✓" : "PDF ✗";
          return `exit ${run.code}, ${openpyxl}, ${libreoffice}`;
        }).join(" | ")} |`
    ),
  ].join("\n");
  writeFileSync(path.join(dir, "table.md"), `${table}\n`);
}, 1_500_000);

describe("every command on every producer's plan file", () => {
  it("runs each command to the end (0, or 1 for validation errors in the plan), never refusing the file", () => {
    expect(runs).toHaveLength(PLANS.length * COMMANDS.length);
    for (const run of runs)
      expect([
        run.plan,
        run.command,
        run.code === 0 || run.code === 1,
        run.stderr.includes("✗"),
      ]).toEqual([run.plan, run.command, true, false]);
  });

  it("writes outputs that openpyxl opens", () => {
    for (const run of runs.filter((candidate) => candidate.out))
      expect([run.plan, run.command, opened.get(run.out as string)]).toEqual([
        run.plan,
        run.command,
        "ok",
      ]);
  });

  it("writes outputs that LibreOffice converts to PDF", () => {
    for (const run of runs.filter((candidate) => candidate.out))
      expect([run.plan, run.command, pdf.get(run.out as string)]).toEqual([
        run.plan,
        run.command,
        true,
      ]);
  });

  it("consolidates each producer's file into a workbook with the Matriz table that openpyxl lists", () => {
    for (const plan of PLANS) {
      const output = readFileSync(path.join(dir, `${plan}.consolidate.xlsx`));
      expect(output.subarray(0, 2).toString()).toBe("PK");
    }
    // As openpyxl opened them after the commands ran.
    for (const plan of PLANS)
      expect(openedSheets.get(path.join(dir, `${plan}.consolidate.xlsx`))).toEqual(
        expect.arrayContaining(["Matriz", "Tablero", "Resumen"])
      );
  });
});

describe("workbooks saved by real Excel that are not plans", () => {
  const files = readdirSync(path.join(PRODUCERS, "excel"))
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => path.join(PRODUCERS, "excel", name));

  it("are read: the sheets openpyxl lists, every cell of each sheet", async () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const expected = openWithOpenpyxl(files);
    for (const [index, file] of files.entries()) {
      const bytes = new Uint8Array(readFileSync(file));
      await expect(readSnapshotFromBytes(bytes)).resolves.toMatchObject({
        templateJson: undefined,
      });
      const sheets = await listSheets(bytes);
      // openpyxl lists chart sheets too; the package reader lists worksheets.
      expect(expected[index].sheets).toEqual(
        expect.arrayContaining(sheets.map((sheet) => sheet.name))
      );
      for (const sheet of sheets) {
        const grid = await readSheetGrid(bytes, sheet.name);
        expect(grid.cells.size).toBeLessThanOrEqual(grid.rows * grid.columns);
      }
    }
  });

  it("get one line saying they are not a plan, exit 2, from every command that needs a plan", async () => {
    for (const file of files)
      for (const command of COMMANDS.filter((candidate) => candidate.name !== "validate")) {
        const run = await cli(...command.args(file, path.join(dir, `excel-${command.name}.xlsx`)));
        expect([path.basename(file), command.name, run.code, run.stderr]).toEqual([
          path.basename(file),
          command.name,
          2,
          `«${file}» es un libro de Excel, pero no es un Plan de Acción de esta herramienta (le falta la hoja oculta «Plantilla» con la que se creó el plan). Abra el plan del año (el libro con las pestañas de las áreas, «Configuración» y «Resumen»), o cree uno nuevo con «plan-matrix generate --out plan.xlsx».`,
        ]);
      }
  });
});
