#!/usr/bin/env node
/**
 * Compiles the CLI (src/cli/main.ts and what it imports, npm packages included) into dist-cli/ with esbuild, so
 * `plan-matrix` runs JavaScript and starts fast (SPEC §8).
 *
 *   node scripts/build-cli.js [--force]   (npm run build:cli; `npm ci` and `npm install` run it through `prepare`,
 *                                          jest's global set-up and `npm run bench -- --cli` before they run the CLI)
 *
 * ES modules with code splitting: each command's module (`import()` in src/cli/commands/index.ts) and what only it
 * needs land in their own chunks, so `--help` loads a few kilobytes and `validate` never loads the report renderer.
 * ES output has no `require`: the banner gives each chunk one, for the CommonJS packages bundled into it.
 * Type-checking is `npm run typecheck`'s job: esbuild only strips types (well under 2 s).
 *
 * A build that is up to date is kept (dist-cli/build.json records a hash of every source file it was built from,
 * the lock file and this script): jest runs started side by side in one checkout never pull the CLI from under each
 * other. A new build is written aside and swapped in with a rename, never half-written in place.
 */
const { createHash } = require("node:crypto");
const { existsSync, readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "dist-cli");
const STAMP = "build.json";
/** What every build depends on besides its sources (npm packages are pinned by the lock file). */
const ALWAYS = ["package-lock.json", "tsconfig.json", path.relative(ROOT, __filename)];

/** A hash of the contents of `inputs` (paths relative to the repository); a missing file counts as such. */
function inputsKey(inputs) {
  const hash = createHash("sha256");
  for (const file of [...new Set([...inputs, ...ALWAYS])].sort()) {
    const full = path.join(ROOT, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(full) ? readFileSync(full) : "\0missing");
  }
  return hash.digest("hex");
}

function isUpToDate() {
  try {
    const { key, inputs } = JSON.parse(readFileSync(path.join(OUT_DIR, STAMP), "utf8"));
    return inputsKey(inputs) === key;
  } catch {
    return false;
  }
}

/** Builds dist-cli/ unless it is up to date (or `force`); resolves with whether it built. */
async function buildCli({ force = false } = {}) {
  if (!force && isUpToDate()) return false;
  const staging = `${OUT_DIR}.${process.pid}.new`;
  rmSync(staging, { recursive: true, force: true });
  const result = await require("esbuild").build({
    absWorkingDir: ROOT,
    entryPoints: { main: "src/cli/main.ts" },
    outdir: staging,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    splitting: true,
    outExtension: { ".js": ".mjs" },
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs).filter(
    (input) => !input.startsWith("node_modules/")
  );
  writeFileSync(path.join(staging, STAMP), JSON.stringify({ key: inputsKey(inputs), inputs }));
  const retired = `${OUT_DIR}.${process.pid}.old`;
  try {
    renameSync(OUT_DIR, retired);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  try {
    renameSync(staging, OUT_DIR);
  } catch (error) {
    // Another build swapped its own in between: it is as new as this one.
    if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(retired, { recursive: true, force: true });
  return true;
}

module.exports = { buildCli };

if (require.main === module) {
  buildCli({ force: process.argv.includes("--force") }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
