package io.github.uptake.excel;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.model.HierarchyVersion;
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
 * values, not formulas: each parent is already the exact sum of its children. This class is
 * immutable and thread-safe.
 */
public final class RebasedReport {
    private static final String[] HEADINGS = {"STT", "Mã", "Tên đơn vị", "Số người cài đặt",
        "Mẫu số", "Tỷ lệ", "Phần ước tính", "Ghi chú"};

    private RebasedReport() {
    }

    /**
     * Writes the report.
     *
     * @param counts  the re-based counts, not null
     * @param denominators  the re-based denominators on the same version (for example from
     *                      {@link RebasedSeries#ofFigures}), or null for none
     * @param day  the day of the figures, in {@code counts}
     * @param about  what the figures are of, for the title (e.g. the old unit's name)
     * @param header  the document's header, not null
     * @param out  where to write the .xlsx, not closed, not null
     * @throws IOException if writing fails
     */
    public static void write(RebasedSeries counts, RebasedSeries denominators, LocalDate day,
                             String about, ConsolidatedReport.Header header, OutputStream out)
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
                if (counts.exact(code, day).isZero() && den.isZero()) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                boolean parent = !v.isLeafAt(i);
                long count = counts.count(code, day);
                ConsolidatedReport.cell(row, 0, st.number).setCellValue(number++);
                ConsolidatedReport.cell(row, 1, parent ? st.group : st.text).setCellValue(code);
                ConsolidatedReport.cell(row, 2, parent ? st.group : st.text).setCellValue(
                        SafeText.of("  ".repeat(v.depthAt(i)) + v.unitAt(i).name()));
                ConsolidatedReport.cell(row, 3, st.number).setCellValue(count);
                if (denominators != null) {
                    long d = denominators.count(code, denominators.from());
                    ConsolidatedReport.cell(row, 4, st.number).setCellValue(d);
                    if (d > 0) {
                        ConsolidatedReport.cell(row, 5, st.percent).setCellValue(
                                UptakeFormat.hundredthsOfPercent(count, d) / 10_000.0);
                    }
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
            wb.write(out);
            wb.dispose();
        }
    }
}
