package io.github.uptake.dhis2;

import java.util.Objects;

/**
 * One DHIS2 data value as it stands in an exchanged file: every field the text found there,
 * before any check. What Uptake stores is decided by {@link Dhis2Import}, which turns each value
 * into a report or a conflict; a value is never dropped here.
 *
 * <p>With {@code idScheme=code}, the identifiers are codes: {@code dataElement} and
 * {@code categoryOptionCombo} come from the {@linkplain Dhis2Mapping mapping file},
 * {@code orgUnit} is an Uptake unit code. The fields follow the DHIS2 dataValueSets layout
 * (Web API guide, "Data values", sending and reading data value sets).
 *
 * @param dataElement  the data element's code, null if the file gave none
 * @param period  the period as written, {@code yyyyMMdd} for a day; an ADX period
 *     {@code 2020-08-15/P1D} is given here as {@code 20200815}, any other ADX period as written;
 *     null if none
 * @param orgUnit  the organisation unit's code, null if none
 * @param categoryOptionCombo  the category option combo's code, null if none (DHIS2's default)
 * @param attributeOptionCombo  the attribute option combo's code, null if none (the default)
 * @param value  the value as written, never reformatted, null if none
 * @param storedBy  who stored it, null if none
 * @param lastUpdated  when it was last updated, as written (ISO 8601), null if none
 * @param comment  the comment (an ADX {@code annotation}), null if none
 * @param line  the 1-based line of the file where the value starts, 0 if the format gives none
 * @since 0.2.0
 */
public record DataValue(String dataElement, String period, String orgUnit,
                        String categoryOptionCombo, String attributeOptionCombo, String value,
                        String storedBy, String lastUpdated, String comment, int line) {

    /**
     * Checks the line number.
     *
     * @param dataElement  the data element's code, null if the file gave none
     * @param period  the period as written, {@code yyyyMMdd} for a day; an ADX period
     *     {@code 2020-08-15/P1D} is given here as {@code 20200815}, any other ADX period as written;
     *     null if none
     * @param orgUnit  the organisation unit's code, null if none
     * @param categoryOptionCombo  the category option combo's code, null if none (DHIS2's default)
     * @param attributeOptionCombo  the attribute option combo's code, null if none (the default)
     * @param value  the value as written, never reformatted, null if none
     * @param storedBy  who stored it, null if none
     * @param lastUpdated  when it was last updated, as written (ISO 8601), null if none
     * @param comment  the comment (an ADX {@code annotation}), null if none
     * @param line  the 1-based line of the file where the value starts, 0 if the format gives none
     * @throws IllegalArgumentException if the line is negative
     */
    public DataValue {
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, was " + line);
        }
    }

    /**
     * Returns the same value without its line: what a round trip compares.
     *
     * @return the value with line 0, not null
     */
    public DataValue withoutLine() {
        return new DataValue(dataElement, period, orgUnit, categoryOptionCombo,
                attributeOptionCombo, value, storedBy, lastUpdated, comment, 0);
    }

    /**
     * Returns the same value at another line.
     *
     * @param atLine  the 1-based line, 0 if unknown
     * @return the value, not null
     * @throws IllegalArgumentException if the line is negative
     */
    public DataValue atLine(int atLine) {
        return new DataValue(dataElement, period, orgUnit, categoryOptionCombo,
                attributeOptionCombo, value, storedBy, lastUpdated, comment, atLine);
    }

    /**
     * Returns whether two values name the same data element, category option combo, period and
     * org unit: the same figure in DHIS2's eyes.
     *
     * @param other  the other value, not null
     * @return true if they are the same figure
     */
    public boolean sameFigureAs(DataValue other) {
        return Objects.equals(dataElement, other.dataElement)
                && Objects.equals(categoryOptionCombo, other.categoryOptionCombo)
                && Objects.equals(attributeOptionCombo, other.attributeOptionCombo)
                && Objects.equals(period, other.period)
                && Objects.equals(orgUnit, other.orgUnit);
    }
}
