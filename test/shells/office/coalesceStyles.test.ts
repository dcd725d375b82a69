import {
  coalesceStyles,
  mergeRuns,
  rowHeightRuns,
} from "../../../src/shells/office/coalesceStyles";
import { columnLetter, parseRangeAddress } from "../../../src/core/workbook/address";
import { CellStyle, StyledRange } from "../../../src/core/workbook/WorkbookPatch";
import { seededRandom } from "../../../bench/seededRandom";

/** Each cell's properties after applying the ranges in order (what Excel ends with), as one map. */
function formatsAfter(styles: StyledRange[]): Map<string, Record<string, unknown>> {
  const cells = new Map<string, Record<string, unknown>>();
  for (const { range, style } of styles) {
    const { top, left, bottom, right } = parseRangeAddress(range);
    for (let row = top; row <= bottom; row++)
      for (let column = left; column <= right; column++) {
        const key = `${columnLetter(column)}${row}`;
        cells.set(key, { ...cells.get(key), ...style });
      }
  }
  return cells;
}

const wrap: CellStyle = { wrap: true, vertical: "top" };
const green: CellStyle = { fill: "#C6EFCE", bold: true };
const red: CellStyle = { fill: "#FFC7CE", bold: true };

describe("coalesceStyles", () => {
  it("joins rows styled alike one under the other, per style and columns, keeping their order", () => {
    const styles = [
      { range: "A5:H5", style: wrap },
      { range: "E5", style: green },
      { range: "A6:H6", style: wrap },
      { range: "E6", style: { fill: "#C6EFCE", bold: true } }, // equal, another object
      { range: "A7:H7", style: wrap },
      { range: "E7", style: red },
    ];
    expect(coalesceStyles(styles)).toEqual([
      { range: "A5:H7", style: wrap },
      { range: "E5:E6", style: green },
      { range: "E7", style: red },
    ]);
  });

  it("does not join a range over one applied after the run began that covers it", () => {
    const styles = [
      { range: "D5", style: green },
      { range: "D5:D6", style: red },
      { range: "D6", style: green },
    ];
    // D6 ends green: joining it to D5 (applied before D5:D6 red) would leave D6 red.
    expect(coalesceStyles(styles)).toEqual([
      { range: "D5", style: green },
      { range: "D5:D6", style: red },
      { range: "D6", style: green },
    ]);
  });

  it("leaves rows that are not adjacent, or a range that goes back up, as they are", () => {
    const styles = [
      { range: "A5", style: wrap },
      { range: "A7", style: wrap },
      { range: "A8", style: wrap },
      { range: "A6", style: wrap },
    ];
    expect(coalesceStyles(styles)).toEqual([
      { range: "A5", style: wrap },
      { range: "A7:A8", style: wrap },
      { range: "A6", style: wrap },
    ]);
  });

  it("does not join ranges of other columns", () => {
    expect(
      coalesceStyles([
        { range: "A5:B5", style: wrap },
        { range: "A6:C6", style: wrap },
      ])
    ).toEqual([
      { range: "A5:B5", style: wrap },
      { range: "A6:C6", style: wrap },
    ]);
  });
});

describe("coalesceStyles on many random sheets", () => {
  it("ends with every cell formatted as the ranges applied one by one, in fewer ranges", () => {
    const random = seededRandom(2021);
    const palette: CellStyle[] = [
      { wrap: true, vertical: "top" },
      { fill: "#C6EFCE", bold: true },
      { fill: "#FFC7CE", bold: true },
      { numberFormat: "0.0%", horizontal: "right" },
      { italic: true },
    ];
    let before = 0;
    let after = 0;
    for (let sheet = 0; sheet < 200; sheet++) {
      const styles: StyledRange[] = [];
      let row = 1;
      for (let line = 0; line < 40; line++) {
        row += random.integer(0, 1);
        for (let piece = random.integer(1, 4); piece > 0; piece--) {
          const left = random.integer(1, 6);
          const right = left + random.integer(0, 2);
          const bottom = row + (random.next() < 0.1 ? 1 : 0);
          // Now and then a range that goes back up a row, as a layout might.
          const top = random.next() < 0.05 ? Math.max(1, row - 1) : row;
          styles.push({
            range: `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`,
            style: { ...random.pick(palette) },
          });
        }
      }
      const coalesced = coalesceStyles(styles);
      expect(formatsAfter(coalesced)).toEqual(formatsAfter(styles));
      before += styles.length;
      after += coalesced.length;
    }
    expect(after).toBeLessThan(before);
  });
});

describe("rowHeightRuns", () => {
  it("gives consecutive rows of one height as one run", () => {
    expect(
      rowHeightRuns([
        { row: 1, height: 21 },
        { row: 2, height: 18 },
        { row: 4, height: 30 },
        { row: 5, height: 30 },
        { row: 6, height: 30 },
        { row: 7, height: 45 },
      ])
    ).toEqual([
      { first: 1, last: 1, height: 21 },
      { first: 2, last: 2, height: 18 },
      { first: 4, last: 6, height: 30 },
      { first: 7, last: 7, height: 45 },
    ]);
  });
});

describe("mergeRuns", () => {
  it("merges single-row merges of the same columns on consecutive rows across, one command", () => {
    expect(mergeRuns(["B5:D5", "F5:G5", "B6:D6", "F6:G6", "B7:D7", "B9:D9", "A10:A12"])).toEqual([
      { range: "B5:D7", across: true },
      { range: "F5:G6", across: true },
      { range: "B9:D9", across: false },
      { range: "A10:A12", across: false },
    ]);
  });
});
