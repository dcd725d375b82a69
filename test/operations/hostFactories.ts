/**
 * The workbook hosts every operation test runs on, each made fresh for one scenario: a file (the CLI), the open
 * workbook through Office.js over the strict Excel fake (the pane in Excel), the in-browser workbook.
 */
import path from "node:path";
import { WorkbookHost } from "../../src/operations/WorkbookHost";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { officeHost } from "../shells/office/support";

export type HostFactory = {
  name: string;
  /** A host with no workbook yet; `dir` is a fresh folder, `name` tells two hosts of one test apart. */
  create: (dir: string, name: string) => WorkbookHost;
  /** Sheets the host's empty workbook already has (Excel always has one); a plan generated there leaves them. */
  startSheets?: string[];
};

export const HOST_FACTORIES: HostFactory[] = [
  { name: "file", create: (dir, name) => new FileHost({ output: path.join(dir, `${name}.xlsx`) }) },
  { name: "memory", create: () => new MemoryHost() },
  { name: "excel", create: () => officeHost().host, startSheets: ["Sheet1"] },
];
