/**
 * The one table of requirement sets (src/shells/office/requirementSets.ts) agrees with the manifest, and every call
 * that needs more than the manifest's minimum is guarded: looked for in the source, and run over the strict fake
 * at the version below (where the fake, like Excel, has no such method).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { HostError } from "../../../src/shells/office/HostError";
import {
  CHANGE_SOURCE,
  checkRequirements,
  MANIFEST_MINIMUM,
  RUNTIME_SETS,
  TABLE_RESIZE,
} from "../../../src/shells/office/requirementSets";
import { sampleTemplate } from "../../support/sampleTemplate";
import { officeHost } from "./support";

const ROOT = path.resolve(__dirname, "../../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(path.join(folder, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [path.join(folder, entry.name)]
        : []
  );
}

test("manifest.xml requires exactly the table's minimum of ExcelApi", () => {
  const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const sets = [...manifest.matchAll(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\s*\/>/g)];
  expect(sets.map((match) => match[1])).toEqual([MANIFEST_MINIMUM.version]);
  expect(MANIFEST_MINIMUM.version).toBe("1.9");
});

test("the run-time sets are all above the minimum, and the pane checks the minimum and its feature's set", () => {
  const minor = (version: string): number => Number(version.split(".")[1]);
  for (const set of RUNTIME_SETS)
    expect(minor(set.version)).toBeGreaterThan(minor(MANIFEST_MINIMUM.version));
  expect(RUNTIME_SETS.map((set) => set.version)).toEqual(["1.13", "1.14"]);
  const asked: string[] = [];
  checkRequirements((name, version) => {
    asked.push(`${name} ${version}`);
    return true;
  });
  expect(asked.sort()).toEqual(["ExcelApi 1.14", "ExcelApi 1.9"]);
});

test("every call above the minimum appears only in files that name its set's guard", () => {
  const files = [
    ...sourceFiles(path.join(ROOT, "src/shells/office")),
    ...sourceFiles(path.join(ROOT, "src/taskpane")),
  ].filter((file) => !file.endsWith("requirementSets.ts"));
  const guards: Record<string, string> = { "1.13": "tableResize", "1.14": "CHANGE_SOURCE" };
  for (const set of RUNTIME_SETS)
    for (const call of set.calls) {
      const users = files.filter((file) => readFileSync(file, "utf8").includes(call));
      expect(users.length).toBeGreaterThan(0);
      for (const file of users) {
        const text = readFileSync(file, "utf8");
        // Table.resize is written by sheetSteps and the rollback of applyWorkbookPatch; both run only after the
        // 1.13 check in applyWorkbookPatch, which OfficeHost feeds with isSetSupported(TABLE_RESIZE).
        const guarded =
          text.includes(guards[set.version]) ||
          (set === TABLE_RESIZE && path.basename(file) === "sheetSteps.ts");
        expect({ file: path.relative(ROOT, file), guarded }).toEqual({
          file: path.relative(ROOT, file),
          guarded: true,
        });
      }
    }
  // The pane watches the user's edits only when CHANGE_SOURCE is there (index.tsx → loadPaneServices).
  const index = readFileSync(path.join(ROOT, "src/taskpane/index.tsx"), "utf8");
  expect(index).toContain("watchUserEdits: requirements.missing.autoRevalidate === undefined");
  expect(CHANGE_SOURCE.calls).toEqual(["triggerSource"]);
});

test("without ExcelApi 1.13 a write that would resize an existing table is refused before anything is written; a first generation is not", async () => {
  const { excel, host } = officeHost({ apiVersion: 12 });
  const layout = layoutWorkbook(sampleTemplate());
  await host.applyPatch(layout);
  const before = excel.model.sheets.map((sheet) => [sheet.name, excel.dump(sheet.name)]);
  excel.resetCounters();
  const error = await host.applyPatch(layout).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe("excel.requirementMissing");
  expect((error as HostError).text("es")).toBe(
    "Esta operación necesita ExcelApi 1.13, que tienen Office 2021 o Microsoft 365 (versión 2102 o posterior). Su Excel no la tiene: abra el libro en Office 2021 o Microsoft 365 (versión 2102 o posterior) o en Excel en la Web."
  );
  expect(excel.model.sheets.map((sheet) => [sheet.name, excel.dump(sheet.name)])).toEqual(before);
  expect(excel.model.enableEvents).toBe(true);
});
