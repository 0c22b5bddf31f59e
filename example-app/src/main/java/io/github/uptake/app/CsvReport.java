package io.github.uptake.app;

import io.github.uptake.rollup.OwnFigureUse;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * The CSV output of {@code uptake report}: one record per unit, the unit first and then every
 * unit under it in tree order.
 *
 * <p>Columns: {@code code, name, count, denominator, denominator_source, rate_pct, status, gap,
 * fresh_leaves, stale_leaves, missing_leaves, own_figure, own_figure_use, partial_rate_pct,
 * covered_count, covered_denominator, units_without_denominator}. A missing value is an empty
 * field, never 0: {@code count} for a unit without a current figure (whose {@code status} is then
 * {@code NO_FIGURE}), {@code denominator} and {@code rate_pct} without a denominator, {@code gap}
 * when no target decides it. {@code rate_pct} is the rate as every output shows it (half-up to
 * two decimals, never reaching a target it is below: {@code 59.99} for 59,996% against 60%).
 * {@code own_figure_use} is {@code USED} or {@code SET_ASIDE} for a parent that reported its own
 * figure. The {@code partial_*} and {@code covered_*} columns hold a partial rate: a unit without
 * a denominator, over its units below that have one. Text from users is neutralised against
 * formulas. This class is stateless and thread-safe.
 */
final class CsvReport {
    static final String[] HEADER = {"code", "name", "count", "denominator", "denominator_source",
        "rate_pct", "status", "gap", "fresh_leaves", "stale_leaves", "missing_leaves",
        "own_figure", "own_figure_use", "partial_rate_pct", "covered_count",
        "covered_denominator", "units_without_denominator"};

    private CsvReport() {
    }

    /**
     * Writes a report.
     *
     * @param p  where to write, not null
     * @param report  the report, not null
     */
    static void write(PrintStream p, UnitReport report) {
        CsvOutput csv = new CsvOutput(p, HEADER);
        for (UnitReport.Line l : report.lines()) {
            var n = l.node();
            csv.text(n.code()).text(n.unit().name()).number(l.count()).number(l.denominator())
                    .text(n.denominator().isEmpty() ? null : n.denominator().orElseThrow().source())
                    .value(pct(l.rate())).value(l.status()).number(l.gap())
                    .value(n.freshLeaves()).value(n.staleLeaves()).value(n.missingLeaves())
                    .value(n.ownFigure().isPresent() ? n.ownFigure().getAsLong() : null)
                    .value(n.ownFigureUse() == OwnFigureUse.NONE ? null : n.ownFigureUse())
                    .value(pct(l.partialRate()))
                    .value(l.partial().map(x -> x.coveredCount()).orElse(null))
                    .value(l.partial().map(x -> x.coveredDenominator()).orElse(null))
                    .value(l.partial().map(x -> x.uncoveredUnits()).orElse(null))
                    .endRecord();
        }
    }

    /** Returns a rate in hundredths of a percent as a plain decimal, {@code 59.99}, or null. */
    static String pct(OptionalLong hundredths) {
        return hundredths.isPresent() ? BigDecimal.valueOf(hundredths.getAsLong(), 2)
                .toPlainString() : null;
    }
}
