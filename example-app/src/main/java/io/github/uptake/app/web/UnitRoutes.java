package io.github.uptake.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.uptake.app.RebasedView;
import io.github.uptake.app.UnitReport;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.live.DayFigures;
import io.github.uptake.app.live.LiveModel;
import io.github.uptake.app.web.map.UnitMaps;
import io.github.uptake.app.web.view.Chart;
import io.github.uptake.app.web.view.ChildrenTable;
import io.github.uptake.app.web.view.FindingGroup;
import io.github.uptake.app.web.view.Lagging;
import io.github.uptake.app.web.view.RebasedPage;
import io.github.uptake.app.web.view.UnitPage;
import io.github.uptake.app.web.view.UploadForm;
import io.github.uptake.app.web.view.ViewSwitch;
import io.github.uptake.completeness.Completeness;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.progress.Progress;
import io.github.uptake.progress.ProgressOptions;
import io.github.uptake.reconciliation.Comparison;
import io.github.uptake.reconciliation.Reconciliation;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.Series;
import io.github.uptake.rollup.Snapshot;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unit pages: a unit's figures on a day ({@code /units/{code}}) and the same re-based onto a
 * later version of the units ({@code /units/{code}/rebased?onto=DAY}). Each builds its view model
 * from the live model and renders it. This class is immutable and thread-safe.
 */
final class UnitRoutes {
    /** How many days the chart covers. */
    static final int CHART_DAYS = LiveModel.CHART_DAYS;
    /** How many of the units without today's report are named. */
    private static final int MISSING_NAMED = 30;

    private final Site site;
    /** The lagging units of each day's figures (compared by identity, dropped with them). */
    private final Cache<DayFigures, Map<String, Optional<Lagging>>> laggings = Caffeine
            .newBuilder().weakKeys().maximumSize(64).build();
    /** The maps of the units below: boundaries read and projected once, at start. */
    private final UnitMaps maps;

    UnitRoutes(Site site) {
        this.site = site;
        this.maps = UnitMaps.of(site.config().map());
    }

    /**
     * Adds the routes.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.get("/units/{code}", this::unitPage);
        app.get("/units/{code}/rebased", this::rebasedPage);
    }

    private void unitPage(Context ctx) {
        Messages msg = site.sessions().messages(ctx);
        LocalDate day = site.days().day(ctx);
        String code = ctx.pathParam("code");
        HierarchyVersion v = site.units().visible(site.sessions().requireUser(ctx), code, day);
        Segment segment = Units.segment(ctx.queryParam("segment"), v,
                site.config().segments().keySet());
        site.pages().answer(ctx, 200, "unit.jte", unitPage(ctx, msg, v, code, day, segment), msg);
    }

    private UnitPage unitPage(Context ctx, Messages msg, HierarchyVersion v, String code,
                              LocalDate day, Segment segment) {
        AppConfig config = site.config();
        UptakeFormat f = msg.format();
        // the day's figures from the live model, computed once per change of the segment
        DayFigures figures = site.live().day(v, segment, day);
        LocalDate from = figures.from();
        Series series = figures.series();
        Snapshot snap = figures.snapshot();
        UnitReport report = UnitReport.of(snap, figures.before().orElse(null), code);
        NodeResult n = snap.node(code);
        Progress p = Progress.of(series, code, day, ProgressOptions.defaults());
        // missing is missing: no change from a day without a figure, as in the table below
        String progress = msg.get("unit.progress", UnitOverview.change(report, report.top(), f),
                p.projection().date().map(f::date).orElse(msg.get("unit.projection.none")));
        long den = n.denominator().map(d -> d.count()).orElse(0L);
        long target = n.rule().isEmpty() || den == 0 ? -1
                : n.rule().get().threshold().requiredCount(den);
        Chart chart = TrendChart.of(series.counts(code), from, target,
                p.projection().date().orElse(null), msg.get("chart.as-it-was",
                        f.date(v.validFrom())), msg);
        Completeness c = figures.completeness();
        List<String> missing = c.missingUnits(code).stream().limit(MISSING_NAMED)
                .map(u -> u.code() + " " + u.name()).toList();
        List<FindingGroup> findings = UnitFindings.of(figures.findings(), v, code, msg);
        List<String> reconciliation = new ArrayList<>();
        for (Comparison cmp : Reconciliation.withAuthoritative(snap, figures.authoritative())) {
            if (cmp.unit().code().equals(code)) {
                reconciliation.add(msg.get("reconciliation.line", SourceLabels.label(cmp.source(),
                        msg), f.count(cmp.reference()), f.count(cmp.reported()),
                        f.count(cmp.difference()), f.percent(Math.abs(cmp.difference()),
                                Math.max(1, cmp.reference()))));
            }
        }
        String query = "?date=" + day + "&segment=" + Frames.encode(segment.id());
        String unitPath = "/units/" + Frames.encode(code);
        ChildrenTable children = UnitOverview.children(report, day, segment, msg,
                ChildrenSort.parse(ctx.queryParam("sort"), ctx.queryParam("dir")));
        return new UnitPage(site.frames().of(ctx, n.unit().name(), day, null),
                n.unit().name(), msg.get("unit.subtitle", config.segmentLabel(segment,
                        msg.locale()), f.date(day)),
                UnitOverview.headline(report.top(), msg), progress,
                views(msg, v, code, day, null), chart, maps.map(report, children, day, msg),
                children, lagging(figures, report, code, msg), UnitOverview.ownFigures(report, msg),
                msg.get("missing.title", f.count(c.node(code).missing()),
                        f.count(c.node(code).expected())), missing, findings, reconciliation,
                unitPath + "/template.xlsx" + query, unitPath + "/report.xlsx" + query,
                unitPath + "/report.docx" + query, new UploadForm(site.sessions().csrf(ctx), day.toString()));
    }

    /**
     * Returns a unit's lagging units, computed once per day's figures, unit and language (the
     * nation's ranks its 10.619 leaves).
     */
    private Lagging lagging(DayFigures figures, UnitReport report, String code, Messages msg) {
        Map<String, Optional<Lagging>> ofDay = laggings.get(figures,
                k -> new ConcurrentHashMap<>());
        return ofDay.computeIfAbsent(code + "|" + msg.locale().getLanguage(),
                k -> Optional.ofNullable(UnitOverview.lagging(report, msg))).orElse(null);
    }

    /**
     * Returns the switch between the views of a unit's history, or null if there is only one.
     *
     * @param current  the first day of the version re-based onto, null for "as it was"
     */
    private ViewSwitch views(Messages msg, HierarchyVersion v, String code, LocalDate day,
                             LocalDate current) {
        List<LocalDate> targets = site.live().rebaseTargets(v);
        if (targets.isEmpty()) {
            return null;
        }
        String unitPath = "/units/" + Frames.encode(code);
        List<ViewSwitch.View> views = new ArrayList<>();
        views.add(new ViewSwitch.View("as-it-was", msg.get("views.as-it-was"),
                current == null ? null : unitPath + "?date=" + day));
        for (LocalDate onto : targets) {
            views.add(new ViewSwitch.View("rebased-" + onto, msg.get("views.rebased",
                    msg.format().date(onto)), onto.equals(current) ? null
                    : unitPath + "/rebased?date=" + day + "&onto=" + onto));
        }
        return new ViewSwitch(views);
    }

    private void rebasedPage(Context ctx) {
        Messages msg = site.sessions().messages(ctx);
        LocalDate day = site.days().day(ctx);
        String code = ctx.pathParam("code");
        HierarchyVersion v = site.units().visible(site.sessions().requireUser(ctx), code, day);
        String ontoParam = ctx.queryParam("onto");
        if (ontoParam == null || ontoParam.isBlank()) {
            throw Refusal.of(404, "rebased.none", "–");
        }
        LocalDate onto = Days.parse("onto", ontoParam);
        RebasedView view;
        try {
            // from the live model: units, crosswalks and reports in memory
            view = RebasedView.build(site.live().reference(), site.live()::history,
                    site.live().reports(), code, day, Units.segment(ctx.queryParam(
                    "segment"), v, site.config().segments().keySet()), onto, CHART_DAYS, site.policy());
        } catch (IllegalArgumentException e) {
            // no version valid on that day, or no crosswalk leads there
            throw Refusal.of(404, "rebased.none", onto);
        }
        ViewSwitch switcher = views(msg, v, code, day, view.to().validFrom());
        if (switcher == null || !site.live().rebaseTargets(v).contains(
                view.to().validFrom())) {
            // onto the day's own version, or a database with one version: nothing to re-base
            throw Refusal.of(404, "rebased.none", onto);
        }
        UptakeFormat f = msg.format();
        String heading = msg.get("rebased.heading", view.oldUnit().name(),
                f.date(view.to().validFrom()), f.date(view.from().validFrom()));
        List<RebasedPage.Row> rows = new ArrayList<>();
        for (RebasedView.Row r : view.rows()) {
            rows.add(new RebasedPage.Row(r.unit().code(), r.depth(), r.unit().name(),
                    r.estimated(), r.countText(f), r.denominatorText(f), r.rateText(f),
                    r.estimated() ? r.estimatedPercent(f) : "", String.join(", ", r.fromOld())));
        }
        Chart chart = TrendChart.of(view.trend(), view.trendFrom(), -1, null,
                msg.get("chart.rebased", f.date(view.to().validFrom())), msg);
        site.pages().answer(ctx, 200, "rebased.jte", new RebasedPage(
                site.frames().of(ctx, view.oldUnit().name(), day, null), heading,
                f.date(day), SourceLabels.label(view.source(), msg),
                switcher,
                msg.get("rebased.only-from", view.oldUnit().name()), chart, rows,
                view.retired().stream().map(u -> u.code() + " " + u.name()).toList()), msg);
    }
}
