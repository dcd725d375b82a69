import { parseColumnMap } from "../../../../src/core/template/fromSheet/parseColumnMap";

test("a field by its name or by a header that names it; ignorar leaves the column out", () => {
  expect(
    parseColumnMap([
      "Unidad responsable=área",
      "Obj. del plan = objective",
      "Primer periodo=I Trim",
      "Notas=ignorar",
      "A=B=goal",
    ])
  ).toEqual({
    map: [
      { header: "Unidad responsable", field: "area" },
      { header: "Obj. del plan", field: "objective" },
      { header: "Primer periodo", field: "T1" },
      { header: "Notas", field: null },
      { header: "A=B", field: "goal" },
    ],
    problems: [],
  });
});

test("an entry without a header or with an unknown field is a problem naming it", () => {
  const { map, problems } = parseColumnMap(["Proceso", "=area", "Proceso=jefe"]);
  expect(map).toEqual([]);
  expect(problems.map((problem) => [problem.code, problem.params.entry])).toEqual([
    ["sheetImport.badMap", "Proceso"],
    ["sheetImport.badMap", "=area"],
    ["sheetImport.unknownField", "Proceso=jefe"],
  ]);
});
