import { ReportRow } from "../../../../src/core/report/ManagementReport";

/** A row as the report carries it; every test states the fields it is about. */
export function row(fields: Partial<ReportRow>): ReportRow {
  return {
    id: "X-01",
    areaCode: "X",
    areaName: "Área",
    sheet: "Hoja",
    row: 7,
    objective: "",
    activity: "",
    indicator: "",
    deliverable: "",
    evidence: "",
    unit: "Número",
    responsible: "",
    observations: "",
    status: "Enviado",
    programmed: 0,
    executed: 0,
    compliance: null,
    band: "sin-programacion",
    overExecution: false,
    weight: null,
    order: 0,
    ...fields,
  };
}
