"""Converts files through a LibreOffice already running with `--accept=pipe,name=PIPE;urp;`, as `soffice
--convert-to FORMAT --outdir OUT_DIR FILE...` would: each FILE loaded hidden (recalculated as the office's profile
says), stored as OUT_DIR/<its name>.<extension of FORMAT>.

Usage: /usr/bin/python3 libreoffice_convert.py PIPE OUT_DIR FORMAT FILE...

FORMAT is "xlsx", "pdf" (Calc's or Writer's PDF export, by the document loaded) or "pdf:FILTER:JSON", the JSON being
the filter's data as `--convert-to` takes it ({"Name": {"type": "boolean", "value": "true"}}). Exit status 2 when the
office cannot be reached (the caller then runs soffice itself), 1 on any other failure.
"""

import json
import os
import sys
import time
import traceback

import uno
from com.sun.star.beans import PropertyValue

CONNECT_SECONDS = 120
XLSX_FILTER = "Calc Office Open XML"


def prop(name, value):
    result = PropertyValue()
    result.Name = name
    result.Value = value
    return result


def typed(entry):
    """A filter-data value as `--convert-to`'s JSON gives it: {"type": ..., "value": ...}."""
    kind, value = entry["type"].lower(), entry["value"]
    if kind == "boolean":
        return value in (True, "true")
    if kind in ("long", "short"):
        return int(value)
    return value


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.time() + CONNECT_SECONDS
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def store_properties(document, conversion):
    parts = conversion.split(":", 2)
    extension = parts[0]
    if len(parts) == 3:
        data = json.loads(parts[2])
        return extension, [
            prop("FilterName", parts[1]),
            prop("FilterData", uno.Any(
                "[]com.sun.star.beans.PropertyValue",
                tuple(prop(name, typed(entry)) for name, entry in data.items()),
            )),
        ]
    if extension == "xlsx":
        return extension, [prop("FilterName", XLSX_FILTER)]
    if extension == "pdf":
        calc = document.supportsService("com.sun.star.sheet.SpreadsheetDocument")
        return extension, [prop("FilterName", "calc_pdf_Export" if calc else "writer_pdf_Export")]
    raise ValueError(f"format {conversion!r} is not one this script converts to")


def main():
    pipe, out_dir, conversion, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    except Exception as error:
        print(f"LibreOffice on pipe {pipe} cannot be reached: {error}", file=sys.stderr)
        sys.exit(2)
    os.makedirs(out_dir, exist_ok=True)
    for file in files:
        url = uno.systemPathToFileUrl(os.path.abspath(file))
        document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if document is None:
            raise RuntimeError(f"LibreOffice could not open {file}")
        try:
            extension, properties = store_properties(document, conversion)
            stem = os.path.splitext(os.path.basename(file))[0]
            target = os.path.abspath(os.path.join(out_dir, f"{stem}.{extension}"))
            document.storeToURL(uno.systemPathToFileUrl(target), tuple(properties))
        finally:
            document.close(True)


if __name__ == "__main__":
    # Leave without the interpreter's tear-down: Python's UNO bridge, still connected then, crashes in it now and then
    # (a segmentation fault after every file was stored, measured on LibreOffice 7.4's python3-uno), which the
    # caller would take for a failed conversion.
    status = 0
    try:
        main()
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else 1
    except BaseException:  # noqa: B036 — reported as the interpreter would, then the same quick exit
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
