import { CliError } from "./CliError";

/** `--year N`: a four-digit year between 2000 and 2100; undefined when not given. */
export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100)
    throw new CliError("cli.badYear", { value });
  return year;
}
