import { Template } from "./Template";

/** The same template for another vigencia (year); dates are validated against it. */
export function withYear(template: Template, year: number): Template {
  return { ...template, year };
}
