import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  mergeClasses,
} from "@fluentui/react-components";
import { cellAddress, columnLetter } from "../../../core/workbook/address";
import { FilePicker } from "../FilePicker/FilePicker";
import { useTexts } from "../../texts/Texts";
import { MAX_GRID_ROWS, useWorkbookGrid, WorkbookGridProps } from "./useWorkbookGrid";
import { useWorkbookGridStyles } from "./WorkbookGrid.styles";

/**
 * Outside Office: the in-browser workbook as a simple grid. A cell is edited through the address and value fields
 * (keyboard-friendly: type the address, or click the cell); values are shown as React text, never as HTML.
 */
export const WorkbookGrid: React.FC<WorkbookGridProps> = (props) => {
  const state = useWorkbookGrid(props);
  const { say } = useTexts();
  const styles = useWorkbookGridStyles();
  const selectedCell = state.selected?.sheet === state.sheet ? state.selected.cell : null;
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selectedCell, state.rows]);
  return (
    <section className={styles.root} aria-labelledby="workbook-grid-heading">
      <h2 id="workbook-grid-heading">{say("pane.browser.title")}</h2>
      <FilePicker
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={say("pane.browser.open")}
        onPick={(files) => state.open(files[0] ?? null)}
      />
      {state.opened && <Caption1>{say("pane.browser.opened", { file: state.opened })}</Caption1>}
      {state.openFailure && (
        <MessageBar intent="error">
          <MessageBarBody>{say("pane.browser.openFailed", state.openFailure)}</MessageBarBody>
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
              <Input value={state.address} onChange={(_, data) => state.setAddress(data.value)} />
            </Field>
            <Field label={say("pane.browser.value", { cell: state.address })}>
              <Input value={state.value} onChange={(_, data) => state.setValue(data.value)} />
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
                      return (
                        <td
                          key={columnIndex}
                          ref={isSelected ? selectedRef : undefined}
                          className={mergeClasses(styles.cell, isSelected && styles.selected)}
                          onClick={() => state.pickCell(address)}
                        >
                          {value === null || value === undefined ? "" : String(value)}
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
