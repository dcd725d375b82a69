import { TemplateMessageCode } from "../messages/catalog/templateMessages";

/** A reason a template cannot be used, naming the field by its JSON path (e.g. `macroprocesses[0].areas[2].code`). */
export type TemplateProblem = {
  code: TemplateMessageCode;
  field: string;
  expected?: string;
  actual?: string;
  detail?: string;
  /** Where a file that is not JSON stops being JSON (1-based), never the parser's own text. */
  line?: number;
  column?: number;
};
