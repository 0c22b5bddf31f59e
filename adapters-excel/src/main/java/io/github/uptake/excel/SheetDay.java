package io.github.uptake.excel;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a sheet's name gives, as offices name a day's sheet: {@code 19-8}, {@code 19.8},
 * {@code 19/8/2020}, {@code 19_8_20}, {@code Ngày 19-8}, {@code 2020-08-19}. Not part of the API.
 *
 * @param day  the day of the month, 1 to 31
 * @param month  the month, 1 to 12
 * @param year  the year, or 0 if the name gives none
 */
record SheetDay(int day, int month, int year) {
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})[-./_](\\d{1,2})[-./_](\\d{1,2})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*[-./_]\\s*(\\d{1,2})(?:\\s*[-./_]\\s*(\\d{4}|\\d{2}))?(?!\\d)");

    /**
     * Reads the day from a sheet's name.
     *
     * @param name  the sheet's name
     * @return the day, empty if the name gives none
     */
    static Optional<SheetDay> of(String name) {
        Matcher iso = ISO.matcher(name);
        if (iso.find()) {
            return valid(Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(1)));
        }
        Matcher m = DAY_MONTH.matcher(name);
        if (m.find()) {
            int year = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    year > 0 && year < 100 ? 2000 + year : year);
        }
        return Optional.empty();
    }

    private static Optional<SheetDay> valid(int day, int month, int year) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(new SheetDay(day, month, year));
    }

    /** Tells whether this is the given day (any year, if the name gives none). */
    boolean is(LocalDate d) {
        return d.getDayOfMonth() == day && d.getMonthValue() == month
                && (year == 0 || year == d.getYear());
    }

    @Override
    public String toString() {
        return day + "/" + month + (year == 0 ? "" : "/" + year);
    }
}
