/**
 * A workbook in the 1904 date system inside Excel (common on a Mac): `Range.values` gives its dates as 1904 serials,
 * 1,462 days lower than the core's 1900-system serials. The Office host asks Excel which system the workbook uses
 * (`DATE(2000,1,1)` through `workbook.functions`, in the first request of each read and write) and shifts every date
 * it reads and writes, as the file host does for `<workbookPr date1904="1"/>`. Serials below are worked out by hand:
 * 2000-01-01 is 36526 (OFFICEJS.md); 2021-01-01 is 36526 + 21 × 365 + 6 leap days = 44197; a 1904 workbook holds
 * each day 1,462 lower.
 */
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { CellValue } from "../../../src/core/workbook/CellValue";
import { dateSerial } from "../../../src/core/workbook/dateSerial";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { CellEdit } from "../../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { fix } from "../../../src/operations/fix";
import { parseCellAddress } from "../../../src/core/workbook/address";
import { queueDateSystem } from "../../../src/shells/office/dateSystem";
import { ExcelWorkbook } from "../../../src/shells/office/ExcelContext";
import { HostError } from "../../../src/shells/office/HostError";
import { validRow } from "../../support/filledPlan";
import { sampleTemplate } from "../../support/sampleTemplate";
import { fillEdits, officeHost } from "./support";

/** Hand-worked serials of the days the rows use: [1900 system, 1904 system]. */
const DAYS = {
  "2021-01-15": [44211, 42749], // 44197 + 14
  "2021-12-15": [44545, 43083], // 2021-12-31 is 44197 + 364 = 44561; − 16
  "2022-03-01": [44621, 43159], // 2022-01-01 is 44562; + 31 + 28
  "2021-06-01": [44348, 42886], // 44197 + 31 + 28 + 31 + 30 + 31
  "2021-03-15": [44270, 42808], // 44197 + 31 + 28 + 14
} as const;
type Day = keyof typeof DAYS;

const rows = (dates: (day: Day) => CellEdit["value"]) => ({
  DJ: [
    validRow("Fechas en el año", [1, 1, null, null], {
      [HEADERS.startDate]: dates("2021-01-15"),
      [HEADERS.endDate]: dates("2021-12-15"),
    }),
    validRow("Empieza el año siguiente y termina antes", [1, 1, null, null], {
      [HEADERS.startDate]: dates("2022-03-01"),
      [HEADERS.endDate]: dates("2021-06-01"),
    }),
  ],
});

/** A plan generated through the host, then the rows typed in: dates as `value(day)` (a serial under a date format). */
async function typedPlan(date1904: boolean, value: (day: Day) => CellEdit["value"]) {
  const layout = layoutWorkbook(sampleTemplate());
  const { excel, host } = officeHost({ date1904 });
  await host.applyPatch(layout);
  const edits = fillEdits(layout, rows(value));
  await host.applyPatch({ sheets: [], definedNames: [], edits });
  return { excel, host, layout, edits };
}

const dateCells = (snapshot: WorkbookSnapshot): CellValue[] => {
  const table = snapshot.tables.find((candidate) => candidate.name === "T_DJ");
  if (!table) throw new Error("no T_DJ");
  const start = table.headers.indexOf(HEADERS.startDate);
  const end = table.headers.indexOf(HEADERS.endDate);
  return table.rows.flatMap((row) => [row[start], row[end]]);
};

test("the hand-worked serials are the core's", () => {
  for (const [day, [serial, serial1904]] of Object.entries(DAYS)) {
    const [year, month, date] = day.split("-").map(Number);
    expect(dateSerial(year, month, date)).toBe(serial);
    expect(serial - serial1904).toBe(1462);
  }
});

test("validate reports the same issues in a 1904 workbook as in the same plan in 1900, on the right days", async () => {
  // The 1900 workbook: dates typed as the core's serials. The 1904 one: the same days as Excel holds them there,
  // typed as numbers into the same date-formatted cells (what a user's Excel on a Mac holds).
  const plain = await typedPlan(false, (day) => ({ date: DAYS[day][0] }));
  const mac = await typedPlan(true, (day) => DAYS[day][1]);

  const snapshot1900 = await plain.host.readSnapshot();
  const snapshot1904 = await mac.host.readSnapshot();
  const serials = (snapshot: WorkbookSnapshot) =>
    dateCells(snapshot).map((cell) => (cell.kind === "date" ? cell.serial : cell.kind));
  const expected = [
    DAYS["2021-01-15"][0],
    DAYS["2021-12-15"][0],
    DAYS["2022-03-01"][0],
    DAYS["2021-06-01"][0],
  ];
  expect(serials(snapshot1900)).toEqual(expected);
  expect(serials(snapshot1904)).toEqual(expected);

  const issues1900 = validateWorkbook(snapshot1900).issues;
  const issues1904 = validateWorkbook(snapshot1904).issues;
  expect(issues1904).toEqual(issues1900);
  // The date issues, by hand: the second row's start (1 March 2022) is outside 2021, its end before its start.
  expect(
    issues1904
      .filter((issue) => issue.code.startsWith("date."))
      .map((issue) => [issue.code, issue.value])
      .sort()
  ).toEqual([
    ["date.endBeforeStart", "01/06/2021"],
    ["date.outsideYear", "01/03/2022"],
  ]);
});

test("a date an operation writes into a 1904 workbook is the right calendar day there, and reads back as it", async () => {
  // A start date typed as text: `fix` writes it as the date it says (15 March 2021).
  const { excel, host, edits } = await typedPlan(true, (day) =>
    day === "2021-01-15" ? "15/03/2021" : DAYS[day][1]
  );
  const result = await fix(host, {});
  const written = result.edits.find((edit) => typeof edit.value === "object");
  expect(written?.value).toEqual({ date: DAYS["2021-03-15"][0] });
  // Excel holds it as the 1904 serial of 15 March 2021 (it shows 15/03/2021 in that workbook) …
  const typed = edits.find((edit) => edit.value === "15/03/2021");
  if (!typed || !written) throw new Error("no text date");
  expect(written.cell).toBe(typed.cell);
  const { row, column } = parseCellAddress(typed.cell);
  expect(excel.sheet(typed.sheet).cell(row - 1, column - 1)?.v).toBe(DAYS["2021-03-15"][1]);
  // … and the host reads it back as the core's serial of that day.
  const snapshot = await host.readSnapshot();
  expect(dateCells(snapshot)[0]).toEqual({ kind: "date", serial: DAYS["2021-03-15"][0] });
  expect(result.after.issues.filter((issue) => issue.cell === typed.cell)).toEqual([]);
});

test("the date system is asked in the requests a read already makes: no sync more", async () => {
  const { excel, host } = await typedPlan(true, (day) => DAYS[day][1]);
  excel.resetCounters();
  await host.readSnapshot();
  expect(excel.syncCount).toBe(3);
});

test("an answer that is neither system's is refused, naming it, rather than guessed", () => {
  const answer = (value: number | null, error: string | null) => {
    const workbook = {
      functions: { date: () => ({ value, error, load: () => undefined }) },
    } as unknown as ExcelWorkbook;
    return queueDateSystem(workbook);
  };
  expect(answer(36526, null)()).toBe(false);
  expect(answer(35064, null)()).toBe(true);
  const refusal = (read: () => boolean): unknown => {
    try {
      read();
    } catch (error) {
      return error instanceof HostError ? [error.code, error.params] : error;
    }
    return "no error";
  };
  expect(refusal(answer(null, "#NAME?"))).toEqual([
    "excel.dateSystemUnknown",
    { detail: "#NAME?" },
  ]);
  expect(refusal(answer(36527, null))).toEqual(["excel.dateSystemUnknown", { detail: "36527" }]);
});
