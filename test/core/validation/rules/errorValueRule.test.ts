import { errorValueRule } from "../../../../src/core/validation/rules/errorValueRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("errorValueRule", () => {
  it("accepts rows without error values", () => {
    expect(runRule(errorValueRule, cleanSnapshot())).toEqual([]);
  });

  it("reports every kind of Excel error in input cells, typed or as a formula's result", () => {
    const codes = ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];
    const headers = [
      "Actividad",
      "Meta",
      "Indicador",
      "Programado T1",
      "Responsable",
      "Línea base",
      "Evidencias",
    ];
    const values = Object.fromEntries(
      headers.map((header, i) => [
        header,
        { kind: "error" as const, code: codes[i], ...(i === 1 ? { formula: "K9/0" } : {}) },
      ])
    );
    const issues = runRule(errorValueRule, cleanSnapshot({ DJ: { 0: values } }));
    expect(issues.map((issue) => [issue.cell, issue.value])).toEqual([
      ["C8", "#REF!"],
      ["E8", "#N/A"],
      ["J8", "#NUM!"],
      ["K8", "#DIV/0!"],
      ["L8", "#VALUE!"],
      ["U8", "#NAME?"],
      ["Y8", "#NULL!"],
    ]);
    expect(issues.find((issue) => issue.cell === "K8")?.params).toEqual({ formula: "K9/0" });
  });

  it("checks user columns too but leaves computed columns to the formula rule", () => {
    const snapshot = cleanSnapshot({
      DJ: { 0: { "% Cumplimiento": { kind: "error", code: "#DIV/0!" } } },
    });
    expect(runRule(errorValueRule, snapshot)).toEqual([]);
    const table = snapshot.tables.find((candidate) => candidate.name === "T_DJ");
    table?.headers.push("Notas");
    table?.rows.forEach((row) => row.push({ kind: "error", code: "#REF!" }));
    expect(runRule(errorValueRule, snapshot).map((issue) => issue.cell)).toEqual(["AF8", "AF9"]);
  });

  it("reports an input formula the file holds without its result, and no formula that has one", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: {
          "Ejecutado T1": { formula: "0.5*2" },
          Evidencias: { formula: 'HYPERLINK("x","Acta 1")' },
        },
        1: {
          "Ejecutado T1": { kind: "number", value: 1, formula: "0.5*2" },
          Evidencias: { kind: "text", value: "", formula: 'IF(1,"","x")' },
        },
      },
    });
    const issues = runRule(errorValueRule, snapshot);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.cell, issue.value])).toEqual([
      ["cell.uncalculated", "error", "P8", "=0.5*2"],
      ["cell.uncalculated", "error", "Y8", '=HYPERLINK("x","Acta 1")'],
    ]);
  });
});
