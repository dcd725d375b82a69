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
