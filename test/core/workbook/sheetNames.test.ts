import {
  areaSheetNames,
  derivedAreaSheetName,
  sheetNameProblem,
  MAX_SHEET_NAME,
} from "../../../src/core/workbook/sheetNames";
import { Area } from "../../../src/core/template/Template";

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

  it("shorten long names at word boundaries: tail acronym, then small words, then trailing words", () => {
    expect(derivedAreaSheetName(area("3.3", "Enlace con el Congreso de la República"))).toBe(
      "3.3 Enlace Congreso República"
    );
    expect(derivedAreaSheetName(area("3.5.1", "Sistema General de Regalías – SGR"))).toBe(
      "3.5.1 Sistema General Regalías"
    );
    expect(
      derivedAreaSheetName(area("5.2", "Comunicaciones y Relacionamiento Institucional"))
    ).toBe("5.2 Comunicaciones");
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
