/**
 * The refusal names the first five cells holding an overlong text and counts them all: a file from another program
 * may hold thousands, and the message must stay a sentence.
 */
import { OperationError } from "../../src/operations/OperationError";
import { refuseOverlongTexts } from "../../src/operations/refuseOverlongTexts";

test("names the first five cells, then an ellipsis, and counts every one", () => {
  const found = [8, 9, 10, 11, 12, 13, 14].map((row) => ({
    sheet: "Mis notas",
    cell: `B${row}`,
    length: 40_000 + row,
  }));
  let thrown: unknown;
  try {
    refuseOverlongTexts(found);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(OperationError);
  expect((thrown as OperationError).params).toEqual({
    place: "'Mis notas'!B8",
    length: 40_008,
    count: 7,
    places: "'Mis notas'!B8, 'Mis notas'!B9, 'Mis notas'!B10, 'Mis notas'!B11, 'Mis notas'!B12, …",
  });
});

test("writes on when no cell holds one", () => {
  expect(() => refuseOverlongTexts([])).not.toThrow();
});
