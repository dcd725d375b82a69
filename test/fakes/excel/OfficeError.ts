/** An error shaped like `OfficeExtension.Error` (what `context.sync()` rejects with in Excel). */
export class FakeOfficeError
  extends Error
  implements Pick<OfficeExtension.Error, "code" | "message" | "name" | "debugInfo">
{
  readonly code: string;
  readonly debugInfo: OfficeExtension.DebugInfo;
  constructor(code: string, message: string, errorLocation = "") {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const officeError = (code: string, message: string, where = ""): FakeOfficeError =>
  new FakeOfficeError(code, message, where);
