/**
 * The realistic fixture the informe de gestión is proven on (issue 17): Asocapitales' 2021 plan, generated from the
 * seed, with the values its 17 area leads typed by the end of the first semester (test/fixtures/informe-2021, one
 * JSON per area, invented for tests). Built through the product's own code, as the pane outside Office does it: the
 * `generate` operation on an in-browser workbook, then every typed value in one patch of cell edits through the same
 * package writer the CLI uses (a text value is written as text, never as a formula), with `Corte` typed last.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { areasInOrder } from "../../src/core/template/Template";
import { CarriedRow } from "../../src/core/template/fromSheet/CarriedRow";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { dateSerial } from "../../src/core/workbook/dateSerial";
import { CONFIGURATION_ROW } from "../../src/core/workbook/layout/configurationSheet";
import { SHEET, tableName } from "../../src/core/workbook/sheetNames";
import { CellEdit, CellInput, WorkbookPatch } from "../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { bindOperations } from "../../src/operations/bindOperations";
import { WorkbookHost } from "../../src/operations/WorkbookHost";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { fillEdits } from "../operations/fillEdits";
import { RowValues } from "./fillArea";

/** The cut-offs the fixture is filled to: T1 holds `Ejecutado T1` only, T2 both semesters' quarters. */
export type InformeFixtureCutoff = "T1" | "T2";

/** One area's file: its code and name, and its rows by `ID`, each a map of header → value as typed. */
export type InformeFixtureArea = {
  area: string;
  name: string;
  rows: Record<string, Record<string, string | number>>;
};

export const INFORME_FIXTURE_DIR = path.join(__dirname, "..", "fixtures", "informe-2021");

/** The template the fixture fills: the embedded default, which is the seed's plan imported as is. */
export const INFORME_FIXTURE_TEMPLATE = DEFAULT_TEMPLATE;

const DATE_HEADERS = new Set<string>([HEADERS.startDate, HEADERS.endDate]);
/** Quarters typed after T1 (the fixture holds none after T2). */
const AFTER_T1 = /^Ejecutado T[2-4]$/;

let areas: InformeFixtureArea[] | null = null;

/** The 17 area files, in the plan's order (their names start with it: 01-DJ.json … 17-CI.json). */
export function informeFixtureAreas(): InformeFixtureArea[] {
  areas ??= readdirSync(INFORME_FIXTURE_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map(
      (name) =>
        JSON.parse(readFileSync(path.join(INFORME_FIXTURE_DIR, name), "utf8")) as InformeFixtureArea
    );
  return areas;
}

/** A value as the area lead typed it: dates (yyyy-mm-dd in the files) as real dates, everything else as is. */
function typed(header: string, value: string | number): CellInput {
  if (DATE_HEADERS.has(header) && typeof value === "string") {
    const [year, month, day] = value.split("-").map(Number);
    return { date: dateSerial(year, month, day) };
  }
  return value;
}

/**
 * Areas whose seed section has no objectives (Control Interno: its plan is the Plan Anual de Auditorías, an annex)
 * start from the fixture's rows, as a plan carried over from a matrix does; every other area from its objectives.
 */
function carriedRows(): Record<string, CarriedRow[]> {
  const withoutObjectives = new Set(
    areasInOrder(INFORME_FIXTURE_TEMPLATE)
      .filter(({ area }) => area.objectives.length === 0)
      .map(({ area }) => area.code)
  );
  return Object.fromEntries(
    informeFixtureAreas()
      .filter(({ area }) => withoutObjectives.has(area))
      .map(({ area, rows }) => [
        area,
        Object.values(rows).map((values) => ({
          objective: String(values[HEADERS.objective]),
          values: {},
        })),
      ])
  );
}

/** The typed values of every area as cell edits of the generated tables, matched by `ID`. */
function typedEdits(snapshot: WorkbookSnapshot, cutoff: InformeFixtureCutoff): CellEdit[] {
  return informeFixtureAreas().flatMap(({ area, rows }) => {
    const table = snapshot.tables.find((candidate) => candidate.name === tableName(area));
    if (!table) throw new Error(`No table ${tableName(area)}`);
    const idColumn = table.headers.indexOf(HEADERS.id);
    const ids = table.rows.map((cells) => {
      const cell = cells[idColumn];
      return cell?.kind === "text" ? cell.value : "";
    });
    const byIndex: RowValues[] = ids.map(() => ({}));
    for (const [id, values] of Object.entries(rows)) {
      const index = ids.indexOf(id);
      if (index < 0) throw new Error(`No row ${id} in ${tableName(area)}`);
      byIndex[index] = Object.fromEntries(
        Object.entries(values)
          .filter(([header]) => header !== HEADERS.objective)
          .filter(([header]) => cutoff === "T2" || !AFTER_T1.test(header))
          .map(([header, value]) => [header, typed(header, value)])
      );
    }
    return fillEdits(snapshot, area, byIndex);
  });
}

/** The plan as generated, before anyone typed: its bytes and snapshot, shared by both cut-offs. */
let generated: Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> | null = null;

async function generatePlan(): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> {
  const host = new MemoryHost();
  await bindOperations(host).generate({
    template: INFORME_FIXTURE_TEMPLATE,
    rows: carriedRows(),
  });
  return { bytes: host.exportBytes(), snapshot: await host.readSnapshot() };
}

/** Every typed value up to `cutoff` as cell edits, then `Corte` set to it: what the area leads and the office typed. */
function typedPatch(snapshot: WorkbookSnapshot, cutoff: InformeFixtureCutoff): WorkbookPatch {
  const edits = typedEdits(snapshot, cutoff);
  edits.push({ sheet: SHEET.configuration, cell: `B${CONFIGURATION_ROW.cutoff}`, value: cutoff });
  return { sheets: [], definedNames: [], edits };
}

/**
 * Types the fixture's values up to `cutoff` into the plan `host` holds (one patch; `Corte` set to `cutoff`): e.g. on
 * the T1 workbook, once consolidated at T1, typing T2 gives the same plan consolidated again at T2 (SPEC §6 history).
 */
export async function typeInformeFixture(
  host: WorkbookHost,
  cutoff: InformeFixtureCutoff
): Promise<void> {
  await host.applyPatch(typedPatch(await host.readSnapshot(), cutoff));
}

async function build(cutoff: InformeFixtureCutoff): Promise<Uint8Array> {
  generated ??= generatePlan();
  const { bytes, snapshot } = await generated;
  const host = new MemoryHost(bytes);
  await host.applyPatch(typedPatch(snapshot, cutoff));
  return host.exportBytes();
}

const built = new Map<InformeFixtureCutoff, Promise<Uint8Array>>();

/**
 * The filled 2021 workbook's `.xlsx` bytes at `cutoff` (`Corte` set to it). Built once per cut-off and test file,
 * then copied: a caller may change its bytes freely.
 */
export async function informeFixtureBytes(cutoff: InformeFixtureCutoff): Promise<Uint8Array> {
  let bytes = built.get(cutoff);
  if (!bytes) {
    bytes = build(cutoff);
    built.set(cutoff, bytes);
  }
  return (await bytes).slice();
}
