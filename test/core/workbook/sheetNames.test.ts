import {
  areaSheetNames,
  derivedAreaSheetName,
  sheetNameProblem,
  MAX_SHEET_NAME,
} from "../../../src/core/workbook/sheetNames";
import { Area, areasInOrder } from "../../../src/core/template/Template";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/defaultTemplate";

const area = (section: string, name: string, extra: Partial<Area> = {}): Area => ({
  code: "X",
  name,
  section,
  objectives: [],
  ...extra,
});

describe("area sheet names", () => {
  it("keep section and name when they fit", () => {
    expect(derivedAreaSheetName(area("3.1", "Dirección Jurídica"))).toBe("3.1 Dirección Jurídica");
  });

  it("shorten long names to words that still read as Spanish: tail acronym, one small word, then leading words", () => {
    // 38 characters, 27 free after "3.3 ": the leading words that fit, never ending on "de"/"la".
    expect(derivedAreaSheetName(area("3.3", "Enlace con el Congreso de la República"))).toBe(
      "3.3 Enlace con el Congreso"
    );
    // Dropping "con" alone would leave "Enlace el Gobierno Nacional": small words stay in their place.
    expect(derivedAreaSheetName(area("3.4", "Enlace con el Gobierno Nacional"))).toBe(
      "3.4 Enlace con el Gobierno"
    );
    expect(derivedAreaSheetName(area("3.5", "Desarrollo y Gestión Territorial"))).toBe(
      "3.5 Desarrollo y Gestión"
    );
    // Without its tail, 27 characters in 25: dropping the one "de" between full words keeps every full word.
    expect(derivedAreaSheetName(area("3.5.1", "Sistema General de Regalías – SGR"))).toBe(
      "3.5.1 Sistema General Regalías"
    );
    expect(
      derivedAreaSheetName(area("5.2", "Comunicaciones y Relacionamiento Institucional"))
    ).toBe("5.2 Comunicaciones");
  });

  it("give the 2021 plan's 17 areas distinct, readable tabs", () => {
    const names = [
      ...areaSheetNames(areasInOrder(DEFAULT_TEMPLATE).map(({ area: a }) => a)).values(),
    ];
    expect(names).toEqual([
      "3.1 Dirección Jurídica",
      "3.2 Dirección de Estudios",
      "3.3 Enlace con el Congreso",
      "3.4 Enlace con el Gobierno",
      "3.5 Desarrollo y Gestión",
      "3.5.1 Sistema General Regalías",
      "3.6 Medio Ambiente",
      "3.7 Seguridad y Convivencia",
      "3.8 Cooperación Internacional",
      "4.1 Gestión Administrativa",
      "4.2 Gestión Humana",
      "4.3 Gestión Documental",
      "4.4 Gestión Tecnológica",
      "4.5 Gestión Contractual",
      "5.1 Planeación Institucional",
      "5.2 Comunicaciones",
      "6.1 Control Interno",
    ]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(17);
  });

  it("never give two areas the same tab, even when shortening makes their names alike", () => {
    const names = areaSheetNames([
      area("2", "Enlace con el Congreso de la República", { code: "A" }),
      area("2", "Enlace con el Congreso de los Municipios", { code: "B" }),
    ]);
    expect([...names.values()]).toEqual([
      "2 Enlace con el Congreso",
      "2 Enlace con el Congreso (2)",
    ]);
  });

  it("are always legal Excel names", () => {
    const names = [
      derivedAreaSheetName(area("1", "Planeación: [Estratégica] / Táctica * ¿Qué?")),
      derivedAreaSheetName(
        area("2.10.4.1", "Una dependencia con un nombre larguísimo que no cabe")
      ),
      derivedAreaSheetName(area("7", "'Comillas'")),
    ];
    for (const name of names) {
      expect(sheetNameProblem(name)).toBeNull();
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    }
  });

  it("are unique ignoring case and never take a fixed sheet's name", () => {
    const names = areaSheetNames([
      area("", "Matriz", { code: "A" }),
      area("1", "Gestión", { code: "B" }),
      area("1", "GESTIÓN", { code: "C" }),
    ]);
    expect([...names.values()]).toEqual(["Matriz (2)", "1 Gestión", "1 GESTIÓN (2)"]);
  });

  it("sheetNameProblem explains what is wrong", () => {
    expect(sheetNameProblem("a".repeat(32))).toBe("tooLong");
    expect(sheetNameProblem("a:b")).toBe("illegalCharacter");
    expect(sheetNameProblem("'a")).toBe("apostrophe");
    expect(sheetNameProblem(" ")).toBe("empty");
    expect(sheetNameProblem("History")).toBe("reserved");
  });
});
