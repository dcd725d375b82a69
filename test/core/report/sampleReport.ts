/**
 * The sample plan (`sampleTemplate`: DJ and SGR under Misional, an empty Control Interno under SMC) filled with rows
 * in every band, for the report's core tests. At T2: DJ-01 red (hostile text), DJ-02 over-executed and still in
 * draft, DJ-03 exactly yellow with a blank status, SGR-01 red with nothing executed and no activity, SGR-02 with
 * nothing programmed yet.
 */
import { ManagementReport } from "../../../src/core/report/ManagementReport";
import { buildManagementReport } from "../../../src/core/report/buildManagementReport";
import { Plan } from "../../../src/core/plan/readPlan";
import { sampleTemplate } from "../../support/sampleTemplate";
import { RowFill, numberRow, reportPlan } from "./reportPlan";

export const HYPERLINK_TEXT = '=HYPERLINK("http://x","y")';
export const SCRIPT_TEXT = "<script>alert(1)</script>";

export const SAMPLE_FILL: Record<string, RowFill[]> = {
  DJ: [
    numberRow([10, 10, 10, 10], [2, 3, null, null], {
      Actividad: HYPERLINK_TEXT,
      Indicador: "Casos mapeados",
      Responsable: "Ana Pérez",
      Observaciones: SCRIPT_TEXT,
    }),
    numberRow([1, 1, 1, 1], [2, 2, 1, 1], {
      Actividad: "Conceptos jurídicos",
      Responsable: "Luis Gómez",
      Observaciones: "Demanda mayor a la prevista",
      "Estado del reporte": "borrador",
    }),
    numberRow([5, 5, 5, 5], [3, 3, 5, 5], {
      ID: "DJ-03",
      Actividad: "Capacitaciones",
      "Estado del reporte": null,
    }),
  ],
  SGR: [
    numberRow([4, 4, 4, 4], [null, null, null, null], {
      Actividad: null,
      Responsable: "Marta Ruiz",
      "Estado del reporte": "Borrador",
    }),
    numberRow([0, 0, 5, 5], [null, null, null, null], {
      ID: "SGR-02",
      Actividad: "Visitas de campo",
      "Estado del reporte": null,
    }),
  ],
};

export const samplePlan = (options: { cutoff?: string } = {}): Plan =>
  reportPlan(sampleTemplate(), SAMPLE_FILL, options);

export const sampleReport = (semester: 1 | 2 = 1): ManagementReport =>
  buildManagementReport(samplePlan(), semester, { generatedAt: "2021-07-15", language: "es" });
