"""Writes a plan matrix with openpyxl: one sheet per area, a merged title on row 1, headers on row 3, quarters T1-T4,
the macroprocess in merged cells. Part of the spreadsheet-import corpus (buildSheetCorpus.ts)."""
import sys

from openpyxl import Workbook

HEADERS = ["Macroproceso", "Objetivo estratégico", "Actividades", "Indicador", "T1", "T2", "T3", "T4"]
AREAS = {
    "Talento Humano": [
        ["Apoyo", "Fortalecer las competencias del personal.", "Capacitar", "Personas capacitadas", 10, 10, 10, 10],
        [None, "Fortalecer las competencias del personal.", "Evaluar", "Evaluaciones", 0, 1, 0, 1],
        [None, "Medir el clima laboral.", "Encuesta", "Encuestas", 0, 0, 1, 0],
    ],
    "Gestión Financiera": [
        ["Apoyo", "Cerrar la vigencia sin rezagos.", "Cierre", "Cierres", 0, 0, 0, 1],
        [None, "Depurar la cartera.", "Conciliar", "Conciliaciones", 1, 1, 1, 1],
    ],
}

workbook = Workbook()
workbook.remove(workbook.active)
for area, rows in AREAS.items():
    sheet = workbook.create_sheet(area)
    sheet["A1"] = f"Plan de acción 2025 – {area}"
    sheet.merge_cells("A1:H1")
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(row=3, column=column, value=header)
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=4 + offset, column=column, value=value)
    sheet.merge_cells(f"A4:A{3 + len(rows)}")
workbook.save(sys.argv[1])
