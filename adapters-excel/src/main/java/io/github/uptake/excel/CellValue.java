package io.github.uptake.excel;

/**
 * One cell as read from a sheet: its position, and either a number (numbers, dates and the cached
 * results of numeric formulas) or text. Not part of the API.
 *
 * @param row  the 0-based row
 * @param column  the 0-based column
 * @param number  the number, NaN if the cell is text
 * @param text  the text, null if the cell is a number
 */
record CellValue(int row, int column, double number, String text) {

    boolean isNumber() {
        return text == null;
    }

    boolean isBlank() {
        return text != null && text.isBlank();
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
