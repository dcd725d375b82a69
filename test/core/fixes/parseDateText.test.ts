import { parseDateText } from "../../../src/core/fixes/parseDateText";
import { dateSerial } from "../../../src/core/workbook/dateSerial";

const MARCH_15 = dateSerial(2021, 3, 15);

describe("parseDateText", () => {
  it.each([
    "15/03/2021",
    "15-03-2021",
    "15.03.2021",
    "15/3/2021",
    " 15 / 03 / 2021 ",
    "2021-03-15",
    "2021/3/15",
  ])("reads %j as 15 March 2021", (text) => {
    expect(parseDateText(text, 2021)).toEqual({ ok: true, value: MARCH_15 });
  });

  it.each(["15 de marzo de 2021", "15-mar-2021", "15 mar. 2021", "15 Marzo 2021", "15/MAR/2021"])(
    "reads Spanish month names: %j",
    (text) => {
      expect(parseDateText(text, 2021)).toEqual({ ok: true, value: MARCH_15 });
    }
  );

  it("reads day/month as day/month (es-CO), not month/day", () => {
    expect(parseDateText("03/04/2021", 2021)).toEqual({ ok: true, value: dateSerial(2021, 4, 3) });
  });

  it("takes the plan's year when none is written", () => {
    expect(parseDateText("15/03", 2022)).toEqual({ ok: true, value: dateSerial(2022, 3, 15) });
    expect(parseDateText("1 de septiembre", 2021)).toEqual({
      ok: true,
      value: dateSerial(2021, 9, 1),
    });
  });

  it("does not read 03/15/2021: as day/month/year the month would be 15", () => {
    expect(parseDateText("03/15/2021", 2021)).toEqual({
      ok: false,
      reason: "monthOutOfRange",
      month: 15,
    });
  });

  it("calls a two-digit year ambiguous", () => {
    expect(parseDateText("15/03/21", 2021)).toEqual({ ok: false, reason: "ambiguous" });
    expect(parseDateText("15-mar-21", 2021)).toEqual({ ok: false, reason: "ambiguous" });
  });

  it("rejects days that are not on the calendar", () => {
    expect(parseDateText("31/02/2021", 2021)).toEqual({ ok: false, reason: "invalidDate" });
    expect(parseDateText("29/02/2021", 2021)).toEqual({ ok: false, reason: "invalidDate" });
    expect(parseDateText("29/02/2024", 2021)).toEqual({ ok: true, value: dateSerial(2024, 2, 29) });
    expect(parseDateText("0/03/2021", 2021)).toEqual({ ok: false, reason: "invalidDate" });
  });

  it.each(["", "mañana", "cuando se apruebe", "15/03/202", "15 de brumario de 2021", "2021"])(
    "%j is not a date",
    (text) => {
      expect(parseDateText(text, 2021)).toEqual({ ok: false, reason: "notADate" });
    }
  );
});
