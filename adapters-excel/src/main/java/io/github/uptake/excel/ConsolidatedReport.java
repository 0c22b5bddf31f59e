package io.github.uptake.excel;

import io.github.uptake.format.SafeText;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.UnitKind;
import io.github.uptake.progress.Ranking;
import io.github.uptake.quality.Finding;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.OwnFigureUse;
import io.github.uptake.rollup.PartialRate;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.rollup.TargetStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the consolidated report of a unit on a day as a workbook that looks like an official
 * document: the header of Decree 30/2020/NĐ-CP (issuing body, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
 * Độc lập - Tự do - Hạnh phúc", place and date), a title, and one sheet per level below the unit
 * (districts; communes grouped by district; organisations by sector), each row with count,
 * denominator, rate, target status by colour, gap, change since the previous report, rank among its
 * peers, and units missing from the day's reports marked.
 *
 * <p>What every cell shows:
 * <ul>
 *   <li><b>Rates</b> are numbers with the format {@code 0.00%}, stored already rounded by the one
 *       rule of {@link UptakeFormat}: half-up to two decimals of a percent, except that a rate
 *       below its target is stored as at most the largest two-decimal value below the target
 *       (59,996% against 60% is stored as 0,5999 and shows {@code 59,99%}), so no display of the
 *       cell can read as reaching the target.</li>
 *   <li><b>Totals</b> are formulas, so the sheet still computes, and every formula carries its
 *       correct result, so a reader that takes stored results (the importer among them) sees the
 *       totals; the workbook also asks to be recalculated on opening. A total's rate formula keeps
 *       the same rule: {@code ROUND(count/denominator, 4)}, and below the target at most the
 *       largest value below it ({@code MIN(..., 0.5999)}).</li>
 *   <li><b>Missing</b> is {@code –}, never 0: a unit without a current figure, a unit without a
 *       denominator, and a rate that cannot be computed.</li>
 *   <li><b>Parents' own figures</b> (a district that reports its own total): a count that is the
 *       parent's own figure is shaded and says so in the notes column; a sheet "Ghi chú" lists
 *       every own figure of the units in the report, used or set aside, with the policy.</li>
 *   <li><b>Partial rates</b>: a unit without a denominator some of whose units below have one
 *       shows the rate over those units, marked {@code *}, with a note saying how many units have
 *       none; a total over rows some of which have no denominator is the rate over those that
 *       have one, marked the same way.</li>
 * </ul>
 *
 * <p>Streamed (SXSSF), so a national report stays within bounded memory. Text from users never
 * starts a formula ({@link SafeText}). This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsolidatedReport {
    private static final String[] HEADINGS = {"STT", "Mã", "Tên đơn vị", "Số người cài đặt",
        "Mẫu số", "Tỷ lệ", "Mục tiêu", "Còn thiếu (người)", "Tăng so với kỳ trước", "Xếp hạng",
        "Ghi chú"};
    /** The name of the sheet that lists the parents' own figures and the denominator findings. */
    public static final String NOTES_SHEET = "Ghi chú";
    /** What a missing figure, denominator or rate shows. */
    public static final String MISSING = "–";
    /** The mark of a partial rate. */
    public static final String PARTIAL = "*";

    /**
     * The document's header.
     *
     * @param issuingParent  the body above the issuer, e.g. {@code UBND TỈNH LONG AN}, may be empty
     * @param issuingBody  the issuer, e.g. {@code SỞ THÔNG TIN VÀ TRUYỀN THÔNG}, not blank
     * @param symbol  the document symbol, e.g. {@code Số: 125/BC-STTTT}, may be empty
     * @param place  the place of issue, e.g. {@code Long An}, not blank
     * @param issuedOn  the day of issue, not null
     * @param subject  what was installed, e.g. {@code ứng dụng Bluezone}, not blank
     */
    public record Header(String issuingParent, String issuingBody, String symbol, String place,
                         LocalDate issuedOn, String subject) {
        /**
         * Creates a header, checking the fields; a null issuing parent or symbol becomes empty.
         *
         * @param issuingParent  the body above the issuer, e.g. {@code UBND TỈNH LONG AN}; null
         *     or empty for none
         * @param issuingBody  the issuer, e.g. {@code SỞ THÔNG TIN VÀ TRUYỀN THÔNG}, not blank
         * @param symbol  the document symbol, e.g. {@code Số: 125/BC-STTTT}; null or empty for
         *     none
         * @param place  the place of issue, e.g. {@code Long An}, not blank
         * @param issuedOn  the day of issue, not null
         * @param subject  what was installed, e.g. {@code ứng dụng Bluezone}, not blank
         * @throws IllegalArgumentException if the issuer, the place or the subject is null or
         *     blank
         * @throws NullPointerException if the day of issue is null
         */
        public Header {
            issuingParent = issuingParent == null ? "" : issuingParent;
            Checks.text(issuingBody, "issuingBody");
            symbol = symbol == null ? "" : symbol;
            Checks.text(place, "place");
            Checks.notNull(issuedOn, "issuedOn");
            Checks.text(subject, "subject");
        }
    }

    private ConsolidatedReport() {
    }

    /**
     * Writes the report of a unit on the snapshot's day as an {@code .xlsx} workbook.
     *
     * @param snapshot  the roll-up of the day, under the policy the report states, not null
     * @param previous  the roll-up of the previous report, for the change column; null for none
     * @param unitCode  the unit the report is about (usually the root), in the snapshot, not null
     * @param header  the document's header, not null
     * @param out  where to write the .xlsx, not closed, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the unit is not in the snapshot's version
     */
    public static void write(Snapshot snapshot, Snapshot previous, String unitCode, Header header,
                             OutputStream out) throws IOException {
        HierarchyVersion v = snapshot.version();
        int top = v.ordinal(unitCode);
        if (top < 0) {
            throw new IllegalArgumentException("unit " + unitCode + " is not in " + v);
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles st = new Styles(wb);
            int depth = v.depthAt(top);
            int deepest = depth;
            for (int i = top; i < v.subtreeEnd(top); i++) {
                deepest = Math.max(deepest, v.depthAt(i));
            }
            for (int d = depth + 1; d <= deepest; d++) {
                level(wb, st, snapshot, previous, top, d, header);
            }
            if (deepest == depth) {
                level(wb, st, snapshot, previous, top, depth, header);
            }
            notesSheet(wb, st, snapshot, top, header);
            // every formula carries its result; readers that calculate are asked to anyway
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            wb.dispose();
        }
    }


    private static void level(SXSSFWorkbook wb, Styles st, Snapshot snap, Snapshot previous,
                              int top, int depth, Header header) {
        HierarchyVersion v = snap.version();
        // the units of this level under the top unit, grouped by parent (pre-order keeps groups)
        Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
        Set<UnitKind> kinds = new LinkedHashSet<>();
        for (int i = top; i < v.subtreeEnd(top); i++) {
            if (v.depthAt(i) == depth) {
                int parent = i == top ? i : v.parentOrdinal(i);
                groups.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
                kinds.add(v.unitAt(i).kind());
            }
        }
        String name = sheetName(kinds, depth, wb);
        SXSSFSheet sheet = wb.createSheet(name);
        UptakeFormat vi = UptakeFormat.vietnamese();
        int r = 0;
        r = documentHeader(sheet, st, header, "Báo cáo kết quả cài đặt " + header.subject()
                + " – " + v.unitAt(top).name(), "Tính đến " + vi.date(snap.date()),
                HEADINGS.length, r);
        Row head = sheet.createRow(r);
        head.setHeightInPoints(32);
        for (int c = 0; c < HEADINGS.length; c++) {
            cell(head, c, st.heading).setCellValue(HEADINGS[c]);
        }
        int headerRow = r++;
        boolean grouped = depth - v.depthAt(top) > 1;
        int firstData = r;
        int number = 1;
        Sums all = new Sums();
        Marks marks = new Marks();
        for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
            int groupStart = r;
            if (grouped) {
                Row gr = sheet.createRow(r++);
                cell(gr, 1, st.group).setCellValue(SafeText.of(v.unitAt(g.getKey()).code()));
                cell(gr, 2, st.group).setCellValue(SafeText.of(v.unitAt(g.getKey()).name()));
                groupStart = r;
            }
            Map<Integer, Integer> rank = new HashMap<>();
            List<NodeResult> nodes = new ArrayList<>();
            for (int i : g.getValue()) {
                nodes.add(snap.nodeAt(i));
            }
            for (Ranking.Ranked x : Ranking.rank(nodes)) {
                rank.put(v.ordinal(x.node().code()), x.rank());
            }
            Sums group = new Sums();
            for (int i : g.getValue()) {
                NodeResult n = snap.nodeAt(i);
                row(sheet.createRow(r++), st, n, previous, rank.get(i), number++, marks);
                group.add(n);
                all.add(n);
            }
            if (grouped && r > groupStart) {
                NodeResult parent = snap.nodeAt(g.getKey());
                Row sub = sheet.createRow(r);
                totals(sub, st, "Cộng " + v.unitAt(g.getKey()).name(), groupStart, r - 1,
                        parent.rule().orElse(null), group, marks);
                String own = ownFigureNote(parent);
                if (!own.isEmpty()) {
                    cell(sub, 10, parent.ownFigureUse() == OwnFigureUse.USED ? st.own : st.text)
                            .setCellValue(own);
                }
                r++;
            }
        }
        if (r > firstData) {
            totals(sheet.createRow(r), st, "TỔNG CỘNG", firstData, r - 1,
                    snap.nodeAt(top).rule().orElse(null), all, marks);
            r++;
        }
        r++;
        note(sheet, st, r++, HEADINGS.length, "Tỷ lệ = số người cài đặt / mẫu số, làm tròn đến"
                + " 0,01%; tỷ lệ chưa đạt mục tiêu không bao giờ được làm tròn lên thành mức mục"
                + " tiêu. Dấu \"" + MISSING + "\" là không có số (không phải 0). Đơn vị chưa gửi"
                + " báo cáo hôm nay được ghi \"chưa báo cáo\"; số của đơn vị cấp trên chỉ cộng các số"
                + " còn hiệu lực.");
        note(sheet, st, r++, HEADINGS.length, "Nguồn mẫu số: " + sources(snap, top) + ".");
        note(sheet, st, r++, HEADINGS.length, policyNote(snap.policy()));
        if (marks.own) {
            note(sheet, st, r++, HEADINGS.length, "Ô tô màu: số của chính đơn vị cấp trên được"
                    + " dùng thay cho tổng các đơn vị trực thuộc; xem trang \"" + NOTES_SHEET
                    + "\".");
        }
        if (marks.partial) {
            note(sheet, st, r++, HEADINGS.length, PARTIAL + " Tỷ lệ một phần: chỉ tính trên các"
                    + " đơn vị có mẫu số; các đơn vị chưa có mẫu số được nêu ở cột Ghi chú và"
                    + " trang \"" + NOTES_SHEET + "\".");
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, HEADINGS.length - 1));
        pageSetup(sheet, new int[] {6, 9, 34, 16, 14, 10, 11, 14, 14, 9, 40});
    }

    /** Which units' rows a sheet holds, for its notes. */
    private static final class Marks {
        boolean own;
        boolean partial;
    }

    /**
     * The figures of a total row as the formulas compute them from the unit rows: the stored
     * result of each formula.
     */
    private static final class Sums {
        boolean anyFigure;
        long count;
        boolean anyDenominator;
        long denominator;
        long coveredCount;
        boolean complete = true;

        void add(NodeResult n) {
            boolean figure = n.hasFigure();
            boolean covered = n.denominator().isPresent() && n.denominator().orElseThrow().count() > 0;
            if (figure) {
                anyFigure = true;
                count += n.count();
            }
            if (n.denominator().isPresent()) {
                denominator += n.denominator().orElseThrow().count();
            }
            if (covered) {
                anyDenominator = true;
                if (figure) {
                    coveredCount += n.count();
                }
            } else {
                complete = false;
            }
        }
    }

    /**
     * Writes the Decree 30 document header: issuer and national motto, place and date, title and
     * subtitle, over {@code columns} columns. Returns the next free row, one blank row after.
     */
    static int documentHeader(SXSSFSheet sheet, Styles st, Header h, String title,
                              String subtitle, int columns, int r) {
        UptakeFormat vi = UptakeFormat.vietnamese();
        String[][] lines = {
            {h.issuingParent(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
            {h.issuingBody(), "Độc lập - Tự do - Hạnh phúc"},
            {h.symbol(), vi.placeAndDate(h.place(), h.issuedOn())},
        };
        for (String[] line : lines) {
            Row row = sheet.createRow(r);
            cell(row, 0, st.centreBold).setCellValue(SafeText.of(line[0]));
            cell(row, 5, st.centreBold).setCellValue(SafeText.of(line[1]));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 5, columns - 1));
            r++;
        }
        r++;
        Row row = sheet.createRow(r);
        cell(row, 0, st.title).setCellValue(SafeText.of(title.toUpperCase(
                java.util.Locale.forLanguageTag("vi"))));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        r++;
        Row sub = sheet.createRow(r);
        cell(sub, 0, st.centre).setCellValue(SafeText.of(subtitle));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        return r + 2;
    }

    /** Sets A4 landscape, one page wide, and the column widths (in characters). */
    static void pageSetup(SXSSFSheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    private static void row(Row row, Styles st, NodeResult n, Snapshot previous, Integer rank,
                            int number, Marks marks) {
        UptakeFormat vi = UptakeFormat.vietnamese();
        boolean figure = n.hasFigure();
        List<String> notes = new ArrayList<>();
        cell(row, 0, st.number).setCellValue(number);
        cell(row, 1, st.text).setCellValue(SafeText.of(n.code()));
        cell(row, 2, st.text).setCellValue(SafeText.of(n.unit().name()));
        if (figure) {
            boolean own = n.ownFigureUse() == OwnFigureUse.USED;
            cell(row, 3, own ? st.ownNumber : st.number).setCellValue(n.count());
            marks.own |= own;
        } else {
            cell(row, 3, st.missingValue).setCellValue(MISSING);
        }
        if (n.denominator().isPresent()) {
            cell(row, 4, st.number).setCellValue(n.denominator().orElseThrow().count());
        } else {
            cell(row, 4, st.missingValue).setCellValue(MISSING);
        }
        long den = n.denominator().map(d -> d.count()).orElse(0L);
        if (figure && den > 0) {
            cell(row, 5, st.percent).setCellValue(shownRate(n.count(), den, n.rule().orElse(null)) / 10_000.0);
        } else if (figure && n.partial().isPresent()) {
            PartialRate p = n.partial().get();
            cell(row, 5, st.percentPartial).setCellValue(shownRate(p.coveredCount(),
                    p.coveredDenominator(), n.rule().orElse(null)) / 10_000.0);
            marks.partial = true;
            notes.add(PARTIAL + " tỷ lệ trên các đơn vị có mẫu số (" + vi.count(p.coveredCount())
                    + " / " + vi.count(p.coveredDenominator()) + "); " + p.uncoveredUnits()
                    + " đơn vị chưa có mẫu số");
        } else {
            cell(row, 5, st.missingValue).setCellValue(MISSING);
        }
        Cell status = cell(row, 6, !figure ? st.missing : n.status() == TargetStatus.MET ? st.met
                : n.status() == TargetStatus.NOT_MET ? st.notMet : st.text);
        status.setCellValue(!figure ? "Không có số" : switch (n.status()) {
            case MET -> "Đạt";
            case NOT_MET -> "Chưa đạt";
            case NO_TARGET -> "Không đặt";
            case NO_DENOMINATOR -> "Thiếu mẫu số";
        });
        if (n.status() == TargetStatus.NOT_MET) {
            if (figure) {
                cell(row, 7, st.number).setCellValue(n.gap());
            } else {
                cell(row, 7, st.missingValue).setCellValue(MISSING);
            }
        }
        if (previous != null && previous.version().contains(n.code())) {
            NodeResult before = previous.node(n.code());
            if (figure && before.hasFigure()) {
                cell(row, 8, st.number).setCellValue(n.count() - before.count());
            } else {
                cell(row, 8, st.missingValue).setCellValue(MISSING);
            }
        }
        if (rank != null && figure) {
            cell(row, 9, st.number).setCellValue(rank);
        }
        String own = ownFigureNote(n);
        if (!own.isEmpty()) {
            notes.add(0, own);
        }
        boolean nothingBelow = n.freshLeaves() + n.staleLeaves() == 0;
        if (n.missingLeaves() > 0 && !(own.length() > 0 && nothingBelow)) {
            notes.add(0, nothingBelow ? "Chưa báo cáo" : n.missingLeaves()
                    + " đơn vị chưa báo cáo");
        }
        if (n.staleLeaves() > 0) {
            notes.add(n.staleLeaves() + " đơn vị dùng số cũ");
        }
        if (!notes.isEmpty()) {
            CellStyle style = n.ownFigureUse() == OwnFigureUse.USED ? st.own
                    : n.missingLeaves() > 0 ? st.missing : st.text;
            cell(row, 10, style).setCellValue(String.join("; ", notes));
        }
    }

    /** Returns what a row's notes say about the unit's own figure, empty if it has none. */
    private static String ownFigureNote(NodeResult n) {
        UptakeFormat vi = UptakeFormat.vietnamese();
        return switch (n.ownFigureUse()) {
            case USED -> "Số riêng của đơn vị (" + vi.count(n.ownFigure().getAsLong()) + ") được dùng thay cho"
                    + " tổng các đơn vị trực thuộc" + (n.freshLeaves() + n.staleLeaves() == 0
                    ? " (không đơn vị trực thuộc nào có số còn hiệu lực)" : "");
            case SET_ASIDE -> "Số riêng của đơn vị (" + vi.count(n.ownFigure().getAsLong()) + ") không dùng;"
                    + " dùng tổng các đơn vị trực thuộc";
            case NONE -> "";
        };
    }

    /**
     * Returns a rate as stored and shown, in hundredths of a percent, by {@link UptakeFormat}'s
     * rule: half-up, and below the target at most the largest value below it.
     */
    private static long shownRate(long count, long den, TargetRule rule) {
        return rule == null ? UptakeFormat.hundredthsOfPercent(count, den)
                : UptakeFormat.hundredthsOfPercent(count, den, rule.threshold());
    }

    /**
     * Writes a total row over the unit rows {@code first} to {@code last} (0-based, inclusive;
     * group headings and subtotals between them have no number in column A and are left out):
     * formulas for count, denominator and rate, each with its result stored.
     */
    private static void totals(Row row, Styles st, String label, int first, int last,
                               TargetRule rule, Sums sums, Marks marks) {
        int r = row.getRowNum() + 1;
        String a = range("A", first, last);
        String d = range("D", first, last);
        String e = range("E", first, last);
        cell(row, 2, st.totalText).setCellValue(SafeText.of(label));
        Cell count = cell(row, 3, st.totalNumber);
        count.setCellFormula("IF(COUNTIFS(" + a + ",\">0\"," + d + ",\">=0\")=0,\"" + MISSING
                + "\",SUMIFS(" + d + "," + a + ",\">0\"))");
        if (sums.anyFigure) {
            count.setCellValue(sums.count);
        } else {
            count.setCellValue(MISSING);
        }
        Cell den = cell(row, 4, st.totalNumber);
        den.setCellFormula("IF(COUNTIFS(" + a + ",\">0\"," + e + ",\">0\")=0,\"" + MISSING
                + "\",SUMIFS(" + e + "," + a + ",\">0\"))");
        if (sums.anyDenominator) {
            den.setCellValue(sums.denominator);
        } else {
            den.setCellValue(MISSING);
        }
        // the rate over the rows that have a denominator: all of them, or a partial rate
        String covered = sums.complete ? "D" + r : "SUMIFS(" + d + "," + a + ",\">0\"," + e
                + ",\">0\")";
        Cell rate = cell(row, 5, sums.complete ? st.totalPercent : st.totalPercentPartial);
        rate.setCellFormula("IF(AND(ISNUMBER(D" + r + "),ISNUMBER(E" + r + "))," + rateFormula(
                covered, "E" + r, rule) + ",\"" + MISSING + "\")");
        if (sums.anyFigure && sums.anyDenominator) {
            rate.setCellValue(shownRate(sums.coveredCount, sums.denominator, rule) / 10_000.0);
            marks.partial |= !sums.complete;
        } else {
            rate.setCellValue(MISSING);
        }
    }

    /**
     * Returns the formula of a rate that keeps {@link UptakeFormat}'s rule: rounded half-up to
     * 0,01% ({@code ROUND(x, 4)}), and when the count is below the target, at most the largest
     * value below it.
     */
    static String rateFormula(String count, String den, TargetRule rule) {
        String rounded = "ROUND(" + count + "/" + den + ",4)";
        if (rule == null) {
            return rounded;
        }
        Threshold t = rule.threshold();
        long q = t.denominator();
        long below = (t.numerator() * 10_000 + q - 1) / q - 1;
        if (below < 0) {
            return rounded;
        }
        return "IF(" + count + "*" + q + ">=" + t.numerator() + "*" + den + "," + rounded
                + ",MIN(" + rounded + "," + java.math.BigDecimal.valueOf(below, 4).toPlainString()
                + "))";
    }

    private static String range(String column, int first, int last) {
        return "$" + column + "$" + (first + 1) + ":$" + column + "$" + (last + 1);
    }

    /** Returns the note that says how parents' own figures and old figures were counted. */
    static String policyNote(RollUpPolicy policy) {
        String parents = switch (policy.parentFigure()) {
            case CHILDREN_SUM -> "số của đơn vị cấp trên là tổng các đơn vị trực thuộc; số riêng"
                    + " đơn vị cấp trên báo cáo (nếu có) không dùng, chỉ để đối chiếu";
            case OWN_FIGURE -> "đơn vị cấp trên có số riêng còn hiệu lực thì dùng số riêng đó"
                    + " thay cho tổng các đơn vị trực thuộc";
            case OWN_WHEN_CHILDREN_MISSING -> "đơn vị cấp trên dùng số riêng khi không đơn vị"
                    + " trực thuộc nào có số còn hiệu lực, nếu không thì dùng tổng các đơn vị trực"
                    + " thuộc";
        };
        return "Cách tính: " + parents + "; số của một đơn vị còn hiệu lực "
                + policy.carryForwardDays() + " ngày sau ngày số liệu.";
    }

    /**
     * Writes the notes sheet, when there is something to note: every own figure of a parent in
     * the report, used or set aside, and the findings about denominators.
     */
    private static void notesSheet(SXSSFWorkbook wb, Styles st, Snapshot snap, int top,
                                   Header header) {
        HierarchyVersion v = snap.version();
        int end = v.subtreeEnd(top);
        List<NodeResult> own = new ArrayList<>();
        for (NodeResult n : snap.ownFigures()) {
            int i = v.ordinal(n.code());
            if (i >= top && i < end) {
                own.add(n);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : snap.findings()) {
            int i = v.ordinal(f.unitCode());
            if (i >= top && i < end) {
                findings.add(f);
            }
        }
        if (own.isEmpty() && findings.isEmpty()) {
            return;
        }
        UptakeFormat vi = UptakeFormat.vietnamese();
        SXSSFSheet sheet = wb.createSheet(NOTES_SHEET);
        String[] headings = {"Mã", "Tên đơn vị", "Số riêng của đơn vị", "Tổng các đơn vị trực"
                + " thuộc", "Số được dùng", "Ghi chú"};
        int columns = 8;
        int r = documentHeader(sheet, st, header, "Ghi chú – " + v.unitAt(top).name(),
                "Tính đến " + vi.date(snap.date()), columns, 0);
        note(sheet, st, r++, columns, policyNote(snap.policy()));
        r++;
        Row title = sheet.createRow(r++);
        cell(title, 0, st.centreBold).setCellValue("Số riêng của đơn vị cấp trên");
        Row head = sheet.createRow(r++);
        for (int c = 0; c < headings.length; c++) {
            cell(head, c, st.heading).setCellValue(headings[c]);
        }
        if (own.isEmpty()) {
            Row none = sheet.createRow(r++);
            cell(none, 0, st.text).setCellValue("Không có đơn vị cấp trên nào báo cáo số riêng còn"
                    + " hiệu lực.");
        }
        for (NodeResult n : own) {
            Row row = sheet.createRow(r++);
            boolean used = n.ownFigureUse() == OwnFigureUse.USED;
            cell(row, 0, st.text).setCellValue(SafeText.of(n.code()));
            cell(row, 1, st.text).setCellValue(SafeText.of(n.unit().name()));
            cell(row, 2, used ? st.ownNumber : st.number).setCellValue(n.ownFigure().getAsLong());
            // the units below have no figure: their sum is missing, not 0
            if (n.childrenSum().isPresent() && n.freshLeaves() + n.staleLeaves() > 0) {
                cell(row, 3, st.number).setCellValue(n.childrenSum().getAsLong());
            } else {
                cell(row, 3, st.missingValue).setCellValue(MISSING);
            }
            cell(row, 4, used ? st.own : st.text).setCellValue(used ? "Số riêng"
                    : "Tổng các đơn vị trực thuộc");
            cell(row, 5, st.text).setCellValue(used ? "Các đơn vị trực thuộc không có số còn"
                    + " hiệu lực" : "Số riêng không dùng, chỉ để đối chiếu");
        }
        r++;
        if (!findings.isEmpty()) {
            Row ft = sheet.createRow(r++);
            cell(ft, 0, st.centreBold).setCellValue("Mẫu số");
            for (Finding f : findings) {
                note(sheet, st, r++, columns, (f.checkId().equals("denominator.partial")
                        ? PARTIAL + " " : "") + f.messageVi());
            }
        }
        pageSetup(sheet, new int[] {9, 34, 16, 18, 22, 40, 10, 10});
    }

    /** Writes a note in italics across the columns. */
    static void note(SXSSFSheet sheet, Styles st, int r, int columns, String text) {
        Row row = sheet.createRow(r);
        cell(row, 0, st.noteText).setCellValue(SafeText.of(text));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
    }

    private static String sources(Snapshot snap, int top) {
        Set<String> out = new LinkedHashSet<>();
        HierarchyVersion v = snap.version();
        for (int i = top; i < v.subtreeEnd(top); i++) {
            NodeResult n = snap.nodeAt(i);
            if (n.denominator().isPresent() && n.denominator().orElseThrow().declared().isPresent()) {
                out.add(n.denominator().orElseThrow().declared().orElseThrow().source() + " ("
                        + n.denominator().orElseThrow().declared().orElseThrow().vintage() + ")");
            }
        }
        return out.isEmpty() ? "không có" : String.join(", ", out);
    }

    private static String sheetName(Set<UnitKind> kinds, int depth, SXSSFWorkbook wb) {
        String base;
        if (kinds.size() == 1 && kinds.contains(UnitKind.DISTRICT)) {
            base = "Huyện, thị xã, thành phố";
        } else if (kinds.size() == 1 && kinds.contains(UnitKind.COMMUNE)) {
            base = "Xã, phường, thị trấn";
        } else if (kinds.size() == 1 && kinds.contains(UnitKind.PROVINCE)) {
            base = "Tỉnh, thành phố";
        } else {
            base = "Cấp " + depth;
        }
        String name = base;
        for (int k = 2; wb.getSheet(name) != null; k++) {
            name = base + " " + k;
        }
        return name;
    }

    static Cell cell(Row row, int col, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    /** The styles of a report. */
    static final class Styles {
        final CellStyle title;
        final CellStyle centre;
        final CellStyle centreBold;
        final CellStyle heading;
        final CellStyle group;
        final CellStyle text;
        final CellStyle number;
        final CellStyle ownNumber;
        final CellStyle own;
        final CellStyle missingValue;
        final CellStyle percent;
        final CellStyle percentPartial;
        final CellStyle met;
        final CellStyle notMet;
        final CellStyle missing;
        final CellStyle totalText;
        final CellStyle totalNumber;
        final CellStyle totalPercent;
        final CellStyle totalPercentPartial;
        final CellStyle noteText;

        Styles(SXSSFWorkbook wb) {
            short thousands = wb.createDataFormat().getFormat("#,##0");
            short pct = wb.createDataFormat().getFormat("0.00%");
            // an escaped literal: POI's formatter reads a quoted "*" as a fill character
            short pctPartial = wb.createDataFormat().getFormat("0.00%\\" + PARTIAL);
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font italic = wb.createFont();
            italic.setItalic(true);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            centre = wb.createCellStyle();
            centre.setAlignment(HorizontalAlignment.CENTER);
            centre.setFont(italic);
            centreBold = wb.createCellStyle();
            centreBold.setAlignment(HorizontalAlignment.CENTER);
            centreBold.setFont(bold);
            heading = CellStyles.bordered(wb);
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group = CellStyles.bordered(wb);
            group.setFont(bold);
            text = CellStyles.bordered(wb);
            number = CellStyles.bordered(wb);
            number.setDataFormat(thousands);
            ownNumber = filled(wb, IndexedColors.LIGHT_TURQUOISE);
            ownNumber.setDataFormat(thousands);
            own = filled(wb, IndexedColors.LIGHT_TURQUOISE);
            missingValue = CellStyles.bordered(wb);
            missingValue.setAlignment(HorizontalAlignment.RIGHT);
            percent = CellStyles.bordered(wb);
            percent.setDataFormat(pct);
            percentPartial = CellStyles.bordered(wb);
            percentPartial.setDataFormat(pctPartial);
            met = filled(wb, IndexedColors.LIGHT_GREEN);
            notMet = filled(wb, IndexedColors.ROSE);
            missing = filled(wb, IndexedColors.LIGHT_YELLOW);
            totalText = CellStyles.bordered(wb);
            totalText.setFont(bold);
            totalNumber = CellStyles.bordered(wb);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(thousands);
            totalNumber.setAlignment(HorizontalAlignment.RIGHT);
            totalPercent = CellStyles.bordered(wb);
            totalPercent.setFont(bold);
            totalPercent.setDataFormat(pct);
            totalPercent.setAlignment(HorizontalAlignment.RIGHT);
            totalPercentPartial = CellStyles.bordered(wb);
            totalPercentPartial.setFont(bold);
            totalPercentPartial.setDataFormat(pctPartial);
            totalPercentPartial.setAlignment(HorizontalAlignment.RIGHT);
            noteText = wb.createCellStyle();
            noteText.setFont(italic);
            noteText.setWrapText(true);
        }

        private static CellStyle filled(SXSSFWorkbook wb, IndexedColors colour) {
            CellStyle s = CellStyles.bordered(wb);
            s.setFillForegroundColor(colour.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }
    }
}
