package io.github.uptake.excel;

import io.github.uptake.internal.Checks;

/**
 * A row of a sheet that was checked against the rows it sums up: a subtotal or total row without a
 * code (never stored), or the row of a unit with children (a district among its communes), whose
 * figure is stored as that unit's own and checked against the rows of its units below.
 * This class is immutable and thread-safe.
 *
 * @param kind  what the row is, not null
 * @param cell  the cell of its figure, A1 style ({@code D19}), not blank
 * @param label  its label as written ({@code Tổng cộng}) or the unit's code, not null
 * @param value  its figure, in people, 0 or more
 * @param rows  how many rows of units it was checked against, 1 or more
 * @since 0.1.0
 */
public record CheckedRow(Kind kind, String cell, String label, long value, int rows) {

    /** What a checked row is. */
    public enum Kind {
        /** A subtotal or total row without a unit code; checked, never stored. */
        TOTAL,
        /** The row of a unit with children; stored as that unit's own figure, and checked. */
        PARENT
    }

    /**
     * Creates a checked row, checking the fields.
     *
     * @param kind  what the row is, not null
     * @param cell  the cell of its figure, A1 style, not blank
     * @param label  its label as written or the unit's code, not null
     * @param value  its figure, in people, 0 or more
     * @param rows  how many rows of units it was checked against, 1 or more
     * @throws NullPointerException if the kind or the label is null
     * @throws IllegalArgumentException if the cell is null or blank, the value is negative or
     *     {@code rows} is less than 1
     */
    public CheckedRow {
        Checks.notNull(kind, "kind");
        Checks.text(cell, "cell");
        Checks.notNull(label, "label");
        if (value < 0 || rows < 1) {
            throw new IllegalArgumentException("value and rows must be positive: " + value + ", "
                    + rows);
        }
    }
}
