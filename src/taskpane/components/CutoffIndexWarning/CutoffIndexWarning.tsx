import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { SemaphoreErrors } from "../../../core/semaphore/semaphoreErrors";
import { cellAddress } from "../../../core/workbook/address";
import { CONFIGURATION_ROW } from "../../../core/workbook/layout/configurationSheet";
import { SHEET } from "../../../core/workbook/sheetNames";
import { useTexts } from "../../texts/Texts";

export type CutoffIndexWarningProps = { errors: SemaphoreErrors };

/**
 * SPEC §5.1 in the pane, as the CLI warns: `CorteIndice` is unusable, so every figure shown is marked `Con errores`;
 * the warning names the cell and the fix (Validar writes a lost formula back; an error value, usually from a deleted
 * «Listas», asks to restore that sheet from a copy). Nothing otherwise.
 */
export const CutoffIndexWarning: React.FC<CutoffIndexWarningProps> = ({ errors }) => {
  const { say } = useTexts();
  if (errors.cutoffIndex === 0) return null;
  const cell = cellAddress(CONFIGURATION_ROW.cutoffIndex, 2);
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {say(
          errors.cutoffIndexProblem === "error"
            ? "pane.figures.cutoffIndexError"
            : "pane.figures.cutoffIndexOverwritten",
          { sheet: SHEET.configuration, cell }
        )}
      </MessageBarBody>
    </MessageBar>
  );
};
