/**
 * Counts in messages are written with the language's thousands separator (es-CO "12.345", en "12,345", as
 * Intl.NumberFormat gives them: es-CO groups four digits too, "1.234"); every other number — an Excel row, a year,
 * a version — is written as it is. A count is a plural's count (its `#`, and the same name as `{name}`) or a
 * placeholder named in `COUNT_PARAMS`; a parameter given as text is never changed.
 */
import { fillPlaceholders, formatMessage } from "../../../src/core/messages/formatMessage";
import { sheetImportMessages } from "../../../src/core/messages/catalog/sheetImportMessages";
import { reportMessages } from "../../../src/core/messages/catalog/reportMessages";
import { upgradeMessages } from "../../../src/core/messages/catalog/upgradeMessages";
import { consolidationMessages } from "../../../src/core/messages/catalog/consolidationMessages";
import { cliMessages } from "../../../src/cli/messages/cliMessages";

describe("counts in messages", () => {
  it("groups a plural's count, and leaves the row beside it as Excel numbers it", () => {
    const params = {
      section: "3.1",
      name: "Jurídica",
      code: "DJ",
      count: 12345,
      sheet: "Plan",
      row: 12345,
    };
    expect(formatMessage(sheetImportMessages, "es", "sheetTree.area", params)).toBe(
      "3.1 Jurídica [DJ]: 12.345 objetivos (Plan, fila 12345)"
    );
    expect(formatMessage(sheetImportMessages, "en", "sheetTree.area", params)).toBe(
      "3.1 Jurídica [DJ]: 12,345 objectives (Plan, row 12345)"
    );
  });

  it("groups four digits in Spanish as es-CO does, and a million", () => {
    const text = "{n, plural, one {1 fila} other {# filas}}";
    expect(fillPlaceholders(text, { n: 1234 }, "es")).toBe("1.234 filas");
    expect(fillPlaceholders(text, { n: 1234 }, "en")).toBe("1,234 filas");
    expect(fillPlaceholders(text, { n: 1000000 }, "es")).toBe("1.000.000 filas");
    expect(fillPlaceholders(text, { n: 999 }, "es")).toBe("999 filas");
  });

  it("groups a count written without a plural (a name in COUNT_PARAMS)", () => {
    expect(formatMessage(upgradeMessages, "es", "upgrade.keptRows", { rows: 12345 })).toBe(
      "Filas conservadas: 12.345, con todas sus celdas escritas y en su orden."
    );
    expect(formatMessage(upgradeMessages, "en", "upgrade.keptRows", { rows: 12345 })).toBe(
      "Rows kept: 12,345, with every typed cell, in their order."
    );
    const area = {
      code: "DJ",
      name: "Jurídica",
      compliance: "85,0 %",
      band: "Verde",
      programmedRows: 1200,
      rows: 1500,
      rojo: 1000,
      amarillo: 100,
      verde: 100,
    };
    expect(formatMessage(cliMessages, "es", "cli.semaphoreArea", area)).toBe(
      "    DJ Jurídica: 85,0 % Verde — 1.200 de 1.500 filas con programación; rojo 1.000, amarillo 100, verde 100"
    );
    expect(formatMessage(cliMessages, "en", "cli.semaphoreArea", area)).toBe(
      "    DJ Jurídica: 85,0 % Verde — 1,200 of 1,500 rows with programming; red 1,000, yellow 100, green 100"
    );
  });

  it("never groups a year, a version or a text", () => {
    expect(formatMessage(reportMessages, "es", "report.title.1", { year: 2021 })).toBe(
      "Informe de gestión — I semestre de 2021"
    );
    expect(formatMessage(reportMessages, "en", "report.title.1", { year: 2021 })).toBe(
      "Management report — first half of 2021"
    );
    expect(
      formatMessage(consolidationMessages, "es", "import.used", {
        file: "dj.xlsx",
        area: "DJ",
        sheet: "3.1 Jurídica",
        rows: 2500,
      })
    ).toBe("«dj.xlsx»: el área DJ se importó a su pestaña «3.1 Jurídica» (2.500 filas).");
    // A count given as text is the caller's: left as it is.
    expect(fillPlaceholders("{count} celdas", { count: "12345" }, "es")).toBe("12345 celdas");
    expect(fillPlaceholders("versión {version}", { version: 10000 }, "es")).toBe("versión 10000");
  });
});
