import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  mergeClasses,
} from "@fluentui/react-components";
import { cellAddress, columnLetter } from "../../../core/workbook/address";
import { errorText } from "../../failures/errorText";
import { FilePicker } from "../FilePicker/FilePicker";
import { useTexts } from "../../texts/Texts";
import { MAX_GRID_ROWS, useWorkbookGrid, WorkbookGridProps } from "./useWorkbookGrid";
import { useWorkbookGridStyles } from "./WorkbookGrid.styles";
import { formatGridValue } from "./formatGridValue";

/**
 * Outside Office: the in-browser workbook as a simple grid. A cell is edited through the address and value fields
 * (keyboard-friendly: type the address, or click the cell); values are shown as React text, never as HTML.
 */
export const WorkbookGrid: React.FC<WorkbookGridProps> = (props) => {
  const state = useWorkbookGrid(props);
  const { say, language } = useTexts();
  const styles = useWorkbookGridStyles();
  const selectedCell = state.selected?.sheet === state.sheet ? state.selected.cell : null;
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  // Only a new selection ("Ir a" in Validar) brings its cell into view; a write (a fix, an operation) that redraws the
  // grid leaves the page where the user is.
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selectedCell]);
  return (
    <section className={styles.root} aria-labelledby="workbook-grid-heading">
      <h2 id="workbook-grid-heading">{say("pane.browser.title")}</h2>
      <FilePicker
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={say("pane.browser.open")}
        onPick={(files) => state.open(files[0] ?? null)}
      />
      {state.pendingOpen !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {say("pane.browser.unsavedOpen", { file: state.pendingOpen })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={state.confirmOpen}>
              {say("pane.browser.discardAndOpen", { file: state.pendingOpen })}
            </Button>
            <Button appearance="primary" onClick={state.cancelOpen}>
              {say("pane.browser.keepWorkbook")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.opened && <Caption1>{say("pane.browser.opened", { file: state.opened })}</Caption1>}
      {state.openFailure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {say("pane.browser.openFailed", {
              file: state.openFailure.file,
              detail: errorText(state.openFailure.error, language),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.macrosDropped && state.opened !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {say("pane.browser.macrosDropped", { file: state.opened, download: state.downloadAs })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button onClick={state.downloadWorkbook} disabled={state.sheets.length === 0}>
          {say("pane.browser.download")}
        </Button>
      </div>
      {state.sheets.length === 0 ? (
        <Caption1>{say("pane.browser.empty")}</Caption1>
      ) : (
        <>
          <Field label={say("pane.browser.sheet")}>
            <Select value={state.sheet} onChange={(_, data) => state.setSheet(data.value)}>
              {state.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </Select>
          </Field>
          <form
            className={styles.editor}
            onSubmit={(event) => {
              event.preventDefault();
              state.save();
            }}
          >
            <Field
              label={say("pane.browser.address")}
              validationState={state.addressValid ? "none" : "error"}
            >
              <Input
                className={styles.input}
                value={state.address}
                onChange={(_, data) => state.setAddress(data.value)}
              />
            </Field>
            <Field label={say("pane.browser.value", { cell: state.address })}>
              <Input
                className={styles.input}
                value={state.value}
                onChange={(_, data) => state.setValue(data.value)}
              />
            </Field>
            <span />
            <div>
              <Button type="submit" disabled={!state.addressValid}>
                {say("pane.browser.save")}
              </Button>
            </div>
          </form>
          {state.selected && (
            <Caption1 role="status">{say("pane.browser.selected", state.selected)}</Caption1>
          )}
          <div className={styles.scroller} tabIndex={0} role="region" aria-label={state.sheet}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={styles.header} scope="col" />
                  {Array.from({ length: state.columns }, (_, index) => (
                    <th key={index} className={styles.header} scope="col">
                      {columnLetter(index + 1)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {state.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    <th className={styles.header} scope="row">
                      {rowIndex + 1}
                    </th>
                    {Array.from({ length: state.columns }, (_, columnIndex) => {
                      const address = cellAddress(rowIndex + 1, columnIndex + 1);
                      const value = row[columnIndex];
                      const isSelected = address === selectedCell;
                      const computed =
                        typeof value === "object" && value !== null && "computed" in value;
                      const numeric =
                        typeof value === "number" ||
                        (typeof value === "object" &&
                          value !== null &&
                          ("date" in value || typeof value.computed === "number"));
                      return (
                        <td
                          key={columnIndex}
                          ref={isSelected ? selectedRef : undefined}
                          className={mergeClasses(
                            styles.cell,
                            numeric && styles.number,
                            computed && styles.computed,
                            isSelected && styles.selected
                          )}
                          title={computed ? say("pane.browser.computed") : undefined}
                          onClick={() => state.pickCell(address)}
                        >
                          {formatGridValue(value, language)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {state.truncated && (
            <Caption1>{say("pane.browser.rowsShown", { count: MAX_GRID_ROWS })}</Caption1>
          )}
        </>
      )}
    </section>
  );
};
