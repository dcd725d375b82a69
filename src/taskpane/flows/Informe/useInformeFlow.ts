import * as React from "react";
import { PlanOperations, ReportRequest, ReportResult } from "../../../operations/PlanOperations";
import { Semester } from "../../../core/report/ManagementReport";
import { OperationRunner, useOperationRunner } from "../../operation/useOperationRunner";
import { DownloadFile, downloadFile } from "../../downloadFile";
import { today as todayInUserZone } from "../../../operations/today";
import { useTexts } from "../../texts/Texts";

export type InformeFlowProps = {
  operations: PlanOperations;
  periodLabels: string[];
  /** Mac desktop: no file can be downloaded from the pane; the flow says so and points to the sheet. */
  downloadsBlocked: boolean;
  onChanged?: () => void;
  today?: () => string;
  /** How a file is saved; tests record it. */
  download?: DownloadFile;
};

export type InformeFlowState = {
  runner: OperationRunner;
  semester: Semester;
  setSemester: (semester: Semester) => void;
  result: ReportResult | null;
  built: Semester | null;
  downloaded: string | null;
  downloadsBlocked: boolean;
  buildSheet: () => void;
  downloadHtml: () => void;
  downloadDocx: () => void;
};

type Download = "html" | "docx";

const MEDIA_TYPE: Record<Download, string> = {
  html: "text/html;charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** Informe: the semester report, as the `Informe` sheet (one report operation) or as an HTML or Word download. */
export function useInformeFlow(props: InformeFlowProps): InformeFlowState {
  const { operations, onChanged } = props;
  const { language } = useTexts();
  const today = props.today ?? (() => todayInUserZone());
  const save = props.download ?? downloadFile;
  const runner = useOperationRunner();
  const [semester, setSemester] = React.useState<Semester>(1);
  const [result, setResult] = React.useState<ReportResult | null>(null);
  const [built, setBuilt] = React.useState<Semester | null>(null);
  const [downloaded, setDownloaded] = React.useState<string | null>(null);

  const report = (output: ReportRequest["output"]): Promise<ReportResult | null> =>
    runner
      .run((context) => operations.report({ semester, language, output, today: today() }, context))
      .then((done) => done?.value ?? null);

  const download = (format: Download): void => {
    if (props.downloadsBlocked) return;
    setDownloaded(null);
    void report(format).then((value) => {
      const content = format === "html" ? value?.html : value?.docx;
      if (!value || content === undefined) return;
      setResult(value);
      const name = `informe-${value.report.year}-semestre-${value.report.semester}.${format}`;
      save(name, content, MEDIA_TYPE[format]);
      setDownloaded(name);
    });
  };

  return {
    runner,
    semester,
    setSemester,
    result,
    built,
    downloaded,
    downloadsBlocked: props.downloadsBlocked,
    buildSheet: () => {
      setBuilt(null);
      void report("sheet").then((value) => {
        if (!value) return;
        setResult(value);
        setBuilt(semester);
        onChanged?.();
      });
    },
    downloadHtml: () => download("html"),
    downloadDocx: () => download("docx"),
  };
}
