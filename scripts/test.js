#!/usr/bin/env node
/**
 * `npm test`: the type check (`npm run typecheck`) and the lint (`npm run lint`) side by side, each on one core,
 * then — when both pass — every jest suite (arguments after `npm test --` go to jest). Each check's output is
 * printed whole when it ends, not interleaved.
 *
 * Jest runs with a young generation of 64 MB semi-spaces (V8's default is 16 MB on this machine), which its workers
 * inherit: the suites that move a big plan through the Office fake spent a third of their time collecting garbage,
 * copying the same survivors again and again. Measured: OfficeHost's 17 × 5,000-row test 19.3 s → 13.1 s alone;
 * the whole run 443 s → 418 s of wall time (this and the axe change together).
 */
const { spawn } = require("node:child_process");

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/** V8's flag for jest and its workers (jest-worker passes its own `execArgv` on to them). */
const YOUNG_GENERATION = "--max-semi-space-size=64";

/** Runs `npm run <script>`, its output kept; resolves with its exit code and output. */
function runQuietly(script) {
  return new Promise((resolve) => {
    const child = spawn(NPM, ["run", "--silent", script], {
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("close", (code) =>
      resolve({ script, code: code ?? 1, output: Buffer.concat(output) })
    );
  });
}

async function main() {
  const started = Date.now();
  const checks = await Promise.all(["typecheck", "lint"].map(runQuietly));
  for (const { script, code, output } of checks) {
    process.stdout.write(
      `> npm run ${script}: ${code === 0 ? "passed" : `failed (exit ${code})`}\n`
    );
    if (output.length > 0) process.stdout.write(output);
  }
  process.stdout.write(`(type check and lint: ${Math.round((Date.now() - started) / 1000)} s)\n`);
  const failed = checks.find((check) => check.code !== 0);
  if (failed) return failed.code;
  const jest = spawn(
    process.execPath,
    [YOUNG_GENERATION, require.resolve("jest/bin/jest"), ...process.argv.slice(2)],
    {
      stdio: "inherit",
    }
  );
  return new Promise((resolve) => jest.on("close", (code) => resolve(code ?? 1)));
}

main().then((code) => {
  process.exitCode = code;
});
