#!/usr/bin/env node
/**
 * Compiles the CLI (src/cli/main.ts and what it imports, npm packages included) into dist-cli/ with esbuild, so
 * `plan-matrix` runs JavaScript and starts fast (SPEC §8).
 *
 *   node scripts/build-cli.js      (npm run build:cli; `npm ci` and `npm install` run it through `prepare`,
 *                                   and jest's global set-up runs it before the suites that spawn the CLI)
 *
 * ES modules with code splitting: each command's module (`import()` in src/cli/commands/index.ts) and what only it
 * needs land in their own chunks, so `--help` loads a few kilobytes and `validate` never loads the report renderer.
 * ES output has no `require`: the banner gives each chunk one, for the CommonJS packages bundled into it.
 * Type-checking is `npm run typecheck`'s job: esbuild only strips types (well under 2 s).
 */
const { rmSync } = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "dist-cli");

async function buildCli() {
  rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: "src/cli/main.ts" },
    outdir: OUT_DIR,
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
  });
}

module.exports = { buildCli, CLI_ENTRY: path.join(OUT_DIR, "main.mjs") };

if (require.main === module) {
  buildCli().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
