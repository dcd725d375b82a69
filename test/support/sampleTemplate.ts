import {
  DEFAULT_BANDS,
  DEFAULT_LISTS,
  Template,
  defaultPeriods,
} from "../../src/core/template/Template";

/** A small, valid template: two macroprocesses, three areas (one a child, one with no objectives). */
export function sampleTemplate(overrides: Partial<Template> = {}): Template {
  return {
    schemaVersion: 1,
    templateId: "sample-plan",
    templateVersion: 1,
    organisation: "Alcaldía de Ejemplo",
    year: 2021,
    periods: defaultPeriods("T"),
    bands: { ...DEFAULT_BANDS },
    lists: { ...DEFAULT_LISTS },
    extraColumns: [],
    macroprocesses: [
      {
        code: "MI",
        name: "Misional",
        areas: [
          {
            code: "DJ",
            name: "Dirección Jurídica",
            section: "3.1",
            objectives: ["Mapear el litigio estratégico.", "Asesorar jurídicamente."],
          },
          {
            code: "SGR",
            name: "Sistema General de Regalías – SGR",
            section: "3.1.1",
            parent: "DJ",
            objectives: ["Acompañar proyectos."],
          },
        ],
      },
      {
        code: "SMC",
        name: "Seguimiento, Monitoreo y Control",
        areas: [
          {
            code: "CI",
            name: "Control Interno",
            section: "6.1",
            note: "Su plan es el Plan Anual de Auditorías.",
            objectives: [],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/**
 * `sampleTemplate`'s version 2: a list column `Fuente` added after `Estado del reporte`, so that every column from
 * there on moves one to the right (`% Cumplimiento` from AD to AE on an area tab): what an upgrade must carry.
 */
export function sampleTemplateWithSource(): Template {
  const v1 = sampleTemplate();
  return {
    ...v1,
    templateVersion: 2,
    lists: { ...v1.lists, fuentes: ["A", "B"] },
    extraColumns: [{ header: "Fuente", type: "list", list: "fuentes", required: false }],
  };
}
