/**
 * Regenerates src/core/template/defaultTemplate.json, the embedded default template (SPEC §2), by
 * importing the seed plan test/fixtures/seed/plan-de-accion-2021.txt with `parsePlanText`:
 *
 *   npx tsx scripts/derive-default-template.ts
 *
 * Prints what the import understood and the lines it left out. test/core/template/defaultTemplate.test.ts
 * re-derives the template the same way and fails if the committed JSON has drifted.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_TEMPLATE_SOURCE_OPTIONS } from "../src/core/template/defaultTemplate";
import { formatImportTree } from "../src/core/template/formatImportTree";
import { parsePlanText } from "../src/core/template/parsePlanText";

const root = join(__dirname, "..");
const seedPath = join(root, "test", "fixtures", "seed", "plan-de-accion-2021.txt");
const outputPath = join(root, "src", "core", "template", "defaultTemplate.json");

const result = parsePlanText(readFileSync(seedPath, "utf8"), DEFAULT_TEMPLATE_SOURCE_OPTIONS);
console.log(formatImportTree(result, "en").join("\n"));
if (result.template === null) {
  console.error("The seed did not give a template; defaultTemplate.json is unchanged.");
  process.exit(2);
}
writeFileSync(outputPath, `${JSON.stringify(result.template, null, 2)}\n`, "utf8");
console.log(`Wrote ${outputPath}`);
