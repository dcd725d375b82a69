/**
 * The operations of SPEC §9 bound to one host: what the pane receives as a prop (the CLI calls each operation
 * itself). Only `describeWorkbook` and `readSnapshot`, which the pane's first screen runs, load with it; every other
 * operation's module loads when it is first called, so the pane's first render does not wait for the code of the
 * consolidation, the informe, the import or the upgrade (the `operations` chunk was 39.1 KB of gzip JavaScript,
 * requested before the first render, `npm run bench -- --pane`).
 */
import { describeWorkbook } from "./describeWorkbook";
import { BindOperations } from "./PlanOperations";
import { readSnapshot } from "./readSnapshot";

export const bindOperations: BindOperations = (host) => ({
  generate: async (request, context) =>
    (await import("./generate")).generate(host, request, context),
  validate: async (request, context) =>
    (await import("./validate")).validate(host, request, context),
  fix: async (request, context) => (await import("./fix")).fix(host, request, context),
  semaphore: async (request, context) =>
    (await import("./semaphore")).semaphore(host, request, context),
  importAreas: async (request, context) =>
    (await import("./importAreas")).importAreas(host, request, context),
  consolidate: async (request, context) =>
    (await import("./consolidate")).consolidate(host, request, context),
  report: async (request, context) => (await import("./report")).report(host, request, context),
  upgrade: async (request, context) => (await import("./upgrade")).upgrade(host, request, context),
  selectCell: (sheet, cell) => host.selectCell(sheet, cell),
  readSnapshot: (context) => readSnapshot(host, context),
  describeWorkbook: (context) => describeWorkbook(host, context),
});
