import { HEADERS, programmedHeader } from "../../workbook/areaColumns";
import { CellInput } from "../../workbook/WorkbookPatch";
import { Template } from "../Template";
import { CarriedRow } from "./CarriedRow";
import { SheetImport } from "./SheetImport";
import { isPeriodField, SheetField } from "./SheetField";

/** What a new plan takes from last year's rows: what was planned, not what was executed, dated or observed. */
const TEXT_FIELDS = [
  "activity",
  "deliverable",
  "indicator",
  "indicatorFormula",
  "responsible",
] as const;
const NUMBER_FIELDS = ["baseline", "goal", "weight", "budget"] as const;

function numberOf(value: string | number): number | null {
  if (typeof value === "number") return value;
  const text = value.trim().replace(/\s/g, "");
  if (/^-?\d+(?:[.,]\d+)?%$/.test(text)) return Number(text.slice(0, -1).replace(",", ".")) / 100;
  if (/^-?\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(",", "."));
  return null;
}

/**
 * The rows of each area (by code) as the new plan's table rows: activity, deliverable, indicator, its formula, unit
 * (when it is one of the template's), baseline, goal, weight, budget, responsible and the programming of the
 * template's periods (a matrix by quarters gives nothing to a plan by semesters). A number written as text that
 * does not read as one is left for the user rather than guessed. Dates, execution and evidence stay behind: they
 * belong to last year.
 */
export function carriedRows(result: SheetImport, template: Template): Record<string, CarriedRow[]> {
  const carried: Record<string, CarriedRow[]> = {};
  const labels = new Set(template.periods.labels);
  for (const [code, rows] of Object.entries(result.rows)) {
    carried[code] = rows.map((row) => {
      const values: Record<string, CellInput> = {};
      const get = (field: SheetField): string | number | undefined => row.values[field];
      for (const field of TEXT_FIELDS) {
        const value = get(field);
        if (value !== undefined) values[HEADERS[field]] = String(value);
      }
      for (const field of NUMBER_FIELDS) {
        const value = get(field);
        const number = value === undefined ? null : numberOf(value);
        if (number !== null) values[HEADERS[field]] = number;
      }
      const unit = get("unit");
      if (typeof unit === "string" && template.lists.unit.includes(unit))
        values[HEADERS.unit] = unit;
      for (const [field, value] of Object.entries(row.values) as [SheetField, string | number][]) {
        if (!isPeriodField(field) || !labels.has(field)) continue;
        const number = numberOf(value);
        if (number !== null) values[programmedHeader(field)] = number;
      }
      return { objective: row.objective, values };
    });
  }
  return carried;
}
