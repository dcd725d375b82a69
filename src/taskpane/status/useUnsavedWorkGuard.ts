/**
 * Outside Office: reloading or closing the page while the in-browser workbook holds work not downloaded asks first
 * (the browser's own "Leave site?" question, which `beforeunload` triggers; its wording is the browser's).
 */
import * as React from "react";
import { BrowserWorkbook } from "../BrowserWorkbook";

export function useUnsavedWorkGuard(workbook: BrowserWorkbook | null, reason: string): void {
  React.useEffect(() => {
    if (!workbook) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent): string | undefined => {
      if (!workbook.hasUnsavedWork()) return undefined;
      event.preventDefault();
      // Older browsers show (or at least need) a returnValue.
      event.returnValue = reason;
      return reason;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [workbook, reason]);
}
