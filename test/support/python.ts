/**
 * Python for the independent readers the tests use (Debian's openpyxl and python-docx, at /usr/bin/python3: the
 * `python3` first on PATH may lack them). `runPython(args)` is `execFileSync("/usr/bin/python3", args)`; under jest it
 * runs in this worker's Python server instead (python_server.py: a child forked from a Python with openpyxl and
 * python-docx already imported, with this call's standard input, output and error, arguments, folder and
 * environment), asked by python_client.py, which runs the interpreter itself when the server cannot be reached.
 * Measured: a run makes some two hundred such calls, each of which spent 0.25 s of CPU importing openpyxl.
 */
import { execFileSync, ExecFileSyncOptions, spawn } from "node:child_process";
import path from "node:path";
import { workerProcess } from "./workerProcess";

export const PYTHON = "/usr/bin/python3";
const SERVER = path.join(__dirname, "python_server.py");
const CLIENT = path.join(__dirname, "python_client.py");

/** The arguments that send a call to this worker's server (none outside a jest run). */
function throughServer(): string[] {
  const dir = workerProcess("python", (into) =>
    spawn(PYTHON, [SERVER, path.join(into, "python.sock")], { detached: true, stdio: "ignore" })
  );
  return dir ? [CLIENT, path.join(dir, "python.sock")] : [];
}

/** `python3 ARGS…`'s standard output, as UTF-8 text (throws as `execFileSync` does when it fails). */
export function runPython(
  args: readonly string[],
  options: Omit<ExecFileSyncOptions, "encoding"> = {}
): string {
  return execFileSync(PYTHON, [...throughServer(), ...args], { ...options, encoding: "utf8" });
}
