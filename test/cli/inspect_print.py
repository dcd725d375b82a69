"""Print settings and tab order of an .xlsx, read with openpyxl (a reader nobody on this project wrote).

Usage: /usr/bin/python3 inspect_print.py FILE
Prints JSON: {"order": [sheet names], "sheets": {name: {printArea, printTitleRows, orientation, fitToPage,
fitToWidth, fitToHeight, columnWidths: {letter: width}, merged: [ranges]}}}.
"""
import json
import sys

import openpyxl


def describe(path):
    wb = openpyxl.load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        properties = ws.sheet_properties.pageSetUpPr
        area = ws.print_area
        if isinstance(area, (list, tuple)):  # openpyxl 3.0 gives a list of ranges, 3.1 one string
            area = ",".join(area)
        sheets[ws.title] = {
            "printArea": area,
            "printTitleRows": ws.print_title_rows,
            "orientation": ws.page_setup.orientation,
            "fitToPage": bool(properties.fitToPage) if properties is not None else False,
            "fitToWidth": ws.page_setup.fitToWidth,
            "fitToHeight": ws.page_setup.fitToHeight,
            "columnWidths": {key: dim.width for key, dim in ws.column_dimensions.items() if dim.width},
            "merged": [str(rng) for rng in ws.merged_cells.ranges],
        }
    return {"order": wb.sheetnames, "sheets": sheets}


if __name__ == "__main__":
    print(json.dumps(describe(sys.argv[1]), ensure_ascii=False))
