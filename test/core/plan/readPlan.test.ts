/**
 * How the plan finds its areas and its cut-off as the workbook's own formulas do: a table's name ignoring case
 * (Excel and LibreOffice resolve `T_DJ[Meta]` on a table renamed `t_dj`), and `Corte` as `CorteIndice`'s
 * `MATCH(Corte,Periodos,0)` matches it — case ignored, nothing trimmed (probe D6, D17 e).
 */
import { readPlan } from "../../../src/core/plan/readPlan";
import { formatIssueMessage } from "../../../src/core/validation/formatIssueMessage";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { NAME } from "../../../src/core/workbook/workbookNames";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { buildSnapshot } from "../../support/buildSnapshot";

/** The sample plan with DJ's table renamed `to`. */
function renamed(to: string): WorkbookSnapshot {
  const snapshot = buildSnapshot();
  return {
    ...snapshot,
    tables: snapshot.tables.map((table) =>
      table.name === "T_DJ" ? { ...table, name: to } : table
    ),
  };
}

const withCorte = (text: string): WorkbookSnapshot =>
  buildSnapshot(undefined, {}, { names: { [NAME.cutoff]: { kind: "text", value: text } } });

describe("readPlan: table names ignore case", () => {
  it("finds area DJ in a table renamed t_dj, with its template area", () => {
    const plan = readPlan(renamed("t_dj"));
    const dj = plan.areas.find((area) => area.code === "DJ");
    expect(dj?.table.name).toBe("t_dj");
    expect(dj?.area?.name).toBe("Dirección Jurídica");
  });

  it("reports no missing table T_DJ when it is named t_Dj", () => {
    const issues = validateWorkbook(renamed("t_Dj")).issues;
    expect(issues.filter((issue) => issue.code.startsWith("structure."))).toEqual([]);
  });
});

describe("readPlan: Corte as the sheet's MATCH reads it", () => {
  it("takes «t2» as T2 (MATCH ignores case)", () => {
    const plan = readPlan(withCorte("t2"));
    expect(plan.badCutoff).toBeNull();
    expect(plan.config?.cutoffIndex).toBe(1);
    expect(plan.config?.cutoffLabel).toBe("T2");
  });

  it.each(["T2 ", " T2", "T2\u00a0"])("takes «%s» as no period (MATCH does not trim)", (corte) => {
    const plan = readPlan(withCorte(corte));
    expect(plan.badCutoff).toBe(corte);
  });

  it("says at B6 that «T2 » has spaces around T2", () => {
    const issues = validateWorkbook(withCorte("T2 ")).issues.filter(
      (issue) => issue.code === "structure.badCutoff"
    );
    expect(
      issues.map((issue) => [
        issue.severity,
        issue.cell,
        issue.value,
        formatIssueMessage(issue, "es"),
      ])
    ).toEqual([
      [
        "error",
        "B6",
        "T2 ",
        "El corte «T2 » de «Configuración» (B6) tiene espacios antes o después de «T2», y las fórmulas del libro no lo reconocen como periodo (su «Índice del corte» da #N/A). Escriba «T2» sin espacios, o elíjalo de la lista.",
      ],
    ]);
  });

  it("reads a Corte of spaces only as blank", () => {
    expect(readPlan(withCorte("   ")).badCutoff).toBe("");
  });

  it("keeps --cutoff as lenient as before: «t3» is T3, «T3 » is no period", () => {
    expect(readPlan(withCorte("T1"), { cutoff: "t3" }).config?.cutoffLabel).toBe("T3");
    expect(readPlan(withCorte("T1"), { cutoff: "T3 " }).badCutoff).toBe("T3 ");
  });
});

describe("Configuración cells holding a formula the file keeps no result for (probe B D9)", () => {
  /** openpyxl, ExcelJS and scripts write formulas without their result: the reader gives an empty cell with it. */
  const uncalculated = (formula: string) => ({ kind: "empty" as const, formula });
  const snapshot = buildSnapshot(
    undefined,
    {},
    {
      names: {
        [NAME.cutoff]: uncalculated('"T"&(1+1)'),
        [NAME.greenThreshold]: uncalculated("80/100"),
      },
    }
  );
  const messages = (code: string) =>
    validateWorkbook(snapshot)
      .issues.filter((issue) => issue.code === code)
      .map((issue) => [
        issue.cell,
        formatIssueMessage(issue, "es"),
        formatIssueMessage(issue, "en"),
      ]);

  it("reads Corte as unknown, not blank, and keeps its formula", () => {
    const plan = readPlan(snapshot);
    expect([plan.badCutoff, plan.uncalculatedCutoff]).toEqual(["", '"T"&(1+1)']);
    expect(readPlan(snapshot, { cutoff: "T2" }).uncalculatedCutoff).toBeNull();
  });

  it("says at B6 that Corte holds a formula never calculated, and what to do", () => {
    expect(messages("structure.badCutoff")).toEqual([
      [
        "B6",
        'El corte de «Configuración» (B6) tiene la fórmula ="T"&(1+1), que nunca se calculó (el archivo no guarda su resultado), así que no se sabe a qué periodo se calculan las cifras. Abra el libro en Excel o LibreOffice y guárdelo para que la calcule, o escriba el corte: uno de T1, T2, T3, T4.',
        'The cut-off in “Configuración” (B6) holds the formula ="T"&(1+1), which was never calculated (the file keeps no result for it), so the period the figures are computed at is unknown. Open the workbook in Excel or LibreOffice and save it so that it is calculated, or type the cut-off: one of T1, T2, T3, T4.',
      ],
    ]);
  });

  it("says at B8 that the green threshold holds a formula never calculated, not «»", () => {
    expect(messages("configuration.thresholdNotNumber")).toEqual([
      [
        "B8",
        "El umbral «UmbralVerde» de «Configuración» (B8) tiene la fórmula =80/100, que nunca se calculó (el archivo no guarda su resultado), así que el semáforo no puede compararse con él. Abra el libro en Excel o LibreOffice y guárdelo para que la calcule, o escriba el número como porcentaje (por ejemplo 80 %).",
        "The threshold “UmbralVerde” in “Configuración” (B8) holds the formula =80/100, which was never calculated (the file keeps no result for it), so the traffic light cannot be compared with it. Open the workbook in Excel or LibreOffice and save it so that it is calculated, or type the number as a percentage (for example 80 %).",
      ],
    ]);
  });
});
