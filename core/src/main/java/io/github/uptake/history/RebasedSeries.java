package io.github.uptake.history;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.rollup.Series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A campaign's history re-based onto another hierarchy version: every unit of the new version on
 * every day of the range, as an exact figure (a {@link Fraction}), the part of it that is estimated,
 * and the whole number shown.
 *
 * <p>Method: each old leaf's figure goes to its pieces by their weights, exactly; full merges add
 * exactly, partial pieces are estimated. Parents are the sums of their children. The shown whole
 * numbers are rounded top-down with the largest-remainder method: the root shows its exact total,
 * and each parent's shown figure is split among its children in proportion to their exact figures,
 * so every parent shows exactly the sum of its children and the total is kept to the person.
 * Because the exact figures are kept, re-basing through chained crosswalks equals re-basing through
 * their composition. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RebasedSeries {
    /** The largest common denominator the fast path uses; beyond it, fractions. */
    private static final long MAX_SCALE = 1L << 40;

    private final Crosswalk crosswalk;
    private final List<Crosswalk> crosswalks;
    private final HierarchyVersion version;
    private final LocalDate from;
    private final int days;
    /** When positive, figures are {@code exactNum[i] / scale}; when 0, {@code exact[i]}. */
    private final long scale;
    private final long[] exactNum;
    private final long[] estimatedNum;
    private final Fraction[] exact;
    private final Fraction[] estimated;
    private final long[] shown;
    /** Whether some old leaf with a figure that day went into the unit, ordinal-major. */
    private final boolean[] figured;

    private RebasedSeries(List<Crosswalk> crosswalks, LocalDate from, int days, long scale,
                          long[] exactNum, long[] estimatedNum, Fraction[] exact,
                          Fraction[] estimated, boolean[] figured) {
        this.crosswalk = crosswalks.get(0);
        this.crosswalks = List.copyOf(crosswalks);
        this.version = crosswalk.to();
        this.from = from;
        this.days = days;
        this.scale = scale;
        this.exactNum = exactNum;
        this.estimatedNum = estimatedNum;
        this.exact = exact;
        this.estimated = estimated;
        this.figured = figured;
        this.shown = round();
    }

    /**
     * The figures of an old version's leaves, day by day: as numerators over a common
     * {@link #scale()} when there is one (whole counts have scale 1), and as fractions always.
     */
    private interface Source {
        long scale();

        long valueNum(int ordinal, int day);

        long estimatedNum(int ordinal, int day);

        Fraction value(int ordinal, int day);

        Fraction estimated(int ordinal, int day);

        /** Whether the old leaf had a figure that day (a missing figure counts 0 but is none). */
        boolean figured(int ordinal, int day);
    }

    /** A source of whole numbers with nothing estimated. */
    private interface WholeSource extends Source {
        @Override
        default long scale() {
            return 1;
        }

        @Override
        default long estimatedNum(int ordinal, int day) {
            return 0;
        }

        @Override
        default Fraction value(int ordinal, int day) {
            return Fraction.whole(valueNum(ordinal, day));
        }

        @Override
        default Fraction estimated(int ordinal, int day) {
            return Fraction.ZERO;
        }
    }

    /** The leaves of an old series, with whether each had a figure. */
    private static WholeSource leaves(Series old, int top, int end) {
        return new WholeSource() {
            @Override
            public long valueNum(int ordinal, int day) {
                return ordinal < top || ordinal >= end ? 0 : old.countAt(ordinal, day);
            }

            @Override
            public boolean figured(int ordinal, int day) {
                return ordinal >= top && ordinal < end && old.leafHasFigureAt(ordinal, day);
            }
        };
    }

    /**
     * Re-bases a series of the crosswalk's old version ("as it was") onto its new version.
     *
     * @param old  the series, of the crosswalk's old version, not null
     * @param crosswalk  the crosswalk, not null
     * @return the re-based series, over the same days, not null
     * @throws IllegalArgumentException if the series is not of the crosswalk's old version
     */
    public static RebasedSeries of(Series old, Crosswalk crosswalk) {
        return of(old, crosswalk, old.version().root().code());
    }

    /** Re-bases with fractions only, never the fast path: the reference for tests. */
    static RebasedSeries ofExactly(Series old, Crosswalk crosswalk) {
        return buildExact(crosswalk, old.from(), old.days(), leaves(old, 0, old.version().size()));
    }

    /**
     * Re-bases the part of a series under one old unit: where that unit's leaves went. Leaves
     * outside it count 0, so the new root holds exactly the old unit's total.
     *
     * @param old  the series, of the crosswalk's old version, not null
     * @param crosswalk  the crosswalk, not null
     * @param oldUnit  the code of a unit of the old version, not null
     * @return the re-based series, over the same days, not null
     * @throws IllegalArgumentException if the series is not of the crosswalk's old version
     * @throws NoSuchElementException if the unit is not in the old version
     */
    public static RebasedSeries of(Series old, Crosswalk crosswalk, String oldUnit) {
        if (!old.version().equals(crosswalk.from())) {
            throw new IllegalArgumentException("the series is of " + old.version()
                    + ", the crosswalk starts from " + crosswalk.from());
        }
        int top = old.version().ordinal(oldUnit);
        if (top < 0) {
            throw new NoSuchElementException("unit " + oldUnit + " is not in " + old.version());
        }
        int end = old.version().subtreeEnd(top);
        return build(crosswalk, old.from(), old.days(), leaves(old, top, end));
    }

    /**
     * Re-bases one figure per old leaf (a denominator, for example) onto the new version, as a
     * series of one day: the same rules, the same marking of estimated parts.
     *
     * @param crosswalk  the crosswalk, not null
     * @param day  the day the figures are of, not null
     * @param figures  figures in people by old leaf code, not null, no null value; leaves not in
     *     it count 0 and have no figure
     * @return the re-based figures, a series of one day, not null
     */
    public static RebasedSeries ofFigures(Crosswalk crosswalk, LocalDate day,
                                          java.util.Map<String, Long> figures) {
        HierarchyVersion before = crosswalk.from();
        return build(crosswalk, day, 1, new WholeSource() {
            @Override
            public long valueNum(int ordinal, int d) {
                return figures.getOrDefault(before.unitAt(ordinal).code(), 0L);
            }

            @Override
            public boolean figured(int ordinal, int d) {
                return figures.containsKey(before.unitAt(ordinal).code());
            }
        });
    }

    /**
     * Re-bases an already re-based series onto the next version, keeping exact figures.
     *
     * @param old  the re-based series, of the crosswalk's old version, not null
     * @param crosswalk  the crosswalk, not null
     * @return the re-based series, over the same days, not null
     * @throws IllegalArgumentException if the series is not of the crosswalk's old version
     */
    public static RebasedSeries of(RebasedSeries old, Crosswalk crosswalk) {
        if (!old.version.equals(crosswalk.from())) {
            throw new IllegalArgumentException("the series is of " + old.version
                    + ", the crosswalk starts from " + crosswalk.from());
        }
        return build(crosswalk, old.from, old.days, new Source() {
            @Override
            public long scale() {
                return old.scale;
            }

            @Override
            public long valueNum(int ordinal, int day) {
                return old.exactNum[ordinal * old.days + day];
            }

            @Override
            public long estimatedNum(int ordinal, int day) {
                return old.estimatedNum[ordinal * old.days + day];
            }

            @Override
            public Fraction value(int ordinal, int day) {
                return old.exactAt(ordinal * old.days + day);
            }

            @Override
            public Fraction estimated(int ordinal, int day) {
                return old.estimatedAt(ordinal * old.days + day);
            }

            @Override
            public boolean figured(int ordinal, int day) {
                return old.figured[ordinal * old.days + day];
            }
        });
    }

    private static RebasedSeries build(Crosswalk cw, LocalDate from, int days, Source source) {
        RebasedSeries fast = buildScaled(cw, from, days, source);
        return fast != null ? fast : buildExact(cw, from, days, source);
    }

    /**
     * The fast path: every figure a {@code long} numerator over one common denominator (the
     * source's scale times the least common multiple of the weights' denominators). Returns null
     * when there is no such denominator small enough, or a figure would overflow.
     */
    private static RebasedSeries buildScaled(Crosswalk cw, LocalDate from, int days,
                                             Source source) {
        long in = source.scale();
        if (in <= 0) {
            return null;
        }
        java.math.BigInteger lcm = java.math.BigInteger.ONE;
        for (Crosswalk.Piece p : cw.pieces()) {
            lcm = lcm(lcm, p.weight().denominator());
            lcm = lcm(lcm, p.estimated().denominator());
            if (lcm.bitLength() > 40) {
                return null;
            }
        }
        long weightScale = lcm.longValueExact();
        HierarchyVersion before = cw.from();
        HierarchyVersion after = cw.to();
        int n = after.size();
        long[] exact = new long[n * days];
        long[] est = new long[n * days];
        boolean[] figured = figured(cw, days, source);
        try {
            long scale = Math.multiplyExact(in, weightScale);
            if (scale > MAX_SCALE) {
                return null;
            }
            for (int leaf : before.leafOrdinals()) {
                for (Crosswalk.Piece p : cw.pieces(before.unitAt(leaf).code())) {
                    int target = after.ordinal(p.newCode()) * days;
                    long w = scaled(p.weight(), weightScale);
                    long e = scaled(p.estimated(), weightScale);
                    long rest = w - e;
                    for (int d = 0; d < days; d++) {
                        long v = source.valueNum(leaf, d);
                        exact[target + d] = Math.addExact(exact[target + d],
                                Math.multiplyExact(w, v));
                        est[target + d] = Math.addExact(est[target + d], Math.addExact(
                                Math.multiplyExact(e, v),
                                Math.multiplyExact(rest, source.estimatedNum(leaf, d))));
                    }
                }
            }
            for (int i = n - 1; i > 0; i--) {
                int parent = after.parentOrdinal(i) * days;
                for (int d = 0; d < days; d++) {
                    exact[parent + d] = Math.addExact(exact[parent + d], exact[i * days + d]);
                    est[parent + d] = Math.addExact(est[parent + d], est[i * days + d]);
                }
            }
            // the rounding of the root needs 2 * figure + scale to fit
            for (int d = 0; d < days; d++) {
                Math.addExact(Math.multiplyExact(2, exact[d]), scale);
            }
            return new RebasedSeries(List.of(cw), from, days, scale, exact, est, null, null,
                    figured);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** Which new units received a figure from some old leaf, each day, parents included. */
    private static boolean[] figured(Crosswalk cw, int days, Source source) {
        HierarchyVersion before = cw.from();
        HierarchyVersion after = cw.to();
        boolean[] out = new boolean[after.size() * days];
        for (int leaf : before.leafOrdinals()) {
            for (Crosswalk.Piece p : cw.pieces(before.unitAt(leaf).code())) {
                int target = after.ordinal(p.newCode()) * days;
                for (int d = 0; d < days; d++) {
                    out[target + d] |= source.figured(leaf, d);
                }
            }
        }
        for (int i = after.size() - 1; i > 0; i--) {
            int parent = after.parentOrdinal(i) * days;
            for (int d = 0; d < days; d++) {
                out[parent + d] |= out[i * days + d];
            }
        }
        return out;
    }

    private static java.math.BigInteger lcm(java.math.BigInteger a, java.math.BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    /** The numerator of a fraction over a multiple of its denominator. */
    private static long scaled(Fraction f, long scale) {
        return f.numerator().multiply(java.math.BigInteger.valueOf(scale))
                .divide(f.denominator()).longValueExact();
    }

    /** The exact path, with fractions: any weights, any sizes. */
    private static RebasedSeries buildExact(Crosswalk cw, LocalDate from, int days,
                                            Source source) {
        HierarchyVersion before = cw.from();
        HierarchyVersion after = cw.to();
        int n = after.size();
        Fraction[] exact = new Fraction[n * days];
        Fraction[] est = new Fraction[n * days];
        java.util.Arrays.fill(exact, Fraction.ZERO);
        java.util.Arrays.fill(est, Fraction.ZERO);
        for (int leaf : before.leafOrdinals()) {
            List<Crosswalk.Piece> pieces = cw.pieces(before.unitAt(leaf).code());
            for (Crosswalk.Piece p : pieces) {
                int target = after.ordinal(p.newCode());
                for (int d = 0; d < days; d++) {
                    Fraction v = source.value(leaf, d);
                    Fraction e = source.estimated(leaf, d);
                    int at = target * days + d;
                    exact[at] = exact[at].plus(p.weight().times(v));
                    est[at] = est[at].plus(p.estimated().times(v)).plus(
                            p.weight().minus(p.estimated()).times(e));
                }
            }
        }
        for (int i = n - 1; i > 0; i--) {
            int parent = after.parentOrdinal(i);
            for (int d = 0; d < days; d++) {
                exact[parent * days + d] = exact[parent * days + d].plus(exact[i * days + d]);
                est[parent * days + d] = est[parent * days + d].plus(est[i * days + d]);
            }
        }
        return new RebasedSeries(List.of(cw), from, days, 0, null, null, exact, est,
                figured(cw, days, source));
    }

    private Fraction exactAt(int i) {
        return scale > 0 ? Fraction.of(exactNum[i], scale) : exact[i];
    }

    private Fraction estimatedAt(int i) {
        return scale > 0 ? Fraction.of(estimatedNum[i], scale) : estimated[i];
    }

    private long floorAt(int i) {
        return scale > 0 ? exactNum[i] / scale : exact[i].floor().longValueExact();
    }

    private int compareRemainders(int a, int b) {
        return scale > 0 ? Long.compare(exactNum[a] % scale, exactNum[b] % scale)
                : exact[a].fractionalPart().compareTo(exact[b].fractionalPart());
    }

    /** Rounds top-down by largest remainder so that every parent shows the sum of its children. */
    private long[] round() {
        int n = version.size();
        int[][] children = children(version);
        long[] out = new long[n * days];
        for (int d = 0; d < days; d++) {
            out[d] = scale > 0 ? (2 * exactNum[d] + scale) / (2 * scale)
                    : exact[d].plus(Fraction.of(1, 2)).floor().longValueExact();
            for (int i = 0; i < n; i++) {
                int[] kids = children[i];
                if (kids.length == 0) {
                    continue;
                }
                long given = 0;
                for (int k : kids) {
                    long f = floorAt(k * days + d);
                    out[k * days + d] = f;
                    given += f;
                }
                long left = out[i * days + d] - given;
                if (left <= 0) {
                    continue;
                }
                int day = d;
                Integer[] order = new Integer[kids.length];
                for (int j = 0; j < kids.length; j++) {
                    order[j] = kids[j];
                }
                java.util.Arrays.sort(order, (a, b) -> compareRemainders(b * days + day,
                        a * days + day));
                for (int j = 0; j < left && j < order.length; j++) {
                    out[order[j] * days + d]++;
                }
            }
        }
        return out;
    }

    private static int[][] children(HierarchyVersion v) {
        int n = v.size();
        int[] count = new int[n];
        for (int i = 1; i < n; i++) {
            count[v.parentOrdinal(i)]++;
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int i = 1; i < n; i++) {
            int p = v.parentOrdinal(i);
            out[p][count[p]++] = i;
        }
        return out;
    }

    /**
     * Returns the crosswalk the series was re-based through (of its first period).
     *
     * @return the crosswalk, not null
     */
    public Crosswalk crosswalk() {
        return crosswalk;
    }

    /**
     * Returns the crosswalks the series was re-based through, one per period of the range in
     * order: one unless the range crossed a change ({@link #concat}).
     *
     * @return the crosswalks, in order, unmodifiable, never empty
     */
    public List<Crosswalk> crosswalks() {
        return crosswalks;
    }

    /**
     * Joins re-based series of consecutive stretches of days, all on the same version, into one
     * (the figures are kept exact; the shown whole numbers are rounded again day by day, which
     * gives the same numbers).
     *
     * @param parts  the series, in order, each starting the day after the previous one ends, not
     *     null, not empty
     * @return the joined series, from the first part's first day to the last part's last day,
     *     not null
     * @throws IllegalArgumentException if there are no parts, or the parts are on different
     *     versions or not consecutive
     */
    public static RebasedSeries concat(List<RebasedSeries> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        RebasedSeries first = parts.get(0);
        int total = 0;
        LocalDate next = first.from;
        List<Crosswalk> walks = new ArrayList<>();
        for (RebasedSeries p : parts) {
            if (!p.version.equals(first.version) || !p.from.equals(next)) {
                throw new IllegalArgumentException("cannot join " + p.version + " from " + p.from
                        + " after " + first.version + " up to " + next.minusDays(1));
            }
            next = p.from.plusDays(p.days);
            total += p.days;
            walks.add(p.crosswalk);
        }
        int n = first.version.size();
        boolean sameScale = parts.stream().allMatch(p -> p.scale > 0 && p.scale == first.scale);
        long[] exactNum = sameScale ? new long[n * total] : null;
        long[] estNum = sameScale ? new long[n * total] : null;
        Fraction[] exact = sameScale ? null : new Fraction[n * total];
        Fraction[] est = sameScale ? null : new Fraction[n * total];
        boolean[] figured = new boolean[n * total];
        int offset = 0;
        for (RebasedSeries p : parts) {
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < p.days; d++) {
                    int at = i * total + offset + d;
                    int src = i * p.days + d;
                    figured[at] = p.figured[src];
                    if (sameScale) {
                        exactNum[at] = p.exactNum[src];
                        estNum[at] = p.estimatedNum[src];
                    } else {
                        exact[at] = p.exactAt(src);
                        est[at] = p.estimatedAt(src);
                    }
                }
            }
            offset += p.days;
        }
        return new RebasedSeries(walks, first.from, total, sameScale ? first.scale : 0, exactNum,
                estNum, exact, est, figured);
    }

    /**
     * Returns the version the figures are on: the crosswalk's new version.
     *
     * @return the version, not null
     */
    public HierarchyVersion version() {
        return version;
    }

    /**
     * Returns the first day of the series.
     *
     * @return the first day, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the number of days of the series, from {@link #from()} on.
     *
     * @return the number of days, 1 or more
     */
    public int days() {
        return days;
    }

    /**
     * Returns the whole number shown for a unit on a day.
     *
     * @param code  the new unit's code, not null
     * @param date  a day of the range, not null
     * @return the count in people, rounded so that parents show the sum of their children; 0 for
     *     a unit with no figure (see {@link #hasFigure})
     * @throws NoSuchElementException if the unit is not in the version
     * @throws IllegalArgumentException if the day is outside the series
     */
    public long count(String code, LocalDate date) {
        return shown[index(code, date)];
    }

    /**
     * Returns whether a unit has a figure on a day: whether some old leaf that had a figure that
     * day (reported, or carried forward within the window) went into it. A unit without one shows
     * as missing, never as 0, though {@link #count} gives 0 for it.
     *
     * @param code  the new unit's code, not null
     * @param date  a day of the range, not null
     * @return true if it has a figure
     * @throws NoSuchElementException if the unit is not in the version
     * @throws IllegalArgumentException if the day is outside the series
     */
    public boolean hasFigure(String code, LocalDate date) {
        return figured[index(code, date)];
    }

    /**
     * Returns the exact re-based figure of a unit on a day.
     *
     * @param code  the new unit's code, not null
     * @param date  a day of the range, not null
     * @return the figure in people, exact, not null
     * @throws NoSuchElementException if the unit is not in the version
     * @throws IllegalArgumentException if the day is outside the series
     */
    public Fraction exact(String code, LocalDate date) {
        return exactAt(index(code, date));
    }

    /**
     * Returns the part of a unit's figure that is estimated (from partial pieces).
     *
     * @param code  the new unit's code, not null
     * @param date  a day of the range, not null
     * @return the estimated part in people, zero if the figure is exact, not null
     * @throws NoSuchElementException if the unit is not in the version
     * @throws IllegalArgumentException if the day is outside the series
     */
    public Fraction estimatedPart(String code, LocalDate date) {
        return estimatedAt(index(code, date));
    }

    /**
     * Returns the share of a unit's figure that is estimated, 0 when exact.
     *
     * @param code  the new unit's code, not null
     * @param date  a day of the range, not null
     * @return the share, from 0 to 1, not null
     * @throws NoSuchElementException if the unit is not in the version
     * @throws IllegalArgumentException if the day is outside the series
     */
    public Fraction estimatedShare(String code, LocalDate date) {
        int i = index(code, date);
        if (scale > 0) {
            return exactNum[i] == 0 ? Fraction.ZERO : Fraction.of(estimatedNum[i], exactNum[i]);
        }
        return exact[i].isZero() ? Fraction.ZERO : Fraction.of(
                estimated[i].numerator().multiply(exact[i].denominator()),
                estimated[i].denominator().multiply(exact[i].numerator()));
    }

    private int index(String code, LocalDate date) {
        int i = version.ordinal(code);
        if (i < 0) {
            throw new NoSuchElementException("unit " + code + " is not in " + version);
        }
        long d = date.toEpochDay() - from.toEpochDay();
        if (d < 0 || d >= days) {
            throw new IllegalArgumentException(date + " is outside the series");
        }
        return i * days + (int) d;
    }

    /** Returns the whole numbers shown for every unit, ordinal-major, a copy (for tests). */
    long[] shownValues() {
        return shown.clone();
    }

    /** Returns true if the figures are held as scaled longs (the fast path), for tests. */
    boolean scaled() {
        return scale > 0;
    }

}
