#!/usr/bin/env node
/**
 * Lints texts as if they were files of this repository, with the project's eslint.config.mjs, in a process of its
 * own (ESLint loads its config with import(), which jest's module sandbox does not run). Reads
 * `[{ filePath, code }]` as JSON on stdin (paths relative to the repository; the files need not exist) and prints
 * `[{ filePath, messages: [{ ruleId, message }] }]`.
 */
const { createRequire } = require("node:module");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const lintRequire = createRequire(require.resolve("office-addin-lint/package.json"));
const { ESLint } = lintRequire("eslint");

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const eslint = new ESLint({ cwd: ROOT });
  const results = [];
  for (const { filePath, code } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
    results.push({
      filePath,
      messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })),
    });
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
