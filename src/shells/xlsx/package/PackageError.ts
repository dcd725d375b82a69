/**
 * A package that must not be read or copied on (SPEC §8: exit 2, nothing written): what is wrong, as a code of
 * `packageMessages`, and the part it is wrong in. Every check of the one reading of a file throws it, so the hosts
 * can say in the user's language which part is damaged (never an English parser text).
 */
import { PackageFaultCode } from "../../../core/messages/catalog/packageMessages";

export class PackageError extends Error {
  constructor(
    readonly fault: PackageFaultCode,
    /** The part (zip entry) at fault; "" for the container itself. */
    readonly part: string = "",
    readonly params: Record<string, string | number> = {}
  ) {
    super(`${fault}${part ? ` (${part})` : ""}`);
    this.name = "PackageError";
  }
}

export const isPackageError = (error: unknown): error is PackageError =>
  error instanceof PackageError;

/** Runs `read` on one part: a fault it reports without a part (an XML or cell check) is reported against `part`. */
export async function inPart<T>(part: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof PackageError && error.part === "")
      throw new PackageError(error.fault, part, error.params);
    throw error;
  }
}
