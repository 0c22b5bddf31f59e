package io.github.uptake.excel;

import io.github.uptake.format.SafeText;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The consolidated report of a campaign's figures re-based onto a later hierarchy version (see
 * {@link RebasedSeries}), with the same Decree 30 header as {@link ConsolidatedReport}.
 *
 * <p>One sheet lists, in tree order, every unit of the new version that holds part of the
 * figures. A parent is indented above its children. The columns are the count, the denominator,
 * the rate, and the share of the count that is estimated. A figure with an estimated part is marked
 * "≈ có phần ước tính". The notes under the table say which versions and crosswalks the figures
 * went through, and that the whole numbers are rounded by largest remainder. The shown numbers are
 * values, not formulas: each parent is already the exact sum of its children; the workbook still
 * asks to be recalculated on opening, like every workbook Uptake hands out. Rates keep
 * {@link UptakeFormat}'s rule against the unit's target when the rules are given; a unit without
 * a figure ({@link RebasedSeries#hasFigure}), a missing denominator and their rates show {@code
 * –}, never 0. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RebasedReport {
    private static final String[] HEADINGS = {"STT", "Mã", "Tên đơn vị", "Số người cài đặt",
        "Mẫu số", "Tỷ lệ", "Phần ước tính", "Ghi chú"};

    private RebasedReport() {
    }

    /**
     * Writes the report of the re-based figures on a day as an {@code .xlsx} workbook, with no
     * target rules: every rate is rounded half-up.
     *
     * @param counts  the re-based counts, not null
     * @param denominators  the re-based denominators on the same version (for example from
     *                      {@link RebasedSeries#ofFigures}), or null for none
     * @param day  the day of the figures, a day of {@code counts}, not null
     * @param about  what the figures are of, for the title (e.g. the old unit's name), not null
     * @param header  the document's header, not null
     * @param out  where to write the .xlsx, not closed, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the denominators are on another version than the
     *     counts, or the day is outside the counts' days
     */
    public static void write(RebasedSeries counts, RebasedSeries denominators, LocalDate day,
                             String about, ConsolidatedReport.Header header, OutputStream out)
            throws IOException {
        write(counts, denominators, TargetRules.none(), null, day, about, header, out);
    }

    /**
     * Writes the report, with each unit's rate shown against its target by the one rule of
     * {@link UptakeFormat}: a rate below the target is stored as at most the largest two-decimal
     * value below it, so the cell never reads as reaching it.
     *
     * @param counts  the re-based counts, not null
     * @param denominators  the re-based denominators on the same version (for example from
     *                      {@link RebasedSeries#ofFigures}), or null for none
     * @param rules  the target rules, not null ({@link TargetRules#none()} for none)
     * @param segment  the segment of the figures, for the rules; null for none
     * @param day  the day of the figures, a day of {@code counts}, not null
     * @param about  what the figures are of, for the title (e.g. the old unit's name), not null
     * @param header  the document's header, not null
     * @param out  where to write the .xlsx, not closed, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the denominators are on another version than the
     *     counts, or the day is outside the counts' days
     */
    public static void write(RebasedSeries counts, RebasedSeries denominators, TargetRules rules,
                             Segment segment, LocalDate day, String about,
                             ConsolidatedReport.Header header, OutputStream out)
            throws IOException {
        HierarchyVersion v = counts.version();
        if (denominators != null && !denominators.version().equals(v)) {
            throw new IllegalArgumentException("the denominators are on " + denominators.version()
                    + ", the counts on " + v);
        }
        UptakeFormat vi = UptakeFormat.vietnamese();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            ConsolidatedReport.Styles st = new ConsolidatedReport.Styles(wb);
            SXSSFSheet sheet = wb.createSheet("Theo địa giới mới");
            int r = ConsolidatedReport.documentHeader(sheet, st, header, "Báo cáo kết quả cài đặt "
                    + header.subject() + " – " + about + " theo địa giới từ "
                    + vi.date(v.validFrom()), "Tính đến " + vi.date(day), HEADINGS.length, 0);
            Row head = sheet.createRow(r);
            head.setHeightInPoints(32);
            for (int c = 0; c < HEADINGS.length; c++) {
                ConsolidatedReport.cell(head, c, st.heading).setCellValue(HEADINGS[c]);
            }
            int headerRow = r++;
            int number = 1;
            for (int i = 0; i < v.size(); i++) {
                String code = v.unitAt(i).code();
                Fraction den = denominators == null ? Fraction.ZERO
                        : denominators.exact(code, denominators.from());
                boolean figure = counts.hasFigure(code, day);
                if (!figure && den.isZero()) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                boolean parent = !v.isLeafAt(i);
                long count = counts.count(code, day);
                ConsolidatedReport.cell(row, 0, st.number).setCellValue(number++);
                ConsolidatedReport.cell(row, 1, parent ? st.group : st.text).setCellValue(
                        SafeText.of(code));
                ConsolidatedReport.cell(row, 2, parent ? st.group : st.text).setCellValue(
                        SafeText.of("  ".repeat(v.depthAt(i)) + v.unitAt(i).name()));
                if (figure) {
                    ConsolidatedReport.cell(row, 3, st.number).setCellValue(count);
                } else {
                    ConsolidatedReport.cell(row, 3, st.missingValue).setCellValue(
                            ConsolidatedReport.MISSING);
                }
                long d = denominators == null ? 0 : denominators.count(code, denominators.from());
                if (d > 0) {
                    ConsolidatedReport.cell(row, 4, st.number).setCellValue(d);
                }
                if (d > 0 && figure) {
                    TargetRule rule = segment == null ? null
                            : rules.ruleFor(segment, v.unitAt(i).kind()).orElse(null);
                    ConsolidatedReport.cell(row, 5, st.percent).setCellValue((rule == null
                            ? UptakeFormat.hundredthsOfPercent(count, d)
                            : UptakeFormat.hundredthsOfPercent(count, d, rule.threshold()))
                            / 10_000.0);
                } else {
                    if (d <= 0) {
                        ConsolidatedReport.cell(row, 4, st.missingValue).setCellValue(
                                ConsolidatedReport.MISSING);
                    }
                    ConsolidatedReport.cell(row, 5, st.missingValue).setCellValue(
                            ConsolidatedReport.MISSING);
                }
                Fraction share = counts.estimatedShare(code, day);
                ConsolidatedReport.cell(row, 6, st.percent).setCellValue(
                        share.toBigDecimal(4).doubleValue());
                ConsolidatedReport.cell(row, 7, share.isZero() ? st.text : st.missing)
                        .setCellValue(share.isZero() ? "" : "≈ có phần ước tính");
            }
            r++;
            Set<String> sources = new LinkedHashSet<>();
            Set<LocalDate> reported = new LinkedHashSet<>();
            for (Crosswalk c : counts.crosswalks()) {
                sources.add(c.source());
                reported.add(c.from().validFrom());
            }
            StringBuilder under = new StringBuilder();
            for (LocalDate d : reported) {
                under.append(under.length() == 0 ? "" : ", ").append(vi.date(d));
            }
            ConsolidatedReport.note(sheet, st, r++, HEADINGS.length, "Số liệu được báo cáo theo"
                    + " địa giới từ " + under + ", tính lại theo địa giới từ "
                    + vi.date(v.validFrom()) + " qua bảng chuyển đổi: " + String.join("; ", sources)
                    + ".");
            ConsolidatedReport.note(sheet, st, r++, HEADINGS.length, "Đơn vị nhập trọn được cộng"
                    + " đúng; đơn vị bị chia được phân bổ theo tỷ trọng, phần đó là ước tính (cột"
                    + " \"Phần ước tính\"). Số hiển thị được làm tròn theo phương pháp phần dư lớn"
                    + " nhất: số của đơn vị cấp trên bằng đúng tổng các đơn vị trực thuộc.");
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0,
                    HEADINGS.length - 1));
            ConsolidatedReport.pageSetup(sheet, new int[] {6, 9, 40, 16, 14, 10, 12, 22});
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            wb.dispose();
        }
    }
}
