/**
 * Refuses, in one line that says what the file is and what to do, bytes that are not an .xlsx package: empty, an old
 * .xls, password-protected, CSV, HTML, .xlsb, .ods, another document, a truncated zip (SPEC §8: exit 2, nothing
 * written). The file host and the in-browser host both call it before reading. What it accepts may still fail to
 * read; that is `operation.notXlsx`.
 */
import { OperationMessageCode } from "../../core/messages/catalog/operationMessages";
import { OperationError } from "../../operations/OperationError";
import { detectFileKind, FileKind } from "./package/detectFileKind";

const MESSAGES: Record<Exclude<FileKind["kind"], "xlsx">, OperationMessageCode> = {
  empty: "operation.fileEmpty",
  xls: "operation.fileOldXls",
  encrypted: "operation.fileEncrypted",
  ole2: "operation.fileOle2",
  text: "operation.fileText",
  html: "operation.fileHtml",
  xlsb: "operation.fileXlsb",
  ods: "operation.fileOds",
  otherZip: "operation.fileOtherDocument",
  truncatedZip: "operation.fileTruncated",
  unknown: "operation.fileUnknown",
};

export function refuseNonWorkbook(path: string, bytes: Uint8Array): void {
  const found = detectFileKind(bytes);
  if (found.kind === "xlsx") return;
  throw new OperationError(MESSAGES[found.kind], {
    path,
    ...(found.kind === "otherZip" ? { format: found.format } : {}),
  });
}
