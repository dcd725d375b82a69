/**
 * The CLI's "today" (src/operations/today.ts): `PLAN_MATRIX_TODAY=yyyy-mm-dd` pins it; otherwise the date in the
 * user's time zone — `TZ` when it names an IANA zone, else the system's.
 */
import { today } from "../operations/today";
import { CliError } from "./CliError";

function zoneOf(env: NodeJS.ProcessEnv): string | undefined {
  const zone = env.TZ?.trim();
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return undefined; // a POSIX rule such as "EST5EDT,M3.2.0,M11.1.0": the runtime's own zone already follows it
  }
}

export function cliToday(env: NodeJS.ProcessEnv = process.env, now?: Date): string {
  const override = env.PLAN_MATRIX_TODAY;
  try {
    return today({ override, now, timeZone: zoneOf(env) });
  } catch {
    throw new CliError("cli.badToday", { value: override ?? "" });
  }
}
