#!/usr/bin/python3
"""Writes with XlsxWriter (Debian's python3-xlsxwriter) every file of the plan that XlsxWriter
produces, into OUT_DIR; and the XlsxWriter sources of LibreOffice and derived files into SRC_DIR.

    /usr/bin/python3 write_xlsxwriter.py PLAN_JSON OUT_DIR SRC_DIR VBA_PROJECT_BIN

Formulas are written with write_formula's default result, 0, as most programs that use XlsxWriter
do: the file says fullCalcOnLoad, and the stored 0 is not the formula's value. A workbook marked
vba gets VBA_PROJECT_BIN (the one Debian ships in python3-xlsxwriter's examples) and is saved as
.xlsm, then renamed to the plan's .xlsx name.
"""
import datetime
import json
import os
import sys

import xlsxwriter

PRODUCER = "xlsxwriter"
WHEN = datetime.datetime(2020, 8, 19, 8, 30, 0)


def write(spec, path, vba_bin):
    macro = spec["vba"]
    target = path[:-5] + ".xlsm" if macro else path
    wb = xlsxwriter.Workbook(target)
    wb.set_properties({"author": "Uptake producer corpus", "created": WHEN})
    formats = {}

    def fmt(cell):
        key = (bool(cell.get("bold")), cell.get("fmt"))
        if key == (False, None):
            return None
        if key not in formats:
            d = {}
            if key[0]:
                d["bold"] = True
            if key[1]:
                d["num_format"] = key[1]
            formats[key] = wb.add_format(d)
        return formats[key]

    sheets = []
    for s in spec["sheets"]:
        ws = wb.add_worksheet(s["name"])
        sheets.append(ws)
        merged = {}
        for m in s["merges"]:
            merged[m.split(":")[0]] = m
        for cell in s["cells"]:
            r, c, f = cell["r"] - 1, cell["c"] - 1, fmt(cell)
            if cell["ref"] in merged:
                # merge_range writes the value into the first cell of the range
                first, last = merged.pop(cell["ref"]).split(":")
                ws.merge_range(f"{first}:{last}", None, f)
            if cell["t"] == "f":
                ws.write_formula(r, c, "=" + cell["v"], f)
            elif cell["t"] == "s":
                ws.write_string(r, c, cell["v"], f)
            else:
                ws.write_number(r, c, cell["v"], f)
        for m in merged.values():
            ws.merge_range(m, None)
        for col, w in s["widths"].items():
            ws.set_column(f"{col}:{col}", w)
    sheets[spec["active"]].activate()
    for ws, s in zip(sheets, spec["sheets"]):
        if s["state"] == "hidden":
            ws.hide()
        elif s["state"] != "visible":
            raise ValueError("XlsxWriter cannot write a sheet " + s["state"])
    if macro:
        wb.add_vba_project(vba_bin)
    wb.close()
    if macro:
        os.replace(target, path)


def main():
    plan, out, src, vba_bin = sys.argv[1:5]
    with open(plan, encoding="utf-8") as f:
        cases = json.load(f)
    n = 0
    for case in cases:
        wrote_src = False
        for file in case["files"]:
            if file["producer"] == PRODUCER:
                write(case["workbook"], os.path.join(out, file["file"]), vba_bin)
                n += 1
            elif file.get("source") == PRODUCER and not wrote_src:
                name = f"{case['id']}_{PRODUCER}.xlsx"
                write(case["workbook"], os.path.join(src, name), vba_bin)
                if case["workbook"]["vba"]:
                    # LibreOffice reads a macro-enabled package by its extension
                    os.replace(os.path.join(src, name), os.path.join(src, name[:-5] + ".xlsm"))
                wrote_src = True
    print(f"XlsxWriter {xlsxwriter.__version__}: {n} files")


if __name__ == "__main__":
    main()
