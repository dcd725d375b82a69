import { UnreportedRow } from "../../../../src/core/report/ManagementReport";
import { row } from "./reportRow";
import { reportTexts, joinList } from "../../../../src/core/report/reportTexts";
import {
  achievementText,
  difficultyText,
  figuresSentence,
  overExecutionText,
  rowSubject,
  unreportedText,
} from "../../../../src/core/report/document/rowSentences";
import { sampleReport } from "../sampleReport";

const es = reportTexts(sampleReport(1), "es");
const en = reportTexts(sampleReport(1), "en");

describe("a row told in a sentence", () => {
  const certified = row({
    deliverable: "  Funcionarios de 19 alcaldías certificados en el Diplomado en Gestión Pública. ",
    activity: "Diplomado",
    programmed: 60,
    executed: 58,
    compliance: 58 / 60,
    band: "verde",
    evidence: "Listas de asistencia\ny certificados.",
    observations: "Dos funcionarios aplazaron el módulo final.",
  });

  it("takes its subject from Entregable, else the activity, objective or indicator, trimmed and without a final stop", () => {
    expect(rowSubject(certified)).toBe(
      "Funcionarios de 19 alcaldías certificados en el Diplomado en Gestión Pública"
    );
    expect(rowSubject(row({ activity: "Visitas de campo." }))).toBe("Visitas de campo");
    expect(rowSubject(row({ objective: "Asesorar jurídicamente." }))).toBe(
      "Asesorar jurídicamente"
    );
    expect(rowSubject(row({}))).toBe("X-01");
  });

  it("Número: executed of programmed to date with its compliance (58 ÷ 60 = 96,7 %), evidence and observations quoted", () => {
    expect(achievementText(certified, es)).toBe(
      "Funcionarios de 19 alcaldías certificados en el Diplomado en Gestión Pública: se ejecutaron 58 de 60 programados a la fecha (96,7%). " +
        "La evidencia reportada es «Listas de asistencia y certificados». " +
        "El área anota: «Dos funcionarios aplazaron el módulo final»."
    );
    expect(achievementText(certified, en)).toBe(
      "Funcionarios de 19 alcaldías certificados en el Diplomado en Gestión Pública: 58 of 60 programmed to date were carried out (96.7%). " +
        "The evidence reported is “Listas de asistencia y certificados”. " +
        "The area notes: “Dos funcionarios aplazaron el módulo final”."
    );
  });

  it("agrees in number: one executed of one programmed, decimals and thousands the Colombian way", () => {
    const one = row({
      deliverable: "Informe",
      programmed: 1,
      executed: 1,
      compliance: 1,
      band: "verde",
    });
    expect(figuresSentence(one, es)).toBe(
      "Informe: se ejecutó 1 de 1 programado a la fecha (100,0%)."
    );
    expect(figuresSentence(one, en)).toBe(
      "Informe: 1 of 1 programmed to date was carried out (100.0%)."
    );
    const many = row({
      deliverable: "Kilómetros",
      programmed: 2500,
      executed: 1250.5,
      compliance: 0.5002,
      band: "rojo",
    });
    expect(figuresSentence(many, es)).toBe(
      "Kilómetros: se ejecutaron 1.250,5 de 2.500 programados a la fecha (50,0%)."
    );
  });

  it("Porcentaje: levels, 45 % against 50 % programmed (90 %)", () => {
    const level = row({
      deliverable: "Avance del sistema de información",
      unit: "Porcentaje",
      programmed: 0.5,
      executed: 0.45,
      compliance: 0.9,
      band: "verde",
    });
    expect(figuresSentence(level, es)).toBe(
      "Avance del sistema de información: alcanzó 45% frente a 50% programado a la fecha (90,0%)."
    );
    expect(figuresSentence(level, en)).toBe(
      "Avance del sistema de información: reached 45% against 50% programmed to date (90.0%)."
    );
  });

  it("executed with nothing programmed to date says so instead of a compliance", () => {
    const early = row({ deliverable: "Talleres", programmed: 0, executed: 2 });
    expect(figuresSentence(early, es)).toBe(
      "Talleres: se ejecutaron 2 sin programación a la fecha."
    );
  });

  it("a difficulty names its responsible and what the area said, or that it said nothing", () => {
    const red = row({
      activity: "Acompañar proyectos",
      programmed: 8,
      executed: 0,
      compliance: 0,
      band: "rojo",
      responsible: "Marta Ruiz",
    });
    expect(difficultyText(red, es)).toBe(
      "Acompañar proyectos: se ejecutaron 0 de 8 programados a la fecha (0,0%). A cargo de Marta Ruiz. El área no registró observaciones sobre el retraso."
    );
    expect(difficultyText({ ...red, observations: "Sin contratista" }, en)).toBe(
      "Acompañar proyectos: 0 of 8 programmed to date were carried out (0.0%). Led by Marta Ruiz. The area notes: “Sin contratista”."
    );
  });

  it("over-execution asks for its explanation when Observaciones is empty", () => {
    const over = row({
      deliverable: "Conceptos jurídicos",
      programmed: 2,
      executed: 4,
      compliance: 2,
      band: "verde",
      overExecution: true,
    });
    const unexplained = { ...over, compliance: 2, needsExplanation: true };
    expect(overExecutionText(unexplained, "120%", es)).toBe(
      "Conceptos jurídicos: se ejecutaron 4 de 2 programados a la fecha (200,0%). Supera el 120% de cumplimiento y el área aún no explica la sobreejecución en sus observaciones."
    );
    expect(
      overExecutionText(
        { ...unexplained, observations: "Demanda mayor", needsExplanation: false },
        "120%",
        es
      )
    ).toBe(
      "Conceptos jurídicos: se ejecutaron 4 de 2 programados a la fecha (200,0%). Supera el 120% de cumplimiento; el área lo explica así: «Demanda mayor»."
    );
  });

  it("a row without report says why, naming periods in words", () => {
    const unreported: UnreportedRow = {
      ...row({ activity: "Acompañar proyectos", programmed: 8, band: "rojo", compliance: 0 }),
      reasons: ["noExecuted", "statusDraft"],
      missingPeriods: ["T1", "T2"],
    };
    expect(unreportedText(unreported, ["T1", "T2", "T3", "T4"], es)).toBe(
      "Acompañar proyectos: sin ejecutado registrado para el primer trimestre y el segundo trimestre; con el reporte aún en borrador."
    );
    expect(unreportedText({ ...unreported, reasons: ["statusBlank"] }, ["T1"], en)).toBe(
      "Acompañar proyectos: no report status."
    );
  });

  it("joins lists as each language writes them", () => {
    expect(joinList(["a"], "es")).toBe("a");
    expect(joinList(["a", "b", "c"], "es")).toBe("a, b y c");
    expect(joinList(["Planeación", "Informática"], "es")).toBe("Planeación e Informática");
    expect(joinList(["a", "b"], "en")).toBe("a and b");
    expect(joinList(["a", "b", "c"], "en")).toBe("a, b, and c");
  });
});
