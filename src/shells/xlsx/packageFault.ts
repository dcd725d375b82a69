/**
 * A failure of the package reader or writer as the operation error the user sees: a `PackageError` says which part
 * is damaged and how (in the user's language, through `packageMessages`). When `reading`, anything else thrown
 * comes from a damaged file too ("damaged or not .xlsx"); while writing, anything else is a bug and passes as it is,
 * as does an `OperationError` (a cancel included).
 */
import { OperationError } from "../../operations/OperationError";
import { isPackageError } from "./package/PackageError";

export function packageFault(error: unknown, path: string, reading = true): unknown {
  if (error instanceof OperationError || (!reading && !isPackageError(error))) return error;
  // Two tab names Excel takes as one: not a damaged file to resave but two tabs to rename, said in a line of its own.
  if (isPackageError(error) && error.fault === "package.duplicateSheet")
    return new OperationError("operation.sheetNamesClash", { path, ...error.params });
  if (isPackageError(error))
    return new OperationError("operation.notXlsx", {
      path,
      fault: error.fault,
      part: error.part,
      ...error.params,
    });
  return new OperationError("operation.notXlsx", { path, fault: "package.damaged", part: "" });
}
