/** @jest-environment jsdom */
/**
 * Every failure an operation can report reaches the pane as a sentence that says what happened and what to do, in
 * Spanish and in English — never as its code (issue 15, finding 8: "No se pudo terminar: operation.notPlanWorkbook").
 */
import { cleanup, screen } from "@testing-library/react";
import { Language } from "../../src/core/messages/Language";
import {
  OperationMessageCode,
  operationMessages,
} from "../../src/core/messages/catalog/operationMessages";
import { OperationError } from "../../src/operations/OperationError";
import { OperationProgress } from "../../src/taskpane/components/OperationProgress/OperationProgress";
import { renderPane } from "./renderPane";

const CODES = Object.keys(operationMessages.es) as OperationMessageCode[];

/** Parameters as the operations and hosts give them, so no placeholder is left unfilled. */
const PARAMS = {
  path: "truncado.xlsx",
  detail: "zip dañado",
  value: "T9",
  labels: "T1, T2, T3, T4",
  sheet: "Configuración",
  format: "Word",
  reason: "es la versión 1 y el libro ya tiene la versión 1; use una versión mayor que 1.",
  limit: "512 MB",
  count: 2,
  areas: "DJ, DE",
  table: "T_Matriz",
  places: "3.1 Dirección Jurídica: AF8, A10",
  formula: '"T"&(1+1)',
  columns: "'3.1 Dirección Jurídica'!AF:AF",
  first: "3.2 Dirección de Estudios",
  second: "3.2 DIRECCIÓN DE ESTUDIOS",
  place: "'3.1 Dirección Jurídica'!Z9",
  length: 40000,
  file: "estudios.xlsx",
};

/** Any catalogue code: a domain, a dot and a key (operation.fileTruncated, template.badVersion, pane.failed, …). */
const CODE_PATTERN =
  /\b(operation|template|upgrade|pane|cli|issue|import|report|excel|band)\.[a-zA-Z]/;

function shown(code: OperationMessageCode, language: Language): string {
  const failure = new OperationError(code, PARAMS);
  renderPane(
    <OperationProgress
      runner={{ status: "failed", step: null, fraction: 0, failure, cancel: () => undefined }}
    />,
    language
  );
  const text = screen.getByText(
    (_, element) => element?.classList.contains("fui-MessageBarBody") ?? false
  ).textContent;
  cleanup();
  return text ?? "";
}

describe.each(["es", "en"] as Language[])("in %s", (language) => {
  const sentences = new Map(CODES.map((code) => [code, shown(code, language)]));

  // 43 codes: a new one fails here until its sentence has been looked at (and its parameters added above).
  it("covers every code of the catalogue", () => expect(CODES.length).toBe(43));

  it.each(CODES)("%s is a sentence, not a code", (code) => {
    const sentence = sentences.get(code) ?? "";
    expect(sentence.trim().length).toBeGreaterThan(20);
    expect(sentence).not.toContain(code);
    expect(sentence).not.toMatch(CODE_PATTERN);
    expect(sentence).not.toMatch(/[{}]/);
    expect(sentence).toMatch(/[.]$/);
  });

  it("gives every code its own sentence", () => {
    expect(new Set(sentences.values()).size).toBe(CODES.length);
  });
});
