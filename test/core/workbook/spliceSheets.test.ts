/**
 * A snapshot with some sheets read again: their entries, tables, names' values and (for the template sheet) the
 * template JSON come from the partial read, everything else from the full one, in the full one's order.
 */
import { TableSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { spliceSheets } from "../../../src/core/workbook/spliceSheets";

const table = (name: string, sheet: string, text: string): TableSnapshot => ({
  name,
  sheet,
  headerRow: 1,
  firstColumn: 1,
  headers: ["Actividad"],
  rows: [[{ kind: "text", value: text }]],
});

const full: WorkbookSnapshot = {
  sheets: [
    { name: "A", visibility: "visible", extras: { drawings: { count: 1, charts: 1 } } },
    { name: "B", visibility: "visible", extras: { drawings: { count: 2, charts: 0 } } },
    { name: "C", visibility: "hidden" },
    { name: "Plantilla", visibility: "veryHidden" },
  ],
  tables: [
    table("T_A1", "A", "a1"),
    table("T_A2", "A", "a2"),
    table("T_B", "B", "b"),
    table("T_C", "C", "c"),
  ],
  names: {
    Uno: { kind: "number", value: 1 },
    Dos: { kind: "number", value: 2 },
    Tres: { kind: "number", value: 3 },
  },
  definedNames: [{ name: "Dos", refersTo: "B!$A$9" }],
  templateJson: '{"version":1}',
};

test("the read sheets' entries, tables and names' values replace theirs, in the full snapshot's order", () => {
  // B and C read again: B's drawing is gone, T_B and T_C hold new text, Dos (on B) is 20; Uno and Tres are elsewhere.
  const partial: WorkbookSnapshot = {
    sheets: [
      { name: "A", visibility: "visible" },
      { name: "B", visibility: "visible" },
      { name: "C", visibility: "hidden", extras: { drawings: { count: 1, charts: 0 } } },
      { name: "Plantilla", visibility: "veryHidden" },
    ],
    tables: [table("T_B", "B", "b'"), table("T_C", "C", "c'")],
    names: { Dos: { kind: "number", value: 20 } },
    definedNames: [{ name: "Dos", refersTo: "B!$A$9" }],
    templateJson: undefined,
  };
  const spliced = spliceSheets(full, partial, new Set(["B", "C"]));
  expect(Object.keys(spliced.names)).toEqual(["Uno", "Dos", "Tres"]);
  expect(spliced).toEqual({
    sheets: [
      { name: "A", visibility: "visible", extras: { drawings: { count: 1, charts: 1 } } },
      { name: "B", visibility: "visible" },
      { name: "C", visibility: "hidden", extras: { drawings: { count: 1, charts: 0 } } },
      { name: "Plantilla", visibility: "veryHidden" },
    ],
    tables: [
      table("T_A1", "A", "a1"),
      table("T_A2", "A", "a2"),
      table("T_B", "B", "b'"),
      table("T_C", "C", "c'"),
    ],
    names: {
      Uno: { kind: "number", value: 1 },
      Dos: { kind: "number", value: 20 },
      Tres: { kind: "number", value: 3 },
    },
    definedNames: [{ name: "Dos", refersTo: "B!$A$9" }],
    // Plantilla was not read again: the full snapshot's template JSON stays.
    templateJson: '{"version":1}',
  });
});

test("the template sheet read again gives the template JSON, even none", () => {
  const partial: WorkbookSnapshot = { sheets: full.sheets, tables: [], names: {} };
  const spliced = spliceSheets(full, partial, new Set(["Plantilla"]));
  expect(spliced.templateJson).toBeUndefined();
  expect(spliced.tables).toEqual(full.tables);
  expect(spliced.names).toEqual(full.names);
});
