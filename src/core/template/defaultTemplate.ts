import json from "./defaultTemplate.json";
import { PlanTextOptions } from "./PlanTextImport";
import { Template } from "./Template";

/**
 * The options the default template is imported with from the seed plan
 * (test/fixtures/seed/plan-de-accion-2021.txt) by scripts/derive-default-template.ts.
 */
export const DEFAULT_TEMPLATE_SOURCE_OPTIONS: Required<PlanTextOptions> = {
  organisation: "Asociación Colombiana de Ciudades Capitales – Asocapitales",
  year: 2021,
  templateId: "asocapitales-plan-de-accion",
  templateVersion: 1,
};

/**
 * The embedded default template (SPEC §2): Asocapitales, 2021, four macroprocesses, 17 areas
 * (3.1 … 6.1), 116 objectives. Generated from the seed plan by `parsePlanText`
 * (npx tsx scripts/derive-default-template.ts); do not edit the JSON by hand.
 */
export const DEFAULT_TEMPLATE: Template = json as Template;
