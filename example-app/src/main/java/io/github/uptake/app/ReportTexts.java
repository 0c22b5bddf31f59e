package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.OwnFigureUse;
import io.github.uptake.rollup.RollUpPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts of a unit's report in one language, for the command line and the dashboard alike:
 * read from the bundles {@code report_messages_vi} and {@code report_messages_en} beside this
 * class, with numbers and days in that language's format. This class is immutable and
 * thread-safe.
 */
public final class ReportTexts {
    private static final String BUNDLE = "io.github.uptake.app.report_messages";
    private static final ReportTexts VI = new ReportTexts(UptakeFormat.vietnamese());
    private static final ReportTexts EN = new ReportTexts(UptakeFormat.english());

    private final UptakeFormat format;
    private final ResourceBundle bundle;

    private ReportTexts(UptakeFormat format) {
        this.format = format;
        this.bundle = ResourceBundle.getBundle(BUNDLE, format.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control
                        .FORMAT_PROPERTIES));
    }

    /**
     * Returns the texts of a language.
     *
     * @param vietnamese  true for Vietnamese, false for English
     * @return the texts, not null
     */
    public static ReportTexts of(boolean vietnamese) {
        return vietnamese ? VI : EN;
    }

    /**
     * Returns the texts in the language of a format.
     *
     * @param f  the format, not null
     * @return the texts, not null
     */
    public static ReportTexts of(UptakeFormat f) {
        return of(f.locale().getLanguage().equals("vi"));
    }

    /** Returns the format of numbers and days. */
    public UptakeFormat format() {
        return format;
    }

    /**
     * Returns a text, with its placeholders filled.
     *
     * @param key  the key in the bundle, not null
     * @param args  the values of its {@code %s} and {@code %d} placeholders
     * @return the text
     * @throws java.util.MissingResourceException if the key is not in the bundle
     */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(Objects.requireNonNull(key, "key"));
        return args.length == 0 ? pattern : String.format(format.locale(), pattern, args);
    }

    /**
     * Returns the name of a line's status: {@code chưa đạt}, {@code not met}, {@code không có
     * số} ...; empty for a unit without a target.
     *
     * @param line  the line, not null
     * @return the status, not null
     */
    public String status(UnitReport.Line line) {
        return text("status." + line.status());
    }

    /**
     * Returns the lines that say how the figures were rolled up: whose figure parents show and
     * how long a figure counts.
     *
     * @param policy  the policy, not null
     * @return two lines
     */
    public List<String> policy(RollUpPolicy policy) {
        return List.of(text("policy." + policy.parentFigure().name()),
                text("policy.carry", policy.carryForwardDays(), policy.carryForwardDays()));
    }

    /**
     * Returns what a line's notes say: its own figure used or set aside, units below without a
     * figure or carried forward, a partial rate.
     *
     * @param line  the line, not null
     * @return the notes, empty if none
     */
    public List<String> marks(UnitReport.Line line) {
        NodeResult n = line.node();
        List<String> out = new ArrayList<>();
        if (n.ownFigureUse() == OwnFigureUse.USED) {
            out.add(text("mark.own-used"));
        } else if (n.ownFigureUse() == OwnFigureUse.SET_ASIDE) {
            out.add(text("mark.own-set-aside", format.count(n.ownFigure().getAsLong())));
        }
        if (n.childrenSum().isPresent() && n.missingLeaves() > 0) {
            out.add(text("mark.missing", n.missingLeaves()));
        }
        if (n.staleLeaves() > 0) {
            out.add(n.childrenSum().isEmpty() ? text("mark.stale-leaf")
                    : text("mark.stale", n.staleLeaves()));
        }
        line.partial().ifPresent(p -> out.add(text("mark.partial", p.uncoveredUnits())));
        return out;
    }

    /**
     * Returns the notes under a report: what {@code –} means, the parents' own figures used and
     * set aside, the partial rates, and the findings about denominators.
     *
     * @param report  the report, not null
     * @return the lines of the notes, each a sentence
     */
    public List<String> notes(UnitReport report) {
        List<String> out = new ArrayList<>();
        out.add(text("note.missing"));
        List<NodeResult> used = report.ownFiguresUsed();
        if (!used.isEmpty()) {
            out.add(text("note.own-used"));
            for (NodeResult n : used) {
                out.add("  " + text("note.own-used-item", n.code(), n.unit().name(),
                        format.count(n.ownFigure().getAsLong()), n.freshLeaves() + n.staleLeaves() == 0
                                ? UnitReport.MISSING : format.count(n.childrenSum().getAsLong())));
            }
        }
        List<NodeResult> aside = report.ownFiguresSetAside();
        if (!aside.isEmpty()) {
            out.add(text("note.own-set-aside"));
            for (NodeResult n : aside) {
                out.add("  " + text("note.own-set-aside-item", n.code(), n.unit().name(),
                        format.count(n.ownFigure().getAsLong()), n.freshLeaves() + n.staleLeaves() == 0
                                ? UnitReport.MISSING : format.count(n.childrenSum().getAsLong())));
            }
        }
        if (report.ownFigures().isEmpty()) {
            out.add(text("note.own-none"));
        }
        if (report.anyPartial()) {
            out.add(text("note.partial"));
            for (UnitReport.Line l : report.lines()) {
                l.partial().ifPresent(p -> out.add("  " + text("note.partial-item", l.code(),
                        l.node().unit().name(), l.rateText(format), format.count(p.coveredCount()),
                        format.count(p.coveredDenominator()), p.uncoveredUnits())));
            }
        }
        if (!report.findings().isEmpty()) {
            out.add(text("note.findings"));
            report.findings().forEach(f -> out.add("  " + f.message(format.locale())));
        }
        return out;
    }

    @Override
    public String toString() {
        return "ReportTexts[" + format.locale().getLanguage() + "]";
    }
}
