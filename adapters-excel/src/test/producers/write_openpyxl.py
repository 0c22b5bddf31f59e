#!/usr/bin/python3
"""Writes with openpyxl (Debian's python3-openpyxl) every file of the plan that openpyxl
produces, into OUT_DIR; and the openpyxl sources of LibreOffice and derived files into SRC_DIR.

    /usr/bin/python3 write_openpyxl.py PLAN_JSON OUT_DIR SRC_DIR

openpyxl stores formulas without a result: a reader must compute them. The clock is fixed at
2020-08-19 08:30 while writing, so that the zip entries' dates, and so the files, are the same at
every run.
"""
import datetime
import json
import os
import sys
import time
import zipfile

_FIXED_CLOCK = time.mktime((2020, 8, 19, 8, 30, 0, 0, 0, -1))
time.time = lambda: _FIXED_CLOCK
_from_file = zipfile.ZipInfo.from_file


def _fixed_from_file(cls, *args, **kwargs):
    """openpyxl zips its worksheets from temporary files: their entries get the fixed date too."""
    info = _from_file(*args, **kwargs)
    info.date_time = time.localtime(_FIXED_CLOCK)[:6]
    return info


zipfile.ZipInfo.from_file = classmethod(_fixed_from_file)

import openpyxl
from openpyxl.styles import Font

PRODUCER = "openpyxl"
WHEN = datetime.datetime(2020, 8, 19, 8, 30, 0)


def write(wb_spec, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in wb_spec["sheets"]:
        ws = wb.create_sheet(s["name"])
        for cell in s["cells"]:
            c = ws.cell(row=cell["r"], column=cell["c"])
            if cell["t"] == "f":
                c.value = "=" + cell["v"]
            elif cell["t"] == "s":
                c.value = cell["v"]
                c.data_type = "s"
            else:
                c.value = cell["v"]
            if cell.get("bold"):
                c.font = Font(bold=True)
            if cell.get("fmt"):
                c.number_format = cell["fmt"]
        for m in s["merges"]:
            ws.merge_cells(m)
        for col, w in s["widths"].items():
            ws.column_dimensions[col].width = w
        ws.sheet_state = s["state"]
    active = wb_spec["active"]
    wb.active = active
    for i, ws in enumerate(wb.worksheets):
        ws.sheet_view.tabSelected = i == active
    wb.properties.creator = "Uptake producer corpus"
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    wb.save(path)


def main():
    plan, out, src = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(plan, encoding="utf-8") as f:
        cases = json.load(f)
    n = 0
    for case in cases:
        wrote_src = False
        for file in case["files"]:
            if file["producer"] == PRODUCER:
                write(case["workbook"], os.path.join(out, file["file"]))
                n += 1
            elif file.get("source") == PRODUCER and not wrote_src:
                write(case["workbook"], os.path.join(src, f"{case['id']}_{PRODUCER}.xlsx"))
                wrote_src = True
    print(f"openpyxl {openpyxl.__version__}: {n} files")


if __name__ == "__main__":
    main()
