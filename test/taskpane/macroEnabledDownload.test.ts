/**
 * The pane outside Office on a macro-enabled plan (.xlsm, Excel's package: the macro-enabled main part, the VBA
 * project and a ribbon calling a macro). Opened, it stays byte for byte what was picked until something writes; the
 * first write makes it a plain .xlsx without the macros, as every output of the package writer is, and the pane
 * must then download it under an .xlsx name (Excel refuses a file whose extension disagrees with its content type)
 * and say that the macros were not kept. Packages are made and read back by Python's zipfile and openpyxl.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { columnLetter } from "../../src/core/workbook/address";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { generate } from "../../src/operations/generate";
import { PaneWorkbook } from "../../src/taskpane/PaneWorkbook";
import { downloadName } from "../../src/taskpane/components/WorkbookGrid/downloadName";
import {
  expectPlainWorkbook,
  MACRO_PARTS,
  MAIN_TYPES,
  packageOf,
  rewritePackage,
  workbookType,
} from "../support/macroPackage";
import { inspectWithOpenpyxl } from "../support/openpyxl";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(120_000);

const dir = testOutputDir("macroEnabledDownload");
const file = (name: string): string => path.join(dir, name);
const DJ = "3.1 Dirección Jurídica";

let xlsm: Uint8Array;
let xlsx: Uint8Array;

beforeAll(async () => {
  const made = new PaneWorkbook();
  await generate(made, { template: sampleTemplate() });
  xlsx = made.exportBytes();
  writeFileSync(file("base.xlsx"), xlsx);
  rewritePackage(file("base.xlsx"), file("plan.xlsm"), MAIN_TYPES.xlsm, { macros: true });
  xlsm = new Uint8Array(readFileSync(file("plan.xlsm")));
  const input = packageOf(file("plan.xlsm"));
  expect(workbookType(input.contentTypes)).toBe(MAIN_TYPES.xlsm);
  for (const part of MACRO_PARTS) expect(input.entries).toContain(part);
});

/** Types "Número" into the first row's Unidad de medida of DJ, as the grid's value field does. */
async function typeIntoPlan(workbook: PaneWorkbook): Promise<void> {
  const header = workbook.grid(DJ)[6];
  await workbook.editCell(
    DJ,
    `${columnLetter(header.indexOf(HEADERS.unit) + 1)}8`,
    "Número",
    "es-CO"
  );
}

test("an opened .xlsm downloads as picked until a write, then as a plain .xlsx without its macros", async () => {
  const workbook = new PaneWorkbook();
  await workbook.importBytes(xlsm, "plan.xlsm");
  expect(workbook.rewrites()).toEqual({ rewritten: false, macrosDropped: false });
  expect(Buffer.from(workbook.exportBytes()).equals(Buffer.from(xlsm))).toBe(true);
  expect(downloadName("plan.xlsm", workbook.rewrites().rewritten)).toBe("plan.xlsm");

  await typeIntoPlan(workbook);
  expect(workbook.rewrites()).toEqual({ rewritten: true, macrosDropped: true });
  expect(downloadName("plan.xlsm", workbook.rewrites().rewritten)).toBe("plan.xlsx");
  writeFileSync(file("downloaded.xlsx"), workbook.exportBytes());
  expectPlainWorkbook(file("downloaded.xlsx"));
  const dj = inspectWithOpenpyxl(file("downloaded.xlsx")).sheets.find((sheet) => sheet.name === DJ);
  expect(dj?.tables.map((table) => table.name)).toEqual(["T_DJ"]);
  expect(dj?.cells.some((cell) => cell.value === "Número")).toBe(true);
});

test("a plain .xlsx edited keeps its name and says nothing of macros; opening another file starts afresh", async () => {
  const workbook = new PaneWorkbook();
  await workbook.importBytes(xlsx, "plan.xlsx");
  await typeIntoPlan(workbook);
  expect(workbook.rewrites()).toEqual({ rewritten: true, macrosDropped: false });
  expect(downloadName("plan.xlsx", true)).toBe("plan.xlsx");

  await workbook.importBytes(xlsm, "otro.xlsm");
  expect(workbook.rewrites()).toEqual({ rewritten: false, macrosDropped: false });
});

test("the download's name: a template or add-in rewritten is an .xlsx too; a plan made in the pane has its own", () => {
  expect(downloadName("Plan 2021.XLTM", true)).toBe("Plan 2021.xlsx");
  expect(downloadName("plantilla.xltx", true)).toBe("plantilla.xlsx");
  expect(downloadName("plantilla.xltx", false)).toBe("plantilla.xltx");
  expect(downloadName("complemento.xlam", true)).toBe("complemento.xlsx");
  expect(downloadName("plan.xlsm.backup.xlsx", true)).toBe("plan.xlsm.backup.xlsx");
  expect(downloadName(null, true)).toBe("plan-de-accion.xlsx");
});
