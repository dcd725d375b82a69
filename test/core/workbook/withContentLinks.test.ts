/**
 * `withContentLinks`: the links a host gives with a sheet's contents (the Office host) stand for the sheet's
 * `SheetExtras.hyperlinks` when the snapshot brought none (the file host brings them with the snapshot, and those
 * win); the sheet's other extras stay as they are.
 */
import { CellLink } from "../../../src/core/workbook/CellLink";
import { notCarried, withContentLinks } from "../../../src/core/workbook/SheetExtras";

const evidence: CellLink = { ref: "Y8", target: "https://example.org/acta.pdf", tooltip: "Acta" };
const fromFile: CellLink = { ref: "Y9", location: "'Configuración'!B6" };
const contents = (hyperlinks?: CellLink[]) => ({ cells: new Map(), merges: [], hyperlinks });

test("the contents' links stand in for a snapshot without links, keeping the other extras", () => {
  expect(withContentLinks(undefined, contents([evidence]))).toEqual({ hyperlinks: [evidence] });
  expect(withContentLinks({ drawings: { count: 1, charts: 1 } }, contents([evidence]))).toEqual({
    drawings: { count: 1, charts: 1 },
    hyperlinks: [evidence],
  });
  // …so that a link left behind is named, as for the file host.
  expect(notCarried(withContentLinks(undefined, contents([evidence])))).toEqual([
    { kind: "hyperlinks", count: 1, cells: "Y8" },
  ]);
});

test("the snapshot's links win; no contents or no links change nothing", () => {
  const extras = { hyperlinks: [fromFile] };
  expect(withContentLinks(extras, contents([evidence]))).toBe(extras);
  expect(withContentLinks(undefined, undefined)).toBeUndefined();
  expect(withContentLinks(undefined, contents([]))).toBeUndefined();
  expect(withContentLinks(undefined, contents())).toBeUndefined();
});
