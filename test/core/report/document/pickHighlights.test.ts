import { mainAchievements, mainDelays } from "../../../../src/core/report/document/pickHighlights";
import { row } from "./reportRow";

describe("the executive summary's main achievements and delays", () => {
  // order: plan position; weight: Ponderación.
  const rows = [
    row({ id: "A", order: 0, band: "verde", compliance: 0.9, weight: 0.5 }),
    row({ id: "B", order: 1, band: "verde", compliance: 2, weight: 0.1 }), // over-executed: counts as 100 %
    row({ id: "C", order: 2, band: "verde", compliance: 1, weight: 0.3 }),
    row({ id: "D", order: 3, band: "verde", compliance: 1, weight: 0.3 }),
    row({ id: "E", order: 4, band: "amarillo", compliance: 0.7, weight: 0.9 }),
    row({ id: "F", order: 5, band: "rojo", compliance: 0.2, weight: 0.2 }),
    row({ id: "G", order: 6, band: "rojo", compliance: 0.1, weight: null }),
    row({ id: "H", order: 7, band: "rojo", compliance: 0.2, weight: 0.6 }),
    row({ id: "I", order: 8, band: "rojo", compliance: 0.5, weight: 0.1 }),
    row({ id: "J", order: 9, band: "con-errores", compliance: null }),
  ];

  it("achievements: Verde rows by compliance up to 100 %, then weight, then plan order", () => {
    // B, C and D all count 100 %: C and D weigh 0.3, B 0.1 → C (first in the plan), D, then B; A (90 %) is fourth.
    expect(mainAchievements(rows).map((picked) => picked.id)).toEqual(["C", "D", "B"]);
    expect(mainAchievements(rows, 5).map((picked) => picked.id)).toEqual(["C", "D", "B", "A"]);
  });

  it("delays: Rojo rows by lowest compliance, then weight, then plan order", () => {
    // G 10 %; F and H 20 %, H weighs more; I 50 % is fourth.
    expect(mainDelays(rows).map((picked) => picked.id)).toEqual(["G", "H", "F"]);
  });

  it("picks nothing when no row is in the band", () => {
    expect(mainAchievements(rows.filter((candidate) => candidate.band !== "verde"))).toEqual([]);
    expect(mainDelays([])).toEqual([]);
  });
});
