#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx compiles on the fly), so the repository needs no build step for it.
require("tsx/cjs/api").register();
require("../src/cli/main.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
