package io.github.uptake.excel;

import java.util.regex.Pattern;

/**
 * Reads a count of people from a cell: a number stored as a number, or text as clerks type it with
 * Vietnamese ({@code 197.011}) or English ({@code 197,011}) thousands separators. Not part of the
 * API.
 */
final class Counts {
    /** The outcome of reading a cell: a count, or why not. */
    enum Issue { NONE, NOT_A_NUMBER, FRACTION, NEGATIVE, TOO_LARGE, DATE }

    /** How far from a whole number a formula's result may be and still be that number. */
    private static final double FORMULA_EPSILON = 1e-6;

    /**
     * A count read from a cell.
     *
     * @param value  the count, valid when issue is NONE
     * @param issue  what is wrong, NONE if nothing
     */
    record Read(long value, Issue issue) {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern GROUPED_SPACE = Pattern.compile("\\d{1,3}( \\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");

    private Counts() {
    }

    static Read read(CellValue c) {
        if (c.isNumber()) {
            double x = c.number();
            if (c.date()) {
                return new Read(0, Issue.DATE);
            }
            if (c.computed() && Math.abs(x - Math.rint(x)) < FORMULA_EPSILON) {
                x = Math.rint(x); // 1327.0000000000002 of population x rate is 1.327 people
            }
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return new Read(0, Issue.NOT_A_NUMBER);
            }
            if (x < 0) {
                return new Read(0, Issue.NEGATIVE);
            }
            if (x != Math.rint(x)) {
                return new Read(0, Issue.FRACTION);
            }
            if (x > 1e12) {
                return new Read(0, Issue.TOO_LARGE);
            }
            return new Read((long) x, Issue.NONE);
        }
        String s = c.text().replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        boolean negative = s.startsWith("-") || s.startsWith("−");
        if (negative) {
            s = s.substring(1).strip();
        }
        String digits;
        if (DIGITS.matcher(s).matches()) {
            digits = s;
        } else if (GROUPED_DOT.matcher(s).matches() || GROUPED_COMMA.matcher(s).matches()
                || GROUPED_SPACE.matcher(s).matches()) {
            digits = s.replaceAll("[., ]", "");
        } else if (DECIMAL.matcher(s).matches()) {
            return new Read(0, negative ? Issue.NEGATIVE : Issue.FRACTION);
        } else {
            return new Read(0, Issue.NOT_A_NUMBER);
        }
        if (negative) {
            return new Read(0, Issue.NEGATIVE);
        }
        if (digits.length() > 13 || Long.parseLong(digits) > 1_000_000_000_000L) {
            return new Read(0, Issue.TOO_LARGE);
        }
        return new Read(Long.parseLong(digits), Issue.NONE);
    }
}
