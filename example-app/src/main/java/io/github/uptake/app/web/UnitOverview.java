package io.github.uptake.app.web;

import io.github.uptake.app.ReportTexts;
import io.github.uptake.app.UnitReport;
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
 * The figures of a unit's page on the dashboard, rendered from a {@link UnitReport}: the headline
 * (count, rate, target), the units below, the lagging units and the parents' own figures. Every
 * value is escaped. The rules are those of every output: a missing count, denominator or rate is
 * {@code –}; a partial rate is marked {@code *} with a note; a rate below its target, or below the
 * page's band of lagging units ({@link #BANDS}, "under 10%"), never reads as reaching it; a
 * count that is a parent's own figure says so. Public for the tests that check every output;
 * not an API. This class is stateless and thread-safe.
 */
public final class UnitOverview {
    /** The rates the page compares units with besides their target: the lagging units' band. */
    public static final List<Threshold> BANDS = List.of(Threshold.percent(10));

    private UnitOverview() {
    }

    /**
     * Renders the headline: count, rate and target, the denominator, and what the count is.
     *
     * @param t  the texts, not null
     * @param l  the unit's line, not null
     * @return HTML
     */
    public static String headline(ReportTexts t, UnitReport.Line l) {
        UptakeFormat f = t.format();
        NodeResult n = l.node();
        StringBuilder b = new StringBuilder("<p class=\"headline\"><span class=\"big\""
                + " id=\"count\">").append(Html.e(l.countText(f))).append("</span> ").append(Html.e(t.text(
                        "web.people"))).append(" · <span class=\"big\" id=\"rate\">")
                .append(Html.e(l.rateText(f, BANDS))).append("</span>");
        if (n.rule().isPresent()) {
            b.append(" · ").append(Html.e(t.text("web.target"))).append(' ')
                    .append(Html.e(f.threshold(n.rule().orElseThrow().threshold())));
            if (!l.hasFigure()) {
                b.append(": ").append(Html.e(t.text("web.no-figure")));
            } else if (n.met()) {
                b.append(Html.e(t.text("web.met")));
            } else if (l.gap().isPresent()) {
                b.append(Html.e(t.text("web.short-by"))).append(' ')
                        .append(Html.e(f.count(l.gap().getAsLong())));
            } else {
                b.append(": ").append(Html.e(t.status(l)));
            }
        }
        if (n.denominator().isPresent()) {
            b.append("<br><small>").append(Html.e(t.text("web.denominator"))).append(' ')
                    .append(Html.e(f.count(n.denominator().orElseThrow().count()))).append(" (")
                    .append(Html.e(n.denominator().orElseThrow().source())).append(")</small>");
        }
        if (l.partial().isPresent()) {
            PartialRate p = l.partial().get();
            b.append("<br><small id=\"partial\">").append(Html.e(t.text("web.partial-note",
                    f.count(p.coveredCount()), f.count(p.coveredDenominator()),
                    p.uncoveredUnits()))).append("</small>");
        }
        if (n.ownFigureUse() != OwnFigureUse.NONE) {
            b.append("<br><small id=\"own\">").append(Html.e(String.join("; ", t.marks(l))))
                    .append("</small>");
        }
        return b.append("</p>").toString();
    }

    /**
     * Renders the table of the units below: code (a link), name, count, denominator, rate
     * (coloured by status), change since the day before and rank; each row has the id
     * {@code child-CODE} and its rate cell the class {@code rate}.
     *
     * @param t  the texts, not null
     * @param report  the report of the unit, with the day before for the change, not null
     * @param day  the day, for the links
     * @param segment  the segment, for the links
     * @return HTML, empty for a unit without units below
     */
    public static String children(ReportTexts t, UnitReport report, LocalDate day,
                                  Segment segment) {
        UptakeFormat f = t.format();
        List<UnitReport.Line> children = report.lines().stream().filter(l -> l.depth() == 1)
                .toList();
        if (children.isEmpty()) {
            return "";
        }
        Map<String, Integer> rank = new LinkedHashMap<>();
        Ranking.rank(children.stream().map(UnitReport.Line::node).toList())
                .forEach(r -> rank.put(r.node().code(), r.rank()));
        StringBuilder b = new StringBuilder("<section><h2>").append(Html.e(t.text(
                "web.units-below"))).append("</h2><table id=\"children\"><tr><th class=\"t\">")
                .append(Html.e(t.text("web.col.code"))).append("</th><th class=\"t\">")
                .append(Html.e(t.text("web.col.name"))).append("</th><th>")
                .append(Html.e(t.text("web.col.users"))).append("</th><th>")
                .append(Html.e(t.text("web.col.denominator"))).append("</th><th>")
                .append(Html.e(t.text("web.col.rate"))).append("</th><th>")
                .append(Html.e(t.text("web.col.change"))).append("</th><th>")
                .append(Html.e(t.text("web.col.rank"))).append("</th></tr>");
        boolean partial = false;
        for (UnitReport.Line c : children) {
            NodeResult n = c.node();
            String cls = !c.hasFigure() ? "missing" : n.met() ? "met"
                    : n.missingLeaves() > 0 && n.ownFigureUse() != OwnFigureUse.USED ? "missing"
                    : "notmet";
            OptionalLong before = report.previousCount(c.code());
            String change = c.hasFigure() && before.isPresent()
                    ? f.count(n.count() - before.getAsLong()) : UnitReport.MISSING;
            String own = n.ownFigureUse() == OwnFigureUse.USED ? " <span class=\"own\">("
                    + Html.e(t.text("mark.own-used")) + ")</span>" : "";
            partial |= c.partial().isPresent();
            b.append("<tr id=\"child-").append(Html.e(c.code())).append("\"><td class=\"t\">"
                    + "<a href=\"/units/").append(Html.e(c.code())).append("?date=").append(day)
                    .append("&segment=").append(Html.e(segment)).append("\">")
                    .append(Html.e(c.code())).append("</a></td><td class=\"t\">")
                    .append(Html.e(n.unit().name())).append("</td><td>")
                    .append(Html.e(c.countText(f))).append(own).append("</td><td>")
                    .append(Html.e(c.denominatorText(f))).append("</td><td class=\"rate ")
                    .append(cls).append("\">").append(Html.e(c.rateText(f, BANDS)))
                    .append("</td><td>").append(Html.e(change)).append("</td><td>")
                    .append(rank.containsKey(c.code()) && c.hasFigure() ? rank.get(c.code())
                            : "")
                    .append("</td></tr>");
        }
        b.append("</table>");
        if (partial) {
            b.append("<p><small>").append(Html.e(t.text("note.partial"))).append("</small></p>");
        }
        b.append("<p><small>").append(Html.e(t.text("web.band-rule"))).append("</small></p>");
        return b.append("</section>").toString();
    }

    /**
     * Renders the lagging units: how many leaves below the unit are under the band, and the ten
     * lowest rates.
     *
     * @param t  the texts, not null
     * @param report  the report of the unit, not null
     * @return HTML, empty for a leaf
     */
    public static String lagging(ReportTexts t, UnitReport report) {
        UptakeFormat f = t.format();
        List<UnitReport.Line> leaves = new ArrayList<>();
        for (UnitReport.Line l : report.lines()) {
            if (l.depth() > 0 && l.node().childrenSum().isEmpty()) {
                leaves.add(l);
            }
        }
        if (leaves.isEmpty()) {
            return "";
        }
        Map<NodeResult, UnitReport.Line> byNode = new LinkedHashMap<>();
        leaves.forEach(l -> byNode.put(l.node(), l));
        List<NodeResult> nodes = List.copyOf(byNode.keySet());
        List<NodeResult> lowest = Ranking.below(nodes, Threshold.ALL);
        int under = Ranking.below(nodes, BANDS.get(0)).size();
        StringBuilder b = new StringBuilder("<section><h2>").append(Html.e(t.text(
                "web.lagging"))).append("</h2><p>").append(Html.e(t.text("web.under-band", under,
                f.threshold(BANDS.get(0))))).append("</p><ol id=\"lagging\">");
        for (NodeResult n : lowest.subList(0, Math.min(10, lowest.size()))) {
            UnitReport.Line l = byNode.get(n);
            b.append("<li>").append(Html.e(n.code() + " " + n.unit().name())).append(": ")
                    .append(Html.e(l.rateText(f, BANDS))).append("</li>");
        }
        return b.append("</ol></section>").toString();
    }

    /**
     * Renders the parents' own figures within the unit: used or set aside, beside the sum of
     * their units below.
     *
     * @param t  the texts, not null
     * @param report  the report of the unit, not null
     * @return HTML, empty if no parent reported a current own figure
     */
    public static String ownFigures(ReportTexts t, UnitReport report) {
        if (report.ownFigures().isEmpty()) {
            return "";
        }
        UptakeFormat f = t.format();
        StringBuilder b = new StringBuilder("<section><h2>").append(Html.e(t.text(
                "web.own-figures"))).append("</h2><p><small>").append(Html.e(t.policy(
                report.policy()).get(0))).append("</small></p><table id=\"own-figures\"><tr>"
                + "<th class=\"t\">").append(Html.e(t.text("web.own-col-unit")))
                .append("</th><th>").append(Html.e(t.text("web.own-col-own"))).append("</th><th>")
                .append(Html.e(t.text("web.own-col-children"))).append("</th><th class=\"t\">")
                .append(Html.e(t.text("web.own-col-use"))).append("</th></tr>");
        for (NodeResult n : report.ownFigures()) {
            boolean used = n.ownFigureUse() == OwnFigureUse.USED;
            boolean below = n.freshLeaves() + n.staleLeaves() > 0;
            b.append("<tr id=\"own-").append(Html.e(n.code())).append("\"><td class=\"t\">")
                    .append(Html.e(n.code() + " " + n.unit().name())).append("</td><td>")
                    .append(Html.e(f.count(n.ownFigure().getAsLong()))).append("</td><td>")
                    .append(Html.e(below ? f.count(n.childrenSum().getAsLong()) : UnitReport.MISSING))
                    .append("</td><td class=\"t\">").append(Html.e(t.text(used ? "web.own-used"
                            : "web.own-set-aside"))).append("</td></tr>");
        }
        return b.append("</table></section>").toString();
    }
}
