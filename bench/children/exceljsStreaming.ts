/**
 * Child process, the baseline: ExcelJS alone, in its cheapest mode — the streaming reader reads every cell of
 * argv[2] (shared strings and styles cached, so values come typed as ExcelJS types them) and the streaming writer
 * writes the same cells, sheet by sheet, to argv[3]. No tables, names or formats: just the cells.
 */
import ExcelJS from "exceljs";
import { cpuSecondsSince, reportChild } from "./reportChild";

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: output,
    useSharedStrings: false,
    useStyles: false,
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let cells = 0;
  let rows = 0;
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name: string }).name;
    const sheet = writer.addWorksheet(name);
    for await (const row of worksheet) {
      const copy = sheet.getRow(row.number);
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        copy.getCell(column).value = cell.value;
        cells++;
      });
      copy.commit();
      rows++;
    }
    sheet.commit();
  }
  await writer.commit();
  reportChild({
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSecondsSince(cpu),
    rows,
    cells,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
