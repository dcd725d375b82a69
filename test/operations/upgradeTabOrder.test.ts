/**
 * An upgrade puts a new area's tab where its template puts it, through every host (SPEC §2, §9): the file, the
 * in-browser workbook and Excel (over the strict fake) give the same tabs in the same order. The in-browser
 * workbook's bytes are then read by Python's zipfile and ElementTree (and opened by openpyxl): every sheet-scoped name (print titles) still
 * belongs to the tab its formula names, after the tabs moved.
 */
import { runPython } from "../support/python";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { Template } from "../../src/core/template/Template";
import { bindOperations } from "../../src/operations/bindOperations";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";
import { HOST_FACTORIES } from "./hostFactories";

jest.setTimeout(120_000);

/** Version 2 of the sample plan: a new area, Comunicaciones (3.2), after SGR in the Misional macroprocess. */
function withCommunications(): Template {
  const template = sampleTemplate({ templateVersion: 2 });
  template.macroprocesses[0].areas.push({
    code: "CO",
    name: "Comunicaciones",
    section: "3.2",
    objectives: ["Informar a la ciudadanía."],
  });
  return template;
}

const tabsOf = async (host: { readSnapshot: () => Promise<{ sheets: { name: string }[] }> }) =>
  (await host.readSnapshot()).sheets.map((sheet) => sheet.name);

describe.each(HOST_FACTORIES)("upgrade through the $name host", (factory) => {
  it("puts the new area's tab right after SGR's, the other tabs as they were", async () => {
    const host = factory.create(testOutputDir(`upgrade-order-${factory.name}`), "plan");
    const operations = bindOperations(host);
    await operations.generate({ template: sampleTemplate() });
    const before = (await tabsOf(host)).filter((name) => !factory.startSheets?.includes(name));
    await operations.upgrade({ template: withCommunications() });
    const after = (await tabsOf(host)).filter((name) => !factory.startSheets?.includes(name));
    // By hand: the template lists DJ, SGR, then the new CO in Misional, then CI; so CO's tab goes after SGR's.
    const sgr = before.findIndex((name) => name.startsWith("3.1.1 "));
    expect(sgr).toBeGreaterThan(0);
    expect(after).toEqual([
      ...before.slice(0, sgr + 1),
      "3.2 Comunicaciones",
      ...before.slice(sgr + 1),
    ]);
  });
});

test("after the tabs move, each sheet-scoped name still belongs to the tab its formula names", async () => {
  const host = new MemoryHost();
  const operations = bindOperations(host);
  await operations.generate({ template: sampleTemplate() });
  await operations.upgrade({ template: withCommunications() });
  const file = path.join(testOutputDir("upgrade-order-names"), "upgraded.xlsx");
  writeFileSync(file, host.exportBytes());
  const script = `
import json, sys, zipfile, xml.etree.ElementTree as ET, openpyxl
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
root = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read("xl/workbook.xml"))
sheets = [s.get("name") for s in root.find("m:sheets", ns)]
names = [[sheets[int(n.get("localSheetId"))], n.get("name"), n.text]
         for n in root.iter("{%s}definedName" % ns["m"]) if n.get("localSheetId") is not None]
opened = openpyxl.load_workbook(sys.argv[1]).sheetnames
print(json.dumps({"sheets": sheets, "opened": opened, "names": names}, ensure_ascii=False))
`;
  const read = JSON.parse(runPython(["-c", script, file])) as {
    sheets: string[];
    opened: string[];
    names: [string, string, string][];
  };
  expect(read.sheets).toContain("3.2 Comunicaciones");
  expect(read.opened).toEqual(read.sheets);
  const titles = read.names.filter(([, name]) => name === "_xlnm.Print_Titles");
  // Every area tab (4 after the upgrade) and Instrucciones repeat their header rows when printed.
  expect(titles.map(([sheet]) => sheet)).toEqual(
    expect.arrayContaining(["3.2 Comunicaciones", "Instrucciones"])
  );
  for (const [sheet, , text] of read.names) {
    const quoted = `'${sheet.replace(/'/g, "''")}'!`;
    expect(text.startsWith(quoted) || text.startsWith(`${sheet}!`)).toBe(true);
  }
});
