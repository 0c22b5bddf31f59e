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

    private static final Pattern TITLE_DAY = Pattern.compile(
            "(?:den ngay|tinh den|toi ngay|den het ngay|ngay)\\s+(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})"
                    + "(?:\\s*[-./]\\s*(\\d{4}|\\d{2}))?(?!\\d)");

    /**
     * Reads the days a title line gives as the day of its figures: {@code Tính đến ngày 19/8/2020},
     * {@code BÁO CÁO ... NGÀY 19/8}. Lines that cite a document ({@code Công văn số ... ngày
     * 17/8/2020}) and the official date line ({@code Long An, ngày 20 tháng 8 năm 2020}, the day
     * of signing) give none.
     *
     * @param title  a line above the table
     * @return the days, empty if none
     */
    static java.util.List<SheetDay> inTitle(String title) {
        String t = HeaderText.fold(java.text.Normalizer.normalize(title,
                java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT))
                .replaceAll("\\s+", " ");
        java.util.List<SheetDay> out = new java.util.ArrayList<>();
        if (t.contains("cong van") || t.contains("van ban") || t.contains("quyet dinh")
                || t.contains("ke hoach so") || t.contains("chi thi")) {
            return out;
        }
        Matcher m = TITLE_DAY.matcher(t);
        while (m.find()) {
            int year = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    year > 0 && year < 100 ? 2000 + year : year).ifPresent(out::add);
        }
        return out;
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
