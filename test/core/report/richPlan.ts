/**
 * A small plan rich in what the informe tells, for the document's and the wording tests: three macroprocesses, an
 * area in Amarillo with a row in red, an over-executed row without explanation and a certified achievement with
 * evidence and budget; a Porcentaje area in Verde with budget; an area with a row without report; an area never
 * filled; an area with no rows at all. Figures at the I semestre (cut-off T2), worked by hand:
 * - Dirección Jurídica: 5 ÷ 20 = 25 % (Rojo); 5 ÷ 2 = 250 % (Verde, over-executed, counts 100 %); 58 ÷ 60 = 96,7 %
 *   (Verde) → (0,25 + 1 + 0,96667) ÷ 3 = 73,9 % (Amarillo);
 * - Comunicaciones: level 45 % against 50 % = 90 % (Verde);
 * - Gestión Humana: 3 ÷ 4 = 75 % (Amarillo, nothing executed in T1, still Borrador); 2 ÷ 2 = 100 % → 87,5 % (Verde);
 * - Gestión Tecnológica: nothing typed (Sin diligenciar); Control Interno: no rows (Sin diligenciar);
 * - Misional (73,889 + 90) ÷ 2 = 81,9 %; Apoyo 87,5 % (1 de 2 áreas); institution (73,889 + 90 + 87,5) ÷ 3 = 83,8 %.
 */
import { ManagementReport } from "../../../src/core/report/ManagementReport";
import { buildManagementReport } from "../../../src/core/report/buildManagementReport";
import { Template } from "../../../src/core/template/Template";
import { sampleTemplate } from "../../support/sampleTemplate";
import { numberRow, reportPlan } from "./reportPlan";
import { HistoryEntry } from "../../../src/core/history/HistoryEntry";

export const RICH_CODES = ["MIS", "APO", "SEG", "DJU", "COM", "GHU", "GTE", "CIN"];

export const richTemplate = (): Template =>
  sampleTemplate({
    organisation: "Asociación de Ejemplo",
    macroprocesses: [
      {
        code: "MIS",
        name: "Misional",
        areas: [
          {
            code: "DJU",
            name: "Dirección Jurídica",
            section: "3.1",
            objectives: ["Mapear el litigio.", "Emitir conceptos.", "Formar funcionarios."],
          },
          { code: "COM", name: "Comunicaciones", section: "3.2", objectives: ["Difundir."] },
        ],
      },
      {
        code: "APO",
        name: "Apoyo",
        areas: [
          {
            code: "GHU",
            name: "Gestión Humana",
            section: "4.1",
            objectives: ["Vincular personal.", "Evaluar el desempeño."],
          },
          {
            code: "GTE",
            name: "Gestión Tecnológica",
            section: "4.2",
            objectives: ["Renovar equipos."],
          },
        ],
      },
      {
        code: "SEG",
        name: "Seguimiento y Control",
        areas: [{ code: "CIN", name: "Control Interno", section: "6.1", objectives: [] }],
      },
    ],
  });

export const richFill = {
  DJU: [
    numberRow([10, 10, 10, 10], [2, 3, null, null], {
      Actividad: "Hacer seguimiento a los procesos judiciales",
      Entregable: "Procesos judiciales con seguimiento",
      Responsable: "Ana Pérez",
      Observaciones: "Retraso en la contratación del apoyo jurídico.",
    }),
    numberRow([1, 1, 1, 1], [3, 2, null, null], {
      Actividad: "Emitir conceptos jurídicos",
      Entregable: "Conceptos jurídicos emitidos",
      Responsable: "Luis Gómez",
    }),
    numberRow([30, 30, 0, 0], [29, 29, null, null], {
      Actividad: "Dictar el Diplomado en Gestión Pública",
      Entregable: "Funcionarios certificados en el Diplomado en Gestión Pública",
      Evidencias: "Listas de asistencia y certificados",
      Presupuesto: 12000000,
    }),
  ],
  COM: [
    numberRow([0.25, 0.5, 0.75, 1], [0.25, 0.45, null, null], {
      "Unidad de medida": "Porcentaje",
      Actividad: "Ejecutar el plan de medios",
      Entregable: "Avance del plan de medios",
      Presupuesto: 3500000,
    }),
  ],
  GHU: [
    numberRow([2, 2, 2, 2], [null, 3, null, null], {
      Actividad: "Realizar inducciones",
      Entregable: "Inducciones realizadas",
      "Estado del reporte": "Borrador",
    }),
    numberRow([1, 1, 1, 1], [1, 1, null, null], {
      Actividad: "Evaluar el desempeño",
      Entregable: "Evaluaciones de desempeño",
    }),
  ],
};

export const richReport = (history: HistoryEntry[] = []): ManagementReport =>
  buildManagementReport(reportPlan(richTemplate(), richFill), 1, {
    generatedAt: "2021-07-15",
    language: "es",
    history,
  });
