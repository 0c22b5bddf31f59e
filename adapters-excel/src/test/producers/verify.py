#!/usr/bin/python3
"""Checks that every file of the corpus holds what the plan says it holds, so that the manifest's
expected outcome (computed from the plan) is the truth about the file.

    /usr/bin/python3 verify.py PLAN_JSON OUT_DIR SRC_DIR XLS_AS_XLSX_DIR

Each workbook is read with openpyxl, twice: formulas as text, and stored results. The .xls files are
read through XLS_AS_XLSX_DIR, where make-corpus.sh has converted them back to .xlsx with
LibreOffice. Checked: sheet names, order, states and the active sheet; every cell's type and exact
value (strings to the code point: NBSP, NFD, tabs); no other non-empty cell; merged ranges; formula
text, and the stored result: none (openpyxl, exceljs), 0 (XlsxWriter), the true result
(LibreOffice). Derived files: their source workbook is checked so, and every part but the changed
ones is identical to the source's.
Exits non-zero at the first file that differs.
"""
import json
import os
import sys
import zipfile

import openpyxl

ERRORS = []


def fail(file, msg):
    ERRORS.append(f"{file}: {msg}")


def check_workbook(file, path, spec, producer):
    wbf = openpyxl.load_workbook(path)
    wbv = openpyxl.load_workbook(path, data_only=True)
    names = [s["name"] for s in spec["sheets"]]
    if wbf.sheetnames != names:
        fail(file, f"sheets {wbf.sheetnames} != {names}")
        return
    lo = producer.startswith("libreoffice")
    for s in spec["sheets"]:
        ws, wv = wbf[s["name"]], wbv[s["name"]]
        state = s["state"]
        if ws.sheet_state != state:
            fail(file, f"sheet {s['name']} state {ws.sheet_state} != {state}")
        want = {c["ref"]: c for c in s["cells"]}
        have = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None and c.value != "":
                    have[c.coordinate] = c
        extra = set(have) - set(want)
        if extra:
            fail(file, f"sheet {s['name']}: unexpected cells {sorted(extra)[:5]}")
        for ref, cell in want.items():
            got = have.get(ref)
            if got is None:
                fail(file, f"{s['name']}!{ref}: missing {cell['v']!r}")
                continue
            v = got.value
            if cell["t"] == "s":
                if not isinstance(v, str) or v != cell["v"]:
                    fail(file, f"{s['name']}!{ref}: {v!r} != {cell['v']!r}")
            elif cell["t"] == "n":
                if isinstance(v, bool) or not isinstance(v, (int, float)) or v != cell["v"]:
                    fail(file, f"{s['name']}!{ref}: {v!r} != {cell['v']!r}")
            else:
                if not isinstance(v, str) or v.replace(" ", "") != "=" + cell["v"].replace(" ", ""):
                    fail(file, f"{s['name']}!{ref}: formula {v!r} != ={cell['v']}")
                cached = wv[ref].value
                if lo:
                    if cached != cell["res"]:
                        fail(file, f"{s['name']}!{ref}: stored result {cached!r} != "
                                   f"{cell['res']!r}")
                elif producer == "xlsxwriter":
                    if cached != 0:
                        fail(file, f"{s['name']}!{ref}: stored result {cached!r} != 0")
                elif cached is not None:
                    fail(file, f"{s['name']}!{ref}: stored result {cached!r}, expected none")
        merges = sorted(str(m) for m in ws.merged_cells.ranges)
        if merges != sorted(s["merges"]):
            fail(file, f"sheet {s['name']}: merges {merges} != {sorted(s['merges'])}")
    if wbf.index(wbf.active) != spec["active"]:
        fail(file, f"active sheet {wbf.index(wbf.active)} != {spec['active']}")


def parts(path):
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def check_derived(file, path, src, kind):
    if kind == "x9-empty":
        if os.path.getsize(path) != 0:
            fail(file, "not empty")
        return
    a, b = parts(src), parts(path)
    changed = {n for n in set(a) | set(b) if a.get(n) != b.get(n)}
    if kind == "x9-macro":
        if changed != {"[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/vbaProject.bin"}:
            fail(file, f"changed {changed}")
        if b"macroEnabled.main+xml" not in b["[Content_Types].xml"]:
            fail(file, "workbook content type not macroEnabled")
    elif kind == "x9-unsafe-xml":
        if len(changed) != 1 or b"<!DOCTYPE" not in b[next(iter(changed))]:
            fail(file, f"changed {changed}")
    elif kind == "w-wps-core-properties":
        if changed != {"docProps/core.xml"}:
            fail(file, f"changed {changed}")
        core = b["docProps/core.xml"].decode("utf-8")
        if 'xml:lang=' not in core or "<dcterms:created>" not in core:
            fail(file, "core.xml not WPS-like")


def check_macro(file, path):
    p = parts(path)
    if "xl/vbaProject.bin" not in p:
        fail(file, "no xl/vbaProject.bin")
    if b"macroEnabled.main+xml" not in p["[Content_Types].xml"]:
        fail(file, "workbook content type not macroEnabled")


def main():
    plan, out, src, xls = sys.argv[1:5]
    with open(plan, encoding="utf-8") as f:
        cases = json.load(f)
    n = 0
    for case in cases:
        for file in case["files"]:
            name, producer = file["file"], file["producer"]
            path = os.path.join(out, name)
            if not os.path.exists(path):
                fail(name, "missing")
                continue
            n += 1
            if producer == "derived":
                source = os.path.join(src, f"{case['id']}_{file['source']}.xlsx")
                check_workbook(name + " (its source)", source, case["workbook"], file["source"])
                check_derived(name, path, source, case["id"])
                continue
            if case["workbook"]["vba"]:
                check_macro(name, path)
                continue
            if producer == "libreoffice-xls":
                with open(path, "rb") as f:
                    if f.read(8) != bytes.fromhex("d0cf11e0a1b11ae1"):
                        fail(name, "not an OLE2 (BIFF) file")
                path = os.path.join(xls, name[:-4] + ".xlsx")
            check_workbook(name, path, case["workbook"], producer)
    for e in ERRORS:
        print("verify:", e, file=sys.stderr)
    print(f"verified {n} files, {len(ERRORS)} differences")
    sys.exit(1 if ERRORS else 0)


if __name__ == "__main__":
    main()
