/**
 * A bench child compiled as the shipped CLI is (scripts/build-cli.js: one esbuild bundle, ES module, Node 20), so
 * that the core's figure is the product's code as it runs, not tsx's: tsx turns each module into CommonJS with
 * getter-based exports, which every cross-module call then goes through (measured on the core child: 1.29 s of
 * CPU under tsx against 1.06 s bundled, medians).
 */
import { buildSync } from "esbuild";
import { mkdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** Compiles `bench/children/<script>` into `bench-output/bundled/`; returns the bundle's path. */
export function bundleChild(script: string): string {
  const dir = path.join(ROOT, "bench-output", "bundled");
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, script.replace(/\.ts$/, ".mjs"));
  buildSync({
    absWorkingDir: ROOT,
    entryPoints: [path.join(__dirname, "children", script)],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    legalComments: "none",
    logLevel: "warning",
  });
  return outfile;
}
