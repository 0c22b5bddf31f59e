package io.github.uptake.excel;

import io.github.uptake.format.SafeText;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Excel template a unit fills in: an instructions sheet in Vietnamese, a data sheet
 * listing the units it reports for (code, name and denominators locked; the counts and a note
 * unlocked, with whole-number validation), a hidden lookup sheet of the unit codes for the code
 * column's list, and a very hidden block, signed, that tells the importer what the file is.
 *
 * <p>The sheet is protected without a password: it keeps fixed cells from being changed by
 * mistake; the signature, not the protection, is what detects tampering. This class is immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExcelTemplates {
    /** The name of the data sheet. */
    public static final String DATA_SHEET = "Báo cáo";
    /** The name of the instructions sheet. */
    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    /** The name of the hidden lookup sheet of unit codes. */
    public static final String LOOKUP_SHEET = "_don_vi";
    /** The 1-based row of the column headers on the data sheet. */
    static final int HEADER_ROW = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ExcelOptions options;

    /**
     * Creates a template writer that signs the templates' hidden block with the options' key.
     *
     * @param options  the options (the signing key), not null
     * @throws NullPointerException if the options are null
     */
    public ExcelTemplates(ExcelOptions options) {
        this.options = Checks.notNull(options, "options");
    }

    /**
     * Writes the template of a reporting unit: one row per leaf under it (itself if it is a leaf),
     * one pair of columns (denominator, count) per segment.
     *
     * @param version  the hierarchy version, not null
     * @param reportingUnit  the code of the unit that reports, in the version, not null
     * @param asOf  the day the counts are as of, not null
     * @param segments  the segments, in column order, at least one, not null
     * @param denominators  the denominators to show, any units and segments, not null; the latest
     *     vintage of each unit and segment is shown
     * @param out  where to write the .xlsx, not closed, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the unit is not in the version or there is no segment
     */
    public void write(HierarchyVersion version, String reportingUnit, LocalDate asOf,
                      List<Segment> segments, List<Denominator> denominators, OutputStream out)
            throws IOException {
        int root = version.ordinal(reportingUnit);
        if (root < 0) {
            throw new IllegalArgumentException("unit " + reportingUnit + " is not in " + version);
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one segment");
        }
        List<Unit> units = new ArrayList<>();
        for (int i = root; i < version.subtreeEnd(root); i++) {
            if (version.isLeafAt(i)) {
                units.add(version.unitAt(i));
            }
        }
        Map<String, Long> dens = LatestDenominators.of(denominators);
        Unit reporting = version.unitAt(root);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            instructions(wb, reporting, asOf, st);
            XSSFSheet sheet = wb.createSheet(DATA_SHEET);
            int columns = 3 + 2 * segments.size() + 1;
            title(sheet, st, 0, "BÁO CÁO SỐ LƯỢNG NGƯỜI CÀI ĐẶT ỨNG DỤNG", columns);
            title(sheet, st, 1, "Đơn vị báo cáo: " + SafeText.of(reporting.name()) + " (mã "
                    + reporting.code() + ")", columns);
            title(sheet, st, 2, "Số liệu tính đến ngày: " + DAY.format(asOf), columns);
            Row header = sheet.createRow(HEADER_ROW - 1);
            header.setHeightInPoints(45);
            List<String> heads = new ArrayList<>(List.of("STT", "Mã đơn vị", "Tên đơn vị"));
            List<Integer> countColumns = new ArrayList<>();
            for (Segment s : segments) {
                heads.add("Mẫu số – " + SegmentLabels.vi(s) + " [" + s.id() + "]");
                countColumns.add(heads.size());
                heads.add("Số lượng cài đặt – " + SegmentLabels.vi(s) + " [" + s.id() + "]");
            }
            heads.add("Ghi chú");
            for (int c = 0; c < heads.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(heads.get(c));
                cell.setCellStyle(st.header);
            }
            int first = HEADER_ROW;
            for (int r = 0; r < units.size(); r++) {
                Unit u = units.get(r);
                Row row = sheet.createRow(first + r);
                cell(row, 0, st.fixedNumber).setCellValue(r + 1);
                cell(row, 1, st.fixedText).setCellValue(u.code());
                cell(row, 2, st.fixedText).setCellValue(SafeText.of(u.name()));
                for (int k = 0; k < segments.size(); k++) {
                    Long den = dens.get(u.code() + "|" + segments.get(k).id());
                    Cell d = cell(row, countColumns.get(k) - 1, st.fixedNumber);
                    if (den != null) {
                        d.setCellValue(den);
                    }
                    cell(row, countColumns.get(k), st.input);
                }
                cell(row, heads.size() - 1, st.inputText);
            }
            int last = first + units.size() - 1;
            Row total = sheet.createRow(last + 1);
            cell(total, 2, st.header).setCellValue("Tổng cộng");
            for (int col : countColumns) {
                String letter = CellReference.convertNumToColString(col);
                String denLetter = CellReference.convertNumToColString(col - 1);
                cell(total, col - 1, st.totalNumber).setCellFormula("SUM(" + denLetter + (first + 1)
                        + ":" + denLetter + (last + 1) + ")");
                cell(total, col, st.totalNumber).setCellFormula("SUM(" + letter + (first + 1) + ":"
                        + letter + (last + 1) + ")");
            }
            validations(wb, sheet, units, first, last, countColumns);
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(2, 34 * 256);
            for (int c = 3; c < heads.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(3, HEADER_ROW);
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            wb.setActiveSheet(wb.getSheetIndex(sheet));
            metadata(wb, new TemplateMetadata(version.hierarchyName() + "@" + version.validFrom(),
                    reporting.code(), asOf, List.copyOf(segments), DATA_SHEET, HEADER_ROW, 1,
                    countColumns, units.stream().map(Unit::code).toList()));
            wb.write(out);
        }
    }

    private void validations(XSSFWorkbook wb, XSSFSheet sheet, List<Unit> units, int first,
                             int last, List<Integer> countColumns) {
        if (units.isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int col : countColumns) {
            DataValidationConstraint whole = helper.createIntegerConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            DataValidation v = helper.createValidation(whole,
                    new CellRangeAddressList(first, last, col, col));
            v.setShowErrorBox(true);
            v.createErrorBox("Số không hợp lệ", "Nhập số người cài đặt: số nguyên từ 0 trở lên.");
            sheet.addValidationData(v);
        }
        // the list of codes lives on a hidden sheet: an inline list is limited to 255 characters
        XSSFSheet lookup = wb.createSheet(LOOKUP_SHEET);
        for (int i = 0; i < units.size(); i++) {
            Row r = lookup.createRow(i);
            r.createCell(0).setCellValue(units.get(i).code());
            r.createCell(1).setCellValue(SafeText.of(units.get(i).name()));
        }
        wb.setSheetVisibility(wb.getSheetIndex(lookup), SheetVisibility.HIDDEN);
        DataValidationConstraint list = helper.createFormulaListConstraint("'" + LOOKUP_SHEET
                + "'!$A$1:$A$" + units.size());
        DataValidation v = helper.createValidation(list, new CellRangeAddressList(first, last, 1, 1));
        v.setShowErrorBox(true);
        sheet.addValidationData(v);
    }

    private void metadata(XSSFWorkbook wb, TemplateMetadata m) {
        XSSFSheet sheet = wb.createSheet(TemplateMetadata.SHEET);
        int r = 0;
        for (Map.Entry<String, String> e : m.lines(options.signingKey()).entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            String value = e.getValue();
            if (value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
                throw new IllegalArgumentException("too many units for one template: " + value.length()
                        + " characters of codes");
            }
            row.createCell(1).setCellValue(value);
        }
        sheet.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void instructions(XSSFWorkbook wb, Unit reporting, LocalDate asOf, Styles st) {
        XSSFSheet s = wb.createSheet(INSTRUCTIONS_SHEET);
        String[] lines = {
            "HƯỚNG DẪN ĐIỀN BÁO CÁO",
            "",
            "1. Mở trang \"" + DATA_SHEET + "\". Mỗi dòng là một đơn vị thuộc " + SafeText.of(
                    reporting.name()) + ".",
            "2. Nhập số người đã cài đặt (số cộng dồn tính đến ngày " + DAY.format(asOf)
                    + ") vào các ô màu vàng, là số nguyên từ 0 trở lên, không nhập dấu chấm hay"
                    + " dấu phẩy.",
            "3. Không sửa mã đơn vị, tên đơn vị, mẫu số; không thêm, xóa hay đổi tên trang.",
            "4. Bỏ trống ô của đơn vị chưa có số liệu; không ghi 0 nếu chưa báo cáo.",
            "5. Lưu tệp (Excel, LibreOffice, WPS hoặc Google Sheets tải về dạng .xlsx) và gửi lại.",
            "",
            "Tệp có một phần ẩn để hệ thống nhận biết mẫu báo cáo; nếu phần này bị thay đổi, tệp sẽ"
                    + " bị từ chối.",
        };
        for (int i = 0; i < lines.length; i++) {
            Cell c = s.createRow(i).createCell(0);
            c.setCellValue(lines[i]);
            if (i == 0) {
                c.setCellStyle(st.title);
            }
        }
        s.setColumnWidth(0, 120 * 256);
    }

    private static void title(XSSFSheet sheet, Styles st, int row, String text, int columns) {
        Cell c = sheet.createRow(row).createCell(0);
        c.setCellValue(text);
        c.setCellStyle(st.title);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
    }

    private static Cell cell(Row row, int col, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }


    /** The cell styles of a template. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle fixedText;
        final CellStyle fixedNumber;
        final CellStyle totalNumber;
        final CellStyle input;
        final CellStyle inputText;

        Styles(XSSFWorkbook wb) {
            short thousands = wb.createDataFormat().getFormat("#,##0");
            Font bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            title.setFont(bold);
            header = CellStyles.bordered(wb);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            fixedText = CellStyles.bordered(wb);
            fixedNumber = CellStyles.bordered(wb);
            fixedNumber.setDataFormat(thousands);
            totalNumber = CellStyles.bordered(wb);
            totalNumber.setDataFormat(thousands);
            totalNumber.setFont(bold);
            input = CellStyles.bordered(wb);
            input.setDataFormat(thousands);
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            inputText = CellStyles.bordered(wb);
            inputText.setLocked(false);
        }
    }
}
