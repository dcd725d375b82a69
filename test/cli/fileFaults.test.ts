/**
 * Issue 20, one test per finding: the input never lost (links), nothing injected into the terminal, no hang on a
 * FIFO or a device, bounded work on a stretched or huge part, damaged packages refused naming the part, one reading
 * and one writing of a file (signals, races, concurrent writers, zip-slip names), messages in the user's language
 * without codes, stdout failures reported, and no output under a misleading extension.
 */
import { runPython } from "../support/python";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { consolidateWorkbookFile } from "../../src/cli/commands/consolidateCommand";
import { hostileBase, hostileCaseBytes } from "../fixtures/hostile/buildHostileCorpus";
import { patchBytes, rawEntry, sheetPartOfTable, partsOf } from "../fixtures/hostile/zipSurgery";
import { inspectWithOpenpyxl } from "../support/openpyxl";
import { cli } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("file-faults");
const at = (...names: string[]): string => path.join(dir, ...names);
const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");
const TODAY = "2021-07-05";
let base: Uint8Array;
let template: string;

/** A fresh copy of the base plan (or of a corpus case) in its own folder. */
function planFile(name: string, bytes: Uint8Array = base): string {
  const folder = at(name);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "in.xlsx");
  writeFileSync(file, bytes);
  return file;
}

const temporaries = (folder: string): string[] =>
  readdirSync(folder).filter((name) => name.endsWith(".tmp"));

const oneLine = (text: string): string[] => text.split("\n").filter((line) => line !== "");

beforeAll(async () => {
  const built = await hostileBase();
  base = built.bytes;
  template = at("template-v2.json");
  writeFileSync(template, JSON.stringify(built.template));
}, 60_000);

describe("loss: the input is never the output under another name", () => {
  it("1. refuses an output in a linked folder that is the input, even with --force", async () => {
    const input = planFile("linked-folder");
    symlinkSync(path.dirname(input), at("alias"));
    const before = sha(input);
    const run = await cli("consolidate", input, "--out", at("alias", "in.xlsx"), "--force");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("es también el archivo de entrada");
    expect(sha(input)).toBe(before);
  });

  it("2. refuses an output that a linked input points to, even with --force", async () => {
    const input = planFile("linked-file");
    const link = at("linked-file", "link.xlsx");
    symlinkSync(input, link);
    const before = sha(input);
    const run = await cli("consolidate", link, "--out", input, "--force");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("es también el archivo de entrada");
    expect(sha(input)).toBe(before);
  });
});

describe("injection: nothing a file holds reaches the terminal as a control character", () => {
  it("3. shows an area cell's ESC sequences escaped in validate's lines", async () => {
    const input = planFile("escape", hostileCaseBytes("escape-sequence-in-area-cell", base));
    const run = await cli("validate", input, "--cutoff", "T2");
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain("Eficacia\\u001b[2J\\u001b]0;PWNED\\u0007\\u001b[31mPWNED");
  });

  it("4. never echoes a template's bytes: a JSON error says where, in the user's language", async () => {
    const input = planFile("template-escape");
    const bad = at("template-escape", "bad.json");
    writeFileSync(bad, "\u001b]0;PWNED\u0007{}");
    const run = await cli(
      "upgrade",
      input,
      "--template",
      bad,
      "--out",
      at("template-escape", "o.xlsx")
    );
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toEqual([
      `${bad}: La plantilla no es JSON válido (error en la línea 1, columna 1). Revise el archivo o genere uno con «plan-matrix template».`,
    ]);
  });
});

describe("bounded work", () => {
  it("5. upgrades a table whose range is stretched to row 1048576 quickly, keeping its rows", async () => {
    const input = planFile("stretched", hostileCaseBytes("table-ref-stretched", base));
    const out = at("stretched", "out.xlsx");
    const started = Date.now();
    const run = await cli("upgrade", input, "--template", template, "--out", out);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(Date.now() - started).toBeLessThan(20_000);
    const dj = inspectWithOpenpyxl(out)
      .sheets.flatMap((sheet) => sheet.tables)
      .find((table) => table.name === "T_DJ");
    // Header row 7 and the two filled rows (8, 9): the empty million below is not carried over.
    expect(dj?.ref).toMatch(/^A7:[A-Z]+9$/);
  }, 60_000);

  it("6. refuses a FIFO and /dev/zero up front instead of blocking or reading forever", async () => {
    const fifo = at("pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    for (const input of [fifo, "/dev/zero"]) {
      const run = await cli("validate", input);
      expect([run.code, oneLine(run.stderr)]).toEqual([
        2,
        [
          `«${input}» no es un archivo común (es un dispositivo, una tubería o un socket); indique un archivo.`,
        ],
      ]);
    }
  });

  it("7. refuses a sheet declared at 1.2 GB before inflating anything", async () => {
    const sheet = sheetPartOfTable(partsOf(base), "T_DJ");
    const huge = patchBytes(base, (data) => {
      data.setUint32(rawEntry(base, sheet).central + 24, 1_200_000_000, true);
    });
    const input = planFile("huge", huge);
    const started = Date.now();
    const run = await cli("validate", input);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect([run.code, oneLine(run.stderr)]).toEqual([
      2,
      [
        `«${input}» no es un libro de Excel (.xlsx) legible: la parte «${sheet}» supera el tamaño admitido. Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».`,
      ],
    ]);
  });
});

describe("corrupt input is refused naming the part, and nothing is written", () => {
  it.each([
    ["8", "bit-flip-in-theme", "xl/theme/theme1.xml"],
    ["8", "crc-wrong-in-directory", "xl/theme/theme1.xml"],
    ["8", "stored-digit-changed", "AREA"],
    ["9", "sheet-part-missing", "xl/worksheets/sheet6.xml"],
    ["9", "sheet-link-to-etc-passwd-uri", "xl/_rels/workbook.xml.rels"],
    ["9", "sheet-link-climbing-out", "xl/_rels/workbook.xml.rels"],
    ["10", "styles-part-missing", "xl/styles.xml"],
    ["10", "cell-beyond-xfd", "AREA"],
    ["10", "bad-utf8-in-shared-strings", "xl/sharedStrings.xml"],
    ["10", "nan-in-v", "AREA"],
    ["10", "1e309-in-v", "AREA"],
    ["10", "shared-string-out-of-range", "AREA"],
    ["10", "style-out-of-range", "AREA"],
    ["10", "dangling-sheet-rid", "Matriz"],
    ["17", "duplicate-workbook-part", "XL/Workbook.xml"],
  ])("%s. %s: consolidate, fix and upgrade exit 2 naming %s", async (_finding, name, part) => {
    const input = planFile(`corrupt-${name}`, hostileCaseBytes(name, base));
    const named = part === "AREA" ? sheetPartOfTable(partsOf(base), "T_DJ") : part;
    const folder = path.dirname(input);
    for (const args of [
      ["consolidate", input, "--out", path.join(folder, "c.xlsx")],
      ["fix", input, "--out", path.join(folder, "f.xlsx")],
      ["upgrade", input, "--template", template, "--out", path.join(folder, "u.xlsx")],
    ]) {
      const run = await cli(...args);
      expect([args[0], run.code, oneLine(run.stderr).length]).toEqual([args[0], 2, 1]);
      expect(run.stderr).toContain(`«${named}»`);
    }
    expect(readdirSync(folder)).toEqual(["in.xlsx"]);
  });
});

describe("one writing of a file", () => {
  it("11. a signal during the write leaves no temporary file", () => {
    const folder = at("signal");
    mkdirSync(folder);
    const script = `
      require("tsx/cjs/api").register();
      const { writeFileAtomically } = require(${JSON.stringify(path.resolve(__dirname, "../../src/shells/xlsx/writeFileAtomically.ts"))});
      writeFileAtomically(${JSON.stringify(path.join(folder, "out.xlsx"))}, Buffer.alloc(6_000_000, 65), {
        onStep: (step) => { if (step === "rename") process.kill(process.pid, "SIGTERM"); },
      }).then(() => setTimeout(() => undefined, 10_000));`;
    const child = spawnSync(process.execPath, ["-e", script], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.signal).toBe("SIGTERM");
    expect(temporaries(folder)).toEqual([]);
  });

  it("12. writes from the bytes it read, even if the input is replaced before the write", async () => {
    const input = planFile("replaced");
    const out = at("replaced", "out.xlsx");
    await consolidateWorkbookFile(
      { input, imports: [], out, force: false, today: TODAY },
      (step) => {
        if (step === "start") writeFileSync(input, "not the workbook that was read");
      }
    );
    const areas = inspectWithOpenpyxl(out).sheets.map((sheet) => sheet.name);
    expect(areas).toEqual(expect.arrayContaining(["3.1 Dirección Jurídica", "Matriz"]));
  });

  it("13. never replaces an output someone else created meanwhile without --force", async () => {
    const input = planFile("concurrent");
    const out = at("concurrent", "out.xlsx");
    await expect(
      consolidateWorkbookFile({ input, imports: [], out, force: false, today: TODAY }, (step) => {
        if (step === "rename") writeFileSync(out, "the other consolidation's output");
      })
    ).rejects.toThrow();
    expect(readFileSync(out, "utf8")).toBe("the other consolidation's output");
    expect(temporaries(path.dirname(out))).toEqual([]);
    const run = await cli("consolidate", input, "--out", out);
    expect([run.code, oneLine(run.stderr)]).toEqual([
      2,
      [`«${out}» ya existe; no se sobrescribe. Use otro nombre o agregue --force.`],
    ]);
  });

  it("14. never copies a zip-slip entry name into an output", async () => {
    for (const name of ["zip-slip-parent", "zip-slip-absolute", "zip-slip-backslash"]) {
      const input = planFile(name, hostileCaseBytes(name, base));
      const out = path.join(path.dirname(input), "out.xlsx");
      expect((await cli("consolidate", input, "--out", out)).code).toBeLessThan(2);
      const names = Object.keys(unzipSync(readFileSync(out)));
      expect(names.filter((entry) => /\.\.|^\/|\\/.test(entry))).toEqual([]);
    }
  });

  it("reports a read-only folder in one line and leaves nothing", async () => {
    const input = planFile("read-only");
    const run = await cli("consolidate", input, "--out", "/sys/plan.xlsx");
    expect([run.code, oneLine(run.stderr)]).toEqual([
      2,
      [
        "No se pudo escribir «/sys/plan.xlsx» (el sistema dice EACCES): revise que tenga permiso para escribir en esa carpeta y espacio en el disco, o elija otra ruta con --salida. No se dejó ningún archivo a medias.",
      ],
    ]);
  });
});

describe("17. files other producers write are read", () => {
  it("upgrades a workbook whose main namespace is x:-prefixed", async () => {
    const input = planFile("prefixed", hostileCaseBytes("x-prefixed-namespaces", base));
    const out = at("prefixed", "out.xlsx");
    const run = await cli("upgrade", input, "--template", template, "--out", out);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(inspectWithOpenpyxl(out).sheets.length).toBeGreaterThan(5);
  });

  it("upgrades a workbook where openpyxl copied an area tab and its table (copy_worksheet)", async () => {
    const input = planFile("copied");
    runPython([
      "-c",
      [
        "import sys, openpyxl",
        "from openpyxl.worksheet.table import Table",
        "wb = openpyxl.load_workbook(sys.argv[1])",
        "area = wb['3.1 Dirección Jurídica']",
        "copy = wb.copy_worksheet(area)",
        "copy.add_table(Table(displayName='T_DJ2', name='T_DJ2', ref=list(area.tables.values())[0].ref))",
        "wb.save(sys.argv[1])",
      ].join("\n"),
      input,
    ]);
    const out = at("copied", "out.xlsx");
    const run = await cli("upgrade", input, "--template", template, "--out", out);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(inspectWithOpenpyxl(out).sheets.map((sheet) => sheet.name)).toContain(
      "3.1 Dirección Jurídica Copy"
    );
  });
});

describe("18. messages: in the user's language, blaming the right file, no codes", () => {
  it("says what is wrong with a damaged zip in Spanish, or in English with --lang en", async () => {
    const input = planFile("broken-zip", hostileCaseBytes("bit-flip-in-theme", base));
    expect(oneLine((await cli("validate", input)).stderr)).toEqual([
      `«${input}» no es un libro de Excel (.xlsx) legible: la parte «xl/theme/theme1.xml» está dañada (su suma de control CRC-32 no coincide). Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».`,
    ]);
    expect(oneLine((await cli("validate", input, "--lang", "en")).stderr)).toEqual([
      `“${input}” is not a readable Excel workbook (.xlsx): part “xl/theme/theme1.xml” is damaged (its CRC-32 checksum does not match). Open it in Excel and save it as “Excel Workbook (.xlsx)”.`,
    ]);
  });

  it("a deleted input after it was read does not fail the write (the bytes were read once)", async () => {
    const input = planFile("deleted");
    const out = at("deleted", "out.xlsx");
    await consolidateWorkbookFile(
      { input, imports: [], out, force: false, today: TODAY },
      (step) => {
        if (step === "start") rmSync(input);
      }
    );
    expect(existsSync(out)).toBe(true);
  });

  it("a deleted input before it is read is named as the missing input", async () => {
    const run = await cli("consolidate", at("nowhere.xlsx"), "--out", at("nowhere-out.xlsx"));
    expect(oneLine(run.stderr)).toEqual([
      `No existe el archivo «${at("nowhere.xlsx")}». Revise la ruta.`,
    ]);
  });

  it("shows no internal code for a stored template that is not JSON", async () => {
    const input = planFile("stored", hostileCaseBytes("stored-template-corrupt", base));
    const run = await cli("semaphore", input);
    expect(oneLine(run.stderr)).toEqual([
      `«${input}» guarda una plantilla que esta versión no entiende. Actualice plan-matrix a la versión que generó el libro.`,
    ]);
  });
});

describe("19. output that cannot be written is an error", () => {
  it("validate --json > /dev/full exits 2 with a message", () => {
    const input = planFile("full");
    const full = openSync("/dev/full", "w");
    try {
      const child = spawnSync(
        process.execPath,
        [path.resolve(__dirname, "../../bin/plan-matrix.js"), "validate", input, "--json"],
        { stdio: ["ignore", full, "pipe"], encoding: "utf8", timeout: 120_000 }
      );
      expect([child.status, oneLine(child.stderr)]).toEqual([
        2,
        ["No se pudo escribir la salida del comando (ENOSPC); lo impreso está incompleto."],
      ]);
    } finally {
      closeSync(full);
    }
  }, 120_000);
});

describe("20. an output under a name that is not .xlsx is refused", () => {
  it.each(["c.csv", "c.xlsm", "c"])("consolidate --out %s", async (name) => {
    const input = planFile(`extension-${name}`);
    const out = path.join(path.dirname(input), name);
    const run = await cli("consolidate", input, "--out", out);
    expect([run.code, oneLine(run.stderr)]).toEqual([
      2,
      [
        `«${out}» no termina en .xlsx, pero lo que se escribe es un libro de Excel (.xlsx). Use un nombre terminado en .xlsx.`,
      ],
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
