/** Child process: builds the bench workbook at argv[2] (argv[3]: rows per area). */
import { buildPlanFixture } from "../buildPlanFixture";
import { reportChild } from "./reportChild";

async function main(): Promise<void> {
  const [file, rows] = process.argv.slice(2);
  const started = performance.now();
  await buildPlanFixture(file, rows ? Number(rows) : undefined);
  reportChild({ seconds: (performance.now() - started) / 1000 });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
