import { areaTablesRule } from "../../../../src/core/validation/rules/areaTablesRule";
import { validateWorkbook } from "../../../../src/core/validation/validateWorkbook";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";
import { tableOf } from "../tableEdits";

describe("areaTablesRule", () => {
  it("accepts a workbook with one table per template area, whatever the tabs are called", () => {
    const snapshot = cleanSnapshot();
    tableOf(snapshot, "DJ").sheet = "Jurídica (copia de Ana)";
    expect(runRule(areaTablesRule, snapshot)).toEqual([]);
  });

  it("reports a template area whose table is gone", () => {
    const snapshot = cleanSnapshot();
    snapshot.tables = snapshot.tables.filter((table) => table.name !== "T_SGR");
    expect(runRule(areaTablesRule, snapshot)).toEqual([
      expect.objectContaining({
        code: "structure.missingAreaTable",
        area: "SGR",
        cell: null,
        params: { table: "T_SGR", name: "Sistema General de Regalías – SGR" },
      }),
    ]);
  });

  it("reports a T_ table that no template area has, at its header's first cell, and does not validate its rows", () => {
    const snapshot = cleanSnapshot();
    snapshot.tables.push({ ...tableOf(snapshot, "DJ"), name: "T_XX", sheet: "Copia", rows: [] });
    const issues = runRule(areaTablesRule, snapshot);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "structure.unknownAreaTable",
        area: "XX",
        sheet: "Copia",
        cell: "A7",
        value: "T_XX",
      }),
    ]);
    expect(validateWorkbook(snapshot).areas.map((area) => area.code)).toEqual(["DJ", "SGR", "CI"]);
  });

  it("ignores tables that are not area tables", () => {
    const snapshot = cleanSnapshot();
    snapshot.tables.push({ ...tableOf(snapshot, "DJ"), name: "Tabla1", sheet: "Notas" });
    expect(runRule(areaTablesRule, snapshot)).toEqual([]);
  });
});
