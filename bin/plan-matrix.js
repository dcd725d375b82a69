#!/usr/bin/env node
// Runs the compiled CLI in dist-cli/ (`npm ci` builds it through `prepare`; `npm run build:cli` rebuilds it).
const { existsSync } = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const entry = path.join(__dirname, "..", "dist-cli", "main.mjs");
if (!existsSync(entry)) {
  process.stderr.write(
    `plan-matrix no está compilado: ejecute «npm run build:cli» en ${path.dirname(__dirname)} ` +
      "(not built: run `npm run build:cli` there).\n"
  );
  process.exit(2);
}
import(pathToFileURL(entry).href).then((cli) =>
  cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  })
);
