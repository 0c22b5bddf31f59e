package io.github.uptake.excel;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Computes formula cells whose stored result cannot be trusted (none stored, or the workbook asks
 * to be recalculated on opening) with POI's formula evaluator. The workbook is loaded whole the
 * first time a cell needs it, so files without such formulas never pay for it. A formula POI
 * cannot compute (an unknown function, a link to another workbook) gives a cell marked
 * {@link CellValue.Status#FORMULA_NOT_COMPUTED}. Not part of the API; not thread-safe.
 */
final class FormulaCells implements AutoCloseable {

    /** Carries a load failure out of the SAX handler. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient WorkbookReader.Unreadable unreadable;

        Failed(WorkbookReader.Unreadable unreadable) {
            super(unreadable.getMessage(), unreadable, false, false);
            this.unreadable = unreadable;
        }
    }

    private final Path file;
    private XSSFWorkbook workbook;
    private FormulaEvaluator evaluator;

    FormulaCells(Path file) {
        this.file = file;
    }

    /** Computes the cell at a 0-based row and column of a sheet. */
    CellValue evaluate(String sheetName, int row, int column) {
        if (workbook == null) {
            try {
                workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException
                     | RuntimeException e) {
                throw new Failed(new WorkbookReader.Unreadable("file.corrupt",
                        "Không tính được các công thức của tệp; hãy mở và lưu lại tệp bằng Excel"
                                + " hoặc LibreOffice rồi gửi lại.", "The file's formulas cannot"
                        + " be computed; open and save the file in Excel or LibreOffice and send"
                        + " it again.", e));
            }
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        }
        Sheet sheet = workbook.getSheet(sheetName);
        Row r = sheet == null ? null : sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        if (c == null) {
            return CellValue.failed(row, column, CellValue.Status.FORMULA_NOT_COMPUTED, "?");
        }
        return ofXls(c, evaluator);
    }

    /**
     * Returns a formula cell's value: computed when an evaluator is given, else its stored result.
     *
     * @param c  a formula cell
     * @param evaluator  null to take the stored result
     * @return the value, never null
     */
    static CellValue ofXls(Cell c, FormulaEvaluator evaluator) {
        CellValue v = result(c, evaluator);
        return v.with(v.isNumber() && isDate(c), true);
    }

    /** Tells whether a numeric cell is shown as a date. */
    static boolean isDate(Cell c) {
        try {
            return org.apache.poi.ss.usermodel.DateUtil.isADateFormat(c.getCellStyle()
                    .getDataFormat(), c.getCellStyle().getDataFormatString());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static CellValue result(Cell c, FormulaEvaluator evaluator) {
        int r = c.getRowIndex();
        int col = c.getColumnIndex();
        String formula = "=" + c.getCellFormula();
        if (evaluator == null) {
            return switch (c.getCachedFormulaResultType()) {
                case NUMERIC -> CellValue.number(r, col, c.getNumericCellValue());
                case STRING -> CellValue.text(r, col, c.getRichStringCellValue().getString());
                case BOOLEAN -> CellValue.text(r, col, Boolean.toString(c.getBooleanCellValue()));
                case ERROR -> CellValue.failed(r, col, CellValue.Status.FORMULA_ERROR,
                        FormulaError.forInt(c.getErrorCellValue()).getString() + " " + formula);
                default -> CellValue.failed(r, col, CellValue.Status.FORMULA_NOT_COMPUTED, formula);
            };
        }
        org.apache.poi.ss.usermodel.CellValue v;
        try {
            v = evaluator.evaluate(c);
        } catch (NotImplementedException | org.apache.poi.ss.formula.FormulaParseException e) {
            return CellValue.failed(r, col, CellValue.Status.FORMULA_NOT_COMPUTED, formula);
        } catch (RuntimeException e) {
            // links to other workbooks, references POI cannot resolve
            return CellValue.failed(r, col, CellValue.Status.FORMULA_NOT_COMPUTED, formula);
        }
        if (v == null) {
            return CellValue.failed(r, col, CellValue.Status.FORMULA_NOT_COMPUTED, formula);
        }
        return switch (v.getCellType()) {
            case NUMERIC -> CellValue.number(r, col, v.getNumberValue());
            case STRING -> CellValue.text(r, col, v.getStringValue());
            case BOOLEAN -> CellValue.text(r, col, Boolean.toString(v.getBooleanValue()));
            case ERROR -> CellValue.failed(r, col, CellValue.Status.FORMULA_ERROR,
                    FormulaError.forInt(v.getErrorValue()).getString() + " " + formula);
            default -> CellValue.failed(r, col, CellValue.Status.FORMULA_NOT_COMPUTED, formula);
        };
    }

    /** Returns a cell that is not a formula, or null if it is blank. */
    static CellValue plain(Cell c) {
        int r = c.getRowIndex();
        int col = c.getColumnIndex();
        CellType t = c.getCellType();
        return switch (t) {
            case NUMERIC -> CellValue.number(r, col, c.getNumericCellValue()).with(isDate(c),
                    false);
            case STRING -> CellValue.text(r, col, c.getRichStringCellValue().getString());
            case BOOLEAN -> CellValue.text(r, col, Boolean.toString(c.getBooleanCellValue()));
            case ERROR -> CellValue.failed(r, col, CellValue.Status.FORMULA_ERROR,
                    FormulaError.forInt(c.getErrorCellValue()).getString());
            default -> null;
        };
    }

    @Override
    public void close() {
        if (workbook != null) {
            try {
                workbook.getPackage().revert();
                workbook.close();
            } catch (IOException | RuntimeException ignored) {
                // read-only
            }
        }
    }
}
