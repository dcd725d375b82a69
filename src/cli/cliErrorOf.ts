/** An operation's error as the CLI's one line: the same code family, with the file the command was given. */
import { CliMessageCode } from "./messages/cliMessages";
import { OperationMessageCode } from "../core/messages/catalog/operationMessages";
import { Language } from "../core/messages/Language";
import { formatOperationError, operationErrorReason } from "../operations/formatOperationError";
import { OperationError } from "../operations/OperationError";
import { CliError } from "./CliError";
import { shellQuote } from "./quote";

/** The CLI's own wording (paths, options such as --force) where it has one. */
const CLI_CODE: Partial<Record<OperationMessageCode, CliMessageCode>> = {
  "operation.notPlanWorkbook": "cli.notPlanWorkbook",
  "operation.storedTemplateInvalid": "cli.storedTemplateInvalid",
  "operation.badCutoff": "cli.badCutoff",
  "operation.blankCutoff": "cli.blankCutoff",
  "operation.uncalculatedCutoff": "cli.uncalculatedCutoff",
  "operation.configurationMissing": "cli.configurationMissing",
  "operation.notXlsx": "cli.notXlsx",
  "operation.fileMissing": "cli.fileMissing",
  "operation.fileIsDirectory": "cli.fileIsDirectory",
  "operation.fileUnreadable": "cli.fileUnreadable",
  "operation.fileNotRegular": "cli.fileNotRegular",
  "operation.fileTooLarge": "cli.fileTooLarge",
  "operation.outExists": "cli.outExists",
  "operation.outIsInput": "cli.outIsInput",
  "operation.outDirMissing": "cli.outDirMissing",
  "operation.outNotXlsx": "cli.outExtension",
  "operation.writeFailed": "cli.writeFailed",
};

/** `path` names the workbook for the errors that do not carry one (the operation does not know files). */
export function cliErrorOf(error: OperationError, path: string, language: Language): CliError {
  const code = CLI_CODE[error.code];
  if (code)
    return new CliError(code, {
      path,
      quotedPath: shellQuote(path),
      reason: operationErrorReason(error, language),
      ...error.params,
    });
  return new CliError("cli.operationFailed", { message: formatOperationError(error, language) });
}

/** Runs one operation on a file; its errors become CLI errors naming `path`. */
export async function onFile<T>(
  path: string,
  language: Language,
  run: () => Promise<T>
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OperationError) throw cliErrorOf(error, path, language);
    throw error;
  }
}
