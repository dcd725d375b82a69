/**
 * Which source each area's rows come from (SPEC §6): this workbook's tab by default; an imported workbook (a copy
 * of the whole plan or of one tab) when it holds filled rows for the area, the same template id and version, and
 * nobody else claims that area. Two sources for one area is a conflict: neither import is used.
 */
import { Plan } from "../plan/readPlan";
import { areasInOrder } from "../template/Template";
import { AreaSheet } from "../plan/AreaSheet";
import { isRowUnfilled } from "../plan/isRowUnfilled";
import { isRowBlank } from "../plan/isRowBlank";
import { tableName } from "../workbook/sheetNames";
import { AreaSource } from "./AreaSource";
import { ConsolidationFinding } from "./ConsolidationFinding";

export type ImportedPlan = { file: string; plan: Plan };

export const filledRowCount = (sheet: AreaSheet): number =>
  sheet.table.rows.filter((_, index) => !isRowBlank(sheet, index) && !isRowUnfilled(sheet, index))
    .length;

export function chooseAreaSources(
  main: Plan,
  imports: ImportedPlan[]
): { sources: AreaSource[]; findings: ConsolidationFinding[] } {
  const template = main.template;
  const findings: ConsolidationFinding[] = [];
  if (!template) return { sources: [], findings };
  const own = new Map(main.areas.map((sheet) => [sheet.code, sheet]));
  const known = new Set(areasInOrder(template).map(({ area }) => area.code.toUpperCase()));
  const claims = new Map<string, { file: string; sheet: AreaSheet; rows: number }[]>();

  for (const { file, plan } of imports) {
    const conflict = (
      code: ConsolidationFinding["code"],
      area: string | null,
      params: Record<string, string | number>
    ): void => {
      findings.push({ severity: "conflict", code, file, area, params: { file, ...params } });
    };
    if (!plan.template) {
      conflict("import.notPlan", null, {});
      continue;
    }
    if (plan.template.templateId !== template.templateId) {
      conflict("import.otherTemplate", null, {
        found: plan.template.templateId,
        expected: template.templateId,
        year: template.year,
      });
      continue;
    }
    for (const sheet of plan.areas) {
      const rows = filledRowCount(sheet);
      if (!known.has(sheet.code)) {
        conflict("import.unknownArea", sheet.code, { table: tableName(sheet.code) });
      } else if (rows === 0) {
        findings.push({
          severity: "notice",
          code: "import.noData",
          file,
          area: sheet.code,
          params: { file, area: sheet.code },
        });
      } else if (plan.template.templateVersion !== template.templateVersion) {
        conflict("import.staleVersion", sheet.code, {
          area: sheet.code,
          found: plan.template.templateVersion,
          expected: template.templateVersion,
        });
      } else {
        claims.set(sheet.code, [...(claims.get(sheet.code) ?? []), { file, sheet, rows }]);
      }
    }
  }

  const sources: AreaSource[] = [];
  for (const { area } of areasInOrder(template)) {
    const code = area.code.toUpperCase();
    const sheet = own.get(code);
    const claimed = claims.get(code) ?? [];
    const ownRows = sheet ? filledRowCount(sheet) : 0;
    const contenders = claimed.length + (ownRows > 0 && claimed.length > 0 ? 1 : 0);
    if (claimed.length === 1 && contenders === 1) {
      const [claim] = claimed;
      sources.push({ code, origin: { kind: "import", file: claim.file }, sheet: claim.sheet });
      findings.push({
        severity: "notice",
        code: "import.used",
        file: claim.file,
        area: code,
        params: { file: claim.file, area: code, rows: claim.rows },
      });
      continue;
    }
    if (contenders > 1) {
      const names = [
        ...(sheet && ownRows > 0 ? [sheet.table.sheet] : []),
        ...claimed.map((claim) => claim.file),
      ];
      findings.push({
        severity: "conflict",
        code: "import.duplicateSource",
        file: null,
        area: code,
        params: { area: code, sources: names.join(", ") },
      });
    }
    if (sheet) sources.push({ code, origin: { kind: "workbook" }, sheet });
  }
  return { sources, findings };
}
