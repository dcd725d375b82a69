/**
 * `Matriz` holds each area cell as the same kind of value the tab holds (SPEC §5.1: one workbook state, one set of
 * figures): a date typed where its column has no date format (Excel turns "1/4" typed in «Ponderación» into 1 April;
 * 15/03/2021 in «Entregable») stays a date, an error value stays that error. So the semáforo computed from `Matriz`
 * is the tabs' on every host, and the informe is made right after a consolidation — before, `report` found every
 * such area changed since the consolidation and refused, however often the plan was consolidated again.
 */
import path from "node:path";
import { writeFileSync } from "node:fs";
import { planFromMatrix } from "../../src/core/consolidation/planFromMatrix";
import { semesterConfig } from "../../src/core/report/semesterConfig";
import { computeSemaphore, SemaphoreReport } from "../../src/core/semaphore/computeSemaphore";
import { cellAddress } from "../../src/core/workbook/address";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { bindOperations } from "../../src/operations/bindOperations";
import { templatePlan } from "../../src/operations/checkedPlan";
import { WorkbookHost } from "../../src/operations/WorkbookHost";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import {
  datesAndErrorsPlanBytes,
  DATES_AND_ERRORS_FILL as FILL,
  DATES_AND_ERRORS_TEMPLATE as template,
  TYPED_KINDS as TYPED,
} from "../support/datesAndErrorsPlan";
import { testOutputDir } from "../support/tempDir";
import { officeHost } from "../shells/office/support";
import { fillEdits } from "./fillEdits";

jest.setTimeout(120_000);

const TODAY = "2021-07-05";

/** The same plan in Excel: generated, filled, then the dates and the error typed into the cells. */
async function typedInExcel(): Promise<WorkbookHost> {
  const { excel, host } = officeHost();
  const operations = bindOperations(host);
  await operations.generate({ template });
  const snapshot = await operations.readSnapshot();
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: Object.entries(FILL).flatMap(([code, rows]) => fillEdits(snapshot, code, rows)),
  });
  // The area tabs are protected (input cells unlocked); Excel gives a typed date a date format of its own, which
  // the fake's protection would refuse through the API: the test lifts it around the typing.
  await excel.run(async (context) => {
    for (const typed of TYPED) {
      const table = snapshot.tables.find((candidate) => candidate.name === `T_${typed.code}`)!;
      const sheet = context.workbook.worksheets.getItem(table.sheet);
      sheet.protection.load("options");
      await context.sync();
      const options = sheet.protection.options;
      sheet.protection.unprotect();
      const range = sheet.getRange(
        cellAddress(
          table.headerRow + 1 + typed.row,
          table.firstColumn + table.headers.indexOf(typed.header)
        )
      );
      if ("date" in typed) {
        range.numberFormat = [["dd/mm/yyyy"]];
        range.values = [[typed.date]];
      } else range.values = [[typed.error]];
      sheet.protection.protect(options);
      await context.sync();
    }
  });
  return host;
}

const HOSTS: { name: string; create: () => Promise<WorkbookHost> }[] = [
  {
    name: "file",
    create: async () => {
      const dir = testOutputDir("matrix-cell-kinds");
      const input = path.join(dir, "typed.xlsx");
      writeFileSync(input, await datesAndErrorsPlanBytes());
      return new FileHost({ input, output: path.join(dir, "consolidated.xlsx") });
    },
  },
  {
    name: "memory",
    create: async () => new MemoryHost(new Uint8Array(await datesAndErrorsPlanBytes())),
  },
  { name: "excel", create: typedInExcel },
];

/** Per row ID, band, compliance and weight; per area, its figure: what `report` compares. */
const figures = (result: SemaphoreReport) => ({
  rows: result.rows.map((row) => [row.id, row.band, row.compliance, row.weight, row.weightError]),
  areas: result.areas.map((area) => [area.code, area.band, area.compliance, area.error]),
});

describe.each(HOSTS)("a date and an error value consolidated on the $name host", ({ create }) => {
  let host: WorkbookHost;
  let snapshot: WorkbookSnapshot;

  beforeAll(async () => {
    host = await create();
    await bindOperations(host).consolidate({ imports: [], today: TODAY });
    snapshot = await host.readSnapshot();
  });

  it("reads each cell back from Matriz as the kind of value the tab holds", () => {
    const matrix = snapshot.tables.find((table) => table.name === "T_Matriz")!;
    const column = (header: string): number => matrix.headers.indexOf(header);
    const ids = matrix.rows.map((row) => row[column(HEADERS.id)]);
    const at = (id: string) =>
      matrix.rows[ids.findIndex((cell) => cell.kind === "text" && cell.value === id)];
    expect([
      at("DJ-02")[column(HEADERS.weight)],
      at("DJ-02")[column(HEADERS.deliverable)],
      at("SGR-01")[column(HEADERS.weight)],
    ]).toEqual([
      { kind: "date", serial: 44287 },
      { kind: "date", serial: 44270 },
      { kind: "error", code: "#N/A" },
    ]);
  });

  it("computes from Matriz the semáforo the tabs give, worked out by hand", () => {
    const tabs = templatePlan(snapshot);
    const config = semesterConfig(tabs.config!, 1);
    const fromTabs = figures(computeSemaphore(tabs, config));
    const fromMatrix = figures(computeSemaphore(planFromMatrix(tabs, snapshot)!, config));
    expect(fromMatrix).toEqual(fromTabs);
    // At T2: DJ-01 2 of 2; DJ-02 0 of 2 with no numeric weight, left out of DJ's weighted figure (100 %);
    // SGR's weight is an error value, so SGR has no figure of its own.
    expect(fromMatrix.rows).toEqual([
      ["DJ-01", "verde", 1, 0.5, false],
      ["DJ-02", "rojo", 0, null, false],
      ["SGR-01", "verde", 1, null, true],
    ]);
    expect(fromMatrix.areas).toEqual([
      ["DJ", "verde", 1, null],
      ["SGR", "con-errores", null, "weightError"],
      ["CI", "sin-diligenciar", null, null],
    ]);
  });

  it("makes the informe from Matriz right after consolidating, the date in words in each language", async () => {
    const operations = bindOperations(host);
    const es = await operations.report({
      semester: 1,
      language: "es",
      output: "html",
      today: TODAY,
    });
    expect(es.fromMatrix).toBe(true);
    expect(es.html).toContain("15 de marzo de 2021: se ejecutaron 0 de 2 programados");
    const en = await operations.report({
      semester: 1,
      language: "en",
      output: "html",
      today: TODAY,
    });
    expect(en.html).toContain("March 15, 2021: 0 of 2 programmed");
    expect(en.html).not.toContain("44270");
  });
});
