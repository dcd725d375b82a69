import { collapseWhitespace } from "../../text/collapseWhitespace";
import { stripAccents } from "../../text/stripAccents";

/**
 * A header as compared: accents and case ignored, punctuation read as a space, whitespace collapsed
 * ("Objetivo  Estratégico:" → "objetivo estrategico", "N°" → "n").
 */
export function normalizeHeader(header: string): string {
  return collapseWhitespace(
    stripAccents(header)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
  );
}
