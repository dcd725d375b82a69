/**
 * The in-browser workbook stores what a Colombian user types as Excel set to es-CO would (issue 15, finding 6:
 * `2.500` was stored as 2.5, `01/02/2021`, `0,25` and `15%` as text that validation then blamed on the user).
 */
import { columnLetter } from "../../src/core/workbook/address";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { validate } from "../../src/operations/validate";
import { generate } from "../../src/operations/generate";
import { PaneWorkbook } from "../../src/taskpane/PaneWorkbook";
import { sampleTemplate } from "../support/sampleTemplate";

jest.setTimeout(120_000);

const DJ = "3.1 Dirección Jurídica";

test("es-CO typing: thousands, decimals, percent and d/m/y dates are stored as numbers and dates", async () => {
  const workbook = new PaneWorkbook();
  await generate(workbook, { template: sampleTemplate() });
  const header = workbook.grid(DJ)[6];
  const column = (name: string): string => columnLetter(header.indexOf(name) + 1);
  const typed: [string, string][] = [
    [HEADERS.budget, "2.500"],
    [HEADERS.baseline, "1.200"],
    [HEADERS.goal, "1.000"],
    [HEADERS.startDate, "01/02/2021"],
    ["Programado T1", "0,25"],
    ["Ejecutado T1", "15%"],
  ];
  for (const [name, value] of typed)
    await workbook.editCell(DJ, `${column(name)}8`, value, "es-CO");
  const table = (await workbook.readSnapshot()).tables.find((candidate) => candidate.sheet === DJ)!;
  const firstRow = table.rows[0];
  expect(typed.map(([name]) => firstRow[table.headers.indexOf(name)])).toEqual([
    { kind: "number", value: 2500 },
    { kind: "number", value: 1200 },
    { kind: "number", value: 1000 },
    { kind: "date", serial: 44228 },
    { kind: "number", value: 0.25 },
    { kind: "number", value: 0.15 },
  ]);
  const report = await validate(workbook, {});
  expect(report.issues.filter((issue) => issue.code === "number.asText")).toEqual([]);
  expect(workbook.hasUnsavedWork()).toBe(true);
});
