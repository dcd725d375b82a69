import { upgradeSummary, UpgradeSummary } from "../../../core/upgrade/upgradeSummary";
import * as React from "react";
import { PlanOperations } from "../../../operations/PlanOperations";
import { DEFAULT_TEMPLATE } from "../../../core/template/defaultTemplate";
import { parsePlanText } from "../../../core/template/parsePlanText";
import { formatImportTree } from "../../../core/template/formatImportTree";
import { carriedRows } from "../../../core/template/fromSheet/carriedRows";
import { PlanTextImport } from "../../../core/template/PlanTextImport";
import { areasInOrder, Template } from "../../../core/template/Template";
import { OperationRunner, useOperationRunner } from "../../operation/useOperationRunner";
import { readFileText } from "../../readFile";
import { templateFromJson } from "../../templateFromJson";
import { useTexts } from "../../texts/Texts";
import { ReadSpreadsheet, useXlsxSource, XlsxSourceState } from "./useXlsxSource";

export type PlanSource = "embedded" | "file" | "text" | "xlsx";

export type PlanFlowProps = {
  operations: PlanOperations;
  /** The workbook already holds a plan: creating one needs the user's confirmation. */
  hasPlan: boolean;
  /** Told after the workbook changed (Inicio reads it again). */
  onChanged?: () => void;
  /** Reads a picked .xlsx matrix; by default the package layer, loaded on first use. */
  readSpreadsheet?: ReadSpreadsheet;
};

type LoadedTemplate = { file: string; template: Template | null; problem: string | null };

export type PlanFlowState = {
  runner: OperationRunner;
  source: PlanSource;
  setSource: (source: PlanSource) => void;
  embedded: Template;
  templateFile: LoadedTemplate | null;
  pickTemplateFile: (file: File | null) => void;
  text: string;
  setText: (text: string) => void;
  imported: PlanTextImport | null;
  previewLines: string[];
  xlsx: XlsxSourceState;
  hasPlan: boolean;
  confirmReplace: boolean;
  setConfirmReplace: (value: boolean) => void;
  /** The template that "Crear" would write, or null when the chosen source has none yet. */
  chosen: Template | null;
  canCreate: boolean;
  create: () => void;
  created: number | null;
  upgradeFile: LoadedTemplate | null;
  pickUpgradeFile: (file: File | null) => void;
  upgrade: () => void;
  /** The last upgrade: the version reached, what it did and what it could not do (`upgradeSummary`). */
  upgraded: ({ version: number } & UpgradeSummary) | null;
};

export function usePlanFlow(props: PlanFlowProps): PlanFlowState {
  const { operations, hasPlan, onChanged } = props;
  const { language } = useTexts();
  const runner = useOperationRunner();
  const xlsx = useXlsxSource(props.readSpreadsheet);
  const [source, setSource] = React.useState<PlanSource>("embedded");
  const [templateFile, setTemplateFile] = React.useState<LoadedTemplate | null>(null);
  const [upgradeFile, setUpgradeFile] = React.useState<LoadedTemplate | null>(null);
  const [text, setText] = React.useState("");
  const [confirmReplace, setConfirmReplace] = React.useState(false);
  const [created, setCreated] = React.useState<number | null>(null);
  const [upgraded, setUpgraded] = React.useState<PlanFlowState["upgraded"]>(null);

  const imported = React.useMemo(
    () => (source === "text" && text.trim() !== "" ? parsePlanText(text) : null),
    [source, text]
  );
  const previewLines = React.useMemo(
    () => (imported ? formatImportTree(imported, language) : []),
    [imported, language]
  );

  const load = (file: File | null, set: (value: LoadedTemplate | null) => void): void => {
    if (!file) {
      set(null);
      return;
    }
    void readFileText(file).then(
      (content) => {
        const result = templateFromJson(content, language);
        set(
          "template" in result
            ? { file: file.name, template: result.template, problem: null }
            : { file: file.name, template: null, problem: result.problem }
        );
      },
      (error: unknown) =>
        set({
          file: file.name,
          template: null,
          problem: error instanceof Error ? error.message : String(error),
        })
    );
  };

  const chosen: Template | null =
    source === "embedded"
      ? DEFAULT_TEMPLATE
      : source === "file"
        ? (templateFile?.template ?? null)
        : source === "xlsx"
          ? (xlsx.imported?.template ?? null)
          : (imported?.template ?? null);
  const canCreate = chosen !== null && (!hasPlan || confirmReplace) && runner.status !== "running";

  const create = (): void => {
    if (!chosen || !canCreate) return;
    setCreated(null);
    void runner
      .run((context) =>
        operations.generate(
          {
            template: chosen,
            replaceExistingPlan: hasPlan && confirmReplace,
            ...(source === "xlsx" && xlsx.carry && xlsx.imported
              ? { rows: carriedRows(xlsx.imported, chosen) }
              : {}),
          },
          context
        )
      )
      .then((done) => {
        if (!done) return;
        setCreated(areasInOrder(chosen).length);
        setConfirmReplace(false);
        onChanged?.();
      });
  };

  return {
    runner,
    source,
    setSource,
    embedded: DEFAULT_TEMPLATE,
    templateFile,
    pickTemplateFile: (file) => load(file, setTemplateFile),
    text,
    setText,
    imported,
    previewLines,
    xlsx,
    hasPlan,
    confirmReplace,
    setConfirmReplace,
    chosen,
    canCreate,
    create,
    created,
    upgradeFile,
    pickUpgradeFile: (file) => load(file, setUpgradeFile),
    upgrade: () => {
      const template = upgradeFile?.template;
      if (!template) return;
      setUpgraded(null);
      void runner
        .run((context) => operations.upgrade({ template }, context))
        .then((done) => {
          if (!done) return;
          setUpgraded({
            version: template.templateVersion,
            ...upgradeSummary(done.value.report, done.value.consolidated, language),
          });
          onChanged?.();
        });
    },
    upgraded,
  };
}
