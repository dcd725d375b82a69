/**
 * The CLI runs compiled JavaScript (SPEC §8): bin/plan-matrix.js runs dist-cli/ (built by jest's global set-up as
 * by `npm ci`), a command loads only what it needs, and a missing build is one line saying how to make it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cliProcess } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist-cli");

/**
 * The source modules a compiled file and the chunks it imports statically hold: what Node evaluates when it is
 * loaded. esbuild heads each module it bundles with a `// path/of/the/module.ts` comment.
 */
function modulesLoadedWith(file: string, seen = new Set<string>()): Set<string> {
  const modules = new Set<string>();
  if (seen.has(file)) return modules;
  seen.add(file);
  const code = readFileSync(path.join(DIST, file), "utf8");
  for (const [, module] of code.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm))
    modules.add(module);
  const statics = [
    ...code.matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"/gm),
    ...code.matchAll(/^import\s*"\.\/([^"]+)"/gm),
  ];
  for (const [, chunk] of statics)
    for (const module of modulesLoadedWith(chunk, seen)) modules.add(module);
  return modules;
}

/** The compiled file a command's `import()` in main.mjs names, e.g. validateCommand-AB12CD34.mjs. */
function commandFile(name: string): string {
  const main = readFileSync(path.join(DIST, "main.mjs"), "utf8");
  const match = new RegExp(`import\\("\\./(${name}Command-[^"]+)"\\)`).exec(main);
  if (!match) throw new Error(`main.mjs imports no ${name}Command chunk`);
  return match[1];
}

test("--help loads the dispatcher and its messages: no command, operation, shell, renderer or npm package", () => {
  const atStart = [...modulesLoadedWith("main.mjs")];
  expect(atStart).toContain("src/cli/main.ts");
  expect(atStart).toContain("src/cli/messages/cliHelpMessages.ts");
  expect(atStart.filter((module) => module.startsWith("node_modules/"))).toEqual([]);
  expect(atStart.filter((module) => module.startsWith("src/shells/"))).toEqual([]);
  expect(atStart.filter((module) => /^src\/cli\/commands\/\w+Command\.ts$/.test(module))).toEqual(
    []
  );
  // Only the error type and its wording, which every failing command shares.
  expect(atStart.filter((module) => module.startsWith("src/operations/")).sort()).toEqual([
    "src/operations/OperationError.ts",
    "src/operations/formatOperationError.ts",
  ]);
  expect(atStart.filter((module) => module.startsWith("src/core/validation/"))).toEqual([]);
});

test("validate loads the file host and validation, not the report renderer nor consolidation", () => {
  const validate = [...modulesLoadedWith(commandFile("validate"))];
  expect(validate).toContain("src/cli/commands/validateCommand.ts");
  expect(validate).toContain("src/shells/xlsx/FileHost.ts");
  expect(validate).toContain("src/core/validation/validateWorkbook.ts");
  expect(validate.filter((module) => module.startsWith("src/core/report/"))).toEqual([]);
  expect(validate).not.toContain("src/operations/consolidate.ts");
  expect(validate).not.toContain("src/operations/report.ts");
});

test("report loads the Word writer only when it writes a .docx (its own chunk)", () => {
  const report = [...modulesLoadedWith(commandFile("report"))];
  expect(report).toContain("src/operations/report.ts");
  // renderReportDocx is the one module that imports docx.
  expect(report).not.toContain("src/core/report/renderReportDocx.ts");
  const code = readFileSync(path.join(DIST, commandFile("report")), "utf8");
  // import( /* a comment */ "./renderReportDocx-AB12CD34.mjs" )
  const [, chunk] = /import\((?:\s|\/\*[^*]*\*\/)*"\.\/(renderReportDocx-[^"]+)"/.exec(code) ?? [];
  expect(chunk).toBeDefined();
  expect([...modulesLoadedWith(chunk)]).toContain("src/core/report/renderReportDocx.ts");
  expect(readFileSync(path.join(DIST, chunk), "utf8")).toMatch(
    /^\/\/ \S*node_modules\/docx\/dist\/index\.mjs$/m
  );
});

test("bin/plan-matrix.js runs the compiled CLI", () => {
  const run = cliProcess(["--help", "--lang", "en"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^plan-matrix — /);
  expect(run.stderr).toBe("");
});

test("without a build, bin/plan-matrix.js says in one line how to make it, and exits 2", () => {
  const bin = path.join(testOutputDir("unbuilt-cli"), "bin");
  mkdirSync(bin);
  copyFileSync(path.join(ROOT, "bin", "plan-matrix.js"), path.join(bin, "plan-matrix.js"));
  const run = spawnSync(process.execPath, [path.join(bin, "plan-matrix.js"), "--help"], {
    encoding: "utf8",
  });
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe(
    `plan-matrix no está compilado: ejecute «npm run build:cli» en ${path.dirname(bin)} ` +
      "(not built: run `npm run build:cli` there).\n"
  );
});
