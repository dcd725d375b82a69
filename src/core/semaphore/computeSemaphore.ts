/** The semáforo of a whole plan at its cut-off: per row, area, macroprocess and institution (SPEC §5, §8). */
import { AreaSheet, excelRow } from "../plan/AreaSheet";
import { Cell, EMPTY } from "../workbook/CellValue";
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

/** The columns a row's semáforo reads, resolved once per sheet (-1 where the table lacks the column). */
type SemaphoreColumns = {
  unit: number;
  direction: number;
  programmed: number[];
  executed: number[];
  weight: number;
  id: number;
  responsible: number;
};

function semaphoreColumns(sheet: AreaSheet, config: PlanConfig): SemaphoreColumns {
  const column = (header: string): number => sheet.columns.get(header) ?? -1;
  return {
    unit: column(HEADERS.unit),
    direction: column(HEADERS.direction),
    programmed: config.periodLabels.map((label) => column(programmedHeader(label))),
    executed: config.periodLabels.map((label) => column(executedHeader(label))),
    weight: column(HEADERS.weight),
    id: column(HEADERS.id),
    responsible: column(HEADERS.responsible),
  };
}

const cellIn = (row: Cell[], column: number): Cell => (column < 0 ? EMPTY : (row[column] ?? EMPTY));

function textIn(row: Cell[], column: number): string {
  const cell = cellIn(row, column);
  return cell.kind === "text"
    ? cell.value.trim()
    : cell.kind === "number"
      ? String(cell.value)
      : "";
}

export function computeAreaRows(sheet: AreaSheet, config: PlanConfig): RowSemaphore[] {
  const columns = semaphoreColumns(sheet, config);
  const results: RowSemaphore[] = [];
  sheet.table.rows.forEach((row, index) => {
    if (isRowBlank(sheet, index)) return;
    const weight = cellIn(row, columns.weight);
    const result = computeRowCompliance(
      {
        unit: cellIn(row, columns.unit),
        direction: cellIn(row, columns.direction),
        programmed: columns.programmed.map((column) => cellIn(row, column)),
        executed: columns.executed.map((column) => cellIn(row, column)),
      },
      config.cutoffIndex,
      config.bands
    );
    // Fields listed one by one: an object spread here costs ten times the rest of the row (measured, `npm run bench`).
    results.push({
      programmed: result.programmed,
      executed: result.executed,
      compliance: result.compliance,
      band: result.band,
      overExecution: result.overExecution,
      inputError: result.inputError,
      id: textIn(row, columns.id),
      area: sheet.code,
      sheet: sheet.table.sheet,
      row: excelRow(sheet, index),
      responsible: textIn(row, columns.responsible),
      weight: weight.kind === "number" ? weight.value : null,
    });
  });
  return results;
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
    for (const row of areaRows) rows.push(row);
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
