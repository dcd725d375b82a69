/**
 * Child process: runs one plan-matrix command (argv[2..]) exactly as `npx plan-matrix` would, output discarded
 * but counted, and reports how long it took and its exit code.
 */
import { runCli } from "../../src/cli/main";
import { cpuSecondsSince, reportChild } from "./reportChild";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let outputBytes = 0;
  const errors: string[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  const exitCode = await runCli(argv, {
    out: (text) => {
      outputBytes += text.length;
    },
    err: (text) => {
      errors.push(text);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  if (exitCode === 2) {
    console.error(errors.join("\n"));
    process.exit(2);
  }
  reportChild({ seconds, cpuSeconds, exitCode, outputBytes });
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
