/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { RunsIn } from "../../src/taskpane/App";

function renderApp(runsIn: RunsIn): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <App version="9.8.7" runsIn={runsIn} />
    </FluentProvider>
  );
}

test("shows the product name as the heading and the version", () => {
  renderApp("browser");
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Plan de Acción");
  expect(screen.getByTestId("version").textContent).toBe("Versión 9.8.7");
});

test.each<[RunsIn, string]>([
  ["excel", "Conectado a Excel: el panel trabaja sobre el libro abierto."],
  ["browser", "Ejecutándose en un navegador, fuera de Excel."],
  ["other-office", "Este complemento es para Excel; esta aplicación de Office no es Excel."],
])("says where it runs (%s)", (runsIn, text) => {
  renderApp(runsIn);
  expect(screen.getByTestId("runs-in").textContent).toBe(text);
});
