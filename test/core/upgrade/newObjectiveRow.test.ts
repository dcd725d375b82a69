import { newObjectiveRow } from "../../../src/core/upgrade/newObjectiveRow";
import { areaColumns } from "../../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { sampleTemplate } from "../../support/sampleTemplate";

describe("newObjectiveRow", () => {
  it("pre-fills exactly the input cells a freshly generated objective row has", () => {
    const template = sampleTemplate();
    const table = layoutWorkbook(template)
      .sheets.flatMap((sheet) => sheet.tables)
      .find((candidate) => candidate.name === "T_DJ")!;
    const computed = new Set(
      areaColumns(template)
        .filter((column) => column.type === "computed")
        .map((column) => column.header)
    );
    const generated = new Map(
      table.headers
        .map((header, index) => [header, [...table.rows][0][index]] as const)
        .filter(([header, value]) => !computed.has(header) && value !== null)
    );
    expect(newObjectiveRow("DJ-01", template.macroprocesses[0].areas[0].objectives[0])).toEqual(
      generated
    );
  });
});
