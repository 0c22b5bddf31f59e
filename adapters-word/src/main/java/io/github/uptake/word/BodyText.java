package io.github.uptake.word;

import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.CompletenessResult;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.Unit;
import io.github.uptake.progress.Progress;
import io.github.uptake.progress.ProgressOptions;
import io.github.uptake.progress.Projection;
import io.github.uptake.progress.Ranking;
import io.github.uptake.quality.Finding;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.ResolvedDenominator;
import io.github.uptake.rollup.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The body of a report, in the words of its template: three sections (the overall figures; the
 * units, with the lagging ones and the table; reporting and data quality) and the closing line.
 * Every figure is the content's snapshot's, printed by the template's {@link UptakeFormat}. A
 * sentence the template leaves empty, or that has nothing to say (no previous day, no series, no
 * completeness), is left out. Not thread-safe: one per report.
 */
final class BodyText {
    /** How many units without a report are named; the others are counted. */
    static final int MISSING_NAMED = 30;
    /** How many findings are written out; the others are counted. */
    static final int FINDINGS_LISTED = 5;

    /** What a block of the body is. */
    enum Kind {
        /** A section's heading, in bold. */
        HEADING,
        /** A paragraph. */
        PARAGRAPH,
        /** An item of a list, e.g. a finding. */
        ITEM,
        /** Where the table goes; its text is empty. */
        TABLE
    }

    /**
     * One block of the body.
     *
     * @param kind  what it is, not null
     * @param text  its text, empty for the table
     */
    record Block(Kind kind, String text) {
    }

    private final WrittenReport.Content c;
    private final WrittenReport.Template t;
    private final UptakeFormat f;
    private final boolean vi;
    private final Snapshot snap;
    private final HierarchyVersion v;
    private final int top;
    private final NodeResult unit;
    private final Map<String, String> common;
    private final List<Block> blocks = new ArrayList<>();

    BodyText(WrittenReport.Content c, WrittenReport.Template t, Map<String, String> common) {
        this.c = c;
        this.t = t;
        this.f = t.format();
        this.vi = "vi".equals(f.locale().getLanguage());
        this.snap = c.snapshot();
        this.v = snap.version();
        this.top = v.ordinal(c.unitCode());
        this.unit = snap.nodeAt(top);
        this.common = common;
    }

    /**
     * Writes the body.
     *
     * @param levelNodes  the units of the table's level, in order, not null
     * @param table  true if there is a table to place
     * @return the blocks, in order, not null
     */
    List<Block> blocks(List<NodeResult> levelNodes, boolean table) {
        add(Kind.HEADING, "body.overall", Map.of());
        count();
        otherDenominator();
        change();
        projection();
        if (!levelNodes.isEmpty()) {
            add(Kind.HEADING, "body.units", Map.of());
            lagging(levelNodes);
            if (table) {
                add(Kind.PARAGRAPH, "body.tableCaption", Map.of());
                blocks.add(new Block(Kind.TABLE, ""));
            }
        }
        add(Kind.HEADING, "body.reporting", Map.of());
        c.completeness().ifPresent(this::missing);
        findings();
        add(Kind.PARAGRAPH, "body.closing", Map.of());
        return List.copyOf(blocks);
    }

    private void count() {
        if (!unit.hasFigure()) {
            add(Kind.PARAGRAPH, "body.count.noFigure", Map.of());
            return;
        }
        Optional<ResolvedDenominator> den = unit.denominator().filter(d -> d.count() > 0);
        if (den.isEmpty()) {
            add(Kind.PARAGRAPH, "body.count.noDenominator", Map.of("count",
                    f.count(unit.count())));
            return;
        }
        rateSentence("body.count.", den.get().count(), source(den.get()));
    }

    /** The rate against the denominator the roll-up did not use: the declared or the sum. */
    private void otherDenominator() {
        Optional<ResolvedDenominator> den = unit.denominator();
        if (!unit.hasFigure() || den.isEmpty()) {
            return;
        }
        ResolvedDenominator d = den.get();
        long other;
        String source;
        if (d.origin() == ResolvedDenominator.Origin.DECLARED && d.childrenSum().isPresent()) {
            other = d.childrenSum().getAsLong();
            source = t.fill("body.childrenSum", with(Map.of("sources", childrenSources())));
        } else if (d.origin() == ResolvedDenominator.Origin.CHILDREN_SUM
                && d.declared().isPresent()) {
            other = d.declared().get().count();
            source = t.source(d.declared().get().source());
        } else {
            return;
        }
        if (other > 0 && other != d.count()) {
            rateSentence("body.other.", other, source);
        }
    }

    private void rateSentence(String prefix, long den, String source) {
        Map<String, String> values = new HashMap<>();
        values.put("count", f.count(unit.count()));
        values.put("denominator", f.count(den));
        values.put("source", source);
        Optional<TargetRule> rule = unit.rule();
        if (rule.isEmpty()) {
            values.put("rate", f.percent(unit.count(), den));
            add(Kind.PARAGRAPH, prefix + "noTarget", values);
            return;
        }
        values.put("rate", f.percent(unit.count(), den, rule.get().threshold()));
        values.put("target", f.threshold(rule.get().threshold()));
        if (rule.get().isMet(unit.count(), den)) {
            add(Kind.PARAGRAPH, prefix + "met", values);
        } else {
            values.put("gap", f.count(rule.get().gap(unit.count(), den)));
            add(Kind.PARAGRAPH, prefix + "notMet", values);
        }
    }

    private void change() {
        Snapshot before = c.previous().orElse(null);
        Optional<Long> d = UnitTable.difference(unit, before);
        if (d.isEmpty()) {
            return;
        }
        long diff = d.get();
        add(Kind.PARAGRAPH, diff > 0 ? "body.change.up" : diff < 0 ? "body.change.down"
                : "body.change.same", Map.of("change", f.count(Math.abs(diff)), "previousDay",
                f.shortDate(before.date()), "previousCount", f.count(unit.count() - diff)));
    }

    private void projection() {
        if (c.series().isEmpty() || !unit.hasFigure() || unit.rule().isEmpty()) {
            return;
        }
        ProgressOptions options = ProgressOptions.defaults();
        Progress p = Progress.of(c.series().get(), c.unitCode(), snap.date(), options);
        if (p.paceDays() == 0) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        long half = p.paceDays();
        long pace = Math.floorDiv(2 * p.paceIncrease() + half, 2 * half);
        values.put("pace", f.count(pace));
        values.put("paceDays", f.count(p.paceDays()));
        values.put("target", f.threshold(unit.rule().get().threshold()));
        Projection pr = p.projection();
        if (pr.status() == Projection.Status.PROJECTED) {
            values.put("projectedDate", f.date(pr.date().orElseThrow()));
            add(Kind.PARAGRAPH, "body.projection.projected", values);
        } else if (pr.status() == Projection.Status.NOT_WITHIN_HORIZON) {
            values.put("horizon", f.count(options.horizonDays()));
            add(Kind.PARAGRAPH, "body.projection.notWithinHorizon", values);
        }
    }

    private void lagging(List<NodeResult> levelNodes) {
        List<Ranking.Ranked> ranked = Ranking.rank(levelNodes.stream()
                .filter(NodeResult::hasFigure).toList());
        int n = Math.min(c.lagging(), ranked.size());
        if (n == 0 || ranked.size() < 2) {
            return;
        }
        List<String> items = new ArrayList<>();
        for (int i = ranked.size() - 1; i >= ranked.size() - n; i--) {
            NodeResult node = ranked.get(i).node();
            long den = node.denominator().orElseThrow().count();
            items.add(t.fill("body.laggingItem", with(Map.of("name", UnitNames.inSentence(v,
                    v.ordinal(node.code()), top, vi), "rate", UnitTable.rate(f, node, den)))));
        }
        add(Kind.PARAGRAPH, "body.lagging", Map.of("n", f.count(n), "lagging",
                String.join(", ", items)));
    }

    private void missing(Completeness who) {
        CompletenessResult r = who.node(c.unitCode());
        List<Unit> missing = who.missingUnits(c.unitCode());
        HierarchyVersion wv = who.version();
        int wtop = wv.ordinal(c.unitCode());
        if (missing.isEmpty()) {
            add(Kind.PARAGRAPH, "body.allReported", Map.of("expected", f.count(r.expected())));
            return;
        }
        List<String> names = new ArrayList<>();
        for (Unit u : missing.subList(0, Math.min(MISSING_NAMED, missing.size()))) {
            names.add(UnitNames.inSentence(wv, wv.ordinal(u.code()), wtop, vi));
        }
        String list = String.join(", ", names);
        if (missing.size() > MISSING_NAMED) {
            list = t.fill("body.missingMore", with(Map.of("missing", list, "n",
                    f.count(missing.size() - MISSING_NAMED))));
        }
        add(Kind.PARAGRAPH, "body.missing", Map.of("n", f.count(missing.size()), "expected",
                f.count(r.expected()), "missing", list));
    }

    private void findings() {
        Set<String> messages = new LinkedHashSet<>();
        List<Finding> all = new ArrayList<>(snap.findings());
        all.addAll(c.findings());
        int end = v.subtreeEnd(top);
        for (Finding x : all) {
            int i = v.ordinal(x.unitCode());
            if (i >= top && i < end) {
                messages.add(x.message(f.locale()));
            }
        }
        if (messages.isEmpty()) {
            add(Kind.PARAGRAPH, "body.noFindings", Map.of());
            return;
        }
        add(Kind.PARAGRAPH, "body.findings", Map.of("n", f.count(messages.size())));
        messages.stream().limit(FINDINGS_LISTED).forEach(m -> blocks.add(new Block(Kind.ITEM,
                "- " + m)));
        if (messages.size() > FINDINGS_LISTED) {
            add(Kind.PARAGRAPH, "body.findingsMore", Map.of("n", f.count(messages.size()
                    - FINDINGS_LISTED)));
        }
    }

    /** The sources of the denominators the units below sum to, e.g. {@code census-2019}. */
    private String childrenSources() {
        Set<String> sources = new LinkedHashSet<>();
        collectSources(top, sources);
        return String.join(", ", sources);
    }

    private void collectSources(int parent, Set<String> sources) {
        for (int i = parent + 1, end = v.subtreeEnd(parent); i < end; i = v.subtreeEnd(i)) {
            Optional<ResolvedDenominator> d = snap.nodeAt(i).denominator();
            if (d.isPresent() && d.get().origin() == ResolvedDenominator.Origin.DECLARED) {
                sources.add(t.source(d.get().source()));
            } else if (d.isPresent()) {
                collectSources(i, sources);
            }
        }
    }

    /** Where a denominator comes from, as a sentence names it. */
    private String source(ResolvedDenominator d) {
        return d.origin() == ResolvedDenominator.Origin.DECLARED ? t.source(d.source())
                : t.fill("body.childrenSum", with(Map.of("sources", childrenSources())));
    }

    private Map<String, String> with(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(common);
        all.putAll(values);
        return all;
    }

    private void add(Kind kind, String key, Map<String, String> values) {
        String text = t.fill(key, with(values));
        if (!text.isBlank()) {
            blocks.add(new Block(kind, text));
        }
    }
}
