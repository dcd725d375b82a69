import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importMessages } from "../../../src/core/messages/catalog/importMessages";
import { formatImportTree } from "../../../src/core/template/formatImportTree";
import { parsePlanText } from "../../../src/core/template/parsePlanText";

const seed = readFileSync(
  join(__dirname, "..", "..", "fixtures", "seed", "plan-de-accion-2021.txt"),
  "utf8"
);

describe("formatImportTree", () => {
  const result = parsePlanText(seed, { organisation: "Asocapitales" });

  it("prints the plan, its macroprocesses and areas as an indented tree, in Spanish by default", () => {
    const lines = formatImportTree(result);
    expect(lines.slice(0, 8)).toEqual([
      "Plan de acción 2021",
      "Entidad: Asocapitales",
      "Macroprocesos: 4 · áreas: 17 · objetivos: 116",
      "  3. Macroproceso Misional [M] (línea 57)",
      "    3.1 Dirección Jurídica [DJ]: 9 objetivos (línea 59)",
      "    3.2 Dirección de Estudios [DE]: 9 objetivos (línea 89)",
      "    3.3 Enlace con el Congreso de la República [ECR]: 9 objetivos (línea 118)",
      "    3.4 Enlace con el Gobierno Nacional [EGN]: 6 objetivos (línea 144)",
    ]);
    expect(lines).toContain(
      "      3.5.1 Sistema General de Regalías – SGR [SGR]: 5 objetivos (línea 197)"
    );
    expect(lines).toContain("  6. Macroproceso Seguimiento, Monitoreo y Control [SMC] (línea 437)");
    const control = lines.indexOf("    6.1 Control Interno [CI]: 0 objetivos (línea 441)");
    expect(control).toBeGreaterThan(0);
    expect(lines[control + 1]).toMatch(
      /^ {6}Nota: El Plan de Acción 2021 de la Oficina de Control Interno.*…$/
    );
  });

  it("lists the lines not placed with their numbers and reasons", () => {
    const lines = formatImportTree(result);
    expect(lines).toContain(`Líneas no ubicadas (${result.unplaced.length}):`);
    expect(lines).toContain("  línea 4 (fuera de las áreas): 2. CONTEXTO ESTRATÉGICO");
    const intro = lines.find((line) =>
      line.startsWith("  línea 61 (texto en un área que tiene viñetas): ")
    );
    expect(intro).toBe(
      "  línea 61 (texto en un área que tiene viñetas): A continuación, se realiza la descripción por proceso de los objetivos definidos en el Plan de Acci…"
    );
    expect(
      lines.some((line) =>
        line.startsWith("  línea 1 (antes de la primera sección): El presente documento")
      )
    ).toBe(true);
  });

  it("speaks English", () => {
    const lines = formatImportTree(result, "en");
    expect(lines[0]).toBe("Action plan 2021");
    expect(lines).toContain("    3.1 Dirección Jurídica [DJ]: 9 objectives (line 59)");
    expect(lines).toContain("  line 4 (outside the areas): 2. CONTEXTO ESTRATÉGICO");
  });

  it("says 1 objective in the singular, and marks unnumbered macroprocesses", () => {
    const lines = formatImportTree(
      parsePlanText("MACROPROCESO MISIONAL\n1. Salud\n• Vacunar.\n", { year: 2024 })
    );
    expect(lines).toEqual([
      "Plan de acción 2024",
      "Macroprocesos: 1 · áreas: 1 · objetivos: 1",
      "  Macroproceso Misional [M] (línea 1)",
      "    1 Salud [S]: 1 objetivo (línea 2)",
      "Todas las líneas con texto quedaron ubicadas.",
    ]);
  });

  it("prints the blocking problems", () => {
    const lines = formatImportTree(parsePlanText(""), "es");
    expect(lines).toEqual([
      "Plan de acción (sin año)",
      "Macroprocesos: 0 · áreas: 0 · objetivos: 0",
      "No se reconoció ningún macroproceso.",
      "Todas las líneas con texto quedaron ubicadas.",
      "Problemas que impiden crear la plantilla:",
      `  ${importMessages.es["import.empty"]}`,
    ]);
    expect(formatImportTree(parsePlanText("\u0000\u0000"), "en")).toContain(
      "  The text looks like the content of a binary file (2 control characters), not a written plan. Copy the text of the document (PDF or Word) and paste it."
    );
  });
});

describe("importMessages", () => {
  it("has the same codes in Spanish and English, with the same placeholders", () => {
    expect(Object.keys(importMessages.en).sort()).toEqual(Object.keys(importMessages.es).sort());
    for (const code of Object.keys(importMessages.es) as (keyof typeof importMessages.es)[]) {
      const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(importMessages.en[code])).toEqual(placeholders(importMessages.es[code]));
    }
  });
});
