#!/usr/bin/python3
"""The producer corpus, described once: every workbook's cells, which producers write it, with what
import options, and the outcome the importer must give.

The expected outcome of each workbook is computed here, from the same figures that are written into
its cells, never by reading a file back. The figures come from random.Random seeded with the case
name, so a rerun gives the same figures.

    /usr/bin/python3 corpus.py REPO_ROOT PLAN_JSON

writes PLAN_JSON: the list of cases, each with its workbook (sheets, cells, merges, states), its
options, its expected outcome and its files (producer, name, and for LibreOffice the source to
convert). The writers (write_openpyxl.py, write_xlsxwriter.py, write_exceljs.js), derive.py,
verify.py and manifest.py all read that plan.
"""
import csv
import json
import os
import random
import sys
import unicodedata
import zlib

DAY = "2020-08-19"
YESTERDAY_TITLE = "Tính đến ngày 18/8/2020"
DAY_TITLE = "Tính đến ngày 19/8/2020"

O, X, E, L, S = "openpyxl", "xlsxwriter", "exceljs", "libreoffice-xlsx", "libreoffice-xls"

# ---------------------------------------------------------------- reference data

UNITS = {}        # code -> (level, name, parent)
CHILDREN = {}     # code -> [child codes in file order]
POP = {}          # Long An commune code -> 2019 census population


def load(repo):
    path = os.path.join(repo, "core/src/test/resources/vn-admin/admin_units_2020-08-15.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            UNITS[r["code"]] = (int(r["level"]), r["name"], r["parent_code"])
            CHILDREN.setdefault(r["parent_code"], []).append(r["code"])
    path = os.path.join(repo, "adapters-excel/src/test/resources/producers/"
                              "population_2019census_longan_communes.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            POP[r["commune_code"]] = int(r["population_2019_census"])


def name(code):
    return UNITS[code][1]


def kids(code):
    return list(CHILDREN[code])


# ---------------------------------------------------------------- workbook model

class F:
    """A formula (without '='), with its true result: a number, an error such as '#DIV/0!', or
    None when it cannot be computed."""

    def __init__(self, formula, result):
        self.formula = formula
        self.result = result


def col_letter(c):
    s = ""
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


class Sheet:
    def __init__(self, name, state="visible"):
        self.name = name
        self.state = state
        self.cells = {}
        self.merges = []
        self.widths = {}

    def put(self, row, col, value, bold=False, fmt=None):
        if value is None:
            return
        if isinstance(value, F):
            cell = {"t": "f", "v": value.formula, "res": value.result}
        elif isinstance(value, str):
            cell = {"t": "s", "v": value}
        elif isinstance(value, bool):
            raise ValueError(value)
        else:
            cell = {"t": "n", "v": value}
        if bold:
            cell["bold"] = True
        if fmt:
            cell["fmt"] = fmt
        self.cells[(row, col)] = cell

    def merge(self, r1, c1, r2, c2):
        self.merges.append(f"{col_letter(c1)}{r1}:{col_letter(c2)}{r2}")

    def where(self, row, col=None):
        if col is None:
            return f"'{self.name}'"
        return f"'{self.name}'!{col_letter(col)}{row}"

    def to_json(self):
        cells = []
        for (r, c), cell in sorted(self.cells.items()):
            cells.append(dict(cell, r=r, c=c, ref=f"{col_letter(c)}{r}"))
        return {"name": self.name, "state": self.state, "cells": cells, "merges": self.merges,
                "widths": self.widths}


class Workbook:
    def __init__(self):
        self.sheets = []
        self.active = 0
        self.vba = False

    def sheet(self, name, state="visible"):
        s = Sheet(name, state)
        self.sheets.append(s)
        return s

    def to_json(self):
        return {"sheets": [s.to_json() for s in self.sheets], "active": self.active,
                "vba": self.vba}


COUNT_FMT = "#,##0"
RATE_FMT = "0.00"

HEAD = {"stt": "STT", "code": "Mã ĐVHC", "name": "Tên đơn vị", "count": "Số người đã cài đặt",
        "pop": "Dân số", "rate": "Tỷ lệ (%)", "android": "Android", "ios": "iOS",
        "note": "Ghi chú"}
WIDTH = {"stt": 6, "code": 10, "name": 28, "count": 14, "pop": 12, "rate": 10, "android": 10,
         "ios": 10, "note": 16}


class Table:
    """Writes lines into a sheet: each line a dict from column kind to value."""

    def __init__(self, sheet, cols):
        self.sheet = sheet
        self.cols = cols
        for i, k in enumerate(cols):
            sheet.widths[col_letter(i + 1)] = WIDTH.get(k, 12)

    def col(self, kind):
        return self.cols.index(kind) + 1

    def header(self, row, heads=None):
        heads = dict(HEAD, **(heads or {}))
        for i, k in enumerate(self.cols):
            self.sheet.put(row, i + 1, heads[k], bold=True)

    def line(self, row, values, bold=False):
        for k, v in values.items():
            fmt = COUNT_FMT if k in ("count", "pop", "android", "ios") and not isinstance(v, str) \
                else RATE_FMT if k == "rate" and not isinstance(v, str) else None
            self.sheet.put(row, self.col(k), v, bold=bold, fmt=fmt)

    def where(self, row, kind):
        return self.sheet.where(row, self.col(kind))


def title(sheet, row, text, ncols, bold=True):
    sheet.put(row, 1, text, bold=bold)
    sheet.merge(row, 1, row, ncols)


# ---------------------------------------------------------------- figures

def rng_for(case_id):
    return random.Random(zlib.crc32(case_id.encode("utf-8")))


def counts(case_id, codes, low=200, high=3000, share=0.45):
    """Plausible cumulative install counts: low..high, and under share of the census population
    where one is known (so that no count exceeds its denominator unless a case wants it)."""
    rng = rng_for(case_id)
    out = {}
    for c in codes:
        top = high
        if c in POP:
            top = min(high, int(POP[c] * share))
        out[c] = rng.randint(low, max(low, top))
    return out


def yesterday(case_id, today):
    rng = rng_for(case_id + "/yesterday")
    return {c: n - rng.randint(5, 60) for c, n in today.items()}


def rate(count, pop):
    return round(count * 100.0 / pop, 2)


# ---------------------------------------------------------------- cases

class Case:
    def __init__(self, cid, covers, wb, producers, options=None, lo_from=O):
        self.id = cid
        self.covers = covers
        self.wb = wb
        self.producers = producers
        self.options = ["asOf=" + DAY] + list(options or [])
        self.lo_from = lo_from
        self.accept = None      # list of (code, count)
        self.warnings = []      # code@where
        self.errors = None      # list of code@where
        self.more = False
        self.files = []         # filled by plan()

    def expect_accept(self, reports, warnings=()):
        self.accept = list(reports)
        self.warnings = list(warnings)
        return self

    def expect_reject(self, errors, more=False):
        self.errors = list(errors)
        self.more = more
        return self

    def expected(self):
        if self.accept is not None:
            s = "ACCEPT " + ",".join(f"{c}={n}" for c, n in self.accept)
            return s + "".join(" warning:" + w for w in self.warnings)
        return "REJECT " + " ".join(self.errors) + (" +more" if self.more else "")


CASES = []


def case(cid, covers, wb, producers, options=None, lo_from=O):
    c = Case(cid, covers, wb, producers, options, lo_from)
    CASES.append(c)
    return c


DH = "801"            # Huyện Đức Huệ
LA = "80"             # Tỉnh Long An
BD = "001"            # Quận Ba Đình


def district_sheet(wb, sheet_name, cid, *, heads=None, cols=("stt", "code", "name", "count"),
                   header_row=1, fig=None, titles=(), state="visible", nfd=False,
                   code_of=None, count_of=None, district=DH, units=None):
    """The common layout: optional title lines, a header row, one line per commune of the
    district (or per unit of units). Returns (sheet, table, {code: row}, figures)."""
    sh = wb.sheet(sheet_name, state)
    t = Table(sh, list(cols))
    for i, text in enumerate(titles):
        title(sh, i + 1, text, len(cols))
    hd = dict(HEAD, **(heads or {}))
    if nfd:
        hd = {k: unicodedata.normalize("NFD", v) for k, v in hd.items()}
    t.header(header_row, hd)
    units = units if units is not None else kids(district)
    fig = fig if fig is not None else counts(cid, units)
    rows = {}
    r = header_row
    for i, code in enumerate(units):
        r += 1
        rows[code] = r
        nm = unicodedata.normalize("NFD", name(code)) if nfd else name(code)
        line = {"stt": i + 1, "code": code_of(code, r) if code_of else code, "name": nm,
                "count": count_of(code, r) if count_of else fig[code]}
        if "pop" in cols:
            line["pop"] = POP[code]
        if "rate" in cols:
            line["rate"] = rate(fig[code], POP[code])
        t.line(r, {k: v for k, v in line.items() if k in cols})
    return sh, t, rows, fig


def build():
    CASES.clear()

    # ---------------- a. header wording
    variants = [
        ("a-header-nbsp", "headers 'Mã đơn vị' / 'Số lượng đã cài đặt' with NBSP (U+00A0) inside",
         {"code": "Mã\u00a0đơn vị", "count": "Số\u00a0lượng đã\u00a0cài đặt"}, False,
         [O, E, S], ["from=" + DH]),
        ("a-header-uppercase", "headers in capitals 'MÃ XÃ' / 'SL CÀI ĐẶT'",
         {"code": "MÃ XÃ", "count": "SL CÀI ĐẶT", "name": "TÊN ĐƠN VỊ"}, False, [X, L],
         ["from=" + DH]),
        ("a-header-colons", "headers with trailing colons 'Mã số:' / 'Đã cài đặt:'",
         {"code": "Mã số:", "count": "Đã cài đặt:"}, False, [O], []),
        ("a-header-nfd", "headers 'Mã đơn vị' / 'Số người dùng' and unit names in NFD "
                         "(decomposed) Unicode",
         {"code": "Mã đơn vị", "count": "Số người dùng"}, True, [O, X, E], ["from=" + DH]),
        ("a-header-english", "headers 'Code' / 'Installed'",
         {"code": "Code", "count": "Installed", "name": "Unit", "stt": "No."}, False, [X],
         ["from=" + DH]),
        ("a-header-no-diacritics", "headers without diacritics 'Ma DVHC' / 'So nguoi da cai dat'",
         {"code": "Ma DVHC", "count": "So nguoi da cai dat", "name": "Ten don vi"}, False,
         [O, E], ["from=" + DH]),
    ]
    for cid, covers, heads, nfd, prods, opts in variants:
        wb = Workbook()
        _, _, _, fig = district_sheet(wb, "Sheet1", cid, heads=heads, nfd=nfd)
        lo = X if L in prods and O not in prods else O
        case(cid, covers, wb, prods, opts, lo_from=lo).expect_accept(fig.items())

    # ---------------- b. population and rate columns
    cid = "b-population-rate"
    wb = Workbook()
    sh, t, rows, fig = district_sheet(wb, "Đức Huệ", cid,
                                      cols=("stt", "code", "name", "count", "pop", "rate"))
    # a published rate computed on a wrong denominator: ignored
    bad = kids(DH)[3]
    t.line(rows[bad], {"rate": rate(fig[bad], POP[bad] + 4000)})
    case(cid, "'Dân số' and 'Tỷ lệ (%)' columns beside the count (one rate wrong, ignored); "
              "populations equal the census", wb, [O, L], ["from=" + DH]
         ).expect_accept(fig.items())

    cid = "b-population-differs"
    wb = Workbook()
    sh, t, rows, fig = district_sheet(wb, "Đức Huệ", cid,
                                      cols=("stt", "code", "name", "count", "pop", "rate"))
    odd = kids(DH)[2]
    t.line(rows[odd], {"pop": POP[odd] + 55, "rate": rate(fig[odd], POP[odd] + 55)})
    case(cid, f"population of {odd} written as {POP[odd] + 55}, census {POP[odd]}: a warning",
         wb, [O, X, E], ["from=" + DH]).expect_accept(
        fig.items(), ["population.differs@" + t.where(rows[odd], "pop")])

    cid = "b-population-province"
    wb = Workbook()
    sh = wb.sheet("Long An")
    t = Table(sh, ["stt", "code", "name", "count", "pop", "rate"])
    t.header(1, {"pop": "Số dân"})
    communes = [c for d in kids(LA) for c in kids(d)]
    fig = counts(cid, communes)
    for i, c in enumerate(communes):
        t.line(2 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c], "pop": POP[c],
                       "rate": rate(fig[c], POP[c])})
    case(cid, "province sheet, 188 communes, 'Số dân' and 'Tỷ lệ (%)' columns", wb, [E, S],
         ["from=" + LA], lo_from=E).expect_accept(fig.items())

    # ---------------- c. title rows
    cid = "c-title-rows"
    wb = Workbook()
    _, _, _, fig = district_sheet(
        wb, "Sheet1", cid, header_row=5,
        titles=("UBND HUYỆN ĐỨC HUỆ", "BÁO CÁO SỐ NGƯỜI CÀI ĐẶT BLUEZONE", DAY_TITLE))
    wb.sheet("Sheet2")
    wb.sheet("Sheet3")
    case(cid, "3 title lines above the header; empty Sheet2 and Sheet3 after the data sheet", wb,
         [X], ["from=" + DH]).expect_accept(fig.items())

    cid = "c-title-rows-province"
    wb = Workbook()
    sh = wb.sheet("Tổng hợp")
    cols = ["stt", "code", "name", "count", "note"]
    t = Table(sh, cols)
    sh.put(1, 1, "UBND TỈNH LONG AN", bold=True)
    sh.merge(1, 1, 1, 3)
    sh.put(1, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    sh.merge(1, 4, 1, 5)
    sh.put(2, 1, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", bold=True)
    sh.merge(2, 1, 2, 3)
    sh.put(2, 4, "Độc lập - Tự do - Hạnh phúc", bold=True)
    sh.merge(2, 4, 2, 5)
    title(sh, 4, "BÁO CÁO SỐ NGƯỜI CÀI ĐẶT ỨNG DỤNG BLUEZONE TRÊN ĐỊA BÀN TỈNH", 5)
    title(sh, 5, "(Tính đến 16 giờ ngày 19/8/2020)", 5, bold=False)
    t.header(7)
    communes = [c for d in kids(LA) for c in kids(d)]
    fig = counts(cid, communes)
    for i, c in enumerate(communes):
        t.line(8 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    case(cid, "province sheet with 5 title lines (two side by side, the national motto over the "
              "count column), header on row 7", wb, [E, L, S], ["from=" + LA],
         lo_from=E).expect_accept(fig.items())

    # ---------------- d. two-row header with merged cells
    def two_row(wb, cid, sheet_name, communes, ttl):
        sh = wb.sheet(sheet_name)
        t = Table(sh, ["stt", "code", "name", "pop", "count", "rate"])
        title(sh, 1, ttl, 6)
        for k in ("stt", "code", "name", "pop"):
            sh.put(3, t.col(k), HEAD[k], bold=True)
            sh.merge(3, t.col(k), 4, t.col(k))
        sh.put(3, 5, "Kết quả cài đặt", bold=True)
        sh.merge(3, 5, 3, 6)
        sh.put(4, 5, "Số lượng", bold=True)
        sh.put(4, 6, "Tỷ lệ (%)", bold=True)
        fig = counts(cid, communes)
        for i, c in enumerate(communes):
            t.line(5 + i, {"stt": i + 1, "code": c, "name": name(c), "pop": POP[c],
                           "count": fig[c], "rate": rate(fig[c], POP[c])})
        return fig

    cid = "d-two-row-header"
    wb = Workbook()
    fig = two_row(wb, cid, "BC", kids(DH), "KẾT QUẢ CÀI ĐẶT BLUEZONE HUYỆN ĐỨC HUỆ")
    case(cid, "two-row header: 'Kết quả cài đặt' merged over 'Số lượng' | 'Tỷ lệ (%)'; STT, "
              "Mã ĐVHC, Tên đơn vị, Dân số merged vertically", wb, [O, S], ["from=" + DH]
         ).expect_accept(fig.items())

    cid = "d-two-row-header-province"
    wb = Workbook()
    fig = two_row(wb, cid, "BC", [c for d in kids(LA) for c in kids(d)],
                  "KẾT QUẢ CÀI ĐẶT BLUEZONE TỈNH LONG AN")
    case(cid, "the two-row merged header on the province's 188 communes", wb, [X, L],
         ["from=" + LA], lo_from=X).expect_accept(fig.items())

    # ---------------- e. column-numbering row
    cid = "e-numbering-row"
    wb = Workbook()
    sh = wb.sheet("Sheet1")
    t = Table(sh, ["stt", "code", "name", "count", "note"])
    t.header(1)
    t.line(2, dict(zip(t.cols, ["(1)", "(2)", "(3)", "(4)", "(5)"])))
    fig = counts(cid, kids(DH))
    for i, c in enumerate(kids(DH)):
        t.line(3 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    case(cid, "column-numbering row '(1) (2) (3) (4) (5)' (text) under the header", wb, [O],
         ["from=" + DH]).expect_accept(fig.items())

    cid = "e-numbering-row-letters"
    wb = Workbook()
    sh = wb.sheet("Sheet1")
    t = Table(sh, ["stt", "code", "name", "count", "note"])
    t.header(1)
    t.line(2, dict(zip(t.cols, ["A", "B", 1, 2, 3])))
    fig = counts(cid, kids(DH))
    for i, c in enumerate(kids(DH)):
        t.line(3 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    case(cid, "column-numbering row 'A B 1 2 3' under the header; 1 2 3 are NUMBERS (the "
              "count column holds the number 2 on that row)", wb, [E, L], ["from=" + DH],
         lo_from=E).expect_accept(fig.items())

    # ---------------- f. blank rows, notes, signature block
    cid = "f-notes-signature"
    wb = Workbook()
    sh = wb.sheet("Báo cáo")
    t = Table(sh, ["stt", "code", "name", "count"])
    title(sh, 1, "UBND HUYỆN ĐỨC HUỆ", 4)
    title(sh, 2, "BÁO CÁO SỐ NGƯỜI CÀI ĐẶT BLUEZONE", 4)
    t.header(4)
    fig = counts(cid, kids(DH))
    r = 4
    for i, c in enumerate(kids(DH)):
        r += 1
        if i == 5:
            r += 1          # a blank row inside the table
        t.line(r, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    r += 3                  # blank rows after the table
    sh.put(r, 1, "Ghi chú: số liệu tính đến 16h")
    r += 2
    sh.put(r, 4, "Đức Huệ, ngày 19 tháng 8 năm 2020")
    r += 1
    sh.put(r, 2, "Người lập biểu", bold=True)
    sh.put(r, 4, "Thủ trưởng đơn vị", bold=True)
    r += 1
    sh.put(r, 2, "(Ký, ghi rõ họ tên)")
    sh.put(r, 4, "(Ký, ghi rõ họ tên)")
    r += 4
    sh.put(r, 2, "Nguyễn Thị Thu Hà", bold=True)
    sh.put(r, 4, "Trần Văn Bình", bold=True)
    case(cid, "blank row inside and blank rows after the table, a note row, and a signature block "
              "(place-and-date line, 'Thủ trưởng đơn vị' and a name in the count column)",
         wb, [O, X, S], ["from=" + DH], lo_from=X).expect_accept(fig.items())

    # ---------------- g. parent rows with their own figure
    cid = "g-district-row"
    wb = Workbook()
    sh = wb.sheet("Đức Huệ")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    fig = counts(cid, kids(DH))
    total = sum(fig.values())
    t.line(2, {"code": DH, "name": name(DH), "count": total}, bold=True)
    for i, c in enumerate(kids(DH)):
        t.line(3 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    case(cid, "the district's own row 801 (= sum of its 11 communes) right above them: stored",
         wb, [O, E, L], ["from=" + DH]).expect_accept([(DH, total)] + list(fig.items()))

    cid = "g-province-tree"
    wb = Workbook()
    sh = wb.sheet("Long An")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    communes = [c for d in kids(LA) for c in kids(d)]
    fig = counts(cid, communes)
    dist = {d: sum(fig[c] for c in kids(d)) for d in kids(LA)}
    prov = sum(dist.values())
    t.line(2, {"code": LA, "name": name(LA), "count": prov}, bold=True)
    r = 2
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
             "XIV", "XV"]
    expected = [(LA, prov)]
    for k, d in enumerate(kids(LA)):
        r += 1
        t.line(r, {"stt": roman[k], "code": d, "name": name(d), "count": dist[d]}, bold=True)
        expected.append((d, dist[d]))
        for i, c in enumerate(kids(d)):
            r += 1
            t.line(r, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
            expected.append((c, fig[c]))
    case(cid, "province sheet: row 80 on top, then each of the 15 district rows followed by its "
              "communes (204 figures, all stored)", wb, [X, S], ["from=" + LA],
         lo_from=X).expect_accept(expected)

    # ---------------- h. total rows without a code
    def with_total(cid, label, where, value_of, prods, covers, lo=O, merged=False):
        wb = Workbook()
        sh = wb.sheet("Sheet1")
        t = Table(sh, ["stt", "code", "name", "count"])
        t.header(1)
        fig = counts(cid, kids(DH))
        first = 3 if where == "top" else 2
        for i, c in enumerate(kids(DH)):
            t.line(first + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
        last = first + len(kids(DH)) - 1
        tr = 2 if where == "top" else last + 1
        value = value_of(fig, first, last)
        if merged:
            sh.put(tr, 1, label, bold=True)
            sh.merge(tr, 1, tr, 3)
            t.line(tr, {"count": value}, bold=True)
        else:
            t.line(tr, {"name": label, "count": value}, bold=True)
        return wb, sh, t, fig, tr

    def true_total(fig, first, last):
        return sum(fig.values())

    def sum_formula(fig, first, last):
        return F(f"SUM(D{first}:D{last})", sum(fig.values()))

    wb, sh, t, fig, _ = with_total("h-total-bottom", "Tổng cộng:", "bottom", true_total, [O, X],
                                   None)
    case("h-total-bottom", "'Tổng cộng:' total row at the bottom (a number, agrees)", wb, [X],
         ["from=" + DH]).expect_accept(fig.items())
    wb, sh, t, fig, _ = with_total("h-total-top", "TỔNG CỘNG TOÀN HUYỆN", "top", true_total,
                                   [E, L], None, merged=True)
    case("h-total-top", "'TỔNG CỘNG TOÀN HUYỆN' (merged A:C) right under the header, agrees", wb,
         [E, L], ["from=" + DH], lo_from=E).expect_accept(fig.items())
    wb, sh, t, fig, _ = with_total("h-total-formula", "Cộng", "bottom", sum_formula,
                                   [O, X, E, L], None)
    case("h-total-formula", "'Cộng' row at the bottom as =SUM(D2:D12) (no stored result from "
                            "openpyxl/exceljs, 0 from XlsxWriter, the sum from LibreOffice)", wb,
         [O, X, E, L], ["from=" + DH]).expect_accept(fig.items())
    wb, sh, t, fig, _ = with_total("h-total-count-label", "Tổng số (11 xã, thị trấn)", "top",
                                   true_total, [X, E], None)
    case("h-total-count-label", "'Tổng số (11 xã, thị trấn)' right under the header, agrees", wb,
         [E], []).expect_accept(fig.items())
    wb, sh, t, fig, _ = with_total("h-total-district-label", "Cộng Huyện Đức Huệ", "bottom",
                                   true_total, [O, S], None)
    case("h-total-district-label", "'Cộng Huyện Đức Huệ' at the bottom, agrees", wb, [S],
         ["from=" + DH]).expect_accept(fig.items())

    cid = "h-province-subtotals"
    wb = Workbook()
    sh = wb.sheet("Toàn tỉnh")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    communes = [c for d in kids(LA) for c in kids(d)]
    fig = counts(cid, communes)
    r = 1
    for k, d in enumerate(kids(LA)):
        r += 1
        t.line(r, {"stt": roman[k], "name": name(d)}, bold=True)      # heading, no code
        for i, c in enumerate(kids(d)):
            r += 1
            t.line(r, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
        r += 1
        t.line(r, {"name": "Cộng " + name(d), "count": sum(fig[c] for c in kids(d))}, bold=True)
    r += 1
    t.line(r, {"name": "Tổng", "count": sum(fig.values())}, bold=True)
    case(cid, "province sheet: per district a heading row (no code, no count), its communes and "
              "'Cộng <district>'; a grand 'Tổng' at the bottom; all agree", wb, [O, X],
         ["from=" + LA]).expect_accept(fig.items())

    # ---------------- i. several sheets
    cid = "i-hidden-yesterday"
    wb = Workbook()
    fig = counts(cid, kids(DH))
    district_sheet(wb, "18-8", cid, fig=yesterday(cid, fig), state="hidden",
                   titles=("BÁO CÁO SỐ NGƯỜI CÀI ĐẶT BLUEZONE", YESTERDAY_TITLE), header_row=3)
    district_sheet(wb, "Báo cáo", cid, fig=fig,
                   titles=("BÁO CÁO SỐ NGƯỜI CÀI ĐẶT BLUEZONE", DAY_TITLE), header_row=3)
    wb.active = 1
    case(cid, "a hidden sheet '18-8' with yesterday's figures first, the visible 'Báo cáo' "
              "second", wb, [X, L], ["from=" + DH], lo_from=X).expect_accept(fig.items())

    cid = "i-very-hidden-yesterday"
    wb = Workbook()
    fig = counts(cid, kids(DH))
    district_sheet(wb, "Dữ liệu cũ", cid, fig=yesterday(cid, fig), state="veryHidden")
    district_sheet(wb, "BC", cid, fig=fig)
    wb.active = 1
    case(cid, "a very hidden sheet with yesterday's figures first, the visible 'BC' second", wb,
         [O, E], ["from=" + DH]).expect_accept(fig.items())

    for cid, names, prods, lo in [
            ("i-day-sheets", ("18-8", "19-8"), [O, X, E], O),
            ("i-day-sheets-dots", ("18.8", "19.8"), [X, L], X),
            ("i-day-sheets-year", ("18-8-2020", "19-8-2020"), [E, S], E)]:
        wb = Workbook()
        fig = counts(cid, kids(DH))
        district_sheet(wb, names[0], cid, fig=yesterday(cid, fig))
        district_sheet(wb, names[1], cid, fig=fig)
        wb.active = 0
        case(cid, f"two visible sheets '{names[0]}' (first, active) and '{names[1]}': the day's "
                  "sheet is read", wb, prods, ["from=" + DH], lo_from=lo
             ).expect_accept(fig.items())

    # ---------------- j. counts as formulas
    def android_ios(cid, wb, sheet_name="Sheet1", bad=None):
        sh = wb.sheet(sheet_name)
        t = Table(sh, ["stt", "code", "name", "android", "ios", "count"])
        t.header(1)
        fig = counts(cid, kids(DH))
        rng = rng_for(cid + "/split")
        rows = {}
        for i, c in enumerate(kids(DH)):
            r = 2 + i
            rows[c] = r
            a = round(fig[c] * rng.uniform(0.7, 0.9))
            f = F(f"D{r}+E{r}", fig[c])
            if bad and c == bad[0]:
                f = F(bad[1].format(r=r), bad[2])
            t.line(r, {"stt": i + 1, "code": c, "name": name(c), "android": a,
                       "ios": fig[c] - a, "count": f})
        return sh, t, rows, fig

    cid = "j-formulas-android-ios"
    wb = Workbook()
    sh, t, rows, fig = android_ios(cid, wb)
    case(cid, "count column 'Số người đã cài đặt' = '=D+E' of 'Android' and 'iOS' columns "
              "(11 formula cells)", wb, [O, X, E, L, S], ["from=" + DH]
         ).expect_accept(fig.items())

    # ---------------- k. invisible characters in codes
    cid = "k-invisible-code-chars"
    wb = Workbook()
    dirty = {}
    # by the commune's position in the district: how its code is soiled
    soil = {0: lambda c: "\u00a0" + c,                 # NBSP before
            1: lambda c: c + "\u202f",                 # NARROW NBSP after
            2: lambda c: c[:3] + "\u200b" + c[3:],     # ZERO WIDTH SPACE inside
            3: lambda c: "\ufeff" + c,                 # BOM before
            4: lambda c: c + "\t",                     # a tab after
            5: lambda c: c + "   ",                     # trailing spaces
            7: lambda c: " \u00a0" + c + "\u00a0 ",    # spaces and NBSP around
            8: lambda c: c[:2] + "\ufeff" + c[2:],     # BOM inside
            9: lambda c: c + "\u200b"}                 # ZERO WIDTH SPACE after

    def dirty_code(code, r):
        i = kids(DH).index(code)
        if i in soil:
            dirty[code] = r
            return soil[i](code)
        return code
    sh, t, rows, fig = district_sheet(wb, "Sheet1", cid, code_of=dirty_code)
    case(cid, "codes with NBSP, U+202F, U+200B (inside), U+FEFF (before and inside), a tab, "
              "trailing spaces", wb, [O, X, E, L, S], ["from=" + DH]).expect_accept(
        fig.items(), ["unit.code-cleaned@" + t.where(r, "code") for r in dirty.values()])

    # ---------------- l. Ba Đình's codes as numbers, with from
    # 00001 (Phúc Xá) is left out: with from=001 the number 1 could still be 001, Ba Đình itself,
    # whose own row a sheet may hold (case g), so which unit it means is not for the corpus to say
    cid = "l-numeric-codes-ba-dinh"
    wb = Workbook()
    sh, t, rows, fig = district_sheet(wb, "Ba Đình", cid, district=BD,
                                      units=[w for w in kids(BD) if w != "00001"],
                                      titles=("UBND QUẬN BA ĐÌNH",), header_row=2,
                                      code_of=lambda c, r: int(c))
    case(cid, "13 of Ba Đình's 14 ward codes typed as numbers (4, 6, 7, 8, 10, ...) with "
              "from=001 (Phúc Xá, 1, left out: it could be 001 itself)", wb,
         [O, X, E, S], ["from=" + BD]).expect_accept(
        fig.items(), ["unit.code-was-number@" + t.where(r, "code") for r in rows.values()])

    # ---------------- m. over the denominator
    over = "27922"        # Xã Bình Hòa Hưng, 1.825 people in 2019
    for cid, strict in [("m-over-denominator", False), ("m-over-denominator-strict", True)]:
        wb = Workbook()
        fig = counts("m-over-denominator", kids(DH))
        fig[over] = POP[over] + 78
        sh, t, rows, _ = district_sheet(wb, "Sheet1", cid, fig=fig)
        at = t.where(rows[over], "count")
        if strict:
            case(cid, f"the same workbook imported strict: the count of {over} above its census "
                      "population is an error", wb, [O, X, E], ["from=" + DH, "strict"]
                 ).expect_reject(["count.over-denominator@" + at])
        else:
            case(cid, f"count of {over} ({fig[over]}) above its census population ({POP[over]}):"
                      " a warning", wb, [O, X, E], ["from=" + DH]
                 ).expect_accept(fig.items(), ["count.over-denominator@" + at])

    # ---------------- n. counts as text with thousands separators
    cid = "n-counts-as-text"
    wb = Workbook()
    fig = counts(cid, kids(DH), low=1000, share=0.6)
    seps = [".", ",", " "]

    def as_text(code, r):
        n = fig[code]
        if n < 1000:
            return n
        sep = seps[kids(DH).index(code) % 3]
        return f"{n // 1000}{sep}{n % 1000:03d}"
    district_sheet(wb, "Sheet1", cid, fig=fig, count_of=as_text)
    case(cid, "counts typed as text '1.234', '1,234', '1 234'", wb, [O, X, E, S],
         ["from=" + DH]).expect_accept(fig.items())

    # ---------------- WPS Office core properties (derived)
    cid = "w-wps-core-properties"
    wb = Workbook()
    _, _, _, fig = district_sheet(wb, "Sheet1", cid)
    case(cid, "docProps/core.xml rewritten the way WPS Office writes it (dcterms:created "
              "without xsi:type, xml:lang on dc:title): never used", wb,
         ["derived:" + O, "derived:" + X, "derived:" + E], ["from=" + DH]
         ).expect_accept(fig.items())

    # ================================================================ faulty files
    def total_off(cid, covers, label, where, delta, prods, lo=O, merged=False):
        wb = Workbook()
        sh = wb.sheet("Sheet1")
        t = Table(sh, ["stt", "code", "name", "count"])
        t.header(1)
        fig = counts(cid, kids(DH))
        first = 3 if where == "top" else 2
        for i, c in enumerate(kids(DH)):
            t.line(first + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
        last = first + len(kids(DH)) - 1
        tr = 2 if where == "top" else last + 1
        value = sum(fig.values()) + delta
        if merged:
            sh.put(tr, 1, label, bold=True)
            sh.merge(tr, 1, tr, 3)
            t.line(tr, {"count": value}, bold=True)
        else:
            t.line(tr, {"name": label, "count": value}, bold=True)
        case(cid, covers, wb, prods, ["from=" + DH], lo_from=lo).expect_reject(
            ["total.mismatch@" + t.where(tr, "count")])

    total_off("x1-total-mismatch-cong", "'Cộng' at the bottom is 10 more than the rows",
              "Cộng", "bottom", 10, [O])
    total_off("x1-total-mismatch-top", "'Tổng cộng:' right under the header is 100 less than the "
              "rows", "Tổng cộng:", "top", -100, [X])
    total_off("x1-total-mismatch-toan-huyen", "'TỔNG CỘNG TOÀN HUYỆN' (merged A:C) 1 more than "
              "the rows", "TỔNG CỘNG TOÀN HUYỆN", "bottom", 1, [S], lo=X, merged=True)
    # a SUM whose range misses the last commune's row
    wb = Workbook()
    sh = wb.sheet("Sheet1")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    cid = "x1-total-mismatch-sum-range"
    fig = counts(cid, kids(DH))
    for i, c in enumerate(kids(DH)):
        t.line(2 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    tr = 2 + len(kids(DH))
    t.line(tr, {"name": "Tổng số (11 xã, thị trấn)",
                "count": F(f"SUM(D2:D{tr - 2})", sum(fig[c] for c in kids(DH)[:-1]))}, bold=True)
    case(cid, f"'Tổng số (11 xã, thị trấn)' =SUM(D2:D{tr - 2}) misses the last commune's row",
         wb, [L], ["from=" + DH]).expect_reject(["total.mismatch@" + t.where(tr, "count")])

    cid = "x1-total-mismatch-province"
    wb = Workbook()
    sh = wb.sheet("Toàn tỉnh")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    communes = [c for d in kids(LA) for c in kids(d)]
    fig = counts(cid, communes)
    r = 1
    wrong = None
    for k, d in enumerate(kids(LA)):
        for i, c in enumerate(kids(d)):
            r += 1
            t.line(r, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
        r += 1
        sub = sum(fig[c] for c in kids(d))
        if d == "804":
            sub += 50
            wrong = r
        t.line(r, {"name": "Cộng " + name(d), "count": sub}, bold=True)
    case(cid, "province sheet with 'Cộng <district>' after each district; 'Cộng Huyện Thủ Thừa' "
              "is 50 more than its communes (no grand total)", wb, [E], ["from=" + LA]
         ).expect_reject(["total.mismatch@" + t.where(wrong, "count")])

    # 2. parent row disagreeing with its communes
    cid = "x2-parent-mismatch"
    wb = Workbook()
    sh = wb.sheet("Đức Huệ")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    fig = counts(cid, kids(DH))
    t.line(2, {"code": DH, "name": name(DH), "count": sum(fig.values()) + 37}, bold=True)
    for i, c in enumerate(kids(DH)):
        t.line(3 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    case(cid, "district row 801 is 37 more than its 11 communes", wb, [O], ["from=" + DH]
         ).expect_reject(["parent.mismatch@" + t.where(2, "count")])

    cid = "x2-parent-mismatch-province"
    wb = Workbook()
    sh = wb.sheet("Long An")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    communes = [c for d in kids(LA) for c in kids(d)]
    fig = counts(cid, communes)
    r = 1
    for k, d in enumerate(kids(LA)):
        r += 1
        sub = sum(fig[c] for c in kids(d))
        if d == "803":
            sub -= 120
            wrong = r
        t.line(r, {"stt": roman[k], "code": d, "name": name(d), "count": sub}, bold=True)
        for i, c in enumerate(kids(d)):
            r += 1
            t.line(r, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    case(cid, "province sheet with the 15 district rows (no province row); Bến Lức's row 803 is "
              "120 less than its communes", wb, [E, L], ["from=" + LA], lo_from=E
         ).expect_reject(["parent.mismatch@" + t.where(wrong, "count")])

    # 3. two candidate sheets, neither named for the day
    for cid, names, prods, lo in [("x3-sheet-ambiguous", ("Sheet1", "Sheet2"), [O, X], O),
                                  ("x3-sheet-ambiguous-days", ("17-8", "18-8"), [E, L], E)]:
        wb = Workbook()
        fig = counts(cid, kids(DH))
        district_sheet(wb, names[0], cid, fig=yesterday(cid, fig))
        district_sheet(wb, names[1], cid, fig=fig)
        case(cid, f"two visible sheets '{names[0]}' and '{names[1]}' with the table, neither "
                  "named for 19-8", wb, prods, ["from=" + DH], lo_from=lo
             ).expect_reject(["sheet.ambiguous@file"])

    # 4. formulas that cannot be computed, or compute to an error
    bad = kids(DH)[4]
    for cid, formula, result, code, prods, covers in [
            ("x4-formula-unknown-function", "FOOBAR(D{r})", None, "formula.not-computed",
             [O, X, E], "unknown function =FOOBAR(D6) in a count cell"),
            ("x4-formula-external-ref", "'[other.xlsx]Sheet1'!A1", None, "formula.not-computed",
             [O, X, E], "external reference ='[other.xlsx]Sheet1'!A1 in a count cell"),
            ("x4-formula-div0", "D{r}/0", "#DIV/0!", "formula.error", [O, X, E, L],
             "=D6/0 in a count cell (#DIV/0!)")]:
        wb = Workbook()
        sh, t, rows, fig = android_ios(cid, wb, bad=(bad, formula, result))
        case(cid, covers + "; the other count cells are =D+E", wb, prods, ["from=" + DH]
             ).expect_reject([code + "@" + t.where(rows[bad], "count")])

    # 5. two candidate count columns
    cid = "x5-header-ambiguous-count"
    wb = Workbook()
    sh = wb.sheet("Sheet1")
    t = Table(sh, ["stt", "code", "name", "count", "note"])
    t.header(1, {"count": "Số người cài đặt", "note": "Số lượng đã cài đặt"})
    fig = counts(cid, kids(DH))
    fig2 = counts(cid + "/2", kids(DH))
    for i, c in enumerate(kids(DH)):
        t.line(2 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
        sh.put(2 + i, 5, fig2[c], fmt=COUNT_FMT)
    case(cid, "two count columns 'Số người cài đặt' (D) and 'Số lượng đã cài đặt' (E)", wb,
         [O, X, E], ["from=" + DH]).expect_reject(["header.ambiguous-count@'Sheet1'!E1"])

    # 6. numeric codes without from: ambiguous
    cid = "x6-unit-ambiguous"
    wb = Workbook()
    sh = wb.sheet("Ba Đình")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    wards = [w for w in kids(BD) if len(candidates(int(w))) >= 2]
    fig = counts(cid, wards)
    errs = []
    for i, w in enumerate(wards):
        t.line(2 + i, {"stt": i + 1, "code": int(w), "name": name(w), "count": fig[w]})
        errs.append("unit.ambiguous@" + t.where(2 + i, "code"))
    case(cid, "Ba Đình's ward codes as numbers without from (each could be a province, a district "
              "or a ward; 13 = 00013 only is left out)", wb, [O, X, E]).expect_reject(errs)

    # 7. unknown and outside codes
    for cid, code, err, prods, lo, covers in [
            ("x7-unit-unknown", "99999", "unit.unknown", [O, X], O,
             "code 99999 (no unit) among Đức Huệ's communes"),
            ("x7-unit-outside", "27685", "unit.outside", [E, L], E,
             "code 27685 (Phường 5, Tân An) among Đức Huệ's communes, from=801")]:
        wb = Workbook()
        sh = wb.sheet("Sheet1")
        t = Table(sh, ["stt", "code", "name", "count"])
        t.header(1)
        fig = counts(cid, kids(DH) + [code])
        units = kids(DH)[:6] + [code] + kids(DH)[6:]
        for i, c in enumerate(units):
            t.line(2 + i, {"stt": i + 1, "code": c, "name": UNITS[c][1] if c in UNITS
                           else "Xã Mỹ Hòa", "count": fig[c]})
        case(cid, covers, wb, prods, ["from=" + DH], lo_from=lo).expect_reject(
            [err + "@" + t.where(8, "code")])

    # 8. bad count cells
    cid = "x8-bad-counts"
    wb = Workbook()
    bads = {kids(DH)[1]: (-250, "count.negative"), kids(DH)[4]: (12.5, "count.fraction"),
            kids(DH)[8]: ("abc", "count.not-a-number")}
    sh, t, rows, fig = district_sheet(
        wb, "Sheet1", cid, count_of=lambda c, r: bads[c][0] if c in bads else None)
    for c in kids(DH):
        if c not in bads:
            t.line(rows[c], {"count": fig[c]})
    case(cid, "count cells -250, 12.5 and 'abc'", wb, [O, X, E, S], ["from=" + DH]).expect_reject(
        [bads[c][1] + "@" + t.where(rows[c], "count") for c in bads])

    # 9. files
    cid = "x9-empty"
    wb = Workbook()
    district_sheet(wb, "Sheet1", cid)
    case(cid, "an empty (0-byte) file named .xlsx (an openpyxl file truncated)", wb,
         ["derived:" + O]).expect_reject(["file.empty@file"])

    cid = "x9-macro"
    wb = Workbook()
    district_sheet(wb, "Sheet1", cid)
    wb.vba = True
    case(cid, "a macro-enabled package (vbaProject.bin, macroEnabled content type) renamed .xlsx",
         wb, [X, L, "derived:" + O], ["from=" + DH], lo_from=X
         ).expect_reject(["file.macro@file"])

    cid = "x9-unsafe-xml"
    wb = Workbook()
    district_sheet(wb, "Sheet1", cid)
    case(cid, "a <!DOCTYPE> with an internal entity injected into the first sheet's XML", wb,
         ["derived:" + O, "derived:" + X, "derived:" + E], ["from=" + DH]
         ).expect_reject(["file.unsafe-xml@file"])

    cid = "x9-too-many-rows"
    wb = Workbook()
    sh = wb.sheet("Sheet1")
    t = Table(sh, ["stt", "code", "name", "count"])
    t.header(1)
    national = [c for c, u in UNITS.items() if u[0] == 3][:2000]
    fig = counts(cid, national)
    for i, c in enumerate(national):
        t.line(2 + i, {"stt": i + 1, "code": c, "name": name(c), "count": fig[c]})
    case(cid, "2.000 commune rows (the first communes of the national list) with maxRows=1000",
         wb, [O, X, E], ["maxRows=1000"]).expect_reject(["sheet.too-many-rows@'Sheet1'"])

    for c in CASES:
        assert c.covers, c.id
    return CASES


def candidates(n):
    s = str(n)
    return [s.zfill(w) for w in (2, 3, 5) if len(s) <= w and s.zfill(w) in UNITS]


SUFFIX = {O: "openpyxl.xlsx", X: "xlsxwriter.xlsx", E: "exceljs.xlsx",
          L: "libreoffice.xlsx", S: "libreoffice.xls"}


def plan():
    out = []
    for c in CASES:
        files = []
        for p in c.producers:
            if p.startswith("derived:"):
                src = p.split(":", 1)[1]
                files.append({"file": f"{c.id}_derived-{src}.xlsx", "producer": "derived",
                              "source": src})
            elif p in (L, S):
                files.append({"file": f"{c.id}_{SUFFIX[p]}", "producer": p, "source": c.lo_from})
            else:
                files.append({"file": f"{c.id}_{SUFFIX[p]}", "producer": p})
        out.append({"id": c.id, "covers": c.covers, "options": ";".join(c.options),
                    "expected": c.expected(), "files": files, "workbook": c.wb.to_json()})
    return out


def main():
    repo, dest = sys.argv[1], sys.argv[2]
    load(repo)
    build()
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    with open(dest, "w", encoding="utf-8") as f:
        json.dump(plan(), f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
