/**
 * One "today" (SPEC §9): the date in the user's time zone, for the CLI and the pane alike. In Bogotá (UTC−5),
 * 2021-06-30 at 19:30 is 2021-07-01T00:30Z: UTC says 1 July, the user's calendar says 30 June.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { today } from "../../src/operations/today";
import { cliToday } from "../../src/cli/cliToday";
import { CliError } from "../../src/cli/CliError";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import { workbookFromPatch } from "../support/exceljs/workbookFile";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

/** 2021-06-30 19:30 in Bogotá. */
const EVENING_IN_BOGOTA = new Date("2021-07-01T00:30:00Z");

/**
 * Runs `work` with `TZ` set to `zone` in process.env, where the CLI reads the user's zone (Jest's sandboxed
 * process.env does not reach the runtime's own clock, so the zone is read from TZ explicitly).
 */
async function inTimeZone<T>(zone: string, work: () => Promise<T> | T): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe("today", () => {
  it("is the calendar date in the given time zone, not in UTC", () => {
    expect(today({ now: EVENING_IN_BOGOTA, timeZone: "America/Bogota" })).toBe("2021-06-30");
    expect(today({ now: EVENING_IN_BOGOTA, timeZone: "UTC" })).toBe("2021-07-01");
    expect(today({ now: EVENING_IN_BOGOTA, timeZone: "Asia/Tokyo" })).toBe("2021-07-01");
  });

  it("is pinned by an override that is a real date, and refuses one that is not", () => {
    expect(today({ override: "2021-12-31", now: EVENING_IN_BOGOTA })).toBe("2021-12-31");
    expect(() => today({ override: "2021-02-30" })).toThrow(RangeError);
    expect(() => today({ override: "30/06/2021" })).toThrow(RangeError);
  });
});

describe("the CLI's today", () => {
  it("is PLAN_MATRIX_TODAY when set, else the date in the user's zone", async () => {
    expect(cliToday({ PLAN_MATRIX_TODAY: "2021-03-15" }, EVENING_IN_BOGOTA)).toBe("2021-03-15");
    expect(cliToday({ TZ: "America/Bogota" }, EVENING_IN_BOGOTA)).toBe("2021-06-30");
    expect(cliToday({ TZ: "Europe/Madrid" }, EVENING_IN_BOGOTA)).toBe("2021-07-01");
    // A POSIX rule is not an IANA name: the runtime's own zone (which follows it) is used.
    expect(cliToday({ TZ: "COT5" }, EVENING_IN_BOGOTA)).toMatch(/^2021-0[67]-\d{2}$/);
  });

  it("says what to do with a PLAN_MATRIX_TODAY that is not a date", () => {
    expect(() => cliToday({ PLAN_MATRIX_TODAY: "mañana" })).toThrow(CliError);
    try {
      cliToday({ PLAN_MATRIX_TODAY: "mañana" });
    } catch (error) {
      expect(error).toMatchObject({ code: "cli.badToday", params: { value: "mañana" } });
    }
  });

  it("stamps the informe with the Bogotá date at 19:30 in Bogotá (report used UTC: 1 July)", async () => {
    const dir = testOutputDir("today");
    const plan = path.join(dir, "plan.xlsx");
    const html = path.join(dir, "informe.html");
    const workbook = await workbookFromPatch(layoutWorkbook(sampleTemplate()));
    await workbook.xlsx.writeFile(plan);
    // Only Date is faked: every timer stays real, so the CLI's file I/O runs as it does.
    jest.useFakeTimers({
      now: EVENING_IN_BOGOTA,
      doNotFake: [
        "hrtime",
        "nextTick",
        "performance",
        "queueMicrotask",
        "setImmediate",
        "clearImmediate",
        "setInterval",
        "clearInterval",
        "setTimeout",
        "clearTimeout",
      ],
    });
    try {
      const run = await inTimeZone("America/Bogota", () =>
        cli("report", plan, "--semester", "1", "--out", html, "--force")
      );
      expect(run.stderr).toBe("");
      expect(run.code).not.toBe(2);
    } finally {
      jest.useRealTimers();
    }
    const page = readFileSync(html, "utf8");
    expect(page).toContain("30 de junio de 2021");
    expect(page).not.toContain("1 de julio de 2021");
  });

  it("lets PLAN_MATRIX_TODAY pin the informe's date too (report ignored it)", async () => {
    const dir = testOutputDir("today-pinned");
    const plan = path.join(dir, "plan.xlsx");
    const html = path.join(dir, "informe.html");
    const workbook = await workbookFromPatch(layoutWorkbook(sampleTemplate()));
    await workbook.xlsx.writeFile(plan);
    process.env.PLAN_MATRIX_TODAY = "2021-03-15";
    try {
      await cli("report", plan, "--semester", "1", "--out", html, "--force");
    } finally {
      delete process.env.PLAN_MATRIX_TODAY;
    }
    expect(readFileSync(html, "utf8")).toContain("15 de marzo de 2021");
  });
});
