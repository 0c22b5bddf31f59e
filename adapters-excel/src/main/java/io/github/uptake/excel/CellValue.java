package io.github.uptake.excel;

/**
 * One cell as read from a sheet: its position, and either a number (numbers, dates and the results
 * of numeric formulas), text, or a formula whose value could not be had. Not part of the API.
 *
 * @param row  the 0-based row
 * @param column  the 0-based column
 * @param number  the number, NaN if the cell is not a number
 * @param text  the text; for a failed formula its formula or error; null if the cell is a number
 * @param status  whether the value is there, or why not
 * @param date  true if the cell is a number shown as a date (Excel turns {@code 1.3} into a date)
 * @param computed  true if the value is a formula's result (stored or computed here)
 */
record CellValue(int row, int column, double number, String text, Status status, boolean date,
                 boolean computed) {

    /** Whether a cell has its value. */
    enum Status {
        /** A number or a text. */
        VALUE,
        /** A formula without a stored result that could not be computed. */
        FORMULA_NOT_COMPUTED,
        /** A formula whose result is an error value ({@code #DIV/0!}, {@code #REF!} ...). */
        FORMULA_ERROR
    }

    static CellValue number(int row, int column, double number) {
        return new CellValue(row, column, number, null, Status.VALUE, false, false);
    }

    static CellValue text(int row, int column, String text) {
        return new CellValue(row, column, Double.NaN, text, Status.VALUE, false, false);
    }

    static CellValue failed(int row, int column, Status status, String what) {
        return new CellValue(row, column, Double.NaN, what, status, false, true);
    }

    /** Returns a copy marked as shown as a date and/or as a formula's result. */
    CellValue with(boolean isDate, boolean isComputed) {
        return isDate == date && isComputed == computed ? this
                : new CellValue(row, column, number, text, status, isDate, isComputed);
    }

    boolean isNumber() {
        return text == null;
    }

    boolean isText() {
        return text != null && status == Status.VALUE;
    }

    boolean failed() {
        return status != Status.VALUE;
    }

    boolean isBlank() {
        return isText() && text.isBlank();
    }

    /** Returns the A1-style reference, e.g. {@code D12}. */
    String ref() {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (row + 1);
    }

    /** Returns the value as a clerk typed it, for messages. */
    String raw() {
        if (text != null) {
            return text;
        }
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number) : Double.toString(number);
    }
}
