package io.github.uptake.app.entry;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a count of people as a clerk types it in a form: the rule of the Excel import's text
 * cells, plus the word "người" after the number.
 *
 * <p>Accepted, each as the whole number it writes: {@code 1234}; thousands grouped by dots as in
 * Vietnamese ({@code 1.234}, {@code 1.234.567}), by spaces (ordinary, no-break or narrow no-break:
 * {@code 1 234}) or by commas as in English ({@code 1,234}), each group of exactly three digits;
 * leading zeros ({@code 007}); spaces around; and the word {@code người} (or {@code nguoi}, any
 * case) after it ({@code 1234 người}, {@code 1.234người}). Refused, each with its problem code:
 * <ul>
 *   <li>{@code count.fraction}: a decimal mark followed by other than groups of three digits
 *       ({@code 1,5}, {@code 1.5}, {@code 1.23}): people are counted whole, and {@code 1,5} is
 *       never guessed to be 15;
 *   <li>{@code count.negative}: a minus sign ({@code -3}, {@code −3});
 *   <li>{@code count.too-large}: more than {@value #MAX} (10^12, the largest count a report
 *       holds);
 *   <li>{@code count.not-a-number}: anything else ({@code abc}, {@code 12e3}, {@code +3},
 *       {@code 1.234,5}, digits other than ASCII).
 * </ul>
 * The codes and the grouping rules are those of {@code io.github.uptake.excel.Counts}, the
 * import's reader of text cells, which is not public; the test of this class checks that both
 * read every form alike, but for the word "người" the import does not accept. This class is
 * stateless and thread-safe.
 */
public final class CountText {
    /** The largest count accepted: 10^12 people, the largest a report holds. */
    public static final long MAX = 1_000_000_000_000L;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern GROUPED_SPACE = Pattern.compile("\\d{1,3}( \\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");
    private static final Pattern PEOPLE = Pattern.compile("(.*?)\\s*(người|nguoi)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** The longest digit string below 10^12 and a bit: more digits are too large for sure. */
    private static final int MAX_DIGITS = 13;

    private CountText() {
    }

    /**
     * Reads a typed count.
     *
     * @param text  the text as typed, not null; the caller skips blank fields
     * @param at  where it was typed (e.g. the field {@code count[27694]}), not null
     * @param unit  the unit it is for, as the messages name it (e.g. {@code 27694 Xã Mỹ Quý
     *     Đông}), not null
     * @return the count, or one error coded {@code count.fraction}, {@code count.negative},
     *     {@code count.too-large} or {@code count.not-a-number} with the text as its raw value,
     *     located at {@code at}, naming the unit; never null
     * @throws NullPointerException if an argument is null
     */
    public static Validated<Long> read(String text, Location at, String unit) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(unit, "unit");
        String issue = issue(text);
        if (issue == null) {
            return Validated.valid("count", value(text), List.of());
        }
        return Validated.of("count", null, List.of(EntryTexts.error(issue, at, text, issue,
                f -> new Object[] {unit, text.strip()})));
    }

    /** Returns the problem code of a text that is no count, null if it is one. */
    private static String issue(String text) {
        String s = clean(text);
        boolean negative = s.startsWith("-") || s.startsWith("\u2212");
        if (negative) {
            s = s.substring(1).strip();
        }
        String digits = digits(s);
        if (digits == null) {
            if (!DECIMAL.matcher(s).matches()) {
                return "count.not-a-number";
            }
            return negative ? "count.negative" : "count.fraction";
        }
        if (negative) {
            return "count.negative";
        }
        String bare = digits.replaceFirst("^0+(?=.)", "");
        if (bare.length() > MAX_DIGITS || Long.parseLong(bare) > MAX) {
            return "count.too-large";
        }
        return null;
    }

    private static long value(String text) {
        return Long.parseLong(digits(clean(text)).replaceFirst("^0+(?=.)", ""));
    }

    /** Returns the digits of a grouped or plain whole number, null if the text is none. */
    private static String digits(String s) {
        if (DIGITS.matcher(s).matches()) {
            return s;
        }
        if (GROUPED_DOT.matcher(s).matches() || GROUPED_COMMA.matcher(s).matches()
                || GROUPED_SPACE.matcher(s).matches()) {
            return s.replaceAll("[., ]", "");
        }
        return null;
    }

    /** Normalises spaces, strips the text and the word "người" after the number. */
    private static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').strip();
        Matcher m = PEOPLE.matcher(s);
        if (m.matches() && !m.group(1).isEmpty()) {
            s = m.group(1).strip();
        }
        return s;
    }
}
