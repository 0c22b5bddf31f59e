#!/usr/bin/env bash
# Makes the producer corpus: workbooks written by real spreadsheet producers, with their true
# figures, into adapters-excel/src/test/resources/producers/ (the workbooks, manifest.tsv and
# CASES.md), for ProducerCorpusTest.
#
# Needs (Debian 12 packages and npm; nothing from PyPI):
#   - python3-openpyxl and python3-xlsxwriter, run with Debian's /usr/bin/python3;
#     the vbaProject.bin that python3-xlsxwriter ships in /usr/share/doc/python3-xlsxwriter/examples/
#   - libreoffice-calc-nogui (soffice): .xlsx and .xls files converted from the other producers'
#     files, with formulas recomputed and their results stored
#   - node and npm: exceljs at the version pinned in package.json / package-lock.json (npm ci here)
#     apt-get install -y python3-openpyxl python3-xlsxwriter libreoffice-calc-nogui nodejs npm
#
# Idempotent: every run rewrites the whole corpus from corpus.py (figures from fixed seeds, so the
# figures and the manifest come out the same; LibreOffice's files differ in their timestamps).
# Nothing is written into the resources folder unless every file was made and verified.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../../.." && pwd)
OUT=$REPO/adapters-excel/src/test/resources/producers
PY=/usr/bin/python3
VBA=/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin

die() { echo "make-corpus: $*" >&2; exit 1; }
$PY -c 'import openpyxl, xlsxwriter' 2>/dev/null \
    || die "needs Debian's python3-openpyxl and python3-xlsxwriter for $PY"
command -v soffice >/dev/null || die "needs soffice (Debian: libreoffice-calc-nogui)"
command -v node >/dev/null && command -v npm >/dev/null || die "needs node and npm"
[ -f "$VBA" ] || die "needs $VBA (Debian: python3-xlsxwriter)"
[ -f "$OUT/population_2019census_longan_communes.csv" ] || die "missing $OUT/population_2019census_longan_communes.csv"

if [ ! -d "$HERE/node_modules/exceljs" ] \
        || ! (cd "$HERE" && node -e 'process.exit(require("exceljs/package.json").version === require("./package.json").dependencies.exceljs ? 0 : 1)'); then
    (cd "$HERE" && npm ci --no-audit --no-fund --silent)
fi

WORK=$(mktemp -d /tmp/uptake-corpus.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
NEW=$WORK/new
SRC=$WORK/src
mkdir -p "$NEW" "$SRC" "$WORK/lo-xlsx" "$WORK/lo-xls" "$WORK/lo-xlsm" "$WORK/xls-check" \
    "$WORK/profile/user"

# LibreOffice in a fresh profile that recomputes every formula of the files it opens
cat > "$WORK/profile/user/registrymodifications.xcu" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
EOF
lo() { soffice "-env:UserInstallation=file://$WORK/profile" --headless "$@" >>"$WORK/soffice.log" 2>&1; }

PLAN=$WORK/plan.json
$PY "$HERE/corpus.py" "$REPO" "$PLAN"
$PY "$HERE/write_openpyxl.py" "$PLAN" "$NEW" "$SRC"
$PY "$HERE/write_xlsxwriter.py" "$PLAN" "$NEW" "$SRC" "$VBA"
(cd "$HERE" && node write_exceljs.js "$PLAN" "$NEW" "$SRC")

# LibreOffice: one conversion per target format; SOURCE TARGET lines from the plan
$PY - "$PLAN" > "$WORK/lo.tsv" <<'EOF'
import json, sys
for case in json.load(open(sys.argv[1], encoding="utf-8")):
    for f in case["files"]:
        if f["producer"].startswith("libreoffice"):
            ext = "xlsm" if case["workbook"]["vba"] else "xlsx"
            print(f"{case['id']}_{f['source']}.{ext}\t{f['file']}")
EOF
convert() {   # FILTER OUTDIR SOURCE...
    local filter=$1 outdir=$2
    shift 2
    [ $# -gt 0 ] && (cd "$SRC" && lo --convert-to "$filter" --outdir "$outdir" "$@")
    return 0
}
mapfile -t to_xlsx < <(awk -F'\t' '$1 ~ /\.xlsx$/ && $2 ~ /\.xlsx$/ {print $1}' "$WORK/lo.tsv")
mapfile -t to_xls < <(awk -F'\t' '$2 ~ /\.xls$/ {print $1}' "$WORK/lo.tsv")
mapfile -t to_xlsm < <(awk -F'\t' '$1 ~ /\.xlsm$/ {print $1}' "$WORK/lo.tsv")
convert xlsx "$WORK/lo-xlsx" "${to_xlsx[@]}"
convert xls "$WORK/lo-xls" "${to_xls[@]}"
convert 'xlsm:Calc MS Excel 2007 VBA XML' "$WORK/lo-xlsm" "${to_xlsm[@]}"
while IFS=$'\t' read -r source target; do
    base=${source%.*}
    case $target in
        *.xls) made=$WORK/lo-xls/$base.xls ;;
        *) if [[ $source == *.xlsm ]]; then made=$WORK/lo-xlsm/$base.xlsm; else made=$WORK/lo-xlsx/$base.xlsx; fi ;;
    esac
    [ -f "$made" ] || { cat "$WORK/soffice.log" >&2; die "LibreOffice did not make $made"; }
    mv "$made" "$NEW/$target"
done < "$WORK/lo.tsv"
echo "LibreOffice $(soffice --version | awk '{print $2}'): $(wc -l < "$WORK/lo.tsv") files"

$PY "$HERE/derive.py" "$PLAN" "$NEW" "$SRC" "$VBA"

# the .xls files read back as .xlsx, for verify.py
shopt -s nullglob
xls=("$NEW"/*.xls)
if [ ${#xls[@]} -gt 0 ]; then
    lo --convert-to xlsx --outdir "$WORK/xls-check" "${xls[@]}"
fi
$PY "$HERE/verify.py" "$PLAN" "$NEW" "$SRC" "$WORK/xls-check"
$PY "$HERE/manifest.py" "$PLAN" "$NEW"

# install: replace the previous corpus, keep the hand-written files
mkdir -p "$OUT"
rm -f "$OUT"/*.xlsx "$OUT"/*.xls "$OUT"/*.xlsm "$OUT/manifest.tsv" "$OUT/CASES.md"
cp "$NEW"/* "$OUT"/
echo "make-corpus: $(grep -vc '^#' "$OUT/manifest.tsv") files in $OUT"
