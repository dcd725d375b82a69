/** The semáforo of a whole plan at its cut-off: per row, area, macroprocess and institution (SPEC §5, §8). */
import { AreaSheet, cellAt, excelRow } from "../plan/AreaSheet";
import { PlanConfig } from "../plan/PlanConfig";
import { Plan } from "../plan/readPlan";
import { isRowBlank } from "../plan/isRowBlank";
import { HEADERS, executedHeader, programmedHeader } from "../workbook/areaColumns";
import { Band, bandOf } from "./Band";
import { computeRowCompliance, RowCompliance } from "./computeRowCompliance";
import { meanOfPresent, rollUpArea } from "./rollUp";

export type RowSemaphore = RowCompliance & {
  id: string;
  area: string;
  sheet: string;
  row: number;
  responsible: string;
  weight: number | null;
};

export type AreaSemaphore = {
  code: string;
  name: string;
  macroprocess: string | null;
  sheet: string;
  compliance: number | null;
  band: Band;
  weighted: boolean;
  rows: number;
  programmedRows: number;
  bandCounts: Record<Band, number>;
};

export type GroupSemaphore = {
  name: string;
  code: string | null;
  compliance: number | null;
  band: Band;
  areas: number;
};

export type SemaphoreReport = {
  cutoff: string;
  rows: RowSemaphore[];
  areas: AreaSemaphore[];
  macroprocesses: GroupSemaphore[];
  institution: { compliance: number | null; band: Band; areas: number };
};

const textOf = (sheet: AreaSheet, index: number, header: string): string => {
  const cell = cellAt(sheet, index, header);
  return cell.kind === "text"
    ? cell.value.trim()
    : cell.kind === "number"
      ? String(cell.value)
      : "";
};

export function computeAreaRows(sheet: AreaSheet, config: PlanConfig): RowSemaphore[] {
  return sheet.table.rows.flatMap((_, index) => {
    if (isRowBlank(sheet, index)) return [];
    const weightCell = cellAt(sheet, index, HEADERS.weight);
    const result = computeRowCompliance(
      {
        unit: cellAt(sheet, index, HEADERS.unit),
        direction: cellAt(sheet, index, HEADERS.direction),
        programmed: config.periodLabels.map((label) =>
          cellAt(sheet, index, programmedHeader(label))
        ),
        executed: config.periodLabels.map((label) => cellAt(sheet, index, executedHeader(label))),
      },
      config.cutoffIndex,
      config.bands
    );
    return [
      {
        ...result,
        id: textOf(sheet, index, HEADERS.id),
        area: sheet.code,
        sheet: sheet.table.sheet,
        row: excelRow(sheet, index),
        responsible: textOf(sheet, index, HEADERS.responsible),
        weight: weightCell.kind === "number" ? weightCell.value : null,
      },
    ];
  });
}

function countBands(rows: RowSemaphore[]): Record<Band, number> {
  const counts: Record<Band, number> = { verde: 0, amarillo: 0, rojo: 0, "sin-programacion": 0 };
  for (const row of rows) counts[row.band]++;
  return counts;
}

export function computeSemaphore(plan: Plan, config: PlanConfig): SemaphoreReport {
  const rows: RowSemaphore[] = [];
  const areas: AreaSemaphore[] = plan.areas.map((sheet) => {
    const areaRows = computeAreaRows(sheet, config);
    rows.push(...areaRows);
    const rollUp = rollUpArea(areaRows);
    return {
      code: sheet.code,
      name: sheet.area?.name ?? sheet.table.sheet,
      macroprocess: sheet.macroprocess?.name ?? null,
      sheet: sheet.table.sheet,
      compliance: rollUp.compliance,
      band: bandOf(rollUp.compliance, config.bands),
      weighted: rollUp.weighted,
      rows: areaRows.length,
      programmedRows: rollUp.programmedRows,
      bandCounts: countBands(areaRows),
    };
  });
  const macroprocesses: GroupSemaphore[] = (plan.template?.macroprocesses ?? []).map(
    (macroprocess) => {
      const members = areas.filter((area) => area.macroprocess === macroprocess.name);
      const compliance = meanOfPresent(members.map((area) => area.compliance));
      return {
        name: macroprocess.name,
        code: macroprocess.code,
        compliance,
        band: bandOf(compliance, config.bands),
        areas: members.filter((area) => area.compliance !== null).length,
      };
    }
  );
  const institution = meanOfPresent(areas.map((area) => area.compliance));
  return {
    cutoff: config.cutoffLabel,
    rows,
    areas,
    macroprocesses,
    institution: {
      compliance: institution,
      band: bandOf(institution, config.bands),
      areas: areas.filter((area) => area.compliance !== null).length,
    },
  };
}
