/**
 * Refuses, in one line that says what the file is and what to do, a file that is not an .xlsx package: empty,
 * an old .xls, password-protected, CSV, HTML, .xlsb, .ods, another document, a truncated zip (SPEC §8: exit 2,
 * nothing written). What it accepts may still fail to read; that is `cli.notXlsx`.
 */
import { CliMessageCode } from "../core/messages/catalog/cliMessages";
import { detectFileKind, FileKind } from "../shells/xlsx/package/detectFileKind";
import { CliError } from "./CliError";

const MESSAGES: Record<Exclude<FileKind["kind"], "xlsx">, CliMessageCode> = {
  empty: "cli.fileEmpty",
  xls: "cli.fileOldXls",
  encrypted: "cli.fileEncrypted",
  ole2: "cli.fileOle2",
  text: "cli.fileText",
  html: "cli.fileHtml",
  xlsb: "cli.fileXlsb",
  ods: "cli.fileOds",
  otherZip: "cli.fileOtherDocument",
  truncatedZip: "cli.fileTruncated",
  unknown: "cli.fileUnknown",
};

export function checkWorkbookBytes(path: string, bytes: Uint8Array): void {
  const found = detectFileKind(bytes);
  if (found.kind === "xlsx") return;
  throw new CliError(MESSAGES[found.kind], {
    path,
    ...(found.kind === "otherZip" ? { format: found.format } : {}),
  });
}
