/**
 * A macro-enabled plan (.xlsm: the macro-enabled main content type, `xl/vbaProject.bin` with its signature, a ribbon
 * whose button calls a macro) and templates (.xltx, .xltm) through `fix`, `consolidate`, `report` and `upgrade`: every
 * output is an .xlsx, which Excel refuses to open when its main part is macro-enabled (or a template). Each output
 * has the plain workbook content type and none of the macro parts, Python's zipfile lists its entries, openpyxl
 * and LibreOffice open it, and the command says in one line, in the language asked, that the macros were not kept
 * (exit code unchanged). The inputs are hand-edited packages: a plan written by `generate`, its XML rewritten.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Template } from "../../src/core/template/Template";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";
import { filledPlanWorkbook } from "../support/filledPlan";
import { openWithOpenpyxl } from "../shells/xlsx/producers/independentReaders";
import {
  expectPlainWorkbook,
  MACRO_PARTS,
  MAIN_TYPES,
  packageOf,
  rewritePackage,
  workbookType,
} from "../support/macroPackage";

const dir = testOutputDir("macroEnabled");
const file = (name: string): string => path.join(dir, name);

const ES_WARNING = (input: string, out: string): string =>
  `⚠ «${input}» tiene macros (VBA) y ${out} se escribió como .xlsx, que no las admite: las macros no se conservaron. ` +
  "El archivo original las sigue teniendo; si las necesita, cópielas desde él en Excel (Programador › Visual Basic) y guarde como .xlsm.";
const EN_WARNING = (input: string, out: string): string =>
  `⚠ “${input}” holds macros (VBA) and ${out} was written as .xlsx, which cannot hold them: the macros were not kept. ` +
  "The original file still has them; if you need them, copy them from it in Excel (Developer › Visual Basic) and save as .xlsm.";

beforeAll(async () => {
  process.env.PLAN_MATRIX_TODAY = "2021-07-10";
  const template = sampleTemplate();
  await (await filledPlanWorkbook(template, {})).xlsx.writeFile(file("plan.xlsx"));
  // Written once by plan-matrix, so the package is one the rewrite knows (its workbook Override is there).
  await cli("fix", file("plan.xlsx"), "--out", file("base.xlsx"));
  rewritePackage(file("base.xlsx"), file("plan.xlsm"), MAIN_TYPES.xlsm, {
    macros: true,
    plainRibbon: true,
  });
  rewritePackage(file("base.xlsx"), file("plan.xltm"), MAIN_TYPES.xltm, { macros: true });
  rewritePackage(file("base.xlsx"), file("plan.xltx"), MAIN_TYPES.xltx, { macros: false });
  const v2: Template = { ...template, templateVersion: 2 };
  writeFileSync(file("v2.json"), JSON.stringify(v2));
});
afterAll(() => {
  delete process.env.PLAN_MATRIX_TODAY;
});

it("the inputs are what Excel writes: a macro-enabled main part, the VBA project and a ribbon", () => {
  const input = packageOf(file("plan.xlsm"));
  expect(workbookType(input.contentTypes)).toBe(MAIN_TYPES.xlsm);
  for (const part of MACRO_PARTS) expect(input.entries).toContain(part);
  expect(workbookType(packageOf(file("plan.xltx")).contentTypes)).toBe(MAIN_TYPES.xltx);
});

describe.each([
  ["fix", (out: string) => ["fix", file("plan.xlsm"), "--out", out], 1],
  ["consolidate", (out: string) => ["consolidate", file("plan.xlsm"), "--out", out], 0],
  ["report", (out: string) => ["report", file("plan.xlsm"), "--semester", "1", "--out", out], 0],
  [
    "upgrade",
    (out: string) => ["upgrade", file("plan.xlsm"), "--template", file("v2.json"), "--out", out],
    0,
  ],
])("%s on a .xlsm", (command, args, code) => {
  const out = file(`${command}.xlsx`);
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    run = await cli(...args(out));
  });

  it("writes a plain .xlsx workbook, without the VBA project or the ribbon that calls it", () => {
    expect(run.code).toBe(code);
    const written = expectPlainWorkbook(out);
    // A ribbon of built-in controls only calls no macro: an .xlsx keeps it.
    expect(written.entries).toContain("customUI/customUI14.xml");
    expect(written.parts["_rels/.rels"]).toMatch(/customUI\/customUI14\.xml/);
  });

  it("says in one line on stderr that the macros were not kept", () => {
    expect(run.stderr.split("\n")).toContain(ES_WARNING(file("plan.xlsm"), out));
  });

  it("opens in openpyxl with the plan's tabs", () => {
    const [opened] = openWithOpenpyxl([out]);
    expect([opened.error, opened.sheets]).toEqual([
      undefined,
      expect.arrayContaining(["Configuración", "Resumen"]),
    ]);
  });
});

it("says it in English with --lang en", async () => {
  const out = file("fix-en.xlsx");
  const run = await cli("fix", file("plan.xlsm"), "--out", out, "--lang", "en");
  expect(run.stderr.split("\n")).toContain(EN_WARNING(file("plan.xlsm"), out));
});

it("a macro-enabled template (.xltm) gives a plain .xlsx, and says the macros were not kept", async () => {
  const out = file("fix-xltm.xlsx");
  const run = await cli("fix", file("plan.xltm"), "--out", out);
  expectPlainWorkbook(out);
  expect(run.stderr.split("\n")).toContain(ES_WARNING(file("plan.xltm"), out));
});

it("a template without macros (.xltx) gives a plain .xlsx, and no word of macros", async () => {
  const out = file("fix-xltx.xlsx");
  const run = await cli("fix", file("plan.xltx"), "--out", out);
  expectPlainWorkbook(out);
  expect(run.stderr).not.toMatch(/macro/i);
});

it("a plain .xlsx says nothing of macros", async () => {
  const run = await cli("fix", file("base.xlsx"), "--out", file("fix-plain.xlsx"));
  expect(run.stderr).not.toMatch(/macro/i);
});

it("LibreOffice opens every output and saves it again with the plan's tabs", () => {
  const outputs = ["fix", "consolidate", "report", "upgrade"].map((name) => file(`${name}.xlsx`));
  const converted = recalculateWithLibreOffice(
    [...outputs, file("fix-xltm.xlsx")],
    path.join(dir, "lo")
  );
  for (const saved of converted) expect(existsSync(saved)).toBe(true);
  // The sheets openpyxl lists in each saved file (one Python process for all of them).
  for (const { file: saved, sheets, error } of openWithOpenpyxl(converted))
    expect([saved, error, sheets]).toEqual([
      saved,
      undefined,
      expect.arrayContaining(["Configuración", "Resumen"]),
    ]);
});
