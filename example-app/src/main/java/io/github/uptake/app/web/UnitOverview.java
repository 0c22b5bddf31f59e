package io.github.uptake.app.web;

import io.github.uptake.app.ReportTexts;
import io.github.uptake.app.UnitReport;
import io.github.uptake.app.web.view.ChildrenTable;
import io.github.uptake.app.web.view.Headline;
import io.github.uptake.app.web.view.Lagging;
import io.github.uptake.app.web.view.OwnFigures;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Threshold;
import io.github.uptake.progress.Ranking;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.OwnFigureUse;
import io.github.uptake.rollup.PartialRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The figures of a unit's page, computed from a {@link UnitReport}: the headline (count, rate,
 * target), the units below, the lagging units and the parents' own figures, as view models the
 * templates render. The rules are those of every output: a missing count, denominator or rate is
 * {@code –}; a partial rate is marked {@code *} with a note; a rate below its target, or below the
 * page's band of lagging units ({@link #BANDS}, "under 10%"), never reads as reaching it; a
 * count that is a parent's own figure says so. Public for the tests that check every output
 * ({@link #headline(ReportTexts, UnitReport.Line)} and {@link #children(ReportTexts, UnitReport,
 * LocalDate, Segment)} give the HTML the page shows); not an API. This class is stateless and
 * thread-safe.
 */
public final class UnitOverview {
    /** The rates the page compares units with besides their target: the lagging units' band. */
    public static final List<Threshold> BANDS = List.of(Threshold.percent(10));
    /** How many of the lowest rates the lagging units list. */
    private static final int LOWEST = 10;

    private UnitOverview() {
    }

    /**
     * Renders the headline as the page shows it.
     *
     * @param t  the texts of the language, not null
     * @param l  the unit's line, not null
     * @return HTML, every value escaped
     */
    public static String headline(ReportTexts t, UnitReport.Line l) {
        Messages msg = messages(t);
        return Pages.get().render("unit/headline.jte", Map.of("h", headline(l, msg), "msg", msg));
    }

    /**
     * Renders the table of the units below as the page shows it: each row has the id
     * {@code child-CODE} and its rate cell the class {@code rate} and the status.
     *
     * @param t  the texts of the language, not null
     * @param report  the report of the unit, with the day before for the change, not null
     * @param day  the day, for the links, not null
     * @param segment  the segment, for the links, not null
     * @return HTML, every value escaped; empty for a unit without units below
     */
    public static String children(ReportTexts t, UnitReport report, LocalDate day,
                                  Segment segment) {
        Messages msg = messages(t);
        ChildrenTable table = children(report, day, segment, msg);
        return table == null ? "" : Pages.get().render("unit/children.jte", Map.of("table", table,
                "msg", msg));
    }

    private static Messages messages(ReportTexts t) {
        return Messages.of(t.format().locale().getLanguage());
    }

    /**
     * Returns a unit's change since the day before as the pages show it: missing
     * ({@link UnitReport#MISSING}) unless the unit has a figure on the day and had one the day
     * before; a first figure is no change from nothing.
     *
     * @param report  the report, with the day before for the change, not null
     * @param l  the unit's line in the report, not null
     * @param f  the format of the language, not null
     * @return the change in people, formatted, or the mark of a missing value; not null
     */
    static String change(UnitReport report, UnitReport.Line l, UptakeFormat f) {
        OptionalLong before = report.previousCount(l.code());
        return l.hasFigure() && before.isPresent()
                ? f.count(l.node().count() - before.getAsLong()) : UnitReport.MISSING;
    }

    /**
     * Computes the headline: count, rate and target, the denominator, and what the count is.
     *
     * @param l  the unit's line, not null
     * @param msg  the texts, not null
     * @return the headline
     */
    static Headline headline(UnitReport.Line l, Messages msg) {
        UptakeFormat f = msg.format();
        ReportTexts t = ReportTexts.of(f);
        NodeResult n = l.node();
        String target = null;
        if (n.rule().isPresent()) {
            String level = f.threshold(n.rule().orElseThrow().threshold());
            target = !l.hasFigure() ? msg.get("unit.target.no-figure", level)
                    : n.met() ? msg.get("unit.target.met", level)
                    : l.gap().isPresent() ? msg.get("unit.target.short", level,
                    f.count(l.gap().getAsLong()))
                    : msg.get("unit.target.status", level, t.status(l));
        }
        String denominator = n.denominator().map(d -> msg.get("unit.denominator",
                f.count(d.count()), SourceLabels.label(d.source(), msg))).orElse(null);
        String partial = null;
        if (l.partial().isPresent()) {
            PartialRate p = l.partial().get();
            partial = msg.get("unit.partial", f.count(p.coveredCount()),
                    f.count(p.coveredDenominator()), f.count(p.uncoveredUnits()));
        }
        String own = n.ownFigureUse() == OwnFigureUse.NONE ? null
                : String.join("; ", t.marks(l));
        return new Headline(l.countText(f), l.rateText(f, BANDS), target, denominator, partial,
                own);
    }

    /**
     * Computes the table of the units below in the default order, the worst rate first.
     *
     * @param report  the report of the unit, with the day before for the change, not null
     * @param day  the day, for the links, not null
     * @param segment  the segment, for the links, not null
     * @param msg  the texts, not null
     * @return the table, null for a unit without units below
     */
    static ChildrenTable children(UnitReport report, LocalDate day, Segment segment,
                                  Messages msg) {
        return children(report, day, segment, msg, ChildrenSort.parse(null, null));
    }

    /**
     * Computes the table of the units below: code (a link), name, count, denominator, rate
     * (with its status and band), change since the day before and rank, in the order asked for;
     * the headings link to the other orders and the legend names the bands.
     *
     * @param report  the report of the unit, with the day before for the change, not null
     * @param day  the day, for the links, not null
     * @param segment  the segment, for the links, not null
     * @param msg  the texts, not null
     * @param sort  the order, not null
     * @return the table, null for a unit without units below
     */
    static ChildrenTable children(UnitReport report, LocalDate day, Segment segment,
                                  Messages msg, ChildrenSort sort) {
        UptakeFormat f = msg.format();
        List<UnitReport.Line> children = report.lines().stream().filter(l -> l.depth() == 1)
                .toList();
        if (children.isEmpty()) {
            return null;
        }
        Map<String, Integer> rank = new LinkedHashMap<>();
        Ranking.rank(children.stream().map(UnitReport.Line::node).toList())
                .forEach(r -> rank.put(r.node().code(), r.rank()));
        List<ChildrenTable.Row> rows = new ArrayList<>();
        boolean partial = false;
        for (UnitReport.Line c : sort.sort(children, report, f.locale())) {
            NodeResult n = c.node();
            String status = !c.hasFigure() ? "missing" : n.met() ? "met"
                    : n.missingLeaves() > 0 && n.ownFigureUse() != OwnFigureUse.USED ? "missing"
                    : "notmet";
            String change = change(report, c, f);
            partial |= c.partial().isPresent();
            rows.add(new ChildrenTable.Row(c.code(), "/units/" + Frames.encode(c.code())
                    + "?date=" + day + "&segment=" + Frames.encode(segment.id()),
                    n.unit().name(), c.countText(f), n.ownFigureUse() == OwnFigureUse.USED,
                    c.denominatorText(f), c.rateText(f, BANDS), status, ChildrenSort.band(c),
                    change, rank.containsKey(c.code()) && c.hasFigure()
                            ? String.valueOf(rank.get(c.code())) : ""));
        }
        return new ChildrenTable(headers(report, day, segment, msg, sort), rows, partial,
                ChildrenSort.legend(msg));
    }

    /** The headings of the table of the units below, those that sort with their links. */
    private static List<ChildrenTable.Header> headers(UnitReport report, LocalDate day,
                                                      Segment segment, Messages msg,
                                                      ChildrenSort sort) {
        String path = "/units/" + Frames.encode(report.unitCode());
        String seg = Frames.encode(segment.id());
        List<ChildrenTable.Header> out = new ArrayList<>();
        for (String[] c : new String[][] {{"code", "col.code"}, {"name", "col.name"},
                {"count", "col.users"}, {null, "col.denominator"}, {"rate", "col.rate"},
                {"change", "col.change"}, {null, "col.rank"}}) {
            boolean left = "code".equals(c[0]) || "name".equals(c[0]);
            String sorted = c[0] != null && c[0].equals(sort.key())
                    ? (sort.ascending() ? "asc" : "desc") : null;
            out.add(new ChildrenTable.Header(msg.get(c[1]), left,
                    c[0] == null ? null : sort.href(c[0], path, day, seg), sorted));
        }
        return out;
    }

    /**
     * Computes the lagging units: the ten lowest rates of the leaves below the unit that have a
     * figure, and a sentence saying so and how many of them (and in all) are under the band.
     *
     * @param report  the report of the unit, not null
     * @param msg  the texts, not null
     * @return the lagging units, null for a leaf
     */
    static Lagging lagging(UnitReport report, Messages msg) {
        UptakeFormat f = msg.format();
        Map<NodeResult, UnitReport.Line> leaves = new LinkedHashMap<>();
        for (UnitReport.Line l : report.lines()) {
            if (l.depth() > 0 && l.node().childrenSum().isEmpty()) {
                leaves.put(l.node(), l);
            }
        }
        if (leaves.isEmpty()) {
            return null;
        }
        // only units with a figure: a unit without one has no rate to list or to count as low
        List<NodeResult> nodes = leaves.entrySet().stream().filter(e -> e.getValue().hasFigure())
                .map(Map.Entry::getKey).toList();
        // one sort: the lowest first, and those under the band are a prefix of them
        List<NodeResult> lowest = Ranking.below(nodes, Threshold.ALL);
        int under = 0;
        while (under < lowest.size() && !BANDS.get(0).isMetBy(lowest.get(under).count(),
                lowest.get(under).denominator().orElseThrow().count())) {
            under++;
        }
        List<String> items = new ArrayList<>();
        for (NodeResult n : lowest.subList(0, Math.min(LOWEST, lowest.size()))) {
            items.add(n.code() + " " + n.unit().name() + ": " + leaves.get(n).rateText(f, BANDS));
        }
        return new Lagging(laggingSentence(items.size(), under, f.threshold(BANDS.get(0)), msg),
                items);
    }

    /**
     * Says what the list of lagging units shows: how many units, and how many of them are under
     * the band, never "0 under 10%" over a list.
     */
    private static String laggingSentence(int listed, int under, String band, Messages msg) {
        UptakeFormat f = msg.format();
        if (listed == 0) {
            return msg.get("lagging.empty");
        }
        if (under == 0) {
            return msg.get("lagging.none-under", f.count(listed), band);
        }
        if (under < listed) {
            return msg.get("lagging.some-under", f.count(listed), f.count(under), band);
        }
        return under == listed ? msg.get("lagging.all-under", f.count(listed), band)
                : msg.get("lagging.all-under-of", f.count(listed), band, f.count(under));
    }

    /**
     * Computes the parents' own figures within the unit: used or set aside, beside the sum of
     * their units below.
     *
     * @param report  the report of the unit, not null
     * @param msg  the texts, not null
     * @return the own figures, null if no parent reported a current own figure
     */
    static OwnFigures ownFigures(UnitReport report, Messages msg) {
        if (report.ownFigures().isEmpty()) {
            return null;
        }
        UptakeFormat f = msg.format();
        List<OwnFigures.Row> rows = new ArrayList<>();
        for (NodeResult n : report.ownFigures()) {
            boolean below = n.freshLeaves() + n.staleLeaves() > 0;
            rows.add(new OwnFigures.Row(n.code(), n.code() + " " + n.unit().name(),
                    f.count(n.ownFigure().getAsLong()),
                    below ? f.count(n.childrenSum().getAsLong()) : UnitReport.MISSING,
                    msg.get(n.ownFigureUse() == OwnFigureUse.USED ? "own.used"
                            : "own.set-aside")));
        }
        return new OwnFigures(msg.get("own.policy." + report.policy().parentFigure().name()),
                rows);
    }
}
