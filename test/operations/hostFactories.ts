/**
 * The workbook hosts every operation test runs on, each made fresh for one scenario. The Office host over the
 * strict Excel fake joins with one line:
 *   { name: "excel", create: () => new OfficeHost(fakeRun()) },
 */
import path from "node:path";
import { WorkbookHost } from "../../src/operations/WorkbookHost";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { FileHost } from "../../src/shells/xlsx/FileHost";

export type HostFactory = {
  name: string;
  /** A host with no workbook yet; `dir` is a fresh folder, `name` tells two hosts of one test apart. */
  create: (dir: string, name: string) => WorkbookHost;
};

export const HOST_FACTORIES: HostFactory[] = [
  { name: "file", create: (dir, name) => new FileHost({ output: path.join(dir, `${name}.xlsx`) }) },
  { name: "memory", create: () => new MemoryHost() },
];
