package io.github.uptake.app.web;

import io.github.uptake.app.UnitReport;
import io.github.uptake.app.web.view.ChildrenTable;
import java.math.BigInteger;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The order of the table of the units below
 * ({@code ?sort=rate|code|name|count|change&dir=asc|desc}),
 * and the rate bands its cells are coloured by. By default the worst rate comes first; units
 * without the value sorted by come last whatever the direction, and ties go by code. Rates are
 * compared exactly, as {@code count1 * den2} against {@code count2 * den1}, and the bands with
 * integers ({@code count * 100 < 10 * denominator} is under 10%), so a rate shown as 9,99% is
 * never in the band of 10%. Immutable and thread-safe.
 *
 * @param key  the column sorted by: {@code rate}, {@code code}, {@code name}, {@code count} or
 *     {@code change}, not null
 * @param ascending  true for the lowest first
 */
record ChildrenSort(String key, boolean ascending) {
    /** The columns that sort, in the order of the table. */
    static final List<String> KEYS = List.of("code", "name", "count", "rate", "change");
    /** The bands' lower bounds in percent, and their classes, lowest first. */
    private static final int[] BOUNDS = {10, 30, 60};
    private static final List<String> BANDS = List.of("band-lt10", "band-10-30", "band-30-60",
            "band-ge60");

    /**
     * Reads the order asked for: the worst rate first if none.
     *
     * @param sort  the {@code sort} parameter, null or blank for the default
     * @param dir  the {@code dir} parameter, null or blank for the column's default
     * @return the order
     * @throws Refusal 400 for a column or direction not known, naming the ones that are
     */
    static ChildrenSort parse(String sort, String dir) {
        String k = sort == null || sort.isBlank() ? "rate" : sort.strip();
        if (!KEYS.contains(k)) {
            throw Refusal.of(400, "children.sort.bad", "sort", sort);
        }
        if (dir == null || dir.isBlank()) {
            return new ChildrenSort(k, true);
        }
        return switch (dir.strip()) {
            case "asc" -> new ChildrenSort(k, true);
            case "desc" -> new ChildrenSort(k, false);
            default -> throw Refusal.of(400, "children.sort.bad", "dir", dir);
        };
    }

    /**
     * Returns the link that sorts by a column: the other direction if the table is sorted by it
     * already, else ascending; keeping the day and the segment.
     *
     * @param column  the column, one of {@link #KEYS}
     * @param unitPath  the unit's page, e.g. {@code /units/80}, not null
     * @param day  the day, not null
     * @param segmentQuery  the segment, URL-encoded, not null
     * @return the link, not null
     */
    String href(String column, String unitPath, LocalDate day, String segmentQuery) {
        boolean asc = !column.equals(key) || !ascending;
        return unitPath + "?date=" + day + "&segment=" + segmentQuery + "&sort=" + column
                + "&dir=" + (asc ? "asc" : "desc");
    }

    /**
     * Sorts the lines of the units below.
     *
     * @param lines  the lines, not null
     * @param report  the report, for the change since the day before, not null
     * @param locale  the page's language, for the names, not null
     * @return the lines in this order, a new list
     */
    List<UnitReport.Line> sort(List<UnitReport.Line> lines, UnitReport report, Locale locale) {
        Comparator<UnitReport.Line> byValue = switch (key) {
            case "code" -> (a, b) -> compareCodes(a.code(), b.code());
            case "name" -> Comparator.comparing((UnitReport.Line l) -> l.node().unit().name(),
                    Collator.getInstance(locale));
            case "count" -> longs(UnitReport.Line::count);
            case "change" -> longs(l -> change(report, l));
            default -> ChildrenSort::compareRates;
        };
        Function<UnitReport.Line, Boolean> missing = switch (key) {
            case "count" -> l -> l.count().isEmpty();
            case "change" -> l -> change(report, l).isEmpty();
            case "rate" -> l -> shown(l) == null;
            default -> l -> false;
        };
        Comparator<UnitReport.Line> order = Comparator.comparing(missing)
                .thenComparing(ascending ? byValue : nullsKept(byValue.reversed(), missing))
                .thenComparing((a, b) -> compareCodes(a.code(), b.code()));
        List<UnitReport.Line> out = new ArrayList<>(lines);
        out.sort(order);
        return out;
    }

    /**
     * Returns a rate's band: its cell's class.
     *
     * @param l  the line, not null
     * @return {@code band-lt10}, {@code band-10-30}, {@code band-30-60} or {@code band-ge60};
     *     null for a unit without a rate
     */
    static String band(UnitReport.Line l) {
        long[] r = shown(l);
        if (r == null) {
            return null;
        }
        BigInteger hundred = BigInteger.valueOf(r[0]).multiply(BigInteger.valueOf(100));
        for (int i = 0; i < BOUNDS.length; i++) {
            if (hundred.compareTo(BigInteger.valueOf(r[1]).multiply(BigInteger.valueOf(
                    BOUNDS[i]))) < 0) {
                return BANDS.get(i);
            }
        }
        return BANDS.get(BOUNDS.length);
    }

    /**
     * Returns the legend of the bands, lowest first, in the page's language.
     *
     * @param msg  the texts, not null
     * @return the bands, not null
     */
    static List<ChildrenTable.Band> legend(Messages msg) {
        List<ChildrenTable.Band> out = new ArrayList<>();
        for (String b : BANDS) {
            out.add(new ChildrenTable.Band(b, msg.get("children." + b)));
        }
        return out;
    }

    /** The count and denominator of the rate shown (the partial one if partial), or null. */
    private static long[] shown(UnitReport.Line l) {
        if (l.rate().isPresent()) {
            return new long[] {l.node().count(), l.denominator().getAsLong()};
        }
        return l.partial().filter(p -> p.coveredDenominator() > 0)
                .map(p -> new long[] {p.coveredCount(), p.coveredDenominator()}).orElse(null);
    }

    private static int compareRates(UnitReport.Line a, UnitReport.Line b) {
        long[] x = shown(a);
        long[] y = shown(b);
        if (x == null || y == null) {
            return 0;
        }
        return BigInteger.valueOf(x[0]).multiply(BigInteger.valueOf(y[1])).compareTo(
                BigInteger.valueOf(y[0]).multiply(BigInteger.valueOf(x[1])));
    }

    private static Comparator<UnitReport.Line> longs(Function<UnitReport.Line, OptionalLong> f) {
        return (a, b) -> {
            OptionalLong x = f.apply(a);
            OptionalLong y = f.apply(b);
            return x.isEmpty() || y.isEmpty() ? 0 : Long.compare(x.getAsLong(), y.getAsLong());
        };
    }

    /** A reversed order that still compares two missing values as equal. */
    private static Comparator<UnitReport.Line> nullsKept(Comparator<UnitReport.Line> c,
                                                         Function<UnitReport.Line, Boolean> m) {
        return (a, b) -> m.apply(a) || m.apply(b) ? 0 : c.compare(a, b);
    }

    private static OptionalLong change(UnitReport report, UnitReport.Line l) {
        OptionalLong before = report.previousCount(l.code());
        return l.hasFigure() && before.isPresent()
                ? OptionalLong.of(l.node().count() - before.getAsLong()) : OptionalLong.empty();
    }

    /** Codes of digits by their number, others as text, digits before the others. */
    private static int compareCodes(String a, String b) {
        boolean da = a.chars().allMatch(Character::isDigit);
        boolean db = b.chars().allMatch(Character::isDigit);
        if (da && db && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return da != db ? (da ? -1 : 1) : a.compareTo(b);
    }
}
