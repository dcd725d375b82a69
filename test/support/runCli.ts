/**
 * Runs the CLI in-process (fast) or as a real process through bin/plan-matrix.js (exit codes, stdio), which runs the
 * compiled CLI in dist-cli/ that jest's global set-up builds from the sources under test.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { runCli } from "../../src/cli/main";

export type CliRun = { code: number; stdout: string; stderr: string };

export async function cli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

export function cliProcess(args: string[], options: { cwd?: string } = {}): CliRun {
  const bin = path.resolve(__dirname, "..", "..", "bin", "plan-matrix.js");
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
