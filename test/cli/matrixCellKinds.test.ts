/**
 * `consolidate` then `report` on a plan with a date and an error value in «Ponderación» and a date in «Entregable»
 * (test/support/datesAndErrorsPlan.ts), through the compiled CLI: the informe is written right after the
 * consolidation (before, `report` said the areas had changed since and refused, every time), and `Matriz`, read by
 * openpyxl and by LibreOffice, holds the dates as dates with a date format and the error as that error.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { datesAndErrorsPlanBytes } from "../support/datesAndErrorsPlan";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { cellsOf, InspectedCell, inspectWithOpenpyxl } from "../support/openpyxl";
import { cliProcess } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(180_000);

const dir = testOutputDir("matrix-cell-kinds-cli");
const file = (name: string): string => path.join(dir, name);

/** The Matriz cells of one row (by ID) under the given headers, as openpyxl reads them from `workbook`. */
function matrixCells(
  workbook: string,
  id: string,
  headers: string[],
  options: { values?: boolean } = {}
): Partial<InspectedCell>[] {
  const sheet = inspectWithOpenpyxl(workbook, options).sheets.find((candidate) =>
    candidate.tables.some((table) => table.name === "T_Matriz")
  )!;
  const table = sheet.tables.find((candidate) => candidate.name === "T_Matriz")!;
  const cells = cellsOf(sheet);
  const [first, last] = table.ref.split(":").map((address) => Number(address.replace(/\D/g, "")));
  const letter = (index: number): string =>
    (index >= 26 ? String.fromCharCode(64 + Math.floor(index / 26)) : "") +
    String.fromCharCode(65 + (index % 26));
  const idLetter = letter(table.headers.indexOf(HEADERS.id));
  const row = Array.from({ length: last - first }, (_, at) => first + 1 + at).find(
    (candidate) => cells.get(`${idLetter}${candidate}`)?.value === id
  );
  return headers.map((header) => {
    const cell = cells.get(`${letter(table.headers.indexOf(header))}${row}`);
    return { value: cell?.value, numberFormat: cell?.numberFormat, dataType: cell?.dataType };
  });
}

const DATE_WEIGHT = {
  value: { date: "2021-04-01T00:00:00" },
  numberFormat: "dd/mm/yyyy",
  dataType: "d",
};
const DATE_DELIVERABLE = { ...DATE_WEIGHT, value: { date: "2021-03-15T00:00:00" } };
const ERROR_WEIGHT = { value: "#N/A", numberFormat: "0%", dataType: "e" };

describe("a date and an error value, consolidated and reported", () => {
  beforeAll(async () => {
    writeFileSync(file("typed.xlsx"), await datesAndErrorsPlanBytes());
  });

  it("writes the informe right after consolidating, the date of «Entregable» in words in each language", () => {
    const consolidated = cliProcess(["consolidate", file("typed.xlsx"), "--out", file("c.xlsx")]);
    // SGR's figure rests on its error value: written, exit 1 (README "Exit codes").
    expect(consolidated.code).toBe(1);
    const es = cliProcess(["report", file("c.xlsx"), "--semester", "1", "--out", file("i.html")]);
    expect([es.code, es.stderr]).toEqual([1, expect.not.stringContaining("consolide de nuevo")]);
    expect(es.stdout).toContain("Informe calculado desde la «Matriz» consolidada");
    const html = readFileSync(file("i.html"), "utf8");
    expect(html).toContain("15 de marzo de 2021: se ejecutaron 0 de 2 programados");
    expect(html).not.toContain("44270");
    const en = cliProcess([
      "report",
      file("c.xlsx"),
      "--semester",
      "1",
      "--lang",
      "en",
      "--out",
      file("i-en.html"),
    ]);
    expect(en.code).toBe(1);
    expect(readFileSync(file("i-en.html"), "utf8")).toContain("March 15, 2021: 0 of 2 programmed");
  });

  it("holds the dates as dates and the error as #N/A in Matriz, for openpyxl and for LibreOffice", () => {
    if (!existsSync(file("c.xlsx")))
      cliProcess(["consolidate", file("typed.xlsx"), "--out", file("c.xlsx")]);
    const headers = [HEADERS.weight, HEADERS.deliverable];
    expect(matrixCells(file("c.xlsx"), "DJ-02", headers)).toEqual([DATE_WEIGHT, DATE_DELIVERABLE]);
    expect(matrixCells(file("c.xlsx"), "SGR-01", [HEADERS.weight])).toEqual([ERROR_WEIGHT]);
    const [saved] = recalculateWithLibreOffice([file("c.xlsx")], file("libreoffice"));
    expect(matrixCells(saved, "DJ-02", headers)).toEqual([
      { ...DATE_WEIGHT, numberFormat: expect.stringMatching(/^dd\/mm\/yyyy$|^DD\/MM\/YYYY$/) },
      { ...DATE_DELIVERABLE, numberFormat: expect.stringMatching(/^dd\/mm\/yyyy$|^DD\/MM\/YYYY$/) },
    ]);
    // LibreOffice keeps the error as the constant formula =#N/A, whose value is the error.
    expect(matrixCells(saved, "SGR-01", [HEADERS.weight], { values: true })).toEqual([
      { ...ERROR_WEIGHT, numberFormat: expect.any(String) },
    ]);
  });
});
