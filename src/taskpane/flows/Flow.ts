/** The pane's flows, in the order a planning office lives them (SPEC §1, §9). */
export const FLOWS = ["inicio", "plan", "validar", "semaforo", "consolidar", "informe"] as const;

export type Flow = (typeof FLOWS)[number];

export function isFlow(value: string | null | undefined): value is Flow {
  return value !== null && value !== undefined && (FLOWS as readonly string[]).includes(value);
}

/** The flow a ribbon button asked for (`taskpane.html?flow=validar`), or Inicio. */
export function flowFromQuery(search: string): Flow {
  const flow = new URLSearchParams(search).get("flow");
  return isFlow(flow) ? flow : "inicio";
}
