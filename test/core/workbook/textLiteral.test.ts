/** The "text stays text" rule: which strings are guarded, the literal formula they become, and its inverse. */
import {
  needsTextLiteral,
  textLiteralFormula,
  textOfLiteralFormula,
} from "../../../src/core/workbook/textLiteral";

describe("textLiteral", () => {
  test.each([
    '=HYPERLINK("http://x","y")',
    "+57 300 1234567",
    "-",
    "-5 días",
    "@x",
    "'apóstrofo",
    "#N/A",
    "0,8",
    "1.000",
    "80%",
    "15/03/2021",
    "2021-03-15",
    "$ 1.500.000",
    "TRUE",
    "falso",
    "marzo 2021",
    "15-mar-2021",
  ])("%s is written as a literal", (text) => expect(needsTextLiteral(text)).toBe(true));

  test.each([
    "Informe",
    "Actas en la carpeta compartida",
    "DJ-01",
    "Meta 2021 cumplida",
    "T1",
    "Marzo fue difícil",
  ])("%s is written as it is", (text) => expect(needsTextLiteral(text)).toBe(false));

  test("quotes are doubled and the formula evaluates to the text", () => {
    expect(textLiteralFormula('=SUMA("a")')).toBe('"=SUMA(""a"")"');
    expect(textLiteralFormula("-")).toBe('"-"');
    expect(textOfLiteralFormula('="=SUMA(""a"")"')).toBe('=SUMA("a")');
  });

  test("text constants are at most 255 characters (Excel's limit in a formula), joined with &", () => {
    const text = `=${"a".repeat(300)}`;
    expect(textLiteralFormula(text)).toBe(`"=${"a".repeat(254)}"&"${"a".repeat(46)}"`);
    // A doubled quote never straddles two constants.
    const quotes = `-${'"'.repeat(200)}`;
    const formula = textLiteralFormula(quotes) as string;
    expect(formula).toBe(`"-${'""'.repeat(127)}"&"${'""'.repeat(73)}"`);
    expect(textOfLiteralFormula(formula)).toBe(quotes);
  });

  test("text too long for an 8,192-character formula has no literal", () => {
    expect(textLiteralFormula(`=${"a".repeat(8100)}`)).toBeNull();
    expect(textLiteralFormula(`=${"a".repeat(7000)}`)).not.toBeNull();
  });

  test("only formulas made of string literals read back as text", () => {
    expect(textOfLiteralFormula('"a"&"b"')).toBe("ab");
    expect(textOfLiteralFormula('=""')).toBe("");
    expect(textOfLiteralFormula('="a"&B2')).toBeNull();
    expect(textOfLiteralFormula("=SUM(A1:A3)")).toBeNull();
    expect(textOfLiteralFormula('=IF(A1="x","y","")')).toBeNull();
  });
});
