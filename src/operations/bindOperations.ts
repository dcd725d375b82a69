/** The operations of SPEC §9 bound to one host: what the pane receives as a prop and the CLI calls. */
import { consolidate } from "./consolidate";
import { describeWorkbook } from "./describeWorkbook";
import { fix } from "./fix";
import { generate } from "./generate";
import { importAreas } from "./importAreas";
import { BindOperations } from "./PlanOperations";
import { readSnapshot } from "./readSnapshot";
import { report } from "./report";
import { semaphore } from "./semaphore";
import { upgrade } from "./upgrade";
import { validate } from "./validate";

export const bindOperations: BindOperations = (host) => ({
  generate: (request, context) => generate(host, request, context),
  validate: (request, context) => validate(host, request, context),
  fix: (request, context) => fix(host, request, context),
  semaphore: (request, context) => semaphore(host, request, context),
  importAreas: (request, context) => importAreas(host, request, context),
  consolidate: (request, context) => consolidate(host, request, context),
  report: (request, context) => report(host, request, context),
  upgrade: (request, context) => upgrade(host, request, context),
  selectCell: (sheet, cell) => host.selectCell(sheet, cell),
  readSnapshot: (context) => readSnapshot(host, context),
  describeWorkbook: (context) => describeWorkbook(host, context),
});
