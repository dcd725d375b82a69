import { planFixes } from "../../../src/core/fixes/planFixes";
import { Issue } from "../../../src/core/validation/Issue";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { parseCellAddress } from "../../../src/core/workbook/address";
import { CellEdit } from "../../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { toCell } from "../../support/buildSnapshot";
import { cleanSnapshot } from "../validation/cleanSnapshot";

/** What a shell does with the edits, on the in-memory snapshot. */
function applyEdits(snapshot: WorkbookSnapshot, edits: CellEdit[]): void {
  for (const edit of edits) {
    const table = snapshot.tables.find((candidate) => candidate.sheet === edit.sheet);
    if (!table) throw new Error(`no table on ${edit.sheet}`);
    const { row, column } = parseCellAddress(edit.cell);
    table.rows[row - table.headerRow - 1][column - table.firstColumn] = toCell(edit.value);
  }
}

const issue = (fix: CellEdit | undefined): Issue => ({
  severity: "error",
  code: "number.asText",
  sheet: "S",
  area: "DJ",
  row: 8,
  column: "Meta",
  cell: "K8",
  value: "1",
  params: {},
  ...(fix ? { fix } : {}),
});

describe("planFixes", () => {
  it("collects every fix of a report, one per cell, the first one winning", () => {
    const first: CellEdit = { sheet: "S", cell: "K8", value: 1 };
    const report = {
      issues: [
        issue(first),
        issue(undefined),
        issue({ sheet: "S", cell: "k8", value: 2 }),
        issue({ sheet: "T", cell: "K8", value: 3 }),
      ],
      areas: [],
      summary: { areas: 0, rows: 0, filledRows: 0, errors: 4, warnings: 0, fixable: 3 },
    };
    expect(planFixes(report)).toEqual([first, { sheet: "T", cell: "K8", value: 3 }]);
  });

  it("fixes what it can: numbers and dates typed as text, list spellings, overwritten formulas", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: {
          Meta: "4",
          "Programado T1": "1,0",
          "Fecha inicio": "01/02/2021",
          "Unidad de medida": "numero",
          "% Cumplimiento": 0.5,
        },
      },
      SGR: { 0: { Meta: "1,234", Presupuesto: "$ 12.000.000" } },
    });
    const before = validateWorkbook(snapshot);
    const edits = planFixes(before);
    expect(edits.map((edit) => `${edit.sheet}!${edit.cell}`)).toEqual([
      "3.1 Dirección Jurídica!H8",
      "3.1 Dirección Jurídica!K8",
      "3.1 Dirección Jurídica!L8",
      "3.1 Dirección Jurídica!V8",
      "3.1 Dirección Jurídica!AD8",
      "3.1.1 Sistema General Regalías!X8",
    ]);
    applyEdits(snapshot, edits);
    const after = validateWorkbook(snapshot);
    expect(
      after.issues.map((remaining) => `${remaining.code}@${remaining.area}!${remaining.cell}`)
    ).toEqual(["number.asText@SGR!K8"]);
    expect(after.summary.fixable).toBe(0);
  });
});
