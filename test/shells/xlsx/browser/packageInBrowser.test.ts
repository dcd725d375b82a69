/**
 * SPEC §9: the pane reads and writes .xlsx in the browser with the code the CLI uses. The package layer is bundled
 * by webpack for the web (no Node polyfills: a Node import would fail the build), run in headless Chromium on a
 * corpus file's bytes, and what the browser writes is read back by openpyxl and by the Node reader.
 */
import { runPython } from "../../../support/python";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpack from "webpack";
import { DEFAULT_TEMPLATE } from "../../../../src/core/template/defaultTemplate";
import { layoutWorkbook } from "../../../../src/core/workbook/layoutWorkbook";
import { readSnapshotFromBytes } from "../../../../src/shells/xlsx/package/packageBytes";
import { launchChromium } from "../../../support/chromium";
import { testOutputDir } from "../../../support/tempDir";

const ROOT = path.resolve(__dirname, "..", "..", "..", "..");
const CORPUS_FILE = path.join(ROOT, "test", "fixtures", "producers", "plans", "openpyxl.xlsx");
const dir = testOutputDir("package-browser");

async function bundle(): Promise<string> {
  const compiler = webpack({
    mode: "production",
    target: "web",
    entry: path.join(__dirname, "packageEntry.ts"),
    output: { path: dir, filename: "package.js" },
    resolve: { extensions: [".ts", ".js"] },
    devtool: false,
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error) : resolve(result)))
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return path.join(dir, "package.js");
}

type BrowserResult = {
  sheets: { name: string; visibility: string }[];
  tables: string[];
  templateJsonLength: number;
  configCells: [string, unknown][];
  patched: string;
  generated: string;
  steps: string[];
};

const OPENPYXL = `
import json, sys, openpyxl, warnings
warnings.simplefilter("ignore")
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    out[f] = {"sheets": wb.sheetnames, "tables": sorted(t for ws in wb.worksheets for t in ws.tables.keys())}
print(json.dumps(out))
`;

let result: BrowserResult;
let bundleSource: string;

beforeAll(async () => {
  bundleSource = readFileSync(await bundle(), "utf8");
  const chromium = await launchChromium({ width: 800, height: 600 });
  try {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setContent("<!doctype html><html><body></body></html>");
    await page.addScriptTag({ content: bundleSource });
    const input = readFileSync(CORPUS_FILE).toString("base64");
    result = await page.evaluate(async (base64: string): Promise<BrowserResult> => {
      type Api = {
        listSheets(bytes: Uint8Array): Promise<{ name: string; visibility: string }[]>;
        readSheetGrid(
          bytes: Uint8Array,
          sheet: string
        ): Promise<{ rows: number; columns: number; cells: Map<string, unknown> }>;
        readSnapshotFromBytes(
          bytes: Uint8Array
        ): Promise<{ tables: { name: string }[]; templateJson?: string }>;
        writePatchedBytes(
          input: Uint8Array | null,
          patch: unknown,
          options?: { onStep?: (step: string) => void }
        ): Promise<Uint8Array>;
        layout(): unknown;
      };
      const api = (window as unknown as { planPackage: Api }).planPackage;
      const toBytes = (text: string): Uint8Array =>
        Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
      const toBase64 = (bytes: Uint8Array): string => {
        let text = "";
        for (let i = 0; i < bytes.length; i += 0x8000)
          text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(text);
      };
      const bytes = toBytes(base64);
      const snapshot = await api.readSnapshotFromBytes(bytes);
      const grid = await api.readSheetGrid(bytes, "Configuración");
      const steps: string[] = [];
      const patched = await api.writePatchedBytes(
        bytes,
        {
          sheets: [],
          definedNames: [],
          edits: [{ sheet: "Configuración", cell: "H2", value: "Escrito en el navegador" }],
        },
        { onStep: (step) => steps.push(step) }
      );
      const generated = await api.writePatchedBytes(null, api.layout());
      return {
        sheets: await api.listSheets(bytes),
        tables: snapshot.tables.map((table) => table.name),
        templateJsonLength: snapshot.templateJson?.length ?? 0,
        configCells: [...grid.cells].slice(0, 3),
        patched: toBase64(patched),
        generated: toBase64(generated),
        steps,
      };
    }, input);
    expect(errors).toEqual([]);
  } finally {
    await chromium.close();
  }
}, 300_000);

describe("the package layer in headless Chromium", () => {
  it("bundles for the web without any Node module", () => {
    expect(bundleSource).not.toMatch(/require\("(node:)?(fs|zlib|stream|path|string_decoder)"\)/);
  });

  it("reads a corpus file from bytes as the Node reader does", async () => {
    const expected = await readSnapshotFromBytes(new Uint8Array(readFileSync(CORPUS_FILE)));
    expect(result.tables).toEqual(expected.tables.map((table) => table.name));
    expect(result.tables.length).toBeGreaterThanOrEqual(16);
    expect(result.templateJsonLength).toBe(expected.templateJson?.length);
    expect(result.sheets.map((sheet) => sheet.name).slice(0, 3)).toEqual([
      "Instrucciones",
      "Configuración",
      "3.1 Dirección Jurídica",
    ]);
    expect(result.configCells.length).toBe(3);
    expect(result.steps).toEqual(expect.arrayContaining(["write", "edits", "serialise"]));
  });

  it("writes a patched file and a new plan that openpyxl and the Node reader open", async () => {
    const patched = path.join(dir, "patched-in-browser.xlsx");
    const generated = path.join(dir, "generated-in-browser.xlsx");
    writeFileSync(patched, Buffer.from(result.patched, "base64"));
    writeFileSync(generated, Buffer.from(result.generated, "base64"));
    const opened = JSON.parse(runPython(["-c", OPENPYXL, patched, generated])) as Record<
      string,
      { sheets: string[]; tables: string[] }
    >;
    expect(opened[patched].sheets).toEqual(result.sheets.map((sheet) => sheet.name));
    expect(opened[generated].sheets).toEqual(
      expect.arrayContaining(["Configuración", "Instrucciones"])
    );
    const cell = runPython([
      "-c",
      "import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1])['Configuración']['H2'].value)",
      patched,
    ]).trim();
    expect(cell).toBe("Escrito en el navegador");
    const again = await readSnapshotFromBytes(new Uint8Array(readFileSync(generated)));
    const layoutTables = layoutWorkbook(DEFAULT_TEMPLATE).sheets.flatMap((sheet) =>
      sheet.tables.map((table) => table.name)
    );
    expect(again.tables.map((table) => table.name).sort()).toEqual(opened[generated].tables);
    expect(opened[generated].tables).toEqual([...layoutTables].sort());
    expect(again.templateJson).toBeDefined();
  });
});
