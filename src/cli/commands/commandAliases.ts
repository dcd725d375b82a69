/** The Spanish names of the commands (SPEC §8 is written in English; the planning office speaks Spanish). */
export const COMMAND_ALIASES: Record<string, string> = {
  plantilla: "template",
  generar: "generate",
  validar: "validate",
  corregir: "fix",
  semaforo: "semaphore",
  semáforo: "semaphore",
  importar: "import",
  consolidar: "consolidate",
  informe: "report",
  actualizar: "upgrade",
};
