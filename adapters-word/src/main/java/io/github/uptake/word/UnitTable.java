package io.github.uptake.word;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.progress.Ranking;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of a report: one row per unit of the chosen level under the report's unit, in the
 * hierarchy's order, with its count, denominator, rate, change since the previous day and rank
 * among the rows, then a total row with the report's unit's own figures (the text's). Ranks are
 * among the units with a figure and a denominator ({@link Ranking}); what is missing is
 * {@code –}. Immutable.
 *
 * @param headings  the column headings, seven, not null
 * @param rows  the units' rows, in order, not null
 * @param total  the total row, not null
 */
record UnitTable(List<String> headings, List<Row> rows, Row total) {
    /** What a missing figure prints. */
    static final String MISSING = "–";

    /**
     * One row of the table, as printed.
     *
     * @param number  the row's number, empty for the total
     * @param unit  the unit's name
     * @param count  the count, or {@code –}
     * @param denominator  the denominator, or {@code –}
     * @param rate  the rate, or {@code –}
     * @param change  the change since the previous day, signed, or {@code –}
     * @param rank  the rank, or {@code –}
     */
    record Row(String number, String unit, String count, String denominator, String rate,
               String change, String rank) {
        /** Returns the cells in the columns' order. */
        List<String> cells() {
            return List.of(number, unit, count, denominator, rate, change, rank);
        }
    }

    /**
     * Makes the table of a unit's level.
     *
     * @param snap  the day's roll-up, not null
     * @param previous  the day before's, for the change, null for none
     * @param top  the ordinal of the report's unit
     * @param nodes  the units of the level, in order, not null
     * @param t  the wording, for the headings and the total's label, not null
     * @return the table, not null
     */
    static UnitTable of(Snapshot snap, Snapshot previous, int top, List<NodeResult> nodes,
                        WrittenReport.Template t) {
        UptakeFormat f = t.format();
        HierarchyVersion v = snap.version();
        List<String> headings = new ArrayList<>();
        for (String column : List.of("number", "unit", "count", "denominator", "rate", "change",
                "rank")) {
            headings.add(t.text("table." + column));
        }
        Map<String, Integer> ranks = new HashMap<>();
        for (Ranking.Ranked r : Ranking.rank(nodes.stream().filter(NodeResult::hasFigure)
                .toList())) {
            ranks.put(r.node().code(), r.rank());
        }
        List<Row> rows = new ArrayList<>();
        for (NodeResult n : nodes) {
            Integer rank = ranks.get(n.code());
            rows.add(row(f, String.valueOf(rows.size() + 1), UnitNames.label(v,
                    v.ordinal(n.code()), top), n, previous, rank == null ? MISSING
                    : f.count(rank)));
        }
        NodeResult unit = snap.nodeAt(top);
        return new UnitTable(List.copyOf(headings), List.copyOf(rows), row(f, "",
                t.text("table.total"), unit, previous, ""));
    }

    private static Row row(UptakeFormat f, String number, String label, NodeResult n,
                           Snapshot previous, String rank) {
        long den = n.denominator().map(d -> d.count()).orElse(0L);
        return new Row(number, label, n.hasFigure() ? f.count(n.count()) : MISSING,
                n.denominator().isPresent() ? f.count(den) : MISSING,
                rate(f, n, den), change(f, n, previous), rank);
    }

    /**
     * Returns a unit's rate as printed: its count over its denominator by {@link UptakeFormat},
     * against its target if it has one; {@code –} without a figure or a denominator.
     */
    static String rate(UptakeFormat f, NodeResult n, long den) {
        if (!n.hasFigure() || den == 0) {
            return MISSING;
        }
        return n.rule().isPresent() ? f.percent(n.count(), den, n.rule().get().threshold())
                : f.percent(n.count(), den);
    }

    /**
     * Returns a unit's change since the previous day's roll-up, signed ({@code +1.234},
     * {@code -12}, {@code 0}); {@code –} if either day has no figure for it.
     */
    static String change(UptakeFormat f, NodeResult n, Snapshot previous) {
        Optional<Long> d = difference(n, previous);
        if (d.isEmpty()) {
            return MISSING;
        }
        return d.get() > 0 ? "+" + f.count(d.get()) : f.count(d.get());
    }

    /**
     * Returns the count minus the previous day's, if both days have a figure for the unit.
     *
     * @param n  the unit's figures of the day, not null
     * @param previous  the previous day's roll-up, null for none
     * @return the difference in people, empty if either figure is missing
     */
    static Optional<Long> difference(NodeResult n, Snapshot previous) {
        if (previous == null || !n.hasFigure() || !previous.version().contains(n.code())) {
            return Optional.empty();
        }
        NodeResult before = previous.node(n.code());
        return before.hasFigure() ? Optional.of(n.count() - before.count()) : Optional.empty();
    }
}
