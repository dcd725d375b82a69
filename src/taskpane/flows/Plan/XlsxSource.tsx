import * as React from "react";
import {
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
} from "@fluentui/react-components";
import { sheetFieldLabel } from "../../../core/template/fromSheet/formatSheetImport";
import { isSheetField, SHEET_FIELDS } from "../../../core/template/fromSheet/SheetField";
import { FilePicker } from "../../components/FilePicker/FilePicker";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { XlsxSourceState } from "./useXlsxSource";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The matrix picked, the sheets read, the new plan's year, one select per column (the field it is read as, which
 * the user can change), and the preview: the tree, the rows and columns not placed.
 */
export const XlsxSource: React.FC<{ state: XlsxSourceState }> = ({ state }) => {
  const { say, language } = useTexts();
  const styles = useFlowStyles();
  const { picked, imported } = state;
  return (
    <>
      <FilePicker
        accept={XLSX_TYPES}
        label={say("pane.plan.xlsxFile")}
        onPick={(files) => state.pick(files[0] ?? null)}
      />
      {picked?.problem && (
        <MessageBar intent="error">
          <MessageBarBody>
            {say("pane.plan.xlsxInvalid", { file: picked.file, detail: picked.problem })}
          </MessageBarBody>
        </MessageBar>
      )}
      {picked?.data && (
        <>
          <Field label={say("pane.plan.xlsxSheet")}>
            <Select value={state.sheet} onChange={(_, data) => state.setSheet(data.value)}>
              <option value="">{say("pane.plan.xlsxAllSheets")}</option>
              {picked.data.sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={say("pane.plan.xlsxYear")}
            validationState={state.yearValid ? "none" : "error"}
          >
            <Input
              value={state.year}
              inputMode="numeric"
              onChange={(_, data) => state.setYear(data.value.trim())}
            />
          </Field>
        </>
      )}
      {imported?.tree.sheets.map((sheet) => (
        <section
          key={sheet.name}
          aria-label={say("pane.plan.xlsxColumns", { sheet: sheet.name, row: sheet.headerRow })}
        >
          <h3 className={styles.heading}>
            {say("pane.plan.xlsxColumns", { sheet: sheet.name, row: sheet.headerRow })}
          </h3>
          {imported.columns
            .filter((column) => column.sheet === sheet.name)
            .map((column) => (
              <Field
                key={column.letter}
                label={say("pane.plan.xlsxColumn", {
                  letter: column.letter,
                  header: column.header,
                })}
              >
                <Select
                  value={column.field ?? ""}
                  onChange={(_, data) =>
                    state.setColumnField(
                      column.header,
                      isSheetField(data.value) ? data.value : null
                    )
                  }
                >
                  <option value="">{say("pane.plan.xlsxIgnore")}</option>
                  {SHEET_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {sheetFieldLabel(field, language)}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
        </section>
      ))}
      {state.previewLines.length > 0 && (
        <section aria-labelledby="plan-xlsx-preview-heading">
          <h3 id="plan-xlsx-preview-heading" className={styles.heading}>
            {say("pane.plan.xlsxPreviewTitle")}
          </h3>
          <pre className={styles.preview} tabIndex={0} aria-label={say("pane.plan.preview")}>
            {state.previewLines.join("\n")}
          </pre>
          {imported?.template && (
            <Checkbox
              checked={state.carry}
              onChange={(_, data) => state.setCarry(data.checked === true)}
              label={say("pane.plan.xlsxCarry")}
            />
          )}
          {imported && imported.template === null && (
            <MessageBar intent="error">
              <MessageBarBody>{say("pane.plan.xlsxPreviewBlocked")}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </>
  );
};
