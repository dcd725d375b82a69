import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  resolveProductionOrigin,
  toManifestVersion,
  transformManifest,
} from "../../scripts/manifest-tools";

const ROOT = path.resolve(__dirname, "..", "..");
const VALIDATE = path.join(ROOT, "scripts", "validate-manifest.js");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PACKAGE_VERSION: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "package.json"), "utf8")
).version;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/validate-manifest.js <file>` as `npm run validate` does. */
function validate(file: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [VALIDATE, file],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      }
    );
  });
}

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-matrix-manifest-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Writes a variant of the manifest to a temporary file and returns its path. */
function variant(name: string, xml: string): string {
  expect(xml).not.toBe(MANIFEST); // the edit must have changed something
  const file = path.join(tmp, name);
  fs.writeFileSync(file, xml);
  return file;
}

describe("npm run validate (scripts/validate-manifest.js)", () => {
  test("the real manifest.xml is valid", async () => {
    const run = await validate(path.join(ROOT, "manifest.xml"));
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("manifest.xml is a valid add-in manifest");
    expect(run.code).toBe(0);
  });

  test("Permissions before DefaultSettings fails the schema, naming the element", async () => {
    const moved = MANIFEST.replace(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, "").replace(
      "<DefaultSettings>",
      "<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"
    );
    const run = await validate(variant("permissions-first.xml", moved));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is not a valid add-in manifest");
    expect(run.stderr).toMatch(/Permissions'?: This element is not expected/);
    expect(run.stderr).toMatch(/Expected is \( \{[^}]+\}DefaultSettings \)/);
  });

  test("a manifest without <Id> fails, saying Id was expected", async () => {
    const run = await validate(variant("no-id.xml", MANIFEST.replace(/\s*<Id>[^<]*<\/Id>/, "")));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Expected is \( \{[^}]+\}Id \)/);
  });

  test("an http:// URL fails even though the schema accepts it", async () => {
    const http = MANIFEST.replace(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>'
    );
    const run = await validate(variant("http-url.xml", http));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '<SourceLocation> DefaultValue="http://localhost:3000/taskpane.html" must be an absolute https:// URL'
    );
    expect(run.stderr).toContain("1 problem(s).");
  });

  test("http:// in a resource URL and an app domain are both reported, with line numbers", async () => {
    const http = MANIFEST.replace(
      '"https://localhost:3000/assets/icon-80.png"',
      '"http://localhost:3000/assets/icon-80.png"'
    ).replace("<AppDomain>https://", "<AppDomain>http://");
    const run = await validate(variant("http-resources.xml", http));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/http-resources\.xml:\d+: <bt:Image> DefaultValue="http:\/\//);
    expect(run.stderr).toMatch(/http-resources\.xml:\d+: <AppDomain> "http:\/\/localhost:3000"/);
    expect(run.stderr).toContain("2 problem(s).");
  });

  test("a file that is not well-formed XML fails with the parser's message", async () => {
    const run = await validate(variant("truncated.xml", MANIFEST.slice(0, MANIFEST.length / 2)));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is not a valid add-in manifest");
    expect(run.stderr).toMatch(/parser error|could not be parsed as XML/);
  });

  test("PLAN_MATRIX_MANIFEST_SCHEMAS overrides the schema folder", async () => {
    const empty = fs.mkdtempSync(path.join(tmp, "no-schemas-"));
    const missing = await validate(path.join(ROOT, "manifest.xml"), {
      PLAN_MATRIX_MANIFEST_SCHEMAS: empty,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${path.join(empty, "OfficeAppManifestV1_1.xsd")} not found`);

    const copy = fs.mkdtempSync(path.join(tmp, "schemas-"));
    const shared = path.resolve(ROOT, "..", "shared", "schemas", "office-addin-manifest");
    for (const f of fs.readdirSync(shared))
      fs.copyFileSync(path.join(shared, f), path.join(copy, f));
    const found = await validate(path.join(ROOT, "manifest.xml"), {
      PLAN_MATRIX_MANIFEST_SCHEMAS: copy,
    });
    expect(found.stdout).toContain(path.join(copy, "OfficeAppManifestV1_1.xsd"));
    expect(found.code).toBe(0);
  });
});

describe("manifest content", () => {
  test("<Version> is package.json's version in four parts", () => {
    expect(MANIFEST).toContain(`<Version>${toManifestVersion(PACKAGE_VERSION)}</Version>`);
  });

  test("Excel workbook host, ExcelApi 1.9, ReadWriteDocument, Spanish first with English overrides", () => {
    expect(MANIFEST).toContain('<Host Name="Workbook"/>');
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(MANIFEST).toContain("<DefaultLocale>es-CO</DefaultLocale>");
    expect(MANIFEST).toMatch(
      /<DisplayName DefaultValue="Plan de Acción">\s*<Override Locale="en-US" Value="Action Plan"\/>/
    );
    expect(MANIFEST).toMatch(
      /<bt:String id="PM.Tab.Label" DefaultValue="Plan de Acción">\s*<bt:Override Locale="en-US" Value="Action Plan"\/>/
    );
  });

  test("the ribbon button opens taskpane.html", () => {
    expect(MANIFEST).toMatch(
      /<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="PM.Taskpane.Url"\/>/
    );
    expect(MANIFEST).toContain(
      '<bt:Url id="PM.Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>'
    );
  });
});

describe("production manifest (what npm run build writes)", () => {
  test("toManifestVersion pads to four parts and refuses what the manifest cannot hold", () => {
    expect(toManifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(toManifestVersion("2.10.3-beta.1")).toBe("2.10.3.0");
    expect(() => toManifestVersion("1.2")).toThrow(/cannot be written as a manifest <Version>/);
    expect(() => toManifestVersion("123456.0.0")).toThrow(/cannot be written/);
  });

  test("resolveProductionOrigin requires https and ends the origin with /", () => {
    expect(resolveProductionOrigin("https://plans.example.org/pm")).toBe(
      "https://plans.example.org/pm/"
    );
    expect(() => resolveProductionOrigin(undefined)).toThrow(/PLAN_MATRIX_ORIGIN is not set/);
    expect(() => resolveProductionOrigin("  ")).toThrow(/PLAN_MATRIX_ORIGIN is not set/);
    expect(() => resolveProductionOrigin("http://plans.example.org/")).toThrow(/must use https/);
    expect(() => resolveProductionOrigin("plans.example.org")).toThrow(/not an absolute URL/);
  });

  test("URLs move to the origin, Version follows the package, and the result validates", async () => {
    const built = transformManifest(MANIFEST, {
      version: "3.4.5",
      origin: "https://plans.example.org/plan-matrix",
    });
    expect(built).not.toContain("localhost");
    expect(built).toContain("<Version>3.4.5.0</Version>");
    expect(built).toContain("<AppDomain>https://plans.example.org</AppDomain>");
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://plans.example.org/plan-matrix/taskpane.html"/>'
    );
    const urls = [...built.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls)
      expect(url.startsWith("https://plans.example.org/plan-matrix/")).toBe(true);

    const run = await validate(variant("production.xml", built));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  test("a development build keeps the localhost URLs and only sets the version", () => {
    const built = transformManifest(MANIFEST, { version: "3.4.5" });
    expect(built).toContain("<Version>3.4.5.0</Version>");
    expect(built).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
    expect(built).toContain("Generated by the build from manifest.xml");
  });
});
