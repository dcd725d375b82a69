/**
 * The words beside an average of areas (SPEC §5): how many areas it averages out of how many, and the areas
 * `Sin diligenciar` by section and name — "16 de 17 áreas; sin diligenciar: 4.4 Gestión Tecnológica". The CLI, the
 * informe and the pane all say it through this one function; `Resumen` builds the same words with a live formula.
 */
import { averageMessages } from "../messages/catalog/averageMessages";
import { formatMessage } from "../messages/formatMessage";
import { Language } from "../messages/Language";
import { InstitutionSemaphore } from "./computeSemaphore";

/** "4.4 Gestión Tecnológica, 6.1 Control Interno" (a table the template does not know: its code). */
export function unfilledAreaNames(group: Pick<InstitutionSemaphore, "unfilledAreas">): string {
  return group.unfilledAreas
    .map((area) => (area.section ? `${area.section} ${area.name}` : area.name))
    .join(", ");
}

export function describeAverage(
  group: Pick<InstitutionSemaphore, "areas" | "totalAreas" | "unfilledAreas">,
  language: Language
): string {
  const count = formatMessage(averageMessages, language, "average.areas", {
    count: group.areas,
    total: group.totalAreas,
  });
  if (group.unfilledAreas.length === 0) return count;
  return `${count}; ${formatMessage(averageMessages, language, "average.unfilled", {
    areas: unfilledAreaNames(group),
  })}`;
}
