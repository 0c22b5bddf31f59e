#!/usr/bin/python3
"""Makes the plan's derived files: a producer's workbook (from SRC_DIR) changed afterwards.

    /usr/bin/python3 derive.py PLAN_JSON OUT_DIR SRC_DIR VBA_PROJECT_BIN

- x9-empty: the file truncated to 0 bytes.
- x9-macro: a vbaProject.bin part, its content type and relationship added, and the workbook's
  content type made macroEnabled (what Excel writes in an .xlsm), under an .xlsx name.
- x9-unsafe-xml: a <!DOCTYPE> declaring an internal entity put before the first sheet's root
  element (the entity is declared, not used: the declaration alone must be refused).
- w-wps-core-properties: docProps/core.xml replaced by one written the way WPS Office writes it:
  dcterms:created and dcterms:modified without xsi:type="dcterms:W3CDTF", an xml:lang attribute on
  dc:title, a creator named like WPS's default. Nothing else changes.

Every other part is copied byte for byte, in the same order.
"""
import json
import os
import re
import sys
import zipfile

FIXED = (1980, 1, 1, 0, 0, 0)

WPS_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title xml:lang="vi-VN">Báo cáo Bluezone</dc:title>\
<dc:creator>WPS_1597801234</dc:creator>\
<cp:lastModifiedBy>WPS_1597801234</cp:lastModifiedBy>\
<dcterms:created>2020-08-19T08:12:00Z</dcterms:created>\
<dcterms:modified>2020-08-19T15:47:21Z</dcterms:modified>\
</cp:coreProperties>"""

DOCTYPE = '<!DOCTYPE worksheet [<!ENTITY uptake "uptake">]>'


def rezip(src, dst, change, extra=()):
    """Copies the zip src to dst, passing each part's bytes through change(name, data), and
    appends the (name, data) pairs of extra."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
        for name, data in extra:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def first_sheet(src):
    with zipfile.ZipFile(src) as z:
        wb = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    rid = re.search(r'<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"', wb).group(1)
    target = re.search(r'<Relationship\b[^>]*\bId="' + re.escape(rid) + r'"[^>]*>', rels).group(0)
    target = re.search(r'Target="([^"]+)"', target).group(1)
    target = target.lstrip("/")
    return target if target.startswith("xl/") else "xl/" + target


def macro(src, dst, vba):
    def change(name, data):
        if name == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = s.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                          "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            assert "macroEnabled" in s
            s = s.replace("</Types>", '<Default Extension="bin" '
                          'ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            return s.encode("utf-8")
        if name == "xl/_rels/workbook.xml.rels":
            s = data.decode("utf-8")
            s = s.replace("</Relationships>", '<Relationship Id="rIdVba1" Type="http://schemas.'
                          'microsoft.com/office/2006/relationships/vbaProject" '
                          'Target="vbaProject.bin"/></Relationships>')
            return s.encode("utf-8")
        return data
    with open(vba, "rb") as f:
        rezip(src, dst, change, [("xl/vbaProject.bin", f.read())])


def unsafe(src, dst):
    sheet = first_sheet(src)

    def change(name, data):
        if name == sheet:
            s = data.decode("utf-8")
            m = re.match(r"\s*<\?xml[^>]*\?>\s*", s)   # openpyxl writes no declaration
            at = m.end() if m else 0
            assert s[at:].startswith("<"), name
            return (s[:at] + DOCTYPE + "\n" + s[at:]).encode("utf-8")
        return data
    rezip(src, dst, change)


def wps(src, dst):
    def change(name, data):
        if name == "docProps/core.xml":
            return WPS_CORE.encode("utf-8")
        return data
    with zipfile.ZipFile(src) as z:
        assert "docProps/core.xml" in z.namelist(), src
    rezip(src, dst, change)


def main():
    plan, out, src, vba = sys.argv[1:5]
    with open(plan, encoding="utf-8") as f:
        cases = json.load(f)
    n = 0
    for case in cases:
        for file in case["files"]:
            if file["producer"] != "derived":
                continue
            source = os.path.join(src, f"{case['id']}_{file['source']}.xlsx")
            dest = os.path.join(out, file["file"])
            kind = case["id"]
            if kind == "x9-empty":
                open(dest, "wb").close()
            elif kind == "x9-macro":
                macro(source, dest, vba)
            elif kind == "x9-unsafe-xml":
                unsafe(source, dest)
            elif kind == "w-wps-core-properties":
                wps(source, dest)
            else:
                raise ValueError("no derivation for " + kind)
            n += 1
    print(f"derived: {n} files")


if __name__ == "__main__":
    main()
