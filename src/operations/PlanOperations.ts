/**
 * The operations of SPEC §9, as the CLI and the task pane call them: each reads its host's snapshot, runs the core
 * and, where it writes, hands the host one patch. Neither the CLI nor React does anything else with a workbook.
 * Implementations: one file per operation in this folder (`generate.ts`, `validate.ts`, …).
 */
import { Matrix } from "../core/consolidation/buildMatrix";
import { Consolidation } from "../core/consolidation/consolidatePlan";
import { AreaImportPlan } from "../core/import/planAreaImport";
import { Language } from "../core/messages/Language";
import { ManagementReport, Semester } from "../core/report/ManagementReport";
import { ReportDocument } from "../core/report/document/ReportDocument";
import { SemaphoreReport } from "../core/semaphore/computeSemaphore";
import { Template } from "../core/template/Template";
import { UpgradePlan } from "../core/upgrade/planUpgrade";
import { ValidationReport } from "../core/validation/ValidationReport";
import { CellEdit } from "../core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { WorkbookStatus } from "./describeWorkbook";
import { OperationContext } from "./OperationContext";
import { WorkbookHost } from "./WorkbookHost";
import { CarriedRow } from "../core/template/fromSheet/CarriedRow";

/** An area workbook returned by email, already read (by the file host or the package layer in the pane). */
export type ImportedWorkbook = { file: string; snapshot: WorkbookSnapshot };

export type GenerateRequest = {
  template: Template;
  /** A workbook that already holds a plan is refused unless the caller confirms (the pane asks the user). */
  replaceExistingPlan?: boolean;
  /** Rows to start each area's table from, by area code (last year's matrix carried over); default one per objective. */
  rows?: Record<string, CarriedRow[]>;
};
export type ValidateRequest = { cutoff?: string };
export type FixRequest = {
  cutoff?: string;
  /** Only the fixes at these "sheet!cell" keys; all when absent. */ only?: string[];
};
export type FixResult = { edits: CellEdit[]; before: ValidationReport; after: ValidationReport };
export type SemaphoreRequest = {
  cutoff?: string;
  /** Write the cut-off into `Corte` first (the pane's selector). */ writeCutoff?: boolean;
};
/** Area workbooks to import into their tabs (SPEC §6), and the user's answer for areas in conflict. */
export type ImportRequest = {
  imports: ImportedWorkbook[];
  /** Areas (codes) whose tab's typed values may be replaced; what is replaced goes to `Registro`. */
  replace?: string[];
  /** Areas (codes) whose tab stays as it is: their files are not imported. */
  keep?: string[];
  /** yyyy-mm-dd */ today: string;
};
/** What an import did; `written` is false when it refused (a conflict is unresolved) or had nothing to import. */
export type ImportResult = Pick<
  AreaImportPlan,
  "refused" | "conflicts" | "imported" | "findings" | "replaced"
> & { written: boolean };
/** Consolidation of the area tabs; with `imports`, an import first, in the same write. */
export type ConsolidateRequest = {
  cutoff?: string;
  imports?: ImportedWorkbook[];
  replace?: string[];
  keep?: string[];
  /** yyyy-mm-dd */ today: string;
};
/**
 * What a consolidation leaves once written: its findings and figures, the matrix's row count, not its patch (whose
 * `Matriz` rows are made from the plan's cells: a result kept on screen would keep the whole plan in memory).
 */
export type ConsolidateResult = Omit<Consolidation, "patch" | "matrix"> & {
  matrix: Omit<Matrix, "rows"> & { rowCount: number };
  imported?: ImportResult | null;
};
export type ReportRequest = {
  semester: Semester;
  language: Language;
  /**
   * "sheet" writes the `Informe` sheet; "html" returns the standalone page and "docx" the Word document's bytes,
   * both writing nothing.
   */
  output: "sheet" | "html" | "docx";
  /** yyyy-mm-dd */
  today: string;
};
export type ReportResult = {
  report: ManagementReport;
  /** The informe as one document (what the sheet, the page and the Word file render). */
  document?: ReportDocument;
  html?: string;
  /** The .docx file's bytes, when the request's output was "docx". */
  docx?: Uint8Array;
  fromMatrix: boolean;
  /**
   * The workbook's own cut-off (`Corte`), when the `Informe` sheet was written into a workbook at another cut-off than
   * the semester's: its other sheets show that one, and the sheet's first line says so (SPEC §6 "one workbook, one
   * cut-off").
   */
  workbookCutoff?: string;
};
export type UpgradeRequest = { template: Template };
export type UpgradeResult = UpgradePlan & { consolidated: boolean };

/** What the pane receives as a prop (tests inject fakes); `bindOperations(host)` gives the real ones. */
export type PlanOperations = {
  generate(request: GenerateRequest, context?: OperationContext): Promise<void>;
  validate(request: ValidateRequest, context?: OperationContext): Promise<ValidationReport>;
  fix(request: FixRequest, context?: OperationContext): Promise<FixResult>;
  semaphore(request: SemaphoreRequest, context?: OperationContext): Promise<SemaphoreReport>;
  importAreas(request: ImportRequest, context?: OperationContext): Promise<ImportResult>;
  consolidate(request: ConsolidateRequest, context?: OperationContext): Promise<ConsolidateResult>;
  report(request: ReportRequest, context?: OperationContext): Promise<ReportResult>;
  upgrade(request: UpgradeRequest, context?: OperationContext): Promise<UpgradeResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  readSnapshot(context?: OperationContext): Promise<WorkbookSnapshot>;
  /** What the workbook is and the next step (the pane's Inicio). */
  describeWorkbook(context?: OperationContext): Promise<WorkbookStatus>;
};

export type BindOperations = (host: WorkbookHost) => PlanOperations;
