/** Test artefacts go under test-output/ (ignored by git), one fresh folder per test file. */
import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";

export function testOutputDir(name: string): string {
  const root = path.resolve(__dirname, "..", "..", "test-output");
  mkdirSync(root, { recursive: true });
  return mkdtempSync(path.join(root, `${name}-`));
}
