package io.github.uptake.history;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.rollup.Series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 */
public final class RebasedSeries {
    private final Crosswalk crosswalk;
    private final HierarchyVersion version;
    private final LocalDate from;
    private final int days;
    private final Fraction[] exact;
    private final Fraction[] estimated;
    private final long[] shown;

    private RebasedSeries(Crosswalk crosswalk, LocalDate from, int days, Fraction[] exact,
                          Fraction[] estimated) {
        this.crosswalk = crosswalk;
        this.version = crosswalk.to();
        this.from = from;
        this.days = days;
        this.exact = exact;
        this.estimated = estimated;
        this.shown = round();
    }

    /** The figures of an old version's leaves, day by day. */
    private interface Source {
        Fraction value(int ordinal, int day);

        Fraction estimated(int ordinal, int day);
    }

    /**
     * Re-bases a series of the crosswalk's old version ("as it was") onto its new version.
     *
     * @param old  the series, of the crosswalk's old version
     * @param crosswalk  the crosswalk, not null
     * @return the re-based series, over the same days
     */
    public static RebasedSeries of(Series old, Crosswalk crosswalk) {
        return of(old, crosswalk, old.version().root().code());
    }

    /**
     * Re-bases the part of a series under one old unit: where that unit's leaves went. Leaves
     * outside it count 0, so the new root holds exactly the old unit's total.
     *
     * @param old  the series, of the crosswalk's old version
     * @param crosswalk  the crosswalk, not null
     * @param oldUnit  the code of a unit of the old version
     * @return the re-based series, over the same days
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
        return build(crosswalk, old.from(), old.days(), new Source() {
            @Override
            public Fraction value(int ordinal, int day) {
                return ordinal < top || ordinal >= end ? Fraction.ZERO
                        : Fraction.whole(old.countAt(ordinal, day));
            }

            @Override
            public Fraction estimated(int ordinal, int day) {
                return Fraction.ZERO;
            }
        });
    }

    /**
     * Re-bases one figure per old leaf (a denominator, for example) onto the new version, as a
     * series of one day: the same rules, the same marking of estimated parts.
     *
     * @param crosswalk  the crosswalk, not null
     * @param day  the day the figures are of, not null
     * @param figures  figures by old leaf code; leaves not in it count 0
     * @return the re-based figures, a series of one day
     */
    public static RebasedSeries ofFigures(Crosswalk crosswalk, LocalDate day,
                                          java.util.Map<String, Long> figures) {
        HierarchyVersion before = crosswalk.from();
        return build(crosswalk, day, 1, new Source() {
            @Override
            public Fraction value(int ordinal, int d) {
                return Fraction.whole(figures.getOrDefault(before.unitAt(ordinal).code(), 0L));
            }

            @Override
            public Fraction estimated(int ordinal, int d) {
                return Fraction.ZERO;
            }
        });
    }

    /**
     * Re-bases an already re-based series onto the next version, keeping exact figures.
     *
     * @param old  the re-based series, of the crosswalk's old version
     * @param crosswalk  the crosswalk, not null
     * @return the re-based series, over the same days
     */
    public static RebasedSeries of(RebasedSeries old, Crosswalk crosswalk) {
        if (!old.version.equals(crosswalk.from())) {
            throw new IllegalArgumentException("the series is of " + old.version
                    + ", the crosswalk starts from " + crosswalk.from());
        }
        return build(crosswalk, old.from, old.days, new Source() {
            @Override
            public Fraction value(int ordinal, int day) {
                return old.exact[ordinal * old.days + day];
            }

            @Override
            public Fraction estimated(int ordinal, int day) {
                return old.estimated[ordinal * old.days + day];
            }
        });
    }

    private static RebasedSeries build(Crosswalk cw, LocalDate from, int days, Source source) {
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
        return new RebasedSeries(cw, from, days, exact, est);
    }

    /** Rounds top-down by largest remainder so that every parent shows the sum of its children. */
    private long[] round() {
        int n = version.size();
        long[] out = new long[n * days];
        for (int d = 0; d < days; d++) {
            Fraction root = exact[d];
            Fraction half = Fraction.of(1, 2);
            out[d] = root.plus(half).floor().longValueExact();
            for (int i = 0; i < n; i++) {
                List<Integer> kids = new ArrayList<>();
                for (int k = i + 1; k < version.subtreeEnd(i); k++) {
                    if (version.parentOrdinal(k) == i) {
                        kids.add(k);
                    }
                }
                if (kids.isEmpty()) {
                    continue;
                }
                long given = 0;
                for (int k : kids) {
                    long f = exact[k * days + d].floor().longValueExact();
                    out[k * days + d] = f;
                    given += f;
                }
                long left = out[i * days + d] - given;
                int day = d;
                List<Integer> order = new ArrayList<>(kids);
                order.sort(Comparator.comparing((Integer k) -> exact[k * days + day]
                        .fractionalPart()).reversed());
                for (int j = 0; j < left && j < order.size(); j++) {
                    out[order.get(j) * days + d]++;
                }
            }
        }
        return out;
    }

    /** Returns the crosswalk the series was re-based through. */
    public Crosswalk crosswalk() {
        return crosswalk;
    }

    /** Returns the version the figures are on. */
    public HierarchyVersion version() {
        return version;
    }

    /** Returns the first day. */
    public LocalDate from() {
        return from;
    }

    /** Returns the number of days. */
    public int days() {
        return days;
    }

    /**
     * Returns the whole number shown for a unit on a day.
     *
     * @param code  the new unit's code
     * @param date  a day of the range
     * @return the count
     */
    public long count(String code, LocalDate date) {
        return shown[index(code, date)];
    }

    /**
     * Returns the exact re-based figure of a unit on a day.
     *
     * @param code  the new unit's code
     * @param date  a day of the range
     * @return the figure
     */
    public Fraction exact(String code, LocalDate date) {
        return exact[index(code, date)];
    }

    /**
     * Returns the part of a unit's figure that is estimated (from partial pieces).
     *
     * @param code  the new unit's code
     * @param date  a day of the range
     * @return the estimated part, zero if the figure is exact
     */
    public Fraction estimatedPart(String code, LocalDate date) {
        return estimated[index(code, date)];
    }

    /**
     * Returns the share of a unit's figure that is estimated, 0 when exact.
     *
     * @param code  the new unit's code
     * @param date  a day of the range
     * @return the share, from 0 to 1
     */
    public Fraction estimatedShare(String code, LocalDate date) {
        int i = index(code, date);
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

}
