package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import java.io.PrintStream;

/**
 * The text output of {@code uptake report}: a heading, how the figures were rolled up, a table of
 * the unit and every unit under it (count, denominator, rate, target status and notes), and the
 * notes that say what {@code –} and {@code *} mean, which parents' own figures were used or set
 * aside, and the findings about denominators. A missing figure or denominator prints {@code –};
 * a rate keeps {@link UptakeFormat}'s rule. This class is stateless and thread-safe.
 */
final class TextReport {
    private TextReport() {
    }

    /**
     * Writes a report.
     *
     * @param p  where to write, not null
     * @param t  the texts of the language, not null
     * @param report  the report, not null
     */
    static void write(PrintStream p, ReportTexts t, UnitReport report) {
        UptakeFormat f = t.format();
        UnitReport.Line top = report.top();
        p.println(t.text("heading", top.node().unit().name(), report.snapshot().segment(),
                f.date(report.snapshot().date())));
        t.policy(report.policy()).forEach(p::println);
        String target = top.node().rule().isEmpty() ? ""
                : t.text("column.target", f.threshold(top.node().rule().orElseThrow().threshold()));
        p.println(String.format("%-6s %-32s %12s %12s %9s  %-14s %s", t.text("column.code"),
                t.text("column.name"), t.text("column.count"), t.text("column.denominator"),
                t.text("column.rate"), target, t.text("column.notes")).stripTrailing());
        for (UnitReport.Line l : report.lines()) {
            // the indent comes out of the name's width, so the figures stay in their columns
            int indent = Math.min(2 * l.depth(), 16);
            String row = String.format("%s%-6s %-" + (32 - indent) + "s %12s %12s %9s  %-14s %s",
                    " ".repeat(indent), l.code(), l.node().unit().name(), l.countText(f),
                    l.denominatorText(f), l.rateText(f), t.status(l), String.join("; ",
                            t.marks(l)));
            p.println(row.stripTrailing());
        }
        p.println();
        p.println(t.text("notes"));
        t.notes(report).forEach(line -> p.println("  " + line));
    }
}
