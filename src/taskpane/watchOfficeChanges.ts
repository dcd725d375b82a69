/* eslint-disable no-restricted-globals -- Excel.run from the pane, until this moves into src/shells/office
   (issue 18, "the rooms tidied": another change makes it part of the Office shell, and this comment goes). */
/**
 * Inside Excel: calls `listener` when a user edits any worksheet, never for the add-in's own writes
 * (`triggerSource`, ExcelApi 1.14; the pane checks the set before calling this). Returns the unsubscribe function.
 */
export function watchOfficeChanges(listener: () => void): () => void {
  let removed = false;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null =
    null;
  void Excel.run(async (context) => {
    registration = context.workbook.worksheets.onChanged.add(async (event) => {
      if (event.triggerSource !== Excel.EventTriggerSource.thisLocalAddin) listener();
    });
    await context.sync();
    if (removed) await removeRegistration();
  }).catch(() => undefined);

  async function removeRegistration(): Promise<void> {
    const current = registration;
    if (!current) return;
    registration = null;
    await Excel.run(current.context, async (context) => {
      current.remove();
      await context.sync();
    });
  }

  return () => {
    removed = true;
    void removeRegistration().catch(() => undefined);
  };
}
