import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_TEMPLATE,
  DEFAULT_TEMPLATE_SOURCE_OPTIONS,
} from "../../../src/core/template/defaultTemplate";
import { parsePlanText } from "../../../src/core/template/parsePlanText";
import { areasInOrder } from "../../../src/core/template/Template";
import { validateTemplate } from "../../../src/core/template/validateTemplate";

const seedPath = join(__dirname, "..", "..", "fixtures", "seed", "plan-de-accion-2021.txt");

describe("DEFAULT_TEMPLATE", () => {
  it("is exactly what the importer derives from the seed plan (regenerate with scripts/derive-default-template.ts)", () => {
    const derived = parsePlanText(readFileSync(seedPath, "utf8"), DEFAULT_TEMPLATE_SOURCE_OPTIONS);
    expect(derived.problems).toEqual([]);
    expect(derived.template).toStrictEqual(DEFAULT_TEMPLATE);
  });

  it("is the seed fixture byte for byte", () => {
    const shared = join(
      __dirname,
      "..",
      "..",
      "..",
      "..",
      "shared",
      "seeds",
      "plan-de-accion-2021.txt"
    );
    // ../shared sits beside every checkout (CI has it): a missing seed fails here rather than skipping the check.
    expect(readFileSync(seedPath).equals(readFileSync(shared))).toBe(true);
    expect(readFileSync(seedPath, "utf8")).toContain("3.5.1. SISTEMA GENERAL DE");
  });

  it("is Asocapitales' 2021 plan: four macroprocesses, 17 areas, 116 objectives", () => {
    expect(DEFAULT_TEMPLATE).toMatchObject({
      templateId: "asocapitales-plan-de-accion",
      templateVersion: 1,
      organisation: "Asociación Colombiana de Ciudades Capitales – Asocapitales",
      year: 2021,
    });
    expect(DEFAULT_TEMPLATE.macroprocesses.map((m) => m.name)).toEqual([
      "Misional",
      "Apoyo",
      "Dirección Estratégica",
      "Seguimiento, Monitoreo y Control",
    ]);
    const areas = areasInOrder(DEFAULT_TEMPLATE).map(({ area }) => area);
    expect(areas.map((area) => `${area.section} ${area.code} ${area.objectives.length}`)).toEqual([
      "3.1 DJ 9",
      "3.2 DE 9",
      "3.3 ECR 9",
      "3.4 EGN 6",
      "3.5 DGT 7",
      "3.5.1 SGR 5",
      "3.6 MA 8",
      "3.7 SCC 6",
      "3.8 CICT 9",
      "4.1 GAF 9",
      "4.2 GH 5",
      "4.3 GD 6",
      "4.4 GT 4",
      "4.5 GC 5",
      "5.1 PI 10",
      "5.2 CRI 9",
      "6.1 CI 0",
    ]);
    expect(areas.reduce((total, area) => total + area.objectives.length, 0)).toBe(116);
    expect(areas.find((area) => area.code === "SGR")?.parent).toBe("DGT");
    expect(areas.find((area) => area.code === "CI")?.note).toMatch(
      /^El Plan de Acción 2021 de la Oficina de Control Interno, corresponde al Plan Anual de Auditorías/
    );
  });

  it("passes the template schema check", () => {
    expect(validateTemplate(JSON.parse(JSON.stringify(DEFAULT_TEMPLATE))).problems).toEqual([]);
  });
});
