import { macroprocessCode } from "../../../../src/core/template/planText/macroprocessCode";

describe("macroprocessCode", () => {
  it("keeps the initials when no area or macroprocess holds them", () => {
    const used = new Set(["DJ", "DE"]);
    expect(macroprocessCode("Misional", used)).toBe("M");
    expect(macroprocessCode("Seguimiento, Monitoreo y Control", used)).toBe("SMC");
    expect([...used]).toEqual(["DJ", "DE", "M", "SMC"]);
  });

  it("takes more letters of the last full word when an area holds the initials", () => {
    // Dirección Estratégica → DE, taken by the area Dirección de Estudios; then D-E-S, D-E-S-T.
    expect(macroprocessCode("Dirección Estratégica", new Set(["DE"]))).toBe("DES");
    expect(macroprocessCode("Dirección Estratégica", new Set(["DE", "DES"]))).toBe("DEST");
    expect(macroprocessCode("Apoyo", new Set(["A", "AP"]))).toBe("APO");
  });

  it("compares ignoring case and falls back to a digit suffix", () => {
    expect(macroprocessCode("Dirección Estratégica", new Set(["de"]))).toBe("DES");
    const used = new Set(["M"]);
    expect(macroprocessCode("Mar", new Set(["M", "MA", "MAR"]))).toBe("M2");
    expect(macroprocessCode("Misional", used)).toBe("MI");
  });
});
