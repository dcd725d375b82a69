/**
 * A failure of the open workbook as the pane shows it: one message code of `excelMessages` and its parameters, so
 * the text comes in the user's language. `hostErrorFrom` turns what `context.sync()` rejects with
 * (`OfficeExtension.Error`: `code`, `message`) into one.
 */
import { ExcelMessageCode, excelMessages } from "./excelMessages";
import { formatMessage, MessageParams } from "../../core/messages/formatMessage";
import { Language } from "../../core/messages/Language";

export class HostError extends Error {
  constructor(
    readonly code: ExcelMessageCode,
    readonly params: MessageParams = {},
    /** The Office error code behind it, when Excel raised it (`AccessDenied`, …). */
    readonly officeCode?: string
  ) {
    super(formatMessage(excelMessages, "en", code, params));
    this.name = "HostError";
  }

  text(language: Language): string {
    return formatMessage(excelMessages, language, this.code, this.params);
  }
}

const CODE_OF: Record<string, ExcelMessageCode> = {
  ItemNotFound: "excel.itemNotFound",
  InvalidArgument: "excel.invalidArgument",
  InvalidReference: "excel.invalidArgument",
  ItemAlreadyExists: "excel.invalidArgument",
  AccessDenied: "excel.accessDenied",
  InvalidOperationInCellEditMode: "excel.cellEditMode",
  RequestPayloadSizeLimitExceeded: "excel.payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "excel.payloadTooLarge",
  UnsupportedFeature: "excel.unsupportedFeature",
  ApiNotFound: "excel.unsupportedFeature",
  GeneralException: "excel.general",
};

/** Any thrown value → a HostError (an Office error by its code; anything else as a general failure). */
export function hostErrorFrom(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const office =
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string"
      ? (error as { code: string; message?: string })
      : undefined;
  const detail = office
    ? `${office.code}: ${office.message ?? ""}`.trim()
    : error instanceof Error
      ? error.message
      : String(error);
  return new HostError(
    (office && CODE_OF[office.code]) ?? "excel.general",
    { detail: detail.split("\n")[0] },
    office?.code
  );
}
