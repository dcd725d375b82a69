/**
 * Debian's Chromium, headless, through playwright-core: a fresh profile per launch and the flags that keep it
 * quiet on a machine without internet. `close()` ends the browser and removes the profile.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export type HeadlessChromium = { context: BrowserContext; close: () => Promise<void> };

export async function launchChromium(viewport: {
  width: number;
  height: number;
}): Promise<HeadlessChromium> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH`
    );
  const profile = mkdtempSync(path.join(os.tmpdir(), "plan-matrix-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
