/**
 * `carryLinks`: a link goes where its cell's value goes, cell by cell for a range; a link that has nowhere to go, or
 * whose cells' values go nowhere, is left for the caller to name. Places worked out by hand for a table whose old
 * rows 8–9 (columns A–C) go to rows 8–9 of the rebuilt table, column C moving to D, and the cells AH3 and AH5
 * around it, carried to the same address.
 */
import {
  CellPlaces,
  carryLinks,
  joinPlaces,
  sameAddressPlaces,
} from "../../../src/core/workbook/carryLinks";
import { tableCellPlaces } from "../../../src/core/workbook/tableCellPlaces";
import { Cell, EMPTY } from "../../../src/core/workbook/CellValue";

const text = (value: string): Cell => ({ kind: "text", value });

/** Old T_X at A7:C9: A "ID", B "Meta" (computed in the new layout: not carried), C "Evidencias"; C9 is empty. */
const oldTable = {
  headerRow: 7,
  firstColumn: 1,
  rows: [
    [text("X-01"), text("4"), text("Acta")],
    [text("X-02"), text("2"), EMPTY],
  ],
};
/** The rebuilt table at A7:D9 with a new column B: ID A, Evidencias D. */
const rebuilt = { topLeft: "A7", headers: ["ID", "Nueva", "Algo", "Evidencias"], rows: [[], []] };
const places: CellPlaces = joinPlaces([
  tableCellPlaces(
    oldTable,
    new Map([
      [0, "ID"],
      [2, "Evidencias"],
    ]),
    (cell) => cell.kind !== "empty",
    rebuilt
  ),
  sameAddressPlaces(["AH3", "AH5"]),
]);

it("moves a table cell's link with its value, and keeps a cell's around the table at its address", () => {
  expect(
    carryLinks(
      [
        { ref: "C8", target: "https://example.org/acta.pdf", tooltip: "Acta" },
        { ref: "AH3", location: "'Configuración'!B6" },
        { ref: "A9", target: "https://example.org/x02" },
      ],
      places
    )
  ).toEqual({
    carried: [
      { ref: "D8", target: "https://example.org/acta.pdf", tooltip: "Acta" },
      { ref: "AH3", location: "'Configuración'!B6" },
      { ref: "A9", target: "https://example.org/x02" },
    ],
    left: [],
  });
});

it("leaves a link on a column not carried, on an empty cell, outside what is carried, or going nowhere", () => {
  const left = [
    { ref: "B8", target: "https://example.org/meta" },
    { ref: "C9", target: "https://example.org/vacia" },
    { ref: "AH4", target: "https://example.org/fuera" },
    { ref: "A8" },
    { ref: "not a cell", target: "https://example.org/roto" },
  ];
  expect(carryLinks(left, places)).toEqual({ carried: [], left });
});

it("carries a range to the cells of it whose values are carried, in reading order, and one link per cell", () => {
  expect(
    carryLinks(
      [
        { ref: "A8:C9", target: "https://example.org/carpeta" },
        { ref: "A8", target: "https://example.org/segundo" },
        { ref: "AH3:AH5", target: "https://example.org/notas" },
      ],
      places
    )
  ).toEqual({
    carried: [
      { ref: "A8", target: "https://example.org/carpeta" },
      { ref: "D8", target: "https://example.org/carpeta" },
      { ref: "A9", target: "https://example.org/carpeta" },
      { ref: "AH3", target: "https://example.org/notas" },
      { ref: "AH5", target: "https://example.org/notas" },
    ],
    left: [{ ref: "A8", target: "https://example.org/segundo" }],
  });
});
