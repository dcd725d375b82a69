/** How the workbook writes dates, percentages and money: one definition, so every sheet shows them alike. */
export const NUMBER_FORMATS = {
  /** A date the Colombian way: 15/03/2021. */
  date: "dd/mm/yyyy",
  /** A percentage input or level: 25 %. */
  percent: "0%",
  /** A compliance figure: 87,5 %. */
  compliance: "0.0%",
  /** Pesos: $ 1.500.000. */
  currency: '"$" #,##0',
} as const;
