import { ConsolidationMessageCode } from "../messages/catalog/consolidationMessages";

/**
 * Something consolidation reports: a conflict it refused to merge, an import it ignored, rows that vanished.
 * `severity` "conflict" means the source was not used; "notice" is for the record.
 */
export type ConsolidationFinding = {
  severity: "conflict" | "notice";
  code: ConsolidationMessageCode;
  file: string | null;
  area: string | null;
  params: Record<string, string | number>;
};
