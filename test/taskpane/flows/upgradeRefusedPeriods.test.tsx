/**
 * @jest-environment jsdom
 *
 * The pane's Plan › upgrade on the real operations over the Office host and the strict Excel fake: a template version
 * whose periods changed (quarters → semesters) is refused before anything is written, and the message bar says
 * why and what to do, in the one sentence the CLI prints (SPEC §2).
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { defaultPeriods } from "../../../src/core/template/Template";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { bindOperations } from "../../../src/operations/bindOperations";
import { PlanFlow } from "../../../src/taskpane/flows/Plan/PlanFlow";
import { officeHost } from "../../shells/office/support";
import { sampleTemplate } from "../../support/sampleTemplate";
import { renderPane } from "../renderPane";

jest.setTimeout(60_000);

test("upgrade to a version with semesters: refused in the message bar, the workbook as it was", async () => {
  const { host } = officeHost();
  await host.applyPatch(layoutWorkbook(sampleTemplate()));
  const before = await host.readSnapshot();
  renderPane(<PlanFlow operations={bindOperations(host)} hasPlan={true} />);
  const semesters = sampleTemplate({ templateVersion: 2, periods: defaultPeriods("S") });
  fireEvent.change(screen.getByLabelText("Plantilla nueva (.json)"), {
    target: {
      files: [new File([JSON.stringify(semesters)], "v2.json", { type: "application/json" })],
    },
  });
  const upgrade = screen.getByRole("button", { name: "Actualizar el plan" });
  await waitFor(() => expect((upgrade as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(upgrade);
  expect(
    await screen.findByText(
      "No se pudo terminar. Esa plantilla no puede actualizar este libro: la versión 2 de la plantilla «sample-plan» cambia los periodos del plan (T1, T2, T3, T4 → S1, S2), y las cifras escritas por periodo (columnas Programado y Ejecutado) ya no se leerían. Para trabajar con los nuevos periodos, genere un plan nuevo con la versión 2; para seguir con este plan, conserve la versión 1. El libro quedó como estaba."
    )
  ).toBeTruthy();
  expect(screen.queryByText(/Plan actualizado/)).toBeNull();
  // Nothing written: the workbook reads as before (an upgrade would store version 2 and re-lay every tab).
  expect(await host.readSnapshot()).toEqual(before);
});
