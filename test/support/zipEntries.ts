/**
 * Python's zipfile and ElementTree (not plan-matrix's reader) list a package's entries, with a worksheet's rows when
 * asked, and which part holds each tab.
 */
import { runPython } from "./python";
import path from "node:path";

export type ZipEntryFacts = {
  crc: number;
  size: number;
  rows?: Record<string, string>;
  outsideRows?: string;
};

export type PackageFacts = {
  entries: Record<string, ZipEntryFacts>;
  /** Tab name → its worksheet part, as xl/workbook.xml and its relationships say. */
  sheets: Record<string, string>;
};

export function zipEntries(file: string, withRowsOf: string[] = []): PackageFacts {
  const output = runPython([path.join(__dirname, "zip_entries.py"), file, ...withRowsOf], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output) as PackageFacts;
}

/** The names of entries whose content differs between two packages (added and removed ones included). */
export function changedEntries(
  before: Record<string, ZipEntryFacts>,
  after: Record<string, ZipEntryFacts>
): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => before[name]?.crc !== after[name]?.crc)
    .sort();
}
