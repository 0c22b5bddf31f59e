package io.github.uptake.progress;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.rollup.ResolvedDenominator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks peers by rate on a snapshot: the children of a unit, or the units at a depth. Rates are
 * compared exactly (cross-multiplied), highest first; units with equal rates share a rank and the
 * next rank skips (1, 2, 2, 4). Units without a denominator have no rate and are left out.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Ranking {
    private Ranking() {
    }

    /**
     * A unit's place in a ranking.
     *
     * @param rank  1 for the highest rate; equal rates share a rank
     * @param node  the unit's figures, not null
     */
    public record Ranked(int rank, NodeResult node) {
        /**
         * Creates a place in a ranking, checking the fields.
         *
         * @param rank  1 for the highest rate; equal rates share a rank
         * @param node  the unit's figures, not null
         * @throws NullPointerException if the figures are null
         * @throws IllegalArgumentException if the rank is less than 1
         */
        public Ranked {
            Checks.notNull(node, "node");
            if (rank < 1) {
                throw new IllegalArgumentException("rank must be 1 or more, was " + rank);
            }
        }
    }

    /**
     * Ranks the children of a unit.
     *
     * @param snapshot  the snapshot, not null
     * @param parentCode  the parent's code, not null
     * @return the children with a denominator, highest rate first; empty if none, for a leaf or
     *     for a code not in the snapshot's version
     */
    public static List<Ranked> children(Snapshot snapshot, String parentCode) {
        return rank(snapshot.children(parentCode));
    }

    /**
     * Ranks the units at a depth (1 = the root's children).
     *
     * @param snapshot  the snapshot, not null
     * @param depth  the depth, 1 for the root's children
     * @return the units with a denominator, highest rate first, empty if none
     */
    public static List<Ranked> level(Snapshot snapshot, int depth) {
        List<NodeResult> nodes = new ArrayList<>();
        for (Unit u : snapshot.version().atDepth(depth)) {
            nodes.add(snapshot.node(u.code()));
        }
        return rank(nodes);
    }

    /**
     * Ranks the given units.
     *
     * @param nodes  the units' figures, not null
     * @return those with a denominator, highest rate first, ties in the given order; empty if
     *     none has one
     */
    public static List<Ranked> rank(List<NodeResult> nodes) {
        List<NodeResult> rated = new ArrayList<>();
        for (NodeResult n : nodes) {
            if (denominator(n) > 0) {
                rated.add(n);
            }
        }
        rated.sort(BY_RATE_DESCENDING);
        List<Ranked> out = new ArrayList<>(rated.size());
        for (int i = 0; i < rated.size(); i++) {
            int rank = i > 0 && BY_RATE_DESCENDING.compare(rated.get(i - 1), rated.get(i)) == 0
                    ? out.get(i - 1).rank() : i + 1;
            out.add(new Ranked(rank, rated.get(i)));
        }
        return out;
    }

    /**
     * Lists the units whose rate is below a share, lowest rate first, e.g. the localities under 10%
     * that the ministry wrote to.
     *
     * @param nodes  the units' figures, not null
     * @param share  the share, e.g. {@code Threshold.percent(10)}, not null
     * @return the units with a denominator and {@code count / denominator < share}, lowest rate
     *     first, empty if none
     */
    public static List<NodeResult> below(List<NodeResult> nodes, Threshold share) {
        List<NodeResult> out = new ArrayList<>();
        for (NodeResult n : nodes) {
            if (denominator(n) > 0 && !share.isMetBy(n.count(), denominator(n))) {
                out.add(n);
            }
        }
        out.sort(BY_RATE_DESCENDING.reversed());
        return out;
    }

    /**
     * Highest rate first, compared exactly as count1 * den2 against count2 * den1, in 128 bits
     * without allocating (counts and denominators are 0 to 10^12, so a product needs up to 80).
     */
    private static final Comparator<NodeResult> BY_RATE_DESCENDING = (a, b) ->
            compareProducts(b.count(), denominator(a), a.count(), denominator(b));

    /**
     * Compares {@code a * b} with {@code c * d} exactly, for values 0 or more.
     *
     * @return negative, zero or positive as {@code a * b} is less than, equal to or greater than
     *     {@code c * d}
     */
    static int compareProducts(long a, long b, long c, long d) {
        int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
        return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
    }

    /** The denominator of a unit's figures, 0 if it has none. */
    private static long denominator(NodeResult n) {
        return n.denominator().map(ResolvedDenominator::count).orElse(0L);
    }
}
