/**
 * The informe de gestión on the realistic 2021 plan (issue 17's proof): the plan typed to March is consolidated at
 * T1, typed to June and consolidated at T2; then the CLI writes the informe of semester 1 as a Word document, an
 * HTML page and the `Informe` sheet. Programs nobody here wrote read them back: LibreOffice prints the .docx and the
 * sheet to PDF, pdftotext reads the pages, python-docx lists the headings, openpyxl reads `T_Historial` and the sheet.
 * The artefacts stay in test-output/informe-2021/ to be looked at.
 */
import { runPython } from "../support/python";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { areasInOrder } from "../../src/core/template/Template";
import { bindOperations } from "../../src/operations/bindOperations";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import {
  INFORME_FIXTURE_TEMPLATE,
  informeFixtureAreas,
  informeFixtureBytes,
  typeInformeFixture,
} from "../support/informeFixture";
import { informeWordingProblems } from "../support/informeWording";
import { convertWithLibreOffice } from "../support/libreoffice";
import { cellsOf, inspectWithOpenpyxl } from "../support/openpyxl";
import { cli } from "../support/runCli";
import { htmlText } from "../core/report/informeText";

const DIR = path.resolve(__dirname, "..", "..", "test-output", "informe-2021");
const FILES = {
  plan: path.join(DIR, "plan-2021-T2.xlsx"),
  docx: path.join(DIR, "informe-2021-I.docx"),
  html: path.join(DIR, "informe-2021-I.html"),
  sheet: path.join(DIR, "informe-2021-I.xlsx"),
  sheetOnly: path.join(DIR, "informe-2021-I-hoja.xlsx"),
};

type SemaphoreLevel = { code?: string; name: string; compliance: number | null; band: string };
type SemaphoreJson = { areas: SemaphoreLevel[]; institution: SemaphoreLevel };

const AREAS = areasInOrder(INFORME_FIXTURE_TEMPLATE).map(({ area, macroprocess }) => ({
  code: area.code,
  heading: `${area.section} ${area.name}`,
  name: area.name,
  macroprocess: macroprocess.name,
}));
const MACROPROCESSES = INFORME_FIXTURE_TEMPLATE.macroprocesses.map(({ name }) => name);

/** A compliance fraction the way an es-CO reader writes it, one decimal: 0.9014 → "90,1" (the "%" follows). */
const spanishPercent = (fraction: number): string => (fraction * 100).toFixed(1).replace(".", ",");
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const collapse = (text: string): string => text.replace(/\s+/g, " ");

function pdfPages(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((page) => page.trim() !== "");
}

/** The workbook with every sheet but `keep` hidden (LibreOffice prints visible sheets only), `keep` active. */
function onlySheet(xlsx: Uint8Array, keep: string): Uint8Array {
  const parts = unzipSync(xlsx);
  const workbook = strFromU8(parts["xl/workbook.xml"]);
  const names = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((match) => match[1]);
  let index = -1;
  const hidden = workbook.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    index += 1;
    const bare = tag.replace(/\sstate="[^"]*"/, "");
    return names[index] === keep ? bare : bare.replace("<sheet ", '<sheet state="hidden" ');
  });
  parts["xl/workbook.xml"] = strToU8(
    hidden.replace(/activeTab="\d+"/, `activeTab="${names.indexOf(keep)}"`)
  );
  return zipSync(parts);
}

describe("the informe de gestión of the 2021 plan, consolidated at T1 then at T2", () => {
  let semaphoreT1: SemaphoreJson;
  let semaphoreT2: SemaphoreJson;
  let docxPages: string[];
  let docxText: string;
  let html: string;
  let sheetPages: string[];

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    const host = new MemoryHost(await informeFixtureBytes("T1"));
    const operations = bindOperations(host);
    await operations.consolidate({ cutoff: "T1", today: "2021-04-09" });
    await typeInformeFixture(host, "T2");
    await operations.consolidate({ cutoff: "T2", today: "2021-07-09" });
    writeFileSync(FILES.plan, host.exportBytes());

    const previousToday = process.env.PLAN_MATRIX_TODAY;
    process.env.PLAN_MATRIX_TODAY = "2021-07-12";
    try {
      for (const out of [FILES.docx, FILES.html, FILES.sheet]) {
        const run = await cli("report", FILES.plan, "--semester", "1", "--out", out, "--force");
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
      }
      const json = async (cutoff: string): Promise<SemaphoreJson> => {
        const run = await cli("semaphore", FILES.plan, "--cutoff", cutoff, "--json");
        expect(run.code).toBe(0);
        return JSON.parse(run.stdout) as SemaphoreJson;
      };
      semaphoreT1 = await json("T1");
      semaphoreT2 = await json("T2");
    } finally {
      if (previousToday === undefined) delete process.env.PLAN_MATRIX_TODAY;
      else process.env.PLAN_MATRIX_TODAY = previousToday;
    }

    writeFileSync(FILES.sheetOnly, onlySheet(readFileSync(FILES.sheet), "Informe"));
    const [docxPdf, sheetPdf] = convertWithLibreOffice([FILES.docx, FILES.sheetOnly], DIR, "pdf", {
      timeoutMs: 240_000,
    });
    docxPages = pdfPages(docxPdf);
    docxText = collapse(docxPages.join("\n"));
    // LibreOffice still prints Tablero (its print area, hidden or not); the Informe's pages are those under its
    // title, which its print titles repeat on every page.
    sheetPages = pdfPages(sheetPdf).filter((page) =>
      page.includes("Informe de gestión — I semestre de 2021")
    );
    html = readFileSync(FILES.html, "utf8");
  }, 600_000);

  it("keeps both cut-offs in T_Historial: the 17 areas and the institution each, with semaphore's figures", () => {
    const registro = inspectWithOpenpyxl(FILES.plan, { values: true }).sheets.find((sheet) =>
      sheet.tables.some((table) => table.name === "T_Historial")
    );
    expect(registro).toBeDefined();
    const table = registro!.tables.find((candidate) => candidate.name === "T_Historial")!;
    expect(table.headers).toEqual([
      "Corte",
      "Fecha",
      "Código",
      "Área",
      "% Cumplimiento",
      "Semáforo",
    ]);
    const cells = cellsOf(registro!);
    const [first, last] = table.ref.split(":");
    const column = first.replace(/\d+/g, "");
    const top = Number(first.replace(/\D+/g, ""));
    const bottom = Number(last.replace(/\D+/g, ""));
    const letters = Array.from({ length: 6 }, (_, offset) =>
      String.fromCharCode(column.charCodeAt(0) + offset)
    );
    const rows = Array.from({ length: bottom - top }, (_, offset) =>
      letters.map((letter) => cells.get(`${letter}${top + 1 + offset}`)?.value ?? null)
    );
    expect(rows).toHaveLength(36);
    for (const [cutoff, semaphore] of [
      ["T1", semaphoreT1],
      ["T2", semaphoreT2],
    ] as const) {
      const ofCutoff = rows.filter((row) => row[0] === cutoff);
      expect(ofCutoff).toHaveLength(18);
      for (const area of semaphore.areas) {
        const row = ofCutoff.find((candidate) => candidate[2] === area.code);
        expect(row).toBeDefined();
        expect(row![4]).toBeCloseTo(area.compliance as number, 9);
      }
      const institution = ofCutoff.filter(
        (row) => !semaphore.areas.some((area) => area.code === row[2])
      );
      expect(institution).toHaveLength(1);
      expect(institution[0][4]).toBeCloseTo(semaphore.institution.compliance as number, 9);
    }
  });

  it("prints the cut-off date in words on the first page and numbers every page", () => {
    expect(docxPages.length).toBeGreaterThanOrEqual(8);
    expect(collapse(docxPages[0])).toContain("Con corte a 30 de junio de 2021");
    expect(collapse(docxPages[0])).toContain("Asociación Colombiana de Ciudades Capitales");
    docxPages.forEach((page, index) =>
      expect(page).toContain(`Página ${index + 1} de ${docxPages.length}`)
    );
  });

  it("has the four macroprocesses and the 17 areas as headings, in the plan's order", () => {
    expect(MACROPROCESSES).toHaveLength(4);
    expect(AREAS).toHaveLength(17);
    const script = [
      "import docx, json, sys",
      "document = docx.Document(sys.argv[1])",
      "print(json.dumps([[p.style.name, p.text] for p in document.paragraphs",
      "  if p.style.name in ('Heading 1', 'Heading 2')]))",
    ].join("\n");
    const headings = JSON.parse(runPython(["-c", script, FILES.docx])) as [string, string][];
    const expected = MACROPROCESSES.flatMap((macroprocess) => [
      ["Heading 1", macroprocess],
      ...AREAS.filter((area) => area.macroprocess === macroprocess).map((area) => [
        "Heading 2",
        area.heading,
      ]),
    ]);
    // From the first macroprocess to the first part that is not one (the trend): the sections of the plan.
    const start = headings.findIndex(
      ([style, text]) => style === "Heading 1" && text === MACROPROCESSES[0]
    );
    const end = headings.findIndex(
      ([style, text], index) =>
        index > start && style === "Heading 1" && !MACROPROCESSES.includes(text)
    );
    const planPart = headings.slice(start, end < 0 ? undefined : end);
    expect(planPart).toEqual(expected);

    // The printed pages show them in the same order.
    let position = 0;
    for (const [, text] of expected) {
      const found = docxText.indexOf(text, position);
      expect({ heading: text, found: found >= 0 }).toEqual({ heading: text, found: true });
      position = found + text.length;
    }
  });

  it("tells each area's achievements with the Entregable its lead typed", () => {
    for (const { area, rows } of informeFixtureAreas()) {
      const executed = Object.values(rows).filter(
        (values) => values["Ejecutado T1"] !== undefined || values["Ejecutado T2"] !== undefined
      );
      expect(executed.length).toBeGreaterThanOrEqual(2);
      const heading = AREAS.find((candidate) => candidate.code === area)!.heading;
      const start = docxText.indexOf(heading, docxText.indexOf(MACROPROCESSES[0]));
      const next = AREAS[AREAS.findIndex((candidate) => candidate.code === area) + 1];
      const end = next ? docxText.indexOf(next.heading, start) : docxText.length;
      const section = docxText.slice(start, end);
      const told = executed.filter((values) =>
        section.includes(collapse(String(values["Entregable"])))
      );
      expect({ area, told: told.length }).toEqual({ area, told: executed.length });
    }
  });

  it("gives the same figures in the Word document, the HTML page, the sheet and semaphore --json", () => {
    const page = collapse(htmlText(html));
    const sheet = inspectWithOpenpyxl(FILES.sheet, { values: true }).sheets.find(
      (candidate) => candidate.name === "Informe"
    )!;
    const sheetNumbers = sheet.cells
      .map((cell) => cell.value)
      .filter((value): value is number => typeof value === "number");
    const levels = [semaphoreT2.institution, ...semaphoreT2.areas];
    for (const level of levels) {
      const figure = new RegExp(`${escapeRegExp(spanishPercent(level.compliance as number))}\\s?%`);
      expect({ level: level.name, docx: figure.test(docxText) }).toEqual({
        level: level.name,
        docx: true,
      });
      expect({ level: level.name, html: figure.test(page) }).toEqual({
        level: level.name,
        html: true,
      });
      expect(
        sheetNumbers.some((value) => Math.abs(value - (level.compliance as number)) < 1e-9)
      ).toBe(true);
    }
    // Each area's own line, in the Word document and on the page alike.
    for (const area of semaphoreT2.areas) {
      const line = `Cumplimiento del área: ${spanishPercent(area.compliance as number)}`;
      expect(docxText).toContain(line);
      expect(page).toContain(line);
    }
    // The institution's figure is the same 87,9 % the fixture's hand-worked test computed.
    expect(spanishPercent(semaphoreT2.institution.compliance as number)).toBe("87,9");
  });

  it("shows each area's T1 → T2 trend from the history", () => {
    for (const area of semaphoreT2.areas) {
      const atT1 = semaphoreT1.areas.find((candidate) => candidate.code === area.code)!;
      const trendRow = new RegExp(
        `${escapeRegExp(area.name)}\\s+${escapeRegExp(spanishPercent(atT1.compliance as number))}\\s?%\\s+${escapeRegExp(spanishPercent(area.compliance as number))}\\s?%`
      );
      expect({ area: area.name, html: trendRow.test(collapse(htmlText(html))) }).toEqual({
        area: area.name,
        html: true,
      });
    }
  });

  it("says nothing in tool jargon and agrees every count with its noun, in all three renderings", () => {
    const codes = [
      ...AREAS.map((area) => area.code),
      ...INFORME_FIXTURE_TEMPLATE.macroprocesses.map((macroprocess) => macroprocess.code),
    ].filter((code): code is string => Boolean(code));
    const names = [
      ...AREAS.map((area) => area.name),
      ...informeFixtureAreas().flatMap(({ rows }) =>
        Object.values(rows).flatMap((values) =>
          ["Entregable", "Evidencias", "Observaciones", "Indicador", "Responsable", "Objetivo"]
            .map((header) => values[header])
            .filter((value): value is string => typeof value === "string")
        )
      ),
    ];
    const sheetText = sheetPages.join("\n");
    for (const [rendering, text] of [
      ["docx", docxPages.join("\n")],
      ["html", htmlText(html)],
      ["sheet", sheetText],
    ])
      expect({ rendering, problems: informeWordingProblems(text, "es", codes, names) }).toEqual({
        rendering,
        problems: [],
      });
  });

  it("prints the sheet page by page under its title, with the cut-off in words and every area", () => {
    expect(sheetPages.length).toBeGreaterThanOrEqual(2);
    const text = collapse(sheetPages.join("\n"));
    expect(text).toContain("Con corte a 30 de junio de 2021");
    for (const area of AREAS) expect(text).toContain(area.name);
  });
});
