import { textLengthRule } from "../../../../src/core/validation/rules/textLengthRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("textLengthRule", () => {
  it("accepts texts up to 32,767 characters, the most an Excel cell holds", () => {
    const snapshot = cleanSnapshot({
      DJ: { 0: { Observaciones: { kind: "text", value: "x".repeat(32_767) } } },
    });
    expect(runRule(textLengthRule, snapshot)).toEqual([]);
  });

  it("reports a longer text in any column as an error naming the cell, showing its first 40 characters", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        1: { Observaciones: { kind: "text", value: `${"y".repeat(40)}${"z".repeat(32_728)}` } },
      },
      SGR: { 0: { Actividad: { kind: "text", value: "a".repeat(40_000) } } },
    });
    const table = snapshot.tables.find((candidate) => candidate.name === "T_DJ");
    table?.headers.push("Notas");
    table?.rows.forEach((row, index) =>
      row.push(
        index === 0 ? { kind: "text", value: "n".repeat(32_768) } : { kind: "text", value: "" }
      )
    );
    expect(
      runRule(textLengthRule, snapshot).map((issue) => [
        issue.severity,
        issue.sheet,
        issue.cell,
        issue.column,
        issue.params,
        issue.value,
      ])
    ).toEqual([
      ["error", table?.sheet, "AF8", "Notas", { length: 32_768 }, `${"n".repeat(40)}…`],
      ["error", table?.sheet, "Z9", "Observaciones", { length: 32_768 }, `${"y".repeat(40)}…`],
      ["error", expect.any(String), "C8", "Actividad", { length: 40_000 }, `${"a".repeat(40)}…`],
    ]);
  });
});
