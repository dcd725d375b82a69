"""Prints each entry of a zip package as JSON: name -> {crc, size, text of the worksheet rows when asked}.

Python's own zipfile reads the package, so the test does not trust plan-matrix's zip reader to judge its writer.
"""
import json
import re
import sys
import posixpath
import xml.etree.ElementTree as ET
import zipfile

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def sheet_parts(package):
    """Tab name -> worksheet part, read from xl/workbook.xml and its relationships."""
    targets = {
        rel.get("Id"): posixpath.normpath(posixpath.join("xl", rel.get("Target")))
        for rel in ET.fromstring(package.read("xl/_rels/workbook.xml.rels")).iter(PACKAGE_REL + "Relationship")
    }
    workbook = ET.fromstring(package.read("xl/workbook.xml"))
    return {sheet.get("name"): targets[sheet.get(REL + "id")] for sheet in workbook.iter(MAIN + "sheet")}


path = sys.argv[1]
rows_of = set(sys.argv[2:])
entries = {}
with zipfile.ZipFile(path) as package:
    for info in package.infolist():
        entry = {"crc": info.CRC, "size": info.file_size}
        if info.filename in rows_of:
            xml = package.read(info.filename).decode("utf-8")
            entry["rows"] = {
                match.group(1): match.group(0)
                for match in re.finditer(r'<row r="(\d+)"[^>]*?(?:/>|>.*?</row>)', xml, re.S)
            }
            entry["outsideRows"] = re.sub(r"<sheetData>.*</sheetData>", "", xml, flags=re.S)
        entries[info.filename] = entry
    sheets = sheet_parts(package)
print(json.dumps({"entries": entries, "sheets": sheets}))
