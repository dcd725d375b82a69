import { plainText } from "../../../src/core/text/plainText";

describe("plainText", () => {
  it("turns every C0 control character and DEL into a space, keeping tabs and line breaks", () => {
    expect(plainText("Entregable\u000Bcon salto")).toBe("Entregable con salto");
    expect(plainText("a\u0000b\u0001c\u0008d\u000Ce\u000Df\u001Fg\u007Fh")).toBe("a b c d e f g h");
    expect(plainText("uno\tdos\ntres")).toBe("uno\tdos\ntres");
  });

  it("leaves other text as it is, no-break spaces and accents included", () => {
    expect(plainText("Gestión\u00A0Jurídica «ñ»")).toBe("Gestión\u00A0Jurídica «ñ»");
  });
});
