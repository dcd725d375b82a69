/**
 * Temporary files a write has created and not yet renamed: removed if the process is stopped by a signal (SIGINT,
 * SIGTERM, SIGHUP) or exits while one is open, so an interrupted write leaves nothing behind. The handlers are
 * installed only while a temporary file exists; after cleaning up, the signal is raised again so the process ends
 * as it would have without them.
 */
import { rmSync } from "node:fs";

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const live = new Set<string>();

function removeAll(): void {
  for (const file of live) rmSync(file, { force: true });
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", removeAll);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  process.removeListener("exit", removeAll);
}

/** Remembers a temporary file until `release`: a signal in between removes it. */
export function trackTemporaryFile(file: string): void {
  if (live.size === 0) install();
  live.add(file);
}

export function releaseTemporaryFile(file: string): void {
  if (!live.delete(file)) return;
  if (live.size === 0) uninstall();
}
