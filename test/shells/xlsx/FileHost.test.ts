/**
 * The file host: reads its input, writes each patch as a patched copy to its output, never over its input or an
 * existing file without force; after a write the output is the workbook. Errors are operation errors with paths.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generate } from "../../../src/operations/generate";
import { OperationError } from "../../../src/operations/OperationError";
import { FileHost } from "../../../src/shells/xlsx/FileHost";
import { emptySheet } from "../../../src/core/workbook/WorkbookPatch";
import { sampleTemplate } from "../../support/sampleTemplate";
import { testOutputDir } from "../../support/tempDir";
import { inspectWithOpenpyxl } from "../../support/openpyxl";

jest.setTimeout(120_000);

const dir = testOutputDir("file-host");
const file = (name: string): string => path.join(dir, name);
const NOTE = { sheets: [emptySheet("Notas")], definedNames: [] };

async function failure(run: Promise<unknown>): Promise<[string, unknown]> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught
  );
  return error instanceof OperationError
    ? [error.code, error.params.path]
    : [`not an OperationError: ${String(error)}`, null];
}

describe("FileHost", () => {
  let plan: string;

  beforeAll(async () => {
    plan = file("plan.xlsx");
    await generate(new FileHost({ output: plan }), { template: sampleTemplate() });
  });

  it("has an empty workbook when it has no input, and a plan once generate wrote one", async () => {
    expect(await new FileHost({}).readSnapshot()).toEqual({ sheets: [], tables: [], names: {} });
    const snapshot = await new FileHost({ input: plan }).readSnapshot();
    expect(snapshot.tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(["T_DJ", "T_SGR"])
    );
  });

  it("never writes over its input or another file it reads, even with force", async () => {
    const before = readFileSync(plan);
    expect(
      await failure(new FileHost({ input: plan, output: plan, force: true }).applyPatch(NOTE))
    ).toEqual(["operation.outIsInput", plan]);
    const template = file("template.json");
    writeFileSync(template, "{}");
    expect(
      await failure(
        new FileHost({
          input: plan,
          output: template,
          force: true,
          otherInputs: [template],
        }).checkOutput()
      )
    ).toEqual(["operation.outIsInput", template]);
    expect(readFileSync(plan).equals(before)).toBe(true);
  });

  it("refuses an existing output without force, a missing folder, and a read-only host's write", async () => {
    const existing = file("existing.xlsx");
    writeFileSync(existing, "x");
    expect(await failure(new FileHost({ input: plan, output: existing }).applyPatch(NOTE))).toEqual(
      ["operation.outExists", existing]
    );
    expect(readFileSync(existing, "utf8")).toBe("x");
    const nowhere = path.join(dir, "no-folder", "out.xlsx");
    expect(await failure(new FileHost({ input: plan, output: nowhere }).checkOutput())).toEqual([
      "operation.outDirMissing",
      nowhere,
    ]);
    expect(await failure(new FileHost({ input: plan }).applyPatch(NOTE))).toEqual([
      "operation.noOutput",
      undefined,
    ]);
  });

  it("names the file it cannot read", async () => {
    const missing = file("missing.xlsx");
    expect(await failure(new FileHost({ input: missing }).readSnapshot())).toEqual([
      "operation.fileMissing",
      missing,
    ]);
    const text = file("text.xlsx");
    writeFileSync(text, "not a zip");
    expect(await failure(new FileHost({ input: text }).readSnapshot())).toEqual([
      "operation.fileText",
      text,
    ]);
  });

  it("after a write, reads and writes its output: a second patch goes on top of the first", async () => {
    const out = file("twice.xlsx");
    const host = new FileHost({ input: plan, output: out });
    await host.applyPatch(NOTE);
    await host.applyPatch({ sheets: [emptySheet("Más notas")], definedNames: [] });
    const names = (await host.readSnapshot()).sheets.map((sheet) => sheet.name);
    expect(names.slice(-2)).toEqual(["Notas", "Más notas"]);
    expect(
      (await new FileHost({ input: plan }).readSnapshot()).sheets.map((s) => s.name)
    ).not.toContain("Notas");
  });

  it("puts the tabs in the order given with a patch", async () => {
    const out = file("ordered.xlsx");
    const before = (await new FileHost({ input: plan }).readSnapshot()).sheets.map((s) => s.name);
    await new FileHost({ input: plan, output: out }).applyPatch(NOTE, {
      tabOrder: ["Notas", ...before],
    });
    expect(existsSync(out)).toBe(true);
    const tabs = inspectWithOpenpyxl(out).sheets.map((sheet) => sheet.name);
    expect(tabs).toEqual(["Notas", ...before]);
  });
});
