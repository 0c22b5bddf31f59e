#!/usr/bin/env python3
"""Writes the bad-CSV corpus of `uptake load` and its manifest.

    python3 example-app/src/test/load-corpus/make-corpus.py

writes example-app/src/test/resources/load-corpus/*.csv and manifest.tsv (do not edit them by
hand). Each file is one fault (or one accepted form) of the files offices send: header, encoding,
separator, unit codes, values, and problems that only the store finds. LoadCommandCorpusTest loads
each into a fresh database and checks its outcome: refused at its lines and columns with nothing
stored (every table read back), or stored exactly (the figures, denominators or units read back).

Manifest columns (tab-separated):
  file     the file
  kind     units | denominators | reports | crosswalk
  db       demo (Long An, `uptake demo`) | national (`uptake load vn-admin`)
  options  more options of the command, space-separated, or -
  expected ACCEPT followed by what is stored:
             fig:CODE=COUNT  the residents figure of 19/8/2020 of each unit (all of them)
             den:CODE=COUNT  the residents denominator of source "corpus" of each unit (all)
             ver:NAME@DAY=N  a stored version and its number of units
           or REFUSE followed by LINE or LINE:COLUMN, each printed as "file: line N: column:"
  says     a fragment of the English output (standard error if refused, standard output if
           stored), or -
"""
import codecs
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "load-corpus")
HEADER = "unit_code,segment,as_of,count,reported_at,reporter,source_ref"
DAY = "2020-08-19"
SENT = "2020-08-19T09:00:00Z"
REPORTER = "UBND huyện Đức Huệ"
# Huyện Đức Huệ (801) of the demo: 11 communes, figures of 19/8/2020 summing to 8.793
DUC_HUE = [("27898", 763), ("27901", 739), ("27904", 928), ("27907", 1402), ("27910", 801),
           ("27913", 944), ("27916", 470), ("27919", 1103), ("27922", 248), ("27925", 962),
           ("27928", 433)]

manifest = []


def rows(n=3, changes=None):
    """The first n communes as CSV rows (lists), with changes {index: {column: value}}."""
    out = []
    for i, (code, count) in enumerate(DUC_HUE[:n]):
        r = {"unit_code": code, "segment": "residents", "as_of": DAY, "count": str(count),
             "reported_at": SENT, "reporter": REPORTER, "source_ref": "zalo"}
        r.update((changes or {}).get(i, {}))
        out.append(r)
    return out


def csv_line(values, sep=","):
    def q(v):
        if any(c in v for c in (sep, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v
    return sep.join(q(v) for v in values)


def text(header, records, sep=",", eol="\n"):
    cols = header.split(",")
    lines = [csv_line(cols, sep)]
    for r in records:
        lines.append(csv_line([r.get(c, "") for c in cols], sep))
    return eol.join(lines) + eol


def figures(n=3, **over):
    d = {code: count for code, count in DUC_HUE[:n]}
    d.update(over)
    return "ACCEPT " + " ".join("fig:%s=%s" % (k, v) for k, v in sorted(d.items()))


def cp1258(s):
    """Text as Windows-1258 bytes, as Excel's plain "CSV" saves it on a Vietnamese system: each
    letter precomposed where the code page has it (ê, ơ, đ...), else that letter and a combining
    tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        for m in marks:
            composed = unicodedata.normalize("NFC", base + m)
            try:
                head = composed.encode("cp1258")
            except UnicodeEncodeError:
                continue
            rest = [x for x in marks if x != m]
            out += head + "".join(rest).encode("cp1258")
            break
        else:
            out += d.encode("cp1258")
    return out


def write(name, data, kind, db, options, expected, says, encoding="utf-8"):
    raw = data if isinstance(data, bytes) else data.encode(encoding)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(raw)
    manifest.append("\t".join([name, kind, db, options or "-", expected, says or "-"]))


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))

    # ---- accepted forms ----
    write("ok-plain.csv", text(HEADER, rows()), "reports", "demo", None, figures(),
          "accepted 3, unchanged 0 (3 rows)")
    write("ok-semicolons.csv", text(HEADER, rows(), sep=";"), "reports", "demo", None,
          figures(), None)
    write("ok-tabs.csv", text(HEADER, rows(), sep="\t"), "reports", "demo", None, figures(),
          None)
    write("ok-crlf.csv", text(HEADER, rows(), eol="\r\n"), "reports", "demo", None, figures(),
          None)
    write("ok-utf8-bom.csv", codecs.BOM_UTF8 + text(HEADER, rows()).encode("utf-8"), "reports",
          "demo", None, figures(), None)
    write("ok-utf16le-bom-tabs.csv", codecs.BOM_UTF16_LE
          + text(HEADER, rows(), sep="\t", eol="\r\n").encode("utf-16-le"), "reports", "demo",
          None, figures(), None)
    write("ok-utf16be-bom.csv", codecs.BOM_UTF16_BE + text(HEADER, rows()).encode("utf-16-be"),
          "reports", "demo", None, figures(), None)
    write("ok-quoted-newlines-and-separators.csv", text(HEADER, rows(3, {
        0: {"reporter": "UBND huyện Đức Huệ\nPhòng Văn hóa, Thông tin"},
        1: {"source_ref": "tin nhắn \"Zalo\", nhóm; 19/8"}})), "reports", "demo", None,
          figures(), None)
    write("ok-columns-in-another-order.csv", text(
        "reported_at,count,unit_code,source_ref,as_of,reporter,segment", rows()), "reports",
          "demo", None, figures(), None)
    write("ok-header-spaces-and-case.csv", " Unit_Code ,SEGMENT,As_Of,count,reported_at,"
          "reporter,source_ref\n" + text(HEADER, rows()).split("\n", 1)[1], "reports", "demo",
          None, figures(), None)
    write("ok-without-source-ref.csv", text(
        "unit_code,segment,as_of,count,reported_at,reporter", rows()), "reports", "demo", None,
          figures(), None)
    write("ok-blank-rows-and-trailing-separators.csv",
          HEADER + ",,\n" + "\n".join(csv_line([r[c] for c in HEADER.split(",")]) + ",,"
                                      for r in rows()) + "\n,,,,,,,,\n\n", "reports", "demo",
          None, figures(), None)
    corrected = rows(3)
    corrected.insert(0, dict(corrected[1], count="800", reported_at="2020-08-19T15:00:00Z"))
    corrected.append(dict(corrected[2], count="1", reported_at="2020-08-19T08:00:00Z"))
    write("ok-corrections-latest-sent-wins.csv", text(HEADER, corrected), "reports", "demo",
          None, figures(**{"27901": 800}), "accepted 5, unchanged 0 (5 rows)")
    write("ok-offset-time.csv", text(HEADER, rows(3, {
        0: {"reported_at": "2020-08-19T16:00:00+07:00"}})), "reports", "demo", None, figures(),
          None)
    write("ok-spaces-around-values.csv", text(HEADER, rows(3, {
        0: {"unit_code": "\u00a027898\u00a0", "count": " 763 "},
        1: {"as_of": " " + DAY, "reporter": "\u200b" + REPORTER + " "}})), "reports", "demo",
          None, figures(), None)
    write("ok-whole-district.csv", text(HEADER, rows(11)), "reports", "demo", None,
          figures(11), None)

    # ---- header faults: refused at line 1 ----
    write("header-missing.csv", "\n".join(text(HEADER, rows()).split("\n")[1:]), "reports",
          "demo", None, "REFUSE 1", "expected the header " + HEADER)
    write("header-unknown-column.csv", text(HEADER, rows()).replace("as_of", "asOf", 1),
          "reports", "demo", None, "REFUSE 1:asOf 1:as_of", "did you mean as_of?")
    write("header-doubled-column.csv", HEADER + ",count\n" + "\n".join(
        csv_line([r[c] for c in HEADER.split(",")] + [r["count"]]) for r in rows()) + "\n",
          "reports", "demo", None, "REFUSE 1:count", "appears more than once (columns 4, 8)")
    write("header-missing-column.csv", text(
        "unit_code,segment,as_of,count,reporter,source_ref", rows()), "reports", "demo", None,
          "REFUSE 1:reported_at", "Missing column reported_at")
    write("header-only-blank.csv", "\n\n", "reports", "demo", None, "REFUSE 1",
          "The file is empty")
    write("header-of-another-file.csv", text("unit_code,segment,count,source,vintage", [
        {"unit_code": "27898", "segment": "residents", "count": "1", "source": "x",
         "vintage": "2019-04-01"}]), "reports", "demo", None,
          "REFUSE 1:source 1:vintage 1:as_of 1:reported_at 1:reporter", None)

    # ---- encodings ----
    write("encoding-windows-1258.csv", cp1258(text(HEADER, rows())), "reports",
          "demo", None, "REFUSE 2", "Save it as \"CSV UTF-8\"")
    late = rows(3)
    late[2]["reporter"] = "UBND huyện Đức Huệ"
    data = (text(HEADER, [dict(r, reporter="UBND") for r in late[:2]])
            + csv_line([late[2][c] for c in HEADER.split(",")]) + "\n")
    write("encoding-windows-1258-from-line-4.csv", cp1258(data), "reports", "demo",
          None, "REFUSE 4", "byte 0xEA on line 4")
    write("encoding-utf16-without-bom.csv", text(HEADER, rows()).encode("utf-16-le"),
          "reports", "demo", None, "REFUSE 1", "UTF-16 without a byte order mark")
    write("encoding-utf16le-bom-odd-byte.csv", codecs.BOM_UTF16_LE
          + text(HEADER, rows()).encode("utf-16-le") + b"\x41", "reports", "demo", None,
          "REFUSE 5", "is not valid UTF-16LE")

    # ---- rows and quotes ----
    write("row-more-values-than-header.csv", text(HEADER, rows()).replace(
        "zalo\n", "zalo,x\n", 2).replace("zalo,x\n", "zalo\n", 1), "reports", "demo", None,
          "REFUSE 3", "more than the header's 7 columns")
    fewer = text(HEADER, rows()).split("\n")
    fewer[2] = fewer[2].replace("," + SENT + "," + REPORTER + ",zalo", "")
    write("row-fewer-values.csv", "\n".join(fewer), "reports", "demo", None,
          "REFUSE 3:reported_at", "a separator left out?")
    quoted = text(HEADER, rows()).split("\n")
    quoted[2] = quoted[2].replace(REPORTER, '"' + REPORTER)
    write("quotes-not-closed.csv", "\n".join(quoted), "reports", "demo", None, "REFUSE 3",
          "A quoted value is not closed")
    write("quoted-newline-then-bad-count.csv", text(HEADER, rows(3, {
        0: {"reporter": "UBND\nhuyện\nĐức Huệ"}, 2: {"count": "9x"}})), "reports", "demo",
          None, "REFUSE 6:count", "Invalid number \"9x\"")

    # ---- unit codes ----
    write("code-unknown.csv", text(HEADER, rows(3, {2: {"unit_code": "99999"}})),
          "reports", "demo", None, "REFUSE 4:unit_code", "Unit code 99999 is not in the units")
    write("code-not-a-code.csv", text(HEADER, rows(3, {1: {"unit_code": "2.79E+04"}})),
          "reports", "demo", None, "REFUSE 3:unit_code", "is not a unit code")
    write("code-outside-reporting-unit.csv", text(HEADER, rows(2) + [dict(rows(1)[0],
          unit_code="27685")]), "reports", "demo", "--unit 801", "REFUSE 4:unit_code",
          "is not under the reporting unit 801")
    write("code-not-valid-on-day.csv", text(HEADER, rows(3, {1: {"as_of": "2019-08-19"}})),
          "reports", "demo", None, "REFUSE 3:as_of", "No units are valid on 2019-08-19")
    ba_dinh = [{"unit_code": c, "segment": "residents", "as_of": DAY, "count": n,
                "reported_at": SENT, "reporter": "UBND quận Ba Đình", "source_ref": "zalo"}
               for c, n in (("1", "1520"), ("4", "980"), ("10", "760"), ("22", "1650"))]
    write("code-lost-zeros-without-unit.csv", text(HEADER, ba_dinh), "reports", "national",
          None, "REFUSE 2:unit_code 3:unit_code 4:unit_code 5:unit_code",
          "10 (Tỉnh Lào Cai), 00010 (Phường Nguyễn Trung Trực)")
    write("code-lost-zeros-under-unit.csv", text(HEADER, ba_dinh[1:]), "reports", "national",
          "--unit 001", "ACCEPT fig:00004=980 fig:00010=760 fig:00022=1650",
          "read as 00010 (Phường Nguyễn Trung Trực)")
    write("code-lost-zeros-ambiguous-under-unit.csv", text(HEADER, ba_dinh), "reports",
          "national", "--unit 001", "REFUSE 2:unit_code",
          "001 (Quận Ba Đình), 00001 (Phường Phúc Xá)")
    # the kind of a file's other units settles nothing: beside a commune, 10 may still be the
    # province, and a district's figure beside its communes is common
    ha_noi = [dict(r, reporter="UBND thành phố Hà Nội") for r in ba_dinh] + [
        dict(ba_dinh[0], unit_code="10498", count="500", reporter="UBND thành phố Hà Nội")]
    write("code-lost-zeros-beside-a-commune.csv", text(HEADER, ha_noi), "reports", "national",
          None, "REFUSE 2:unit_code 3:unit_code 4:unit_code 5:unit_code",
          "10 (Tỉnh Lào Cai), 00010 (Phường Nguyễn Trung Trực)")
    districts = [{"unit_code": c, "segment": "residents", "as_of": DAY, "count": n,
                  "reported_at": SENT, "reporter": "UBND tỉnh Long An", "source_ref": "zalo"}
                 for c, n in (("796", "6100"), ("794", "19000"), ("27898", "763"))]
    write("code-district-beside-communes.csv", text(HEADER, districts), "reports", "national",
          None, "REFUSE 2:unit_code", "796 (Huyện Tân Hưng), 00796 (Xã Tả Lủng)")
    # but a code written with its leading zeros shows the column was text: 796 is as written
    kept = [dict(districts[0], unit_code="001", count="21000")] + districts
    write("code-zeros-kept-elsewhere.csv", text(HEADER, kept), "reports", "national", None,
          "ACCEPT fig:001=21000 fig:796=6100 fig:794=19000 fig:27898=763",
          "Code 796 is read as written: 796 (Huyện Tân Hưng), since the file keeps leading zeros"
          " in its codes (line 2)")

    # ---- values ----
    write("value-date-day-month-year.csv", text(HEADER, rows(3, {1: {"as_of": "19/08/2020"}})),
          "reports", "demo", None, "REFUSE 3:as_of", "Invalid date \"19/08/2020\"")
    write("value-count-thousands-separator.csv", text(HEADER, rows(3, {
        2: {"count": "1.402"}})), "reports", "demo", None, "REFUSE 4:count",
          "Invalid number \"1.402\"")
    write("value-count-negative.csv", text(HEADER, rows(3, {0: {"count": "-5"}})), "reports",
          "demo", None, "REFUSE 2:count", "cannot be negative: -5")
    write("value-count-out-of-range.csv", text(HEADER, rows(3, {
        0: {"count": "10000000000000"}, 1: {"count": "99999999999999999999"}})), "reports",
          "demo", None, "REFUSE 2:count 3:count", "out of range (0 to 1000000000000)")
    write("value-reported-at-unreadable.csv", text(HEADER, rows(3, {
        1: {"reported_at": "19/08/2020 09:00"}})), "reports", "demo", None,
          "REFUSE 3:reported_at", "Invalid time \"19/08/2020 09:00\"")
    write("value-reported-at-without-offset.csv", text(HEADER, rows(3, {
        1: {"reported_at": "2020-08-19T09:00:00"}})), "reports", "demo", None,
          "REFUSE 3:reported_at", "Invalid time \"2020-08-19T09:00:00\"")
    write("value-reporter-missing.csv", text(HEADER, rows(3, {2: {"reporter": " "}})),
          "reports", "demo", None, "REFUSE 4:reporter", "reporter is missing")
    write("value-segment-invalid.csv", text(HEADER, rows(3, {0: {"segment": "Residents"}})),
          "reports", "demo", None, "REFUSE 2:segment", "Invalid segment \"Residents\"")
    write("value-every-fault-at-once.csv", text(HEADER, rows(3, {
        0: {"unit_code": "99999", "as_of": "2020-8-19"}, 1: {"count": "", "reporter": ""},
        2: {"reported_at": "x"}})), "reports", "demo", None,
          "REFUSE 2:as_of 3:count 3:reporter 4:reported_at", None)

    # ---- found while saving: too long for the database ----
    write("saving-reporter-too-long.csv", text(HEADER, rows(3, {2: {"reporter": "R" * 201}})),
          "reports", "demo", None, "REFUSE 4:reporter",
          "The reporter is longer than 200 characters")
    write("saving-source-ref-too-long.csv", text(HEADER, rows(3, {
        1: {"source_ref": "S" * 401}})), "reports", "demo", None, "REFUSE 3:source_ref",
          "The source reference is longer than 400 characters")

    # ---- denominators ----
    den = "unit_code,segment,count,source,vintage"
    d_rows = [{"unit_code": c, "segment": "residents", "count": str(n * 8), "source": "corpus",
               "vintage": "2020-08-01"} for c, n in DUC_HUE[:3]]
    write("denominators-ok.csv", text(den, d_rows), "denominators", "demo", None,
          "ACCEPT " + " ".join("den:%s=%d" % (c, n * 8) for c, n in DUC_HUE[:3]),
          "stored 3 denominators")
    write("denominators-unknown-code.csv", text(den, d_rows[:2] + [dict(d_rows[2],
          unit_code="99999")]), "denominators", "demo", None, "REFUSE 4:unit_code",
          "Unit code 99999 is not in the units.")
    write("denominators-source-too-long-last.csv", text(den, d_rows[:2] + [dict(d_rows[2],
          source="S" * 201)]), "denominators", "demo", None, "REFUSE 4:source",
          "The source is longer than 200 characters")
    write("denominators-no-header.csv", "\n".join(text(den, d_rows).split("\n")[1:]),
          "denominators", "demo", None, "REFUSE 1", "expected the header " + den)
    write("denominators-lost-zeros-under-unit.csv", text(den, [
        {"unit_code": "4", "segment": "residents", "count": "8000", "source": "corpus",
         "vintage": "2019-04-01"}]), "denominators", "national", "--unit 001",
          "ACCEPT den:00004=8000", "read as 00004 (Phường Trúc Bạch)")

    # ---- units ----
    uh = "hierarchy,valid_from,code,kind,name,parent_code"
    u_rows = [{"hierarchy": "corpus", "valid_from": "2020-06-01", "code": "C", "kind": "group",
               "name": "Gốc", "parent_code": ""},
              {"hierarchy": "corpus", "valid_from": "2020-06-01", "code": "C1", "kind": "group",
               "name": "Con 1", "parent_code": "C"},
              {"hierarchy": "corpus", "valid_from": "2020-06-01", "code": "C2", "kind": "group",
               "name": "Con 2", "parent_code": "C"}]
    write("units-ok.csv", text(uh, u_rows), "units", "demo", None,
          "ACCEPT ver:corpus@2020-06-01=3", "stored corpus@2020-06-01 (3 units)")
    write("units-bad-parent.csv", text(uh, u_rows[:2] + [dict(u_rows[2], parent_code="Z")]),
          "units", "demo", None, "REFUSE 4:parent_code", "Parent Z of C2")
    second = [dict(r, hierarchy="territorial") for r in u_rows]
    write("units-second-version-overlaps-stored.csv", text(uh, u_rows + second), "units",
          "demo", None, "REFUSE 5:valid_from",
          "overlaps version territorial@2020-06-01 (3 units)")
    write("units-name-too-long.csv", text(uh, u_rows[:2] + [dict(u_rows[2], name="N" * 401)]),
          "units", "demo", None, "REFUSE 4:name",
          "The name of unit C2 is longer than 400 characters")
    write("units-kind-invalid.csv", text(uh, [dict(u_rows[0], kind="Tỉnh")] + u_rows[1:]),
          "units", "demo", None, "REFUSE 2:kind", "Invalid kind \"Tỉnh\"")

    # ---- crosswalk ----
    write("crosswalk-no-header.csv", "27688,27694,1,\n", "crosswalk", "demo",
          "--from 2020-08-15 --to 2024-12-01", "REFUSE 1",
          "expected the header old_code,new_code,weight,note")

    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("# The bad-CSV corpus of uptake load: made by src/test/load-corpus/make-corpus.py,"
                " do not edit by hand.\n")
        f.write("# file\tkind\tdb\toptions\texpected\tsays\n")
        for line in manifest:
            f.write(line + "\n")
    print("wrote %d files to %s" % (len(manifest), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
