/**
 * `Resumen`'s test of "a row with anything typed" (`typedRowsFormula`): every input column of the template, as the
 * core's blank-row test reads them, never a computed one; and, for a template whose headers would take a formula past
 * Excel's 8,192 characters, the required and period columns, every formula within the limit.
 */
import { areaColumns } from "../../../../src/core/workbook/areaColumns";
import { defaultPeriods, Template } from "../../../../src/core/template/Template";
import { layoutSummarySheet } from "../../../../src/core/workbook/layout/summarySheet";
import { CellInput } from "../../../../src/core/workbook/WorkbookPatch";
import { sampleTemplate } from "../../../support/sampleTemplate";

/** Every formula `Resumen` holds. */
function formulas(template: Template): string[] {
  const { sheet } = layoutSummarySheet(template);
  return sheet.blocks.flatMap((block) =>
    (block.values as CellInput[][]).flatMap((row) =>
      row.flatMap((value) =>
        value !== null && typeof value === "object" && "formula" in value ? [value.formula] : []
      )
    )
  );
}

const tested = (header: string): string => `IFERROR(LEN(TRIM(CLEAN(T_DJ[${header}]&""))),1)`;

describe("Resumen's test of a row with anything typed", () => {
  it("reads every input column of the template and no computed one", () => {
    const template = sampleTemplate();
    const withErrors = formulas(template).filter((formula) => formula.includes(tested("ID")));
    // DJ's band and its rows left out; nothing else tests DJ's rows this way.
    expect(withErrors).toHaveLength(2);
    for (const column of areaColumns(template)) {
      const expected = column.type !== "computed";
      for (const formula of withErrors)
        expect([column.header, formula.includes(tested(column.header))]).toEqual([
          column.header,
          expected,
        ]);
    }
  });

  it("keeps every formula within Excel's 8,192 characters when the template has many long headers", () => {
    // 12 months and 100 extra columns of 46 characters: every input column would take the band past 8,192.
    const template = sampleTemplate({
      periods: defaultPeriods("M"),
      extraColumns: Array.from({ length: 100 }, (_, index) => ({
        header: `Columna adicional de seguimiento número ${String(index + 1).padStart(3, "0")}`,
        type: "text" as const,
        required: false,
      })),
    });
    const all = formulas(template);
    expect(Math.max(...all.map((formula) => formula.length))).toBeLessThanOrEqual(8192);
    const withErrors = all.filter((formula) => formula.includes(tested("ID")));
    expect(withErrors).toHaveLength(2);
    for (const formula of withErrors) {
      expect(formula).toContain(tested("Programado M12"));
      expect(formula).toContain(tested("Ejecutado M1"));
      expect(formula).toContain(tested("Meta"));
      expect(formula).not.toContain(tested("Observaciones"));
      expect(formula).not.toContain(tested("Columna adicional de seguimiento número 001"));
    }
  });
});
