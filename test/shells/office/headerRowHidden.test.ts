/**
 * Probe D10 on the Office host: an area table whose Header Row the user unchecked (`Table.showHeaders` false; the
 * strict fake's `hideHeaderRow` does what Excel does: the range starts at the first data row, the names stay with the
 * columns, the header cells are cleared). The host reads it by its columns' names, never asking for the header row
 * range (the fake refuses that), in the same three syncs; validation warns; the upgrade brings the header row back
 * with every typed cell.
 */
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { bindOperations } from "../../../src/operations/bindOperations";
import { validRow } from "../../support/filledPlan";
import { sampleTemplate } from "../../support/sampleTemplate";
import { fillEdits, officeHost } from "./support";

async function filledPlan() {
  const { excel, host } = officeHost();
  const template = sampleTemplate();
  await bindOperations(host).generate({ template });
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(layoutWorkbook(template), {
      DJ: [
        validRow("Mapear el litigio", [1, null, null, null], { [HEADERS.observations]: "Nota 1" }),
        validRow("Asesorar", [1, 2, null, null]),
      ],
    }),
  });
  const table = excel.model.tables.find((candidate) => candidate.name === "T_DJ");
  if (!table) throw new Error("no T_DJ");
  return { excel, host, table };
}

describe("an area table with its header row hidden, on the Office host", () => {
  test("reads the same headers and rows as with the header row shown, says it is hidden, in three syncs", async () => {
    const { excel, host, table } = await filledPlan();
    const shown = (await host.readSnapshot()).tables.find((t) => t.name === "T_DJ");
    // A7:AE9 (0-based rows 6–8) → A8:AE9 once the Header Row is unchecked; A7 is cleared.
    excel.model.hideHeaderRow(table);
    expect(table.bounds).toEqual({ top: 7, left: 0, bottom: 8, right: 30 });
    expect(table.sheet.cell(6, 0)?.v ?? "").toBe("");
    excel.resetCounters();
    const snapshot = await host.readSnapshot();
    expect(excel.syncCount).toBe(3);
    const hidden = snapshot.tables.find((t) => t.name === "T_DJ");
    expect(shown?.headerRowHidden).toBeUndefined();
    expect(hidden).toEqual({ ...shown, headerRowHidden: true });
    expect(hidden?.headerRow).toBe(7);
    expect(hidden?.rows.map((row) => row[0])).toEqual([
      { kind: "text", value: "DJ-01" },
      { kind: "text", value: "DJ-02" },
    ]);
    expect(
      validateWorkbook(snapshot)
        .issues.filter((issue) => issue.code === "table.headerRowHidden")
        .map((issue) => [issue.severity, issue.sheet, issue.cell, issue.params])
    ).toEqual([["warning", table.sheet.name, "A8", { table: "T_DJ" }]]);
  });

  test("the fake refuses the header row range of a table without one, as a reader must not rely on it", async () => {
    const { excel, table } = await filledPlan();
    excel.model.hideHeaderRow(table);
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItemOrNullObject("T_DJ").getHeaderRowRange().load(["values"]);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    const read = await excel.run(async (context) => {
      const dj = context.workbook.tables.getItemOrNullObject("T_DJ");
      const body = dj.getDataBodyRange().load(["address"]);
      dj.columns.load("items/name");
      dj.load("showHeaders");
      await context.sync();
      return {
        address: body.address,
        showHeaders: dj.showHeaders,
        names: dj.columns.items.slice(0, 3).map((column) => column.name),
      };
    });
    expect(read).toEqual({
      address: `'${table.sheet.name}'!A8:AE9`,
      showHeaders: false,
      names: ["ID", "Objetivo", "Actividad"],
    });
  });

  test("the upgrade refuses before writing anything: Excel would write the header row as a data row", async () => {
    const { excel, host, table } = await filledPlan();
    const sheet = table.sheet.name;
    excel.model.hideHeaderRow(table);
    const before = await host.readSnapshot();
    excel.resetCounters();
    await expect(
      bindOperations(host).upgrade({ template: sampleTemplate({ templateVersion: 2 }) })
    ).rejects.toMatchObject({ code: "excel.headerRowHidden", params: { table: "T_DJ", sheet } });
    expect(await host.readSnapshot()).toEqual(before);
    expect(excel.model.tables.find((candidate) => candidate.name === "T_DJ")?.showHeaders).toBe(
      false
    );
  });

  test("with the header row shown again, the upgrade rebuilds the tab with every typed cell", async () => {
    const { excel, host, table } = await filledPlan();
    const sheet = table.sheet.name;
    excel.model.hideHeaderRow(table);
    excel.model.showHeaderRow(table);
    await bindOperations(host).upgrade({ template: sampleTemplate({ templateVersion: 2 }) });
    const rebuilt = excel.model.tables.find((candidate) => candidate.name === "T_DJ");
    expect([rebuilt?.showHeaders, rebuilt?.bounds]).toEqual([
      true,
      { top: 6, left: 0, bottom: 8, right: 30 },
    ]);
    const after = (await host.readSnapshot()).tables.find((t) => t.name === "T_DJ");
    const at = (header: string): unknown[] =>
      (after?.rows ?? []).map((row) => row[after?.headers.indexOf(header) ?? -1]);
    expect(after?.sheet).toBe(sheet);
    expect(after?.headerRowHidden).toBeUndefined();
    expect(excel.sheet(sheet).cell(6, 0)?.v).toBe("ID");
    expect(at(HEADERS.activity)).toEqual([
      { kind: "text", value: "Mapear el litigio" },
      { kind: "text", value: "Asesorar" },
    ]);
    expect(at("Ejecutado T2")).toEqual([{ kind: "empty" }, { kind: "number", value: 2 }]);
    expect(at(HEADERS.observations)).toEqual([
      { kind: "text", value: "Nota 1" },
      { kind: "empty" },
    ]);
  });
});
