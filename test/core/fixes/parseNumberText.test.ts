import { parseNumberText } from "../../../src/core/fixes/parseNumberText";

describe("parseNumberText", () => {
  describe("reads es-CO: comma decimal, dot thousands", () => {
    it.each([
      ["0,8", 0.8],
      ["12,5", 12.5],
      ["1.000", 1000],
      ["1.234,5", 1234.5],
      ["1.234.567,89", 1234567.89],
      [",5", 0.5],
      ["  7 ", 7],
      ["-3,5", -3.5],
      ["- 3,5", -3.5],
      ["+4", 4],
    ])("%j → %p", (text, value) => {
      expect(parseNumberText(text, "number")).toEqual({ ok: true, value });
    });
  });

  describe("reads a dot that cannot be a thousands separator as a decimal point", () => {
    it.each([
      ["12.5", 12.5],
      ["0.8", 0.8],
      ["0.500", 0.5],
      ["1234.5", 1234.5],
      [".5", 0.5],
    ])("%j → %p", (text, value) => {
      expect(parseNumberText(text, "number")).toEqual({ ok: true, value });
    });
  });

  describe("reads en-US only where es-CO is impossible by shape", () => {
    it.each([
      ["1,234.5", 1234.5],
      ["1,234,567", 1234567],
      ["12,345.67", 12345.67],
    ])("%j → %p", (text, value) => {
      expect(parseNumberText(text, "number")).toEqual({ ok: true, value });
    });
  });

  describe("percentages", () => {
    it.each([
      ["80%", 0.8],
      ["80 %", 0.8],
      ["33,33%", 0.3333],
      ["100%", 1],
      ["12.5%", 0.125],
    ])("%j → %p in a percentage column", (text, value) => {
      expect(parseNumberText(text, "percentage")).toEqual({ ok: true, value });
    });

    it("reads a % sign in a number column as a fraction too (Porcentaje-unit values are fractions)", () => {
      expect(parseNumberText("80 %", "number")).toEqual({ ok: true, value: 0.8 });
    });

    it("keeps fractions typed without a sign", () => {
      expect(parseNumberText("0,25", "percentage")).toEqual({ ok: true, value: 0.25 });
    });
  });

  describe("currency (COP)", () => {
    it.each([
      ["$ 1.200.000", 1200000],
      ["$1.200.000", 1200000],
      ["1.200.000 COP", 1200000],
      ["COP 1.200.000", 1200000],
      ["1 200 000", 1200000],
      ["$1,200,000", 1200000],
      ["1.200,50", 1200.5],
    ])("%j → %p", (text, value) => {
      expect(parseNumberText(text, "currency")).toEqual({ ok: true, value });
    });

    it("settles '1,234' as 1234 pesos: a third of a peso is not a reading", () => {
      expect(parseNumberText("1,234", "currency")).toEqual({ ok: true, value: 1234 });
    });

    it("does not take a $ sign outside currency columns, nor a % sign inside them", () => {
      expect(parseNumberText("$ 500", "number")).toEqual({ ok: false, reason: "notANumber" });
      expect(parseNumberText("5%", "currency")).toEqual({ ok: false, reason: "notANumber" });
    });
  });

  describe("ambiguous: two readings that the shape does not rule out", () => {
    it.each([
      ["1,234", [1.234, 1234]],
      ["1,000", [1, 1000]],
      ["12,500", [12.5, 12500]],
    ])("%j reads as %p", (text, readings) => {
      expect(parseNumberText(text, "number")).toEqual({ ok: false, reason: "ambiguous", readings });
    });

    it("but '1.000' follows the plan's es-CO convention", () => {
      expect(parseNumberText("1.000", "number")).toEqual({ ok: true, value: 1000 });
    });

    it("a reading the column cannot hold settles it: '1,000' is 100 % as a weight", () => {
      expect(parseNumberText("1,000", "percentage")).toEqual({ ok: true, value: 1 });
    });
  });

  describe("implausible for the column: no fix", () => {
    it("'1.000' in a percentage column would be 100 000 %", () => {
      expect(parseNumberText("1.000", "percentage")).toEqual({
        ok: false,
        reason: "implausible",
        reading: 1000,
      });
    });

    it("'50' in a percentage column without a % sign would be 5000 %", () => {
      expect(parseNumberText("50", "percentage")).toEqual({
        ok: false,
        reason: "implausible",
        reading: 50,
      });
    });

    it("'0,125' pesos has three decimals", () => {
      expect(parseNumberText("0,125", "currency")).toEqual({
        ok: false,
        reason: "implausible",
        reading: 0.125,
      });
    });
  });

  describe("not a number", () => {
    it.each(["", "abc", "cuatro", "10 personas", "N/A", "1.2.3", "1,2,3", "1.", "(5)", "1e3", "-"])(
      "%j",
      (text) => {
        expect(parseNumberText(text, "number")).toEqual({ ok: false, reason: "notANumber" });
      }
    );
  });
});
