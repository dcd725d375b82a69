import { buildReportDocument } from "../../../../src/core/report/document/buildReportDocument";
import { buildManagementReport } from "../../../../src/core/report/buildManagementReport";
import {
  ReportBlock,
  ReportDocument,
  ReportTable,
} from "../../../../src/core/report/document/ReportDocument";
import { defaultPeriods } from "../../../../src/core/template/Template";
import { sampleTemplate } from "../../../support/sampleTemplate";
import { numberRow, reportPlan } from "../reportPlan";
import { richReport } from "../richPlan";

const headings = (document: ReportDocument, level?: number): string[] =>
  document.blocks.flatMap((block) =>
    block.kind === "heading" && (level === undefined || block.level === level) ? [block.text] : []
  );
/** The blocks after the heading `text` (the `nth` one of that text), up to the next heading of its level or above. */
function section(document: ReportDocument, text: string, nth = 0): ReportBlock[] {
  const starts = document.blocks.flatMap((block, index) =>
    block.kind === "heading" && block.text === text ? [index] : []
  );
  const start = starts[nth];
  const opening = document.blocks[start] as Extract<ReportBlock, { kind: "heading" }>;
  const end = document.blocks.findIndex(
    (block, index) => index > start && block.kind === "heading" && block.level <= opening.level
  );
  return document.blocks.slice(start + 1, end < 0 ? undefined : end);
}
const texts = (blocks: ReportBlock[]): string[] =>
  blocks.flatMap((block) =>
    block.kind === "paragraph" || block.kind === "heading"
      ? [block.text]
      : block.kind === "bullets"
        ? block.items
        : []
  );
const tables = (blocks: ReportBlock[]): ReportTable[] =>
  blocks.flatMap((block) => (block.kind === "table" ? [block.table] : []));

describe("buildReportDocument", () => {
  const history = [
    {
      cutoff: "T1",
      date: "2021-04-05",
      code: null,
      name: "Institución",
      compliance: 0.7,
      band: "amarillo" as const,
    },
    {
      cutoff: "T1",
      date: "2021-04-05",
      code: "DJU",
      name: "Dirección Jurídica",
      compliance: 0.5,
      band: "rojo" as const,
    },
    // A stale record of the report's own cut-off: the report's computed figure wins.
    {
      cutoff: "T2",
      date: "2021-07-01",
      code: "DJU",
      name: "Dirección Jurídica",
      compliance: 0.1,
      band: "rojo" as const,
    },
  ];
  const document = buildReportDocument(richReport(history), "es");

  it("has a cover with the entity, the plan year and the cut-off as a date in words", () => {
    expect(document.title).toBe("Informe de gestión — I semestre de 2021");
    expect(document.organisation).toBe("Asociación de Ejemplo");
    expect(document.cover).toEqual([
      "Plan de Acción 2021",
      "Con corte a 30 de junio de 2021",
      "Elaborado el 15 de julio de 2021",
    ]);
  });

  it("is made of the summary, one part per macroprocess by name, the trend and the annex; every area under its macroprocess", () => {
    expect(headings(document, 1)).toEqual([
      "Resumen ejecutivo",
      "Misional",
      "Apoyo",
      "Seguimiento y Control",
      "Tendencia del cumplimiento",
      "Anexo: semáforo por institución, macroproceso y área",
    ]);
    expect(headings(document, 2)).toEqual([
      "Logros principales",
      "Principales retrasos",
      "3.1 Dirección Jurídica",
      "3.2 Comunicaciones",
      "4.1 Gestión Humana",
      "4.2 Gestión Tecnológica",
      "6.1 Control Interno",
    ]);
  });

  it("sums up: institution figure and band, areas by band, unreported areas, the stated rule's achievements and delays, budget", () => {
    expect(texts(section(document, "Resumen ejecutivo"))).toEqual([
      // (73,889 + 90 + 87,5) ÷ 3 = 83,8 %.
      "Con corte a 30 de junio de 2021, el cumplimiento institucional del plan es de 83,8% (Verde), promedio de 3 de 5 áreas con programación a la fecha.",
      "Las áreas, según su semáforo:",
      "Verde (2 áreas): 3.2 Comunicaciones y 4.1 Gestión Humana.",
      "Amarillo (1 área): 3.1 Dirección Jurídica.",
      "Sin diligenciar (2 áreas): 4.2 Gestión Tecnológica y 6.1 Control Interno.",
      "Un área tiene filas sin reporte: 4.1 Gestión Humana (1 fila).",
      "Logros principales",
      "Se eligen entre las filas en Verde las de mayor cumplimiento a la fecha, contado hasta 100 % como en el promedio; a igual cumplimiento, la de mayor ponderación y luego la que aparece primero en el plan.",
      // 250 % and 100 % both count 100 % (no weights: plan order); 96,7 % third; Comunicaciones' 90 % is fourth.
      "3.1 Dirección Jurídica — Conceptos jurídicos emitidos: se ejecutaron 5 de 2 programados a la fecha (250,0%).",
      "4.1 Gestión Humana — Evaluaciones de desempeño: se ejecutaron 2 de 2 programados a la fecha (100,0%).",
      "3.1 Dirección Jurídica — Funcionarios certificados en el Diplomado en Gestión Pública: se ejecutaron 58 de 60 programados a la fecha (96,7%).",
      "Principales retrasos",
      "Se eligen entre las filas en Rojo las de menor cumplimiento a la fecha; a igual cumplimiento, la de mayor ponderación y luego la que aparece primero en el plan.",
      "3.1 Dirección Jurídica — Procesos judiciales con seguimiento: se ejecutaron 5 de 20 programados a la fecha (25,0%).",
      // 12.000.000 + 3.500.000.
      "Presupuesto programado por las 2 áreas que lo diligenciaron: $\u00a015.500.000.",
      "Es el presupuesto que las áreas programaron en el plan; el plan no registra el presupuesto ejecutado.",
    ]);
  });

  it("tells each area: figure, achievements in words, difficulties, over-execution, rows without report, budget", () => {
    expect(texts(section(document, "3.1 Dirección Jurídica"))).toEqual([
      // (0,25 + 1 + 0,96667) ÷ 3 = 73,9 %.
      "Cumplimiento del área: 73,9% (Amarillo), sobre 3 de 3 filas con programación a la fecha.",
      "Programado y ejecutado a la fecha",
      "Logros",
      "Conceptos jurídicos emitidos: se ejecutaron 5 de 2 programados a la fecha (250,0%).",
      "Funcionarios certificados en el Diplomado en Gestión Pública: se ejecutaron 58 de 60 programados a la fecha (96,7%). La evidencia reportada es «Listas de asistencia y certificados».",
      "Dificultades",
      "Procesos judiciales con seguimiento: se ejecutaron 5 de 20 programados a la fecha (25,0%). A cargo de Ana Pérez. El área anota: «Retraso en la contratación del apoyo jurídico».",
      "Sobreejecución",
      "Conceptos jurídicos emitidos: se ejecutaron 5 de 2 programados a la fecha (250,0%). Supera el 120% de cumplimiento y el área aún no explica la sobreejecución en sus observaciones.",
      "Presupuesto programado por el área: $\u00a012.000.000, registrado en 1 de 3 filas.",
    ]);
    expect(tables(section(document, "3.1 Dirección Jurídica"))[0].rows[2]).toEqual([
      { text: "Dictar el Diplomado en Gestión Pública" },
      { text: "Número" },
      { text: "60", value: 60, format: "number" },
      { text: "58", value: 58, format: "number" },
      { text: "96,7%", value: 0.9666666667, format: "percent" },
      { text: "Verde", band: "verde" },
    ]);
    expect(texts(section(document, "4.1 Gestión Humana"))).toContain(
      "Inducciones realizadas: sin ejecutado registrado para el primer trimestre; con el reporte aún en borrador."
    );
    expect(texts(section(document, "4.2 Gestión Tecnológica"))).toEqual([
      "El área no ha diligenciado su plan: ninguna de sus filas tiene programación en el año.",
    ]);
    expect(texts(section(document, "6.1 Control Interno"))).toEqual([
      "El área no tiene filas en el plan de acción.",
    ]);
    expect(texts(section(document, "Apoyo")).slice(0, 2)).toEqual([
      "Cumplimiento del macroproceso: 87,5% (Verde), promedio de 1 de 2 áreas con programación a la fecha.",
      "Un área no ha diligenciado su plan: 4.2 Gestión Tecnológica.",
    ]);
  });

  it("shows the trend: recorded cut-offs before the report's, then the report's own figures", () => {
    const [trend] = tables(section(document, "Tendencia del cumplimiento"));
    expect(trend.headers).toEqual(["Área", "31 de marzo", "30 de junio"]);
    expect(trend.rows.slice(0, 3)).toEqual([
      [
        { text: "Institución" },
        { text: "70,0%", value: 0.7, format: "percent", band: "amarillo" },
        { text: "83,8%", value: 0.837962963, format: "percent", band: "verde" },
      ],
      [
        { text: "3.1 Dirección Jurídica" },
        { text: "50,0%", value: 0.5, format: "percent", band: "rojo" },
        { text: "73,9%", value: 0.7388888889, format: "percent", band: "amarillo" },
      ],
      [
        { text: "3.2 Comunicaciones" },
        { text: "—" },
        { text: "90,0%", value: 0.9, format: "percent", band: "verde" },
      ],
    ]);
    // Without history, the report's own cut-off alone, and a note saying so.
    const alone = buildReportDocument(richReport(), "es");
    const [own] = tables(section(alone, "Tendencia del cumplimiento"));
    expect(own.headers).toEqual(["Área", "30 de junio"]);
    expect(texts(section(alone, "Tendencia del cumplimiento"))).toEqual([
      "Aún no hay cortes anteriores registrados este año: la tabla muestra el corte de este informe.",
    ]);
  });

  it("ends with the full semáforo table: institution, macroprocesses and their areas", () => {
    const [annex] = tables(
      section(document, "Anexo: semáforo por institución, macroproceso y área")
    );
    expect(
      annex.rows.map((cells) => [
        cells[0].text,
        cells[1].text,
        cells[2].text,
        cells[3].text,
        cells[4].text,
      ])
    ).toEqual([
      [
        "Asociación de Ejemplo",
        "Institución",
        "3 de 5 áreas; sin diligenciar: 4.2 Gestión Tecnológica y 6.1 Control Interno",
        "83,8%",
        "Verde",
      ],
      ["Misional", "Macroproceso", "2 de 2 áreas", "81,9%", "Verde"],
      ["3.1 Dirección Jurídica", "Área", "3 de 3 filas", "73,9%", "Amarillo"],
      ["3.2 Comunicaciones", "Área", "1 de 1 fila", "90,0%", "Verde"],
      [
        "Apoyo",
        "Macroproceso",
        "1 de 2 áreas; sin diligenciar: 4.2 Gestión Tecnológica",
        "87,5%",
        "Verde",
      ],
      ["4.1 Gestión Humana", "Área", "2 de 2 filas", "87,5%", "Verde"],
      ["4.2 Gestión Tecnológica", "Área", "0 de 1 fila", "—", "Sin diligenciar"],
      [
        "Seguimiento y Control",
        "Macroproceso",
        "0 de 1 área; sin diligenciar: 6.1 Control Interno",
        "—",
        "Sin diligenciar",
      ],
      ["6.1 Control Interno", "Área", "0 de 0 filas", "—", "Sin diligenciar"],
    ]);
  });

  it("gives the second semester's cut-off, and says when the first is not measured at mid-year", () => {
    const plan = reportPlan(sampleTemplate({ periods: defaultPeriods("C") }));
    const first = buildReportDocument(
      buildManagementReport(plan, 1, { generatedAt: "2021-09-10", language: "es" }),
      "es"
    );
    expect(first.cover).toEqual([
      "Plan de Acción 2021",
      "Con corte a 31 de agosto de 2021",
      "Elaborado el 10 de septiembre de 2021",
      "Ningún periodo del plan termina el 30 de junio: el I semestre se mide con corte a 31 de agosto de 2021, el primer corte que cubre el semestre.",
    ]);
    const second = buildReportDocument(
      buildManagementReport(plan, 2, { generatedAt: "2022-01-10", language: "es" }),
      "en"
    );
    expect(second.cover.slice(0, 2)).toEqual(["Action Plan 2021", "As of December 31, 2021"]);
  });

  it("says how many rows errors left out of a figure, and names the row as one to correct", () => {
    const plan = reportPlan(sampleTemplate(), {
      DJ: [
        numberRow([1, 1, 1, 1], [1, { kind: "error", code: "#REF!" }, null, null], {
          Actividad: "Visitas",
        }),
        numberRow([1, 1, 1, 1], [1, 0.5, null, null], { Actividad: "Talleres" }), // 1.5 ÷ 2 = 75 %
      ],
    });
    const errors = buildReportDocument(
      buildManagementReport(plan, 1, { generatedAt: "2021-07-01", language: "es" }),
      "es"
    );
    expect(texts(section(errors, "3.1 Dirección Jurídica"))[0]).toBe(
      "Cumplimiento del área: 75,0% (Amarillo), sobre 1 de 2 filas con programación a la fecha. Una fila con errores en sus datos quedó excluida de esta cifra."
    );
    const [table] = tables(section(errors, "3.1 Dirección Jurídica"));
    expect(table.rows[0].map((cell) => cell.text)).toEqual([
      "Visitas",
      "Número",
      "—",
      "—",
      "—",
      "Con errores",
    ]);
    const [annex] = tables(section(errors, "Anexo: semáforo por institución, macroproceso y área"));
    expect(annex.rows[0][2].text).toBe(
      "1 de 3 áreas; 1 fila excluida por errores; sin diligenciar: 3.1.1 Sistema General de Regalías – SGR y 6.1 Control Interno"
    );
  });
});
