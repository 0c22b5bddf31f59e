package io.github.uptake.format;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Threshold;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Formats counts, rates and dates the way the reports print them, in Vietnamese (the default) or
 * English.
 *
 * <p>Vietnamese groups thousands with {@code .} and writes decimals with {@code ,}: 197011 prints
 * {@code 197.011}, 197011/1776474 prints {@code 11,09%}. Dates in documents follow Decree
 * 30/2020/NĐ-CP: {@code ngày 17 tháng 8 năm 2020}, with days below 10 and the months 1 and 2
 * zero-padded ({@code ngày 05 tháng 01 năm 2020}); the JDK's vi locale does not produce this.
 *
 * <p>Rates show two decimals, rounded half-up, except that a unit below its target never shows a
 * figure that reads as reaching it: 59,996% against 60% shows {@code 59,99%}.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class UptakeFormat {
    private static final UptakeFormat VI = new UptakeFormat(true);
    private static final UptakeFormat EN = new UptakeFormat(false);
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December"};

    private final boolean vi;

    private UptakeFormat(boolean vi) {
        this.vi = vi;
    }

    /**
     * Returns the Vietnamese format, the default of the reports.
     *
     * @return the Vietnamese format, not null
     */
    public static UptakeFormat vietnamese() {
        return VI;
    }

    /**
     * Returns the English format.
     *
     * @return the English format, not null
     */
    public static UptakeFormat english() {
        return EN;
    }

    /**
     * Returns the format for a locale: Vietnamese for language {@code vi}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the format, not null
     * @throws NullPointerException if the locale is null
     */
    public static UptakeFormat of(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? VI : EN;
    }

    /**
     * Returns the locale of this format, for the texts printed around its figures.
     *
     * @return {@code vi-VN} or {@link Locale#ENGLISH}, not null
     */
    public Locale locale() {
        return vi ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
    }

    /**
     * Formats a whole number with thousands grouped: {@code 197.011} or {@code 197,011}.
     *
     * @param n  the number, any {@code long}
     * @return the text, with a leading {@code -} if negative, not null
     */
    public String count(long n) {
        String digits = Long.toString(Math.abs(n));
        if (n == Long.MIN_VALUE) {
            digits = digits.substring(1);
        }
        char sep = vi ? '.' : ',';
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            sb.append('-');
        }
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /**
     * Returns a rate in hundredths of a percent, rounded half-up: 197011/1776474 gives 1109.
     *
     * @param count  the count in people, 0 to 10^12
     * @param denominator  the denominator in people, 1 to 10^12
     * @return the rate in hundredths of a percent, 0 or more (above 10000 if the count exceeds
     *     the denominator)
     * @throws IllegalArgumentException if the count or the denominator is out of range
     */
    public static long hundredthsOfPercent(long count, long denominator) {
        Checks.count(count, "count");
        if (denominator < 1 || denominator > Checks.MAX_COUNT) {
            throw new IllegalArgumentException("denominator must be 1 to " + Checks.MAX_COUNT
                    + ", was " + denominator);
        }
        // floor((count * 10000 + denominator / 2) / denominator), exact: count * 20000 < 2^63
        return (count * 20_000 + denominator) / (2 * denominator);
    }

    /**
     * Returns the rate in hundredths of a percent as shown against a target: rounded half-up, but
     * below the target it is capped at the largest value that is still below it.
     *
     * @param count  the count in people, 0 to 10^12
     * @param denominator  the denominator in people, 1 to 10^12
     * @param target  the target threshold, not null
     * @return the rate to show, in hundredths of a percent, 0 or more
     * @throws IllegalArgumentException if the count or the denominator is out of range
     * @throws NullPointerException if the target is null
     */
    public static long hundredthsOfPercent(long count, long denominator, Threshold target) {
        long shown = hundredthsOfPercent(count, denominator);
        if (!target.isMetBy(count, denominator)) {
            long q = target.denominator();
            long ceilTarget = (target.numerator() * 10_000 + q - 1) / q;
            shown = Math.min(shown, ceilTarget - 1);
        }
        return shown;
    }

    /**
     * Formats a rate with two decimals, rounded half-up: {@code 11,09%} or {@code 11.09%}; a zero
     * denominator prints {@code –}.
     *
     * @param count  the count in people, 0 to 10^12
     * @param denominator  the denominator in people, 0 to 10^12
     * @return the text, not null
     * @throws IllegalArgumentException if the denominator is not 0 and the count or the
     *     denominator is out of range
     */
    public String percent(long count, long denominator) {
        return denominator == 0 ? "–" : hundredths(hundredthsOfPercent(count, denominator));
    }

    /**
     * Formats a rate against a target: like {@link #percent(long, long)}, but a count below the
     * target never shows a figure that reads as reaching it.
     *
     * @param count  the count in people, 0 to 10^12
     * @param denominator  the denominator in people, 0 to 10^12
     * @param target  the target, not null
     * @return the text, {@code –} for a zero denominator, not null
     * @throws IllegalArgumentException if the denominator is not 0 and the count or the
     *     denominator is out of range
     * @throws NullPointerException if the target is null and the denominator is not 0
     */
    public String percent(long count, long denominator, Threshold target) {
        return denominator == 0 ? "–" : hundredths(hundredthsOfPercent(count, denominator, target));
    }

    /**
     * Formats a threshold as a percentage with up to two decimals: 3/5 prints {@code 60%}.
     *
     * @param threshold  the threshold, not null
     * @return the text, rounded up to the hundredth of a percent, {@code ,00}/{@code .00}
     *     dropped, not null
     * @throws NullPointerException if the threshold is null
     */
    public String threshold(Threshold threshold) {
        long q = threshold.denominator();
        long h = (threshold.numerator() * 10_000 + q - 1) / q;
        String s = hundredths(h);
        return s.replace(vi ? ",00%" : ".00%", "%");
    }

    private String hundredths(long h) {
        long whole = h / 100;
        long frac = h % 100;
        return count(whole) + (vi ? ',' : '.') + (frac < 10 ? "0" : "") + frac + "%";
    }

    /**
     * Formats a date in the official long form: {@code ngày 17 tháng 8 năm 2020} (days below 10
     * and months 1 and 2 zero-padded) or {@code 17 August 2020}.
     *
     * @param date  the date, not null
     * @return the text, not null
     * @throws NullPointerException if the date is null
     */
    public String date(LocalDate date) {
        if (!vi) {
            return date.getDayOfMonth() + " " + EN_MONTHS[date.getMonthValue() - 1] + " "
                    + date.getYear();
        }
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        return "ngày " + (d < 10 ? "0" : "") + d + " tháng " + (m <= 2 ? "0" : "") + m + " năm "
                + date.getYear();
    }

    /**
     * Formats the place and date line of a document: {@code Long An, ngày 17 tháng 8 năm 2020}.
     *
     * @param place  the place, not blank; surrounding spaces are removed
     * @param date  the date, not null
     * @return the text, not null
     * @throws IllegalArgumentException if the place is null or blank
     * @throws NullPointerException if the date is null
     */
    public String placeAndDate(String place, LocalDate date) {
        return Checks.text(place, "place").strip() + ", " + date(date);
    }

    /**
     * Formats a date in the short form used in running text: {@code 15/8/2020} or
     * {@code 15 Aug 2020}.
     *
     * @param date  the date, not null
     * @return the text, not null
     * @throws NullPointerException if the date is null
     */
    public String shortDate(LocalDate date) {
        return vi ? date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()
                : date.getDayOfMonth() + " " + EN_MONTHS[date.getMonthValue() - 1].substring(0, 3)
                + " " + date.getYear();
    }

    @Override
    public String toString() {
        return vi ? "UptakeFormat[vi]" : "UptakeFormat[en]";
    }
}
