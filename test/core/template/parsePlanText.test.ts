import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlanText } from "../../../src/core/template/parsePlanText";
import { PlanTextImport, UnplacedLine } from "../../../src/core/template/PlanTextImport";
import {
  Area,
  areasInOrder,
  DEFAULT_BANDS,
  DEFAULT_LISTS,
  defaultPeriods,
  Template,
} from "../../../src/core/template/Template";
import { validateTemplate } from "../../../src/core/template/validateTemplate";

const fixtures = join(__dirname, "..", "..", "fixtures");
const readFixture = (...path: string[]): string => readFileSync(join(fixtures, ...path), "utf8");
const seedText = readFixture("seed", "plan-de-accion-2021.txt");
const seedLines = seedText.split("\n");

function templateOf(result: PlanTextImport): Template {
  expect(result.problems).toEqual([]);
  if (result.template === null) throw new Error("expected a template");
  return result.template;
}

function areas(template: Template): Area[] {
  return areasInOrder(template).map(({ area }) => area);
}

function area(template: Template, section: string): Area {
  const found = areas(template).find((candidate) => candidate.section === section);
  if (found === undefined) throw new Error(`no area ${section}`);
  return found;
}

function summary(template: Template): string[] {
  return areasInOrder(template).map(
    ({ area: a, macroprocess }) =>
      `${macroprocess.name} | ${a.section} ${a.code} ${a.name}${a.parent ? ` < ${a.parent}` : ""} : ${a.objectives.length}`
  );
}

function unplacedAt(result: PlanTextImport, reason: UnplacedLine["reason"]): number[] {
  return result.unplaced.filter((line) => line.reason === reason).map((line) => line.line);
}

/** 1-based numbers of the non-blank lines from `from` to `to`. */
function nonBlankLines(lines: readonly string[], from: number, to: number): number[] {
  const numbers: number[] = [];
  for (let line = from; line <= to; line += 1)
    if (lines[line - 1].trim() !== "") numbers.push(line);
  return numbers;
}

describe("parsePlanText on the seed plan (Asocapitales 2021)", () => {
  const result = parsePlanText(seedText, { organisation: "Asocapitales", year: 2021 });
  const template = templateOf(result);

  it("finds the four macroprocesses, in order, named from their headings", () => {
    expect(template.macroprocesses.map((m) => [m.code, m.name])).toEqual([
      ["M", "Misional"],
      ["A", "Apoyo"],
      ["DES", "Dirección Estratégica"],
      ["SMC", "Seguimiento, Monitoreo y Control"],
    ]);
  });

  it("finds the 17 areas with their sections, codes, names, parents and objective counts", () => {
    expect(summary(template)).toEqual([
      "Misional | 3.1 DJ Dirección Jurídica : 9",
      "Misional | 3.2 DE Dirección de Estudios : 9",
      "Misional | 3.3 ECR Enlace con el Congreso de la República : 9",
      "Misional | 3.4 EGN Enlace con el Gobierno Nacional : 6",
      "Misional | 3.5 DGT Desarrollo y Gestión Territorial : 7",
      "Misional | 3.5.1 SGR Sistema General de Regalías – SGR < DGT : 5",
      "Misional | 3.6 MA Medio Ambiente : 8",
      "Misional | 3.7 SCC Seguridad y Convivencia Ciudadana : 6",
      "Misional | 3.8 CICT Cooperación Internacional y Componente TIC : 9",
      "Apoyo | 4.1 GAF Gestión Administrativa y Financiera : 9",
      "Apoyo | 4.2 GH Gestión Humana : 5",
      "Apoyo | 4.3 GD Gestión Documental : 6",
      "Apoyo | 4.4 GT Gestión Tecnológica : 4",
      "Apoyo | 4.5 GC Gestión Contractual : 5",
      "Dirección Estratégica | 5.1 PI Planeación Institucional : 10",
      "Dirección Estratégica | 5.2 CRI Comunicaciones y Relacionamiento Institucional : 9",
      "Seguimiento, Monitoreo y Control | 6.1 CI Control Interno : 0",
    ]);
    expect(areas(template).reduce((total, a) => total + a.objectives.length, 0)).toBe(116);
  });

  it("reads headings that span lines", () => {
    expect(area(template, "3.3").name).toBe("Enlace con el Congreso de la República");
    expect(area(template, "3.4").name).toBe("Enlace con el Gobierno Nacional");
    expect(area(template, "3.5.1").name).toBe("Sistema General de Regalías – SGR");
    expect(area(template, "3.8").name).toBe("Cooperación Internacional y Componente TIC");
    expect(template.macroprocesses[3].name).toBe("Seguimiento, Monitoreo y Control");
  });

  it("makes 3.5.1 SGR a child of 3.5", () => {
    expect(area(template, "3.5.1")).toMatchObject({ code: "SGR", parent: "DGT" });
    expect(area(template, "3.5").parent).toBeUndefined();
    const misional = result.tree.macroprocesses[0];
    const territorial = misional.areas.find((node) => node.section === "3.5");
    expect(
      territorial?.children.map((child) => [child.section, child.code, child.objectiveCount])
    ).toEqual([["3.5.1", "SGR", 5]]);
    expect(misional.areas.map((node) => node.section)).toEqual([
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
      "3.7",
      "3.8",
    ]);
  });

  it("keeps Control Interno without objectives and with its note", () => {
    const control = area(template, "6.1");
    expect(control.objectives).toEqual([]);
    expect(control.note).toBe(
      "El Plan de Acción 2021 de la Oficina de Control Interno, corresponde al Plan Anual de Auditorías determinado para esta vigencia que se encuentra adjunto como “Anexo 1.”."
    );
    expect(
      areas(template)
        .filter((a) => a.note !== undefined)
        .map((a) => a.section)
    ).toEqual(["6.1"]);
  });

  it("cleans the objective texts: hyphenation joined, page artefacts dropped, whitespace collapsed", () => {
    const all = areas(template).flatMap((a) => a.objectives);
    expect(area(template, "3.1").objectives[3]).toBe(
      "Mejorar la capacidad de las alcaldías y sus funcionarios por medio de las siguientes herramientas: Diplomado en Defensa Jurídica Territorial, el Concurso Corporación Excelencia en la Justicia y el apoyo tecnológico a las alcaldías para mejorar la defensa jurídica de las mismas."
    );
    expect(area(template, "4.1").objectives[0]).toBe(
      "Seguimiento y ejecución al presupuesto 2021 para garantizar un buen nivel de ejecución presupuestal"
    );
    expect(area(template, "3.5.1").objectives[0]).toBe(
      "Brindar acompañamiento a la totalidad de los asociados en la estructuración de proyectos en marco del Sistema General de Regalías, como fuente de financiación representativa para estos."
    );
    expect(area(template, "3.7").objectives[0]).toBe(
      "Acompañar y asesorar técnicamente el funcionamiento y la gestión territorial de las secretarías de gobierno, seguridad y justicia."
    );
    for (const objective of all) {
      expect(objective).not.toMatch(/Asocapitales\d/);
      expect(objective).not.toMatch(/\p{L}-\s/u);
      expect(objective).not.toMatch(/\s{2}/);
      expect(objective).toBe(objective.trim());
      expect(objective).not.toMatch(/^[•\-–]/u);
    }
    expect(all.filter((objective) => objective.includes("Con-"))).toEqual([]);
  });

  it("keeps the objectives in document order", () => {
    expect(area(template, "3.1").objectives[0]).toBe(
      "Mapear el litigio estratégico de ciudades capitales."
    );
    expect(area(template, "3.1").objectives[8]).toBe(
      "Brindar apoyo a los asociados en el proceso de reactivación económica."
    );
    expect(area(template, "5.2").objectives[1]).toMatch(
      /^Fortalecer la relación de la Asociación con otras instituciones/
    );
    expect(area(template, "5.2").objectives[8]).toMatch(/aumentar seguidores\.$/);
  });

  it("reports the lines it could not place, with their numbers and reasons", () => {
    expect(unplacedAt(result, "before-first-section")).toEqual([1, 2, 3]);
    expect(unplacedAt(result, "outside-areas")).toEqual(nonBlankLines(seedLines, 4, 56));
    expect(result.unplaced.find((line) => line.line === 4)).toEqual({
      line: 4,
      text: "2. CONTEXTO ESTRATÉGICO",
      reason: "outside-areas",
    });
    expect(unplacedAt(result, "prose-in-area")).toEqual([61, 62, 63]);
    expect(result.unplaced.find((line) => line.line === 61)?.text).toMatch(
      /^A continuación, se realiza la descripción/
    );
    expect(unplacedAt(result, "unrecognised")).toEqual([]);
    expect(result.unplaced).toHaveLength(3 + nonBlankLines(seedLines, 4, 56).length + 3);
  });

  it("fills the template's defaults and passes the template schema check", () => {
    expect(template).toMatchObject({
      schemaVersion: 1,
      templateId: "plan-de-accion",
      templateVersion: 1,
      organisation: "Asocapitales",
      year: 2021,
      periods: defaultPeriods("T"),
      bands: DEFAULT_BANDS,
      lists: DEFAULT_LISTS,
      extraColumns: [],
    });
    expect(areas(template).every((a) => a.sheetName === undefined)).toBe(true);
    expect(validateTemplate(JSON.parse(JSON.stringify(template))).problems).toEqual([]);
  });

  it("finds the year in the headings and leaves the organisation to the caller", () => {
    const plain = templateOf(parsePlanText(seedText));
    expect(plain.year).toBe(2021);
    expect(plain.organisation).toBe("");
    expect(
      templateOf(parsePlanText(seedText, { year: 2022, templateId: "x", templateVersion: 3 }))
    ).toMatchObject({
      year: 2022,
      templateId: "x",
      templateVersion: 3,
    });
  });

  it("gives the same result with Windows line ends and a byte-order mark", () => {
    const windows = parsePlanText(`\uFEFF${seedText.replace(/\n/g, "\r\n")}`, {
      organisation: "Asocapitales",
      year: 2021,
    });
    expect(windows).toEqual(result);
  });
});

describe("parsePlanText on the seed pasted in other ways", () => {
  const expected = parsePlanText(seedText, { year: 2021 }).template;
  const variants: [string, string][] = [
    ["without blank lines", seedLines.filter((line) => line.trim() !== "").join("\n")],
    ["with dash bullets", seedText.replace(/•/g, "-")],
    ["with Word's Symbol-font bullets", seedText.replace(/•/g, "\uF0B7")],
    ["with form feeds for page breaks", seedText.replace(/Asocapitales(16|20)/g, "\f")],
    ["with tabs and extra blank lines", seedText.replace(/^ /gm, "\t").replace(/\n\n/g, "\n\n\n")],
  ];

  it.each(variants)("gives the same template %s", (_name, text) => {
    expect(parsePlanText(text, { year: 2021 }).template).toEqual(expected);
  });
});

describe("parsePlanText on plans of other shapes", () => {
  it("(a) deeper numbering: 1. → 1.1 MACROPROCESO → 1.1.1 areas → 1.1.1.1 child areas, dash bullets", () => {
    const result = parsePlanText(readFixture("plans", "deep-numbering-dash-bullets.txt"));
    const template = templateOf(result);
    expect(template.year).toBe(2024);
    expect(summary(template)).toEqual([
      "Estratégico | 1.1.1 DE Direccionamiento Estratégico : 2",
      "Estratégico | 1.1.1.1 SGC Sistema de Gestión de Calidad < DE : 2",
      "Estratégico | 1.1.1.2 GCI Gestión del Conocimiento y la Innovación < DE : 1",
      "Estratégico | 1.1.2 C Comunicaciones : 2",
      "Misional | 1.2.1 FD Fomento Deportivo : 3",
      "Misional | 1.2.1.1 ED Escuelas Deportivas < FD : 2",
      "Misional | 1.2.2 RAF Recreación y Actividad Física : 1",
      "Apoyo | 1.3.1 GF Gestión Financiera : 1",
      "Apoyo | 1.3.2 TH Talento Humano : 1",
      "Apoyo | 1.3.2.1 SST Seguridad y Salud en el Trabajo < TH : 2",
    ]);
    expect(area(template, "1.1.1").objectives[0]).toBe(
      "Formular, aprobar y publicar el Plan de Acción Institucional antes del 31 de enero, articulado con el Plan Departamental de Desarrollo."
    );
    expect(area(template, "1.1.2").objectives[1]).toBe(
      "Actualizar la sección de transparencia del sitio web según la Ley 1712 de 2014."
    );
    // The heading "1. PLAN DE ACCIÓN 2024" only groups the macroprocesses: it is not reported.
    expect(result.unplaced).toEqual([
      {
        line: 1,
        text: "INSTITUTO DEPARTAMENTAL DE DEPORTES Y RECREACIÓN – INDEPORTES",
        reason: "before-first-section",
      },
      { line: 2, text: "Plan de Acción Institucional", reason: "before-first-section" },
      { line: 50, text: "2. ANEXOS", reason: "outside-areas" },
      {
        line: 51,
        text: "Anexo 1. Matriz de indicadores del Plan de Acción 2024.",
        reason: "outside-areas",
      },
    ]);
    expect(validateTemplate(JSON.parse(JSON.stringify(template))).problems).toEqual([]);
  });

  it("(b) unnumbered MACROPROCESO headings with areas numbered 1., 2. again under each", () => {
    const result = parsePlanText(readFixture("plans", "unnumbered-macroprocesses.txt"), {
      organisation: "Acueducto",
    });
    const template = templateOf(result);
    expect(template.year).toBe(2023);
    expect(template.macroprocesses.map((m) => `${m.code} ${m.name}`)).toEqual([
      "E Estratégico",
      "M Misional",
      "A Apoyo",
      "EC Evaluación y Control",
    ]);
    expect(summary(template)).toEqual([
      "Estratégico | 1 PGC Planeación y Gestión de la Calidad : 2",
      "Estratégico | 2 GTIT Gestión de las Tecnologías de la Información (TI) : 2",
      "Estratégico | 3 CI Comunicación Institucional : 1",
      "Misional | 1 GC Gestión Comercial : 2",
      "Misional | 1.1 AU Atención al Usuario < GC : 1",
      "Misional | 2 GO Gestión Operativa : 2",
      "Apoyo | 1 GJ Gestión Jurídica : 1",
      "Apoyo | 2 GF Gestión Financiera : 2",
      "Evaluación y Control | 1 CI2 Control Interno : 0",
    ]);
    expect(area(template, "2").objectives).toEqual([
      "Migrar el sistema comercial a la nube.",
      "Implementar el plan de seguridad y privacidad de la información.",
    ]);
    expect(areas(template)[0].objectives[0]).toBe(
      "Actualizar el plan estratégico 2020-2023 con los resultados del diagnóstico institucional."
    );
    expect(areas(template)[8].note).toBe(
      "El plan de trabajo de Control Interno es el Programa Anual de Auditorías 2023, aprobado por el Comité Institucional de Coordinación de Control Interno."
    );
    expect(result.tree.macroprocesses.map((m) => m.section)).toEqual([null, null, null, null]);
    expect(unplacedAt(result, "before-first-section")).toEqual([1, 2, 4, 5]);
    expect(result.unplaced).toHaveLength(4);
    expect(validateTemplate(JSON.parse(JSON.stringify(template))).problems).toEqual([]);
  });

  it("(c) page footers, a running header, bullets cut by a page break and headings over two or three lines", () => {
    const result = parsePlanText(readFixture("plans", "page-breaks-and-headings.txt"));
    const template = templateOf(result);
    expect(template.year).toBe(2022);
    expect(summary(template)).toEqual([
      "Estratégico | 1.1 OAPOT Oficina Asesora de Planeación y Ordenamiento Territorial : 3",
      "Estratégico | 1.2 OCID Oficina de Control Interno Disciplinario : 1",
      "Misional | 2.1 SGPC Secretaría de Gobierno y Participación Ciudadana : 2",
      "Misional | 2.2 SS Secretaría de Salud : 2",
    ]);
    expect(area(template, "1.1").objectives).toEqual([
      "Formular el plan de ordenamiento territorial de segunda generación con participación ciudadana en las cinco comunas.",
      "Actualizar la estratificación socioeconómica urbana y la del sector rural.",
      "Hacer seguimiento trimestral al Plan de Desarrollo Municipal.",
    ]);
    expect(area(template, "2.1").objectives).toEqual([
      "Fortalecer los consejos comunales de gestión del riesgo con la Unidad Nacional para la Gestión del Riesgo de Desastres - UNGRD en las veredas de alto riesgo.",
      "Apoyar a las juntas de acción comunal en la formulación de sus planes de trabajo.",
    ]);
    expect(area(template, "2.2").objectives[1]).toBe(
      "Vigilar la calidad del agua para consumo humano en los acueductos veredales."
    );
    const everything = JSON.stringify(template);
    expect(everything).not.toMatch(/Página|Alcaldía7|Santa Rosa del Sur – Plan/);
    expect(result.unplaced.map((line) => line.line)).toEqual([1, 2]);
  });

  it("(d) no macroprocess word: top-level headings with sub-headings are the macroprocesses", () => {
    const result = parsePlanText(readFixture("plans", "no-macroprocess-word.txt"));
    const template = templateOf(result);
    expect(template.year).toBe(2025);
    expect(summary(template)).toEqual([
      "Gestión Ambiental | 2.1 RH Recurso Hídrico : 2",
      "Gestión Ambiental | 2.2 BSE Biodiversidad y Servicios Ecosistémicos : 2",
      "Gestión Institucional | 3.1 TH Talento Humano : 2",
      "Gestión Institucional | 3.2 GD Gestión Documental : 1",
    ]);
    expect(template.macroprocesses.map((m) => m.code)).toEqual(["GA", "GI"]);
    expect(area(template, "2.1").objectives[0]).toBe(
      "Formular el plan de ordenación y manejo de la cuenca del río Suaza."
    );
    expect(area(template, "2.2").objectives).toEqual([
      "Actualizar el protocolo de monitoreo de especies amenazadas;",
      "Declarar dos nuevas áreas protegidas regionales.",
    ]);
    expect(area(template, "3.1").objectives).toEqual([
      "Ejecutar el plan de capacitación.",
      "Medir el clima laboral y formular el plan de mejora.",
    ]);
    expect(result.unplaced).toEqual([
      {
        line: 1,
        text: "Corporación Autónoma Regional del Alto Magdalena",
        reason: "before-first-section",
      },
      { line: 2, text: "Plan de Acción Anual 2025", reason: "before-first-section" },
      { line: 4, text: "1. Introducción", reason: "outside-areas" },
      {
        line: 5,
        text: "Este documento presenta las metas de la Corporación para el año.",
        reason: "outside-areas",
      },
      { line: 28, text: "4. Seguimiento", reason: "outside-areas" },
      {
        line: 29,
        text: "Se hará seguimiento trimestral por parte de la Oficina de Planeación.",
        reason: "outside-areas",
      },
    ]);
  });
});

describe("parsePlanText details", () => {
  it("makes a plan without hierarchy one macroprocess, Institucional, of areas", () => {
    const text = [
      "PLAN DE ACCIÓN 2026",
      "",
      "1. Talento Humano",
      "• Ejecutar el plan de bienestar.",
      "2. Gestión Financiera",
      "• Cerrar el año contable.",
    ].join("\n");
    const template = templateOf(parsePlanText(text));
    expect(template.macroprocesses.map((m) => [m.code, m.name])).toEqual([["I", "Institucional"]]);
    expect(summary(template)).toEqual([
      "Institucional | 1 TH Talento Humano : 1",
      "Institucional | 2 GF Gestión Financiera : 1",
    ]);
  });

  it("reads numbered list items inside an area as bullets, not as sections", () => {
    const text = [
      "1. MACROPROCESO MISIONAL 2024",
      "1.1 Gestión Social",
      "1. Realizar el diagnóstico social",
      "de las comunas",
      "2. Formular el plan",
      "3. Ejecutar el plan",
      "1.2 Vivienda",
      "a) Entregar subsidios;",
      "b) Titular predios.",
      "2. MACROPROCESO DE APOYO",
      "2.1 Jurídica",
      "(a) Defender judicialmente a la entidad",
    ].join("\n");
    const template = templateOf(parsePlanText(text));
    expect(summary(template)).toEqual([
      "Misional | 1.1 GS Gestión Social : 3",
      "Misional | 1.2 V Vivienda : 2",
      "Apoyo | 2.1 J Jurídica : 1",
    ]);
    expect(area(template, "1.1").objectives).toEqual([
      "Realizar el diagnóstico social de las comunas",
      "Formular el plan",
      "Ejecutar el plan",
    ]);
  });

  it("does not take a number inside a bullet's text for a section", () => {
    const text = [
      "3. MACROPROCESO MISIONAL 2024",
      "3.1 Salud",
      "• Vacunar a",
      "12 Municipios del sur.",
      "• Vigilar el agua.",
    ].join("\n");
    expect(area(templateOf(parsePlanText(text)), "3.1").objectives).toEqual([
      "Vacunar a 12 Municipios del sur.",
      "Vigilar el agua.",
    ]);
  });

  it("continues a mixed-case heading that ends with a small word, and drops trailing colons", () => {
    const text = [
      "1. MACROPROCESO MISIONAL 2024",
      "1.1 Gestión Administrativa y",
      "Financiera:",
      "• Cerrar el año contable.",
    ].join("\n");
    expect(areas(templateOf(parsePlanText(text))).map((a) => a.name)).toEqual([
      "Gestión Administrativa y Financiera",
    ]);
  });

  it("keeps a bullet marker alone on its line with the text on the next line", () => {
    const text = [
      "1. MACROPROCESO MISIONAL 2024",
      "1.1 Salud",
      "•",
      "Vacunar a la población.",
      "•",
      "",
      "2. OTRO",
    ].join("\n");
    const result = parsePlanText(text);
    expect(area(templateOf(result), "1.1").objectives).toEqual(["Vacunar a la población."]);
  });

  it("reports a lone marker or a rule with nothing to read as unrecognised", () => {
    const text = [
      "1. MACROPROCESO MISIONAL 2024",
      "1.1 Salud",
      "• Vacunar.",
      "_____",
      "• Vigilar.",
      "•",
    ].join("\n");
    const result = parsePlanText(text);
    expect(area(templateOf(result), "1.1").objectives).toEqual(["Vacunar.", "Vigilar."]);
    expect(result.unplaced).toEqual([
      { line: 4, text: "_____", reason: "unrecognised" },
      { line: 6, text: "•", reason: "unrecognised" },
    ]);
  });

  it("drops table-of-contents lines and form feeds", () => {
    const text = [
      "CONTENIDO",
      "1. Macroproceso Misional .......... 3",
      "1.1 Salud .......... 4",
      "\f1. MACROPROCESO MISIONAL 2024",
      "1.1 Salud",
      "• Vacunar a la pobla-",
      "\f",
      "ción infantil.",
    ].join("\n");
    const result = parsePlanText(text);
    expect(area(templateOf(result), "1.1").objectives).toEqual([
      "Vacunar a la población infantil.",
    ]);
    expect(result.unplaced).toEqual([
      { line: 1, text: "CONTENIDO", reason: "before-first-section" },
    ]);
  });

  it("reports a repeated objective of the same area and keeps the first", () => {
    const text = [
      "1. MACROPROCESO MISIONAL 2024",
      "1.1 Salud",
      "• Vacunar.",
      "• Vigilar.",
      "• Vacunar.",
    ].join("\n");
    const result = parsePlanText(text);
    expect(area(templateOf(result), "1.1").objectives).toEqual(["Vacunar.", "Vigilar."]);
    expect(result.unplaced).toEqual([{ line: 5, text: "• Vacunar.", reason: "duplicate" }]);
  });

  it("numbers duplicate area codes with a digit", () => {
    const text = [
      "1. MACROPROCESO MISIONAL 2024",
      "1.1 Control Interno",
      "• Auditar.",
      "1.2 Comunicación Institucional",
      "• Publicar.",
      "1.3 Cultura e Identidad",
      "• Celebrar.",
    ].join("\n");
    expect(areas(templateOf(parsePlanText(text))).map((a) => a.code)).toEqual(["CI", "CI2", "CI3"]);
  });

  it("names the year from a 'PLAN DE ACCIÓN <year>' heading before other years", () => {
    const text = [
      "Informe 2019",
      "1. MACROPROCESO MISIONAL",
      "1.1 Salud (ISO 9001:2015)",
      "• Vacunar en 2030.",
      "2. PLAN DE ACCIÓN 2027",
    ].join("\n");
    expect(templateOf(parsePlanText(text)).year).toBe(2027);
  });
});

describe("parsePlanText on bad input", () => {
  const cases: [string, string, string][] = [
    ["empty text", "", "import.empty"],
    ["whitespace only", " \n\t\n  \r\n", "import.empty"],
    [
      "text with no headings",
      "Este documento no tiene secciones.\n• Una viñeta suelta.\n",
      "import.noHeadings",
    ],
    [
      "binary content (a PNG header)",
      "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000",
      "import.binary",
    ],
    [
      "invalid UTF-8 decoded with replacement characters",
      "PK\u0003\u0004\uFFFD\uFFFD\u0014\u0000\uFFFD\uFFFD\uFFFD".repeat(3),
      "import.binary",
    ],
  ];

  it.each(cases)("%s gives a problem and no template", (_name, text, code) => {
    const result = parsePlanText(text);
    expect(result.template).toBeNull();
    expect(result.problems.map((problem) => problem.code)).toEqual([code]);
    expect(result.tree.macroprocesses).toEqual([]);
  });

  it("reports the lines of a text without headings", () => {
    const result = parsePlanText("Este documento no tiene secciones.\n\n• Una viñeta suelta.\n");
    expect(result.problems).toEqual([{ code: "import.noHeadings", params: { lines: 2 } }]);
    expect(result.unplaced.map((line) => [line.line, line.reason])).toEqual([
      [1, "before-first-section"],
      [3, "before-first-section"],
    ]);
  });

  it("says when headings hold no area", () => {
    const result = parsePlanText(
      "1. MACROPROCESO MISIONAL 2024\n• Vacunar.\n2. CONTEXTO\nMás texto.\n"
    );
    expect(result.template).toBeNull();
    expect(result.problems).toEqual([{ code: "import.noAreas", params: { headings: 2 } }]);
    expect(result.tree.macroprocesses.map((m) => [m.name, m.areas.length])).toEqual([
      ["Misional", 0],
    ]);
    expect(result.unplaced.map((line) => [line.line, line.reason])).toEqual([
      [2, "outside-areas"],
      [3, "outside-areas"],
      [4, "outside-areas"],
    ]);
  });

  it("says when the year is neither given nor written", () => {
    const result = parsePlanText("1. MACROPROCESO MISIONAL\n1.1 Salud\n• Vacunar.\n");
    expect(result.template).toBeNull();
    expect(result.problems).toEqual([{ code: "import.noYear", params: {} }]);
    expect(result.tree.macroprocesses[0].areas[0].name).toBe("Salud");
    expect(
      templateOf(parsePlanText("1. MACROPROCESO MISIONAL\n1.1 Salud\n• Vacunar.\n", { year: 2024 }))
        .year
    ).toBe(2024);
  });

  it("does not throw on odd text", () => {
    const odd = [
      "6.",
      "",
      "•",
      "- - -",
      "1.1.1.1.1.1 X",
      "((((",
      "99. ZZZ",
      "\u200B",
      "a) b",
      "MACROPROCESO",
    ].join("\n");
    expect(() => parsePlanText(odd)).not.toThrow();
    expect(() => parsePlanText(undefined as unknown as string)).not.toThrow();
    expect(parsePlanText(undefined as unknown as string).problems[0].code).toBe("import.empty");
  });
});
