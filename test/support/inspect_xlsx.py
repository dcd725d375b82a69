"""Describe an .xlsx as JSON with openpyxl, a reader nobody on this project wrote.

Usage: /usr/bin/python3 inspect_xlsx.py FILE [--values]
  --values  read cached formula results (data_only) instead of formulas.
"""
import json
import sys
import datetime

import openpyxl


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return str(value)


def describe(path, values):
    wb = openpyxl.load_workbook(path, data_only=values)
    names = {}
    for name, defined in wb.defined_names.items() if hasattr(wb.defined_names, "items") else [(d.name, d) for d in wb.defined_names.definedName]:
        names[name] = defined.attr_text
    sheets = []
    for ws in wb.worksheets:
        tables = []
        for table in ws.tables.values():
            tables.append({"name": table.name, "ref": table.ref, "headers": [c.name for c in table.tableColumns]})
        validations = [
            {"sqref": str(dv.sqref), "type": dv.type, "operator": dv.operator, "formula1": dv.formula1, "formula2": dv.formula2,
             "showErrorMessage": bool(dv.showErrorMessage), "error": dv.error}
            for dv in ws.data_validations.dataValidation
        ]
        formats = []
        for rng, rules in ws.conditional_formatting._cf_rules.items():
            for rule in rules:
                formats.append({"sqref": str(rng.sqref), "type": rule.type, "formula": list(rule.formula or [])})
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                cells.append({"address": cell.coordinate, "value": plain(cell.value), "locked": bool(cell.protection.locked),
                              "numberFormat": cell.number_format, "dataType": cell.data_type})
        sheets.append({
            "name": ws.title,
            "state": ws.sheet_state,
            "protected": bool(ws.protection.sheet),
            "tables": tables,
            "validations": validations,
            "conditionalFormats": formats,
            "freeze": ws.freeze_panes,
            "cells": cells,
        })
    return {"sheets": sheets, "definedNames": names, "date1904": wb.epoch.year == 1904}


if __name__ == "__main__":
    print(json.dumps(describe(sys.argv[1], "--values" in sys.argv[2:]), ensure_ascii=False))
