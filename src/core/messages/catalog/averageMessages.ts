import { defineCatalog } from "../defineCatalog";

/** What an average of areas rests on, said beside it in every view (SPEC §5: `Sin diligenciar` areas named). */
export type AverageMessageCode = "average.areas" | "average.unfilled";

export const averageMessages = defineCatalog<AverageMessageCode>(
  {
    "average.areas": "{count} de {total, plural, one {1 área} other {# áreas}}",
    "average.unfilled": "sin diligenciar: {areas}",
  },
  {
    "average.areas": "{count} of {total, plural, one {1 area} other {# areas}}",
    "average.unfilled": "never filled: {areas}",
  }
);
