package io.github.uptake.excel;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.UnitKind;
import io.github.uptake.progress.Ranking;
import io.github.uptake.rollup.NodeResult;
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
 * <p>Streamed (SXSSF), so a national report stays within bounded memory. Numbers are numbers with
 * display formats, totals are formulas, so the sheet still computes; text from users never starts a
 * formula. Rates below the target show the value that never reads as reaching it (see
 * {@link UptakeFormat}). This class is immutable and thread-safe.
 */
public final class ConsolidatedReport {
    private static final String[] HEADINGS = {"STT", "Mã", "Tên đơn vị", "Số người cài đặt",
        "Mẫu số", "Tỷ lệ", "Mục tiêu", "Còn thiếu (người)", "Tăng so với kỳ trước", "Xếp hạng",
        "Ghi chú"};

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
        /** Checks the fields. */
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
     * Writes the report.
     *
     * @param snapshot  the roll-up of the day, not null
     * @param previous  the roll-up of the previous report, for the change column; null for none
     * @param unitCode  the unit the report is about (usually the root), in the snapshot
     * @param header  the document's header, not null
     * @param out  where to write the .xlsx, not closed, not null
     * @throws IOException if writing fails
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
        List<Integer> subtotalRows = new ArrayList<>();
        int number = 1;
        for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
            int groupStart = r;
            if (grouped) {
                Row gr = sheet.createRow(r++);
                cell(gr, 1, st.group).setCellValue(v.unitAt(g.getKey()).code());
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
            for (int i : g.getValue()) {
                row(sheet.createRow(r++), st, vi, snap.nodeAt(i), previous, rank.get(i), number++);
            }
            if (grouped && r > groupStart) {
                totals(sheet.createRow(r), st, "Cộng " + v.unitAt(g.getKey()).name(), groupStart,
                        r - 1);
                subtotalRows.add(r++);
            }
        }
        if (r > firstData) {
            Row total = sheet.createRow(r);
            if (grouped) {
                cell(total, 2, st.totalText).setCellValue("TỔNG CỘNG");
                for (int c : new int[] {3, 4}) {
                    StringBuilder f = new StringBuilder();
                    for (int sr : subtotalRows) {
                        f.append(f.length() == 0 ? "" : "+").append(col(c)).append(sr + 1);
                    }
                    cell(total, c, st.totalNumber).setCellFormula(f.length() == 0 ? "0"
                            : f.toString());
                }
                rateFormula(total, st, r);
            } else {
                totals(total, st, "TỔNG CỘNG", firstData, r - 1);
            }
            r++;
        }
        r++;
        note(sheet, st, r++, HEADINGS.length, "Tỷ lệ = số người cài đặt / mẫu số; mục tiêu theo quy định của chiến"
                + " dịch. Đơn vị chưa gửi báo cáo hôm nay được ghi \"chưa báo cáo\"; số của đơn vị"
                + " cấp trên chỉ cộng các số còn hiệu lực.");
        note(sheet, st, r, HEADINGS.length, "Nguồn mẫu số: " + sources(snap, top) + ".");
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, HEADINGS.length - 1));
        pageSetup(sheet, new int[] {6, 9, 34, 16, 14, 10, 11, 14, 14, 9, 22});
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
            cell(row, 5, st.centreBold).setCellValue(line[1]);
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

    private static void row(Row row, Styles st, UptakeFormat vi, NodeResult n, Snapshot previous,
                            Integer rank, int number) {
        cell(row, 0, st.number).setCellValue(number);
        cell(row, 1, st.text).setCellValue(n.code());
        cell(row, 2, st.text).setCellValue(SafeText.of(n.unit().name()));
        cell(row, 3, st.number).setCellValue(n.count());
        if (n.denominator() != null) {
            long den = n.denominator().count();
            cell(row, 4, st.number).setCellValue(den);
            if (den > 0) {
                long h = n.rule() == null ? UptakeFormat.hundredthsOfPercent(n.count(), den)
                        : UptakeFormat.hundredthsOfPercent(n.count(), den, n.rule().threshold());
                cell(row, 5, st.percent).setCellValue(h / 10_000.0);
            }
        }
        Cell status = cell(row, 6, n.status() == TargetStatus.MET ? st.met
                : n.status() == TargetStatus.NOT_MET ? st.notMet : st.text);
        status.setCellValue(switch (n.status()) {
            case MET -> "Đạt";
            case NOT_MET -> "Chưa đạt";
            case NO_TARGET -> "Không đặt";
            case NO_DENOMINATOR -> "Thiếu mẫu số";
        });
        if (n.status() == TargetStatus.NOT_MET) {
            cell(row, 7, st.number).setCellValue(n.gap());
        }
        if (previous != null && previous.version().contains(n.code())) {
            cell(row, 8, st.number).setCellValue(n.count() - previous.count(n.code()));
        }
        if (rank != null) {
            cell(row, 9, st.number).setCellValue(rank);
        }
        if (n.missingLeaves() > 0) {
            cell(row, 10, st.missing).setCellValue(n.freshLeaves() + n.staleLeaves() == 0
                    ? "Chưa báo cáo" : n.missingLeaves() + " đơn vị chưa báo cáo");
        } else if (n.staleLeaves() > 0) {
            cell(row, 10, st.text).setCellValue(n.staleLeaves() + " đơn vị dùng số cũ");
        }
    }

    private static void totals(Row row, Styles st, String label, int first, int last) {
        cell(row, 2, st.totalText).setCellValue(SafeText.of(label));
        for (int c : new int[] {3, 4}) {
            cell(row, c, st.totalNumber).setCellFormula("SUM(" + col(c) + (first + 1) + ":"
                    + col(c) + (last + 1) + ")");
        }
        rateFormula(row, st, row.getRowNum());
    }

    private static void rateFormula(Row row, Styles st, int r) {
        cell(row, 5, st.totalPercent).setCellFormula("IF(E" + (r + 1) + ">0,D" + (r + 1) + "/E"
                + (r + 1) + ",\"\")");
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
            if (n.denominator() != null && n.denominator().declared() != null) {
                out.add(n.denominator().declared().source() + " ("
                        + n.denominator().declared().vintage() + ")");
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

    private static String col(int c) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
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
        final CellStyle percent;
        final CellStyle met;
        final CellStyle notMet;
        final CellStyle missing;
        final CellStyle totalText;
        final CellStyle totalNumber;
        final CellStyle totalPercent;
        final CellStyle noteText;

        Styles(SXSSFWorkbook wb) {
            short thousands = wb.createDataFormat().getFormat("#,##0");
            short pct = wb.createDataFormat().getFormat("0.00%");
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
            percent = CellStyles.bordered(wb);
            percent.setDataFormat(pct);
            met = filled(wb, IndexedColors.LIGHT_GREEN);
            notMet = filled(wb, IndexedColors.ROSE);
            missing = filled(wb, IndexedColors.LIGHT_YELLOW);
            totalText = CellStyles.bordered(wb);
            totalText.setFont(bold);
            totalNumber = CellStyles.bordered(wb);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(thousands);
            totalPercent = CellStyles.bordered(wb);
            totalPercent.setFont(bold);
            totalPercent.setDataFormat(pct);
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
