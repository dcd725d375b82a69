/**
 * The warning a command gives when its input held macros (a .xlsm) that its .xlsx output leaves out: one line on
 * stderr, the exit code unchanged. Given to the file host, which calls it when a write dropped them.
 */
import { CliContext, say } from "./CliContext";

export const macrosDroppedWarning =
  (context: CliContext, input: string, out: string): (() => void) =>
  () =>
    context.err(say(context, "cli.macrosDropped", { input, path: out }));
